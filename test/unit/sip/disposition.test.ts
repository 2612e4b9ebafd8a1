import { describe, expect, it } from 'vitest';
import { completedElsewhere, dispositionOf, wentToVoicemail } from '../../../shared/sip/disposition';

describe('call disposition', () => {
  it('inbound: answered, missed (caller gave up), busy (declined), missed (nobody answered)', () => {
    expect(dispositionOf('inbound', true, { type: 'hangup' })).toBe('ANSWERED');
    expect(dispositionOf('inbound', false, { type: 'caller-cancelled' })).toBe('MISSED');
    expect(dispositionOf('inbound', false, { type: 'declined' })).toBe('BUSY');
    expect(dispositionOf('inbound', false, { type: 'unanswered' })).toBe('MISSED');
  });

  it('inbound: the PBX saying voicemail, or completed elsewhere, in the CANCEL Reason', () => {
    expect(dispositionOf('inbound', false, { type: 'caller-cancelled', reason: 'SIP;cause=480;text="Sent to voicemail"' })).toBe('VOICEMAIL');
    expect(dispositionOf('inbound', false, { type: 'caller-cancelled', reason: 'SIP;cause=200;text="Call completed elsewhere"' })).toBe('ANSWERED');
    expect(completedElsewhere('SIP ;cause=200 ;text="x"')).toBe(true);
    expect(completedElsewhere('SIP;cause=2001')).toBe(false);
    expect(wentToVoicemail(undefined)).toBe(false);
  });

  it('outbound: busy, no answer, cancelled, failed, voicemail', () => {
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 486 })).toBe('BUSY');
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 603 })).toBe('BUSY');
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 480 })).toBe('NO ANSWER');
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 408 })).toBe('NO ANSWER');
    expect(dispositionOf('outbound', false, { type: 'cancelled' })).toBe('NO ANSWER');
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 404 })).toBe('FAILED');
    expect(dispositionOf('outbound', false, { type: 'rejected', code: 480, reason: 'Voicemail busy' })).toBe('VOICEMAIL');
    expect(dispositionOf('outbound', false, { type: 'failed' })).toBe('FAILED');
  });
});
