// The helpdesk integration assembled for the app: stores (outbox, activity,
// phonebook), the runtime, the call pipeline fed by the phone's call events,
// outbox delivery, and the handlers of the integration's IPC channels.
import { problem } from '../../shared/i18n/problem';
import type { CallEvent, CallUpdate } from '../../shared/calls/call-event';
import type { ActivityEntry } from '../../shared/calls/activity';
import { associateByEmail } from '../../shared/calls/helpdesk-user';
import type { IntegrationStatusView, TestCallRequest } from '../../shared/calls/integration-channels';
import type { IntegrationSettings } from '../../shared/calls/integration-settings';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import type { PopupResult } from '../../shared/desktop-channels';
import type { Handlers } from '../app/dispatch';
import type { TokenVault } from '../engine/auth';
import type { HttpClientOptions } from '../engine/http-client';
import { OutboxDelivery } from '../engine/outbox-delivery';
import type { DeliveryOptions } from '../engine/outbox-delivery';
import { ActivityLog } from '../store/activity';
import { Outbox } from '../store/outbox';
import { Phonebook } from '../store/phonebook';
import { CallPipeline } from './call-pipeline';
import { ContactLookup } from './contact-lookup';
import { IntegrationRuntime } from './integration-runtime';
import type { TemplateSource } from './integration-runtime';
import { runTestCall } from './test-call';

type IntegrationChannel =
  | 'integration.status'
  | 'integration.connect'
  | 'integration.disconnect'
  | 'integration.users'
  | 'integration.users.sync'
  | 'integration.associate'
  | 'integration.associate.byEmail'
  | 'call.pick'
  | 'call.createContact'
  | 'call.openContact'
  | 'call.lookup'
  | 'call.test'
  | 'activity.list'
  | 'outbox.list'
  | 'outbox.retry'
  | 'outbox.discard'
  | 'phonebook.list';

export interface IntegrationFeatureOptions {
  readonly dataDir: string;
  readonly settings: () => { integration: IntegrationSettings; region: string };
  readonly updateSettings: (patch: Partial<IntegrationSettings>) => void;
  readonly templates: TemplateSource;
  readonly vault: TokenVault & { names(prefix?: string): string[] };
  /** The system browser, for the OAuth2 consent page. */
  readonly openBrowser?: ((url: string) => Promise<void>) | undefined;
  /** Opens a contact page (checks the URL). */
  readonly openPopup: (url: string) => Promise<PopupResult>;
  readonly publish: {
    callUpdated(update: CallUpdate): void;
    integrationChanged(status: IntegrationStatusView): void;
    activityChanged(entry: ActivityEntry): void;
    outboxChanged(item: OutboxItem): void;
  };
  readonly http?: Partial<HttpClientOptions> | undefined;
  /** Outbox retry backoff (tests shorten it; the defaults suit a helpdesk that is down for minutes). */
  readonly delivery?: Pick<DeliveryOptions, 'baseDelayMs' | 'maxDelayMs' | 'maxAttempts'> | undefined;
  readonly log?: ((line: string) => void) | undefined;
}

export interface IntegrationFeature {
  readonly handlers: Pick<Handlers, IntegrationChannel>;
  readonly runtime: IntegrationRuntime;
  readonly pipeline: CallPipeline;
  readonly outbox: Outbox;
  readonly delivery: OutboxDelivery;
  readonly activity: ActivityLog;
  readonly phonebook: Phonebook;
  onCallEvent(event: CallEvent): void;
  /** Refreshes globals with stored credentials and starts delivering the outbox. */
  start(): void;
  /** Stops delivery (in-flight sends get a grace period), then closes the stores. */
  close(): Promise<void>;
}

