// The Electron host: wires the contract to ipcMain and Electron's desktop
// services (windows, tray, notifications, click-to-call links, keychain,
// global shortcuts, login item, sleep/wake) to main. It stays thin: every
// decision is in main/features, main/store and the pure modules beside this
// file (security-policy.ts, app-protocol.ts), which are tested without Electron.
import { app, globalShortcut, ipcMain, powerMonitor, protocol, safeStorage, shell, Notification } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import ElectronStore from 'electron-store';
import { channels, isInvokeName } from '../../shared/ipc';
import type { InvokeName } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import { createRingdesk } from '../app/ringdesk';
import type { Ringdesk } from '../app/ringdesk';
import type { SettingsBackend } from '../store/settings';
import { localKeyFileCipher } from '../store/secrets';
import { chooseSecretCipher } from '../store/secret-protection';
import { WindowStateStore } from '../store/window-state';
import { dialUrlFromArgv } from '../features/dial-request';
import { DialInbox } from '../features/dial-inbox';
import { closeHidesToTray } from '../features/tray-status';
import { shortcutBindings } from '../features/call-shortcuts';
import { HIDDEN_FLAG, loginItemPlan } from '../features/login-item';
import { watchNetwork } from '../features/network-change';
import type { RegistrationReport } from '../../shared/sip/registration';
import { appSchemePrivileges, isOwnPage } from './security-policy';
import { guardAllWebContents, restrictPermissions, serveRenderer } from './electron-hardening';
import { DesktopWindows } from './electron-windows';
import { createRingdeskTray } from './electron-tray';
import { hostTranslator, resolveLanguage } from '../../shared/i18n';
import { startCallAlerts } from './electron-call-alerts';

const rendererDir = join(import.meta.dirname, '..', 'renderer');
const preloadScript = join(import.meta.dirname, '..', 'preload', 'preload.cjs');
const CLICK_TO_CALL_SCHEMES = ['tel', 'sip', 'callto'] as const;

function log(line: string): void {
  console.error(`[ringdesk] ${line}`);
}

// Before `ready`, as Electron requires: our scheme's privileges, sandbox for every renderer.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
if (process.env.RINGDESK_DATA_DIR) app.setPath('userData', process.env.RINGDESK_DATA_DIR);
// Windows shows notifications only for an app with this id (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId('com.ringdesk.app');

// Links can arrive before the app is ready (macOS sends open-url during launch).
const dials = new DialInbox();
app.on('open-url', (event, url) => {
  event.preventDefault();
  dials.receive(url);
});

/** Installed builds register as the OS handler of tel:, sip: and callto:; a development run does not touch the user's defaults. */
function registerClickToCall(): void {
  if (!app.isPackaged) {
    log('development run: not registering as the tel:/sip:/callto: handler');
    return;
  }
  for (const scheme of CLICK_TO_CALL_SCHEMES) {
    if (!app.setAsDefaultProtocolClient(scheme)) log(`the OS did not make Ringdesk the ${scheme}: handler`);
  }
}

function applyLoginItem(settings: Settings): void {
  const plan = loginItemPlan({
    launchAtLogin: settings.general.launchAtLogin,
    platform: process.platform,
    isPackaged: app.isPackaged,
    executable: process.env.APPIMAGE ?? process.execPath,
    configHome: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
  });
  try {
    if (plan.kind === 'login-item') app.setLoginItemSettings({ openAtLogin: plan.openAtLogin, args: [...plan.args] });
    else if (plan.kind === 'xdg-autostart' && plan.contents !== undefined) {
      mkdirSync(dirname(plan.file), { recursive: true });
      writeFileSync(plan.file, plan.contents);
    } else if (plan.kind === 'xdg-autostart') rmSync(plan.file, { force: true });
  } catch (error) {
    log(`launch at login: ${(error as Error).message}`);
  }
}

function bindShortcuts(settings: Settings, act: (action: 'answer' | 'hangup') => void): void {
  globalShortcut.unregisterAll();
  const { bindings, problems } = shortcutBindings(settings.desktop.shortcuts);
  for (const problem of problems) log(problem);
  for (const { accelerator, action } of bindings) {
    // Another app may own the accelerator; the other shortcut still works.
    if (!globalShortcut.register(accelerator, () => act(action))) log(`global shortcut ${accelerator} (${action}) is taken by another application`);
  }
}

