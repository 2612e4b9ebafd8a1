// Long-running test servers (kamailio, rtpengine) started inside the test
// namespace, logged to a file, and stopped, paused or resumed by PID.
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import type { LoopbackNamespace } from './netns';

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  log(): string;
  /** SIGSTOP: the process keeps its sockets open but answers nothing (a black hole). */
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
    pause: () => process.kill(pid, 'SIGSTOP'),
    resume: () => process.kill(pid, 'SIGCONT'),
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
