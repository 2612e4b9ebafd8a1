// What main knows and has done about one call (keyed by SIP Call-ID): the
// record built from the phone's events, the contacts found, the agent's
// pick, the ticket. One journal and at most one automatic ticket hang off it.
import type { CallEvent } from '../../shared/calls/call-event';
import type { CallOutcome, CallRecord } from '../../shared/calls/call-record';
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';
import type { ProblemText } from '../../shared/i18n/problem';

export interface CallSession {
  record: CallRecord;
  readonly accountId: string;
  /** Resolves when the contact lookup for this call is over. */
  lookup: Promise<void> | undefined;
  contacts: HelpdeskContact[];
  /** Why the lookup found nothing because it failed (the contacts are unknown, not absent). */
  lookupError: ProblemText | undefined;
  /** contactKey of the contact this call's journal/ticket belong to; undefined = default pick. */
  picked: string | undefined;
  pickedByAgent: boolean;
  ticketId: string | undefined;
  ticketStatus: 'pending' | 'running' | 'done' | 'failed' | undefined;
  journalStatus: 'pending' | 'running' | 'done' | 'failed' | undefined;
  /** Failed attempts of a task still pending (waiting for its retry), with the last error. */
  ticketRetry: TaskRetry | undefined;
  journalRetry: TaskRetry | undefined;
  popupUrl: string | undefined;
  popupOpened: boolean;
  contactCreated: boolean;
  errors: ProblemText[];
}

export interface TaskRetry {
  readonly attempts: number;
  readonly lastError: ProblemText | undefined;
}

const OUTCOMES: Record<string, CallOutcome> = {
  ANSWERED: 'answered',
  'NO ANSWER': 'no-answer',
  BUSY: 'busy',
  MISSED: 'missed',
  VOICEMAIL: 'voicemail',
  FAILED: 'failed',
};

/** The record after an event; events of one call arrive in order but may skip `answered`. */
export function recordAfter(previous: CallRecord | undefined, event: CallEvent): CallRecord {
  const base: CallRecord = previous ?? {
    callId: event.sipCallId,
    direction: event.direction,
    local: { number: event.localNumber, name: '' },
    remote: { number: event.remoteNumber, name: event.remoteDisplayName },
    startedAt: event.startedAt,
  };
  switch (event.kind) {
    case 'ringing':
      return base;
    case 'answered':
      return { ...base, answeredAt: event.answeredAt };
    case 'ended':
      return {
        ...base,
        answeredAt: event.answeredAt ?? base.answeredAt,
        endedAt: event.endedAt,
        // Answered elsewhere (another device of the agent): not a missed call, but not ours to journal as talk either.
        outcome: OUTCOMES[event.disposition] ?? 'failed',
      };
  }
}

export function newSession(event: CallEvent): CallSession {
  return {
    record: recordAfter(undefined, event),
    accountId: event.accountId,
    lookup: undefined,
    contacts: [],
    lookupError: undefined,
    picked: undefined,
    pickedByAgent: false,
    ticketId: undefined,
    ticketStatus: undefined,
    journalStatus: undefined,
    ticketRetry: undefined,
    journalRetry: undefined,
    popupUrl: undefined,
    popupOpened: false,
    contactCreated: false,
    errors: [],
  };
}
