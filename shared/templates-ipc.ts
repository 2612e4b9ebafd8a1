// The payloads of the templates channels (templates.*): the admin's Templates
// screen, its path tester and its dry run. Every string from the renderer is
// bounded here, so main never reads an unbounded or malformed request.
import { z } from 'zod';
import { invoke } from './ipc-channel';
import { WireProblem } from './i18n/wire-problem';
import { CONTACT_FIELDS, USER_FIELDS } from './template/vocabulary';

/** The store's limit (main/store/templates.ts MAX_CUSTOM_TEMPLATES), repeated so the UI can explain it. */
export const CUSTOM_TEMPLATE_LIMIT = 10;

// The file a template added through the form starts from: the root with the
// guide's properties and an AuthMethod scenario. The form then writes only
// what the admin filled in (applyFormToTemplate), so a form-made file looks
// like the guide's examples and nothing more.
export const NEW_TEMPLATE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Information Provider="helpdesk" Name="" Logo="" Remark="" Version="1.0" AuthType="none" MaxConcurrentRequest="5" UserAssociation="0" CallJournal="0" CreateNewContact="0" CreateNewTicket="0">
  <Scenarios>
    <Scenario Id="AuthMethod" Type="AUTH">
      <Presets></Presets>
      <Parameters>
        <Parameter Name="AuthMethod" Value="none"></Parameter>
      </Parameters>
      <Requests></Requests>
    </Scenario>
  </Scenarios>
