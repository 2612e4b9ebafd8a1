// Starting the built Electron app for end-to-end tests, under Playwright or
// as a plain process (for the second instance, and inside a SIP test
// namespace). Without a display it runs under xvfb-run.
import { spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import type { ElectronApplication } from 'playwright-core';
import { electronBinary } from '../../../main/host/electron-binary.mjs';
import { projectRoot } from '../../support/browser-host';
import { requireTools } from '../../support/tools';

export const executable = electronBinary(projectRoot);
const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const xvfb = needsXvfb && executable ? requireTools('xvfb-run') : { ok: true, reason: '' };

/** Empty when the Electron tests can run here, else why they are skipped. */
export const skipReason = !executable
  ? "(skipped: Electron's binary is not installed here; node_modules/electron/path.txt is absent)"
  : !xvfb.ok
    ? `(skipped: no display and ${xvfb.reason})`
    : '';

/** Chromium switches for a test run: no sandbox as root, fake audio devices, no first-run noise. */
export const TEST_SWITCHES = ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--disable-gpu'];

/** The command that runs Electron here: the binary, or a wrapper running it under xvfb-run. */
export function electronCommand(): string {
  if (!executable) throw new Error("Electron's binary is not installed");
  if (!needsXvfb) return executable;
  const wrapper = join(mkdtempSync(join(tmpdir(), 'rd-electron-xvfb-')), 'electron');
  // xvfb-run's default 640x480 screen would clamp the windows' sizes.
  writeFileSync(wrapper, `#!/bin/sh\nexec xvfb-run -a -s '-screen 0 1920x1080x24' ${JSON.stringify(executable)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rd-electron-e2e-'));
}

export async function launchRingdesk(dataDir: string, extraArgs: readonly string[] = []): Promise<{ app: ElectronApplication; log: () => string }> {
  const app = await electron.launch({
    executablePath: electronCommand(),
    args: [projectRoot, ...TEST_SWITCHES, ...extraArgs],
    env: { ...process.env, RINGDESK_DATA_DIR: dataDir },
  });
  let stderr = '';
  app.process().stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return { app, log: () => stderr };
}

/** Runs Ringdesk as a plain process (a second instance, or inside a namespace through `spawnIn`). */
export function runRingdesk(
  dataDir: string,
  args: readonly string[],
  spawnIn: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess = spawn,
): { child: ChildProcess; log: () => string; exited: Promise<number | null> } {
  const child = spawnIn(electronCommand(), [projectRoot, ...TEST_SWITCHES, ...args], {
    env: { ...process.env, RINGDESK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, log: () => output, exited };
}

/** Polls until `probe` is truthy, or fails naming `what`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
