// The whole after-call pipeline against the test helpdesk: runtime, contact
// lookup, phonebook, outbox with delivery, activity log, in a temp data dir.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallEvent, CallUpdate } from '../../../shared/calls/call-event';
import { defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import type { IntegrationSettings } from '../../../shared/calls/integration-settings';
import { OutboxDelivery } from '../../../main/engine/outbox-delivery';
import { CallPipeline } from '../../../main/features/call-pipeline';
import { ContactLookup } from '../../../main/features/contact-lookup';
import { IntegrationRuntime } from '../../../main/features/integration-runtime';
import { ActivityLog } from '../../../main/store/activity';
import { Outbox } from '../../../main/store/outbox';
import { Phonebook } from '../../../main/store/phonebook';
import type { HelpdeskServer, HelpdeskOptions } from '../../helpdesk/server';
import { MemoryVault, browserFollowingRedirects, fieldsFor, startHelpdesk, templatePath } from './harness';
import type { TemplateKind } from './harness';

export interface Pipeline {
  readonly server: HelpdeskServer;
  readonly dataDir: string;
  readonly settings: { integration: IntegrationSettings; region: string };
  readonly runtime: IntegrationRuntime;
  readonly pipeline: CallPipeline;
  readonly outbox: Outbox;
  readonly delivery: OutboxDelivery;
  readonly activity: ActivityLog;
  readonly phonebook: Phonebook;
  readonly popups: string[];
  readonly updates: CallUpdate[];
  /** Sends the events of a call in order and waits for the pipeline and the outbox to settle. */
  call(events: readonly CallEvent[]): Promise<void>;
  close(): Promise<void>;
}

export async function startPipeline(kind: TemplateKind, configure: (s: IntegrationSettings) => void = () => {}, serverOptions: Partial<HelpdeskOptions> = {}): Promise<Pipeline> {
  const server = await startHelpdesk(kind, serverOptions);
  const dataDir = mkdtempSync(join(tmpdir(), 'ringdesk-pipeline-'));
  const integration = defaultIntegrationSettings();
  integration.templateKey = `helpdesk-test-${kind}`;
  configure(integration);
  const settings = { integration, region: 'US' };
  const activity = new ActivityLog(dataDir);
  const outbox = new Outbox(dataDir);
  const phonebook = new Phonebook(dataDir);
  const vault = Object.assign(new MemoryVault(), { names: (prefix = '') => [...vaultEntries(vault)].filter((n) => n.startsWith(prefix)) });
  const runtime = new IntegrationRuntime({
    dataDir,
    settings: () => settings,
    saveFields: (key, fields) => {
      settings.integration.templateKey = key;
      settings.integration.fields = fields;
    },
    templates: (key) => (key === `helpdesk-test-${kind}` ? readFileSync(templatePath(kind), 'utf8') : undefined),
    vault,
    openExternal: browserFollowingRedirects,
    recordActivity: (e) => activity.append(e),
    http: { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5_000 },
  });
  await runtime.connect(integration.templateKey, fieldsFor(kind, server));
  const popups: string[] = [];
  const updates: CallUpdate[] = [];
  const pipeline = new CallPipeline({
    active: () => runtime.active(),
    lookup: new ContactLookup(phonebook),
    outbox,
    phonebook,
    publish: (u) => updates.push(u),
    openPopup: async (url) => {
      popups.push(url);
    },
  });
  const delivery = new OutboxDelivery(outbox, { integration: () => runtime.integration(), baseDelayMs: 5, maxDelayMs: 30 });
  delivery.start();
  return {
    server,
    dataDir,
    settings,
    runtime,
    pipeline,
    outbox,
    delivery,
    activity,
    phonebook,
    popups,
    updates,
    async call(events) {
      for (const e of events) await pipeline.onEvent(e);
      await delivery.settle(20_000);
    },
    async close() {
      await delivery.stop();
      outbox.close();
      activity.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function vaultEntries(vault: MemoryVault): IterableIterator<string> {
  return vault.entries.keys();
}

let seq = 0;

export interface CallScript {
  readonly direction?: 'inbound' | 'outbound';
  readonly from?: string;
  readonly name?: string;
  readonly answerAfter?: number;
  /** Seconds of talk; undefined = not answered. */
  readonly talk?: number;
  readonly ringFor?: number;
  readonly disposition?: 'ANSWERED' | 'NO ANSWER' | 'BUSY' | 'MISSED' | 'VOICEMAIL';
  readonly callId?: string;
  readonly accountId?: string;
}

/** The events the phone would report for one call. */
export function callEvents(script: CallScript): CallEvent[] {
  const callId = script.callId ?? `call-${Date.now()}-${seq++}@test`;
  const startedAt = Date.UTC(2026, 10, 22, 9, 30, 0);
  const facts = {
    sipCallId: callId,
    accountId: script.accountId ?? 'acc1',
    direction: script.direction ?? 'inbound',
    localNumber: '1001',
    remoteNumber: script.from ?? '+14155550100',
    remoteDisplayName: script.name ?? '',
    remoteUri: `sip:${script.from ?? '+14155550100'}@pbx.test`,
    startedAt,
  } as const;
  const events: CallEvent[] = [{ ...facts, kind: 'ringing', at: startedAt }];
  if (script.talk !== undefined) {
    const answeredAt = startedAt + (script.answerAfter ?? 3) * 1000;
    events.push({ ...facts, kind: 'answered', at: answeredAt, answeredAt });
    const endedAt = answeredAt + script.talk * 1000;
    events.push({ ...facts, kind: 'ended', at: endedAt, answeredAt, endedAt, disposition: 'ANSWERED', endedBy: 'remote' });
  } else {
    const endedAt = startedAt + (script.ringFor ?? 20) * 1000;
    const disposition = script.disposition ?? ((script.direction ?? 'inbound') === 'inbound' ? 'MISSED' : 'NO ANSWER');
    events.push({ ...facts, kind: 'ended', at: endedAt, endedAt, disposition, endedBy: 'remote' });
  }
  return events;
}