export function createIntegrationFeature(o: IntegrationFeatureOptions): IntegrationFeature {
  const log = o.log ?? (() => {});
  const activity = new ActivityLog(o.dataDir);
  const outbox = new Outbox(o.dataDir);
  const phonebook = new Phonebook(o.dataDir);
  const runtime = new IntegrationRuntime({
    dataDir: o.dataDir,
    settings: o.settings,
    saveFields: (templateKey, fields) => o.updateSettings({ templateKey, fields }),
    templates: o.templates,
    vault: o.vault,
    openExternal: o.openBrowser,
    recordActivity: (entry) => activity.append(entry),
    http: o.http,
    log,
  });
  const pipeline = new CallPipeline({
    active: () => runtime.active(),
    lookup: new ContactLookup(phonebook),
    outbox,
    phonebook,
    publish: (u) => o.publish.callUpdated(u),
    openPopup: (url) => o.openPopup(url),
    log,
  });
  const delivery = new OutboxDelivery(outbox, { ...o.delivery, integration: () => runtime.integration(), log });
  activity.onAppend((e) => o.publish.activityChanged(e));
  outbox.onChange((item) => o.publish.outboxChanged(item));

  const statusView = (): IntegrationStatusView => {
    const status = runtime.status();
    let spec;
    try {
      spec = status.templateKey === '' ? undefined : runtime.spec(status.templateKey);
    } catch {
      spec = undefined;
    }
    const values = spec ? runtime.fieldValues(spec) : {};
    return {
      templateKey: status.templateKey,
      state: status.state,
      ...(status.reason === undefined ? {} : { reason: status.reason }),
      ...(spec ? { authMethod: spec.auth.method, features: spec.features } : {}),
      fields: (spec?.auth.customFields ?? []).map((f) => {
        const value = values[f.name];
        return { name: f.name, title: f.title, editor: f.editor, options: [...f.options], hasValue: value !== undefined && value !== '', ...(f.editor === 'password' || value === undefined ? {} : { value }) };
      }),
      searchTypes: spec?.scenarios.get('SyncContactAuto')?.requests.map((r) => r.name) ?? [],
      createTypes: spec?.scenarios.get('CreateNewContact')?.requests.map((r) => r.name) ?? [],
    };
  };
  runtime.onStatus(() => o.publish.integrationChanged(statusView()));
  const association = () => ({ users: runtime.users(), associations: o.settings().integration.associations });

  const handlers: Pick<Handlers, IntegrationChannel> = {
    'integration.status': () => statusView(),
    'integration.connect': async ({ templateKey, fields }) => {
      try {
        await runtime.connect(templateKey, fields);
      } catch (error) {
        log(`integration connect: ${error instanceof Error ? error.message : String(error)}`);
      }
      return statusView();
    },
    'integration.disconnect': () => {
      runtime.disconnect();
      return statusView();
    },
    'integration.users': () => association(),
    'integration.users.sync': async () => {
      await runtime.syncUsers();
      return association();
    },
    'integration.associate': ({ accountId, userId }) => {
      const next = Object.fromEntries(Object.entries(o.settings().integration.associations).filter(([account]) => account !== accountId));
      if (userId !== '') next[accountId] = userId;
      o.updateSettings({ associations: next });
      return association();
    },
    'integration.associate.byEmail': () => {
      const emails = Object.entries(o.settings().integration.accountEmails).map(([account, email]) => ({ account, email }));
      o.updateSettings({ associations: { ...o.settings().integration.associations, ...associateByEmail(runtime.users(), emails) } });
      return association();
    },
    'call.pick': ({ sipCallId, contact }) => {
      pipeline.pick(sipCallId, contact);
    },
    'call.createContact': async ({ sipCallId, firstName, lastName }) => {
      await pipeline.createContact(sipCallId, { firstName, lastName });
    },
    'call.openContact': async ({ sipCallId, contact }) => {
      const session = pipeline.session(sipCallId);
      await session?.lookup;
      const target = contact === undefined ? session?.contacts.find((c) => `${c.syncType}:${c.id}` === session.picked) ?? session?.contacts[0] : session?.contacts.find((c) => `${c.syncType}:${c.id}` === contact);
      if (!target || target.url === '') return { outcome: 'refused', reason: problem('popup.noContactPage') };
      return o.openPopup(target.url);
    },
    'call.lookup': async ({ sipCallId }) => {
      await pipeline.relookup(sipCallId);
    },
    'call.test': (request: TestCallRequest) => runTestCall({ pipeline, outbox, delivery, activity }, request),
    'activity.list': (request) => activity.list(request?.callId),
    'outbox.list': () => outbox.list(),
    'outbox.retry': ({ id }) => {
      const item = outbox.retry(id);
      delivery.kick();
      return item;
    },
    'outbox.discard': ({ id }) => outbox.discard(id),
    'phonebook.list': () => phonebook.list(),
  };

  return {
    handlers,
    runtime,
    pipeline,
    outbox,
    delivery,
    activity,
    phonebook,
    onCallEvent(event) {
      void pipeline.onEvent(event);
    },
    start() {
      delivery.start();
      const integration = runtime.active()?.integration;
      if (integration) void integration.start();
    },
    async close() {
      await delivery.stop();
      outbox.close();
      activity.close();
    },
  };
}
