import { useId, useState } from 'react';
import { SipAccount } from '../../shared/sip/account';
import type { IceServer } from '../../shared/sip/account';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';

/** ICE servers as the user types them: one per line, `url [username credential]`. */
export function parseIceServers(text: string): IceServer[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [urls = '', username, credential] = line.split(/\s+/);
      return { urls, ...(username ? { username } : {}), ...(credential ? { credential } : {}) };
    });
}

function formatIceServers(servers: readonly IceServer[]): string {
  return servers.map((s) => [s.urls, s.username, s.credential].filter(Boolean).join(' ')).join('\n');
}

export interface AccountDraft {
  readonly account: SipAccount;
  /** undefined keeps the stored password; '' forgets it. */
  readonly password: string | undefined;
}

interface Props {
  initial: SipAccount | undefined;
  passwordStored: boolean;
  onSave(draft: AccountDraft): Promise<void>;
  onCancel(): void;
}

export function AccountsForm({ initial, passwordStored, onSave, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [label, setLabel] = useState(initial?.label ?? '');
  const [server, setServer] = useState(initial?.server ?? 'wss://');
  const [uri, setUri] = useState(initial?.uri ?? 'sip:');
  const [authorizationUser, setAuthorizationUser] = useState(initial?.authorizationUser ?? '');
  const [displayName, setDisplayName] = useState(initial?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [forget, setForget] = useState(false);
  const [ice, setIce] = useState(formatIceServers(initial?.iceServers ?? []));
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const id = useId();

  const submit = async () => {
    const parsed = SipAccount.safeParse({
      id: initial?.id ?? `sip-${crypto.randomUUID().slice(0, 8)}`,
      label: label.trim(),
      server: server.trim(),
      uri: uri.trim(),
      authorizationUser: authorizationUser.trim(),
      displayName: displayName.trim(),
      iceServers: parseIceServers(ice),
      enabled,
    });
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((i) => `${t(`accounts.field.${String(i.path[0] ?? 'id')}` as 'accounts.field.server')}: ${i.message}`));
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave({ account: parsed.data, password: forget ? '' : password === '' ? undefined : password });
    } catch (error) {
      setProblems([t('accounts.saveFailed', { message: problemText(errorProblem(error), locale) })]);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: string, text: string, value: string, set: (v: string) => void, hint?: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{text}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={value}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        onChange={(e) => set(e.target.value)}
      />
      {hint && (
        <p id={`${id}-${name}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );

  return (
    <form
      className="card account-form"
      aria-label={t(initial ? 'accounts.form.titleEdit' : 'accounts.form.titleNew')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t(initial ? 'accounts.form.titleEdit' : 'accounts.form.titleNew')}</h2>
      {field('label', t('accounts.field.label'), label, setLabel)}
      {field('server', t('accounts.field.server'), server, setServer, t('accounts.server.hint'))}
      {field('uri', t('accounts.field.uri'), uri, setUri, t('accounts.uri.hint'))}
      {field('authorizationUser', t('accounts.field.authorizationUser'), authorizationUser, setAuthorizationUser, t('accounts.authUser.hint'))}
      {field('displayName', t('accounts.field.displayName'), displayName, setDisplayName)}
      {field('password', t('accounts.field.password'), password, setPassword, passwordStored ? t('accounts.password.keep') : undefined, 'password')}
      {passwordStored && (
        <div className="field checkbox">
          <input id={`${id}-forget`} type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          <label htmlFor={`${id}-forget`}>{t('accounts.password.clear')}</label>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-ice`}>{t('accounts.field.iceServers')}</label>
        <textarea id={`${id}-ice`} value={ice} rows={2} aria-describedby={`${id}-ice-hint`} onChange={(e) => setIce(e.target.value)} />
        <p id={`${id}-ice-hint`} className="hint">
          {t('accounts.iceServers.hint')}
        </p>
      </div>
      <div className="field checkbox">
        <input id={`${id}-enabled`} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <label htmlFor={`${id}-enabled`}>{t('accounts.field.enabled')}</label>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="status error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('accounts.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('accounts.cancel')}
        </button>
      </div>
    </form>
  );
}
