// The shipped Request Tracker template run by Ringdesk's engine, the way the
// app runs it (the integration feature fed with the phone's call events),
// against a real RT 5: lookups by each phone column, contact creation,
// tickets before and after the call, the call journal, a hostile caller
// name, and RT going down while a call ends. Assertions are on what RT stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestTrackerRest } from '../../helpdesk/rt/rt-rest';
import type { RtTransaction, RtUser } from '../../helpdesk/rt/rt-rest';
import { requestTrackerTools, seededDesk, startRequestTracker } from '../../helpdesk/rt/rt-server';
import type { RunningRequestTracker } from '../../helpdesk/rt/rt-server';
import { callEvents, connectRingdesk } from '../../helpdesk/rt/ringdesk-on-rt';
import type { RingdeskOnRt } from '../../helpdesk/rt/ringdesk-on-rt';
import { openAsAgent } from '../../helpdesk/rt/rt-web';

const tools = requestTrackerTools();

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const comments = (history: readonly RtTransaction[]) => history.filter((t) => t.type === 'Comment');
// RT keeps a comment's Subject as a MIME header, folded after ~76 characters: unfold it as a mail reader would.
const subjectOf = (t: RtTransaction) => (t.attachments[0]?.Subject ?? '').replace(/\r?\n(?=[ \t])/g, '');

