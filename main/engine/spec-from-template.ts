// XML template -> IntegrationSpec. Errors name the file, line and element.
import { parseTemplate } from '../../shared/template/parse';
import { authSettings, requestBody, requestHeaders } from '../../shared/template/accessors';
import type { Parameter, Request, Scenario, Template } from '../../shared/template/model';
import { pagingVariablesOf } from '../../shared/template/validate/newer-editions';
import type { AuthSpec, IntegrationSpec, RequestSpec, ScenarioSpec } from './integration-spec';
import { normalizeCredentialFormat } from './template-text';

export class TemplateLoadError extends Error {
  override readonly name = 'TemplateLoadError';
}

const AUTH_METHODS = new Set(['none', 'basic', 'oauth2', 'bearertoken']);

/** Setting parameters: no Father (or CustomScenarioParameter); in a request also no Type (not a header or body). The first of each name wins. */
function settingsOf(parameters: readonly Parameter[], inRequest: boolean): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const p of parameters) {
    const isSetting = (p.father === undefined || p.father === 'CustomScenarioParameter') && (!inRequest || p.type === undefined);
    if (isSetting && p.name !== undefined && !(p.name in settings)) settings[p.name] = p.value ?? '';
  }
  return settings;
}

function requestSpec(scenarioId: string, request: Request): RequestSpec {
  const outputs = request.outputs;
  return {
    scenario: scenarioId,
    name: request.name ?? '',
    method: (request.method ?? 'GET').trim().toUpperCase() || 'GET',
    url: request.url ?? '',
    headers: requestHeaders(request).map((h) => ({ name: h.name, value: h.value })),
    body: requestBody(request),
    responseType: request.responseType ?? 'application/json',
    outputs: (outputs?.list ?? []).map((o) => ({ name: o.name ?? '', path: o.path ?? '' })).filter((o) => o.name !== ''),
    next: outputs?.next === undefined || outputs.next.trim() === '' ? undefined : outputs.next.trim(),
    settings: settingsOf(request.parameters, true),
    pagingVariables: pagingVariablesOf(request),
  };
}

function scenarioSpec(scenario: Scenario): ScenarioSpec {
  const id = scenario.id ?? '';
  const variables: Record<string, string> = {};
  for (const p of scenario.parameters) {
    // An empty Value is a blank for the admin to fill in, not a value that should hide a global of the same name.
    if (p.father === 'CustomScenarioParameter' && p.name !== undefined && (p.value ?? '') !== '' && !(p.name in variables)) variables[p.name] = p.value ?? '';
  }
  return { id, settings: settingsOf(scenario.parameters, false), variables, requests: scenario.requests.map((r) => requestSpec(id, r)) };
}

export function specFromTemplate(template: Template, fileName: string): IntegrationSpec {
  const info = template.information;
  const auth = authSettings(template);
  if (!AUTH_METHODS.has(auth.method)) {
    throw new TemplateLoadError(`template ${fileName}: AuthMethod "${auth.method}" is not one of none, basic, oauth2, bearertoken`);
  }
  const authSpec: AuthSpec = {
    method: auth.method as AuthSpec['method'],
    authEndPoint: auth.authEndPoint,
    tokenEndPoint: auth.tokenEndPoint,
    refreshTokenEndPoint: auth.refreshTokenEndPoint,
    scope: auth.scope,
    additionalQueryString: auth.additionalQueryString,
    basicCredential: auth.base64EncodedCredential === undefined || auth.base64EncodedCredential === '' ? undefined : normalizeCredentialFormat(auth.base64EncodedCredential),
    tokenRefreshInterval: auth.tokenRefreshInterval,
    tokenType: auth.tokenType ?? 'Bearer',
    noRefresh: auth.noNeedRefreshAccessToken,
    tokenInvalid: auth.tokenInvalid,
    customFields: auth.customFields.map((f) => ({ name: f.name, key: f.key === undefined || f.key.trim() === '' ? f.name : f.key, editor: f.editor, title: f.title, options: f.options })),
    commonHeaders: auth.commonHeaders.map((h) => ({ name: h.name, value: h.value })),
  };
  const scenarios = new Map<string, ScenarioSpec>();
  for (const s of info.scenarios) {
    if (s.id !== undefined && s.id !== 'AuthMethod' && !scenarios.has(s.id)) scenarios.set(s.id, scenarioSpec(s));
  }
  const max = info.maxConcurrentRequestCount;
  return {
    key: info.key ?? info.name ?? fileName,
    name: info.name ?? fileName,
    provider: info.provider ?? 'helpdesk',
    maxConcurrentRequest: max !== undefined && max > 0 ? max : 5,
    auth: authSpec,
    features: {
      userAssociation: info.userAssociation ?? scenarios.has('UserAssociation'),
      callJournal: info.callJournal ?? scenarios.has('CallJournal'),
      createNewContact: info.createNewContact ?? scenarios.has('CreateNewContact'),
      createNewTicket: info.provider !== 'crm' && (info.createNewTicket ?? scenarios.has('CreateNewTicket')),
    },
    scenarios,
  };
}

/** Parses XML text and builds the spec; throws naming the file, line and cause of the first error. */
export function loadIntegrationSpec(xml: string, fileName: string): IntegrationSpec {
  const parsed = parseTemplate(xml, { validate: false });
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  if (!parsed.template || error) {
    const where = error ? `${fileName}:${error.line}:${error.column}` : fileName;
    throw new TemplateLoadError(`template ${where}: ${error?.message ?? 'not a template'}`);
  }
  return specFromTemplate(parsed.template, fileName);
}
