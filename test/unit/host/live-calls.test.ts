import { describe, expect, it } from 'vitest';
import { applyCallEvent, callForControl, callWindowAction, incomingCallNotice, plainNoticeText } from '../../../main/features/live-calls';
import type { LiveCalls } from '../../../main/features/live-calls';
import type { CallEvent } from '../../../shared/calls/call-event';

const base = {
  accountId: 'support',
  localNumber: '1001',
  remoteNumber: '+14155550100',
  remoteDisplayName: 'Ada Lovelace',
  remoteUri: 'sip:+14155550100@pbx.example.com',
  startedAt: 1000,
  at: 1000,
};

function ringing(id: string, direction: 'inbound' | 'outbound' = 'inbound', extra: Partial<CallEvent> = {}): CallEvent {
  return { ...base, sipCallId: id, direction, kind: 'ringing', ...extra } as CallEvent;
}
function answered(id: string): CallEvent {
  return { ...base, sipCallId: id, direction: 'inbound', kind: 'answered', answeredAt: 2000, at: 2000 };
}
function ended(id: string): CallEvent {
  return { ...base, sipCallId: id, direction: 'inbound', kind: 'ended', endedAt: 3000, at: 3000, disposition: 'ANSWERED', endedBy: 'remote' };
}

function replay(...events: CallEvent[]): LiveCalls {
  return events.reduce<LiveCalls>((calls, e) => applyCallEvent(calls, e), new Map());
}

describe('the call window follows the calls', () => {
  it('shows without taking focus when an inbound call rings', () => {
    const e = ringing('a');
    expect(callWindowAction(replay(e), e, false)).toBe('show-inactive');
  });

  it('stays where it is for a ringing call under do-not-disturb', () => {
    const e = ringing('a');
    expect(callWindowAction(replay(e), e, true)).toBe('keep');
  });

  it('comes forward for an answered call and for a call the agent places', () => {
    expect(callWindowAction(replay(ringing('a'), answered('a')), answered('a'), true)).toBe('show');
    const out = ringing('b', 'outbound');
    expect(callWindowAction(replay(out), out, false)).toBe('show');
  });

  it('hides when the last call ends, not before', () => {
    expect(callWindowAction(replay(ringing('a'), ringing('b'), ended('a')), ended('a'), false)).toBe('keep');
    expect(callWindowAction(replay(ringing('a'), ended('a')), ended('a'), false)).toBe('hide');
  });

  it('remembers when each call began ringing', () => {
    const calls = replay(ringing('a'), answered('a'));
    expect(calls.get('a')).toMatchObject({ state: 'answered', since: 1000 });
  });
});

describe('which call Answer and Hang up mean', () => {
  it('answers the newest ringing inbound call', () => {
    const calls = replay(ringing('a'), answered('a'), ringing('b'), ringing('c', 'outbound'));
    expect(callForControl(calls, 'answer')?.sipCallId).toBe('b');
  });

  it('hangs up the newest answered call, else the newest call', () => {
    expect(callForControl(replay(ringing('a'), answered('a'), ringing('b')), 'hangup')?.sipCallId).toBe('a');
    expect(callForControl(replay(ringing('a'), ringing('b', 'outbound')), 'hangup')?.sipCallId).toBe('b');
  });

  it('means no call when there is none to act on', () => {
    expect(callForControl(new Map(), 'hangup')).toBeUndefined();
    expect(callForControl(replay(ringing('a', 'outbound')), 'answer')).toBeUndefined();
  });
});

describe('the incoming-call notification', () => {
  it('names the matched contact, the caller ID and the number', () => {
    expect(incomingCallNotice(ringing('a'), { name: 'Ada Lovelace (Analytical Engines Ltd)' }, false)).toEqual({
      title: 'Incoming call',
      body: 'Ada Lovelace (Analytical Engines Ltd)\nAda Lovelace (+14155550100)',
    });
  });

  it('shows the number alone when there is no caller name, and says when it is withheld', () => {
    expect(incomingCallNotice(ringing('a', 'inbound', { remoteDisplayName: '' }), undefined, false)?.body).toBe('+14155550100');
    expect(incomingCallNotice(ringing('a', 'inbound', { remoteDisplayName: '', remoteNumber: '' }), undefined, false)?.body).toBe('Unknown number');
  });

  it('is not shown under do-not-disturb, nor for calls the agent places or answers', () => {
    expect(incomingCallNotice(ringing('a'), undefined, true)).toBeUndefined();
    expect(incomingCallNotice(ringing('a', 'outbound'), undefined, false)).toBeUndefined();
    expect(incomingCallNotice(answered('a'), undefined, false)).toBeUndefined();
  });

  it('treats a hostile caller ID as plain text: no markup, no control or direction characters, bounded length', () => {
    const notice = incomingCallNotice(ringing('a', 'inbound', { remoteDisplayName: '<a href="https://evil">Bank</a>\u202e\nsecurity' }), undefined, false);
    expect(notice?.body).toBe('a href="https://evil"Bank/a security (+14155550100)');
    expect(plainNoticeText('x'.repeat(500)).length).toBe(120);
  });
});
