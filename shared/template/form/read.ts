// Template -> form: what the dialog shows for a template.
import { commonHeaderParameters, customFieldParameters, scenario } from '../accessors';
import type { Scenario, Template } from '../model';
import { CONTACT_FIELDS, USER_FIELDS, type ContactField, type UserField } from '../vocabulary';
import type { TemplateForm, ToggleText } from './types';

function setting(s: Scenario | undefined, name: string): string {
  return s?.parameter(name)?.value ?? '';
}

function toggle(s: Scenario | undefined, name: string): ToggleText {
  return { enabled: setting(s, `Enable${name}`) === '1', value: setting(s, name) };
}

function outputPath(s: Scenario | undefined, requestIndex: number, name: string): string {
  return s?.requests[requestIndex]?.outputs?.output(name)?.path ?? '';
}

export function formFromTemplate(template: Template): TemplateForm {
  const info = template.information;
  const auth = scenario(template, 'AuthMethod');
  const users = scenario(template, 'UserAssociation');
  const sync = scenario(template, 'SyncContactAuto');
  const creation = scenario(template, 'CreateNewContact');
  const journal = scenario(template, 'CallJournal');
  const ticket = scenario(template, 'CreateNewTicket');
  const userFields = Object.fromEntries(USER_FIELDS.map((f) => [f, outputPath(users, 0, f)])) as Record<UserField, string>;
  const contactFields = Object.fromEntries(
    CONTACT_FIELDS.map((f) => [f, { enabled: setting(sync, `${f}Enable`) === '1', path: outputPath(sync, 0, f) }]),
  ) as Record<ContactField, { enabled: boolean; path: string }>;
  return {
    general: { name: info.name ?? '', maxConcurrentRequests: info.maxConcurrentRequest ?? '', remark: info.remark ?? '', logo: info.logo ?? '' },
    userAssociation: { enabled: info.userAssociation === true, getUserUrl: users?.requests[0]?.url ?? '', fields: userFields },
    authentication: {
      method: setting(auth, 'AuthMethod') || (info.authType ?? 'none'),
      credentialType: setting(auth, 'CredentialType'),
      base64EncodedCredential: setting(auth, 'Base64EncodedCredential'),
      authEndPoint: setting(auth, 'AuthEndPoint'),
      tokenEndPoint: setting(auth, 'TokenEndPoint'),
      scope: setting(auth, 'Scope'),
      additionalQueryString: setting(auth, 'AdditionalQueryString'),
      tokenRefreshInterval: setting(auth, 'TokenRefreshInterval'),
      customFields: customFieldParameters(template).map((p) => ({ type: p.editor ?? 'string', name: p.name ?? '', title: p.title ?? '', options: p.editor === 'list' ? (p.value ?? '') : '' })),
      commonHeaders: commonHeaderParameters(template).map((p) => ({ name: p.name ?? '', value: p.value ?? '', description: p.description ?? '' })),
    },
    contactSearch: {
      contactTypes: (sync?.requests ?? []).map((r) => ({ name: r.name ?? '', matchUrl: r.url ?? '' })),
      popupMode: setting(sync, 'ContactUrlType') || 'specify_url_format',
      urlFormat: setting(sync, 'URLFormat'),
      contactFieldForUrl: setting(sync, 'ContactFieldForUri'),
      fields: contactFields,
    },
    contactCreation: {
      enabled: info.createNewContact === true,
      contactTypes: (creation?.requests ?? []).map((r) => ({ name: r.name ?? '', url: r.url ?? '', body: r.body?.value ?? '' })),
    },
    callJournal: {
      enabled: info.callJournal === true,
      url: journal?.requests[0]?.url ?? '',
      body: journal?.requests[0]?.body?.value ?? '',
      subject: toggle(journal, 'Subject'),
      description: toggle(journal, 'Description'),
      playCallRecording: { enabled: setting(journal, 'EnablePlayCallRecording') === '1', defaultOn: setting(journal, 'PlayCallRecording') === '1' },
    },
    ticketCreation: {
      enabled: info.createNewTicket === true,
      url: ticket?.request('CreateNewTicket')?.url ?? ticket?.requests[0]?.url ?? '',
      body: ticket?.request('CreateNewTicket')?.body?.value ?? ticket?.requests[0]?.body?.value ?? '',
      subject: toggle(ticket, 'Subject'),
      description: toggle(ticket, 'Description'),
    },
  };
}
