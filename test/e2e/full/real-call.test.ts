// The whole product end to end: calls from a real SIP phone (sipp) through a
// real SIP server (Kamailio, rtpengine for the media) to Ringdesk's real
// renderer in Chromium, which an administrator set up through its screens
// against a real Request Tracker 5. Assertions are on what RT stored (REST2
// read-back), on what the call window showed, and on the contact page handed
// to the system browser's place (the host's URL opener).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../shared/calls/call-event';
import type { OutboxItem } from '../../../shared/calls/outbox-item';
import { clockDuration } from '../../../shared/calls/call-time';
import type { RtTransaction, RtUser } from '../../helpdesk/rt/rt-rest';
import { seededDesk } from '../../helpdesk/rt/rt-server';
import { openAsAgent } from '../../helpdesk/rt/rt-web';
import { waitForCallEvent, waitForRegistration, waitUntil } from '../../support/sip/ringdesk-agent';
import { runSipp, sippFailure } from '../../support/sip/sipp';
import type { SippRun } from '../../support/sip/sipp';
import { addSipAccount, agentLine, associateAgent, connectToRequestTracker, enableFeatures, installRequestTrackerTemplate, RECORDING_LINK, rtAgent, settingsOf, t } from './admin-setup';
import { callCard, cardOfCall, screenshot, waitForState, waitForTask } from './call-window';
import { fullStackTools, startFullStack } from './full-stack';
import type { FullStack } from './full-stack';

const tools = fullStackTools();
const hostileScenario = join(import.meta.dirname, 'uac-asserted-name.xml');

