import { afterEach, describe, expect, it } from 'vitest';
import { plainProblem, renderProblem } from '../../../shared/i18n/problem';
import { callEvents, startPipeline } from './pipeline-harness';
import type { Pipeline } from './pipeline-harness';

let p: Pipeline | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

describe('a call through the pipeline', () => {
  it('looks up the caller, pops the contact page on ringing and journals the answered call once', async () => {
    p = await startPipeline('basic');
    const ada = p.server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+1 (415) 555-0100' });
    await p.call(callEvents({ from: '4155550100', name: 'Ada L', talk: 42, answerAfter: 3 }));
    expect(p.popups).toEqual([`${p.server.url}/app/contacts/${ada.id}?owner=owner-1`]);
    expect(p.server.calls).toHaveLength(1);
    const body = p.server.calls[0]?.body ?? {};
    expect(body).toMatchObject({
      subject: 'Extension Call',
      contactId: ada.id,
      contactType: 'contacts',
      direction: 'Inbound',
      status: 'Completed',
      logStatus: 'Incoming Call',
      disposition: 'ANSWERED',
      from: 'Ada L <4155550100>',
      to: '1001',
      talk: '00:00:42',
      talkSec: '42',
      duration: '45',
      start: '1795339800',
      end: '1795339845',
      startIso: '2026-11-22T09:30:00.000Z',
      recordingEnabled: '0',
    });
    expect(String(body.description)).toContain('Incoming Call from Ada L <4155550100> to 1001 00:00:42');
    const searches = p.server.apiRequests('/api/contacts/search');
    expect(searches.map((r) => r.query.phone)).toContain('+14155550100');
  });
});

describe('user association', () => {
  it('gives the journal the helpdesk user associated with the SIP account that took the call', async () => {
    p = await startPipeline('basic');
    const ana = p.server.addUser('Ana', 'Agent', 'ana@example.com');
    await p.runtime.syncUsers();
    p.settings.integration.associations = { acc1: ana };
    await p.call(callEvents({ from: '+14155550170', talk: 5, accountId: 'acc1' }));
    await p.call(callEvents({ from: '+14155550171', talk: 5, accountId: 'acc2' }));
    expect(p.server.calls.map((c) => [c.body.crmId, c.body.agentEmail])).toEqual([[ana, 'ana@example.com'], ['', '']]);
  });
});

describe('contact creation', () => {
  it('creates an unknown inbound caller automatically and journals against the new contact', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactCreation = { enabled: true, type: 'contacts', method: 'automatic', callTypes: ['inbound'] };
    });
    await p.call(callEvents({ from: '+14155550123', name: 'Grace Brewster Hopper', talk: 10 }));
    expect(p.server.createdContacts.map((c) => c.body)).toEqual([{ type: 'contacts', first_name: 'Grace', last_name: 'Brewster Hopper', phone: '+14155550123' }]);
    const created = p.server.contacts.find((c) => c.first_name === 'Grace');
    expect(p.server.calls[0]?.body.contactId).toBe(created?.id);
  });

  it('does not create contacts for outbound calls when only inbound is selected, nor when creation is manual', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactCreation = { enabled: true, type: 'contacts', method: 'automatic', callTypes: ['inbound'] };
    });
    await p.call(callEvents({ direction: 'outbound', from: '+14155550124', talk: 5 }));
    expect(p.server.createdContacts).toHaveLength(0);
    p.settings.integration.contactCreation.method = 'manual';
    await p.call(callEvents({ from: '+14155550125', talk: 5 }));
    expect(p.server.createdContacts).toHaveLength(0);
  });

  it('creates a contact manually from the call window with the names the agent typed', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactCreation = { enabled: true, type: 'leads', method: 'manual', callTypes: [] };
    });
    const [ringing, answered, ended] = callEvents({ from: '+14155550126', talk: 8 });
    if (!ringing || !answered || !ended) throw new Error('script');
    await p.pipeline.onEvent(ringing);
    await p.pipeline.onEvent(answered);
    await p.pipeline.createContact(ringing.sipCallId, { firstName: 'Manual', lastName: 'Entry' });
    await p.call([ended]);
    expect(p.server.createdContacts.map((c) => c.body)).toEqual([{ type: 'leads', first_name: 'Manual', last_name: 'Entry', phone: '+14155550126' }]);
    expect(p.server.calls[0]?.body.contactType).toBe('leads');
  });
});

