// Setup for the newer-edition engine tests: the test helpdesk, one of the
// newer-*.xml templates (optionally edited by the test), and an Integration
// wired to it (in-memory vault, activity list, warnings collected from the log).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActivityInput } from '../../../main/engine/integration';
import { Integration } from '../../../main/engine/integration';
import { loadIntegrationSpec } from '../../../main/engine/spec-from-template';
import { HelpdeskServer } from '../../helpdesk/server';
import type { HelpdeskOptions } from '../../helpdesk/server';
import { CREDENTIALS, MemoryVault, browserFollowingRedirects } from './harness';

export type NewerTemplate = 'newer-helpdesk' | 'newer-bearer-refresh' | 'newer-no-refresh';

export function newerXml(name: NewerTemplate): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/templates', `${name}.xml`), 'utf8');
}

export interface NewerHarness {
  readonly server: HelpdeskServer;
  readonly integration: Integration;
  readonly activity: ActivityInput[];
  readonly vault: MemoryVault;
  readonly log: string[];
}

const serverAuth: Record<NewerTemplate, HelpdeskOptions['auth']> = {
  'newer-helpdesk': 'none',
  'newer-bearer-refresh': 'client-credentials',
  'newer-no-refresh': 'oauth2',
};

/** Starts the helpdesk, builds the integration from the template (after `edit`), and connects it. */
export async function connectNewer(name: NewerTemplate, serverOptions: Partial<HelpdeskOptions> = {}, edit: (xml: string) => string = (x) => x): Promise<NewerHarness> {
  const server = await new HelpdeskServer({ auth: serverAuth[name], ...CREDENTIALS, ...serverOptions }).start();
  const activity: ActivityInput[] = [];
  const log: string[] = [];
  const vault = new MemoryVault();
  const fields = { base_url: server.url, api_key: CREDENTIALS.apiKey, client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret };
  const integration = new Integration({
    spec: loadIntegrationSpec(edit(newerXml(name)), `${name}.xml`),
    fields: () => fields,
    vault,
    openExternal: browserFollowingRedirects,
    recordActivity: (e) => activity.push(e),
    http: { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5_000 },
    log: (line) => log.push(line),
  });
  await integration.connect();
  return { server, integration, activity, vault, log };
}

/** Replaces the URLFormat of the template's UserAssociation request (and adds parameter elements to its scenario). */
export function userRequest(url: string, scenarioParameters = ''): (xml: string) => string {
  return (xml) =>
    xml
      .replace(/(<Request Name="UserAssociation"[^>]*URLFormat=")[^"]*(")/, `$1${url.replace(/&/g, '&amp;')}$2`)
      .replace('<Parameter Name="PageSize" Value="100"/>', scenarioParameters);
}
