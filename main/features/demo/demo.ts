// "Try the demo": starts the demo helpdesk on 127.0.0.1, installs its
// template, turns on every feature (lookup, popup on ring, manual contact
// creation, a ticket after each inbound call, the call journal), connects,
// and lets the agent simulate calls from sample callers. Stopped on quit.
import { plainProblem, problem, ProblemError, problemOf } from '../../../shared/i18n/problem';
import type { ProblemText } from '../../../shared/i18n/problem';
import type { DemoCaller, DemoStatus } from '../../../shared/calls/call-desk-channels';
import type { IntegrationStatusView } from '../../../shared/calls/integration-channels';
import { ContactCreationSettings, ContactSyncSettings, JournalSettings, PopupSettings, TicketSettings } from '../../../shared/calls/integration-settings';
import type { IntegrationSettingsPatch } from '../../../shared/calls/integration-settings';
import { DEMO_CONTACTS, DEMO_UNKNOWN_NUMBER, DemoHelpdesk } from './demo-helpdesk';
import { fullName } from './demo-pages';
import { DEMO_TEMPLATE_FILE, DEMO_TEMPLATE_KEY, DEMO_TEMPLATE_XML } from './demo-template';

export interface DemoDeps {
  /** Whether a custom template with this Key is installed. */
  readonly hasTemplate: (key: string) => boolean;
  /** Adds a custom template; throws with the store's reason when it cannot. */
  readonly installTemplate: (fileName: string, xml: string) => void;
  readonly configure: (patch: IntegrationSettingsPatch) => void;
  readonly connect: (templateKey: string, fields: Record<string, string>) => Promise<IntegrationStatusView>;
  readonly publish: (status: DemoStatus) => void;
  /** The account simulated calls arrive on (associated with the demo's agent). */
  readonly simulatedAccountId: string;
  readonly log?: (line: string) => void;
}

export const DEMO_CALLERS: readonly DemoCaller[] = [
  ...DEMO_CONTACTS.map((c) => ({ name: fullName({ ...c, id: '' }), number: c.phone, known: true })),
  { name: '', number: DEMO_UNKNOWN_NUMBER, known: false },
];

export class Demo {
  #helpdesk: DemoHelpdesk | undefined;
  #state: DemoStatus['state'] = 'stopped';
  #reason: ProblemText | undefined;
  #starting: Promise<DemoStatus> | undefined;

  constructor(private readonly deps: DemoDeps) {}

  status(): DemoStatus {
    return {
      state: this.#state,
      templateKey: DEMO_TEMPLATE_KEY,
      callers: [...DEMO_CALLERS],
      ...(this.#helpdesk && this.#state === 'running' ? { url: this.#helpdesk.url } : {}),
      ...(this.#reason === undefined ? {} : { reason: this.#reason }),
    };
  }

  start(): Promise<DemoStatus> {
    if (this.#state === 'running') return Promise.resolve(this.status());
    this.#starting ??= this.#start().finally(() => (this.#starting = undefined));
    return this.#starting;
  }

  async #start(): Promise<DemoStatus> {
    this.#set('starting');
    try {
      const helpdesk = new DemoHelpdesk();
      const url = await helpdesk.start();
      this.#helpdesk = helpdesk;
      if (!this.deps.hasTemplate(DEMO_TEMPLATE_KEY)) this.deps.installTemplate(DEMO_TEMPLATE_FILE, DEMO_TEMPLATE_XML);
      this.deps.configure({
        templateKey: DEMO_TEMPLATE_KEY,
        fields: { base_url: url },
        associations: { [this.deps.simulatedAccountId]: 'u1' },
        contactSync: ContactSyncSettings.parse({ enabled: true, alwaysQuery: true }),
        contactCreation: ContactCreationSettings.parse({ enabled: true, type: 'Contacts', method: 'manual' }),
        popup: PopupSettings.parse({ enabled: true, method: 'automatic', trigger: 'ring' }),
        journal: JournalSettings.parse({ enabled: true }),
        ticket: TicketSettings.parse({ enabled: true, when: 'after', afterCallTypes: ['inbound-answered', 'inbound-no-answer'] }),
      });
      const connected = await this.deps.connect(DEMO_TEMPLATE_KEY, { base_url: url });
      if (connected.state !== 'connected') throw new ProblemError(problem('demo.notConnected', {}, connected.reason ?? plainProblem('')));
      this.#reason = undefined;
      this.deps.log?.(`demo helpdesk running at ${url}`);
      this.#set('running');
    } catch (error) {
      await this.#helpdesk?.stop();
      this.#helpdesk = undefined;
      this.#reason = problemOf(error);
      this.deps.log?.(`demo: ${this.#reason.message}`);
      this.#set('failed');
    }
    return this.status();
  }

  async stop(): Promise<DemoStatus> {
    await this.#starting;
    const helpdesk = this.#helpdesk;
    this.#helpdesk = undefined;
    await helpdesk?.stop();
    this.#reason = undefined;
    if (this.#state !== 'stopped') this.#set('stopped');
    return this.status();
  }

  #set(state: DemoStatus['state']): void {
    this.#state = state;
    this.deps.publish(this.status());
  }
}
