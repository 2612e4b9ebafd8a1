// Starts a real Request Tracker 5 (Debian's rt-server, Starlet) on loopback for
// one test file, on a fresh copy of the pristine database that setup-rt.sh
// builds, and stops it by PID. Recipe and gotchas: ../shared/testbed/rt/README.md.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireTools } from '../../support/tools';
import type { ToolCheck } from '../../support/tools';

const run = promisify(execFile);
const here = import.meta.dirname;

export const rtServerBinary = '/usr/share/request-tracker5/libexec/rt-server';
export const rtSetupDatabaseBinary = '/usr/sbin/rt-setup-database-5';
/** Built once by setup-rt.sh; every run starts from a copy of it. */
export const pristineDatabase = '/var/lib/ringdesk-rt/pristine.sqlite';
const setupScript = join(here, 'setup-rt.sh');

/** What seed-initialdata.pl (and setup-rt.sh, for root) put into the pristine database. */
export const seededDesk = {
  root: { user: 'root', password: 'password' },
  queue: 'General',
  agents: [
    { name: 'agent1', realName: 'Alice Agent', email: 'alice@example.test', password: 'password' },
    { name: 'agent2', realName: 'Bob Agent', email: 'bob@example.test', password: 'password' },
  ],
  carl: {
    name: 'carl@customer.test',
    realName: 'Carl Contact',
    organization: 'Customer Inc',
    workPhone: '+15551230001',
    mobilePhone: '+15559990001',
  },
  dana: { name: 'dana@customer.test', realName: 'Dana Doe', homePhone: '+15551230002' },
} as const;

/** The RT programs the test bed runs; skips (or fails under CI) when absent. */
export function requestTrackerTools(): ToolCheck {
  return requireTools(rtServerBinary, rtSetupDatabaseBinary, 'perl');
}

export interface RunningRequestTracker {
  /** RT's web root, e.g. http://127.0.0.1:40123/rt (no trailing slash). */
  readonly baseUrl: string;
  /** REST2 root, e.g. http://127.0.0.1:40123/rt/REST/2.0 (no trailing slash). */
  readonly restUrl: string;
  /** A REST2 auth token of root: send as `Authorization: token <token>`. */
  readonly token: string;
  readonly basicAuth: { readonly user: string; readonly password: string };
  readonly port: number;
  /** PID of the Starlet master; its process group holds the workers. */
  readonly pid: number;
  /** Per-run directory: rt.sqlite, mail (*.mbox), caches. Removed by stop() unless kept. */
  readonly dataDir: string;
  /** What rt-server wrote to stdout and stderr so far (RT logs warnings there). */
  log(): string;
  /** Stops RT; `keepData` leaves the data directory for a later start on it (RT "down", then back). */
  stop(options?: { readonly keepData?: boolean }): Promise<void>;
}

export interface StartOptions {
  /** Port on 127.0.0.1; a free one when absent. */
  readonly port?: number;
  /** The data directory of an earlier run stopped with `keepData`: RT starts again on its database. */
  readonly dataDir?: string;
  /** An auth token of root already in that database (no new one is issued). */
  readonly token?: string;
}

const running = new Set<number>();
// A test run that dies without calling stop() must not leave RT behind; the
// server has its own process group (so a terminal's Ctrl-C does not SIGINT it).
process.once('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGTERM');
});

