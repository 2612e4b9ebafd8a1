// The Electron host: wires the contract to ipcMain, creates the window and
// holds Electron-only services. It stays thin; decisions live in main/app,
// main/features and main/engine, which run the same under the browser host.
import { app, BrowserWindow, ipcMain, safeStorage, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ElectronStore from 'electron-store';
import { channels, isInvokeName } from '../../shared/ipc';
import type { InvokeName } from '../../shared/ipc';
import { createRingdesk } from '../app/ringdesk';
import type { SettingsBackend } from '../store/settings';
import { localKeyFileCipher } from '../store/secrets';
import type { SecretCipher } from '../store/secrets';

const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
const preloadScript = join(import.meta.dirname, '..', 'preload', 'preload.cjs');
const rendererUrlPrefix = pathToFileURL(join(import.meta.dirname, '..', 'renderer')).href;

if (process.env.RINGDESK_DATA_DIR) app.setPath('userData', process.env.RINGDESK_DATA_DIR);

function log(line: string): void {
  console.error(`[ringdesk] ${line}`);
}

/** Only our own pages may talk to main (Electron security checklist #17). */
function fromOwnPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(rendererUrlPrefix);
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    title: 'Ringdesk',
    show: false,
    webPreferences: {
      preload: preloadScript,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(rendererUrlPrefix)) event.preventDefault();
  });
  void window.loadFile(rendererIndex);
  return window;
}

/** The OS keychain through safeStorage; without one (e.g. Linux with no secret service) the key file, said in the log. */
function secretCipher(dataDir: string): SecretCipher {
  if (safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text') {
    return {
      kind: 'os-keychain',
      encrypt: (plain) => safeStorage.encryptString(plain),
      decrypt: (data) => safeStorage.decryptString(data),
    };
  }
  log('safeStorage is not available: secrets are encrypted with a local key file instead');
  return localKeyFileCipher(dataDir);
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const settingsBackend = new ElectronStore({ name: 'settings' }) as unknown as SettingsBackend;
  const ringdesk = createRingdesk({
    host: 'electron',
    version: app.getVersion(),
    dataDir,
    settingsBackend,
    secretCipher: secretCipher(dataDir),
    log,
  });

  for (const [name, definition] of Object.entries(channels)) {
    if (definition.kind !== 'invoke' || !isInvokeName(name)) continue;
    const channel: InvokeName = name;
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!fromOwnPage(event)) {
        log(`refused ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return { ok: false, error: { name: 'SecurityError', message: 'sender is not a Ringdesk page', channel } };
      }
      return ringdesk.dispatcher.invoke(channel, request);
    });
  }
  ringdesk.events.subscribe((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
  });

  createMainWindow();
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void ringdesk.close());
}

void main();
