// SearchContact (newer editions): the dial pad's real-time search. One
// request per contact type, named `SearchContact_<type>` or after the type,
// with the typed text as {{.SearchValue}}; outputs, Enable flags, popup URL
// and `Outputs Next=` work as in SyncContactAuto (whose settings apply unless
// SearchContact sets its own). A template without SearchContact is searched
// through SyncContactAuto with the typed number as {{.Phone}}.
import type { Integration } from '../integration';
import type { IntegrationSpec, RequestSpec } from '../integration-spec';
import type { PagingDefaults } from '../paging';
import type { Vars } from '../template-text';
import { searchSources } from './contact-search';
import type { ContactSearch, SearchSource } from './contact-search';

export type SearchVia = 'SearchContact' | 'SyncContactAuto';

export interface TextSearch extends ContactSearch {
  readonly via: SearchVia;
}

/** The dial pad shows the first page of each type; asking for more on every keystroke is waste. */
const DIAL_PAD_PAGING: PagingDefaults = { maxPages: 1, warnAtBound: false };

const PREFIX = 'SearchContact_';

/** The contact type a SearchContact request searches: `SearchContact_leads` -> `leads`. */
export function searchContactType(request: Pick<RequestSpec, 'name'>): string {
  return request.name.startsWith(PREFIX) && request.name.length > PREFIX.length ? request.name.slice(PREFIX.length) : request.name;
}

/** Which scenario serves a text search: SearchContact when the template has one with requests, else SyncContactAuto. */
export function textSearchVia(spec: IntegrationSpec): SearchVia | undefined {
  if ((spec.scenarios.get('SearchContact')?.requests.length ?? 0) > 0) return 'SearchContact';
  if ((spec.scenarios.get('SyncContactAuto')?.requests.length ?? 0) > 0) return 'SyncContactAuto';
  return undefined;
}

function sourcesFor(spec: IntegrationSpec, via: SearchVia, types: readonly string[]): SearchSource[] {
  const sync = spec.scenarios.get('SyncContactAuto');
  const scenario = spec.scenarios.get(via);
  if (!scenario) return [];
  const settings = via === 'SearchContact' ? { ...sync?.settings, ...scenario.settings } : scenario.settings;
  const variables = via === 'SearchContact' ? { ...sync?.variables, ...scenario.variables } : scenario.variables;
  return scenario.requests
    .map((request) => ({ request, syncType: via === 'SearchContact' ? searchContactType(request) : request.name, settings, variables }))
    .filter((source) => types.length === 0 || types.includes(source.syncType));
}

export interface TextSearchOptions {
  /** Contact types to search (the SyncContactAuto request names the admin selected); all when empty. */
  readonly types: readonly string[];
  /** The typed text as {{.SearchValue}} (SearchContact). */
  readonly searchValue: string;
  /** The typed number as {{.Phone}}: required for the SyncContactAuto fallback, which cannot search names. */
  readonly phone: string | undefined;
  readonly cancelled?: (() => boolean) | undefined;
}

/** Runs the text search; undefined when the template cannot serve it (no scenario, or a name without SearchContact). */
export async function searchByText(integration: Integration, vars: Vars, options: TextSearchOptions): Promise<TextSearch | undefined> {
  const via = textSearchVia(integration.spec);
  if (via === undefined || (via === 'SyncContactAuto' && options.phone === undefined)) return undefined;
  const sources = sourcesFor(integration.spec, via, options.types);
  const searchVars = via === 'SearchContact' ? { ...vars, SearchValue: options.searchValue, Phone: options.phone ?? options.searchValue } : { ...vars, Phone: options.phone ?? '' };
  const found = await searchSources(integration, sources, searchVars, { cancelled: options.cancelled, paging: DIAL_PAD_PAGING });
  return { ...found, via };
}
