// How the SIP end-to-end tests get into a loopback-only network namespace
// (decision for this repo):
//
// The Vitest worker stays in the machine's own namespace. Each test file
// creates one namespace *holder*: `unshare -n sh -c 'ip link set lo up; ...;
// exec sleep'`, and starts every process that speaks SIP, RTP or the app's
// HTTP (kamailio, rtpengine, sipp, Ringdesk's browser host, Chromium) inside
// it with `nsenter --net=/proc/<holder>/ns/net`. The test still drives
// everything: Playwright talks to Chromium over its stdio pipes
// (--remote-debugging-pipe), the processes report over stdout/stderr and
// files, none of which needs the network. So:
//   - every packet (SIP, WebSocket, ICE, RTP) stays on the namespace's own
//     127.0.0.1, with no route anywhere else (and WebRTC cannot pick the
//     machine's other addresses, see the recipe's gotcha 4);
//   - the fixed ports (5060, 8080, 2223, 30000+) never collide with another
//     test file running in parallel or with anyone else on the machine;
//   - `npm test` needs no wrapper: plain `vitest run` works (as root, which
//     unshare -n and nsenter need; CI runs as root here).
// Stopping the holder (kill by PID) tears the namespace down once every
// process inside has been stopped; each helper stops its own processes by PID.
import { spawn, execFile } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SIP_TOOLS = ['kamailio', 'sipp', 'rtpengine', 'unshare', 'nsenter', 'ip', 'ss'] as const;

export interface LoopbackNamespace {
  /** /proc/<pid>/ns/net of the holder. */
  readonly netPath: string;
  /** A scratch folder for this namespace's logs, pid files and wrappers. */
  readonly workDir: string;
  /** Spawns `command args` inside the namespace; the child's PID is the command's own (nsenter execs). */
  spawn(command: string, args: readonly string[], options?: SpawnOptions): ChildProcess;
  /** Runs a short command inside the namespace and returns its stdout. */
  exec(command: string, args: readonly string[]): Promise<string>;
  /** An executable that runs /usr/bin/chromium (or `browser`) inside the namespace, for Playwright's executablePath. */
  chromiumWrapper(browser?: string): string;
  /** Waits until something listens on `proto` 127.0.0.1:`port` inside the namespace. */
  waitForPort(proto: 'tcp' | 'udp', port: number, timeoutMs?: number): Promise<void>;
  /** Waits until nothing listens there any more (after a stop, before a restart). */
  waitForPortFree(proto: 'tcp' | 'udp', port: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function createLoopbackNamespace(): Promise<LoopbackNamespace> {
  const workDir = mkdtempSync(join(tmpdir(), 'ringdesk-sip-'));
  const holder = spawn('unshare', ['-n', 'sh', '-c', 'ip link set lo up && echo ready && exec sleep 86400'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    holder.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    holder.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
    holder.once('exit', (code) => reject(new Error(`unshare -n failed (${code}): ${err.trim()} (the SIP tests need root for network namespaces)`)));
  });
  const netPath = `/proc/${holder.pid}/ns/net`;
  const nsenter = (command: string, args: readonly string[]) => ['--net=' + netPath, '--', command, ...args];

  const ns: LoopbackNamespace = {
    netPath,
    workDir,
    spawn(command, args, options = {}) {
      return spawn('nsenter', nsenter(command, args), options);
    },
    async exec(command, args) {
      const { stdout } = await run('nsenter', nsenter(command, args));
      return stdout;
    },
    chromiumWrapper(browser = '/usr/bin/chromium') {
      const wrapper = join(workDir, 'chromium-in-netns.sh');
      writeFileSync(wrapper, `#!/bin/sh\nexec nsenter --net=${netPath} -- ${browser} "$@"\n`);
      chmodSync(wrapper, 0o755);
      return wrapper;
    },
    async waitForPort(proto, port, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await listening(ns, proto, port)) return;
        await sleep(100);
      }
      throw new Error(`nothing listens on ${proto} 127.0.0.1:${port} in the test namespace after ${timeoutMs} ms`);
    },
    async waitForPortFree(proto, port, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (!(await listening(ns, proto, port))) return;
        await sleep(100);
      }
      throw new Error(`${proto} 127.0.0.1:${port} is still in use in the test namespace after ${timeoutMs} ms`);
    },
    async close() {
      if (holder.exitCode === null) {
        const exited = new Promise((r) => holder.once('exit', r));
        holder.kill('SIGTERM');
        await exited;
      }
      // Logs (kamailio, sipp traces, host data) help when a test fails; keep them on request.
      if (process.env.RINGDESK_KEEP_SIP_LOGS) console.info(`SIP test logs kept in ${workDir}`);
      else rmSync(workDir, { recursive: true, force: true });
    },
  };
  return ns;
}

async function listening(ns: LoopbackNamespace, proto: 'tcp' | 'udp', port: number): Promise<boolean> {
  const out = await ns.exec('ss', [proto === 'tcp' ? '-ltnH' : '-lunH']);
  return out.split('\n').some((line) => line.includes(`127.0.0.1:${port} `));
}
