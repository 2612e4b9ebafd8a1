// Settings as React state that follows main: loaded once, updated from every
// `settings.changed` event (so all open windows agree), and changed only by
// asking main, which validates and persists.
import { useCallback, useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';

export function useSettings(): { settings: Settings | undefined; error: string | undefined; update(patch: SettingsPatch): Promise<void> } {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const api = ringdesk();
    const unsubscribe = api.on('settings.changed', setSettings);
    api.invoke('settings.get').then(setSettings, (e: Error) => setError(e.message));
    return unsubscribe;
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings(await ringdesk().invoke('settings.set', patch));
  }, []);

  return { settings, error, update };
}
