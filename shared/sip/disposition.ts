// How a call's end maps to a CDR disposition. Pure, so the rules can be read
// and tested without a call: the phone feeds it what SIP told it.
import type { CallDirection, CallDisposition } from '../calls/call-event';

export type CallEnding =
  /** The call was answered and then one side hung up. */
  | { type: 'hangup' }
  /** Inbound: the caller cancelled (or hung up) before anyone answered. */
  | { type: 'caller-cancelled'; reason?: string | undefined }
  /** Inbound: the agent declined (486). */
  | { type: 'declined' }
  /** Inbound: nobody answered before the phone's own no-answer timer. */
  | { type: 'unanswered' }
  /** Outbound: the agent cancelled before the far end answered. */
  | { type: 'cancelled' }
  /** Outbound: the far end (or the PBX) answered the INVITE with a failure. */
  | { type: 'rejected'; code: number; reason?: string | undefined }
  /** Signalling or media setup failed on our side. */
  | { type: 'failed' };

/** A SIP Reason header value says another device took the call (RFC 3326 cause=200, "Call completed elsewhere"). */
export function completedElsewhere(reason: string | undefined): boolean {
  return reason !== undefined && /cause\s*=\s*200\b/i.test(reason);
}

/** The PBX says the call went to voicemail: a Reason or status text naming voicemail. */
export function wentToVoicemail(reason: string | undefined): boolean {
  return reason !== undefined && /voice\s*-?mail/i.test(reason);
}

export function dispositionOf(direction: CallDirection, answered: boolean, ending: CallEnding): CallDisposition {
  if (answered) return 'ANSWERED';
  switch (ending.type) {
    case 'hangup':
      return 'ANSWERED';
    case 'caller-cancelled':
      if (wentToVoicemail(ending.reason)) return 'VOICEMAIL';
      return completedElsewhere(ending.reason) ? 'ANSWERED' : 'MISSED';
    case 'declined':
      return 'BUSY';
    case 'unanswered':
      return direction === 'inbound' ? 'MISSED' : 'NO ANSWER';
    case 'cancelled':
      return 'NO ANSWER';
    case 'rejected':
      if (wentToVoicemail(ending.reason)) return 'VOICEMAIL';
      if (ending.code === 486 || ending.code === 600 || ending.code === 603) return 'BUSY';
      if (ending.code === 408 || ending.code === 480 || ending.code === 487) return 'NO ANSWER';
      return 'FAILED';
    case 'failed':
      return 'FAILED';
  }
}
