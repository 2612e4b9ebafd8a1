import { afterEach, describe, expect, it } from 'vitest';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe('a contact lookup that failed while the call rang', () => {
  it('is tried again when the call ends, so a helpdesk that is back gets the journal with the caller as its contact', async () => {
    p = await startPipeline('basic');
    p.server.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
    const [ringing, answered, ended] = callEvents({ from: '+14155550177', name: 'Ada Byron', talk: 5 });
    if (!ringing || !answered || !ended) throw new Error('callEvents gave fewer than three events');
    await p.pipeline.onEvent(ringing);
    await p.pipeline.onEvent(answered);
    expect(p.updates.at(-1)?.lookupError?.message).toContain('search is down');

    p.server.clearFaults();
    const ada = p.server.addContact({ first_name: 'Ada', last_name: 'Byron', phone: '+1 415 555 0177' });
    await p.call([ended]);
    expect(p.updates.at(-1)?.lookupError).toBeUndefined();
    expect(p.updates.at(-1)?.contacts?.map((c) => c.id)).toEqual([ada.id]);
    expect(p.server.calls.map((c) => c.body.contactId)).toEqual([ada.id]);
  });

  it('is tried again when the call is answered, so the popup on answer opens the caller', async () => {
    p = await startPipeline('basic', (s) => {
      s.popup = { enabled: true, method: 'automatic', trigger: 'answered' };
    });
    p.server.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
    const [ringing, answered, ended] = callEvents({ from: '+14155550178', name: 'Alan Turing', talk: 5 });
    if (!ringing || !answered || !ended) throw new Error('callEvents gave fewer than three events');
    await p.pipeline.onEvent(ringing);
    expect(p.updates.at(-1)?.lookupError?.message).toContain('search is down');

    p.server.clearFaults();
    const alan = p.server.addContact({ first_name: 'Alan', last_name: 'Turing', phone: '+1 415 555 0178' });
    await p.pipeline.onEvent(answered);
    expect(p.updates.at(-1)?.lookupError).toBeUndefined();
    expect(p.updates.at(-1)?.contacts?.map((c) => c.id)).toEqual([alan.id]);
    expect(p.popups).toHaveLength(1);
    expect(p.popups[0]).toContain(alan.id);
    await p.call([ended]);
    expect(p.server.calls.map((c) => c.body.contactId)).toEqual([alan.id]);
  });

  it('still journals the call, without a contact, when the helpdesk is down at the end too', async () => {
    p = await startPipeline('basic');
    p.server.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
    const events = callEvents({ from: '+14155550176', name: 'Grace Hopper', talk: 5 });
    await p.call(events);
    expect(p.updates.at(-1)?.lookupError?.message).toContain('search is down');
    expect(p.server.calls).toHaveLength(1);
    expect(p.server.calls[0]?.body.contactId).toBeFalsy();
  });
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
    await expect(p.pipeline.relookup('nobody@test')).rejects.toMatchObject({ problem: { code: 'call.unknown', params: { callId: 'nobody@test' } } });
    const events = callEvents({ from: '+14155550189', ringFor: 5 });
    await p.call(events);
    const callId = events[0]?.sipCallId ?? '';
    await expect(p.pipeline.relookup(callId)).rejects.toMatchObject({ problem: { code: 'call.endedNoLookup' }, message: 'the call has ended: its contacts can no longer be looked up again' });
  });
});
