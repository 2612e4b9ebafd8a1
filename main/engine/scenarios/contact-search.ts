// SyncContactAuto: one request per selected contact type, all in parallel;
// each `#` output yields one contact per element; `Outputs Next=` runs the
// named Common request per contact and backfills what it returns; the popup
// URL comes from URLFormat (specify_url_format) or a response field
// (retrieve_from_contact). `<Field>Enable="0"` settings leave a field out.
// A request that uses paging variables is fetched page by page (paging.ts).
// SearchContact (search-contact.ts) runs through the same code.
import { problem, ProblemError, problemOf } from '../../../shared/i18n/problem';
import type { ProblemText } from '../../../shared/i18n/problem';
import type { HelpdeskContact } from '../../../shared/calls/helpdesk-contact';
import type { Integration } from '../integration';
import { commonRequest } from '../integration-spec';
import type { RequestSpec } from '../integration-spec';
import { readRecords } from '../outputs';
import { fetchPages, itemOutputs, pageLength, pagingPlan } from '../paging';
import type { PagingDefaults } from '../paging';
import { renderText } from '../template-text';
import type { Vars } from '../template-text';

export interface ContactSearch {
  readonly contacts: HelpdeskContact[];
  /** Requests that failed, by contact type (the others' results are still used). */
  readonly errors: { readonly syncType: string; readonly message: string; readonly problem: ProblemText }[];
  readonly requests: number;
  /** Paging warnings (no page size known, MaxPages reached). */
  readonly warnings: string[];
}

/** One request to run: its contact type and the settings (Enable flags, popup URL) that apply to it. */
export interface SearchSource {
  readonly request: RequestSpec;
  readonly syncType: string;
  readonly settings: Readonly<Record<string, string>>;
  /** Father="CustomScenarioParameter" values of the request's scenario. */
  readonly variables: Readonly<Record<string, string>>;
}

export interface SearchOptions {
  readonly callId?: string | undefined;
  /** Checked before each further request: a superseded search stops sending. */
  readonly cancelled?: (() => boolean) | undefined;
  readonly paging?: PagingDefaults | undefined;
}

/** SyncContactAuto runs on every call: a handful of pages at most. */
const SEARCH_PAGING: PagingDefaults = { maxPages: 10, warnAtBound: true };

/** Thrown (and reported as no error) when a search was superseded. */
export class SearchCancelledError extends Error {
  override readonly name = 'SearchCancelledError';
}

const ALWAYS_KEPT = new Set(['ContactsId', 'FirstName', 'ContactUrl']);

function enabled(settings: Readonly<Record<string, string>>, output: string): boolean {
  if (ALWAYS_KEPT.has(output)) return true;
  const setting = settings[`${output}Enable`];
  return setting === undefined || setting !== '0';
}

function popupUrl(settings: Readonly<Record<string, string>>, fields: Record<string, string>, vars: Vars, timeZone: string | undefined): string {
  if (settings.ContactUrlType === 'retrieve_from_contact') return fields.ContactUrl ?? '';
  const format = settings.URLFormat ?? '';
  if (format.trim() === '') return '';
  try {
    return renderText(format, vars, { escape: 'url', timeZone }).trim();
  } catch {
    return '';
  }
}

async function backfill(integration: Integration, next: RequestSpec, record: Record<string, string>, vars: Vars, callId: string | undefined, cancelled: () => boolean): Promise<number> {
  if (cancelled()) return 0;
  try {
    const { values } = await integration.request(next, { ...vars, ...record }, { callId });
    for (const [name, value] of Object.entries(values)) if (value !== '') record[name] = value;
  } catch {
    // The contact is still a match without the extra fields; the activity log has the error.
  }
  return 1;
}