</Information>
`;

const KEY = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a template Key: 1-64 letters, digits, ".", "_" or "-"');
/** 1 MB of UTF-8 is at most 1,048,576 UTF-16 units; the parser checks the byte limit exactly. */
const XML = z.string().min(1, 'the template XML is empty').max(1024 * 1024);
const FILE_NAME = z.string().min(1).max(255);
/** A logo travels as base64: 500 KB of bytes is at most 683 KB of text. */
const LOGO_BASE64 = z.string().min(1).max(700_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 text');
const TEXT = z.string().max(20_000);
const SHORT = z.string().max(2_000);

export const TemplateDiagnostic = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  path: z.string(),
  /** In English; `code` and `params` let the UI show it in its own language. */
  message: z.string(),
  code: z.string().max(100).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type TemplateDiagnostic = z.infer<typeof TemplateDiagnostic>;

export const TemplateSummary = z.object({
  key: z.string(),
  name: z.string(),
  provider: z.string(),
  remark: z.string(),
  version: z.string(),
  /** A `data:` URL of the stored logo, when there is one. */
  logo: z.string().optional(),
  /** Scenario Ids in the file that Ringdesk does not run (kept as they are). */
  unusedScenarios: z.array(z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateList = z.object({
  templates: z.array(TemplateSummary),
  limit: z.number().int(),
});
export type TemplateList = z.infer<typeof TemplateList>;

/** A custom template by Key, or a ready-made one by its id (file name without .xml). */
export const TemplateRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('custom'), key: KEY }),
  z.object({ kind: z.literal('readyMade'), id: KEY }),
]);
export type TemplateRef = z.infer<typeof TemplateRef>;

export const TemplateDetail = z.object({
  summary: TemplateSummary,
  xml: z.string(),
  diagnostics: z.array(TemplateDiagnostic),
});
export type TemplateDetail = z.infer<typeof TemplateDetail>;

// Enumerated controls are plain bounded strings: a hand-edited file may hold
// other values, and the template validator (not the contract) judges them.
const CustomFieldForm = z.object({ type: SHORT, name: SHORT, title: SHORT, options: SHORT });
const HeaderForm = z.object({ name: SHORT, value: TEXT, description: SHORT });
const ToggleText = z.object({ enabled: z.boolean(), value: TEXT });
const FieldMapping = z.object({ enabled: z.boolean(), path: SHORT });

function fieldsOf<const F extends readonly string[], S extends z.ZodType>(names: F, schema: S) {
  const shape = Object.fromEntries(names.map((n) => [n, schema])) as { [K in F[number]]: S };
  return z.object(shape);
}

/** shared/template/form/types.ts TemplateForm, as a validator. */
export const TemplateFormData = z.object({
  general: z.object({ name: SHORT, maxConcurrentRequests: z.string().max(10), remark: SHORT, logo: SHORT }),
  userAssociation: z.object({ enabled: z.boolean(), getUserUrl: TEXT, fields: fieldsOf(USER_FIELDS, SHORT) }),
  authentication: z.object({
    method: SHORT,
    credentialType: SHORT,
    base64EncodedCredential: SHORT,
    authEndPoint: TEXT,
    tokenEndPoint: TEXT,
    scope: SHORT,
    additionalQueryString: SHORT,
    tokenRefreshInterval: z.string().max(12),
    customFields: z.array(CustomFieldForm).max(5),
    commonHeaders: z.array(HeaderForm).max(20),
  }),
  contactSearch: z.object({
    contactTypes: z.array(z.object({ name: SHORT, matchUrl: TEXT })).max(20),
    popupMode: SHORT,
    urlFormat: TEXT,
    contactFieldForUrl: SHORT,
    fields: fieldsOf(CONTACT_FIELDS, FieldMapping),
  }),
  contactCreation: z.object({ enabled: z.boolean(), contactTypes: z.array(z.object({ name: SHORT, url: TEXT, body: TEXT })).max(20) }),
  callJournal: z.object({
    enabled: z.boolean(),
    url: TEXT,
    body: TEXT,
    subject: ToggleText,
    description: ToggleText,
    playCallRecording: z.object({ enabled: z.boolean(), defaultOn: z.boolean() }),
  }),
  ticketCreation: z.object({ enabled: z.boolean(), url: TEXT, body: TEXT, subject: ToggleText, description: ToggleText }),
});
export type TemplateFormData = z.infer<typeof TemplateFormData>;

const Logo = z.object({ base64: LOGO_BASE64 });

export const TemplateAddRequest = z.union([
  z.object({ form: TemplateFormData, logo: Logo.optional() }),
  z.object({ xml: XML, fileName: FILE_NAME.optional(), logo: Logo.optional() }),
]);
export type TemplateAddRequest = z.infer<typeof TemplateAddRequest>;

export const TemplateUpdateRequest = z.union([
  z.object({ key: KEY, form: TemplateFormData, logo: Logo.optional() }),
  z.object({ key: KEY, xml: XML, logo: Logo.optional() }),
]);
export type TemplateUpdateRequest = z.infer<typeof TemplateUpdateRequest>;

export const TemplateUploadRequest = z.object({ fileName: FILE_NAME, content: XML, logo: Logo.optional() });
export type TemplateUploadRequest = z.infer<typeof TemplateUploadRequest>;

/** What a save answers: the summary on success, or the findings that stopped it (at their lines). */
export const TemplateSaveResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), summary: TemplateSummary }),
  z.object({ ok: z.literal(false), message: WireProblem, diagnostics: z.array(TemplateDiagnostic) }),
]);
export type TemplateSaveResult = z.infer<typeof TemplateSaveResult>;

export const TemplateDownload = z.object({ fileName: z.string(), xml: z.string() });
export type TemplateDownload = z.infer<typeof TemplateDownload>;

export const TemplateDeleteRequest = z.object({ keys: z.array(KEY).min(1).max(CUSTOM_TEMPLATE_LIMIT) });
export const TemplateDeleteResult = z.object({ deleted: z.array(z.string()) });

export const TemplateLintRequest = z.object({ xml: XML });
export const TemplateLintResult = z.object({ diagnostics: z.array(TemplateDiagnostic) });

export const ReadyMadeTemplate = z.object({
  id: z.string(),
  name: z.string(),
  provider: z.string(),
  remark: z.string(),
  /** Installed as a custom template already (same Key). */
  installed: z.boolean(),
});
export type ReadyMadeTemplate = z.infer<typeof ReadyMadeTemplate>;

export const ReadyMadeInstallRequest = z.object({ id: KEY });

// ---- dry run: the requests a scenario would send, rendered, not sent ----

export const DryRunCall = z.object({
  direction: z.enum(['inbound', 'outbound']),
  /** The other party. */
  remoteNumber: z.string().max(128),
  remoteName: z.string().max(256),
  /** The agent's extension. */
  localNumber: z.string().max(128),
  localName: z.string().max(256),
  ringSeconds: z.number().int().min(0).max(86_400),
  /** 0: not answered. */
  talkSeconds: z.number().int().min(0).max(86_400),
});
export type DryRunCall = z.infer<typeof DryRunCall>;

export const DryRunRequest = z.object({
  template: TemplateRef,
  scenario: z.string().min(1).max(100),
  call: DryRunCall,
  /** Sample values of the connect-time fields (CustomFieldList); missing ones get a placeholder. */
  fields: z.record(z.string().max(100), z.string().max(2_000)),
});
export type DryRunRequest = z.infer<typeof DryRunRequest>;

export const DryRunHttpRequest = z.object({
  scenario: z.string(),
  request: z.string(),
  method: z.string(),
  url: z.string(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  body: z.string().optional(),
  /** Why this request could not be rendered (a template error), instead of the request. */
  error: WireProblem.optional(),
});
export type DryRunHttpRequest = z.infer<typeof DryRunHttpRequest>;

export const DryRunResult = z.object({
  requests: z.array(DryRunHttpRequest),
  /** Variables the requests were rendered with (secrets shown as ***). */
  variables: z.record(z.string(), z.string()),
  /** Values a dry run cannot know (outputs of earlier requests) and used a sample for. */
  samples: z.array(z.string()),
});
export type DryRunResult = z.infer<typeof DryRunResult>;

// ---- the channels, spread into shared/ipc.ts's table ----

const NoPayload = z.undefined();

export const templateChannels = {
  'templates.list': invoke(NoPayload, TemplateList),
  'templates.get': invoke(TemplateRef, TemplateDetail),
  'templates.add': invoke(TemplateAddRequest, TemplateSaveResult),
  'templates.update': invoke(TemplateUpdateRequest, TemplateSaveResult),
  'templates.upload': invoke(TemplateUploadRequest, TemplateSaveResult),
  'templates.download': invoke(z.object({ key: KEY }), TemplateDownload),
  'templates.delete': invoke(TemplateDeleteRequest, TemplateDeleteResult),
  'templates.lint': invoke(TemplateLintRequest, TemplateLintResult),
  'templates.readyMade': invoke(NoPayload, z.array(ReadyMadeTemplate)),
  'templates.readyMade.install': invoke(ReadyMadeInstallRequest, TemplateSaveResult),
  'templates.dryRun': invoke(DryRunRequest, DryRunResult),
} as const;
export type TemplateChannelName = keyof typeof templateChannels;
