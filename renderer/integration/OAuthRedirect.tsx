// OAuth2: the redirect URI the admin registers with the helpdesk (a fixed
// port on 127.0.0.1, changeable here), with a copy button; and the consent
// page when main cannot open a browser itself (browser host), as a link.
import { useEffect, useId, useState } from 'react';
import type { ConsentRequest } from '../../shared/calls/call-desk-channels';
import { oauthRedirectUri } from '../../shared/calls/integration-settings';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';

export function useConsentRequest(): ConsentRequest | undefined {
  const [consent, setConsent] = useState<ConsentRequest>();
  useEffect(() => ringdesk().on('integration.consent', setConsent), []);
  return consent;
}

export function OAuthRedirect({ settings, update, consent, connected }: { settings: Settings; update(patch: SettingsPatch): Promise<void>; consent: ConsentRequest | undefined; connected: boolean }) {
  const { t } = useI18n();
  const port = settings.integration.oauthRedirectPort;
  const [typed, setDraft] = useState<{ port: number; text: string }>();
  const draft = typed?.port === port ? typed.text : String(port);
  const [note, setNote] = useState<string>();
  const portId = useId();
  const uriId = useId();
  const uri = oauthRedirectUri(port);

  const copy = () => {
    const done = () => setNote(t('integration.copied'));
    if (navigator.clipboard) navigator.clipboard.writeText(uri).then(done, () => setNote(t('integration.copyFailed')));
    else setNote(t('integration.copyFailed'));
  };
  const savePort = () => {
    const value = Number(draft);
    if (!Number.isInteger(value) || value < 1024 || value > 65535) {
      setNote(t('integration.portInvalid'));
      return;
    }
    if (value !== port) void update({ integration: { oauthRedirectPort: value } }).then(() => setNote(undefined), (e: Error) => setNote(e.message));
  };

  return (
    <section className="card oauth" aria-labelledby={`${uriId}-title`}>
      <h2 id={`${uriId}-title`}>{t('integration.oauth')}</h2>
      <p className="hint">{t('integration.oauthHint')}</p>
      <div className="redirect">
        <label htmlFor={uriId}>{t('integration.redirectUri')}</label>
        <div className="copy-row">
          <input id={uriId} className="mono" readOnly value={uri} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={copy}>
            {t('integration.copy')}
          </button>
        </div>
      </div>
      <div className="field port">
        <label htmlFor={portId}>{t('integration.redirectPort')}</label>
        <input id={portId} inputMode="numeric" value={draft} onChange={(e) => setDraft({ port, text: e.target.value })} onBlur={savePort} />
      </div>
      {note && (
        <p className="hint" role="status">
          {note}
        </p>
      )}
      {consent && !connected && (
        <div className="consent" role="alert">
          <p>{t('integration.consentWaiting')}</p>
          <a className="popup-link" href={consent.url} target="_blank" rel="noopener noreferrer">
            {t('integration.consentOpen')}
          </a>
        </div>
      )}
    </section>
  );
}
