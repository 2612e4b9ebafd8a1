// One connected helpdesk: its template, HTTP client, auth method, globals
// (GetGlobalInfo outputs) and status. Every request of every scenario goes
// through `request()`, which records an activity entry with secrets redacted.
import type { ActivityEntry } from '../../shared/calls/activity';
import { plainProblem, problem, problemOf } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import { createAuth } from './auth';
import type { AuthProvider, TokenVault } from './auth';
import { HttpClient } from './http-client';
import type { HttpClientOptions } from './http-client';
import type { IntegrationSpec, RequestSpec } from './integration-spec';
import { secretFieldNames } from './integration-spec';
import { readOutputs } from './outputs';
import { Redactor } from './redactor';
import { RequestFailedError, runRequest } from './request-runner';
import type { RequestResult } from './request-runner';
import type { Vars } from './template-text';

export type ConnectionState = 'connected' | 'connecting' | 'disconnected';

export interface IntegrationStatus {
  readonly state: ConnectionState;
  /** Why it is disconnected, safe to show (secrets redacted); absent while connected or connecting. */
  readonly reason: ProblemText | undefined;
}

export type ActivityInput = Omit<ActivityEntry, 'id' | 'at'>;

export interface IntegrationOptions {
  readonly spec: IntegrationSpec;
  /** Connect-time field values, secrets included; read at each use so edits apply at once. */
  readonly fields: () => Vars;
  readonly vault: TokenVault;
  readonly openExternal?: ((url: string) => Promise<void> | void) | undefined;
  readonly recordActivity?: ((entry: ActivityInput) => void) | undefined;
  readonly http?: Partial<HttpClientOptions> | undefined;
  readonly timeZone?: string | undefined;
  readonly consentTimeoutMs?: number | undefined;
  /** OAuth2: the loopback redirect listener's port (0 or absent = any free port). */
  readonly redirectPort?: (() => number) | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

export interface RequestContext {
  readonly callId?: string | undefined;
  /** Sent as `Idempotency-Key` so a helpdesk that honours it never stores a retried write twice. */
  readonly idempotencyKey?: string | undefined;
}

export class Integration {
  readonly spec: IntegrationSpec;
  readonly http: HttpClient;
  readonly auth: AuthProvider;
  readonly redactor = new Redactor();
  #globals: Record<string, string> = {};
  #status: IntegrationStatus = { state: 'disconnected', reason: problem('integration.notConnectedYet') };
  readonly #listeners = new Set<(status: IntegrationStatus) => void>();

  constructor(private readonly options: IntegrationOptions) {
    this.spec = options.spec;
    this.http = new HttpClient({ maxConcurrent: options.spec.maxConcurrentRequest, ...options.http });
    this.#addFieldSecrets();
    this.auth = createAuth({
      spec: options.spec.auth,
      fields: () => this.fields(),
      vault: options.vault,
      vaultPrefix: `integration:${options.spec.key}:`,
      http: this.http,
      redactor: this.redactor,
      openExternal: options.openExternal,
      consentTimeoutMs: options.consentTimeoutMs,
      redirectPort: options.redirectPort,
    });
  }

  #addFieldSecrets(): void {
    const values = this.options.fields();
    for (const name of secretFieldNames(this.spec)) this.redactor.add(values[name]);
  }

  fields(): Vars {
    return this.options.fields();
  }

  get status(): IntegrationStatus {
    return this.#status;
  }

  get globals(): Vars {
    return this.#globals;
  }

  onStatus(listener: (status: IntegrationStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  setStatus(state: ConnectionState, reason?: ProblemText): void {
    const next = { state, reason: reason === undefined ? undefined : this.redactor.redactProblem(reason) };
    if (next.state === this.#status.state && next.reason?.message === this.#status.reason?.message) return;
    this.#status = next;
    this.options.log?.(`integration ${this.spec.key}: ${state}${next.reason ? ` (${next.reason.message})` : ''}`);
    for (const listener of this.#listeners) listener(next);
  }

  /** Something the admin should know that did not fail a scenario (e.g. a user list cut at MaxPages). */
  warn(message: string): void {
    this.options.log?.(`integration ${this.spec.key}: warning: ${this.redactor.redact(message)}`);
  }

  /** Fields then globals: the variables every scenario starts from. */
  baseVars(): Record<string, string> {
    return { ...this.fields(), ...this.#globals };
  }

  /** Connect-time sign-in (browser consent, first token), then GetGlobalInfo. */
  async connect(): Promise<void> {
    this.#addFieldSecrets();
    this.setStatus('connecting');
    try {
      await this.auth.connect();
      await this.loadGlobals();
      this.setStatus('connected');
    } catch (error) {
      this.setStatus('disconnected', problemOf(error));
      throw error;
    }
  }

  /** At start: reuse stored credentials, refresh globals. */
  async start(): Promise<void> {
    this.setStatus('connecting');
    try {
      await this.loadGlobals();
      if (this.#status.state === 'connecting') this.setStatus('connected');
    } catch (error) {
      if (this.#status.state === 'connecting') this.setStatus('disconnected', problemOf(error));
    }
  }

  /** GetGlobalInfo: each request's outputs become variables of every later scenario. */
  async loadGlobals(): Promise<void> {
    const scenario = this.spec.scenarios.get('GetGlobalInfo');
    if (!scenario) return;
    const globals: Record<string, string> = {};
    for (const request of scenario.requests) {
      const outputs = await this.request(request, { ...this.fields(), ...scenario.variables, ...globals });
      Object.assign(globals, outputs.values);
    }
    this.#globals = globals;
  }

  /** Runs one request and records it; throws RequestFailedError. */
  async request(spec: RequestSpec, vars: Vars, context: RequestContext = {}): Promise<{ result: RequestResult; values: Record<string, string> }> {
    const extra: Record<string, string> = context.idempotencyKey ? { 'Idempotency-Key': context.idempotencyKey } : {};
    const started = performance.now();
    try {
      const result = await runRequest(
        {
          http: this.http,
          auth: this.auth,
          redactor: this.redactor,
          commonHeaders: this.spec.auth.commonHeaders,
          tokenInvalid: this.spec.auth.tokenInvalid,
          timeZone: this.options.timeZone,
          onAuthFailed: (reason) => this.setStatus('disconnected', reason),
        },
        spec,
        vars,
        extra,
      );
      const values = readOutputs(result.doc, spec.outputs, vars);
      this.#record(context, spec, result.line, result.status, result.durationMs, values, undefined, result.attempts);
      if (this.#status.state !== 'connected' && this.#status.state !== 'connecting') this.setStatus('connected');
      return { result, values };
    } catch (error) {
      const failure = error instanceof RequestFailedError ? error : new RequestFailedError(this.redactor.redactProblem(plainProblem(String(error))), 0, false, spec.name);
      this.#record(context, spec, failure.line, failure.status, performance.now() - started, {}, failure.problem);
      throw failure;
    }
  }

  #record(context: RequestContext, spec: RequestSpec, line: string, status: number, durationMs: number, outputs: Record<string, string>, error?: ProblemText, attempts?: number): void {
    const redacted: Record<string, string> = {};
    for (const [k, v] of Object.entries(outputs)) redacted[k] = this.redactor.redact(v);
    this.options.recordActivity?.({
      callId: context.callId ?? '',
      scenario: spec.scenario,
      request: spec.name,
      line,
      status,
      durationMs: Math.round(durationMs),
      outputs: redacted,
      ...(attempts === undefined || attempts === 1 ? {} : { attempts }),
      ...(error === undefined ? {} : { error: this.redactor.redactProblem(error) }),
    });
  }
}
