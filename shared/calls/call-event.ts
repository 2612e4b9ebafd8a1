// What the phone (renderer) tells main about each call: `ringing`, `answered`
// and `ended`, with the SIP facts main's features need to pick scenarios
// (direction, local account, remote party, Call-ID, times, disposition), and
// what main sends back about a call once it has acted (call.updated).
import { z } from 'zod';
import { WireProblem } from '../i18n/wire-problem';

export const CallDirection = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof CallDirection>;

/** CDR-style outcome, in the PBX's own words (Yeastar: ANSWERED, NO ANSWER, BUSY, ...). */
export const CallDisposition = z.enum(['ANSWERED', 'NO ANSWER', 'BUSY', 'MISSED', 'VOICEMAIL', 'FAILED']);
export type CallDisposition = z.infer<typeof CallDisposition>;

export const CallEndedBy = z.enum(['local', 'remote', 'system']);
export type CallEndedBy = z.infer<typeof CallEndedBy>;

const CallFacts = z.object({
  /** The SIP Call-ID of the dialog (the key main correlates events by). */
  sipCallId: z.string().min(1).max(256),
  accountId: z.string().min(1).max(64),
  direction: CallDirection,
  /** The agent's own number (the account URI's user part). */
  localNumber: z.string().max(128),
  /** The other party's number or SIP user; '' when withheld. */
  remoteNumber: z.string().max(128),
  /** Caller-chosen text: display it, never interpret it. */
  remoteDisplayName: z.string().max(256),
  remoteUri: z.string().max(512),
  /** When the call began ringing (inbound INVITE arrival, outbound INVITE sent), ms since epoch. */
  startedAt: z.number(),
  /** When this event happened, ms since epoch. */
  at: z.number(),
});

export const RingingCallEvent = CallFacts.extend({ kind: z.literal('ringing') });
export const AnsweredCallEvent = CallFacts.extend({ kind: z.literal('answered'), answeredAt: z.number() });
export const EndedCallEvent = CallFacts.extend({
  kind: z.literal('ended'),
  answeredAt: z.number().optional(),
  endedAt: z.number(),
  disposition: CallDisposition,
  endedBy: CallEndedBy,
  /** SIP status or Reason that ended it, e.g. `486 Busy Here`, `CANCEL`. */
  reason: z.string().max(300).optional(),
  /** The PBX said another device took the call (CANCEL with Reason cause=200). */
  completedElsewhere: z.boolean().optional(),
});

export const CallEvent = z.discriminatedUnion('kind', [RingingCallEvent, AnsweredCallEvent, EndedCallEvent]);
export type CallEvent = z.infer<typeof CallEvent>;
export type CallEventKind = CallEvent['kind'];

/** A call event as main keeps it: with the time main received it (for latency and ordering). */
export const CallEventRecord = z.object({ event: CallEvent, receivedAt: z.number() });
export type CallEventRecord = z.infer<typeof CallEventRecord>;

export const ContactMatch = z.object({
  id: z.string().max(256).optional(),
  name: z.string().max(256),
  /** Where to see the contact in the helpdesk. */
  url: z.string().max(2048).optional(),
  type: z.string().max(64).optional(),
  /** The search's outputs for this contact (Company, Email, CustomValue, ...), for the call window's card. */
  fields: z.record(z.string().max(64), z.string().max(1000)).optional(),
});
export type ContactMatch = z.infer<typeof ContactMatch>;

export const TaskStatus = z.enum(['pending', 'running', 'done', 'failed']);

/** A task's state as the card shows it; a pending task that already failed some attempts waits for its next retry. */
const TaskState = z.object({
  status: TaskStatus,
  /** Failed attempts so far (pending: it is waiting to be retried). */
  attempts: z.number().int().min(0).optional(),
  lastError: WireProblem.optional(),
});

/**
 * main -> call window: what main decided or did about a call. Every field but
 * the key is optional: the engine fills in what it has as it goes.
 */
export const CallUpdate = z.object({
  sipCallId: z.string().min(1).max(256),
  accountId: z.string().min(1).max(64),
  contacts: z.array(ContactMatch).max(50).optional(),
  /** Why the contact lookup failed (helpdesk unreachable, refused, ...): the contacts are unknown, not absent. */
  lookupError: WireProblem.optional(),
  popupUrl: z.string().max(2048).optional(),
  /** `<type>:<id>` of the contact the journal and ticket belong to (the agent's pick or the default pick). */
  picked: z.string().max(600).optional(),
  ticket: TaskState.extend({ id: z.string().max(256).optional(), url: z.string().max(2048).optional() }).optional(),
  journal: TaskState.optional(),
  errors: z.array(WireProblem).max(20).optional(),
});
export type CallUpdate = z.infer<typeof CallUpdate>;
