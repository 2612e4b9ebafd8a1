// Typed reads the engine uses: which scenario, which auth settings, which
// fields the user fills in, which headers go on every request.
import { normalizeBasicCredential } from './actions';
import type { Parameter, Request, Scenario, Template } from './model';
import type { Position } from './xml/position';

export function scenario(template: Template, id: string): Scenario | undefined {
  return template.information.scenarios.find((s) => s.id === id);
}

export type EditorKind = 'string' | 'password' | 'list';

export interface CustomField {
  readonly name: string;
  readonly editor: EditorKind | string;
  readonly title: string;
  /** List options (Editor="list"), from Value split on commas. */
  readonly options: readonly string[];
  /** Newer editions' `Key` attribute, when present. */
  readonly key: string | undefined;
  readonly position: Position | undefined;
}

export interface Header {
  readonly name: string;
  /** Template text, e.g. `{{.client_id}}`. */
  readonly value: string;
  readonly description: string | undefined;
  readonly position: Position | undefined;
}

export interface AuthSettings {
  /** AuthMethod parameter, falling back to Information AuthType; `none` when both are absent. */
  readonly method: string;
  readonly authEndPoint: string | undefined;
  readonly tokenEndPoint: string | undefined;
  /** Newer editions' optional "Refresh access token" URL (Ringdesk's name: `RefreshTokenEndPoint`); TokenEndPoint when absent. */
  readonly refreshTokenEndPoint: string | undefined;
  readonly scope: string | undefined;
  readonly additionalQueryString: string | undefined;
  readonly credentialType: string | undefined;
  /** As written in the template. */
  readonly base64EncodedCredential: string | undefined;
  /** Rewritten to the `{{.user}}:{{.password}}` spelling (see normalizeBasicCredential). */
  readonly basicCredentialTemplate: string | undefined;
  /** Seconds, bearertoken only. */
  readonly tokenRefreshInterval: number | undefined;
  /** Newer editions: `TokenType` (e.g. `Bearer`). */
  readonly tokenType: string | undefined;
  /** Newer editions: `Father="AuthOption" Name="NoNeedRefreshAccessToken" Value="1"`. */
  readonly noNeedRefreshAccessToken: boolean;
  /** Response texts that mean "the token is invalid" (`Father="TokenErrorMap" Type="TokenInvalid"`). */
  readonly tokenInvalid: readonly string[];
  readonly customFields: readonly CustomField[];
  /** Headers sent with every request of the template. */
  readonly commonHeaders: readonly Header[];
}

function setting(s: Scenario | undefined, name: string): string | undefined {
  const v = s?.parameter(name)?.value;
  return v === undefined || v === '' ? undefined : v;
}

export function toCustomField(p: Parameter): CustomField {
  const editor = p.editor ?? 'string';
  return {
    name: p.name ?? '',
    editor,
    title: p.title ?? p.name ?? '',
    options: editor === 'list' ? (p.value ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '') : [],
    key: p.key,
    position: p.position,
  };
}

export function toHeader(p: Parameter): Header {
  return { name: p.name ?? '', value: p.value ?? '', description: p.description, position: p.position };
}

export function customFieldParameters(template: Template): Parameter[] {
  return scenario(template, 'AuthMethod')?.parameters.filter((p) => p.father === 'CustomFieldList') ?? [];
}

export function commonHeaderParameters(template: Template): Parameter[] {
  return scenario(template, 'AuthMethod')?.parameters.filter((p) => p.father === 'PopulateTemplateString' && p.type === 'Header') ?? [];
}

export function authSettings(template: Template): AuthSettings {
  const auth = scenario(template, 'AuthMethod');
  const params = auth?.parameters ?? [];
  const base64 = auth?.parameter('Base64EncodedCredential')?.value;
  const interval = setting(auth, 'TokenRefreshInterval');
  return {
    method: setting(auth, 'AuthMethod') ?? template.information.authType ?? 'none',
    authEndPoint: setting(auth, 'AuthEndPoint'),
    tokenEndPoint: setting(auth, 'TokenEndPoint'),
    refreshTokenEndPoint: setting(auth, 'RefreshTokenEndPoint'),
    scope: setting(auth, 'Scope'),
    additionalQueryString: setting(auth, 'AdditionalQueryString'),
    credentialType: setting(auth, 'CredentialType'),
    base64EncodedCredential: base64,
    basicCredentialTemplate: base64 === undefined || base64 === '' ? undefined : normalizeBasicCredential(base64),
    tokenRefreshInterval: interval !== undefined && /^\s*[0-9]+\s*$/.test(interval) ? Number(interval) : undefined,
    tokenType: setting(auth, 'TokenType'),
    noNeedRefreshAccessToken: params.some((p) => p.father === 'AuthOption' && p.name === 'NoNeedRefreshAccessToken' && p.value === '1'),
    tokenInvalid: params.filter((p) => p.father === 'TokenErrorMap').map((p) => p.value ?? '').filter((v) => v !== ''),
    customFields: customFieldParameters(template).map(toCustomField),
    commonHeaders: commonHeaderParameters(template).map(toHeader),
  };
}

export function requestHeaders(request: Request): Header[] {
  return request.headers.map(toHeader);
}

/** The body template of a request (`<Parameter Name="Data" Type="Body">`), if any. */
export function requestBody(request: Request): string | undefined {
  return request.body?.value;
}

/** Whether the scenario's `Enable<Field>` setting is on. */
export function isEnabled(s: Scenario | undefined, setting: string): boolean {
  return s?.parameter(setting)?.value === '1';
}
