// postinstall: fetch Electron's binary now, where the network allows, so that
// `npm start` opens the desktop app. Where it cannot be fetched (no route to
// the download host, as on CI here) install still succeeds and `npm start`
// falls back to the browser host. Never fails the install.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const installer = join(root, 'node_modules', 'electron', 'install.js');
const TIMEOUT_MS = 5 * 60 * 1000;

if (process.env.RINGDESK_SKIP_ELECTRON_DOWNLOAD === '1' || electronBinary(root) || !existsSync(installer)) process.exit(0);

const child = spawn(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), stdio: ['ignore', 'inherit', 'pipe'] });
let stderr = '';
child.stderr.on('data', (chunk) => (stderr += chunk));
const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
child.on('close', (code) => {
  clearTimeout(timer);
  if (code === 0 && electronBinary(root)) {
    console.log('ringdesk: Electron is installed; `npm start` opens the desktop app.');
  } else {
    const reason = stderr.split('\n').find((line) => /error|failed/i.test(line))?.trim() ?? `exit code ${code}`;
    console.log(`ringdesk: Electron's binary could not be downloaded (${reason}).`);
    console.log('ringdesk: `npm start` will run the browser host instead (the same app in Chromium).');
  }
  process.exit(0);
});
