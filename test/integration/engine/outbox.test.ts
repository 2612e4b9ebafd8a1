import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../main/store/outbox';
import { OutboxDelivery } from '../../../main/engine/outbox-delivery';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe('the outbox', () => {
  it('retries a journal through 5xx and dropped connections and stores it exactly once', async () => {
    p = await startPipeline('basic');
    p.server.inject('POST /api/calls', { kind: 'status', status: 502 });
    p.server.inject('POST /api/calls', { kind: 'drop' });
    p.server.inject('POST /api/calls', { kind: 'drop-after-commit' });
    p.server.inject('POST /api/calls', { kind: 'status', status: 503 }, 1);
    await p.call(callEvents({ from: '+14155550500', talk: 5 }));
    expect(p.server.calls).toHaveLength(1);
    const item = p.outbox.list()[0];
    expect(item?.state).toBe('done');
    expect(p.server.idempotencyKeys).toEqual([`${item?.callId ?? ''}:CallJournal:CallJournal`]);
  });

  it('marks a journal the helpdesk refuses for good as failed; the agent can retry it or discard it', async () => {
    p = await startPipeline('basic');
    p.server.inject('POST /api/calls', { kind: 'status', status: 422, body: '{"error":"field missing"}' }, 2);
    await p.call(callEvents({ from: '+14155550501', talk: 5 }));
    await p.call(callEvents({ from: '+14155550502', talk: 5 }));
    const [first, second] = p.outbox.list();
    expect(first?.state).toBe('failed');
    expect(first?.lastError?.message).toContain('HTTP 422');
    expect(p.server.calls).toHaveLength(0);
    p.outbox.retry(first?.id ?? '');
    p.outbox.discard(second?.id ?? '');
    await p.delivery.settle();
    expect(p.outbox.get(first?.id ?? '')?.state).toBe('done');
    expect(p.outbox.get(second?.id ?? '')?.state).toBe('discarded');
    expect(p.server.calls).toHaveLength(1);
  });

  it('keeps unsent work across a restart and sends it once, without connect-time secrets in the file', async () => {
    p = await startPipeline('basic');
    p.delivery.stop();
    p.server.inject('POST /api/calls', { kind: 'status', status: 503 }, Infinity);
    const events = callEvents({ from: '+14155550503', talk: 5 });
    for (const e of events) await p.pipeline.onEvent(e);
    await p.delivery.deliverDue();
    expect(p.outbox.list()[0]?.state).toBe('pending');
    p.outbox.close();
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(`${p.dataDir}/outbox.jsonl`, 'utf8');
    expect(file).not.toContain('s3cret-Pa55');
    p.server.clearFaults();
    const reopened = new Outbox(p.dataDir);
    expect(reopened.list().map((i) => [i.scenario, i.state])).toEqual([['CallJournal', 'pending']]);
    const delivery = new OutboxDelivery(reopened, { integration: () => p?.runtime.integration(), baseDelayMs: 5 });
    for (const item of reopened.list()) reopened.retry(item.id);
    await delivery.settle();
    expect(p.server.calls).toHaveLength(1);
    expect(reopened.list()[0]?.state).toBe('done');
    // Adding the same call's journal again is refused: it is one per call, forever.
    const again = reopened.add({ callId: events[0]?.sipCallId ?? '', scenario: 'CallJournal', requests: ['CallJournal'], vars: {} });
    expect(again.state).toBe('done');
    reopened.close();
  });
});
