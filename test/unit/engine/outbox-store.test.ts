import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../main/store/outbox';
import { ActivityLog } from '../../../main/store/activity';
import { plainProblem } from '../../../shared/i18n/problem';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the outbox file', () => {
  it('replays every change after a restart and skips a line torn by a crash', () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const first = new Outbox(dir);
    const item = first.add({ callId: 'c1', scenario: 'CreateNewTicket', requests: ['CreateNewTicket', 'UpdateTicket'], vars: { A: '1' } });
    first.requestDone(item.id, 'CreateNewTicket', { TicketId: 'T1' });
    first.attemptFailed(item.id, plainProblem('HTTP 503'), 123);
    first.close();
    appendFileSync(join(dir, 'outbox.jsonl'), '{"op":"state","id":"');
    const second = new Outbox(dir);
    const replayed = second.get(item.id);
    expect(replayed).toMatchObject({ state: 'pending', done: ['CreateNewTicket'], outputs: { TicketId: 'T1' }, attempts: 1, nextAt: 123, lastError: { code: 'generic', message: 'HTTP 503' } });
    second.close();
  });

  it('holds one item per call and scenario, and lets dependants through once the dependency is over', () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const outbox = new Outbox(dir);
    const ticket = outbox.add({ callId: 'c1', scenario: 'CreateNewTicket', requests: ['CreateNewTicket'], vars: {} });
    expect(outbox.add({ callId: 'c1', scenario: 'CreateNewTicket', requests: ['X'], vars: {} }).id).toBe(ticket.id);
    const update = outbox.add({ callId: 'c1', scenario: 'CreateNewTicket', part: 'after-call', requests: ['UpdateTicket'], vars: {}, dependsOn: ticket.key });
    const later = outbox.add({ callId: 'c2', scenario: 'CallJournal', requests: ['CallJournal'], vars: {}, notBefore: Date.now() + 60_000 });
    expect(outbox.due().map((i) => i.id)).toEqual([ticket.id]);
    outbox.succeeded(ticket.id);
    expect(outbox.due().map((i) => i.id)).toEqual([update.id]);
    expect(outbox.amend(later.id, { ContactId: '9' }, 0)).toBe(true);
    expect(outbox.due().map((i) => i.id)).toEqual([update.id, later.id]);
    expect(() => outbox.retry(ticket.id)).toThrow('already delivered');
    outbox.close();
  });
});

describe('outbox compaction', () => {
  it('rewrites a long file to the live items and loses nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const outbox = new Outbox(dir);
    const ids: string[] = [];
    for (let i = 0; i < 400; i++) {
      const item = outbox.add({ callId: `c${i}`, scenario: 'CallJournal', requests: ['CallJournal'], vars: { N: String(i) } });
      ids.push(item.id);
      outbox.attemptFailed(item.id, plainProblem('HTTP 503'), 1);
      if (i % 2 === 0) outbox.succeeded(item.id);
    }
    outbox.close();
    const lines = readFileSync(join(dir, 'outbox.jsonl'), 'utf8').trim().split('\n').length;
    expect(lines).toBeLessThan(1200);
    const reopened = new Outbox(dir);
    expect(reopened.list()).toHaveLength(400);
    expect(reopened.list().filter((i) => i.state === 'done')).toHaveLength(200);
    expect(reopened.get(ids[399] ?? '')).toMatchObject({ attempts: 1, vars: { N: '399' }, state: 'pending' });
    reopened.close();
  });
});

describe('an activity file from before coded errors', () => {
  it('loads entries whose error is a plain string, as a Problem with that text', () => {
    dir = mkdtempSync(join(tmpdir(), 'activity-'));
    const old = { id: 'a1', callId: 'c1', scenario: 'CallJournal', request: 'CallJournal', line: 'POST https://desk/api/calls', status: 0, durationMs: 12, outputs: {}, error: 'POST https://desk/api/calls: timed out after 3 attempt(s)', at: 7 };
    writeFileSync(join(dir, 'activity.jsonl'), JSON.stringify(old) + '\n');
    const log = new ActivityLog(dir);
    expect(log.list()).toEqual([{ ...old, error: { code: 'generic', params: { detail: old.error }, message: old.error } }]);
    log.close();
  });
});

describe('an outbox file from before coded errors', () => {
  it('loads items whose errors are plain strings, losing nothing, and shows those strings as they are', () => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const item = { id: 'old-1', key: 'c9:CallJournal', callId: 'c9', scenario: 'CallJournal', requests: ['CallJournal'], vars: { A: '1' }, texts: {}, state: 'pending', attempts: 0, createdAt: 5, nextAt: 5, done: [], outputs: {}, lastError: 'from the put' };
    const lines = [
      { op: 'put', item },
      { op: 'attempt-failed', id: 'old-1', error: 'POST https://desk/api/calls -> HTTP 503: busy', nextAt: 9 },
      { op: 'state', id: 'old-1', state: 'failed', error: 'gave up' },
    ];
    writeFileSync(join(dir, 'outbox.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const outbox = new Outbox(dir);
    expect(outbox.get('old-1')).toMatchObject({ state: 'failed', attempts: 1, vars: { A: '1' }, lastError: { code: 'generic', message: 'gave up' } });
    expect(outbox.list()).toHaveLength(1);
    outbox.close();
  });
});
