// The admin's Integration screen: template and connection, the OAuth2
// redirect URI (for oauth2 templates), and user association.
import type { Settings, SettingsPatch } from '../../shared/settings';
import { useIntegrationStatus } from '../calls/desk-hooks';
import { useI18n } from '../i18n/i18n';
import { ConnectForm } from '../integration/ConnectForm';
import { OAuthRedirect, useConsentRequest } from '../integration/OAuthRedirect';
import { UserAssociation } from '../integration/UserAssociation';
import '../integration/integration.css';

export function IntegrationScreen({ settings, update }: { settings: Settings; update(patch: SettingsPatch): Promise<void> }) {
  const { t } = useI18n();
  const status = useIntegrationStatus(settings.integration.templateKey);
  const consent = useConsentRequest();
  const current = status?.templateKey === settings.integration.templateKey ? status : undefined;
  return (
    <section className="screen integration" aria-labelledby="integration-title">
      <h1 id="integration-title">{t('integration.title')}</h1>
      <p className="lead">{t('integration.lead')}</p>
      <ConnectForm settings={settings} update={update} status={status} />
      {current?.authMethod === 'oauth2' && <OAuthRedirect settings={settings} update={update} consent={consent} connected={current.state === 'connected'} />}
      {current?.features?.userAssociation && <UserAssociation settings={settings} update={update} />}
    </section>
  );
}
