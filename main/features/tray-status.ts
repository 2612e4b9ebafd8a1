// What the tray icon says about the phone: registered when every enabled
// account is, failed when any account failed (the agent would miss calls on
// it), connecting while any is on its way, offline with no account at all.
// Also whether closing the main window hides it to the tray.
import { hostTranslator } from '../../shared/i18n';
import type { Language } from '../../shared/i18n';
import type { RegistrationReport } from '../../shared/sip/registration';

export type TrayStatus = 'registered' | 'connecting' | 'failed' | 'offline';

export function trayStatus(reports: readonly RegistrationReport[]): TrayStatus {
  const live = reports.filter((r) => r.status !== 'unregistered');
  if (live.length === 0) return 'offline';
  if (live.some((r) => r.status === 'failed')) return 'failed';
  if (live.some((r) => r.status === 'registering')) return 'connecting';
  return 'registered';
}

export function trayTooltip(status: TrayStatus, reports: readonly RegistrationReport[], doNotDisturb: boolean, language: Language = 'en'): string {
  const t = hostTranslator(language);
  const failed = reports.filter((r) => r.status === 'failed').map((r) => r.accountId);
  const text = t(`tray.tooltip.${status}`, { accounts: failed.join(', ') });
  return doNotDisturb ? t('tray.tooltip.doNotDisturb', { status: text }) : text;
}

export type TrayMenuId = 'show' | 'do-not-disturb' | 'quit';

export interface TrayMenuItem {
  readonly id: TrayMenuId | 'separator' | 'status';
  readonly label: string;
  readonly checked?: boolean;
  readonly enabled?: boolean;
}

export function trayMenu(status: TrayStatus, doNotDisturb: boolean, language: Language = 'en'): TrayMenuItem[] {
  const t = hostTranslator(language);
  return [
    { id: 'status', label: t(`tray.status.${status}`), enabled: false },
    { id: 'separator', label: '' },
    { id: 'show', label: t('tray.show') },
    { id: 'do-not-disturb', label: t('tray.doNotDisturb'), checked: doNotDisturb },
    { id: 'separator', label: '' },
    { id: 'quit', label: t('tray.quit') },
  ];
}

/**
 * Closing the main window hides it to the tray while a SIP account is
 * registered (so calls still ring), unless the user turned that off or is quitting.
 */
export function closeHidesToTray(options: { quitting: boolean; closeToTray: boolean; reports: readonly RegistrationReport[] }): boolean {
  return !options.quitting && options.closeToTray && options.reports.some((r) => r.status === 'registered');
}
