// A call through Ringdesk against a real Request Tracker 5 (the shipped
// template, Basic auth, a ticket created while it rings, its update and the
// journal after it): HTTP requests Ringdesk sent to RT per call, and the time
// from the `ringing` event to the contact popup. The floor, measured in the
// same run: the same steps as the template's requests alone, sent with plain
// fetch (three phone searches in parallel = the popup, then ticket, update
// comment, journal comment). Skips, saying why, when RT is not installed.
import { callEvents, connectRingdesk } from '../helpdesk/rt/ringdesk-on-rt';
import { requestTrackerTools, seededDesk, startRequestTracker } from '../helpdesk/rt/rt-server';
import type { RunningRequestTracker } from '../helpdesk/rt/rt-server';
import { formatNs } from './measure';

const CALLS = 20;
const FIELDS = 'id,Name,RealName,EmailAddress,Organization,WorkPhone,MobilePhone,HomePhone';

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** The template's requests for one call, by hand: returns the time to the popup (all searches back) and the request count. */
async function floorCall(rt: RunningRequestTracker, phone: string): Promise<{ popupMs: number; requests: number }> {
  const authorization = `Basic ${Buffer.from(`${seededDesk.root.user}:${seededDesk.root.password}`).toString('base64')}`;
  const headers = { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' };
  const post = async (path: string, body: unknown): Promise<string> => {
    const response = await fetch(`${rt.restUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`floor: POST ${path} -> HTTP ${response.status}: ${text.slice(0, 200)}`);
    return text;
  };
  const started = performance.now();
  const found = await Promise.all(['WorkPhone', 'MobilePhone', 'HomePhone'].map((field) => post(`/users?fields=${FIELDS}`, [{ field, value: phone }])));
  const popupMs = performance.now() - started;
  const contact = found.map((text) => (JSON.parse(text) as { items: { id: number }[] }).items[0]).find((item) => item !== undefined);
  const created = JSON.parse(
    await post('/ticket', { Queue: seededDesk.queue, Subject: `Inbound call - from ${phone} to 1001`, Requestor: String(contact?.id ?? ''), Content: 'ringing', ContentType: 'text/plain' }),
  ) as { id: string };
  await Promise.all([
    post(`/ticket/${created.id}/comment`, { Subject: 'Call ended: Completed', Content: 'Completed (ANSWERED), talk 00:00:30', ContentType: 'text/plain' }),
    post(`/ticket/${created.id}/comment`, { Subject: 'Call journal: Incoming Call', Content: 'Incoming Call, talk 00:00:30', ContentType: 'text/plain' }),
  ]);
  return { popupMs, requests: 6 };
}

export default async function (): Promise<void> {
  let tools;
  try {
    tools = requestTrackerTools();
  } catch (error) {
    // Under CI a missing tool is an error for tests; a benchmark only reports it.
    tools = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!tools.ok) {
    console.log(`rt bench skipped: ${tools.reason}`);
    return;
  }
  const rt = await startRequestTracker();
  const ringdesk = await connectRingdesk(rt, {
    configure: (s) => {
      s.ticket = { enabled: true, when: 'before', beforeCallTypes: ['inbound'], afterCallTypes: [], subject: undefined, description: undefined };
    },
  });
  try {
    if (ringdesk.status.state !== 'connected') throw new Error(`Ringdesk did not connect to RT: ${ringdesk.status.reason?.message ?? ''}`);
    const phone = seededDesk.carl.workPhone;
    // Warm-up: RT's workers compile their code paths on first use.
    await ringdesk.call(callEvents({ from: phone, talk: 30 }).all);
    await floorCall(rt, phone);

    const popup: number[] = [];
    const floorPopup: number[] = [];
    const requests: number[] = [];
    let floorRequests = 0;
    for (let i = 0; i < CALLS; i++) {
      const { callId, ringing, rest } = callEvents({ from: phone, talk: 30 });
      const ring = performance.now();
      const before = ringdesk.popups.length;
      await ringdesk.send([ringing]);
      const opened = ringdesk.popups[before];
      if (!opened) throw new Error(`call ${i}: no popup for ${phone}`);
      popup.push(opened.at - ring);
      await ringdesk.call(rest);
      const stored = ringdesk.feature.outbox.list().filter((item) => item.callId === callId);
      if (stored.length === 0 || stored.some((item) => item.state !== 'done')) throw new Error(`call ${i}: the outbox did not deliver everything`);
      requests.push(ringdesk.requestsOf(callId));

      const floor = await floorCall(rt, phone);
      floorPopup.push(floor.popupMs);
      floorRequests = floor.requests;
    }
    popup.sort((a, b) => a - b);
    floorPopup.sort((a, b) => a - b);
    const ms = (v: number) => formatNs(v * 1e6).padStart(10);
    const perCall = requests.reduce((a, b) => a + b, 0) / requests.length;
    console.log(`\nRingdesk against Request Tracker 5 (${CALLS} inbound calls: ticket while ringing, update and journal after; RT --max-workers 2, BcryptCost 8)`);
    console.log(`  HTTP requests per call: Ringdesk ${perCall.toFixed(1)} (min ${Math.min(...requests)}, max ${Math.max(...requests)})   template's requests alone ${floorRequests}   ratio ${(perCall / floorRequests).toFixed(2)}x`);
    for (const p of [50, 90]) {
      const ours = percentile(popup, p);
      const floor = percentile(floorPopup, p);
      console.log(`  ring -> popup p${p}: Ringdesk ${ms(ours)}   three searches by fetch ${ms(floor)}   ratio ${(ours / floor).toFixed(2)}x`);
    }
  } finally {
    await ringdesk.close();
    await rt.stop();
  }
}
