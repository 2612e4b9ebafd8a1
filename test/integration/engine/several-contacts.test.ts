import { afterEach, describe, expect, it } from 'vitest';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe('one number, several contacts', () => {
  it('lists every match, journals once, and files the journal and ticket under the contact the agent picked', async () => {
    p = await startPipeline('basic', (s) => {
      s.ticket = { enabled: true, when: 'after', beforeCallTypes: [], afterCallTypes: ['inbound-answered'], subject: undefined, description: undefined };
      s.matches = { defaultPick: 'first', pickWaitSeconds: 60 };
    });
    const first = p.server.addContact({ first_name: 'Shared', last_name: 'One', phone: '+14155550200' });
    const second = p.server.addContact({ first_name: 'Shared', last_name: 'Two', phone: '+14155550200' });
    const lead = p.server.addContact({ first_name: 'Shared', last_name: 'Lead', phone: '+14155550200', type: 'leads' });
    const [ringing, answered, ended] = callEvents({ from: '+14155550200', talk: 20 });
    if (!ringing || !answered || !ended) throw new Error('script');
    await p.pipeline.onEvent(ringing);
    const update = p.updates.at(-1);
    expect(update?.contacts?.map((c) => c.id).sort()).toEqual([first.id, second.id, lead.id].sort());
    expect(update?.picked).toBe(`contacts:${first.id}`);
    await p.pipeline.onEvent(answered);
    await p.pipeline.onEvent(ended);
    // Several matches and no pick yet: the journal waits for the agent.
    await p.delivery.deliverDue();
    expect(p.server.calls).toHaveLength(0);
    p.pipeline.pick(ringing.sipCallId, `leads:${lead.id}`);
    await p.delivery.settle();
    expect(p.server.calls).toHaveLength(1);
    expect(p.server.calls[0]?.body).toMatchObject({ contactId: lead.id, contactType: 'leads' });
    expect(p.server.tickets).toHaveLength(1);
    expect(p.server.tickets[0]?.body).toMatchObject({ contactId: lead.id });
  });

  it('defaults to the contact picked last time for the number', async () => {
    p = await startPipeline('basic', (s) => {
      s.matches = { defaultPick: 'last-picked', pickWaitSeconds: 0 };
    });
    p.server.addContact({ first_name: 'A', phone: '+14155550210' });
    const b = p.server.addContact({ first_name: 'B', phone: '+14155550210' });
    const call1 = callEvents({ from: '+14155550210', talk: 5 });
    const ringing = call1[0];
    if (!ringing) throw new Error('script');
    await p.pipeline.onEvent(ringing);
    p.pipeline.pick(ringing.sipCallId, `contacts:${b.id}`);
    await p.call(call1.slice(1));
    await p.call(callEvents({ from: '+14155550210', talk: 5 }));
    expect(p.server.calls.map((c) => c.body.contactId)).toEqual([b.id, b.id]);
  });
});

describe('contact synchronization', () => {
  it('with Always Query off serves a known number from the phonebook without asking the helpdesk', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactSync.alwaysQuery = false;
    });
    p.server.addContact({ first_name: 'Ada', phone: '+14155550220' });
    await p.call(callEvents({ from: '+14155550220', talk: 5 }));
    const searchesAfterFirst = p.server.apiRequests('/api/contacts/search').length;
    expect(searchesAfterFirst).toBe(3);
    await p.call(callEvents({ from: '(415) 555-0220', talk: 5 }));
    expect(p.server.apiRequests('/api/contacts/search')).toHaveLength(3);
    expect(p.phonebook.list().map((e) => e.number)).toEqual(['+14155550220']);
    expect(p.server.calls).toHaveLength(2);
  });

  it('with Always Query on asks every time, and concurrent calls from one number share one search', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactSync.types = ['contacts'];
    }, { latencyMs: 30 });
    p.server.addContact({ first_name: 'Ada', phone: '+14155550230' });
    const a = callEvents({ from: '+14155550230', talk: 5 });
    const b = callEvents({ from: '+14155550230', talk: 5 });
    const [ringA, ringB] = [a[0], b[0]];
    if (!ringA || !ringB) throw new Error('script');
    await Promise.all([p.pipeline.onEvent(ringA), p.pipeline.onEvent(ringB)]);
    expect(p.server.apiRequests('/api/contacts/search')).toHaveLength(1);
    await p.call(callEvents({ from: '+14155550230', talk: 5 }));
    expect(p.server.apiRequests('/api/contacts/search')).toHaveLength(2);
    expect(p.server.apiRequests('/api/contacts/search').every((r) => r.query.type === 'contacts')).toBe(true);
  });

  it('sends the number in the format the admin chose', async () => {
    p = await startPipeline('basic', (s) => {
      s.phoneFormat = 'national';
      s.contactSync.types = ['contacts'];
    });
    await p.call(callEvents({ from: '+1 415-555-0240', talk: 5 }));
    expect(p.server.apiRequests('/api/contacts/search')[0]?.query.phone).toBe('4155550240');
  });
});

describe('popups', () => {
  it('opens on answer or at call end when chosen, only for incoming calls, and not at all when manual', async () => {
    p = await startPipeline('basic', (s) => {
      s.popup.trigger = 'answered';
    });
    p.server.addContact({ first_name: 'Ada', phone: '+14155550250' });
    await p.call(callEvents({ from: '+14155550250', ringFor: 5 }));
    expect(p.popups).toHaveLength(0);
    await p.call(callEvents({ from: '+14155550250', talk: 5 }));
    expect(p.popups).toHaveLength(1);
    p.settings.integration.popup.trigger = 'end';
    await p.call(callEvents({ direction: 'outbound', from: '+14155550250', talk: 5 }));
    expect(p.popups).toHaveLength(1);
    await p.call(callEvents({ from: '+14155550250', ringFor: 5 }));
    expect(p.popups).toHaveLength(2);
    p.settings.integration.popup.method = 'manual';
    const events = callEvents({ from: '+14155550250', talk: 5 });
    await p.call(events);
    expect(p.popups).toHaveLength(2);
    const url = await p.pipeline.openContact(events[0]?.sipCallId ?? '');
    expect(p.popups.at(-1)).toBe(url);
  });
});