describe('call journal', () => {
  it('journals missed inbound, unanswered outbound and busy calls with the guide value sets', async () => {
    p = await startPipeline('basic');
    await p.call(callEvents({ from: '+14155550130', ringFor: 12 }));
    await p.call(callEvents({ direction: 'outbound', from: '+14155550131', ringFor: 30 }));
    await p.call(callEvents({ direction: 'outbound', from: '+14155550132', ringFor: 2, disposition: 'BUSY' }));
    await p.call(callEvents({ from: '+14155550133', ringFor: 25, disposition: 'VOICEMAIL' }));
    const rows = p.server.calls.map((c) => [c.body.direction, c.body.status, c.body.logStatus, c.body.disposition, c.body.talk]);
    expect(rows).toEqual([
      ['Inbound', 'Missed', 'Missed Call', 'MISSED', '00:00:00'],
      ['Outbound', 'Missed', 'Outgoing Call', 'NO ANSWER', '00:00:00'],
      ['Outbound', 'Missed', 'Outgoing Call', 'BUSY', '00:00:00'],
      ['Inbound', 'Missed', 'Voicemail', 'VOICEMAIL', '00:00:00'],
    ]);
    expect(p.server.calls[1]?.body).toMatchObject({ from: '1001', to: '+14155550131', calleeNumber: '+14155550131', callerNumber: '1001' });
  });

  it('uses the subject and description from settings and exposes the recording when playback is on', async () => {
    p = await startPipeline('basic', (s) => {
      s.journal = {
        enabled: true,
        subject: 'Call with {{.CallerNumber}}',
        description: '{{.Call_Log_Status}} lasting {{.Talk_Duration_Sec}}s',
        playCallRecording: true,
        recordingLink: 'https://pbx.example.com/recordings/{{.CallId}}.wav?from={{.CallerNumber}}',
      };
    });
    const events = callEvents({ from: '+14155550140', talk: 61 });
    await p.call(events);
    const callId = events[0]?.sipCallId ?? '';
    expect(callId).toContain('@');
    expect(p.server.calls[0]?.body).toMatchObject({
      subject: 'Call with +14155550140',
      description: 'Incoming Call lasting 61s',
      recordingEnabled: '1',
      recording: `https://pbx.example.com/recordings/${encodeURIComponent(callId)}.wav?from=%2B14155550140`,
    });
  });

  it('sends no recording link while playback is off, even with a link set', async () => {
    p = await startPipeline('basic', (s) => {
      s.journal = { enabled: true, playCallRecording: false, recordingLink: 'https://pbx.example.com/recordings/{{.CallId}}.wav' };
    });
    await p.call(callEvents({ from: '+14155550143', talk: 4 }));
    expect(p.server.calls[0]?.body).toMatchObject({ recordingEnabled: '0', recording: '' });
  });

  it('sends nothing when the journal is switched off', async () => {
    p = await startPipeline('basic', (s) => {
      s.journal.enabled = false;
    });
    await p.call(callEvents({ from: '+14155550141', talk: 3 }));
    expect(p.server.calls).toHaveLength(0);
  });

  it('keeps a hostile caller name inside its JSON string', async () => {
    p = await startPipeline('basic');
    await p.call(callEvents({ from: '+14155550142', name: 'Bob "x", "status":"closed', talk: 3 }));
    expect(p.server.calls[0]?.body.callerName).toBe('Bob "x", "status":"closed');
    expect(p.server.calls[0]?.body.status).toBe('Completed');
  });
});

