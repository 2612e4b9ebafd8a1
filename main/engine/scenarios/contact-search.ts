// SyncContactAuto: one request per selected contact type, all in parallel;
// each `#` output yields one contact per element; `Outputs Next=` runs the
// named Common request per contact and backfills what it returns; the popup
// URL comes from URLFormat (specify_url_format) or a response field
// (retrieve_from_contact). `<Field>Enable="0"` settings leave a field out.
import type { HelpdeskContact } from '../../../shared/calls/helpdesk-contact';
import type { Integration } from '../integration';
import { commonRequest } from '../integration-spec';
import type { RequestSpec, ScenarioSpec } from '../integration-spec';
import { readRecords } from '../outputs';
import type { RequestFailedError } from '../request-runner';
import { renderText } from '../template-text';
import type { Vars } from '../template-text';

export interface ContactSearch {
  readonly contacts: HelpdeskContact[];
  /** Requests that failed, by contact type (the others' results are still used). */
  readonly errors: { readonly syncType: string; readonly message: string }[];
  readonly requests: number;
}

const ALWAYS_KEPT = new Set(['ContactsId', 'FirstName', 'ContactUrl']);

function enabled(scenario: ScenarioSpec, output: string): boolean {
  if (ALWAYS_KEPT.has(output)) return true;
  const setting = scenario.settings[`${output}Enable`];
  return setting === undefined || setting !== '0';
}

function popupUrl(scenario: ScenarioSpec, fields: Record<string, string>, vars: Vars, timeZone: string | undefined): string {
  if (scenario.settings.ContactUrlType === 'retrieve_from_contact') return fields.ContactUrl ?? '';
  const format = scenario.settings.URLFormat ?? '';
  if (format.trim() === '') return '';
  try {
    return renderText(format, vars, { escape: 'url', timeZone }).trim();
  } catch {
    return '';
  }
}

async function backfill(integration: Integration, next: RequestSpec, record: Record<string, string>, vars: Vars, callId: string | undefined): Promise<number> {
  try {
    const { values } = await integration.request(next, { ...vars, ...record }, { callId });
    for (const [name, value] of Object.entries(values)) if (value !== '') record[name] = value;
  } catch {
    // The contact is still a match without the extra fields; the activity log has the error.
  }
  return 1;
}

async function searchType(integration: Integration, scenario: ScenarioSpec, request: RequestSpec, vars: Vars, callId: string | undefined): Promise<{ contacts: HelpdeskContact[]; requests: number }> {
  const outputs = [...request.outputs.filter((o) => enabled(scenario, o.name))];
  const urlPath = scenario.settings.ContactFieldForUri ?? scenario.settings.ContactFieldForUrl;
  if (scenario.settings.ContactUrlType === 'retrieve_from_contact' && urlPath) outputs.push({ name: 'ContactUrl', path: urlPath.replace(/^\./, '') });
  const { result } = await integration.request({ ...request, outputs: [] }, vars, { callId });
  const records = readRecords(result.doc, outputs, vars, 'ContactsId');
  let requests = 1;
  const next = request.next === undefined ? undefined : commonRequest(integration.spec, request.next);
  if (request.next !== undefined && next === undefined) {
    throw new Error(`SyncContactAuto/${request.name}: Outputs Next="${request.next}": no request ${request.next} in scenario Common`);
  }
  if (next) {
    const counts = await Promise.all(records.map((record) => backfill(integration, next, record, { ...vars, ContactSyncType: request.name, ContactId: record.ContactsId ?? '' }, callId)));
    requests += counts.reduce((a, b) => a + b, 0);
  }
  const contacts = records.map((fields): HelpdeskContact => {
    const id = fields.ContactsId ?? '';
    const urlVars = { ...vars, ...fields, ContactSyncType: request.name, ContactId: id, CustomValue: fields.CustomValue ?? '' };
    const displayName = [fields.FirstName, fields.LastName].filter((p) => p !== undefined && p.trim() !== '').join(' ');
    return { syncType: request.name, id, displayName, url: popupUrl(scenario, fields, urlVars, undefined), fields };
  });
  return { contacts, requests };
}

/** Searches the selected contact types (all of them when `types` is empty) for `vars.Phone`. */
export async function searchContacts(integration: Integration, types: readonly string[], vars: Vars, callId?: string): Promise<ContactSearch> {
  const scenario = integration.spec.scenarios.get('SyncContactAuto');
  if (!scenario) return { contacts: [], errors: [], requests: 0 };
  const selected = scenario.requests.filter((r) => types.length === 0 || types.includes(r.name));
  const settled = await Promise.allSettled(selected.map((r) => searchType(integration, scenario, r, vars, callId)));
  const contacts: HelpdeskContact[] = [];
  const errors: { syncType: string; message: string }[] = [];
  let requests = 0;
  settled.forEach((outcome, i) => {
    const syncType = selected[i]?.name ?? '';
    if (outcome.status === 'fulfilled') {
      contacts.push(...outcome.value.contacts);
      requests += outcome.value.requests;
    } else {
      requests += 1;
      errors.push({ syncType, message: (outcome.reason as RequestFailedError | Error).message });
    }
  });
  return { contacts, errors, requests };
}
