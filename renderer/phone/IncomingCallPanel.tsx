import { useFormats, useI18n } from '../i18n/i18n';
import type { CallView } from './phone-call';
import type { Phone } from './phone';

export function callerLabel(call: CallView, unknown: string): string {
  return call.remote.displayName || call.remote.number || unknown;
}

/** A ringing inbound call: who is calling, on which line, and Answer / Decline / Ignore. */
export function IncomingCallPanel({ phone, call, waiting, accountLabel }: { phone: Phone; call: CallView; waiting: boolean; accountLabel: string }) {
  const { t } = useI18n();
  const format = useFormats();
  const caller = callerLabel(call, t('phone.unknownCaller'));
  const title = t(waiting ? 'phone.waiting' : 'phone.incomingFrom', { caller });
  const act = (action: () => Promise<void> | void) => () => void Promise.resolve(action()).catch(() => undefined);
  return (
    <section className="card call incoming" role="region" aria-label={title} data-call={call.id}>
      <h2>{title}</h2>
      <p className="caller-name" translate="no">
        {call.remote.displayName}
      </p>
      <p className="caller-number" translate="no">
        {format.phone(call.remote.number)}
      </p>
      <p className="hint">{t('phone.viaAccount', { account: accountLabel })}</p>
      {call.ignored && <p className="hint">{t('phone.ignored')}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={act(() => phone.call(call.id)?.answer())}>
          {t('phone.answer')}
        </button>
        <button type="button" className="danger" onClick={act(() => phone.call(call.id)?.decline())}>
          {t('phone.decline')}
        </button>
        {!call.ignored && (
          <button type="button" onClick={() => phone.call(call.id)?.ignore()}>
            {t('phone.ignore')}
          </button>
        )}
      </div>
    </section>
  );
}
