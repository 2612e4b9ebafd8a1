import { useEffect, useId, useState } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { useI18n } from '../i18n/i18n';
import { ActiveCallPanel } from '../phone/ActiveCallPanel';
import { DialPad } from '../phone/DialPad';
import { IncomingCallPanel } from '../phone/IncomingCallPanel';
import { usePhone } from '../phone/PhoneProvider';
import { RegistrationStatus } from '../phone/RegistrationStatus';
import { DialSearch } from '../calls/DialSearch';
import { RecentCalls } from '../calls/RecentCalls';

interface Props {
  settings: Settings;
  update(patch: SettingsPatch): Promise<void>;
}

function useAudioOutputs(): MediaDeviceInfo[] {
  const [outputs, setOutputs] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const load = () =>
      navigator.mediaDevices
        ?.enumerateDevices()
        .then((devices) => setOutputs(devices.filter((d) => d.kind === 'audiooutput' && d.deviceId !== 'default' && d.deviceId !== '')))
        .catch(() => setOutputs([]));
    void load();
    navigator.mediaDevices?.addEventListener('devicechange', load);
    return () => navigator.mediaDevices?.removeEventListener('devicechange', load);
  }, []);
  return outputs;
}

export function PhoneScreen({ settings, update }: Props) {
  const { t } = useI18n();
  const { phone, snapshot } = usePhone();
  const accounts = settings.sip.accounts.filter((a) => a.enabled);
  const [accountId, setAccountId] = useState('');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string>();
  const ids = { account: useId(), number: useId(), output: useId() };
  const outputs = useAudioOutputs();
  const selected = accounts.find((a) => a.id === accountId) ?? accounts[0];
  const label = (id: string) => {
    const account = settings.sip.accounts.find((a) => a.id === id);
    return account ? account.label || account.uri : id;
  };
  const busy = snapshot.calls.some((c) => c.status === 'active');

  const dial = () => {
    setError(undefined);
    if (!selected) return;
    try {
      phone.dial(selected.id, number);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="screen phone" aria-labelledby="phone-title">
      <h1 id="phone-title">{t('phone.title')}</h1>
      {accounts.length === 0 && <p>{t('phone.noAccounts')}</p>}
      <div className="registrations">
        {accounts.map((account) => (
          <RegistrationStatus key={account.id} label={label(account.id)} report={snapshot.registrations[account.id]} />
        ))}
      </div>

      {
        snapshot.calls
          .filter((c) => c.status === 'ringing')
          .map((call) => <IncomingCallPanel key={call.id} phone={phone} call={call} waiting={busy} accountLabel={label(call.accountId)} />)}
      {
        snapshot.calls
          .filter((c) => c.status === 'dialing' || c.status === 'active')
          .map((call) => <ActiveCallPanel key={call.id} phone={phone} call={call} dtmf={settings.sip.dtmf} />)}

      {(
        <form
          className="card dialer"
          aria-label={t('phone.dialer')}
          onSubmit={(e) => {
            e.preventDefault();
            dial();
          }}
        >
          {accounts.length > 1 && (
            <div className="field">
              <label htmlFor={ids.account}>{t('phone.from')}</label>
              <select id={ids.account} value={selected?.id ?? ''} onChange={(e) => setAccountId(e.target.value)}>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {label(a.id)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.number}>{t('phone.number')}</label>
            <input id={ids.number} value={number} inputMode="tel" autoComplete="off" onChange={(e) => setNumber(e.target.value)} />
          </div>
          <DialSearch query={number} settings={settings} onPick={setNumber} />
          <DialPad label={t('phone.dialpad')} nameKey="phone.dialDigit" onDigit={(digit) => setNumber((n) => n + digit)} />
          <button type="submit" className="primary" disabled={number.trim() === '' || !selected}>
            {t('phone.call')}
          </button>
          {error && (
            <p role="alert" className="status error">
              {t('phone.failed', { message: error })}
            </p>
          )}
        </form>
      )}

      <div className="field">
        <label htmlFor={ids.output}>{t('phone.audioOutput')}</label>
        <select
          id={ids.output}
          value={settings.sip.audioOutputDeviceId}
          onChange={(e) => void update({ sip: { audioOutputDeviceId: e.target.value } }).catch(() => undefined)}
        >
          <option value="">{t('phone.audioOutput.default')}</option>
          {outputs.map((d) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || d.deviceId}
            </option>
          ))}
        </select>
      </div>

      <RecentCalls />
    </section>
  );
}