async function searchType(integration: Integration, source: SearchSource, baseVars: Vars, options: SearchOptions): Promise<{ contacts: HelpdeskContact[]; requests: number; warnings: string[] }> {
  const { request, settings, syncType } = source;
  const callId = options.callId;
  const cancelled = options.cancelled ?? (() => false);
  const vars: Vars = { ...baseVars, ...source.variables };
  const outputs = itemOutputs(request.outputs).filter((o) => enabled(settings, o.name));
  const urlPath = settings.ContactFieldForUri ?? settings.ContactFieldForUrl;
  if (settings.ContactUrlType === 'retrieve_from_contact' && urlPath) outputs.push({ name: 'ContactUrl', path: urlPath.replace(/^\./, '') });
  const plan = pagingPlan(request, settings, options.paging ?? SEARCH_PAGING);
  let records: Record<string, string>[];
  let requests: number;
  let warnings: string[] = [];
  if (plan) {
    const paged = await fetchPages(
      integration,
      request,
      vars,
      plan,
      (doc, pageVars) => {
        if (cancelled()) throw new SearchCancelledError(`${request.scenario}/${request.name}: superseded`);
        return { items: readRecords(doc, outputs, pageVars, 'ContactsId'), length: pageLength(doc, outputs, pageVars, 'ContactsId') };
      },
      { callId },
    );
    records = paged.items;
    requests = paged.requests;
    warnings = paged.warnings;
  } else {
    const { result } = await integration.request({ ...request, outputs: [] }, vars, { callId });
    records = readRecords(result.doc, outputs, vars, 'ContactsId');
    requests = 1;
  }
  const next = request.next === undefined ? undefined : commonRequest(integration.spec, request.next);
  if (request.next !== undefined && next === undefined) {
    throw new ProblemError(problem('request.nextMissing', { scenario: request.scenario, name: request.name, next: request.next }));
  }
  if (next) {
    const counts = await Promise.all(records.map((record) => backfill(integration, next, record, { ...vars, ContactSyncType: syncType, ContactId: record.ContactsId ?? '' }, callId, cancelled)));
    requests += counts.reduce((a, b) => a + b, 0);
  }
  const contacts = records.map((fields): HelpdeskContact => {
    const id = fields.ContactsId ?? '';
    const urlVars = { ...vars, ...fields, ContactSyncType: syncType, ContactId: id, CustomValue: fields.CustomValue ?? '' };
    const displayName = [fields.FirstName, fields.LastName].filter((p) => p !== undefined && p.trim() !== '').join(' ');
    return { syncType, id, displayName, url: popupUrl(settings, fields, urlVars, undefined), fields };
  });
  return { contacts, requests, warnings };
}

/** Runs the sources in parallel; a failed one is reported in `errors`, the others' contacts are kept. */
export async function searchSources(integration: Integration, sources: readonly SearchSource[], vars: Vars, options: SearchOptions = {}): Promise<ContactSearch> {
  const settled = await Promise.allSettled(sources.map((source) => searchType(integration, source, { ...vars, ContactSyncType: source.syncType }, options)));
  const contacts: HelpdeskContact[] = [];
  const errors: { syncType: string; message: string; problem: ProblemText }[] = [];
  const warnings: string[] = [];
  let requests = 0;
  settled.forEach((outcome, i) => {
    const syncType = sources[i]?.syncType ?? '';
    if (outcome.status === 'fulfilled') {
      contacts.push(...outcome.value.contacts);
      requests += outcome.value.requests;
      warnings.push(...outcome.value.warnings);
    } else if (!(outcome.reason instanceof SearchCancelledError)) {
      requests += 1;
      const failure = integration.redactor.redactProblem(problemOf(outcome.reason));
      errors.push({ syncType, message: failure.message, problem: failure });
    }
  });
  for (const warning of warnings) integration.warn(warning);
  return { contacts, errors, requests, warnings };
}

/** Searches the selected contact types (all of them when `types` is empty) for `vars.Phone`. */
export async function searchContacts(integration: Integration, types: readonly string[], vars: Vars, callId?: string): Promise<ContactSearch> {
  const scenario = integration.spec.scenarios.get('SyncContactAuto');
  if (!scenario) return { contacts: [], errors: [], requests: 0, warnings: [] };
  const sources = scenario.requests
    .filter((r) => types.length === 0 || types.includes(r.name))
    .map((request): SearchSource => ({ request, syncType: request.name, settings: scenario.settings, variables: scenario.variables }));
  return searchSources(integration, sources, vars, { callId });
}
