import { useEffect, useId, useState } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { SipAccount } from '../../shared/sip/account';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import { ringdesk } from '../ipc/ringdesk';
import { usePhone } from '../phone/PhoneProvider';
import { RegistrationStatus } from '../phone/RegistrationStatus';
import { AccountsForm } from './AccountsForm';
import type { AccountDraft } from './AccountsForm';

interface Props {
  settings: Settings;
  update(patch: SettingsPatch): Promise<void>;
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; account: SipAccount };

export function AccountsScreen({ settings, update }: Props) {
  const { t, locale } = useI18n();
  const { phone, snapshot } = usePhone();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [stored, setStored] = useState(false);
  const [notice, setNotice] = useState('');
  const ids = { dtmf: useId(), keepAlive: useId() };
  const accounts = settings.sip.accounts;
  const editedId = editing.kind === 'edit' ? editing.account.id : undefined;

  useEffect(() => {
    if (editedId === undefined) return;
    let live = true;
    ringdesk()
      .invoke('sip.password.status', { accountId: editedId })
      .then((s) => live && setStored(s.stored), () => live && setStored(false));
    return () => {
      live = false;
    };
  }, [editedId]);

  const save = async ({ account, password }: AccountDraft) => {
    const api = ringdesk();
    // The password first: the phone registers as soon as the settings change.
    if (password !== undefined) await api.invoke('sip.password.set', { accountId: account.id, password: password === '' ? null : password });
    const before = accounts.find((a) => a.id === account.id);
    const next = before ? accounts.map((a) => (a.id === account.id ? account : a)) : [...accounts, account];
    await update({ sip: { accounts: next } });
    if (password !== undefined && before && JSON.stringify(before) === JSON.stringify(account)) phone.credentialsChanged(account.id);
    setEditing({ kind: 'none' });
    setNotice(t('accounts.saved'));
  };

  const remove = (account: SipAccount) => {
    void update({ sip: { accounts: accounts.filter((a) => a.id !== account.id) } }).then(
      () => setNotice(t('accounts.removed', { name: account.label || account.uri })),
      (e: unknown) => setNotice(t('accounts.saveFailed', { message: problemText(errorProblem(e), locale) })),
    );
  };

  return (
    <section className="screen accounts" aria-labelledby="accounts-title">
      <h1 id="accounts-title">{t('accounts.title')}</h1>
      <section className="card" aria-labelledby="sip-accounts-title">
        <h2 id="sip-accounts-title">{t('accounts.sip')}</h2>
        {accounts.length === 0 && <p>{t('accounts.none')}</p>}
        <ul className="account-list">
          {accounts.map((account) => {
            const name = account.label || account.uri;
            return (
              <li key={account.id} aria-labelledby={`account-${account.id}`}>
                <strong id={`account-${account.id}`} translate="no">
                  {name}
                </strong>{' '}
                <span className="hint" translate="no">
                  {account.uri}
                </span>
                {account.enabled ? (
                  <RegistrationStatus label={name} report={snapshot.registrations[account.id]} />
                ) : (
                  <p className="hint">{t('accounts.disabled')}</p>
                )}
                <button type="button" onClick={() => setEditing({ kind: 'edit', account })} aria-label={t('accounts.edit', { name })}>
                  {t('accounts.editShort')}
                </button>
                <button type="button" className="danger" onClick={() => remove(account)} aria-label={t('accounts.remove', { name })}>
                  {t('accounts.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
        {editing.kind === 'none' && (
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('accounts.add')}
          </button>
        )}
        <p role="status" className="status">
          {notice}
        </p>
      </section>
      {editing.kind !== 'none' && (
        <AccountsForm
          key={editedId ?? 'new'}
          initial={editing.kind === 'edit' ? editing.account : undefined}
          passwordStored={editing.kind === 'edit' && stored}
          onSave={save}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      <fieldset className="card">
        <legend>{t('accounts.phoneOptions')}</legend>
        <div className="field">
          <label htmlFor={ids.dtmf}>{t('accounts.dtmf')}</label>
          <select id={ids.dtmf} value={settings.sip.dtmf} onChange={(e) => void update({ sip: { dtmf: e.target.value === 'info' ? 'info' : 'rfc4733' } })}>
            <option value="rfc4733">{t('accounts.dtmf.rfc4733')}</option>
            <option value="info">{t('accounts.dtmf.info')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.keepAlive}>{t('accounts.keepAlive')}</label>
          <input
            id={ids.keepAlive}
            type="number"
            min={5}
            max={300}
            defaultValue={settings.sip.keepAliveSeconds}
            onBlur={(e) => {
              const value = Number(e.target.value);
              if (Number.isInteger(value) && value >= 5 && value <= 300 && value !== settings.sip.keepAliveSeconds) void update({ sip: { keepAliveSeconds: value } });
            }}
          />
        </div>
      </fieldset>
    </section>
  );
}
