// The whole product under a real call (test/e2e/full/): sipp -> Kamailio ->
// Ringdesk's renderer in Chromium -> main -> Request Tracker 5, set up through
// the screens as the e2e test does. Measures:
//   - call 1 as in the test (popup on Answered, answered the moment the
//     Answer button shows): ring -> popup, split into ring -> answered and
//     answered -> popup;
//   - five calls with the popup on ring: ring -> popup;
//   - HTTP requests Ringdesk sent to RT per call (counted on the wire, at the
//     namespace bridge).
// Floors, measured in the same run: the template's three phone searches sent
// by fetch straight to RT, two at a time (the template's MaxConcurrentRequest),
// and the template's request count (3 searches + ticket + update + journal).
// Ring time is the renderer's INVITE arrival (CallEvent.startedAt); popup time
// is when the host ran its URL opener. Skips, saying why, when tools are missing.
import type { CallEvent } from '../../shared/calls/call-event';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { seededDesk } from '../helpdesk/rt/rt-server';
import { waitForCallEvent, waitForRegistration, waitUntil } from '../support/sip/ringdesk-agent';
import { runSipp } from '../support/sip/sipp';
import { addSipAccount, agentLine, associateAgent, connectToRequestTracker, enableFeatures, installRequestTrackerTemplate, t } from '../e2e/full/admin-setup';
import { callCard } from '../e2e/full/call-window';
import { fullStackTools, startFullStack } from '../e2e/full/full-stack';
import type { FullStack } from '../e2e/full/full-stack';

const RING_CALLS = 5;
const TEMPLATE_REQUESTS_PER_CALL = 6;
const FIELDS = 'id,Name,RealName,EmailAddress,Organization,WorkPhone,MobilePhone,HomePhone';

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;

/** The three phone searches of the template, by fetch, two in flight at a time; returns the time until all answered. */
async function searchesAlone(stack: FullStack, phone: string): Promise<number> {
  const authorization = `Basic ${Buffer.from(`${stack.rt.basicAuth.user}:${stack.rt.basicAuth.password}`).toString('base64')}`;
  const search = async (field: string) => {
    const response = await fetch(`${stack.rt.restUrl}/users?fields=${FIELDS}`, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify([{ field, value: phone }]),
    });
    await response.text();
    if (!response.ok) throw new Error(`floor: search by ${field} -> HTTP ${response.status}`);
  };
  const started = performance.now();
  await Promise.all([search('WorkPhone'), search('MobilePhone')]);
  await search('HomePhone');
  return performance.now() - started;
}

async function settled(stack: FullStack, sipCallId: string): Promise<void> {
  await waitUntil(`the after-call work of ${sipCallId}`, async () => {
    const items = (await stack.agent.invoke('outbox.list')).filter((i: OutboxItem) => i.callId === sipCallId);
    return items.some((i) => i.scenario === 'CallJournal') && items.every((i) => i.state === 'done');
  }, 60_000);
}

interface MeasuredCall {
  readonly ringing: CallEvent;
  readonly popupAt: number;
  readonly requests: number;
}

