// The tray icon: its colour and tooltip follow the registration state, its
// menu offers show, do-not-disturb and quit (features/tray-status.ts decides
// what it says).
import { app, Menu, Tray, nativeImage } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { trayMenu, trayStatus, trayTooltip } from '../features/tray-status';
import type { TrayMenuId, TrayStatus } from '../features/tray-status';
import { languageOf } from '../../shared/i18n';
import type { Language } from '../../shared/i18n';
import type { RegistrationReport } from '../../shared/sip/registration';
import { trayIconPng } from './icon-image';

export interface RingdeskTray {
  show(reports: readonly RegistrationReport[], doNotDisturb: boolean): void;
  destroy(): void;
}

/**
 * `language` is asked at each show (the host's language: the setting, or the
 * OS locale when it says "system"); without it the tray follows the OS locale.
 */
export function createRingdeskTray(onChoose: (id: TrayMenuId, checked: boolean) => void, language: () => Language = () => languageOf(app.getLocale())): RingdeskTray {
  const icons = new Map<TrayStatus, Electron.NativeImage>();
  const icon = (status: TrayStatus) => {
    let image = icons.get(status);
    if (image === undefined) {
      image = nativeImage.createFromBuffer(trayIconPng(status, 32));
      icons.set(status, image);
    }
    return image;
  };
  const tray = new Tray(icon('offline'));
  // A click on the icon itself (Windows, most Linux panels) opens the app.
  tray.on('click', () => onChoose('show', false));

  return {
    show(reports, doNotDisturb) {
      const status = trayStatus(reports);
      const lang = language();
      tray.setImage(icon(status));
      tray.setToolTip(trayTooltip(status, reports, doNotDisturb, lang));
      const template: MenuItemConstructorOptions[] = trayMenu(status, doNotDisturb, lang).map((item) => {
        if (item.id === 'separator') return { type: 'separator' };
        if (item.id === 'status') return { label: item.label, enabled: false };
        const id = item.id;
        return item.checked === undefined
          ? { label: item.label, click: () => onChoose(id, false) }
          : { label: item.label, type: 'checkbox', checked: item.checked, click: (menuItem) => onChoose(id, menuItem.checked) };
      });
      tray.setContextMenu(Menu.buildFromTemplate(template));
    },
    destroy: () => tray.destroy(),
  };
}
