// Launch at login (settings.general.launchAtLogin). macOS and Windows have
// app.setLoginItemSettings; Linux has none, so the XDG autostart entry is
// written instead. Only an installed app registers: a development run would
// register the bare Electron binary.
import { join } from 'node:path';

/** Started at login: stay in the tray instead of opening the main window. */
export const HIDDEN_FLAG = '--hidden';

export type LoginItemPlan =
  | { readonly kind: 'login-item'; readonly openAtLogin: boolean; readonly args: readonly string[] }
  | { readonly kind: 'xdg-autostart'; readonly file: string; readonly contents: string | undefined }
  | { readonly kind: 'skip'; readonly reason: string };

export interface LoginItemFacts {
  readonly launchAtLogin: boolean;
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  /** The program to start: the AppImage itself when run from one ($APPIMAGE), else the executable. */
  readonly executable: string;
  /** $XDG_CONFIG_HOME or ~/.config. */
  readonly configHome: string;
}

export function loginItemPlan(facts: LoginItemFacts): LoginItemPlan {
  if (!facts.isPackaged) return { kind: 'skip', reason: 'launch at login applies to the installed app only' };
  if (facts.platform === 'darwin' || facts.platform === 'win32') return { kind: 'login-item', openAtLogin: facts.launchAtLogin, args: [HIDDEN_FLAG] };
  const file = join(facts.configHome, 'autostart', 'ringdesk.desktop');
  return { kind: 'xdg-autostart', file, contents: facts.launchAtLogin ? autostartEntry(facts.executable) : undefined };
}

/** Desktop Entry Exec quoting: the path in double quotes with ", `, $ and \ escaped. */
function quoteExec(path: string): string {
  return `"${path.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

export function autostartEntry(executable: string): string {
  return ['[Desktop Entry]', 'Type=Application', 'Name=Ringdesk', `Exec=${quoteExec(executable)} ${HIDDEN_FLAG}`, 'X-GNOME-Autostart-enabled=true', 'Terminal=false', ''].join('\n');
}
