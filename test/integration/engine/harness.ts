// Shared setup for the engine's integration tests: a test helpdesk on
// 127.0.0.1, one of the helpdesk-test-*.xml templates, and an Integration
// wired to it with an in-memory vault and activity list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HttpClientOptions } from '../../../main/engine/http-client';
import type { ActivityInput } from '../../../main/engine/integration';
import { Integration } from '../../../main/engine/integration';
import type { IntegrationSpec } from '../../../main/engine/integration-spec';
import { loadIntegrationSpec } from '../../../main/engine/spec-from-template';
import { HelpdeskServer } from '../../helpdesk/server';
import type { AuthMode, HelpdeskOptions } from '../../helpdesk/server';

export const CREDENTIALS = { username: 'agent', password: 's3cret-Pa55', apiKey: 'key-0123456789', clientId: 'ringdesk-client', clientSecret: 'client-s3cret-xyz' };

export type TemplateKind = 'none' | 'basic' | 'oauth2' | 'bearertoken';

export function templatePath(kind: TemplateKind): string {
  return resolve(import.meta.dirname, '../../fixtures/templates', `helpdesk-test-${kind}.xml`);
}

export function loadSpec(kind: TemplateKind): IntegrationSpec {
  return loadIntegrationSpec(readFileSync(templatePath(kind), 'utf8'), `helpdesk-test-${kind}.xml`);
}

const serverAuth: Record<TemplateKind, AuthMode> = { none: 'none', basic: 'basic', oauth2: 'oauth2', bearertoken: 'client-credentials' };

export async function startHelpdesk(kind: TemplateKind, options: Partial<HelpdeskOptions> = {}): Promise<HelpdeskServer> {
  return new HelpdeskServer({ auth: serverAuth[kind], ...CREDENTIALS, ...(kind === 'basic' ? { apiKey: undefined } : {}), ...options }).start();
}

export function fieldsFor(kind: TemplateKind, server: HelpdeskServer): Record<string, string> {
  const base = { base_url: server.url };
  switch (kind) {
    case 'none':
      return { ...base, api_key: CREDENTIALS.apiKey };
    case 'basic':
      return { ...base, username: CREDENTIALS.username, password: CREDENTIALS.password };
    default:
      return { ...base, client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret };
  }
}

export class MemoryVault {
  readonly entries = new Map<string, string>();
  get(name: string) {
    return this.entries.get(name);
  }
  set(name: string, value: string) {
    this.entries.set(name, value);
  }
  delete(name: string) {
    this.entries.delete(name);
  }
}

/** The "system browser": a real HTTP client that follows the consent redirect to the loopback listener. */
export async function browserFollowingRedirects(url: string): Promise<void> {
  let next = url;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(next, { redirect: 'manual' });
    const location = response.headers.get('location');
    await response.text();
    if (response.status >= 300 && response.status < 400 && location) {
      next = new URL(location, next).href;
      continue;
    }
    if (response.status >= 400) throw new Error(`browser got HTTP ${response.status} at ${next}`);
    return;
  }
}

export interface Harness {
  readonly server: HelpdeskServer;
  readonly integration: Integration;
  readonly activity: ActivityInput[];
  readonly vault: MemoryVault;
  readonly fields: Record<string, string>;
}

export async function connectedIntegration(kind: TemplateKind, serverOptions: Partial<HelpdeskOptions> = {}, http: Partial<HttpClientOptions> = {}): Promise<Harness> {
  const server = await startHelpdesk(kind, serverOptions);
  const activity: ActivityInput[] = [];
  const vault = new MemoryVault();
  const fields = fieldsFor(kind, server);
  const integration = new Integration({
    spec: loadSpec(kind),
    fields: () => fields,
    vault,
    openExternal: browserFollowingRedirects,
    recordActivity: (e) => activity.push(e),
    http: { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5_000, ...http },
  });
  await integration.connect();
  return { server, integration, activity, vault, fields };
}
