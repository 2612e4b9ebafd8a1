// The calls this window knows about, as main saw them: every call event main
// recorded (the phone's calls and simulated ones alike) and the latest update
// main sent about each (contacts, popup, ticket, journal). The call window has
// no phone of its own, so it reads calls only from here; the main window too,
// so both show the same thing.
import type { CallEvent, CallEventRecord, CallUpdate } from '../../shared/calls/call-event';
import type { RingdeskApi } from '../../shared/ipc';

export type DeskCallState = 'ringing' | 'answered' | 'ended';

export interface DeskCall {
  readonly sipCallId: string;
  /** The latest event of the call (its facts: number, name, direction, times). */
  readonly event: CallEvent;
  readonly state: DeskCallState;
  readonly answeredAt?: number;
  readonly update?: CallUpdate;
  /** The agent closed its card (after the call ended). */
  readonly dismissed: boolean;
}

const KEPT = 100;

export class CallBoard {
  #calls = new Map<string, DeskCall>();
  #snapshot: readonly DeskCall[] = [];
  readonly #listeners = new Set<() => void>();
  readonly #off: (() => void)[] = [];

  constructor(private readonly api: RingdeskApi) {}

  start(): void {
    if (this.#off.length > 0) return;
    this.#off.push(this.api.on('call.events', (record) => this.#applyEvent(record.event)));
    this.#off.push(this.api.on('call.updated', (update) => this.#applyUpdate(update)));
    void this.api
      .invoke('call.recent')
      .then((records: CallEventRecord[]) => {
        for (const r of records) this.#applyEvent(r.event, false);
        return this.api.invoke('call.updates');
      })
      .then((updates: CallUpdate[]) => {
        for (const u of updates) this.#applyUpdate(u, false);
        // Calls that ended before this window opened are history, not cards to close.
        for (const [id, call] of this.#calls) if (call.state === 'ended') this.#calls.set(id, { ...call, dismissed: true });
        this.#publish();
      })
      .catch(() => undefined);
  }

  stop(): void {
    for (const off of this.#off.splice(0)) off();
  }

  get snapshot(): readonly DeskCall[] {
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dismiss(sipCallId: string): void {
    const call = this.#calls.get(sipCallId);
    if (!call) return;
    this.#calls.set(sipCallId, { ...call, dismissed: true });
    this.#publish();
  }

  #applyEvent(event: CallEvent, publish = true): void {
    const previous = this.#calls.get(event.sipCallId);
    // An event arriving late (answered after ended) must not revive a call.
    if (previous?.state === 'ended' && event.kind !== 'ended') return;
    const state: DeskCallState = event.kind;
    const answeredAt = event.kind === 'answered' ? event.answeredAt : event.kind === 'ended' ? (event.answeredAt ?? previous?.answeredAt) : previous?.answeredAt;
    this.#calls.delete(event.sipCallId);
    this.#calls.set(event.sipCallId, {
      sipCallId: event.sipCallId,
      event,
      state,
      ...(answeredAt === undefined ? {} : { answeredAt }),
      ...(previous?.update ? { update: previous.update } : {}),
      dismissed: previous?.dismissed ?? false,
    });
    this.#trim();
    if (publish) this.#publish();
  }

  #applyUpdate(update: CallUpdate, publish = true): void {
    const call = this.#calls.get(update.sipCallId);
    if (!call) return;
    this.#calls.set(update.sipCallId, { ...call, update });
    if (publish) this.#publish();
  }

  #trim(): void {
    while (this.#calls.size > KEPT) {
      const oldest = this.#calls.keys().next().value;
      if (oldest === undefined) break;
      this.#calls.delete(oldest);
    }
  }

  #publish(): void {
    this.#snapshot = [...this.#calls.values()].reverse();
    for (const l of this.#listeners) l();
  }
}
