// Names of newer template editions (shared/spec/newer-edition-differences.md)
// whose XML spelling Ringdesk chose itself: paging settings, the separate
// refresh endpoint, TokenType, field Keys, and the SearchContact scenario.
// main/templates/README.md ("Template reference: newer-edition elements") documents them.
import { lintMessage as lint } from '../../i18n/lint';
import { variablesOf } from '../actions';
import type { Parameter, Request, Scenario } from '../model';
import { PAGING_PARAMETERS, PAGING_VARIABLES, TOTAL_OUTPUTS } from '../vocabulary';
import { quoted, type ValidationContext } from './context';

const PAGED_SCENARIOS = new Set(['UserAssociation', 'SyncContactAuto', 'SearchContact']);

/** Settings a scenario or request gives itself: no Father, or Father="CustomScenarioParameter". */
function settingParameters(holder: Scenario | Request): Parameter[] {
  return holder.parameters.filter((p) => (p.father === undefined || p.father === 'CustomScenarioParameter') && p.type === undefined);
}

/** The paging variables a request's URL or body uses, in PAGING_VARIABLES order. */
export function pagingVariablesOf(request: Request): string[] {
  const used = new Set<string>();
  for (const text of [request.url ?? '', request.body?.value ?? '']) {
    if (text.includes('{{')) for (const v of variablesOf(text)) used.add(v.name);
  }
  return PAGING_VARIABLES.filter((name) => used.has(name));
}

/** Whether a request is fetched page by page (its URL or body uses a paging variable). */
export function usesPaging(request: Request): boolean {
  return pagingVariablesOf(request).length > 0;
}

function checkPagingParameter(ctx: ValidationContext, p: Parameter): void {
  const name = p.name ?? '';
  if (!(PAGING_PARAMETERS as readonly string[]).includes(name)) return;
  const value = (p.value ?? '').trim();
  const least = name === 'FirstPage' ? 0 : 1;
  if (!/^[0-9]+$/.test(value) || Number(value) < least) {
    ctx.report.error(p.element, lint('paging.badNumber', { name, least, found: quoted(p.value ?? '') }), p.value === undefined ? undefined : 'Value');
  }
}

export function checkPaging(ctx: ValidationContext, s: Scenario): void {
  const paged = s.requests.filter(usesPaging);
  for (const p of settingParameters(s)) checkPagingParameter(ctx, p);
  for (const request of s.requests) {
    for (const p of settingParameters(request)) checkPagingParameter(ctx, p);
    const totals = (request.outputs?.list ?? []).filter((o) => (TOTAL_OUTPUTS as readonly string[]).includes(o.name ?? ''));
    const total = totals[0];
    if (total && !usesPaging(request)) {
      ctx.report.warning(total.element, lint('paging.totalWithoutPaging', { name: total.name ?? '' }));
    }
  }
  if (paged.length > 0 && !PAGED_SCENARIOS.has(s.id ?? '')) {
    const first = paged[0];
    if (first) ctx.report.warning(first.element, lint('paging.notPagedScenario', { scenario: s.id ?? '' }));
  }
}

export function checkNewerAuth(ctx: ValidationContext): void {
  const auth = ctx.scenarios.get('AuthMethod');
  if (!auth) return;
  const method = auth.parameter('AuthMethod')?.value ?? ctx.template.information.authType ?? 'none';
  const tokenMethod = method === 'oauth2' || method === 'bearertoken';
  const refresh = auth.parameter('RefreshTokenEndPoint');
  const neverRefresh = auth.parameters.some((p) => p.father === 'AuthOption' && p.name === 'NoNeedRefreshAccessToken' && p.value === '1');
  if (refresh?.value?.trim()) {
    if (!tokenMethod) ctx.report.warning(refresh.element, lint('auth.refreshUnused', { method: quoted(method) }));
    else if (neverRefresh) ctx.report.warning(refresh.element, lint('auth.refreshNever'));
  }
  const tokenType = auth.parameter('TokenType');
  if (tokenType?.value !== undefined && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(tokenType.value)) {
    ctx.report.error(tokenType.element, lint('auth.badTokenType', { found: quoted(tokenType.value) }), 'Value');
  }
  const keys = new Map<string, Parameter>();
  for (const p of auth.parameters.filter((x) => x.father === 'CustomFieldList')) {
    const key = p.key;
    if (key === undefined) continue;
    if (key.trim() === '') ctx.report.warning(p.element, lint('customField.emptyKey', { name: p.name ?? '' }), 'Key');
    else if (keys.has(key)) ctx.report.error(p.element, lint('customField.duplicateKey', { key: quoted(key), first: keys.get(key)?.name ?? '', second: p.name ?? '' }), 'Key');
    keys.set(key, p);
  }
}

export function checkSearchContact(ctx: ValidationContext, s: Scenario): void {
  if (s.requests.length === 0) {
    ctx.report.error(s.element, lint('searchContact.noRequests'));
    return;
  }
  for (const request of s.requests) {
    const mapped = new Set((request.outputs?.list ?? []).filter((o) => o.name && o.path?.trim()).map((o) => o.name));
    const next = request.outputs?.next;
    if (next) for (const o of ctx.scenarios.get('Common')?.request(next)?.outputs?.list ?? []) if (o.name && o.path?.trim()) mapped.add(o.name);
    if (!mapped.has('ContactsId')) {
      ctx.report.error(request.element, lint('searchContact.noContactsId', { request: quoted(request.name ?? '') }));
    }
  }
}
