import { useId, useState } from 'react';
import type { DtmfMode } from '../../shared/sip/account';
import { splitSipUri } from '../../shared/sip/account';
import { dialTarget } from '../../shared/sip/dial';
import { useFormats, useI18n } from '../i18n/i18n';
import { DialPad } from './DialPad';
import { callerLabel } from './IncomingCallPanel';
import type { CallView } from './phone-call';
import type { Phone } from './phone';

/** An outgoing call being set up, or an answered call: hang up, mute, hold, keypad, transfer. */
export function ActiveCallPanel({ phone, call, dtmf }: { phone: Phone; call: CallView; dtmf: DtmfMode }) {
  const { t } = useI18n();
  const format = useFormats();
  const [keypad, setKeypad] = useState(false);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string>();
  const transferId = useId();
  const caller = callerLabel(call, t('phone.unknownCaller'));
  const session = phone.call(call.id);
  const run = (action: () => Promise<void> | void) => {
    setError(undefined);
    Promise.resolve()
      .then(action)
      .catch((e: Error) => setError(e.message));
  };
  const status =
    call.status === 'dialing' ? t(call.alerting ? 'phone.status.alerting' : 'phone.status.dialing') : t(call.held ? 'phone.status.held' : 'phone.status.active');
  const title = t('phone.callWith', { caller });

  return (
    <section className="card call active" role="region" aria-label={title} data-call={call.id} data-status={call.status}>
      <h2>{title}</h2>
      <p className="caller-number" translate="no">
        {format.phone(call.remote.number)}
      </p>
      <p role="status" className="call-status">
        {status}
      </p>
      <div className="actions">
        {call.status === 'dialing' ? (
          <button type="button" className="danger" onClick={() => run(() => session?.hangup())}>
            {t('phone.cancel')}
          </button>
        ) : (
          <>
            <button type="button" className="danger" onClick={() => run(() => session?.hangup())}>
              {t('phone.hangup')}
            </button>
            <button type="button" aria-pressed={call.muted} onClick={() => session?.setMuted(!call.muted)}>
              {t('phone.mute')}
            </button>
            <button type="button" aria-pressed={call.held} onClick={() => run(() => session?.setHeld(!call.held))}>
              {t('phone.hold')}
            </button>
            <button type="button" aria-pressed={keypad} aria-expanded={keypad} onClick={() => setKeypad(!keypad)}>
              {t('phone.keypad')}
            </button>
          </>
        )}
      </div>
      {keypad && call.status === 'active' && (
        <DialPad label={t('phone.keypad')} nameKey="phone.sendDigit" onDigit={(digit) => session?.sendDtmf(digit, dtmf)} />
      )}
      {call.dtmfSent !== '' && <p className="hint">{t('phone.dtmfSent', { digits: call.dtmfSent })}</p>}
      {call.dtmfReceived !== '' && <p className="hint dtmf-received">{t('phone.dtmfReceived', { digits: call.dtmfReceived })}</p>}
      {call.status === 'active' && (
        <form
          className="transfer"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              const account = phone.snapshot.accounts.find((a) => a.id === call.accountId);
              const uri = dialTarget(target, account ? splitSipUri(account.uri).host : '');
              if (uri === undefined) throw new Error(t('phone.notDialable', { input: target }));
              await session?.transfer(uri);
            });
          }}
        >
          <label htmlFor={transferId}>{t('phone.transferTo')}</label>
          <input id={transferId} value={target} onChange={(e) => setTarget(e.target.value)} />
          <button type="submit" disabled={target.trim() === ''}>
            {t('phone.transfer')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="status error">
          {t('phone.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
