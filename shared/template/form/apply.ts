// Form -> template. Only what the user changed in the form is written: the
// form is compared with what it showed (formFromTemplate), and each changed
// control edits its own attribute or element. Everything else in the file,
// including hand-made extended configurations, stays byte for byte.
import { commonHeaderParameters, customFieldParameters, scenario } from '../accessors';
import type { Request, Scenario, Template } from '../model';
import { CONTACT_FIELDS, KNOWN_SCENARIOS, USER_FIELDS } from '../vocabulary';
import { formFromTemplate } from './read';
import type { CreationTypeForm, HeaderForm, TemplateForm, ToggleText } from './types';

function ensureScenario(template: Template, id: string): Scenario {
  return scenario(template, id) ?? template.information.addScenario(id, KNOWN_SCENARIOS[id] ?? 'REST');
}

function ensureRequest(s: Scenario, name: string, method: string): Request {
  return s.request(name) ?? s.requests[0] ?? s.addRequest({ Name: name, Method: method, URLFormat: '' });
}

function setOutput(request: Request, name: string, path: string): void {
  const outputs = request.ensureOutputs();
  const existing = outputs.output(name);
  if (existing) existing.path = path;
  else if (path !== '') outputs.add(name, path);
}

export function applyFormToTemplate(template: Template, form: TemplateForm): void {
  const before = formFromTemplate(template);
  applyGeneral(template, form, before);
  applyAuthentication(template, form.authentication, before.authentication);
  applyUserAssociation(template, form.userAssociation, before.userAssociation);
  applyContactSearch(template, form.contactSearch, before.contactSearch);
  applyContactCreation(template, form.contactCreation, before.contactCreation);
  applyJournal(template, form.callJournal, before.callJournal);
  applyTicket(template, form.ticketCreation, before.ticketCreation);
}

function applyGeneral(template: Template, form: TemplateForm, before: TemplateForm): void {
  const info = template.information;
  const g = form.general;
  const b = before.general;
  if (g.name !== b.name) info.name = g.name;
  if (g.maxConcurrentRequests !== b.maxConcurrentRequests) info.maxConcurrentRequest = g.maxConcurrentRequests;
  if (g.remark !== b.remark) info.remark = g.remark;
  if (g.logo !== b.logo) info.logo = g.logo;
}

type AuthForm = TemplateForm['authentication'];

const AUTH_SETTINGS: readonly [keyof AuthForm, string][] = [
  ['method', 'AuthMethod'],
  ['credentialType', 'CredentialType'],
  ['base64EncodedCredential', 'Base64EncodedCredential'],
  ['authEndPoint', 'AuthEndPoint'],
  ['tokenEndPoint', 'TokenEndPoint'],
  ['scope', 'Scope'],
  ['additionalQueryString', 'AdditionalQueryString'],
  ['tokenRefreshInterval', 'TokenRefreshInterval'],
];

function applyAuthentication(template: Template, form: AuthForm, before: AuthForm): void {
  for (const [key, name] of AUTH_SETTINGS) {
    const value = form[key];
    if (typeof value !== 'string' || value === before[key]) continue;
    ensureScenario(template, 'AuthMethod').setParameter(name, value);
    if (key === 'method') template.information.authType = value;
  }
  applyList(
    form.customFields,
    before.customFields,
    customFieldParameters(template),
    (f) => ensureScenario(template, 'AuthMethod').addParameter({ Father: 'CustomFieldList', Name: f.name, Editor: f.type, Title: f.title, Value: f.type === 'list' ? f.options : undefined }),
    (p, f, old) => {
      if (f.name !== old.name) p.name = f.name;
      if (f.type !== old.type) p.editor = f.type;
      if (f.title !== old.title) p.title = f.title;
      if (f.options !== old.options || f.type !== old.type) p.value = f.type === 'list' ? f.options : f.type === old.type ? p.value : undefined;
    },
  );
  applyList(
    form.commonHeaders,
    before.commonHeaders,
    commonHeaderParameters(template),
    (h) => ensureScenario(template, 'AuthMethod').addParameter({ Father: 'PopulateTemplateString', Type: 'Header', Name: h.name, Value: h.value, Description: h.description || undefined }),
    (p, h: HeaderForm, old) => {
      if (h.name !== old.name) p.name = h.name;
      if (h.value !== old.value) p.value = h.value;
      if (h.description !== old.description) p.description = h.description;
    },
  );
}

/**
 * Applies a list control position by position: rows that exist are updated
 * in place, new rows are added, rows the user deleted are removed.
 */
function applyList<F, V extends { remove(): void }>(
  form: readonly F[],
  before: readonly F[],
  views: readonly V[],
  add: (row: F) => void,
  update: (view: V, row: F, old: F) => void,
): void {
  form.forEach((row, i) => {
    const view = views[i];
    const old = before[i];
    if (view && old) update(view, row, old);
    else add(row);
  });
  for (const view of views.slice(form.length)) view.remove();
}

