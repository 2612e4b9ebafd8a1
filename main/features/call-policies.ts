// The guide's feature policies as pure decisions: given the settings and the
// call, which scenarios run now. (main/features/call-pipeline.ts acts on them.)
import type { CallRecord } from '../../shared/calls/call-record';
import { effectiveOutcome, wasAnswered } from '../../shared/calls/call-record';
import type { AfterCallTicketType, IntegrationSettings } from '../../shared/calls/integration-settings';
import type { IntegrationSpec } from '../engine/integration-spec';

export type CallStage = 'ringing' | 'answered' | 'ended';

/** Automatic contact creation for an unknown number of this direction. */
export function createsContactAutomatically(settings: IntegrationSettings, spec: IntegrationSpec, record: CallRecord): boolean {
  const c = settings.contactCreation;
  return spec.features.createNewContact && c.enabled && c.method === 'automatic' && c.callTypes.includes(record.direction) && record.remote.number.trim() !== '';
}

/** Automatic popups are for incoming calls, at the stage the agent chose (Ring End / Answered / Call End). */
export function popsUpAt(settings: IntegrationSettings, record: CallRecord, stage: CallStage): boolean {
  const p = settings.popup;
  if (!p.enabled || p.method !== 'automatic' || record.direction !== 'inbound') return false;
  const trigger: Record<CallStage, typeof p.trigger> = { ringing: 'ring', answered: 'answered', ended: 'end' };
  return p.trigger === trigger[stage];
}

export function ticketBeforeCall(settings: IntegrationSettings, spec: IntegrationSpec, record: CallRecord): boolean {
  const t = settings.ticket;
  return spec.features.createNewTicket && t.enabled && t.when === 'before' && t.beforeCallTypes.includes(record.direction);
}

export function afterCallTicketType(record: CallRecord): AfterCallTicketType {
  const answered = wasAnswered(record) && effectiveOutcome(record) === 'answered';
  return `${record.direction}-${answered ? 'answered' : 'no-answer'}`;
}

export function ticketAfterCall(settings: IntegrationSettings, spec: IntegrationSpec, record: CallRecord): boolean {
  const t = settings.ticket;
  return spec.features.createNewTicket && t.enabled && t.when === 'after' && t.afterCallTypes.includes(afterCallTicketType(record));
}

/** Every inbound, outbound and missed call is journaled when the feature is on. */
export function journals(settings: IntegrationSettings, spec: IntegrationSpec): boolean {
  return spec.features.callJournal && settings.journal.enabled && spec.scenarios.has('CallJournal');
}
