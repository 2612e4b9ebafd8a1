// The engine's plain view of an integration template: what to request, how,
// and what to read back. Built once from the XML model (spec-from-template.ts)
// so the engine never walks XML while a call is ringing.

export interface HeaderSpec {
  readonly name: string;
  /** Template text. */
  readonly value: string;
}

export interface OutputSpec {
  readonly name: string;
  /** GJSON path(s); several comma-separated alternatives are tried in order. */
  readonly path: string;
}

export interface RequestSpec {
  readonly scenario: string;
  readonly name: string;
  readonly method: string;
  /** Template text. */
  readonly url: string;
  readonly headers: readonly HeaderSpec[];
  /** The `Data` body parameter (template text), if any. */
  readonly body: string | undefined;
  readonly responseType: string;
  readonly outputs: readonly OutputSpec[];
  /** `Outputs Next=`: a request of the Common scenario to run per result. */
  readonly next: string | undefined;
  /** The request's own setting parameters (no Father or CustomScenarioParameter, no Type): PageSize, MaxPages, ... */
  readonly settings: Readonly<Record<string, string>>;
  /** Which of {{.Page}}, {{.PageSize}}, {{.Offset}}, {{.Limit}} the URL or body uses; any means the request is fetched page by page. */
  readonly pagingVariables: readonly string[];
}

export interface ScenarioSpec {
  readonly id: string;
  /** Setting parameters (no Father): EnableSubject, Subject, ContactUrlType, ... */
  readonly settings: Readonly<Record<string, string>>;
  /** Father="CustomScenarioParameter" parameters with a Value: variables of this scenario's requests. */
  readonly variables: Readonly<Record<string, string>>;
  readonly requests: readonly RequestSpec[];
}

export interface CustomFieldSpec {
  readonly name: string;
  /** Newer editions' `Key` attribute (a stable key for the field); the Name when absent. */
  readonly key: string;
  readonly editor: string;
  readonly title: string;
  readonly options: readonly string[];
}

export interface AuthSpec {
  readonly method: 'none' | 'basic' | 'oauth2' | 'bearertoken';
  readonly authEndPoint: string | undefined;
  readonly tokenEndPoint: string | undefined;
  /** Newer editions' separate refresh URL (RefreshTokenEndPoint); TokenEndPoint is used when absent. */
  readonly refreshTokenEndPoint: string | undefined;
  readonly scope: string | undefined;
  readonly additionalQueryString: string | undefined;
  /** `{{.user}}:{{.password}}` spelling, whichever way the template wrote it. */
  readonly basicCredential: string | undefined;
  /** Seconds. */
  readonly tokenRefreshInterval: number | undefined;
  readonly tokenType: string;
  /** Newer editions' AuthOption NoNeedRefreshAccessToken=1: the token never expires; a rejection means sign in again. */
  readonly noRefresh: boolean;
  readonly tokenInvalid: readonly string[];
  readonly customFields: readonly CustomFieldSpec[];
  readonly commonHeaders: readonly HeaderSpec[];
}

export interface IntegrationSpec {
  readonly key: string;
  readonly name: string;
  readonly provider: string;
  readonly maxConcurrentRequest: number;
  readonly auth: AuthSpec;
  readonly features: {
    readonly userAssociation: boolean;
    readonly callJournal: boolean;
    readonly createNewContact: boolean;
    readonly createNewTicket: boolean;
  };
  readonly scenarios: ReadonlyMap<string, ScenarioSpec>;
}

export function scenarioOf(spec: IntegrationSpec, id: string): ScenarioSpec | undefined {
  return spec.scenarios.get(id);
}

export function commonRequest(spec: IntegrationSpec, name: string): RequestSpec | undefined {
  return spec.scenarios.get('Common')?.requests.find((r) => r.name === name);
}

/** Names of the custom fields whose values are secrets (Editor="password"). */
export function secretFieldNames(spec: IntegrationSpec): string[] {
  return spec.auth.customFields.filter((f) => f.editor === 'password').map((f) => f.name);
}
