// Calls without a PBX: an incoming call that rings, can be answered and hung
// up from the call window, and ends as missed when nobody answers. Its events
// are the ones the phone would report, recorded through the same call log,
// so the real pipeline (lookup, popup, tickets, journal) handles them. The
// demo uses them, and an admin can use them to try a template.
import { randomUUID } from 'node:crypto';
import type { CallEvent } from '../../../shared/calls/call-event';
import { SimulatedCallRequest } from '../../../shared/calls/call-desk-channels';

interface Simulated {
  readonly facts: Omit<CallEvent & { kind: 'ringing' }, 'kind' | 'at'>;
  answeredAt?: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class SimulatedCalls {
  readonly #calls = new Map<string, Simulated>();

  constructor(
    private readonly record: (event: CallEvent) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts ringing; returns the call's id. */
  start(input: SimulatedCallRequest): string {
    const request = SimulatedCallRequest.parse(input);
    const sipCallId = `simulated-${randomUUID()}@ringdesk`;
    const startedAt = this.now();
    const facts = {
      sipCallId,
      accountId: 'simulated',
      direction: 'inbound' as const,
      localNumber: 'simulated',
      remoteNumber: request.from,
      remoteDisplayName: request.name,
      remoteUri: `sip:${request.from.replace(/[^0-9+*#a-zA-Z]/g, '')}@simulated.invalid`,
      startedAt,
    };
    const call: Simulated = { facts, timer: undefined };
    this.#calls.set(sipCallId, call);
    call.timer = setTimeout(() => this.#end(sipCallId, 'MISSED', 'remote'), request.ringSeconds * 1000);
    this.record({ ...facts, kind: 'ringing', at: startedAt });
    return sipCallId;
  }

  has(sipCallId: string | undefined): boolean {
    return sipCallId !== undefined && this.#calls.has(sipCallId);
  }

  /** Answer or hang up (a hang-up while ringing declines it). */
  control(action: 'answer' | 'hangup', sipCallId: string): void {
    const call = this.#calls.get(sipCallId);
    if (!call) throw new Error(`no simulated call ${sipCallId}`);
    if (action === 'answer') {
      if (call.answeredAt !== undefined) return;
      clearTimeout(call.timer);
      call.answeredAt = this.now();
      this.record({ ...call.facts, kind: 'answered', at: call.answeredAt, answeredAt: call.answeredAt });
      return;
    }
    this.#end(sipCallId, call.answeredAt === undefined ? 'BUSY' : 'ANSWERED', 'local');
  }

  #end(sipCallId: string, disposition: 'ANSWERED' | 'BUSY' | 'MISSED', endedBy: 'local' | 'remote' | 'system'): void {
    const call = this.#calls.get(sipCallId);
    if (!call) return;
    clearTimeout(call.timer);
    this.#calls.delete(sipCallId);
    const endedAt = this.now();
    this.record({
      ...call.facts,
      kind: 'ended',
      at: endedAt,
      endedAt,
      disposition,
      endedBy,
      ...(call.answeredAt === undefined ? {} : { answeredAt: call.answeredAt }),
      ...(disposition === 'BUSY' ? { reason: '486 Busy Here' } : {}),
    });
  }

  /** Ends every call still ringing or talking (quit). */
  close(): void {
    for (const id of [...this.#calls.keys()]) this.#end(id, this.#calls.get(id)?.answeredAt === undefined ? 'MISSED' : 'ANSWERED', 'system');
  }
}