describe('tickets', () => {
  it('creates a ticket when an inbound call rings and adds the update after the call, with the TicketId in the journal', async () => {
    p = await startPipeline('basic', (s) => {
      s.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    });
    const ada = p.server.addContact({ first_name: 'Ada', phone: '+14155550150' });
    const events = callEvents({ from: '+14155550150', talk: 30 });
    const [ringing, ...rest] = events;
    if (!ringing) throw new Error('script');
    await p.pipeline.onEvent(ringing);
    await p.delivery.settle();
    expect(p.server.tickets).toHaveLength(1);
    expect(p.server.tickets[0]?.body).toMatchObject({ contactId: ada.id, departmentId: 'dep-7', subject: 'Inbound Missed - from +14155550150 to 1001' });
    await p.call(rest);
    const ticket = p.server.tickets[0];
    expect(ticket?.comments.map((c) => c.body.disposition)).toEqual(['ANSWERED']);
    expect(p.server.calls[0]?.body.ticketId).toBe(ticket?.id);
    expect(p.server.tickets).toHaveLength(1);
  });

  it('does not send the update of a ticket the agent discarded, and says why in its own words', async () => {
    p = await startPipeline('basic', (s) => {
      s.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    });
    p.server.inject('POST /api/tickets', { kind: 'status', status: 422, body: '{"error":"department is closed"}' }, Infinity);
    const [ringing, ...rest] = callEvents({ from: '+14155550151', talk: 12 });
    if (!ringing) throw new Error('script');
    await p.pipeline.onEvent(ringing);
    await p.delivery.settle();
    const ticket = p.outbox.list().find((i) => i.scenario === 'CreateNewTicket');
    expect(ticket?.state).toBe('failed');
    if (ticket) p.outbox.discard(ticket.id);

    await p.call(rest);
    const update = p.outbox.list().find((i) => i.key.endsWith(':after-call'));
    expect(update).toMatchObject({ state: 'failed', lastError: { code: 'outbox.dependencyDiscarded', params: { key: ticket?.key } } });
    expect(renderProblem(update?.lastError ?? plainProblem(''), 'zh-CN')).toBe(`需要 ${ticket?.key ?? ''}，但它已被放弃`);
    expect(p.server.tickets).toHaveLength(0);
  });

  it('creates a before-call ticket for an outbound call to an unknown number it creates as a contact', async () => {
    p = await startPipeline('basic', (s) => {
      s.contactCreation = { enabled: true, type: 'contacts', method: 'automatic', callTypes: ['outbound'] };
      s.ticket = { enabled: true, when: 'before', beforeCallTypes: ['outbound'], afterCallTypes: [], subject: 'Call to {{.CalleeNumber}}', description: undefined };
    });
    await p.call(callEvents({ direction: 'outbound', from: '+14155550180', ringFor: 10 }));
    await p.call(callEvents({ from: '+14155550181', talk: 3 }));
    expect(p.server.createdContacts.map((c) => c.body.last_name)).toEqual(['+14155550180']);
    const created = p.server.contacts.find((c) => c.phone === '+14155550180');
    expect(p.server.tickets.map((t) => [t.body.subject, t.body.contactId])).toEqual([['Call to +14155550180', created?.id]]);
    expect(p.server.tickets[0]?.comments).toHaveLength(1);
    expect(p.server.calls).toHaveLength(2);
  });

  it('creates after-call tickets only for the selected outcomes', async () => {
    p = await startPipeline('basic', (s) => {
      s.ticket = { enabled: true, when: 'after', beforeCallTypes: [], afterCallTypes: ['inbound-no-answer', 'outbound-answered'], subject: 'T {{.Call_Log_Status}}', description: undefined };
    });
    await p.call(callEvents({ from: '+14155550160', talk: 5 })); // inbound answered: no
    await p.call(callEvents({ from: '+14155550161', ringFor: 9 })); // inbound no answer: yes
    await p.call(callEvents({ direction: 'outbound', from: '+14155550162', talk: 5 })); // outbound answered: yes
    await p.call(callEvents({ direction: 'outbound', from: '+14155550163', ringFor: 9 })); // outbound no answer: no
    expect(p.server.tickets.map((t) => t.body.subject)).toEqual(['T Missed Call', 'T Outgoing Call']);
    expect(p.server.calls).toHaveLength(4);
    expect(p.server.calls[1]?.body.ticketId).toBe(p.server.tickets[0]?.id);
  });
});