function wireContract(ringdesk: Ringdesk, windows: DesktopWindows): void {
  for (const [name, definition] of Object.entries(channels)) {
    if (definition.kind !== 'invoke' || !isInvokeName(name)) continue;
    const channel: InvokeName = name;
    ipcMain.handle(channel, (event, request: unknown) => {
      // Only our own pages may talk to main (Electron security checklist: validate the sender).
      if (!isOwnPage(event.senderFrame?.url)) {
        log(`refused ${channel} from a page that is not Ringdesk's`);
        return { ok: false, error: { name: 'SecurityError', message: 'sender is not a Ringdesk page', channel } };
      }
      return ringdesk.dispatcher.invoke(channel, request);
    });
  }
  ringdesk.events.subscribe((channel, payload) => {
    for (const window of windows.all()) {
      if (isOwnPage(window.webContents.getURL())) window.webContents.send(channel, payload);
    }
  });
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // The first instance got our argv (and any tel: link in it) through 'second-instance'.
    app.quit();
    return;
  }
  // Until the windows exist there is nothing to show; a link waits in the inbox.
  let showMain = () => {};
  app.on('second-instance', (_event, argv) => {
    const url = dialUrlFromArgv(argv);
    if (url !== undefined) dials.receive(url);
    else showMain();
  });
  const launchUrl = dialUrlFromArgv(process.argv);
  if (launchUrl !== undefined) dials.receive(launchUrl);

  await app.whenReady();
  serveRenderer(rendererDir);
  restrictPermissions(log);
  guardAllWebContents((url) => void shell.openExternal(url), log);
  registerClickToCall();

  const dataDir = app.getPath('userData');
  const secretChoice = chooseSecretCipher(safeStorage, () => localKeyFileCipher(dataDir));
  if (secretChoice.consentRequired) log(`secrets: ${secretChoice.detail}`);
  const ringdesk = createRingdesk({
    host: 'electron',
    version: app.getVersion(),
    dataDir,
    settingsBackend: new ElectronStore({ name: 'settings' }) as unknown as SettingsBackend,
    secretCipher: secretChoice.cipher,
    secretConsent: { required: secretChoice.consentRequired, detail: secretChoice.detail },
    openExternal: (url) => shell.openExternal(url),
    log,
  });
  /** The language the user chose in Settings, or the OS's for `system`. */
  const uiLanguage = () => resolveLanguage(ringdesk.settings.get().general.language, app.getLocale());

  let quitting = false;
  let registrations: RegistrationReport[] = [];
  const desktop = new DesktopWindows({
    preload: preloadScript,
    places: new WindowStateStore(dataDir, log),
    hideMainOnClose: () => closeHidesToTray({ quitting, closeToTray: ringdesk.settings.get().desktop.closeToTray, reports: registrations }),
    quitting: () => quitting,
    onMainLoaded: () =>
      dials.open({
        region: () => ringdesk.settings.get().general.defaultRegion,
        dial: (request) => {
          ringdesk.events.publish('phone.dial', request);
          desktop.showMain();
        },
        refused: (reason) => {
          log(`click-to-call link refused: ${reason}`);
          if (Notification.isSupported()) new Notification({ title: hostTranslator(uiLanguage())('notice.dialRefused'), body: reason }).show();
        },
      }),
    onMainUnloaded: () => dials.close(),
    // The hidden call window must not keep a closed app alive (macOS apps stay in the dock by convention).
    onMainClosed: () => {
      if (process.platform !== 'darwin') app.quit();
    },
    log,
  });
  showMain = () => desktop.showMain();
  wireContract(ringdesk, desktop);

  const alerts = startCallAlerts(ringdesk, desktop, log);
  const tray = createRingdeskTray((id, checked) => {
    if (id === 'show') desktop.showMain();
    else if (id === 'do-not-disturb') ringdesk.settings.update({ desktop: { doNotDisturb: checked } });
    else app.quit();
  }, uiLanguage);
  const refreshTray = () => tray.show(registrations, ringdesk.settings.get().desktop.doNotDisturb);
  ringdesk.onRegistrations((reports) => {
    registrations = reports;
    refreshTray();
  });

  let applied = ringdesk.settings.get();
  bindShortcuts(applied, (action) => alerts.control(action, 'shortcut'));
  applyLoginItem(applied);
  refreshTray();
  ringdesk.settings.onChange((next) => {
    if (JSON.stringify(next.desktop.shortcuts) !== JSON.stringify(applied.desktop.shortcuts)) bindShortcuts(next, (action) => alerts.control(action, 'shortcut'));
    if (next.general.launchAtLogin !== applied.general.launchAtLogin) applyLoginItem(next);
    applied = next;
    refreshTray();
  });

  // Asleep or locked, the SIP WebSocket may have died silently: the phone re-registers at once.
  powerMonitor.on('resume', () => ringdesk.notifyWake('resume'));
  powerMonitor.on('unlock-screen', () => ringdesk.notifyWake('unlock'));
  const network = watchNetwork(networkInterfaces, () => ringdesk.notifyWake('network'), {
    every: (ms, tick) => {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
  });

  desktop.openMain(!process.argv.includes(HIDDEN_FLAG));
  app.on('activate', () => desktop.showMain());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    globalShortcut.unregisterAll();
    network.stop();
    alerts.stop();
    tray.destroy();
    void ringdesk.close();
  });
}

void main();
