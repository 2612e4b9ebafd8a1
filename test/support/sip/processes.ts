// Long-running test servers (kamailio, rtpengine) started inside the test
// namespace, logged to a file, and stopped, paused or resumed by PID.
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import type { LoopbackNamespace } from './netns';

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  log(): string;
  /** SIGSTOP to the process and all its children: sockets stay open but nothing answers (a black hole). */
  pause(): void;
  resume(): void;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

export function startServer(ns: LoopbackNamespace, name: string, command: string, args: readonly string[]): ServerProcess {
  const logFile = `${ns.workDir}/${name}.log`;
  const out = createWriteStream(logFile, { flags: 'a' });
  const child: ChildProcess = ns.spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    pid,
    logFile,
    log: () => readFileSync(logFile, 'utf8'),
    pause: () => signalTree(pid, 'SIGSTOP'),
    resume: () => signalTree(pid, 'SIGCONT'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // A stopped process ignores TERM until it is continued.
      process.kill(pid, 'SIGCONT');
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The PIDs of `root` and every process below it (Kamailio forks its workers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent PID; the command name (field 2) may contain spaces, so split after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process exited while we looked.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return out;
}

function signalTree(root: number, signal: NodeJS.Signals): void {
  for (const pid of processTree(root)) {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  }
}
