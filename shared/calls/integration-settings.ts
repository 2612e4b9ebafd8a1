// The admin's/agent's choices for the helpdesk integration: which template,
// the connect-time field values that are not secrets (password fields live in
// the secret store), and the features of the guide's "Set up Helpdesk
// Integration Features" chapter. Defaults give a working setup once connected.
import { z } from 'zod';
import { describeRecordingLinkProblem, recordingLinkProblem } from './recording-link';

export const DEFAULT_OAUTH_REDIRECT_PORT = 47321;

/** The redirect URI to register with the helpdesk for OAuth2 sign-in. */
export function oauthRedirectUri(port: number): string {
  return `http://127.0.0.1:${port}/callback`;
}

export const PhoneFormatSetting = z.enum(['as-dialled', 'e164', 'national']);

export const ContactSyncSettings = z.object({
  enabled: z.boolean().default(true),
  /** Contact types (SyncContactAuto request names) to search; empty = all the template has. */
  types: z.array(z.string()).default([]),
  /** Off: the local phonebook is consulted first and the helpdesk only when it has no match. */
  alwaysQuery: z.boolean().default(true),
  phonebookName: z.string().default('Helpdesk_Synchronization'),
});

export const ContactCreationSettings = z.object({
  enabled: z.boolean().default(false),
  /** CreateNewContact request name (the contact type); empty = the template's first. */
  type: z.string().default(''),
  method: z.enum(['automatic', 'manual']).default('manual'),
  /** For `automatic`: which unknown calls create a contact. */
  callTypes: z.array(z.enum(['inbound', 'outbound'])).default(['inbound']),
});

export const PopupSettings = z.object({
  enabled: z.boolean().default(true),
  method: z.enum(['automatic', 'manual']).default('automatic'),
  /** Automatic popups are for incoming calls only (as in the guide). */
  trigger: z.enum(['ring', 'answered', 'end']).default('ring'),
});

export const JournalSettings = z.object({
  enabled: z.boolean().default(true),
  /** Overrides of the template's Subject/Description (used only when the template allows it). */
  subject: z.string().optional(),
  description: z.string().optional(),
  playCallRecording: z.boolean().default(false),
  /**
   * Where the PBX keeps a call's recording, written with the call's variables
   * (recording-link.ts); sent as {{.RecordPath}} when playCallRecording is on.
   */
  recordingLink: z
    .string()
    .max(2048)
    .default('')
    .superRefine((link, ctx) => {
      const problem = recordingLinkProblem(link);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `recording link: ${describeRecordingLinkProblem(problem)}` });
    }),
});

export const AfterCallTicketType = z.enum(['inbound-answered', 'inbound-no-answer', 'outbound-answered', 'outbound-no-answer']);
export type AfterCallTicketType = z.infer<typeof AfterCallTicketType>;

export const TicketSettings = z.object({
  enabled: z.boolean().default(false),
  when: z.enum(['before', 'after']).default('after'),
  /** For `before`. */
  beforeCallTypes: z.array(z.enum(['inbound', 'outbound'])).default(['inbound']),
  /** For `after`. */
  afterCallTypes: z.array(AfterCallTicketType).default(['inbound-answered', 'inbound-no-answer']),
  subject: z.string().optional(),
  description: z.string().optional(),
});

export const MatchSettings = z.object({
  /**
   * Which of several contacts with the same number a call's journal and
   * ticket belong to until the agent picks: the first found (contact types in
   * template order, then the helpdesk's order), or the one picked last time
   * for this number (falling back to the first).
   */
  defaultPick: z.enum(['first', 'last-picked']).default('last-picked'),
  /** With several matches, how long after hang-up the journal waits for the agent's pick. */
  pickWaitSeconds: z.number().int().min(0).max(600).default(30),
});

export const IntegrationSettings = z.object({
  /** Key of the chosen template; empty = no integration. */
  templateKey: z.string().default(''),
  /** Non-secret connect-time field values, by field name. */
  fields: z.record(z.string(), z.string()).default({}),
  /** How `{{.Phone}}` is given to the helpdesk. */
  phoneFormat: PhoneFormatSetting.default('e164'),
  /** IANA zone for `{{.Time}}` and TimeFormat; empty = the system's. */
  timeZone: z.string().default(''),
  /**
   * The OAuth2 redirect listener's port on 127.0.0.1: fixed so the admin can
   * register `http://127.0.0.1:<port>/callback` with the helpdesk once.
   */
  oauthRedirectPort: z.number().int().min(1024).max(65535).default(DEFAULT_OAUTH_REDIRECT_PORT),
  /** SIP account id -> helpdesk user id (UserAssociation). */
  associations: z.record(z.string(), z.string()).default({}),
  /** SIP account id -> the agent's email, for "Associate Automatically". */
  accountEmails: z.record(z.string(), z.string()).default({}),
  contactSync: ContactSyncSettings.prefault({}),
  contactCreation: ContactCreationSettings.prefault({}),
  popup: PopupSettings.prefault({}),
  journal: JournalSettings.prefault({}),
  ticket: TicketSettings.prefault({}),
  matches: MatchSettings.prefault({}),
});
export type IntegrationSettings = z.infer<typeof IntegrationSettings>;

export function defaultIntegrationSettings(): IntegrationSettings {
  return IntegrationSettings.parse({});
}

/**
 * A change to the integration settings: the fields named change, the others
 * stay. A feature section (contactSync, popup, ...) is given whole; what it
 * leaves out takes its default.
 */
export const IntegrationSettingsPatch = z
  .object({
    templateKey: z.string().optional(),
    fields: z.record(z.string(), z.string()).optional(),
    phoneFormat: PhoneFormatSetting.optional(),
    timeZone: z.string().optional(),
    oauthRedirectPort: z.number().int().min(1024).max(65535).optional(),
    associations: z.record(z.string(), z.string()).optional(),
    accountEmails: z.record(z.string(), z.string()).optional(),
    contactSync: ContactSyncSettings.optional(),
    contactCreation: ContactCreationSettings.optional(),
    popup: PopupSettings.optional(),
    journal: JournalSettings.optional(),
    ticket: TicketSettings.optional(),
    matches: MatchSettings.optional(),
  })
  .strict();
export type IntegrationSettingsPatch = z.infer<typeof IntegrationSettingsPatch>;
