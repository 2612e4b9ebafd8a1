import { useEffect, useState } from 'react';
import { I18nProvider, resolveLocale, useI18n } from '../i18n/i18n';
import { pseudoLocaleRequested } from '../i18n/pseudo';
import type { MessageKey } from '../i18n/en';
import { SettingsScreen } from '../screens/SettingsScreen';
import { AccountsScreen } from '../screens/AccountsScreen';
import { PhoneScreen } from '../screens/PhoneScreen';
import { TemplatesScreen } from '../screens/TemplatesScreen';
import { PhoneProvider } from '../phone/PhoneProvider';
import { useSettings } from './use-settings';
import { IntegrationScreen } from '../screens/IntegrationScreen';
import { FeaturesScreen } from '../screens/FeaturesScreen';
import { CallDock } from '../calls/CallDock';
import { CallWindowPage } from '../calls/CallWindowPage';
import { DemoPanel } from '../demo/DemoPanel';

/** The desktop app's small call window loads index.html?window=call: calls only, and no phone of its own. */
const isCallWindow = new URLSearchParams(window.location.search).get('window') === 'call';

const screens = ['phone', 'templates', 'integration', 'features', 'accounts', 'settings'] as const;
type ScreenName = (typeof screens)[number];

function screenFromHash(): ScreenName {
  const name = window.location.hash.replace(/^#\/?/, '');
  // The agent's phone is home; other screens are a click (or a link) away.
  return (screens as readonly string[]).includes(name) ? (name as ScreenName) : 'phone';
}

function useTheme(theme: 'system' | 'light' | 'dark' | undefined) {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'system';
  }, [theme]);
}

function CallWindowShell() {
  const { settings } = useSettings();
  useTheme(settings?.general.theme);
  return <CallWindowPage />;
}

function Shell() {
  const { t } = useI18n();
  const { settings, error, update } = useSettings();
  const [screen, setScreen] = useState<ScreenName>(screenFromHash);
  useTheme(settings?.general.theme);

  useEffect(() => {
    const onHash = () => setScreen(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <PhoneProvider sip={settings?.sip}>
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">{t('app.title')}</div>
        <ul>
          {screens.map((name) => (
            <li key={name}>
              <a href={`#/${name}`} aria-current={screen === name ? 'page' : undefined}>
                {t(`nav.${name}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        {error && (
          <p role="alert" className="status error">
            {t('app.unreachable', { message: error })}
          </p>
        )}
        {!settings && !error && <p role="status">{t('app.loading')}</p>}
        {settings && <DemoPanel settings={settings} />}
        {settings && <CallDock hidePhoneCalls={screen === 'phone'} dtmf={settings.sip.dtmf} />}
        {settings && screen === 'settings' && <SettingsScreen settings={settings} update={update} />}
        {settings && screen === 'phone' && <PhoneScreen settings={settings} update={update} />}
        {settings && screen === 'accounts' && <AccountsScreen settings={settings} update={update} />}
        {settings && screen === 'templates' && <TemplatesScreen />}
        {settings && screen === 'integration' && <IntegrationScreen settings={settings} update={update} />}
        {settings && screen === 'features' && <FeaturesScreen settings={settings} update={update} />}
        {settings && screen !== 'settings' && screen !== 'phone' && screen !== 'accounts' && screen !== 'templates' && screen !== 'integration' && screen !== 'features' && (
          <section className="screen" aria-labelledby="screen-title">
            <h1 id="screen-title">{t(`nav.${screen}` as MessageKey)}</h1>
            <p>{t('screen.comingSoon')}</p>
          </section>
        )}
      </main>
    </div>
    </PhoneProvider>
  );
}

export function App() {
  const { settings } = useSettings();
  const locale = pseudoLocaleRequested() ? 'en-XA' : resolveLocale(settings?.general.language ?? 'system');
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      {isCallWindow ? <CallWindowShell /> : <Shell />}
    </I18nProvider>
  );
}
