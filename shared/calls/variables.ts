// The call variables of the guide's tables, derived from a CallRecord plus the
// context the engine supplies (the agent's helpdesk user, the chosen contact,
// the ticket, the journal settings). Every value is a string: templates see
// exactly what the PBX would give them. Formats the guide leaves open:
//   Time         `yyyy-MM-dd HH:mm:ss` in the configured zone (call-time.ts)
//   CallDuration whole seconds from ringing/dialling to hang-up (like Talk_Duration_Sec)
//   Call_From/To `Name <number>`, or just `number` when there is no name
//   Phone        the remote number in the admin's format (as dialled, E.164, national)
import type { CallRecord } from './call-record';
import { effectiveOutcome, isEnded, wasAnswered } from './call-record';
import { clockDuration, formatCallTime, unixSeconds, wholeSeconds } from './call-time';
import { formatPhone } from './phone-number';
import { renderRecordingLink } from './recording-link';
import type { PhoneFormat } from './phone-number';

export type Variables = Readonly<Record<string, string>>;

/** The helpdesk user the agent's SIP account is associated with (UserAssociation). */
export interface AgentIdentity {
  readonly crmId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
}

/** The contact a call is attributed to (the agent's pick among matches, or the default pick). */
export interface ContactRef {
  readonly syncType: string;
  readonly id: string;
  readonly number: string;
}

export interface CallVariableContext {
  readonly region: string;
  readonly phoneFormat: PhoneFormat;
  readonly timeZone?: string | undefined;
  readonly agent?: AgentIdentity | undefined;
  readonly contact?: ContactRef | undefined;
  readonly ticketId?: string | undefined;
  /** Journal setting "Play Call Recording". */
  readonly playCallRecording?: boolean | undefined;
  /** Journal setting: where the PBX keeps the recording (recording-link.ts); gives RecordPath when recordings are linked. */
  readonly recordingLink?: string | undefined;
}

function party(name: string, number: string): string {
  const n = name.trim();
  return n === '' || n === number ? number : `${n} <${number}>`;
}

function callLogStatus(record: CallRecord): string {
  const outcome = effectiveOutcome(record);
  if (outcome === 'voicemail') return 'Voicemail';
  if (record.direction === 'outbound') return 'Outgoing Call';
  if (!isEnded(record) || wasAnswered(record)) return 'Incoming Call';
  return 'Missed Call';
}

function disposition(record: CallRecord): string {
  switch (effectiveOutcome(record)) {
    case 'answered':
      return 'ANSWERED';
    case 'busy':
      return 'BUSY';
    case 'voicemail':
      return 'VOICEMAIL';
    case 'missed':
      return 'MISSED';
    case 'no-answer':
    case 'failed':
      return record.direction === 'inbound' ? 'MISSED' : 'NO ANSWER';
    case undefined:
      return wasAnswered(record) ? 'ANSWERED' : '';
  }
}

export function callVariables(record: CallRecord, context: CallVariableContext): Record<string, string> {
  const inbound = record.direction === 'inbound';
  const caller = inbound ? record.remote : record.local;
  const callee = inbound ? record.local : record.remote;
  const talkSeconds = wholeSeconds(record.answeredAt, record.endedAt);
  const recordingOn = context.playCallRecording === true;
  const phone = formatPhone(record.remote.number, context.phoneFormat, context.region);
  const vars: Record<string, string> = {
    Time: formatCallTime(record.startedAt, context.timeZone),
    StartTimeUnix: unixSeconds(record.startedAt),
    EndTimeUnix: unixSeconds(record.endedAt),
    Call_From: party(caller.name, caller.number),
    Call_To: party(callee.name, callee.number),
    CallerName: caller.name,
    CallerNumber: caller.number,
    CalleeName: callee.name,
    CalleeNumber: callee.number,
    CrmId: context.agent?.crmId ?? '',
    ExtensionFirstName: context.agent?.firstName ?? '',
    ExtensionLastName: context.agent?.lastName ?? '',
    ExtensionEmail: context.agent?.email ?? '',
    ContactSyncType: context.contact?.syncType ?? '',
    ContactNumber: context.contact?.number || phone,
    ContactId: context.contact?.id ?? '',
    TicketId: context.ticketId ?? '',
    CallDuration: String(wholeSeconds(record.startedAt, record.endedAt)),
    Talk_Duration: clockDuration(talkSeconds),
    Talk_Duration_Sec: String(talkSeconds),
    Communication_Type: inbound ? 'Inbound' : 'Outbound',
    Call_Status: wasAnswered(record) ? 'Completed' : 'Missed',
    Call_Log_Status: callLogStatus(record),
    CallDisposition: disposition(record),
    EnableCallRecording: recordingOn ? '1' : '0',
    RecordPath: recordingOn ? (record.recordingUrl ?? '') : '',
    Phone: phone,
    DisplayName: record.remote.name,
  };
  // Only a call that was answered has a recording to link to.
  if (recordingOn && record.recordingUrl === undefined && context.recordingLink && wasAnswered(record)) {
    vars.RecordPath = renderRecordingLink(context.recordingLink, { ...vars, CallId: record.callId });
  }
  return vars;
}