describe.skipIf(!tools.ok)(`the Request Tracker template run by the engine against RT 5${tools.ok ? '' : ` (${tools.reason})`}`, () => {
  let rt: RunningRequestTracker | undefined;
  let ringdesk: RingdeskOnRt | undefined;
  let rest: RequestTrackerRest;
  let carl: RtUser;
  let dana: RtUser;

  const desk = (): RunningRequestTracker => {
    if (!rt) throw new Error('Request Tracker did not start');
    return rt;
  };
  const app = (): RingdeskOnRt => {
    if (!ringdesk) throw new Error('Ringdesk did not connect');
    return ringdesk;
  };
  /** The one ticket a call left with this requestor (RT ticket ids are numbers). */
  const newTicketOf = async (userId: number, before: readonly number[]) => {
    const created = (await rest.ticketsOfRequestor(userId)).filter((t) => !before.includes(t.id));
    expect(created).toHaveLength(1);
    const [ticket] = created;
    if (!ticket) throw new Error('no ticket');
    return ticket;
  };
  const ticketIds = async (userId: number) => (await rest.ticketsOfRequestor(userId)).map((t) => t.id);

  beforeAll(async () => {
    rt = await startRequestTracker();
    rest = new RequestTrackerRest(rt.restUrl, rt.token);
    [carl, dana] = await Promise.all([rest.user(seededDesk.carl.name), rest.user(seededDesk.dana.name)]);
    ringdesk = await connectRingdesk(rt);
  }, 120_000);

  afterAll(async () => {
    await ringdesk?.close();
    await rt?.stop();
  });

  beforeEach(() => {
    // Each test sets the features it is about; these are the app's defaults otherwise.
    const s = app().settings.integration;
    s.contactCreation = { enabled: false, type: '', method: 'manual', callTypes: ['inbound'] };
    s.ticket = { enabled: false, when: 'after', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    s.journal = { enabled: true, subject: undefined, description: undefined, playCallRecording: false, recordingLink: '' };
  });

  it('connects with Basic auth and associates the SIP account with the RT user of the same email', async () => {
    expect(app().status).toMatchObject({ templateKey: 'request-tracker', state: 'connected', authMethod: 'basic' });
    const agent1 = await rest.user('agent1');
    expect(app().feature.runtime.users()).toContainEqual({ id: String(agent1.id), firstName: 'Alice Agent', lastName: 'agent1', email: 'alice@example.test' });
    app().settings.integration.accountEmails = { acc1: 'alice@example.test' };
    const { associations } = await app().feature.handlers['integration.associate.byEmail'](undefined);
    expect(associations).toEqual({ acc1: String(agent1.id) });
  });

  it.each([
    ['WorkPhone', seededDesk.carl.workPhone, () => carl],
    ['MobilePhone', seededDesk.carl.mobilePhone, () => carl],
    ['HomePhone', seededDesk.dana.homePhone, () => dana],
  ] as const)('finds the seeded contact by %s and pops up the contact page while it rings', async (column, number, who) => {
    const { callId, ringing } = callEvents({ from: number });
    await app().send([ringing]);
    const contact = who();
    const session = app().feature.pipeline.session(callId);
    expect(session?.contacts).toEqual([
      expect.objectContaining({ syncType: column, id: String(contact.id), displayName: contact.RealName, url: `${desk().baseUrl}/User/Summary.html?id=${contact.id}` }),
    ]);
    expect(session?.contacts[0]?.fields).toMatchObject({ Email: contact.EmailAddress, Company: contact.Organization, BusinessNumber: contact.WorkPhone, MobileNumber: contact.MobilePhone, HomeNumber: contact.HomePhone });
    expect(app().popups.at(-1)?.url).toBe(`${desk().baseUrl}/User/Summary.html?id=${contact.id}`);
    // One search per phone column and nothing else while it rings.
    expect(app().requestsOf(callId)).toBe(3);
  });

  it('pops up a page that RT shows an agent as the contact', async () => {
    const page = await openAsAgent(desk().baseUrl, `${desk().baseUrl}/User/Summary.html?id=${carl.id}`, seededDesk.root.user, seededDesk.root.password);
    expect(page).toMatchObject({ status: 200, title: `User: ${seededDesk.carl.realName} <${seededDesk.carl.name}>` });
  });

  it('creates an unknown caller dialled nationally as an RT user that the next lookup finds, and journals the call as a resolved ticket', async () => {
    app().settings.integration.contactCreation = { enabled: true, type: '', method: 'automatic', callTypes: ['inbound'] };
    const { callId, all } = callEvents({ from: '5557770001', name: 'New Caller', talk: 65 });
    await app().call(all);

    const [created] = await rest.usersByPhone('WorkPhone', '+15557770001');
    expect(created).toMatchObject({ Name: '+15557770001', RealName: 'New Caller', WorkPhone: '+15557770001' });
    if (!created) throw new Error('no contact created');
    expect(app().popups.at(-1)?.url).toBe(`${desk().baseUrl}/User/Summary.html?id=${created.id}`);
    expect(app().feature.pipeline.session(callId)?.contacts.map((c) => c.id)).toEqual([String(created.id)]);

    // No ticket for this call: the journal is a ticket of its own, already resolved, with the caller as requestor.
    const journal = await newTicketOf(created.id, []);
    expect(journal).toMatchObject({ Subject: 'Call journal: Incoming Call - from New Caller <5557770001> to 1001', Status: 'resolved' });
    const stored = await rest.ticket(journal.id);
    expect(stored.Requestor.map((r) => r.id)).toEqual(['+15557770001']);
    const history = await rest.ticketHistory(journal.id);
    expect(history.find((t) => t.type === 'Create')?.content).toMatch(/Incoming Call: Inbound Completed \(ANSWERED\) from New Caller <5557770001> to 1001, talk 00:01:05$/);
    expect(app().feature.outbox.list().filter((i) => i.callId === callId).map((i) => [i.scenario, i.state])).toEqual([['CallJournal', 'done']]);
  });

  it('creates a ticket while an inbound call rings, comments the outcome after it and journals on the same ticket', async () => {
    app().settings.integration.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    const before = await ticketIds(carl.id);
    const { callId, ringing, rest: afterRinging } = callEvents({ from: seededDesk.carl.workPhone, name: 'Carl Contact', talk: 42 });
    await app().send([ringing]);
    expect(await app().feature.delivery.settle(30_000)).toBe(true);

    const ticket = await newTicketOf(carl.id, before);
    expect(ticket).toEqual({ id: ticket.id, Subject: `Inbound call - from Carl Contact <${seededDesk.carl.workPhone}> to 1001`, Status: 'new' });
    expect(app().updates.filter((u) => u.sipCallId === callId).at(-1)?.ticket).toEqual({ status: 'done', id: String(ticket.id) });
    const ringingHistory = await rest.ticketHistory(ticket.id);
    expect(ringingHistory.find((t) => t.type === 'Create')?.content).toMatch(/Inbound call from Carl Contact <\+15551230001> to 1001: ringing$/);

    await app().call(afterRinging);
    expect(await ticketIds(carl.id)).toEqual([...before, ticket.id]);
    const stored = await rest.ticket(ticket.id);
    expect(stored).toMatchObject({ Status: 'new', Queue: { id: '1' } });
    expect(stored.Requestor.map((r) => r.id)).toEqual([seededDesk.carl.name]);
    const history = await rest.ticketHistory(ticket.id);
    const byRoot = comments(history).map((t) => [t.creator, subjectOf(t), t.content]);
    expect(byRoot).toHaveLength(2);
    expect(byRoot).toEqual(
      expect.arrayContaining([
        ['root', 'Call ended: Completed', expect.stringMatching(/Inbound call from Carl Contact <\+15551230001> to 1001: Completed \(ANSWERED\), talk 00:00:42$/)],
        [
          'root',
          `Call journal: Incoming Call - from Carl Contact <${seededDesk.carl.workPhone}> to 1001`,
          expect.stringMatching(/Incoming Call: Inbound Completed \(ANSWERED\) from Carl Contact <\+15551230001> to 1001, talk 00:00:42$/),
        ],
      ]),
    );
    expect(app().feature.outbox.list().filter((i) => i.callId === callId).every((i) => i.state === 'done')).toBe(true);
  });

  it('creates a ticket after a missed call (the test call path) with the update and the journal on it', async () => {
    app().settings.integration.ticket = { enabled: true, when: 'after', beforeCallTypes: [], afterCallTypes: ['inbound-no-answer'], subject: undefined, description: undefined };
    const before = await ticketIds(dana.id);
    const report = await app().feature.handlers['call.test']({ from: seededDesk.dana.homePhone, name: 'Dana Doe', direction: 'inbound', accountId: 'acc1', answerAfter: 12, waitSeconds: 60 });
    expect(report.errors).toEqual([]);
    expect(report.outbox.map((i) => [i.scenario, i.state]).sort()).toEqual([
      ['CallJournal', 'done'],
      ['CreateNewTicket', 'done'],
    ]);
    // Two searches found nothing, one found Dana; a ticket, its update and the journal comment.
    expect(report.activity.map((a) => `${a.scenario}/${a.request} ${a.status}`).sort()).toEqual([
      'CallJournal/CallJournal 201',
      'CreateNewTicket/CreateNewTicket 201',
      'CreateNewTicket/UpdateTicket 201',
      'SyncContactAuto/HomePhone 200',
      'SyncContactAuto/MobilePhone 200',
      'SyncContactAuto/WorkPhone 200',
    ]);

    const ticket = await newTicketOf(dana.id, before);
    expect(ticket).toEqual({ id: ticket.id, Subject: `Inbound call - from Dana Doe <${seededDesk.dana.homePhone}> to test`, Status: 'new' });
    expect((await rest.ticket(ticket.id)).Requestor.map((r) => r.id)).toEqual([seededDesk.dana.name]);
    const history = await rest.ticketHistory(ticket.id);
    expect(history.find((t) => t.type === 'Create')?.content).toMatch(/: Missed \(MISSED\), talk 00:00:00$/);
    expect(comments(history).map(subjectOf).sort()).toEqual([`Call ended: Missed`, `Call journal: Missed Call - from Dana Doe <${seededDesk.dana.homePhone}> to test`]);
  });

  it('keeps a hostile caller name inside its JSON strings: the subject holds it literally and the ticket stays new', async () => {
    app().settings.integration.contactCreation = { enabled: true, type: '', method: 'automatic', callTypes: ['inbound'] };
    app().settings.integration.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    const name = 'Eve", "Status": "resolved\n, "Queue": "Nope';
    const { callId, all } = callEvents({ from: '+15557770002', name, talk: 7 });
    await app().call(all);
    expect(app().feature.pipeline.session(callId)?.errors).toEqual([]);

    const [eve] = await rest.usersByPhone('WorkPhone', '+15557770002');
    if (!eve) throw new Error('the caller was not created');
    // Contact names are the display name's words (split at any white space, the line break too).
    expect(eve.RealName).toBe('Eve", "Status": "resolved , "Queue": "Nope');
    const ticket = await newTicketOf(eve.id, []);
    // RT drops line breaks from subjects (RT::Ticket::Create); everything else arrives as sent.
    expect(ticket).toEqual({ id: ticket.id, Subject: 'Inbound call - from Eve", "Status": "resolved, "Queue": "Nope <+15557770002> to 1001', Status: 'new' });
    expect(await rest.ticket(ticket.id)).toMatchObject({ Status: 'new', Queue: { id: '1' } });
    const history = await rest.ticketHistory(ticket.id);
    // The ticket content keeps the line break.
    expect(history.find((t) => t.type === 'Create')?.content).toContain(`from ${name} <+15557770002> to 1001: ringing`);
    expect(comments(history).map((t) => t.content)).toEqual(expect.arrayContaining([expect.stringContaining(`Incoming Call: Inbound Completed (ANSWERED) from ${name} <+15557770002>`)]));
    expect(history.some((t) => t.type === 'Status')).toBe(false);
  });

  it('queues the journal while RT is down at the end of a call and delivers it exactly once when RT is back', async () => {
    app().settings.integration.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    const before = await ticketIds(carl.id);
    const { callId, ringing, rest: afterRinging } = callEvents({ from: seededDesk.carl.mobilePhone, name: 'Carl Contact', talk: 30 });
    await app().send([ringing]);
    expect(await app().feature.delivery.settle(30_000)).toBe(true);
    const ticket = await newTicketOf(carl.id, before);

    const down = desk();
    await down.stop({ keepData: true });
    await app().send(afterRinging);
    const outbox = app().feature.outbox;
    // The journal and the ticket's after-call update (the ticket itself was created while RT was up).
    const mine = () => outbox.list().filter((i) => i.callId === callId && i.key !== `${callId}:CreateNewTicket`);
    const waiting = await waitFor('the journal and the update to fail against the stopped RT', () => {
      const items = mine();
      return items.length === 2 && items.every((i) => i.state === 'pending' && i.attempts >= 1) ? items : undefined;
    });
    for (const item of waiting) expect(item.lastError?.message).toMatch(/fetch failed|ECONNREFUSED/);

    rt = await startRequestTracker({ port: down.port, dataDir: down.dataDir, token: down.token });
    expect(await app().feature.delivery.settle(60_000)).toBe(true);
    expect(mine().map((i) => i.state)).toEqual(['done', 'done']);

    expect(await ticketIds(carl.id)).toEqual([...before, ticket.id]);
    const history = await rest.ticketHistory(ticket.id);
    expect(comments(history).map(subjectOf).sort()).toEqual(['Call ended: Completed', `Call journal: Incoming Call - from Carl Contact <${seededDesk.carl.mobilePhone}> to 1001`]);
    expect((await rest.ticket(ticket.id)).Status).toBe('new');
    const journalAttempts = app().feature.activity.list(callId).filter((a) => a.scenario === 'CallJournal');
    expect(journalAttempts.at(-1)?.status).toBe(201);
    expect(journalAttempts.filter((a) => a.status === 201)).toHaveLength(1);
  }, 120_000);
});
