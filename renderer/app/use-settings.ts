// Settings as React state that follows main: loaded once, updated from every
// `settings.changed` event (so all open windows agree), and changed only by
// asking main, which validates and persists.
import { useCallback } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useLiveState } from '../ipc/use-live-state';

export function useSettings(): { settings: Settings | undefined; error: string | undefined; update(patch: SettingsPatch): Promise<void> } {
  const { value: settings, error, set } = useLiveState('settings.get', 'settings.changed');

  const update = useCallback(
    async (patch: SettingsPatch) => {
      set(await ringdesk().invoke('settings.set', patch));
    },
    [set],
  );

  return { settings, error, update };
}
