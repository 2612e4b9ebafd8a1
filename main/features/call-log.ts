// The call events main has heard from the phone, newest last, kept in memory
// (bounded). This is the hook the integration engine attaches to: each
// recorded event goes to every listener, in the order it arrived.
import type { CallEvent, CallEventRecord } from '../../shared/calls/call-event';

export type CallEventListener = (record: CallEventRecord) => void;

export class CallLog {
  readonly #records: CallEventRecord[] = [];
  readonly #listeners = new Set<CallEventListener>();

  constructor(
    private readonly capacity = 500,
    private readonly now: () => number = Date.now,
    private readonly log: (line: string) => void = () => {},
  ) {}

  record(event: CallEvent): CallEventRecord {
    const record: CallEventRecord = { event, receivedAt: this.now() };
    this.#records.push(record);
    if (this.#records.length > this.capacity) this.#records.splice(0, this.#records.length - this.capacity);
    for (const listener of this.#listeners) {
      try {
        listener(record);
      } catch (error) {
        // One failing consumer must not stop the others from hearing about the call.
        this.log(`call log listener failed on ${event.kind} ${event.sipCallId}: ${(error as Error).message}`);
      }
    }
    return record;
  }

  recent(): CallEventRecord[] {
    return [...this.#records];
  }

  onEvent(listener: CallEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