async function call(stack: FullStack, scenario: 'uac-long-call.xml' | 'uac-ring-cancel.xml', name: string, answer: boolean): Promise<MeasuredCall & { answeredAt?: number }> {
  const number = seededDesk.carl.workPhone;
  const from = Date.now();
  const openedBefore = stack.popups.opened().length;
  const sipp = runSipp(stack.ns, { scenario, service: agentLine.user, displayName: name, callerNumber: number, extra: ['-rtp_echo'], name });
  const ringing = await waitForCallEvent(stack.agent, `ringing ${name}`, (e) => e.kind === 'ringing' && e.remoteDisplayName === name && e.at >= from);
  let answeredAt: number | undefined;
  if (answer) {
    await callCard(stack.callWindow, name).getByRole('button', { name: t('phone.answer') }).click();
    const answered = await waitForCallEvent(stack.agent, `answered ${name}`, (e) => e.kind === 'answered' && e.sipCallId === ringing.sipCallId);
    answeredAt = answered.kind === 'answered' ? answered.answeredAt : undefined;
  }
  const popup = await waitUntil(`the popup of ${name}`, async () => stack.popups.opened()[openedBefore], 30_000);
  await waitForCallEvent(stack.agent, `end of ${name}`, (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId, 30_000);
  await sipp;
  await settled(stack, ringing.sipCallId);
  const requests = stack.bridge.requests.filter((r) => r.at >= from).length;
  return { ringing, popupAt: popup.at, requests, ...(answeredAt === undefined ? {} : { answeredAt }) };
}

export default async function (): Promise<void> {
  let tools;
  try {
    tools = fullStackTools();
  } catch (error) {
    // Under CI a missing tool fails tests; a benchmark only reports it.
    tools = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!tools.ok) {
    console.log(`full-call bench skipped: ${tools.reason}`);
    return;
  }
  const stack = await startFullStack();
  try {
    const accountId = await addSipAccount(stack.main);
    await waitForRegistration(stack.agent, accountId, 'registered');
    await installRequestTrackerTemplate(stack.main);
    await connectToRequestTracker(stack.main, stack.rt);
    await associateAgent(stack.main);
    await enableFeatures(stack.main);

    // Call 1, as in the e2e test: popup on Answered. Nothing warmed up before it: it is the agent's first call.
    const first = await call(stack, 'uac-long-call.xml', 'Bench Call One', true);
    const floorSearches: number[] = [];
    for (let i = 0; i < 5; i++) floorSearches.push(await searchesAlone(stack, seededDesk.carl.workPhone));

    // Then the popup on ring, through the settings channel the Features screen uses.
    const { integration } = await stack.agent.invoke('settings.get');
    await stack.agent.invoke('settings.set', { integration: { popup: { ...integration.popup, trigger: 'ring' } } });
    const onRing: MeasuredCall[] = [];
    for (let i = 0; i < RING_CALLS; i++) {
      onRing.push(await call(stack, 'uac-ring-cancel.xml', `Bench Ring ${i}`, false));
      floorSearches.push(await searchesAlone(stack, seededDesk.carl.workPhone));
    }

    const floor = median(floorSearches);
    const ringToPopup = first.popupAt - first.ringing.startedAt;
    const ringToAnswer = (first.answeredAt ?? Number.NaN) - first.ringing.startedAt;
    const answerToPopup = first.popupAt - (first.answeredAt ?? Number.NaN);
    const ringPopups = onRing.map((c) => c.popupAt - c.ringing.startedAt);
    const requests = [first, ...onRing].map((c) => c.requests);

    console.log('\nA real call through Kamailio into Ringdesk (Chromium) and Request Tracker 5 (RT --max-workers 2, BcryptCost 8)');
    console.log(`  call 1 (popup on Answered): ring -> popup ${ms(ringToPopup)} = ring -> answered ${ms(ringToAnswer)} + answered -> popup ${ms(answerToPopup)}`);
    console.log(`    floor: max(ring -> answered, three searches alone ${ms(floor)}) = ${ms(Math.max(ringToAnswer, floor))}   ratio ${(ringToPopup / Math.max(ringToAnswer, floor)).toFixed(2)}x`);
    console.log(`  popup on ring, ${RING_CALLS} calls: ring -> popup median ${ms(median(ringPopups))} (min ${ms(Math.min(...ringPopups))}, max ${ms(Math.max(...ringPopups))})   three searches alone ${ms(floor)}   ratio ${(median(ringPopups) / floor).toFixed(2)}x`);
    console.log(`  HTTP requests to RT per call (on the wire): call 1 ${first.requests}, then ${onRing.map((c) => c.requests).join(', ')}   template's requests alone ${TEMPLATE_REQUESTS_PER_CALL}   ratio ${(median(requests) / TEMPLATE_REQUESTS_PER_CALL).toFixed(2)}x`);
  } finally {
    await stack.close();
  }
}
