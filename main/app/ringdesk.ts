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

export interface RingdeskOptions {
  readonly host: HostKind;
  readonly version: string;
  readonly dataDir: string;
  readonly settingsBackend: SettingsBackend;
  /** safeStorage in Electron, a local key file under the browser host. */
  readonly secretCipher: SecretCipher;
  readonly log?: (line: string) => void;
}

export interface Ringdesk {
  readonly dispatcher: Dispatcher;
  readonly events: EventHub;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  close(): Promise<void>;
}

export function createRingdesk(options: RingdeskOptions): Ringdesk {
  const log = options.log ?? (() => {});
  const settings = new SettingsStore(options.settingsBackend, log);
  const secrets = new SecretStore(options.dataDir, options.secretCipher);
  const events = new EventHub();
  settings.onChange((next) => events.publish('settings.changed', next));

  const handlers: Handlers = {
    'app.info': () => ({
      name: 'Ringdesk',
      version: options.version,
      host: options.host,
      platform: process.platform,
      dataDir: options.dataDir,
    }),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.update(patch),
  };

  return {
    dispatcher: createDispatcher(handlers, log),
    events,
    settings,
    secrets,
    async close() {},
  };
}
