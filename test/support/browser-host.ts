// Runs the real, built browser host (out/main/browser.js) as a child process,
// as `npm start` would, with its own data folder; stopped by PID.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
export const builtBrowserHost = join(projectRoot, 'out', 'main', 'browser.js');

export interface RunningHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly process: ChildProcess;
  /** Everything the host wrote to stderr so far (its log). */
  log(): string;
  stop(): Promise<void>;
}

export async function startHostProcess(dataDir: string, env: Record<string, string> = {}): Promise<RunningHost> {
  if (!existsSync(builtBrowserHost)) throw new Error(`${builtBrowserHost} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [builtBrowserHost], {
    env: { ...process.env, RINGDESK_DATA_DIR: dataDir, RINGDESK_NO_BROWSER: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Ringdesk is running at (\S+)/.exec(stdout);
      if (match?.[1]) resolvePromise(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}) before it was ready:\n${stderr}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    process: child,
    log: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
