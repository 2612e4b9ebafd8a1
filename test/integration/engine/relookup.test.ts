import { afterEach, describe, expect, it } from 'vitest';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe("the agent's Retry lookup after a failed contact lookup", () => {
  it('searches the helpdesk again, clears the failure, picks the contact and journals against it', async () => {
    p = await startPipeline('basic');
    p.server.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
    const [ringing, answered, ended] = callEvents({ from: '+14155550188', name: 'Mary Jackson', talk: 7 });
    if (!ringing || !answered || !ended) throw new Error('callEvents gave fewer than three events');
    await p.pipeline.onEvent(ringing);
    expect(p.updates.at(-1)?.lookupError?.message).toContain('search is down');

    p.server.clearFaults();
    const mary = p.server.addContact({ first_name: 'Mary', last_name: 'Jackson', phone: '+1 415 555 0188' });
    await p.pipeline.relookup(ringing.sipCallId);
    const update = p.updates.at(-1);
    expect(update?.lookupError).toBeUndefined();
    expect(update?.contacts?.map((c) => c.id)).toEqual([mary.id]);
    expect(update?.picked).toBe(`contacts:${mary.id}`);

    await p.call([answered, ended]);
    expect(p.server.calls.map((c) => c.body.contactId)).toEqual([mary.id]);
  });

  it('says which call when it is unknown or already ended', async () => {
    p = await startPipeline('basic');
    await expect(p.pipeline.relookup('nobody@test')).rejects.toThrow('no call nobody@test');
    const events = callEvents({ from: '+14155550189', ringFor: 5 });
    await p.call(events);
    const callId = events[0]?.sipCallId ?? '';
    await expect(p.pipeline.relookup(callId)).rejects.toThrow(`call ${callId} has ended`);
  });
});
