import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../shared/calls/call-record';
import { clockDuration, formatCallTime } from '../../../shared/calls/call-time';
import { formatPhone, phoneKey, samePhone } from '../../../shared/calls/phone-number';
import { callVariables } from '../../../shared/calls/variables';

const start = Date.UTC(2026, 0, 2, 3, 4, 5);
const base: CallRecord = { callId: 'c1', direction: 'inbound', local: { number: '1001', name: 'Agent' }, remote: { number: '+14155550100', name: 'Ada' }, startedAt: start };
const ctx = { region: 'US', phoneFormat: 'e164' as const, timeZone: 'UTC' };

describe('call variables', () => {
  it('describes an answered inbound call as the guide lists', () => {
    const v = callVariables({ ...base, answeredAt: start + 5000, endedAt: start + 65_000, outcome: 'answered' }, { ...ctx, agent: { crmId: 'u1', firstName: 'Ana', lastName: 'Agent', email: 'ana@x' }, contact: { syncType: 'contacts', id: '42', number: '' }, ticketId: 'T9' });
    expect(v).toMatchObject({
      Time: '2026-01-02 03:04:05',
      StartTimeUnix: String(start / 1000),
      EndTimeUnix: String(start / 1000 + 65),
      Call_From: 'Ada <+14155550100>',
      Call_To: 'Agent <1001>',
      CallerName: 'Ada',
      CallerNumber: '+14155550100',
      CalleeNumber: '1001',
      CrmId: 'u1',
      ExtensionFirstName: 'Ana',
      ExtensionEmail: 'ana@x',
      ContactSyncType: 'contacts',
      ContactId: '42',
      ContactNumber: '+14155550100',
      TicketId: 'T9',
      CallDuration: '65',
      Talk_Duration: '00:01:00',
      Talk_Duration_Sec: '60',
      Communication_Type: 'Inbound',
      Call_Status: 'Completed',
      Call_Log_Status: 'Incoming Call',
      CallDisposition: 'ANSWERED',
      EnableCallRecording: '0',
      RecordPath: '',
      Phone: '+14155550100',
      DisplayName: 'Ada',
    });
  });

  it('gives the value sets of missed, unanswered, busy and voicemail calls', () => {
    const ended = { ...base, endedAt: start + 20_000 };
    expect(callVariables({ ...ended, outcome: 'missed' }, ctx)).toMatchObject({ Call_Status: 'Missed', Call_Log_Status: 'Missed Call', CallDisposition: 'MISSED', Talk_Duration_Sec: '0' });
    expect(callVariables({ ...ended, direction: 'outbound', outcome: 'no-answer' }, ctx)).toMatchObject({ Call_Status: 'Missed', Call_Log_Status: 'Outgoing Call', CallDisposition: 'NO ANSWER', Call_From: 'Agent <1001>', Communication_Type: 'Outbound' });
    expect(callVariables({ ...ended, direction: 'outbound', outcome: 'busy' }, ctx)).toMatchObject({ CallDisposition: 'BUSY' });
    expect(callVariables({ ...ended, outcome: 'voicemail' }, ctx)).toMatchObject({ Call_Log_Status: 'Voicemail', CallDisposition: 'VOICEMAIL' });
    expect(callVariables({ ...ended }, ctx)).toMatchObject({ CallDisposition: 'MISSED' });
  });

  it('exposes the recording only when playback is on', () => {
    const rec = { ...base, answeredAt: start, endedAt: start + 1000, recordingUrl: 'https://pbx/rec/1.wav' };
    expect(callVariables(rec, { ...ctx, playCallRecording: true })).toMatchObject({ EnableCallRecording: '1', RecordPath: 'https://pbx/rec/1.wav' });
    expect(callVariables(rec, ctx).RecordPath).toBe('');
  });

  it('gives Phone in the chosen format and leaves unreadable numbers as dialled', () => {
    const r = { ...base, remote: { number: '(415) 555-0100', name: '' } };
    expect(callVariables(r, { ...ctx, phoneFormat: 'e164' }).Phone).toBe('+14155550100');
    expect(callVariables(r, { ...ctx, phoneFormat: 'national' }).Phone).toBe('4155550100');
    expect(callVariables(r, { ...ctx, phoneFormat: 'as-dialled' }).Phone).toBe('(415) 555-0100');
    expect(callVariables(r, ctx).Call_From).toBe('(415) 555-0100');
    expect(callVariables({ ...base, remote: { number: '1002', name: '' } }, ctx).Phone).toBe('1002');
  });
});

describe('phone numbers and times', () => {
  it('matches one subscriber written many ways', () => {
    expect(phoneKey('+1 (415) 555-0100', 'US')).toBe('+14155550100');
    expect(samePhone('4155550100', '001 415 555 0100', 'DE')).toBe(false);
    expect(samePhone('4155550100', '+1 415 555 0100', 'US')).toBe(true);
    expect(samePhone('030 1234567', '+49 30 1234567', 'DE')).toBe(true);
    expect(formatPhone('030 1234567', 'e164', 'DE')).toBe('+49301234567');
  });

  it('formats times and durations', () => {
    expect(formatCallTime(Date.UTC(2026, 6, 1, 23, 5, 9), 'Asia/Shanghai')).toBe('2026-07-02 07:05:09');
    expect(clockDuration(90_061)).toBe('25:01:01');
  });
});