export async function startRequestTracker(options: StartOptions = {}): Promise<RunningRequestTracker> {
  await ensureSetup();
  const dataDir = options.dataDir ?? (await freshDataDir());
  if (!existsSync(join(dataDir, 'rt.sqlite'))) throw new Error(`${dataDir} holds no rt.sqlite: not the data directory of a stopped RT`);

  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}/rt`;
  const restUrl = `${baseUrl}/REST/2.0`;
  // The site config (ringdesk-site-config.pm) reads these at every start.
  const env = { ...process.env, RINGDESK_RT_DATA: dataDir, RINGDESK_RT_PORT: String(port) };

  // --webpath /rt: without it REST2 answers at /REST/2.0 while RT's links say /rt.
  // --max-workers 2: Starlet's default is 10 perl processes of ~220 MB each.
  const child = spawn(
    rtServerBinary,
    ['--host', '127.0.0.1', '--port', String(port), '--webpath', '/rt', '--max-workers', '2'],
    { cwd: dataDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const append = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-64_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${rtServerBinary}: ${await spawnError(child)}`);
  running.add(pid);

  const stop = async (stopOptions: { readonly keepData?: boolean } = {}): Promise<void> => {
    await stopServer(child, pid);
    running.delete(pid);
    if (stopOptions.keepData !== true) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    // Both take about two seconds; the token goes straight into the database.
    // One token per user: REST2 bcrypts the secret against each of the user's tokens.
    const [token] = await Promise.all([
      options.token ?? issueToken(seededDesk.root.user, env),
      waitUntilAnswering(restUrl, child, () => log),
    ]);
    return {
      baseUrl,
      restUrl,
      token,
      port,
      basicAuth: { user: seededDesk.root.user, password: seededDesk.root.password },
      pid,
      dataDir,
      log: () => log,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function freshDataDir(): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ringdesk-rt-'));
  await copyFile(pristineDatabase, join(dataDir, 'rt.sqlite'));
  await mkdir(join(dataDir, 'mason_data'));
  await mkdir(join(dataDir, 'session_data'));
  return dataDir;
}

/** Runs setup-rt.sh when root (a no-op once done); otherwise checks it ran. */
async function ensureSetup(): Promise<void> {
  if (process.getuid?.() === 0) {
    try {
      await run('bash', [setupScript], { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`test/helpdesk/rt/setup-rt.sh failed: ${explain(error)}`, { cause: error });
    }
    return;
  }
  if (!existsSync(pristineDatabase)) {
    throw new Error(`${pristineDatabase} is missing: run \`sudo bash test/helpdesk/rt/setup-rt.sh\` once`);
  }
}

async function issueToken(user: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run('perl', [join(here, 'issue-token.pl'), user, 'ringdesk test bed'], { env });
    const token = stdout.trim();
    if (!/^\d+-\d+-[0-9a-f]+$/.test(token)) throw new Error('issue-token.pl printed no token');
    return token;
  } catch (error) {
    // The message carries perl's stderr, never the token (which only goes to stdout).
    throw new Error(`creating an RT auth token for ${user} failed: ${explain(error, false)}`, { cause: error });
  }
}

async function waitUntilAnswering(restUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`rt-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${log()}`);
    }
    try {
      // Unauthenticated REST2 answers 401 as soon as RT is up.
      await fetch(`${restUrl}/`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`rt-server did not answer at ${restUrl}/ within 60 s:\n${log()}`);
}

// SIGTERM to the Starlet master: it takes its workers down with it. Never
// SIGINT: rt-server's SIGINT handler runs `chown -R www-data /var/lib/request-tracker5`.
async function stopServer(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    if (!(await within(exited, 20_000))) signalGroup(pid, 'SIGKILL');
    await exited;
  }
  // Workers may outlive the master by a moment; the group is empty when all are gone.
  const deadline = Date.now() + 10_000;
  while (groupAlive(pid)) {
    if (Date.now() > deadline) {
      signalGroup(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no free port on 127.0.0.1'))));
    });
  });
}

function spawnError(child: ChildProcess): Promise<string> {
  return new Promise((r) => child.once('error', (error) => r(error.message)));
}

function explain(error: unknown, withStdout = true): string {
  if (!(error instanceof Error)) return String(error);
  const output = error as Error & { stdout?: string; stderr?: string };
  const parts = [output.message.split('\n')[0] ?? '', output.stderr ?? ''];
  if (withStdout) parts.push(output.stdout ?? '');
  return parts.filter((p) => p.trim() !== '').join('\n');
}
