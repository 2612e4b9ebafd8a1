// Ringdesk's helpdesk integration as the app assembles it (the integration
// feature: runtime, call pipeline, outbox delivery, activity, phonebook),
// connected to a running Request Tracker with the shipped template
// main/templates/request-tracker.xml and Basic auth. Calls go in as the
// phone's call events; what RT stored is read back with rt-rest.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CallEvent } from '../../../shared/calls/call-event';
import type { CallDisposition, CallUpdate } from '../../../shared/calls/call-event';
import type { IntegrationStatusView } from '../../../shared/calls/integration-channels';
import { defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import type { IntegrationSettings } from '../../../shared/calls/integration-settings';
import { createIntegrationFeature } from '../../../main/features/integration-feature';
import type { IntegrationFeature } from '../../../main/features/integration-feature';
import { seededDesk } from './rt-server';
import type { RunningRequestTracker } from './rt-server';

export const rtTemplatePath = resolve(import.meta.dirname, '../../../main/templates/request-tracker.xml');
export const rtTemplateKey = 'request-tracker';

/** In memory, like the app's secret store (password fields live here, not in settings). */
class MemoryVault {
  readonly #entries = new Map<string, string>();
  get(name: string): string | undefined {
    return this.#entries.get(name);
  }
  set(name: string, value: string): void {
    this.#entries.set(name, value);
  }
  delete(name: string): void {
    this.#entries.delete(name);
  }
  names(prefix = ''): string[] {
    return [...this.#entries.keys()].filter((n) => n.startsWith(prefix));
  }
}

export interface RingdeskOnRt {
  readonly feature: IntegrationFeature;
  readonly settings: { integration: IntegrationSettings; region: string };
  /** Contact pages Ringdesk opened, with performance.now() at the moment. */
  readonly popups: { readonly url: string; readonly at: number }[];
  readonly updates: CallUpdate[];
  readonly status: IntegrationStatusView;
  /** Sends the events as the phone reports them and waits for the stage's work (not the outbox). */
  send(events: readonly CallEvent[]): Promise<void>;
  /** send(), then waits until the outbox has nothing pending. */
  call(events: readonly CallEvent[]): Promise<void>;
  /** HTTP requests Ringdesk sent to RT for a call (retries included). */
  requestsOf(callId: string): number;
  close(): Promise<void>;
}

export interface RingdeskOptions {
  readonly configure?: (settings: IntegrationSettings) => void;
  /** Outbox backoff; short by default so a test waits for RT's return, not for a timer. */
  readonly delivery?: { readonly baseDelayMs?: number; readonly maxDelayMs?: number; readonly maxAttempts?: number };
}

export async function connectRingdesk(rt: RunningRequestTracker, options: RingdeskOptions = {}): Promise<RingdeskOnRt> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringdesk-on-rt-'));
  const integration = defaultIntegrationSettings();
  options.configure?.(integration);
  const settings = { integration, region: 'US' };
  const popups: { url: string; at: number }[] = [];
  const updates: CallUpdate[] = [];
  const xml = readFileSync(rtTemplatePath, 'utf8');
  const feature = createIntegrationFeature({
    dataDir,
    settings: () => settings,
    updateSettings: (patch) => Object.assign(settings.integration, patch),
    templates: (key) => (key === rtTemplateKey ? xml : undefined),
    vault: new MemoryVault(),
    openPopup: async (url) => {
      popups.push({ url, at: performance.now() });
      return { outcome: 'opened', url };
    },
    publish: {
      callUpdated: (u) => updates.push(u),
      integrationChanged: () => {},
      activityChanged: () => {},
      outboxChanged: () => {},
    },
    http: { timeoutMs: 10_000, baseDelayMs: 20, maxDelayMs: 100 },
    delivery: { baseDelayMs: 200, maxDelayMs: 1_500, ...options.delivery },
  });
  feature.start();
  const status = await feature.handlers['integration.connect']({
    templateKey: rtTemplateKey,
    fields: { rt_url: rt.baseUrl, username: seededDesk.root.user, password: seededDesk.root.password, queue: seededDesk.queue },
  });

  const send = async (events: readonly CallEvent[]): Promise<void> => {
    for (const event of events) {
      // main validates what the renderer sends; so do we.
      feature.onCallEvent(CallEvent.parse(event));
      await feature.pipeline.idle(event.sipCallId);
    }
  };
  return {
    feature,
    settings,
    popups,
    updates,
    status,
    send,
    async call(events) {
      await send(events);
      if (!(await feature.delivery.settle(60_000))) throw new Error('the outbox still has pending work after 60 s');
    },
    requestsOf(callId) {
      return feature.activity.list(callId).reduce((sum, entry) => sum + (entry.attempts ?? 1), 0);
    },
    async close() {
      await feature.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CallScript {
  readonly from: string;
  readonly name?: string;
  readonly direction?: 'inbound' | 'outbound';
  /** Seconds of talk; absent = not answered. */
  readonly talk?: number;
  readonly ringFor?: number;
  readonly disposition?: CallDisposition;
  readonly startedAt?: number;
}

let sequence = 0;

/** The events the phone reports for one call: ringing, (answered,) ended. */
export function callEvents(script: CallScript): { callId: string; ringing: CallEvent; rest: CallEvent[]; all: CallEvent[] } {
  const callId = `rt-${process.pid}-${Date.now()}-${sequence++}@ringdesk.test`;
  const startedAt = script.startedAt ?? Date.now();
  const facts = {
    sipCallId: callId,
    accountId: 'acc1',
    direction: script.direction ?? 'inbound',
    localNumber: '1001',
    remoteNumber: script.from,
    remoteDisplayName: script.name ?? '',
    remoteUri: `sip:${script.from}@pbx.test`,
    startedAt,
  } as const;
  const ringing: CallEvent = { ...facts, kind: 'ringing', at: startedAt };
  const rest: CallEvent[] = [];
  const ringMs = (script.ringFor ?? 4) * 1000;
  if (script.talk !== undefined) {
    const answeredAt = startedAt + ringMs;
    const endedAt = answeredAt + script.talk * 1000;
    rest.push({ ...facts, kind: 'answered', at: answeredAt, answeredAt });
    rest.push({ ...facts, kind: 'ended', at: endedAt, answeredAt, endedAt, disposition: script.disposition ?? 'ANSWERED', endedBy: 'remote' });
  } else {
    const endedAt = startedAt + ringMs;
    const disposition = script.disposition ?? (facts.direction === 'inbound' ? 'MISSED' : 'NO ANSWER');
    rest.push({ ...facts, kind: 'ended', at: endedAt, endedAt, disposition, endedBy: 'remote' });
  }
  return { callId, ringing, rest, all: [ringing, ...rest] };
}
