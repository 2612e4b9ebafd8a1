// The helpdesk integration as the app runs it: the chosen template, the
// connect-time fields (non-secret ones in settings, password fields in the
// secret store), the Integration built from them, its status, and the
// helpdesk users for association. Rebuilt when the template or fields change.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, ProblemError } from '../../shared/i18n/problem';
import type { HelpdeskUser } from '../../shared/calls/helpdesk-user';
import type { IntegrationSettings } from '../../shared/calls/integration-settings';
import type { TokenVault } from '../engine/auth';
import { Integration } from '../engine/integration';
import type { ActivityInput, IntegrationStatus } from '../engine/integration';
import type { HttpClientOptions } from '../engine/http-client';
import type { IntegrationSpec } from '../engine/integration-spec';
import { loadIntegrationSpec } from '../engine/spec-from-template';
import { listUsers } from '../engine/scenarios/user-association';
import type { ActiveIntegration } from './call-pipeline';

/** The template's XML by key, or undefined when there is no such template. */
export type TemplateSource = (key: string) => string | undefined;

export interface IntegrationRuntimeOptions {
  readonly dataDir: string;
  readonly settings: () => { integration: IntegrationSettings; region: string };
  readonly saveFields: (templateKey: string, fields: Record<string, string>) => void;
  readonly templates: TemplateSource;
  readonly vault: TokenVault & { names(prefix?: string): string[] };
  readonly openExternal?: ((url: string) => Promise<void> | void) | undefined;
  readonly recordActivity?: ((entry: ActivityInput) => void) | undefined;
  readonly http?: Partial<HttpClientOptions> | undefined;
  readonly consentTimeoutMs?: number | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

export function fieldSecretName(templateKey: string, field: string): string {
  return `integration:${templateKey}:field:${field}`;
}

export class IntegrationRuntime {
  #integration: Integration | undefined;
  #builtFor = '';
  #users: HelpdeskUser[];
  readonly #statusListeners = new Set<(status: IntegrationStatus) => void>();

  constructor(private readonly options: IntegrationRuntimeOptions) {
    this.#users = this.#loadUsers();
  }

  onStatus(listener: (status: IntegrationStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  #usersFile(): string {
    return join(this.options.dataDir, 'helpdesk-users.json');
  }

  #loadUsers(): HelpdeskUser[] {
    try {
      return existsSync(this.#usersFile()) ? (JSON.parse(readFileSync(this.#usersFile(), 'utf8')) as HelpdeskUser[]) : [];
    } catch {
      return [];
    }
  }

  spec(templateKey: string): IntegrationSpec {
    const xml = this.options.templates(templateKey);
    if (xml === undefined) throw new ProblemError(problem('integration.templateMissing', { key: templateKey }));
    return loadIntegrationSpec(xml, `${templateKey}.xml`);
  }

  /** Field values: settings for plain ones, the secret store for password fields. */
  fieldValues(spec: IntegrationSpec): Record<string, string> {
    const s = this.options.settings().integration;
    const passwords = new Set(spec.auth.customFields.filter((f) => f.editor === 'password').map((f) => f.name));
    // A password never comes from settings, even if a hand-edited file put one there.
    const values: Record<string, string> = Object.fromEntries(Object.entries(s.fields).filter(([name]) => !passwords.has(name)));
    for (const name of passwords) {
      const secret = this.options.vault.get(fieldSecretName(spec.key, name));
      if (secret !== undefined) values[name] = secret;
    }
    return values;
  }

  /** The integration for the current settings, built on first use; undefined when none is chosen. */
  integration(): Integration | undefined {
    const s = this.options.settings().integration;
    if (s.templateKey === '') return undefined;
    if (this.#integration && this.#builtFor === s.templateKey) return this.#integration;
    const spec = this.spec(s.templateKey);
    this.#integration = new Integration({
      spec,
      fields: () => this.fieldValues(spec),
      vault: this.options.vault,
      openExternal: this.options.openExternal,
      recordActivity: this.options.recordActivity,
      http: this.options.http,
      timeZone: s.timeZone === '' ? undefined : s.timeZone,
      consentTimeoutMs: this.options.consentTimeoutMs,
      redirectPort: () => this.options.settings().integration.oauthRedirectPort,
      log: this.options.log,
    });
    this.#builtFor = s.templateKey;
    this.#integration.onStatus((status) => {
      for (const l of this.#statusListeners) l(status);
    });
    return this.#integration;
  }

  active(): ActiveIntegration | undefined {
    let integration: Integration | undefined;
    try {
      integration = this.integration();
    } catch (error) {
      this.options.log?.(`integration: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    if (!integration) return undefined;
    const s = this.options.settings();
    return { integration, settings: s.integration, region: s.region, users: this.#users };
  }

  /** Saves the fields (secrets to the vault), signs in, loads globals and users. */
  async connect(templateKey: string, fields: Record<string, string>): Promise<IntegrationStatus> {
    const spec = this.spec(templateKey);
    const plain: Record<string, string> = {};
    for (const [name, value] of Object.entries(fields)) {
      const field = spec.auth.customFields.find((f) => f.name === name);
      if (!field) throw new ProblemError(problem('integration.noSuchField', { key: templateKey, name }));
      if (field.editor === 'password') {
        if (value !== '') this.options.vault.set(fieldSecretName(spec.key, name), value);
      } else plain[name] = value;
    }
    this.options.saveFields(templateKey, plain);
    if (this.#builtFor !== templateKey) this.#integration = undefined;
    const integration = this.integration();
    if (!integration) throw new ProblemError(problem('integration.noTemplate'));
    await integration.connect();
    if (spec.scenarios.has('UserAssociation')) await this.syncUsers().catch(() => undefined);
    return integration.status;
  }

  /** Forgets tokens and password fields of the current template. */
  disconnect(): IntegrationStatus {
    const integration = this.integration();
    if (!integration) return { state: 'disconnected', reason: problem('integration.noTemplate') };
    integration.auth.forget();
    for (const name of this.options.vault.names(`integration:${integration.spec.key}:field:`)) this.options.vault.delete(name);
    integration.setStatus('disconnected', problem('integration.disconnectedByUser'));
    return integration.status;
  }

  status(): IntegrationStatus & { templateKey: string } {
    const templateKey = this.options.settings().integration.templateKey;
    const integration = this.active()?.integration;
    return { templateKey, ...(integration?.status ?? { state: 'disconnected', reason: problem(templateKey === '' ? 'integration.noTemplate' : 'integration.templateUnreadable') }) };
  }

  users(): HelpdeskUser[] {
    return this.#users;
  }

  async syncUsers(): Promise<HelpdeskUser[]> {
    const integration = this.integration();
    if (!integration) throw new ProblemError(problem('integration.noTemplate'));
    this.#users = await listUsers(integration);
    mkdirSync(this.options.dataDir, { recursive: true });
    writeFileSync(`${this.#usersFile()}.tmp`, JSON.stringify(this.#users));
    renameSync(`${this.#usersFile()}.tmp`, this.#usersFile());
    return this.#users;
  }
}
