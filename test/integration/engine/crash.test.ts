import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HelpdeskServer } from '../../helpdesk/server';
import { CREDENTIALS } from './harness';

const CHILD = join(import.meta.dirname, 'crash-child.ts');
const COUNT = 200;

function startChild(dataDir: string, url: string): { child: ChildProcess; done: Promise<boolean>; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, url, String(COUNT)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('READY')) markReady();
  });
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<boolean>((resolve) => child.on('exit', (code) => resolve(code === 0 && out.includes('DONE'))));
  child.on('exit', () => markReady());
  return { child, done, ready };
}

let dataDir = '';
let server: HelpdeskServer | undefined;
afterAll(async () => {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('crash safety of the outbox', () => {
  it('delivers 200 journals exactly once through SIGKILLs and a helpdesk failing 30% of requests', { timeout: 180_000 }, async () => {
    server = await new HelpdeskServer({ auth: 'basic', username: CREDENTIALS.username, password: CREDENTIALS.password }).start();
    server.inject('POST /api/calls', { kind: 'status', status: 503 }, Infinity, 0.15);
    server.inject('POST /api/calls', { kind: 'drop-after-commit' }, Infinity, 0.1);
    server.inject('POST /api/calls', { kind: 'drop' }, Infinity, 0.05);
    dataDir = mkdtempSync(join(tmpdir(), 'ringdesk-crash-'));
    let kills = 0;
    let storedAtKills: number[] = [];
    // Kill until several kills have landed mid-delivery (some journals stored, not all).
    const midDelivery = () => storedAtKills.filter((n) => n > 0 && n < COUNT).length;
    for (let round = 0; round < 30 && midDelivery() < 4; round++) {
      const { child, done, ready } = startChild(dataDir, server.url);
      await ready;
      // Kill at a random point: sometimes while enqueueing, sometimes mid-delivery.
      const delay = Math.floor(Math.random() * 700);
      const finished = await Promise.race([done, new Promise<'kill'>((r) => setTimeout(() => r('kill'), delay))]);
      if (finished !== 'kill') break;
      child.kill('SIGKILL');
      await done;
      kills++;
      storedAtKills = [...storedAtKills, server.calls.length];
    }
    const last = startChild(dataDir, server.url);
    expect(await last.done).toBe(true);
    const ids = server.calls.map((c) => String(c.body.callId));
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids).toHaveLength(COUNT);
    expect(midDelivery()).toBeGreaterThan(0);
    console.log(`crash test: ${kills} SIGKILLs (journals stored at each: ${storedAtKills.join(', ')}), ${server.log.filter((r) => r.path === '/api/calls').length} POSTs for ${COUNT} journals`);
  });
});
