// Call lifecycle -> scenarios. On `ringing` the number is looked up (and an
// unknown one created, a before-call ticket queued, a popup opened, as the
// settings say); on `answered` a popup may open; on `ended` the journal and
// any after-call ticket work go to the outbox. Everything about a call is
// keyed by its SIP Call-ID: one journal and at most one automatic ticket,
// however many contacts share the number; the agent's pick decides which
// contact they belong to (until then, the default pick of the settings).
import type { CallEvent, CallUpdate } from '../../shared/calls/call-event';
import { contactKey } from '../../shared/calls/helpdesk-contact';
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';
import type { HelpdeskUser } from '../../shared/calls/helpdesk-user';
import type { IntegrationSettings } from '../../shared/calls/integration-settings';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { formatPhone, phoneKey } from '../../shared/calls/phone-number';
import { callVariables } from '../../shared/calls/variables';
import { boundProblem, problem, ProblemError, problemOf } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import type { Integration } from '../engine/integration';
import { createContact, namesFromDisplayName } from '../engine/scenarios/create-contact';
import type { NewContact } from '../engine/scenarios/create-contact';
import type { Outbox } from '../store/outbox';
import type { Phonebook } from '../store/phonebook';
import { createsContactAutomatically, journals, popsUpAt, ticketAfterCall, ticketBeforeCall } from './call-policies';
import type { CallStage } from './call-policies';
import { newSession, recordAfter } from './call-session';
import type { CallSession, TaskRetry } from './call-session';
import type { ContactLookup, LookupResult } from './contact-lookup';

export interface ActiveIntegration {
  readonly integration: Integration;
  readonly settings: IntegrationSettings;
  /** Default region for reading numbers (settings.general.defaultRegion). */
  readonly region: string;
  /** The helpdesk users last synchronized (for CrmId and Extension* variables). */
  readonly users: readonly HelpdeskUser[];
}

export interface CallPipelineDeps {
  readonly active: () => ActiveIntegration | undefined;
  readonly lookup: ContactLookup;
  readonly outbox: Outbox;
  readonly phonebook: Phonebook;
  readonly publish: (update: CallUpdate) => void;
  /** Opens a contact page for an automatic popup (checks the URL itself). */
  readonly openPopup: (url: string) => Promise<unknown>;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

const TICKET = 'CreateNewTicket';

/** A lookup that found nothing because a search failed: the number may well be in the helpdesk. (The first failure; all are in `errors`.) */
function lookupFailure(found: LookupResult): ProblemText | undefined {
  return found.contacts.length === 0 ? found.errors[0] : undefined;
}

const retryOf = (item: OutboxItem): TaskRetry | undefined => (item.state === 'pending' && item.attempts > 0 ? { attempts: item.attempts, lastError: item.lastError } : undefined);

/** The task fields of call.updated: status, and for a task waiting to be retried its attempts and last error. */
function taskState(status: NonNullable<CallSession['ticketStatus']>, retry: TaskRetry | undefined) {
  return { status, ...(retry === undefined ? {} : { attempts: retry.attempts, ...(retry.lastError === undefined ? {} : { lastError: boundProblem(retry.lastError, 1000) }) }) };
}
const JOURNAL = 'CallJournal';

export class CallPipeline {
  readonly #sessions = new Map<string, CallSession>();
  readonly #work = new Map<string, Promise<void>>();

