// Choosing the integration template and connecting: the template's
// connect-time fields (text, password, list), Connect / Disconnect, and the
// connection's state with the reason it is not connected.
import { useEffect, useId, useState } from 'react';
import type { IntegrationStatusView } from '../../shared/calls/integration-channels';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';

interface TemplateChoice {
  readonly key: string;
  readonly name: string;
}

function useTemplateChoices(): TemplateChoice[] {
  const [choices, setChoices] = useState<TemplateChoice[]>([]);
  useEffect(() => {
    const api = ringdesk();
    void Promise.all([api.invoke('templates.list'), api.invoke('templates.readyMade')])
      .then(([custom, readyMade]) => {
        const mine = custom.templates.map((s) => ({ key: s.key, name: s.name }));
        const shipped = readyMade.filter((r) => !mine.some((m) => m.key === r.id)).map((r) => ({ key: r.id, name: r.name }));
        setChoices([...mine, ...shipped]);
      })
      .catch(() => undefined);
  }, []);
  return choices;
}

export function ConnectForm({ settings, update, status }: { settings: Settings; update(patch: SettingsPatch): Promise<void>; status: IntegrationStatusView | undefined }) {
  const { t, locale } = useI18n();
  const choices = useTemplateChoices();
  // What the admin typed, for the template it was typed for; a status push never overwrites it.
  const [edits, setEdits] = useState<{ templateKey: string; values: Record<string, string> }>({ templateKey: '', values: {} });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemText>();
  const templateId = useId();
  const prefix = useId();
  const templateKey = settings.integration.templateKey;
  const fields = status?.templateKey === templateKey ? status.fields : [];

  const typed = edits.templateKey === templateKey ? edits.values : {};
  const values: Record<string, string> = Object.fromEntries(fields.map((f) => [f.name, typed[f.name] ?? f.value ?? '']));
  const setValue = (name: string, value: string) => setEdits({ templateKey, values: { ...typed, [name]: value } });

  const connect = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const next = await ringdesk().invoke('integration.connect', { templateKey, fields: values });
      if (next.state !== 'connected') setError(next.reason);
    } catch (e) {
      setError(errorProblem(e));
    } finally {
      setBusy(false);
    }
  };
  const state = status?.state ?? 'disconnected';

  return (
    <form
      className="card connect"
      aria-label={t('integration.connection')}
      onSubmit={(e) => {
        e.preventDefault();
        void connect();
      }}
    >
      <div className="card-head">
        <h2>{t('integration.connection')}</h2>
        <span className={`chip conn-${state}`} role="status" aria-label={t('integration.stateLabel')}>
          {t(`integration.state.${state}`)}
        </span>
      </div>
      {state === 'disconnected' && status?.reason && <p className="hint reason">{t('integration.reason', { reason: problemText(status.reason, locale) })}</p>}
      <div className="field">
        <label htmlFor={templateId}>{t('integration.template')}</label>
        <select
          id={templateId}
          value={templateKey}
          onChange={(e) => void update({ integration: { templateKey: e.target.value } }).catch((err: unknown) => setError(errorProblem(err)))}
        >
          <option value="">{t('integration.noTemplate')}</option>
          {templateKey !== '' && !choices.some((c) => c.key === templateKey) && (
            <option value={templateKey} translate="no">
              {templateKey}
            </option>
          )}
          {choices.map((c) => (
            <option key={c.key} value={c.key} translate="no">
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {fields.map((f) => {
        const id = `${prefix}-${f.name}`;
        const set = (value: string) => setValue(f.name, value);
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id} translate="no">
              {f.title || f.name}
            </label>
            {f.options.length > 0 ? (
              <select id={id} value={values[f.name] ?? ''} onChange={(e) => set(e.target.value)}>
                <option value="">{t('integration.choose')}</option>
                {f.options.map((o) => (
                  <option key={o} value={o} translate="no">
                    {o}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={f.editor === 'password' ? 'password' : 'text'}
                autoComplete={f.editor === 'password' ? 'new-password' : 'off'}
                placeholder={f.editor === 'password' && f.hasValue ? t('integration.passwordKept') : ''}
                value={values[f.name] ?? ''}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </div>
        );
      })}
      {templateKey !== '' && (
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || state === 'connecting'}>
            {busy || state === 'connecting' ? t('integration.connecting') : t('integration.connect')}
          </button>
          {state === 'connected' && (
            <button type="button" onClick={() => void ringdesk().invoke('integration.disconnect').catch((e: unknown) => setError(errorProblem(e)))}>
              {t('integration.disconnect')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="status error">
          {t('integration.failed', { reason: problemText(error, locale) })}
        </p>
      )}
    </form>
  );
}
