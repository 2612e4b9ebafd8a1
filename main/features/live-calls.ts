// The calls ringing or in progress right now, as main learns of them from the
// phone's call events, and what the desktop shell does about them: show the
// always-on-top call window (without stealing focus while it only rings),
// hide it when the last call ends, which call a notification's Answer or a
// global shortcut means, and the text of the incoming-call notification.
import { hostTranslator } from '../../shared/i18n';
import type { Language } from '../../shared/i18n';
import type { CallEvent, ContactMatch } from '../../shared/calls/call-event';

export interface LiveCall {
  readonly sipCallId: string;
  readonly direction: CallEvent['direction'];
  readonly state: 'ringing' | 'answered';
  readonly remoteNumber: string;
  readonly remoteDisplayName: string;
  readonly since: number;
}

/** Live calls keyed by SIP Call-ID, oldest first (Map keeps insertion order). */
export type LiveCalls = ReadonlyMap<string, LiveCall>;

export function applyCallEvent(calls: LiveCalls, event: CallEvent): LiveCalls {
  const next = new Map(calls);
  if (event.kind === 'ended') {
    next.delete(event.sipCallId);
    return next;
  }
  next.set(event.sipCallId, {
    sipCallId: event.sipCallId,
    direction: event.direction,
    state: event.kind,
    remoteNumber: event.remoteNumber,
    remoteDisplayName: event.remoteDisplayName,
    since: calls.get(event.sipCallId)?.since ?? event.at,
  });
  return next;
}

export type CallWindowAction = 'show' | 'show-inactive' | 'hide' | 'keep';

/**
 * What the call window does after `event`. A ringing inbound call shows it
 * without focus (the agent may be typing); an answered or outbound call
 * brings it forward; do-not-disturb keeps ringing calls quiet.
 */
export function callWindowAction(after: LiveCalls, event: CallEvent, doNotDisturb: boolean): CallWindowAction {
  if (after.size === 0) return 'hide';
  if (event.kind === 'ended') return 'keep';
  if (event.kind === 'ringing' && event.direction === 'inbound') return doNotDisturb ? 'keep' : 'show-inactive';
  return 'show';
}

/** The call an Answer or Hang up from outside the window means: the newest call in the state it applies to. */
export function callForControl(calls: LiveCalls, action: 'answer' | 'hangup'): LiveCall | undefined {
  const all = [...calls.values()].reverse();
  if (action === 'answer') return all.find((c) => c.state === 'ringing' && c.direction === 'inbound');
  return all.find((c) => c.state === 'answered') ?? all[0];
}

export interface CallNotice {
  readonly title: string;
  readonly body: string;
}

/**
 * Caller ID and contact names come from whoever calls and from a helpdesk:
 * plain text only. Some notification servers (Linux) read a markup subset in
 * the body, so markup characters and control characters go.
 */
export function plainNoticeText(text: string, max = 120): string {
  const cleaned = [...text]
    .map((c) => (isControlOrBidi(c.codePointAt(0) ?? 0) ? ' ' : c))
    .join('')
    .replace(/[<>&]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

/** C0/C1 controls and the bidirectional overrides that can make a name read backwards. */
function isControlOrBidi(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** The incoming-call notification, or undefined when none is due (not inbound ringing, or do-not-disturb). */
export function incomingCallNotice(event: CallEvent, contact: ContactMatch | undefined, doNotDisturb: boolean, language: Language = 'en'): CallNotice | undefined {
  if (event.kind !== 'ringing' || event.direction !== 'inbound' || doNotDisturb) return undefined;
  const t = hostTranslator(language);
  const number = plainNoticeText(event.remoteNumber, 40) || t('notice.unknownNumber');
  const caller = plainNoticeText(event.remoteDisplayName, 80);
  const lines: string[] = [];
  if (contact !== undefined && plainNoticeText(contact.name) !== '') lines.push(plainNoticeText(contact.name));
  lines.push(caller !== '' && caller !== number ? t('notice.callerWithNumber', { caller, number }) : number);
  return { title: t('notice.incomingCall'), body: lines.join('\n') };
}
