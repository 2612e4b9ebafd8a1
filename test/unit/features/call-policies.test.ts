import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../shared/calls/call-record';
import { defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import { afterCallTicketType, createsContactAutomatically, journals, popsUpAt, ticketAfterCall, ticketBeforeCall } from '../../../main/features/call-policies';
import { loadSpec } from '../../integration/engine/harness';

const spec = loadSpec('basic');
const call = (over: Partial<CallRecord>): CallRecord => ({ callId: 'c', direction: 'inbound', local: { number: '1', name: '' }, remote: { number: '+14155550100', name: '' }, startedAt: 0, ...over });

describe('feature policies', () => {
  it('pops up only incoming calls, at the chosen event, when automatic', () => {
    const s = defaultIntegrationSettings();
    expect(popsUpAt(s, call({}), 'ringing')).toBe(true);
    expect(popsUpAt(s, call({ direction: 'outbound' }), 'ringing')).toBe(false);
    s.popup.trigger = 'end';
    expect(popsUpAt(s, call({}), 'ringing')).toBe(false);
    expect(popsUpAt(s, call({}), 'ended')).toBe(true);
    s.popup.method = 'manual';
    expect(popsUpAt(s, call({}), 'ended')).toBe(false);
  });

  it('creates contacts automatically only for the chosen directions', () => {
    const s = defaultIntegrationSettings();
    expect(createsContactAutomatically(s, spec, call({}))).toBe(false);
    s.contactCreation = { enabled: true, type: '', method: 'automatic', callTypes: ['outbound'] };
    expect(createsContactAutomatically(s, spec, call({}))).toBe(false);
    expect(createsContactAutomatically(s, spec, call({ direction: 'outbound' }))).toBe(true);
    expect(createsContactAutomatically(s, spec, call({ direction: 'outbound', remote: { number: '', name: '' } }))).toBe(false);
  });

  it('classifies after-call tickets by direction and answer', () => {
    expect(afterCallTicketType(call({ answeredAt: 1, endedAt: 2, outcome: 'answered' }))).toBe('inbound-answered');
    expect(afterCallTicketType(call({ endedAt: 2, outcome: 'missed' }))).toBe('inbound-no-answer');
    expect(afterCallTicketType(call({ direction: 'outbound', endedAt: 2, outcome: 'busy' }))).toBe('outbound-no-answer');
    const s = defaultIntegrationSettings();
    s.ticket = { ...s.ticket, enabled: true, when: 'after', afterCallTypes: ['outbound-no-answer'] };
    expect(ticketAfterCall(s, spec, call({ direction: 'outbound', endedAt: 2, outcome: 'no-answer' }))).toBe(true);
    expect(ticketBeforeCall(s, spec, call({}))).toBe(false);
    s.ticket = { ...s.ticket, when: 'before', beforeCallTypes: ['inbound'] };
    expect(ticketBeforeCall(s, spec, call({}))).toBe(true);
  });

  it('never creates tickets for a CRM template, and journals only when both template and settings say so', () => {
    const s = defaultIntegrationSettings();
    s.ticket = { ...s.ticket, enabled: true, when: 'before', beforeCallTypes: ['inbound'] };
    const crm = { ...spec, provider: 'crm', features: { ...spec.features, createNewTicket: false } };
    expect(ticketBeforeCall(s, crm, call({}))).toBe(false);
    expect(journals(s, spec)).toBe(true);
    expect(journals(s, { ...spec, features: { ...spec.features, callJournal: false } })).toBe(false);
  });
});
