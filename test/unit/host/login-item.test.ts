import { describe, expect, it } from 'vitest';
import { autostartEntry, loginItemPlan } from '../../../main/features/login-item';

const facts = { launchAtLogin: true, isPackaged: true, executable: '/opt/Ringdesk/ringdesk', configHome: '/home/agent/.config' } as const;

describe('launch at login', () => {
  it('uses the login item on macOS and Windows, starting hidden in the tray', () => {
    expect(loginItemPlan({ ...facts, platform: 'darwin' })).toEqual({ kind: 'login-item', openAtLogin: true, args: ['--hidden'] });
    expect(loginItemPlan({ ...facts, platform: 'win32', launchAtLogin: false })).toEqual({ kind: 'login-item', openAtLogin: false, args: ['--hidden'] });
  });

  it('writes an XDG autostart entry on Linux, and removes it when switched off', () => {
    expect(loginItemPlan({ ...facts, platform: 'linux' })).toEqual({
      kind: 'xdg-autostart',
      file: '/home/agent/.config/autostart/ringdesk.desktop',
      contents: '[Desktop Entry]\nType=Application\nName=Ringdesk\nExec="/opt/Ringdesk/ringdesk" --hidden\nX-GNOME-Autostart-enabled=true\nTerminal=false\n',
    });
    expect(loginItemPlan({ ...facts, platform: 'linux', launchAtLogin: false })).toMatchObject({ kind: 'xdg-autostart', contents: undefined });
  });

  it('quotes an executable path with spaces and shell characters', () => {
    expect(autostartEntry('/home/a b/Ring$desk "x".AppImage')).toContain('Exec="/home/a b/Ring\\$desk \\"x\\".AppImage" --hidden');
  });

  it('leaves development runs alone', () => {
    expect(loginItemPlan({ ...facts, platform: 'linux', isPackaged: false })).toMatchObject({ kind: 'skip' });
  });
});
