// The composition root of main: builds the stores, the event hub and the
// contract handlers once, for whichever host runs it. Hosts only carry
// messages; every decision is made below this point.
import { createDispatcher, EventHub } from './dispatch';
import type { Dispatcher, Handlers } from './dispatch';
import { SettingsStore } from '../store/settings';
import type { SettingsBackend } from '../store/settings';
import { SecretStore } from '../store/secrets';
import type { SecretCipher } from '../store/secrets';
import type { HostKind } from '../../shared/ipc';
import type { WakeNotice } from '../../shared/sip/channels';
import { CallLog } from '../features/call-log';
import { SipAccounts } from '../features/sip-accounts';
import { RecentCallUpdates, withContactFields } from '../features/recent-call-updates';
import { openPopup } from '../features/popup';
import type { ExternalOpener } from '../features/popup';
import { consentGuardedCipher } from '../store/secret-protection';
import type { RegistrationReport } from '../../shared/sip/registration';
import { TemplateCatalog } from '../features/templates';
import { templateHandlers } from '../features/templates-handlers';
import { createIntegrationFeature } from '../features/integration-feature';
import { DialPadSearch, contactSearchHandlers } from '../features/contact-search';
import type { CallUpdate } from '../../shared/calls/call-event';
import { problem, ProblemError } from '../../shared/i18n/problem';
import { Demo } from '../features/demo/demo';
import { SimulatedCalls } from '../features/demo/simulated-calls';

export interface RingdeskOptions {
  readonly host: HostKind;
  readonly version: string;
  readonly dataDir: string;
  readonly settingsBackend: SettingsBackend;
  /** safeStorage in Electron, a local key file under the browser host. */
  readonly secretCipher: SecretCipher;
  /** Electron without a keychain: store no secret until the user agreed (settings.desktop.allowSecretsWithoutKeychain). */
  readonly secretConsent?: { readonly required: boolean; readonly detail: string };
  /** Opens contact popups in the system browser; absent: the page is told to open them itself. */
  readonly openExternal?: ExternalOpener;
  readonly log?: (line: string) => void;
}

export interface Ringdesk {
  readonly dispatcher: Dispatcher;
  readonly events: EventHub;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  /** Every call event the phone reported; the engine hooks in with callLog.onEvent. */
  readonly callLog: CallLog;
  /** Tells the phone the machine woke or was unlocked (Electron: powerMonitor). */
  notifyWake(reason: WakeNotice['reason']): void;
  /** Hears every registration report of every account (the Electron tray shows them). */
  onRegistrations(listener: (reports: RegistrationReport[]) => void): () => void;
  close(): Promise<void>;
}

