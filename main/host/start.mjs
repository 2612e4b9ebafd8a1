// `npm start`: build, then run the Electron app when its binary is installed,
// else the browser host. RINGDESK_HOST=browser|electron forces one of them.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildAll } from './build.mjs';
import { electronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const wanted = process.env.RINGDESK_HOST;
const electron = electronBinary(root);

if (wanted === 'electron' && !electron) {
  console.error("ringdesk: RINGDESK_HOST=electron, but Electron's binary is not installed (node_modules/electron/path.txt and dist/).");
  console.error('ringdesk: run `node node_modules/electron/install.js` where the network allows, or unset RINGDESK_HOST.');
  process.exit(1);
}

// RINGDESK_SKIP_BUILD=1: out/ is already built (npm test builds once, before its tests).
if (process.env.RINGDESK_SKIP_BUILD !== '1') await buildAll();

const useElectron = electron !== undefined && wanted !== 'browser';
if (!useElectron && wanted !== 'browser') {
  console.log("ringdesk: Electron's binary is not installed here; starting the browser host.");
}
const [command, args] = useElectron ? [electron, [root]] : [process.execPath, [join(root, 'out', 'main', 'browser.js')]];
const child = spawn(command, args, { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
