// Entry point of the browser host (`npm start` where Electron's binary is
// absent): starts main on 127.0.0.1, prints the URL with its token, and opens
// Chromium in app mode when there is a display to show it on.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { createRingdesk } from '../app/ringdesk';
import type { ExternalOpener } from '../features/popup';
import type { SettingsBackend } from '../store/settings';
import { defaultDataDir } from '../store/data-dir';
import { localKeyFileCipher } from '../store/secrets';
import { appVersion, findAppRoot } from './app-root';
import { startBrowserHost } from './browser';

function log(line: string): void {
  console.error(`[ringdesk] ${line}`);
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

// RINGDESK_URL_OPENER: a program that opens the URLs the desktop app would
// open in the system browser (contact popups, OAuth2 consent pages), run with
// the URL as its one argument and no shell. Unset (the default), the page is
// told to open them itself. The full-stack e2e test sets it to a recorder to
// see which contact page an automatic popup opened, and when.
function urlOpener(command: string | undefined): ExternalOpener | undefined {
  if (command === undefined || command === '') return undefined;
  return (url) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(command, [url], { stdio: 'ignore' });
      child.once('error', (error) => reject(new Error(`RINGDESK_URL_OPENER: ${error.message}`)));
      child.once('spawn', () => resolve());
    });
}

function openAppWindow(url: string, dataDir: string): void {
  if (process.env.RINGDESK_NO_BROWSER === '1' || !hasDisplay()) return;
  const browser = process.env.BROWSER || '/usr/bin/chromium';
  if (!existsSync(browser) && !process.env.BROWSER) {
    log(`no browser found at ${browser}; open the URL above yourself`);
    return;
  }
  const profile = join(dataDir, 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Chromium refuses to run as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { stdio: 'ignore', detached: true });
  child.on('error', (error) => log(`could not open ${browser}: ${error.message}`));
  child.unref();
}

const root = findAppRoot(import.meta.dirname);
const dataDir = defaultDataDir();
mkdirSync(dataDir, { recursive: true });
const settingsBackend = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'ringdesk' }) as unknown as SettingsBackend;
const ringdesk = createRingdesk({
  host: 'browser',
  version: appVersion(root),
  dataDir,
  settingsBackend,
  secretCipher: localKeyFileCipher(dataDir),
  openExternal: urlOpener(process.env.RINGDESK_URL_OPENER),
  log,
});
const port = process.env.RINGDESK_PORT ? Number(process.env.RINGDESK_PORT) : 0;
const host = await startBrowserHost({
  ringdesk,
  rendererDir: process.env.RINGDESK_RENDERER_DIR ?? join(root, 'out', 'renderer'),
  port,
  log,
});

// Tests and scripts read this line; keep its shape.
console.log(`Ringdesk is running at ${host.url}`);
openAppWindow(host.url, dataDir);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await host.close();
  await ringdesk.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