function applyUserAssociation(template: Template, form: TemplateForm['userAssociation'], before: TemplateForm['userAssociation']): void {
  if (form.enabled !== before.enabled) template.information.userAssociation = form.enabled;
  const changedFields = USER_FIELDS.filter((f) => form.fields[f] !== before.fields[f]);
  if (form.getUserUrl === before.getUserUrl && changedFields.length === 0) return;
  const request = ensureRequest(ensureScenario(template, 'UserAssociation'), 'UserAssociation', 'GET');
  if (form.getUserUrl !== before.getUserUrl) request.url = form.getUserUrl;
  for (const f of changedFields) setOutput(request, f, form.fields[f]);
}

function applyContactSearch(template: Template, form: TemplateForm['contactSearch'], before: TemplateForm['contactSearch']): void {
  const touched =
    JSON.stringify(form) !== JSON.stringify(before);
  if (!touched) return;
  const sync = ensureScenario(template, 'SyncContactAuto');
  const setting = (name: string, value: string, old: string): void => {
    if (value !== old) sync.setParameter(name, value);
  };
  setting('ContactUrlType', form.popupMode, before.popupMode);
  setting('URLFormat', form.urlFormat, before.urlFormat);
  setting('ContactFieldForUri', form.contactFieldForUrl, before.contactFieldForUrl);
  applyList(
    form.contactTypes,
    before.contactTypes,
    sync.requests,
    (t) => {
      const request = sync.addRequest({ Name: t.name, Method: 'GET', URLFormat: t.matchUrl });
      for (const f of CONTACT_FIELDS) if (form.fields[f].path !== '') setOutput(request, f, form.fields[f].path);
    },
    (request, t, old) => {
      if (t.name !== old.name) request.name = t.name;
      if (t.matchUrl !== old.matchUrl) request.url = t.matchUrl;
    },
  );
  for (const f of CONTACT_FIELDS) {
    const now = form.fields[f];
    const was = before.fields[f];
    if (now.enabled !== was.enabled) sync.setParameter(`${f}Enable`, now.enabled ? '1' : '0');
    if (now.path !== was.path) for (const request of sync.requests) setOutput(request, f, now.path);
  }
}

function applyContactCreation(template: Template, form: TemplateForm['contactCreation'], before: TemplateForm['contactCreation']): void {
  if (form.enabled !== before.enabled) template.information.createNewContact = form.enabled;
  if (JSON.stringify(form.contactTypes) === JSON.stringify(before.contactTypes)) return;
  const creation = ensureScenario(template, 'CreateNewContact');
  applyList(
    form.contactTypes,
    before.contactTypes,
    creation.requests,
    (t: CreationTypeForm) => creation.addRequest({ Name: t.name, Method: 'POST', URLFormat: t.url }).setBody(t.body),
    (request, t, old) => {
      if (t.name !== old.name) request.name = t.name;
      if (t.url !== old.url) request.url = t.url;
      if (t.body !== old.body) request.setBody(t.body);
    },
  );
}

function applyToggle(s: () => Scenario, name: string, now: ToggleText, was: ToggleText): void {
  if (now.enabled !== was.enabled) s().setParameter(`Enable${name}`, now.enabled ? '1' : '0');
  if (now.value !== was.value) s().setParameter(name, now.value);
}

function applyRequestBody(s: () => Scenario, requestName: string, url: [string, string], body: [string, string]): void {
  if (url[0] === url[1] && body[0] === body[1]) return;
  const request = ensureRequest(s(), requestName, 'POST');
  if (url[0] !== url[1]) request.url = url[0];
  if (body[0] !== body[1]) request.setBody(body[0]);
}

function applyJournal(template: Template, form: TemplateForm['callJournal'], before: TemplateForm['callJournal']): void {
  if (form.enabled !== before.enabled) template.information.callJournal = form.enabled;
  const s = (): Scenario => ensureScenario(template, 'CallJournal');
  applyRequestBody(s, 'CallJournal', [form.url, before.url], [form.body, before.body]);
  applyToggle(s, 'Subject', form.subject, before.subject);
  applyToggle(s, 'Description', form.description, before.description);
  const play = form.playCallRecording;
  const was = before.playCallRecording;
  if (play.enabled !== was.enabled) s().setParameter('EnablePlayCallRecording', play.enabled ? '1' : '0');
  if (play.defaultOn !== was.defaultOn) s().setParameter('PlayCallRecording', play.defaultOn ? '1' : '0');
}

function applyTicket(template: Template, form: TemplateForm['ticketCreation'], before: TemplateForm['ticketCreation']): void {
  if (form.enabled !== before.enabled) template.information.createNewTicket = form.enabled;
  const s = (): Scenario => ensureScenario(template, 'CreateNewTicket');
  applyRequestBody(s, 'CreateNewTicket', [form.url, before.url], [form.body, before.body]);
  applyToggle(s, 'Subject', form.subject, before.subject);
  applyToggle(s, 'Description', form.description, before.description);
}