  constructor(private readonly deps: CallPipelineDeps) {
    deps.outbox.onChange((item) => this.#outboxChanged(item));
  }

  session(callId: string): CallSession | undefined {
    return this.#sessions.get(callId);
  }

  /** Handles one call event; resolves when what this stage does right away is done. */
  onEvent(event: CallEvent): Promise<void> {
    const previous = this.#work.get(event.sipCallId) ?? Promise.resolve();
    // Events of one call are handled in order, each after the previous stage's work.
    const next = previous.then(() => this.#handle(event)).catch((error: unknown) => {
      this.deps.log?.(`call ${event.sipCallId}: ${event.kind}: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.#work.set(event.sipCallId, next);
    return next;
  }

  async #handle(event: CallEvent): Promise<void> {
    const active = this.deps.active();
    if (!active) return;
    let session = this.#sessions.get(event.sipCallId);
    if (!session) {
      session = newSession(event);
      this.#sessions.set(event.sipCallId, session);
      this.#trim();
    } else session.record = recordAfter(session.record, event);
    if (session.lookup === undefined) session.lookup = this.#resolveContacts(session, active);
    await session.lookup;
    const stage: CallStage = event.kind;
    if (stage !== 'ringing' && session.lookupError !== undefined) await this.#lookUpAgain(session, active);
    if (popsUpAt(active.settings, session.record, stage)) await this.#popup(session);
    if (stage === 'ended') this.#afterCall(session, active);
    this.#publish(session);
  }

  #trim(): void {
    if (this.#sessions.size <= 200) return;
    const oldest = this.#sessions.keys().next().value;
    if (oldest !== undefined) this.#sessions.delete(oldest);
  }

  async #resolveContacts(session: CallSession, active: ActiveIntegration): Promise<void> {
    await this.#findContacts(session, active, false);
    this.#publish(session);
    if (ticketBeforeCall(active.settings, active.integration.spec, session.record)) this.#queueTicket(session, active, 'before');
  }

  /** Looks the number up (force: past the phonebook), creates an unknown caller if the settings say so, re-picks. */
  async #findContacts(session: CallSession, active: ActiveIntegration, force: boolean): Promise<void> {
    const { integration, settings, region } = active;
    const record = session.record;
    const found = await this.deps.lookup.find(integration, settings, region, record.remote.number, record.callId, force);
    session.contacts = found.contacts;
    session.lookupError = lookupFailure(found);
    session.errors.push(...found.errors);
    if (session.contacts.length === 0 && found.errors.length === 0 && createsContactAutomatically(settings, integration.spec, record)) {
      await this.#create(session, active, namesFromDisplayName(record.remote.name, record.remote.number));
    }
    this.#defaultPick(session, active);
  }

  /**
   * The lookup failed while the call rang (the helpdesk was down): when the
   * call is answered, and again before the journal and ticket are queued at
   * its end, try once more, so that a helpdesk that is back by then pops the
   * caller's page on answer and gets the work with the caller as its contact
   * (a ticket still queued is amended). A failure leaves things as they were.
   */
  async #lookUpAgain(session: CallSession, active: ActiveIntegration): Promise<void> {
    try {
      await this.#findContacts(session, active, true);
    } catch (error) {
      session.errors.push(active.integration.redactor.redactProblem(problem('call.lookupFailed', {}, problemOf(error))));
      return;
    }
    this.#amendUnsentWork(session, active);
  }

  /** Unsent journal and ticket work of the call takes the call's current variables (a new pick, a contact found or created). */
  #amendUnsentWork(session: CallSession, active: ActiveIntegration, at?: number): void {
    const vars = this.#callVars(session, active);
    for (const item of this.deps.outbox.list()) {
      if (item.callId === session.record.callId && item.state === 'pending') this.deps.outbox.amend(item.id, vars, at);
    }
  }

  /**
   * The agent's "Retry lookup" after a failed lookup: searches the helpdesk
   * again (not the phonebook, which never stored the failure's empty result
   * but may hold an older answer), re-picks, and updates unsent work of the call.
   */
  async relookup(callId: string): Promise<CallSession> {
    const session = this.#require(callId);
    if (session.record.endedAt !== undefined) throw new ProblemError(problem('call.endedNoLookup'));
    const active = this.deps.active();
    if (!active) throw new ProblemError(problem('call.noIntegration'));
    const previous = session.lookup ?? Promise.resolve();
    // Later stages of the call (answered, ended) wait for this lookup as they do for the first.
    const again = previous.then(() => this.#findContacts(session, active, true));
    session.lookup = again.catch(() => {});
    await again;
    this.#amendUnsentWork(session, active);
    this.#publish(session);
    return session;
  }

  #defaultPick(session: CallSession, active: ActiveIntegration): void {
    if (session.pickedByAgent || session.contacts.length === 0) return;
    const keys = session.contacts.map(contactKey);
    let pick = keys[0];
    if (active.settings.matches.defaultPick === 'last-picked') {
      const remembered = this.deps.phonebook.lookup(phoneKey(session.record.remote.number, active.region))?.lastPicked;
      if (remembered !== undefined && keys.includes(remembered)) pick = remembered;
    }
    session.picked = pick;
  }

  #picked(session: CallSession): HelpdeskContact | undefined {
    return session.contacts.find((c) => contactKey(c) === session.picked) ?? session.contacts[0];
  }

  async #create(session: CallSession, active: ActiveIntegration, contact: NewContact): Promise<void> {
    const { integration, settings, region } = active;
    // The number is stored as the search sends it ({{.Phone}}), or the lookup that follows would not find the new contact.
    const stored = { ...contact, number: formatPhone(contact.number, settings.phoneFormat, region) };
    try {
      await createContact(integration, settings.contactCreation.type, stored, { ...integration.baseVars(), ...this.#callVars(session, active) }, session.record.callId);
      session.contactCreated = true;
      // Look the new contact up so the journal and ticket can reference it.
      const found = await this.deps.lookup.find(integration, settings, region, session.record.remote.number, session.record.callId, true);
      session.contacts = found.contacts;
      session.lookupError = lookupFailure(found);
    } catch (error) {
      session.errors.push(active.integration.redactor.redactProblem(problem('call.contactCreationFailed', {}, problemOf(error))));
    }
  }

  /** Call variables for scenarios of this call (no connect-time fields: those are added when sent). */
  #callVars(session: CallSession, active: ActiveIntegration): Record<string, string> {
    const { settings, region, users } = active;
    const contact = this.#picked(session);
    const crmId = settings.associations[session.accountId];
    const user = crmId === undefined ? undefined : users.find((u) => u.id === crmId);
    const vars = callVariables(session.record, {
      region,
      phoneFormat: settings.phoneFormat,
      timeZone: settings.timeZone === '' ? undefined : settings.timeZone,
      agent: crmId === undefined ? undefined : { crmId, firstName: user?.firstName ?? '', lastName: user?.lastName ?? '', email: user?.email ?? '' },
      contact: contact === undefined ? undefined : { syncType: contact.syncType, id: contact.id, number: '' },
      ticketId: session.ticketId,
      playCallRecording: settings.journal.playCallRecording,
      recordingLink: settings.journal.recordingLink,
    });
    // The contact's own fields (e.g. CustomValue, Company) are available too; the call's variables win.
    return { ...(contact?.fields ?? {}), ...vars, CallId: session.record.callId };
  }

  /** After the call, with several matches and no pick yet, work waits a while for the agent's pick. */
  #notBefore(session: CallSession, active: ActiveIntegration): number {
    const now = (this.deps.now ?? Date.now)();
    const waitForPick = session.contacts.length > 1 && !session.pickedByAgent;
    return waitForPick ? now + active.settings.matches.pickWaitSeconds * 1000 : now;
  }

  #queueTicket(session: CallSession, active: ActiveIntegration, when: 'before' | 'after'): void {
    const scenario = active.integration.spec.scenarios.get(TICKET);
    const names = scenario?.requests.map((r) => r.name) ?? [];
    const create = names.includes(TICKET) ? TICKET : names[0];
    if (create === undefined) return;
    const t = active.settings.ticket;
    // Before the call only the creation runs; later requests (UpdateTicket) wait for the end of the call.
    const requests = when === 'before' ? [create] : [create, ...names.filter((n) => n !== create)];
    this.deps.outbox.add({
      callId: session.record.callId,
      scenario: TICKET,
      requests,
      vars: this.#callVars(session, active),
      texts: { subject: t.subject, description: t.description },
      ...(when === 'after' ? { notBefore: this.#notBefore(session, active) } : {}),
    });
    session.ticketStatus = 'pending';
  }

  #afterCall(session: CallSession, active: ActiveIntegration): void {
    const { integration, settings } = active;
    const callId = session.record.callId;
    const outbox = this.deps.outbox;
    const ticketKey = `${callId}:${TICKET}`;
    const existingTicket = outbox.byKey(ticketKey);
    if (existingTicket) {
      const later = integration.spec.scenarios.get(TICKET)?.requests.map((r) => r.name).filter((n) => !existingTicket.requests.includes(n)) ?? [];
      if (later.length > 0) {
        outbox.add({ callId, scenario: TICKET, part: 'after-call', requests: later, vars: this.#callVars(session, active), texts: { subject: settings.ticket.subject, description: settings.ticket.description }, dependsOn: ticketKey });
      }
    } else if (ticketAfterCall(settings, integration.spec, session.record)) {
      this.#queueTicket(session, active, 'after');
    }
    if (journals(settings, integration.spec)) {
      const scenario = integration.spec.scenarios.get(JOURNAL);
      outbox.add({
        callId,
        scenario: JOURNAL,
        requests: scenario?.requests.map((r) => r.name) ?? [],
        vars: this.#callVars(session, active),
        texts: { subject: settings.journal.subject, description: settings.journal.description },
        notBefore: this.#notBefore(session, active),
        ...(outbox.byKey(ticketKey) ? { dependsOn: ticketKey, softDependency: true } : {}),
      });
      session.journalStatus = 'pending';
    }
  }

  async #popup(session: CallSession): Promise<void> {
    const url = this.#picked(session)?.url ?? '';
    if (url === '' || session.popupOpened) return;
    session.popupUrl = url;
    session.popupOpened = true;
    await this.deps.openPopup(url);
  }

  /** The agent chose which contact this call belongs to; unsent journal/ticket work follows the pick. */
  pick(callId: string, key: string): CallSession {
    const session = this.#require(callId);
    const active = this.deps.active();
    if (!session.contacts.some((c) => contactKey(c) === key)) throw new ProblemError(problem('call.noSuchContact', { contact: key }));
    session.picked = key;
    session.pickedByAgent = true;
    if (active) {
      this.deps.phonebook.remember(phoneKey(session.record.remote.number, active.region), key);
      // A pick ends the wait for one: unsent work goes now.
      this.#amendUnsentWork(session, active, (this.deps.now ?? Date.now)());
    }
    this.#publish(session);
    return session;
  }

  /** Manual contact creation from the call window. */
  async createContact(callId: string, names: { firstName: string; lastName: string }): Promise<CallSession> {
    const session = this.#require(callId);
    const active = this.deps.active();
    if (!active) throw new ProblemError(problem('call.noIntegration'));
    await session.lookup;
    await this.#create(session, active, { ...names, number: session.record.remote.number });
    session.pickedByAgent = false;
    this.#defaultPick(session, active);
    this.#amendUnsentWork(session, active);
    this.#publish(session);
    return session;
  }

  /** Manual popup: the picked contact's page (or the one named). */
  async openContact(callId: string, key?: string): Promise<string> {
    const session = this.#require(callId);
    await session.lookup;
    const contact = key === undefined ? this.#picked(session) : session.contacts.find((c) => contactKey(c) === key);
    if (!contact || contact.url === '') throw new ProblemError(problem('popup.noContactPage'));
    session.popupUrl = contact.url;
    await this.deps.openPopup(contact.url);
    this.#publish(session);
    return contact.url;
  }

  /** Resolves when the work already started for a call is done (tests, CLI). */
  async idle(callId: string): Promise<void> {
    await this.#work.get(callId);
  }

  #require(callId: string): CallSession {
    const session = this.#sessions.get(callId);
    if (!session) throw new ProblemError(problem('call.unknown', { callId }));
    return session;
  }

  #outboxChanged(item: OutboxItem): void {
    const session = this.#sessions.get(item.callId);
    if (!session) return;
    // The outbox has no in-flight state: a pending item with failed attempts is queued for its next retry, not running.
    const status = item.state === 'pending' ? 'pending' : item.state === 'done' ? 'done' : 'failed';
    if (item.scenario === TICKET) {
      const id = item.outputs.TicketId;
      if (id !== undefined && id !== '') session.ticketId = id;
      if (!item.key.endsWith(':after-call')) {
        session.ticketStatus = status;
        session.ticketRetry = retryOf(item);
      }
    } else if (item.scenario === JOURNAL) {
      session.journalStatus = status;
      session.journalRetry = retryOf(item);
    }
    if (item.lastError !== undefined && item.state === 'failed') session.errors.push(problem('call.scenarioFailed', { scenario: item.scenario }, item.lastError));
    this.#publish(session);
  }

  #publish(session: CallSession): void {
    const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
    const update: CallUpdate = {
      sipCallId: session.record.callId,
      accountId: session.accountId,
      contacts: session.contacts.slice(0, 50).map((c) => ({ id: cut(c.id, 256), name: cut(c.displayName, 256), ...(c.url === '' ? {} : { url: cut(c.url, 2048) }), type: cut(c.syncType, 64) })),
      ...(session.popupUrl === undefined ? {} : { popupUrl: cut(session.popupUrl, 2048) }),
      ...(session.picked === undefined ? {} : { picked: cut(session.picked, 600) }),
      ...(session.lookupError === undefined ? {} : { lookupError: boundProblem(session.lookupError, 1000) }),
      ...(session.ticketStatus === undefined ? {} : { ticket: { ...taskState(session.ticketStatus, session.ticketRetry), ...(session.ticketId === undefined ? {} : { id: cut(session.ticketId, 256) }) } }),
      ...(session.journalStatus === undefined ? {} : { journal: taskState(session.journalStatus, session.journalRetry) }),
      ...(session.errors.length === 0 ? {} : { errors: session.errors.slice(-20).map((e) => boundProblem(e, 1000)) }),
    };
    try {
      this.deps.publish(update);
    } catch (error) {
      this.deps.log?.(`call.updated for ${session.record.callId} rejected: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
