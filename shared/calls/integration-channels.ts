// Payloads of the integration's IPC channels (listed in shared/ipc.ts):
// connecting a template, its status, user association, the call window's
// actions (pick a contact, create one, open its page), the activity log,
// the outbox, the phonebook and the test call.
import { z } from 'zod';
import { event, invoke } from '../ipc-channel';
import { PopupResult } from '../desktop-channels';
import { ActivityEntry } from './activity';
import { HelpdeskContact } from './helpdesk-contact';
import { HelpdeskUser } from './helpdesk-user';
import { OutboxItem } from './outbox-item';
import { WireProblem } from '../i18n/wire-problem';

export const IntegrationField = z.object({
  name: z.string(),
  title: z.string(),
  editor: z.string(),
  options: z.array(z.string()),
  /** Whether a value is stored (password values are never sent to the renderer). */
  hasValue: z.boolean(),
  /** The stored value of a non-password field. */
  value: z.string().optional(),
});
export type IntegrationField = z.infer<typeof IntegrationField>;

export const IntegrationStatusView = z.object({
  templateKey: z.string(),
  state: z.enum(['connected', 'connecting', 'disconnected']),
  /** Why it is disconnected (secrets redacted); absent while connected. */
  reason: WireProblem.optional(),
  authMethod: z.string().optional(),
  fields: z.array(IntegrationField),
  /** Contact types the template can search (SyncContactAuto requests) and create (CreateNewContact requests). */
  searchTypes: z.array(z.string()),
  createTypes: z.array(z.string()),
  features: z.object({ userAssociation: z.boolean(), callJournal: z.boolean(), createNewContact: z.boolean(), createNewTicket: z.boolean() }).optional(),
});
export type IntegrationStatusView = z.infer<typeof IntegrationStatusView>;

export const IntegrationConnectRequest = z.object({
  templateKey: z.string().min(1).max(64),
  /** Field values by name; an empty password keeps the stored one. */
  fields: z.record(z.string().max(64), z.string().max(4096)),
});

export const UserAssociationView = z.object({
  users: z.array(HelpdeskUser),
  /** SIP account id -> helpdesk user id. */
  associations: z.record(z.string(), z.string()),
});

export const AssociateRequest = z.object({ accountId: z.string().min(1).max(64), userId: z.string().max(256) });

export const CallPickRequest = z.object({ sipCallId: z.string().min(1).max(256), contact: z.string().min(1).max(600) });
export const CallCreateContactRequest = z.object({ sipCallId: z.string().min(1).max(256), firstName: z.string().max(256), lastName: z.string().min(1).max(256) });
export const CallRef = z.object({ sipCallId: z.string().min(1).max(256) });
export const CallOpenContactRequest = z.object({ sipCallId: z.string().min(1).max(256), contact: z.string().max(600).optional() });

export const ActivityListRequest = z.object({ callId: z.string().max(256).optional() }).optional();
export const OutboxItemRef = z.object({ id: z.string().min(1).max(64) });

export const PhonebookEntryView = z.object({ number: z.string(), contacts: z.array(HelpdeskContact), syncedAt: z.number() });

export const TestCallRequest = z.object({
  from: z.string().min(1).max(128),
  name: z.string().max(256).default(''),
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  accountId: z.string().max(64).default('test'),
  /** Seconds of ringing before the answer; absent with `talk` absent = not answered. */
  answerAfter: z.number().min(0).max(3600).default(3),
  /** Seconds of talk; absent = the call is not answered. */
  talk: z.number().min(0).max(86_400).optional(),
  disposition: z.enum(['ANSWERED', 'NO ANSWER', 'BUSY', 'MISSED', 'VOICEMAIL']).optional(),
  /** How long to wait for the after-call work to be delivered. */
  waitSeconds: z.number().min(0).max(300).default(30),
});
export type TestCallRequest = z.input<typeof TestCallRequest>;

export const TestCallReport = z.object({
  sipCallId: z.string(),
  contacts: z.array(HelpdeskContact),
  picked: z.string().optional(),
  activity: z.array(ActivityEntry),
  outbox: z.array(OutboxItem),
  errors: z.array(WireProblem),
});
export type TestCallReport = z.infer<typeof TestCallReport>;

export { ActivityEntry, HelpdeskUser, OutboxItem };

const NoPayload = z.undefined();

/** The integration's channels, spread into shared/ipc.ts. */
export const integrationChannels = {
  'integration.status': invoke(NoPayload, IntegrationStatusView),
  'integration.connect': invoke(IntegrationConnectRequest, IntegrationStatusView),
  'integration.disconnect': invoke(NoPayload, IntegrationStatusView),
  'integration.changed': event(IntegrationStatusView),
  'integration.users': invoke(NoPayload, UserAssociationView),
  'integration.users.sync': invoke(NoPayload, UserAssociationView),
  'integration.associate': invoke(AssociateRequest, UserAssociationView),
  'integration.associate.byEmail': invoke(NoPayload, UserAssociationView),
  'call.pick': invoke(CallPickRequest, NoPayload),
  'call.createContact': invoke(CallCreateContactRequest, NoPayload),
  'call.openContact': invoke(CallOpenContactRequest, PopupResult),
  /** Looks the caller up again past the phonebook (after a failed lookup); the result comes as call.updated. */
  'call.lookup': invoke(CallRef, NoPayload),
  'call.test': invoke(TestCallRequest, TestCallReport),
  'activity.list': invoke(ActivityListRequest, z.array(ActivityEntry)),
  'activity.changed': event(ActivityEntry),
  'outbox.list': invoke(NoPayload, z.array(OutboxItem)),
  'outbox.retry': invoke(OutboxItemRef, OutboxItem),
  'outbox.discard': invoke(OutboxItemRef, OutboxItem),
  'outbox.changed': event(OutboxItem),
  'phonebook.list': invoke(NoPayload, z.array(PhonebookEntryView)),
} as const;
