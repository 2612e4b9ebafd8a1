// Runs a sipp scenario (test/fixtures/sip/*.xml) inside the test namespace as
// the far-end caller: UDP 127.0.0.1:5070 -> Kamailio 127.0.0.1:5060, every
// SIP message traced to a file so tests can check what sipp saw (a 486, a 487).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../browser-host';
import type { LoopbackNamespace } from './netns';

export interface SippRun {
  readonly exitCode: number | null;
  readonly output: string;
  /** Every SIP message sipp sent and received (-trace_msg). */
  readonly messages: string;
  /** What sipp logged as unexpected or failed (-trace_err). */
  readonly errors: string;
}

export interface SippOptions {
  readonly scenario: 'uac-display.xml' | 'uac-webrtc-sdp.xml' | 'uac-ring-cancel.xml' | 'uac-long-call.xml';
  /** An absolute path to a scenario kept beside its test; overrides `scenario`. */
  readonly scenarioFile?: string;
  /** The called user (the Ringdesk account's user part). */
  readonly service: string;
  readonly displayName?: string;
  readonly callerNumber?: string;
  readonly calls?: number;
  /** Calls per second. */
  readonly rate?: number;
  /** At most this many calls at once. */
  readonly concurrent?: number;
  readonly extra?: readonly string[];
  readonly name?: string;
  /** Give up after this long (sipp -timeout). */
  readonly timeoutSeconds?: number;
}

let runs = 0;

export function runSipp(ns: LoopbackNamespace, options: SippOptions): Promise<SippRun> {
  const name = options.name ?? `sipp-${++runs}`;
  const messageFile = join(ns.workDir, `${name}.msg.log`);
  const errorFile = join(ns.workDir, `${name}.err.log`);
  const args = [
    '127.0.0.1:5060',
    '-sf', options.scenarioFile ?? join(projectRoot, 'test', 'fixtures', 'sip', options.scenario),
    '-s', options.service,
    '-key', 'dname', options.displayName ?? 'Alice Example',
    '-key', 'cnum', options.callerNumber ?? '+15551234567',
    '-i', '127.0.0.1',
    '-p', '5070',
    '-m', String(options.calls ?? 1),
    '-l', String(options.concurrent ?? 1),
    '-r', String(options.rate ?? 2),
    '-nostdin',
    '-timeout', `${options.timeoutSeconds ?? 60}s`,
    '-trace_msg', '-message_file', messageFile,
    '-trace_err', '-error_file', errorFile,
    ...(options.extra ?? []),
  ];
  const child = ns.spawn('sipp', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => {
    child.once('exit', (exitCode) => {
      const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
      resolve({ exitCode, output, messages: read(messageFile), errors: read(errorFile) });
    });
  });
}

/** The status lines of responses sipp received, in order, e.g. ['100', '180', '486']. */
export function receivedStatuses(messages: string): string[] {
  const out: string[] = [];
  for (const block of messages.split(/^-{5,}.*$/m)) {
    if (!/message received/i.test(block)) continue;
    const status = /SIP\/2\.0 (\d{3})/.exec(block)?.[1];
    if (status) out.push(status);
  }
  return out;
}

/**
 * Why a sipp run failed, in sipp's own words: the tail of its screen, its
 * error log and the last messages it traced. A bare "expected 1 to be 0"
 * says nothing about which message sipp did not expect.
 */
export function sippFailure(run: SippRun): string {
  return [`sipp exited ${String(run.exitCode)}`, run.output.slice(-1500), 'error log:', run.errors.slice(-3000), 'last messages:', run.messages.slice(-4000)].join('\n');
}
