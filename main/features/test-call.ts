// A simulated call through the whole pipeline (lookup, popup, contact
// creation, tickets, journal via the outbox), for the settings screen's
// "Test call" and `ringdesk call`. The events are the ones the phone would
// send; the report lists every request made for the call and its result.
import { randomUUID } from 'node:crypto';
import type { CallEvent } from '../../shared/calls/call-event';
import type { ActivityEntry } from '../../shared/calls/activity';
import { TestCallRequest } from '../../shared/calls/integration-channels';
import type { TestCallReport } from '../../shared/calls/integration-channels';
import type { OutboxDelivery } from '../engine/outbox-delivery';
import type { ActivityLog } from '../store/activity';
import type { Outbox } from '../store/outbox';
import type { CallPipeline } from './call-pipeline';

export function testCallEvents(input: TestCallRequest, now = Date.now()): CallEvent[] {
  const request = TestCallRequest.parse(input);
  const callId = `test-${randomUUID()}@ringdesk`;
  const facts = {
    sipCallId: callId,
    accountId: request.accountId,
    direction: request.direction,
    localNumber: 'test',
    remoteNumber: request.from,
    remoteDisplayName: request.name,
    remoteUri: `sip:${request.from}@test.invalid`,
    startedAt: now,
  };
  const events: CallEvent[] = [{ ...facts, kind: 'ringing', at: now }];
  if (request.talk !== undefined) {
    const answeredAt = now + request.answerAfter * 1000;
    const endedAt = answeredAt + request.talk * 1000;
    events.push({ ...facts, kind: 'answered', at: answeredAt, answeredAt });
    events.push({ ...facts, kind: 'ended', at: endedAt, answeredAt, endedAt, disposition: request.disposition ?? 'ANSWERED', endedBy: 'remote' });
  } else {
    const endedAt = now + request.answerAfter * 1000;
    const disposition = request.disposition ?? (request.direction === 'inbound' ? 'MISSED' : 'NO ANSWER');
    events.push({ ...facts, kind: 'ended', at: endedAt, endedAt, disposition, endedBy: 'remote' });
  }
  return events;
}

export interface TestCallDeps {
  readonly pipeline: CallPipeline;
  readonly outbox: Outbox;
  readonly delivery: OutboxDelivery;
  readonly activity: ActivityLog;
  /** Hears each request as it completes (the CLI prints them live). */
  readonly onActivity?: (entry: ActivityEntry) => void;
}

export async function runTestCall(deps: TestCallDeps, input: TestCallRequest): Promise<TestCallReport> {
  const request = TestCallRequest.parse(input);
  const events = testCallEvents(request);
  const callId = events[0]?.sipCallId ?? '';
  const unsubscribe = deps.onActivity ? deps.activity.onAppend((e) => (e.callId === callId ? deps.onActivity?.(e) : undefined)) : () => {};
  try {
    for (const event of events) await deps.pipeline.onEvent(event);
    // A test call does not wait for a pick: its work is due now.
    for (const item of deps.outbox.list()) if (item.callId === callId && item.state === 'pending') deps.outbox.amend(item.id, {}, Date.now());
    const deadline = Date.now() + request.waitSeconds * 1000;
    while (Date.now() < deadline) {
      await deps.delivery.deliverDue();
      const mine = deps.outbox.list().filter((i) => i.callId === callId);
      if (mine.every((i) => i.state !== 'pending') || mine.every((i) => i.state !== 'pending' || i.nextAt > deadline)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    unsubscribe();
  }
  const session = deps.pipeline.session(callId);
  return {
    sipCallId: callId,
    contacts: session?.contacts ?? [],
    ...(session?.picked === undefined ? {} : { picked: session.picked }),
    activity: deps.activity.list(callId),
    outbox: deps.outbox.list().filter((i) => i.callId === callId),
    errors: session?.errors ?? [],
  };
}
