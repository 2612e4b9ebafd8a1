// Where Ringdesk keeps its files: the OS's usual per-user app-data folder
// (the same one Electron's app.getPath('userData') gives for "Ringdesk"),
// unless RINGDESK_DATA_DIR says otherwise (tests, portable installs).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Ringdesk';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env.RINGDESK_DATA_DIR;
  if (override !== undefined && override !== '') return override;
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
  }
}
