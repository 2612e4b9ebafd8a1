// Runs one template request: renders URL (url escaping), headers (common then
// per-request), body (`Data`, JSON escaping when it is JSON), adds the auth
// headers, sends it, and reads the response. A 401, or a non-2xx answer whose
// body holds a TokenInvalid text, triggers one shared refresh and one retry.
import { problem, ProblemError, problemOf } from '../../shared/i18n/problem';
import type { Problem } from '../../shared/i18n/problem';
import type { AuthProvider } from './auth';
import { AuthFailedError } from './auth';
import type { HttpClient, HttpResponse } from './http-client';
import { NetworkError } from './http-client';
import type { HeaderSpec, RequestSpec } from './integration-spec';
import type { JsonDocument } from './json-path';
import { isJson, jsonDocument } from './json-path';
import type { Redactor } from './redactor';
import { renderText } from './template-text';
import type { Vars } from './template-text';

export interface RequestResult {
  readonly status: number;
  readonly doc: JsonDocument;
  /** `METHOD url`, redacted. */
  readonly line: string;
  readonly durationMs: number;
  readonly attempts: number;
}

/** A request that did not succeed; `retryable` says whether trying later may help. Its Problem is redacted. */
export class RequestFailedError extends ProblemError {
  override readonly name = 'RequestFailedError';
  constructor(
    problem: Problem,
    readonly status: number,
    readonly retryable: boolean,
    readonly line: string,
  ) {
    super(problem);
  }
}

export interface RequestRunnerContext {
  readonly http: HttpClient;
  readonly auth: AuthProvider;
  readonly redactor: Redactor;
  readonly commonHeaders: readonly HeaderSpec[];
  readonly tokenInvalid: readonly string[];
  readonly timeZone?: string | undefined;
  /** Called when the auth method gives up, so the integration can show "Disconnected". */
  readonly onAuthFailed: (reason: Problem) => void;
}

export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

export function prepareRequest(spec: RequestSpec, vars: Vars, commonHeaders: readonly HeaderSpec[], timeZone?: string): PreparedRequest {
  const where = `${spec.scenario}/${spec.name}`;
  const wrap = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new RequestFailedError(problem('request.render', { where, part: what, detail: error instanceof Error ? error.message : String(error) }), 0, false, where);
    }
  };
  const url = wrap('URLFormat', () => renderText(spec.url, vars, { escape: 'url', timeZone }).trim());
  wrap('URLFormat', () => {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`${parsed.protocol} is not http or https`);
  });
  const headers: Record<string, string> = {};
  for (const h of [...commonHeaders, ...spec.headers]) {
    if (h.name.trim() === '') continue;
    headers[h.name.trim()] = wrap(`header ${h.name}`, () => renderText(h.value, vars, { escape: 'text', timeZone })).replace(/[\r\n]+/g, ' ');
  }
  let body: string | undefined;
  if (spec.body !== undefined && spec.body.trim() !== '') {
    const jsonBody = bodyIsJson(spec.body, headers);
    body = wrap('body', () => renderText(spec.body ?? '', vars, { escape: jsonBody ? 'json' : 'text', timeZone }));
    const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
    if (!hasType) headers['Content-Type'] = jsonBody ? 'application/json' : 'text/plain; charset=utf-8';
  }
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'accept')) headers.Accept = 'application/json';
  return { method: spec.method, url, headers, body };
}

/**
 * Whether a Body is JSON, so that values are escaped as JSON string content:
 * a Content-Type that says so, or literal text that opens with `{` or `[` once
 * any leading actions are set aside (`{{if .TicketId}}{"Content": ...}` is
 * JSON; `{{` itself is a delimiter, not a brace).
 */
export function bodyIsJson(body: string, headers: Readonly<Record<string, string>>): boolean {
  const type = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (type !== undefined) return /[/+]json\b/i.test(type);
  const literal = body.replace(/^(?:\s|\{\{[\s\S]*?\}\})*/, '');
  return /^[{[]/.test(literal);
}

function tokenRejected(response: HttpResponse, tokenInvalid: readonly string[]): boolean {
  if (response.status === 401) return true;
  if (response.status >= 200 && response.status < 300) return false;
  return tokenInvalid.some((text) => response.text.includes(text));
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 200)}…` : one;
}

export async function runRequest(context: RequestRunnerContext, spec: RequestSpec, vars: Vars, extraHeaders: Readonly<Record<string, string>> = {}): Promise<RequestResult> {
  const started = performance.now();
  let authz;
  try {
    authz = await context.auth.authorize();
  } catch (error) {
    const reason = context.redactor.redactProblem(problemOf(error));
    if (error instanceof AuthFailedError) context.onAuthFailed(reason);
    throw new RequestFailedError(problem('request.notAuthorized', { where: `${spec.scenario}/${spec.name}` }, reason), 0, true, `${spec.method} (not sent)`);
  }
  const prepared = prepareRequest(spec, { ...vars, ...authz.variables }, context.commonHeaders, context.timeZone);
  const line = context.redactor.redact(`${prepared.method} ${prepared.url}`);
  const send = async (headers: Record<string, string>) => {
    try {
      return await context.http.send({ method: prepared.method, url: prepared.url, headers: { ...prepared.headers, ...extraHeaders, ...headers }, body: prepared.body });
    } catch (error) {
      const failure = error instanceof NetworkError ? error.problem : problem('request.failed', { line, detail: String(error) });
      throw new RequestFailedError(context.redactor.redactProblem(failure), 0, true, line);
    }
  };
  let response = await send({ ...authz.headers });
  let attempts = response.attempts;
  if (tokenRejected(response, context.tokenInvalid) && context.auth.refreshable) {
    try {
      await context.auth.refresh(authz.token);
      authz = await context.auth.authorize();
    } catch (error) {
      const reason = context.redactor.redactProblem(problemOf(error));
      context.onAuthFailed(reason);
      throw new RequestFailedError(problem('request.tokenNotRefreshed', { line }, reason), response.status, true, line);
    }
    response = await send({ ...authz.headers });
    attempts += response.attempts;
  }
  const durationMs = performance.now() - started;
  if (response.status < 200 || response.status >= 300) {
    if (response.status === 401 && !context.auth.refreshable && context.auth.method === 'basic') {
      context.onAuthFailed(problem('signIn.basicRefused'));
    }
    const tokenMethod = context.auth.method === 'oauth2' || context.auth.method === 'bearertoken';
    if (tokenMethod && !context.auth.refreshable && tokenRejected(response, context.tokenInvalid)) {
      // NoNeedRefreshAccessToken: no refresh loop; the user has to connect again.
      context.onAuthFailed(problem('signIn.tokenRejectedNoRefresh', { status: response.status }));
    }
    const retryable = response.status >= 500 || response.status === 429 || response.status === 408 || response.status === 401;
    throw new RequestFailedError(context.redactor.redactProblem(problem('request.httpStatus', { line, status: response.status, body: snippet(response.text) })), response.status, retryable, line);
  }
  const text = response.text;
  if (text.trim() !== '' && /json/i.test(spec.responseType) && !isJson(text)) {
    throw new RequestFailedError(problem('request.notJson', { line, status: response.status, body: snippet(context.redactor.redact(text)).slice(0, 60) }), response.status, true, line);
  }
  return { status: response.status, doc: jsonDocument(text), line, durationMs, attempts };
}
