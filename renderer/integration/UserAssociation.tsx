// Which helpdesk user each SIP account is (the guide's User Association):
// synchronize the helpdesk's users, associate automatically by the agents'
// email, or pick a user per account.
import { useEffect, useState } from 'react';
import type { HelpdeskUser } from '../../shared/calls/helpdesk-user';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';

type View = { users: HelpdeskUser[]; associations: Record<string, string> };

export function UserAssociation({ settings, update }: { settings: Settings; update(patch: SettingsPatch): Promise<void> }) {
  const { t, locale } = useI18n();
  const [view, setView] = useState<View>({ users: [], associations: {} });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemText>();
  useEffect(() => {
    void ringdesk().invoke('integration.users').then(setView).catch(() => undefined);
  }, [settings.integration.associations]);
  const accounts = settings.sip.accounts.map((a) => ({ id: a.id, label: a.label || a.uri }));
  const call = (action: () => Promise<View>) => {
    setBusy(true);
    setError(undefined);
    action()
      .then(setView)
      .catch((e: unknown) => setError(errorProblem(e)))
      .finally(() => setBusy(false));
  };
  const userName = (u: HelpdeskUser) => `${u.firstName} ${u.lastName}`.trim() || u.email || u.id;

  return (
    <section className="card users" aria-labelledby="users-title">
      <div className="card-head">
        <h2 id="users-title">{t('integration.users')}</h2>
        <span className="hint">{t('integration.usersCount', { count: view.users.length })}</span>
      </div>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => call(() => ringdesk().invoke('integration.users.sync'))}>
          {t('integration.syncUsers')}
        </button>
        <button type="button" disabled={busy || accounts.length === 0} onClick={() => call(() => ringdesk().invoke('integration.associate.byEmail'))}>
          {t('integration.associateByEmail')}
        </button>
      </div>
      {accounts.length === 0 ? (
        <p className="hint">{t('integration.noAccounts')}</p>
      ) : (
        <table className="assoc">
          <thead>
            <tr>
              <th scope="col">{t('integration.account')}</th>
              <th scope="col">{t('integration.email')}</th>
              <th scope="col">{t('integration.user')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row" translate="no">
                  {a.label}
                </th>
                <td>
                  <input
                    aria-label={t('integration.emailOf', { account: a.label })}
                    type="email"
                    defaultValue={settings.integration.accountEmails[a.id] ?? ''}
                    onBlur={(e) => void update({ integration: { accountEmails: { ...settings.integration.accountEmails, [a.id]: e.target.value.trim() } } }).catch((err: unknown) => setError(errorProblem(err)))}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('integration.userOf', { account: a.label })}
                    value={view.associations[a.id] ?? ''}
                    onChange={(e) => call(() => ringdesk().invoke('integration.associate', { accountId: a.id, userId: e.target.value }))}
                  >
                    <option value="">{t('integration.notAssociated')}</option>
                    {view.users.map((u) => (
                      <option key={u.id} value={u.id} translate="no">
                        {userName(u)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="status error">
          {problemText(error, locale)}
        </p>
      )}
    </section>
  );
}