const comments = (history: readonly RtTransaction[]) => history.filter((t) => t.type === 'Comment');
// RT keeps a comment's Subject as a MIME header, folded after ~76 characters: unfold it as a mail reader would.
const subjectOf = (t: RtTransaction) => (t.attachments[0]?.Subject ?? '').replace(/\r?\n(?=[ \t])/g, '');
/** sipp ran its scenario to the end; its own account of what went wrong otherwise. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The journal's link to an answered call's recording: RECORDING_LINK with the SIP Call-ID, URL-escaped. */
const recordingOf = (sipCallId: string) => `https://pbx.example.com/recordings/${encodeURIComponent(sipCallId)}.wav`;
const expectSippDone = (run: SippRun) => expect(run.exitCode, sippFailure(run)).toBe(0);
const ticketIdOf = (chipText: string) => Number(/#(\d+)/.exec(chipText)?.[1] ?? Number.NaN);

describe.skipIf(!tools.ok)(`a real call through a real SIP server into a real Request Tracker${tools.ok ? '' : ` (${tools.reason})`}`, () => {
  let stack: FullStack | undefined;
  let accountId = '';
  let carl: RtUser;
  const sipps: Promise<SippRun>[] = [];

  const full = (): FullStack => {
    if (!stack) throw new Error('the full stack did not start');
    return stack;
  };
  const ringingFrom = (number: string, after: number) =>
    waitForCallEvent(full().agent, `ringing from ${number}`, (e) => e.kind === 'ringing' && e.remoteNumber === number && e.at >= after);
  const endedOf = (sipCallId: string) =>
    waitForCallEvent(full().agent, `the end of ${sipCallId}`, (e) => e.kind === 'ended' && e.sipCallId === sipCallId, 30_000) as Promise<Extract<CallEvent, { kind: 'ended' }>>;
  const outboxOf = async (sipCallId: string) => (await full().agent.invoke('outbox.list')).filter((i: OutboxItem) => i.callId === sipCallId);

  beforeAll(async () => {
    stack = await startFullStack();
    carl = await stack.rest.user(seededDesk.carl.name);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(sipps);
    await stack?.close();
  }, 60_000);

  it('is set up by an administrator through its screens: account, template, Basic auth, user association, features', async () => {
    const { main, rt, agent } = full();
    accountId = await addSipAccount(main);
    await waitForRegistration(agent, accountId, 'registered');
    await installRequestTrackerTemplate(main);
    await connectToRequestTracker(main, rt);
    await associateAgent(main);
    await enableFeatures(main);

    const { integration } = await settingsOf(main);
    const rtAgentUser = await full().rest.user(rtAgent.name);
    expect(integration.associations).toEqual({ [accountId]: String(rtAgentUser.id) });
    expect(integration.fields).toMatchObject({ rt_url: rt.baseUrl, username: rt.basicAuth.user, queue: seededDesk.queue });
    // The password went to the secret store, not to the settings.
    expect(integration.fields.password).toBeUndefined();
    expect(integration.contactSync).toMatchObject({ enabled: true });
    expect(integration.contactCreation).toMatchObject({ enabled: true, method: 'automatic', callTypes: ['inbound'] });
    expect(integration.popup).toEqual({ enabled: true, method: 'automatic', trigger: 'answered' });
    expect(integration.journal).toMatchObject({ enabled: true, playCallRecording: true, recordingLink: RECORDING_LINK });
    expect(integration.ticket).toMatchObject({ enabled: true, when: 'before', beforeCallTypes: ['inbound'] });
    expect(await agent.invoke('integration.status')).toMatchObject({ state: 'connected', authMethod: 'basic' });
    await screenshot(main, 'admin-features');
  }, 90_000);

  it('call 1: a known caller rings with the RT contact, gets a ticket while ringing, pops the contact on answer, talks, and is journalled', async () => {
    const { agent, callWindow, rest, popups, rt } = full();
    const number = seededDesk.carl.workPhone;
    const shownAs = 'Front Desk Line';
    const before = (await rest.ticketsOfRequestor(carl.id)).map((x) => x.id);
    const start = Date.now();
    const sipp = runSipp(full().ns, { scenario: 'uac-long-call.xml', service: agentLine.user, displayName: shownAs, callerNumber: number, extra: ['-rtp_echo'], name: 'call-1' });
    sipps.push(sipp);

    const ringing = await ringingFrom(number, start);
    const card = callCard(callWindow, shownAs);
    // The name comes from RT (the caller ID says "Front Desk Line").
    await card.getByRole('listitem', { name: seededDesk.carl.realName }).waitFor();
    expect(await card.textContent()).toContain(seededDesk.carl.organization);
    await screenshot(callWindow, 'call1-ringing-contact');

    // The ticket exists in RT while the phone still rings.
    const ticketChip = await waitForTask(card, 'ticket', 'done');
    const ticketId = ticketIdOf(ticketChip);
    expect(ticketChip).toBe(t('call.ticket.done', { id: String(ticketId) }));
    const created = (await rest.ticketsOfRequestor(carl.id)).filter((x) => !before.includes(x.id));
    expect(created).toEqual([{ id: ticketId, Subject: `Inbound call - from ${shownAs} <${number}> to ${agentLine.user}`, Status: 'new' }]);
    expect(await card.getAttribute('data-state')).toBe('ringing');
    expect(popups.opened()).toEqual([]);
    await screenshot(callWindow, 'call1-ringing-ticket');

    await card.getByRole('button', { name: t('phone.answer') }).click();
    await waitForCallEvent(agent, 'answered', (e) => e.kind === 'answered' && e.sipCallId === ringing.sipCallId);
    const contactUrl = `${rt.baseUrl}/User/Summary.html?id=${carl.id}`;
    const opened = await waitUntil('the contact page handed to the URL opener', async () => popups.opened().find((p) => p.url === contactUrl));
    expect(popups.opened()).toEqual([opened]);
    // The page RT shows an agent at that address is Carl's.
    const page = await openAsAgent(rt.baseUrl, opened.url, rt.basicAuth.user, rt.basicAuth.password);
    expect(page).toMatchObject({ status: 200, title: `User: ${seededDesk.carl.realName} <${seededDesk.carl.name}>` });

    const stats = await waitUntil('audio both ways through rtpengine', async () => {
      const s = (await agent.stats()).find((c) => c.sipCallId === ringing.sipCallId);
      return s && s.packetsSent > 50 && s.packetsReceived > 50 ? s : undefined;
    });
    expect(stats.iceState).toMatch(/connected|completed/);
    await waitForState(card, 'answered');
    await screenshot(callWindow, 'call1-talking');

    // sipp hangs up after its 8 s of talk.
    const ended = await endedOf(ringing.sipCallId);
    expect(ended).toMatchObject({ disposition: 'ANSWERED', endedBy: 'remote' });
    expectSippDone(await sipp);
    expect(await waitForTask(card, 'journal', 'done')).toBe(t('call.journal.done'));
    await waitForState(card, 'ended');
    await screenshot(callWindow, 'call1-ended');

    const talk = clockDuration(Math.floor(((ended.endedAt) - (ended.answeredAt ?? ended.endedAt)) / 1000));
    expect(talk).not.toBe('00:00:00');
    expect((await rest.ticketsOfRequestor(carl.id)).map((x) => x.id)).toEqual([...before, ticketId]);
    expect(await rest.ticket(ticketId)).toMatchObject({ Status: 'new', Queue: { id: '1' } });
    const history = await rest.ticketHistory(ticketId);
    expect(history.find((x) => x.type === 'Create')?.content).toMatch(new RegExp(`Inbound call from ${shownAs} <\\+15551230001> to 1001: ringing$`));
    expect(comments(history).map((x) => [x.creator, subjectOf(x), x.content])).toEqual(
      expect.arrayContaining([
        ['root', 'Call ended: Completed', expect.stringMatching(new RegExp(`Completed \\(ANSWERED\\), talk ${talk}$`))],
        ['root', `Call journal: Incoming Call - from ${shownAs} <${number}> to 1001`, expect.stringMatching(new RegExp(`Incoming Call: Inbound Completed \\(ANSWERED\\) from ${shownAs} <\\+15551230001> to 1001, talk ${talk}, recording ${escapeRegExp(recordingOf(ringing.sipCallId))}$`))],
      ]),
    );
    expect(comments(history)).toHaveLength(2);
  }, 90_000);

  it('call 2: an unknown number that nobody answers becomes an RT user with a missed-call journal', async () => {
    const { callWindow, rest } = full();
    const number = '+15557770042';
    const shownAs = 'Nora Newcomer';
    expect(await rest.usersByPhone('WorkPhone', number)).toEqual([]);
    const start = Date.now();
    const sipp = runSipp(full().ns, { scenario: 'uac-display.xml', service: agentLine.user, displayName: shownAs, callerNumber: number, name: 'call-2' });
    sipps.push(sipp);
    const ringing = await ringingFrom(number, start);
    const card = callCard(callWindow, shownAs);
    await card.getByRole('listitem', { name: shownAs }).waitFor();
    await screenshot(callWindow, 'call2-unknown-created');

    const ended = await endedOf(ringing.sipCallId);
    expect(ended).toMatchObject({ disposition: 'MISSED', endedBy: 'remote' });
    expectSippDone(await sipp);
    await waitForTask(card, 'journal', 'done');
    await screenshot(callWindow, 'call2-missed');

    const [nora] = await rest.usersByPhone('WorkPhone', number);
    expect(nora).toMatchObject({ Name: number, RealName: shownAs, WorkPhone: number });
    if (!nora) throw new Error('no RT user for the unknown caller');
    const tickets = await rest.ticketsOfRequestor(nora.id);
    expect(tickets, `the caller's tickets: ${JSON.stringify(tickets)}`).toHaveLength(1);
    const history = await rest.ticketHistory(tickets[0]?.id ?? 0);
    const journals = comments(history).filter((x) => subjectOf(x).startsWith('Call journal:'));
    expect(journals.map((x) => [subjectOf(x), x.content])).toEqual([
      [`Call journal: Missed Call - from ${shownAs} <${number}> to 1001`, expect.stringMatching(/Missed Call: Inbound Missed \(MISSED\) from .* talk 00:00:00$/)],
    ]);
  }, 60_000);

  it('call 3: with RT down the journal waits in the outbox, shown pending, and lands exactly once when RT is back', async () => {
    const { callWindow } = full();
    const number = seededDesk.dana.homePhone;
    const shownAs = 'Dana Outage';
    await full().stopRequestTracker();
    const start = Date.now();
    const sipp = runSipp(full().ns, { scenario: 'uac-display.xml', service: agentLine.user, displayName: shownAs, callerNumber: number, name: 'call-3' });
    sipps.push(sipp);
    const ringing = await ringingFrom(number, start);
    const card = callCard(callWindow, shownAs);
    await endedOf(ringing.sipCallId);
    expectSippDone(await sipp);
    await waitForTask(card, 'journal', 'pending');
    const waiting = await waitUntil('the journal to be queued after a failed attempt', async () => {
      const journal = (await outboxOf(ringing.sipCallId)).find((i) => i.scenario === 'CallJournal');
      return journal?.state === 'pending' ? journal : undefined;
    });
    expect(waiting.state).toBe('pending');
    await screenshot(callWindow, 'call3-rt-down-pending');

    await full().startRequestTrackerAgain();
    await waitForTask(card, 'journal', 'done', 90_000);
    await screenshot(callWindow, 'call3-rt-back-sent');
    expect((await outboxOf(ringing.sipCallId)).map((i) => [i.scenario, i.state])).toEqual(expect.arrayContaining([['CallJournal', 'done']]));

    // Exactly one journal for the call in all of RT: a comment on the call's ticket, or a resolved ticket of its own.
    const { rest } = full();
    const tickets = await rest.ticketsWhere(`Subject LIKE '${shownAs}'`);
    const journalTickets = tickets.filter((x) => x.Subject.startsWith('Call journal:'));
    let journalComments = 0;
    for (const ticket of tickets) {
      journalComments += comments(await rest.ticketHistory(ticket.id)).filter((x) => subjectOf(x).startsWith('Call journal:')).length;
    }
    expect(journalTickets.length + journalComments).toBe(1);
  }, 150_000);

  it('call 4: a caller ID built to break out of JSON stays text: the subject holds it literally and the ticket stays new', async () => {
    const { callWindow, rest } = full();
    const number = '+15557770005';
    // A SIP display name can carry a line break only folded (CRLF + TAB) and quotes only as quoted-pairs.
    // Kamailio refuses such a From (400), so the name comes as the asserted identity (see the scenario).
    const sent = 'Eve\\", \\"Status\\": \\"resolved\r\n\t, \\"Queue\\": \\"Nope';
    const name = 'Eve", "Status": "resolved\r\n\t, "Queue": "Nope';
    const start = Date.now();
    const sipp = runSipp(full().ns, {
      scenario: 'uac-ring-cancel.xml',
      scenarioFile: hostileScenario,
      service: agentLine.user,
      displayName: sent,
      extra: ['-key', 'fname', 'Eve\\", \\"Status\\": \\"resolved'],
      callerNumber: number,
      name: 'call-4',
    });
    sipps.push(sipp);
    const ringing = await ringingFrom(number, start);
    expect(ringing.remoteDisplayName).toBe(name);
    await endedOf(ringing.sipCallId);
    expectSippDone(await sipp);
    const card = cardOfCall(callWindow, ringing.sipCallId);
    await waitForTask(card, 'journal', 'done').catch(async (error: unknown) => {
      await screenshot(callWindow, 'call4-journal-not-done');
      throw error;
    });
    await screenshot(callWindow, 'call4-hostile-name');

    const [eve] = await rest.usersByPhone('WorkPhone', number);
    if (!eve) throw new Error('the hostile caller was not created in RT');
    const [ticket, ...more] = await rest.ticketsOfRequestor(eve.id);
    expect(more).toEqual([]);
    if (!ticket) throw new Error('no ticket for the hostile caller');
    expect(ticket.Subject).toContain('Eve", "Status": "resolved');
    expect(ticket.Status).toBe('new');
    expect(await rest.ticket(ticket.id)).toMatchObject({ Status: 'new', Queue: { id: '1' } });
    const history = await rest.ticketHistory(ticket.id);
    expect(history.some((x) => x.type === 'Status')).toBe(false);
    // The ticket's text keeps the line break (RT stores text with LF line ends).
    expect(history.find((x) => x.type === 'Create')?.content).toContain(name.replace(/\r\n/g, '\n'));
  }, 60_000);
});
