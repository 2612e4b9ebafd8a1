// The dial pad's real-time search (`contacts.search`). Policies: never ask
// the helpdesk for fewer than 3 digits or 2 letters; a newer search
// supersedes the running one, which stops sending requests and answers
// `superseded`; results are not written to the phonebook (partial numbers are
// not a caller's number). The renderer debounces; main only keeps it cheap.
import { classifySearchText } from '../../shared/calls/contact-search-channels';
import type { ContactSearchResult } from '../../shared/calls/contact-search-channels';
import { problem, problemOf } from '../../shared/i18n/problem';
import type { Handlers } from '../app/dispatch';
import { searchByText } from '../engine/scenarios/search-contact';
import type { ActiveIntegration } from './call-pipeline';

export class DialPadSearch {
  #latest = 0;

  constructor(
    private readonly active: () => ActiveIntegration | undefined,
    private readonly log: (line: string) => void = () => {},
  ) {}

  async search(text: string): Promise<ContactSearchResult> {
    const generation = ++this.#latest;
    const superseded = () => generation !== this.#latest;
    const typed = classifySearchText(text);
    const none = { text, contacts: [], errors: [] };
    if (!typed.long) return { ...none, status: 'too-short' };
    const active = this.active();
    if (!active) return { ...none, status: 'unavailable', reason: problem('search.noIntegration') };
    const { integration, settings } = active;
    const phone = typed.kind === 'number' ? typed.value.replace(/[^0-9+]/g, '') : undefined;
    try {
      const found = await searchByText(integration, integration.baseVars(), { types: settings.contactSync.types, searchValue: typed.value, phone, cancelled: superseded });
      if (superseded()) return { ...none, status: 'superseded' };
      if (!found) {
        return { ...none, status: 'unavailable', reason: problem(typed.kind === 'name' ? 'search.numbersOnly' : 'search.noScenario') };
      }
      return { text, status: 'ok', via: found.via, contacts: found.contacts, errors: found.errors.map((e) => problem('call.searchFailed', { type: e.syncType }, e.problem)) };
    } catch (error) {
      const message = integration.redactor.redactProblem(problemOf(error));
      this.log(`contacts.search: ${message.message}`);
      if (superseded()) return { ...none, status: 'superseded' };
      return { ...none, status: 'ok', errors: [message] };
    }
  }
}

export function contactSearchHandlers(search: DialPadSearch): Pick<Handlers, 'contacts.search'> {
  return { 'contacts.search': ({ text }) => search.search(text) };
}
