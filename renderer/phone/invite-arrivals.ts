// When each INVITE reached the SIP WebSocket, before SIP.js parsed it (and
// before its automatic 180). The phone uses it as the call's start time;
// the latency benchmark compares it with when main heard of the call.

export interface InviteArrival {
  readonly sipCallId: string;
  /** Date.now() when the raw message arrived. */
  readonly arrivedAt: number;
  /** The sender's own timestamp from an `X-Sent-Ms` header, when a test peer adds one. */
  readonly sentMs?: number;
}

const CALL_ID = /\r\n(?:Call-ID|i)[ \t]*:[ \t]*([^\r\n]+)/i;
const SENT_MS = /\r\nX-Sent-Ms[ \t]*:[ \t]*([0-9.]+)/i;
const KEEP = 200;

export class InviteArrivals {
  readonly #recent: InviteArrival[] = [];

  /** Looks at one raw transport message; cheap for anything but an initial INVITE. */
  observe(message: string, now: number): void {
    if (!message.startsWith('INVITE ')) return;
    const callId = CALL_ID.exec(message)?.[1]?.trim();
    if (callId === undefined) return;
    const sent = SENT_MS.exec(message)?.[1];
    this.#recent.push(sent === undefined ? { sipCallId: callId, arrivedAt: now } : { sipCallId: callId, arrivedAt: now, sentMs: Number(sent) });
    if (this.#recent.length > KEEP) this.#recent.shift();
  }

  arrivalOf(sipCallId: string): number | undefined {
    for (let i = this.#recent.length - 1; i >= 0; i--) {
      const entry = this.#recent[i];
      if (entry?.sipCallId === sipCallId) return entry.arrivedAt;
    }
    return undefined;
  }

  list(): InviteArrival[] {
    return [...this.#recent];
  }
}