export function createRingdesk(options: RingdeskOptions): Ringdesk {
  const log = options.log ?? (() => {});
  const settings = new SettingsStore(options.settingsBackend, log);
  const consentRequired = options.secretConsent?.required ?? false;
  const secretsConsented = () => settings.get().desktop.allowSecretsWithoutKeychain;
  const cipher = consentRequired ? consentGuardedCipher(options.secretCipher, secretsConsented) : options.secretCipher;
  const secrets = new SecretStore(options.dataDir, cipher);
  const registrationListeners = new Set<(reports: RegistrationReport[]) => void>();
  const events = new EventHub();
  settings.onChange((next) => events.publish('settings.changed', next));
  const callLog = new CallLog(500, Date.now, log);
  const sipAccounts = new SipAccounts(secrets, log);
  settings.onChange((next) => sipAccounts.forgetRemoved(next));

  const templates = new TemplateCatalog(options.dataDir);
  const recentUpdates = new RecentCallUpdates();
  const publishCallUpdate = (update: CallUpdate) => {
    const full = withContactFields(update, integration.pipeline.session(update.sipCallId)?.contacts);
    recentUpdates.remember(full);
    events.publish('call.updated', full);
  };
  // Without a system browser (browser host) the page opens the OAuth2 consent page itself.
  const openConsent =
    options.openExternal ??
    ((url: string) => {
      events.publish('integration.consent', { url, redirectUri: new URL(url).searchParams.get('redirect_uri') ?? '' });
      return Promise.resolve();
    });
  const integration = createIntegrationFeature({
    dataDir: options.dataDir,
    settings: () => ({ integration: settings.get().integration, region: settings.get().general.defaultRegion }),
    updateSettings: (patch) => void settings.update({ integration: patch }),
    templates: (key) => {
      for (const ref of [{ kind: 'custom', key }, { kind: 'readyMade', id: key }] as const) {
        try {
          return templates.xmlOf(ref).xml;
        } catch {
          // Not in this catalogue; try the next.
        }
      }
      return undefined;
    },
    vault: secrets,
    openBrowser: openConsent,
    openPopup: (url) => openPopup(url, options.openExternal, log),
    publish: {
      callUpdated: publishCallUpdate,
      integrationChanged: (s) => events.publish('integration.changed', s),
      activityChanged: (e) => events.publish('activity.changed', e),
      outboxChanged: (i) => events.publish('outbox.changed', i),
    },
    log,
  });
  callLog.onEvent((record) => integration.onCallEvent(record.event));
  callLog.onEvent((record) => events.publish('call.events', record));
  integration.start();
  const simulated = new SimulatedCalls((event) => callLog.record(event));
  const demo = new Demo({
    hasTemplate: (key) => templates.list().templates.some((t) => t.key === key),
    installTemplate: (fileName, xml) => {
      const result = templates.upload({ fileName, content: xml });
      if (!result.ok) throw new ProblemError(problem('demo.templateRefused', {}, result.message));
    },
    configure: (patch) => void settings.update({ integration: patch }),
    connect: async (templateKey, fields) => integration.handlers['integration.connect']({ templateKey, fields }),
    publish: (status) => events.publish('demo.changed', status),
    simulatedAccountId: 'simulated',
    log,
  });
  const handlers: Handlers = {
    ...templateHandlers(templates, { region: () => settings.get().general.defaultRegion }),
    ...integration.handlers,
    ...contactSearchHandlers(new DialPadSearch(() => integration.runtime.active(), log)),
    'app.info': () => ({
      name: 'Ringdesk',
      version: options.version,
      host: options.host,
      platform: process.platform,
      dataDir: options.dataDir,
    }),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.update(patch),
    'sip.password.set': (change) => sipAccounts.setPassword(change),
    'sip.password.status': ({ accountId }) => sipAccounts.passwordStatus(accountId),
    'sip.credentials': ({ accountId }) => sipAccounts.credentials(accountId),
    'sip.registration.report': (report) => {
      sipAccounts.report(report);
      for (const listener of registrationListeners) listener(sipAccounts.registrations());
    },
    'sip.registrations': () => sipAccounts.registrations(),
    'call.event': (event) => {
      callLog.record(event);
    },
    'call.recent': () => callLog.recent(),
    'popup.open': ({ url }) => openPopup(url, options.openExternal, log),
    'call.control.request': (request) => {
      const { action, sipCallId } = request;
      // A simulated call has no audio: only answer and hang up mean something for it.
      if (sipCallId !== undefined && simulated.has(sipCallId)) {
        if (action === 'answer' || action === 'hangup') simulated.control(action, sipCallId);
      } else events.publish('call.control', { ...request, source: 'call-window' });
    },
    'call.updates': () => recentUpdates.list(),
    'call.simulate': (request) => ({ sipCallId: simulated.start(request) }),
    'demo.status': () => demo.status(),
    'demo.start': () => demo.start(),
    'demo.stop': () => demo.stop(),
    'secrets.protection': () => ({
      kind: secrets.protection,
      consentRequired,
      consented: secretsConsented(),
      detail: options.secretConsent?.detail ?? (secrets.protection === 'os-keychain' ? 'secrets are encrypted by the OS keychain' : 'secrets are encrypted with a key file in the data folder'),
    }),
  };

  return {
    dispatcher: createDispatcher(handlers, log),
    events,
    settings,
    secrets,
    callLog,
    notifyWake: (reason) => events.publish('system.wake', { reason }),
    onRegistrations(listener) {
      registrationListeners.add(listener);
      return () => registrationListeners.delete(listener);
    },
    async close() {
      simulated.close();
      await demo.stop();
      await integration.close();
    },
  };
}
