// What Ringdesk knows about one call, built from the call events the
// renderer reports (ringing, answered, ended). Times are epoch milliseconds.
// The template variables are derived from this record (see variables.ts).

export type CallDirection = 'inbound' | 'outbound';

/** How a call ended, as far as the template's value sets need to know. */
export type CallOutcome = 'answered' | 'no-answer' | 'busy' | 'voicemail' | 'missed' | 'failed';

export interface CallParty {
  readonly number: string;
  /** Display name; for the remote party it comes from caller ID and is untrusted text. */
  readonly name: string;
}

export interface CallRecord {
  /** SIP Call-ID: the key of everything done for this call (one journal, at most one auto ticket). */
  readonly callId: string;
  readonly direction: CallDirection;
  /** The agent's side: the SIP account (extension) that rang or dialled. */
  readonly local: CallParty;
  readonly remote: CallParty;
  readonly startedAt: number;
  readonly answeredAt?: number | undefined;
  readonly endedAt?: number | undefined;
  /** Set when the call has ended. */
  readonly outcome?: CallOutcome | undefined;
  /** Where the PBX keeps the recording, when one was made. */
  readonly recordingUrl?: string | undefined;
}

export function isEnded(record: CallRecord): boolean {
  return record.endedAt !== undefined;
}

export function wasAnswered(record: CallRecord): boolean {
  return record.answeredAt !== undefined || record.outcome === 'answered';
}

/** The outcome used for policies and variables, filled in when the renderer did not say. */
export function effectiveOutcome(record: CallRecord): CallOutcome | undefined {
  if (record.outcome !== undefined && !(record.outcome === 'failed' && record.answeredAt !== undefined)) return record.outcome;
  if (!isEnded(record)) return undefined;
  if (wasAnswered(record)) return 'answered';
  return record.direction === 'inbound' ? 'missed' : 'no-answer';
}
