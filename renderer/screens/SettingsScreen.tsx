import { useEffect, useId, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import { ringdesk } from '../ipc/ringdesk';

interface Props {
  settings: Settings;
  update(patch: SettingsPatch): Promise<void>;
}

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; problem: ProblemText };

export function SettingsScreen({ settings, update }: Props) {
  const { t, locale } = useI18n();
  const [info, setInfo] = useState<AppInfo>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const storedRegion = settings.general.defaultRegion;
  const [region, setRegion] = useState(storedRegion);
  // A change from another window replaces what is in the field (React's
  // "adjust state when a prop changes" pattern, without an effect).
  const [seenRegion, setSeenRegion] = useState(storedRegion);
  if (storedRegion !== seenRegion) {
    setSeenRegion(storedRegion);
    setRegion(storedRegion);
  }
  const ids = { language: useId(), theme: useId(), region: useId(), regionHint: useId(), login: useId() };

  useEffect(() => {
    void ringdesk().invoke('app.info').then(setInfo);
  }, []);

  const apply = (patch: SettingsPatch) => {
    update(patch).then(
      () => setSave({ kind: 'saved' }),
      (error: unknown) => setSave({ kind: 'failed', problem: errorProblem(error) }),
    );
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset className="card">
        <legend>{t('settings.general')}</legend>
        <div className="field">
          <label htmlFor={ids.language}>{t('settings.language')}</label>
          <select
            id={ids.language}
            value={settings.general.language}
            onChange={(e) => apply({ general: { language: e.target.value as Settings['general']['language'] } })}
          >
            <option value="system">{t('settings.language.system')}</option>
            <option value="en">{t('settings.language.en')}</option>
            <option value="zh-CN">{t('settings.language.zh-CN')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.theme}>{t('settings.theme')}</label>
          <select
            id={ids.theme}
            value={settings.general.theme}
            onChange={(e) => apply({ general: { theme: e.target.value as Settings['general']['theme'] } })}
          >
            <option value="system">{t('settings.theme.system')}</option>
            <option value="light">{t('settings.theme.light')}</option>
            <option value="dark">{t('settings.theme.dark')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.region}>{t('settings.defaultRegion')}</label>
          <input
            id={ids.region}
            value={region}
            maxLength={2}
            aria-describedby={ids.regionHint}
            onChange={(e) => setRegion(e.target.value.toUpperCase())}
            onBlur={() => region !== settings.general.defaultRegion && apply({ general: { defaultRegion: region } })}
          />
          <p id={ids.regionHint} className="hint">
            {t('settings.defaultRegion.hint')}
          </p>
        </div>
        <div className="field checkbox">
          <input
            id={ids.login}
            type="checkbox"
            checked={settings.general.launchAtLogin}
            onChange={(e) => apply({ general: { launchAtLogin: e.target.checked } })}
          />
          <label htmlFor={ids.login}>{t('settings.launchAtLogin')}</label>
        </div>
        <p role="status" className={save.kind === 'failed' ? 'status error' : 'status'}>
          {save.kind === 'saved' && t('settings.saved')}
          {save.kind === 'failed' && t('settings.saveFailed', { message: problemText(save.problem, locale) })}
        </p>
      </fieldset>
      {info && (
        <fieldset className="card">
          <legend>{t('about.title')}</legend>
          <p>{t('about.version', { version: info.version })}</p>
          <p>{t(info.host === 'electron' ? 'about.host.electron' : 'about.host.browser')}</p>
          <p className="hint">{t('about.dataDir', { dir: info.dataDir })}</p>
        </fieldset>
      )}
    </section>
  );
}
