// Finding the contacts of a number: the local phonebook first when Always
// Query is off, else (or when it has nothing) the helpdesk. Concurrent
// lookups of one number share one search; matches go to the phonebook.
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';
import type { IntegrationSettings } from '../../shared/calls/integration-settings';
import { formatPhone, phoneKey } from '../../shared/calls/phone-number';
import { problem } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import type { Integration } from '../engine/integration';
import { searchContacts } from '../engine/scenarios/contact-search';
import type { Phonebook } from '../store/phonebook';

export interface LookupResult {
  readonly contacts: HelpdeskContact[];
  readonly source: 'phonebook' | 'helpdesk';
  /** Helpdesk requests this lookup caused (0 when served by the phonebook or by another caller's search). */
  readonly requests: number;
  /** Each failed contact type's problem (`<type>: <why>`). */
  readonly errors: ProblemText[];
}

export class ContactLookup {
  readonly #inFlight = new Map<string, Promise<LookupResult>>();

  constructor(private readonly phonebook: Phonebook) {}

  async find(integration: Integration, settings: IntegrationSettings, region: string, number: string, callId?: string, force = false): Promise<LookupResult> {
    const key = phoneKey(number, region);
    if (key === '' || !settings.contactSync.enabled) return { contacts: [], source: 'helpdesk', requests: 0, errors: [] };
    if (!settings.contactSync.alwaysQuery && !force) {
      const stored = this.phonebook.lookup(key);
      if (stored) return { contacts: stored.contacts, source: 'phonebook', requests: 0, errors: [] };
    }
    const flightKey = `${key}\u0000${settings.contactSync.types.join(',')}`;
    const shared = this.#inFlight.get(flightKey);
    if (shared) return { ...(await shared), requests: 0 };
    const search = (async (): Promise<LookupResult> => {
      const vars = { ...integration.baseVars(), Phone: formatPhone(number, settings.phoneFormat, region) };
      const found = await searchContacts(integration, settings.contactSync.types, vars, callId);
      this.phonebook.store(key, found.contacts);
      return { contacts: found.contacts, source: 'helpdesk', requests: found.requests, errors: found.errors.map((e) => problem('call.searchFailed', { type: e.syncType }, e.problem)) };
    })();
    this.#inFlight.set(flightKey, search);
    try {
      return await search;
    } finally {
      this.#inFlight.delete(flightKey);
    }
  }
}
