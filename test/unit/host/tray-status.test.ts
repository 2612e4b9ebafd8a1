import { describe, expect, it } from 'vitest';
import { closeHidesToTray, trayMenu, trayStatus, trayTooltip } from '../../../main/features/tray-status';
import type { RegistrationReport } from '../../../shared/sip/registration';

function report(accountId: string, status: RegistrationReport['status']): RegistrationReport {
  return { accountId, status, since: 0, ...(status === 'failed' ? { failure: { kind: 'auth-failed', code: 401, text: '401 wrong password' } } : {}) };
}

describe('the tray shows the registration', () => {
  it('is offline with no account registering', () => {
    expect(trayStatus([])).toBe('offline');
    expect(trayStatus([report('a', 'unregistered')])).toBe('offline');
  });

  it('is registered only when every active account is', () => {
    expect(trayStatus([report('a', 'registered'), report('b', 'unregistered')])).toBe('registered');
    expect(trayStatus([report('a', 'registered'), report('b', 'registering')])).toBe('connecting');
  });

  it('is failed when any account failed, because calls to it would be missed', () => {
    expect(trayStatus([report('a', 'registered'), report('b', 'failed'), report('c', 'registering')])).toBe('failed');
    expect(trayTooltip('failed', [report('a', 'registered'), report('b', 'failed')], false)).toBe('Ringdesk: not registered (b)');
  });

  it('mentions do-not-disturb in the tooltip and ticks it in the menu', () => {
    expect(trayTooltip('registered', [], true)).toBe('Ringdesk: ready for calls — do not disturb');
    const menu = trayMenu('registered', true);
    expect(menu.map((i) => i.id)).toEqual(['status', 'separator', 'show', 'do-not-disturb', 'separator', 'quit']);
    expect(menu.find((i) => i.id === 'do-not-disturb')?.checked).toBe(true);
    expect(menu[0]).toEqual({ id: 'status', label: 'Registered', enabled: false });
  });
});

describe('closing the main window', () => {
  const registered = [report('a', 'registered')];
  it('hides it to the tray while an account is registered', () => {
    expect(closeHidesToTray({ quitting: false, closeToTray: true, reports: registered })).toBe(true);
  });
  it('closes it when nothing is registered, when the user turned the tray off, or on quit', () => {
    expect(closeHidesToTray({ quitting: false, closeToTray: true, reports: [report('a', 'failed')] })).toBe(false);
    expect(closeHidesToTray({ quitting: false, closeToTray: false, reports: registered })).toBe(false);
    expect(closeHidesToTray({ quitting: true, closeToTray: true, reports: registered })).toBe(false);
  });
});
