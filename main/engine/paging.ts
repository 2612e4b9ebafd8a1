// Paged lists (newer editions' "Get users" pagination, also used by contact
// searches): a request whose URL or body uses {{.Page}}, {{.PageSize}},
// {{.Offset}} or {{.Limit}} is sent page after page, page-number and offset
// styles alike, until a page comes back empty, a page is shorter than the page
// size, the `Total` output is reached, or MaxPages pages were fetched.
// The parameter names (PageSize, FirstPage, MaxPages, Total) are Ringdesk's:
// see main/templates/README.md.
import { outputPathAlternatives } from '../../shared/template/output-path';
import { TOTAL_OUTPUTS } from '../../shared/template/vocabulary';
import type { Integration, RequestContext } from './integration';
import type { OutputSpec, RequestSpec } from './integration-spec';
import type { JsonDocument } from './json-path';
import { readOutputs, renderPath, splitListPath } from './outputs';
import type { Vars } from './template-text';

export const DEFAULT_PAGE_SIZE = 100;

export interface PagingPlan {
  /** Sent as {{.PageSize}} and {{.Limit}}. */
  readonly pageSize: number;
  /** Whether the helpdesk's page size is known: a PageSize parameter, or the request sends {{.PageSize}}/{{.Limit}}. */
  readonly sizeKnown: boolean;
  /** {{.Page}} of the first page (FirstPage, default 1). */
  readonly firstPage: number;
  readonly maxPages: number;
  /** Whether reaching MaxPages deserves a warning (not when the bound is a deliberate "first page only"). */
  readonly warnAtBound: boolean;
  /** The output holding the list's total (`Total`, or `TotalPath`), if the request maps one. */
  readonly total: OutputSpec | undefined;
}

export interface PagingDefaults {
  readonly maxPages: number;
  readonly warnAtBound: boolean;
}

function wholeNumber(value: string | undefined, least: number): number | undefined {
  if (value === undefined || !/^\s*[0-9]+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= least ? n : undefined;
}

/** How to page a request; undefined when it uses no paging variable. The request's settings win over its scenario's. */
export function pagingPlan(request: RequestSpec, scenarioSettings: Readonly<Record<string, string>> | undefined, defaults: PagingDefaults): PagingPlan | undefined {
  if (request.pagingVariables.length === 0) return undefined;
  const setting = (name: string) => request.settings[name] ?? scenarioSettings?.[name];
  const givenSize = wholeNumber(setting('PageSize'), 1);
  const givenMax = wholeNumber(setting('MaxPages'), 1);
  const sendsSize = request.pagingVariables.includes('PageSize') || request.pagingVariables.includes('Limit');
  return {
    pageSize: givenSize ?? DEFAULT_PAGE_SIZE,
    sizeKnown: givenSize !== undefined || sendsSize,
    firstPage: wholeNumber(setting('FirstPage'), 0) ?? 1,
    maxPages: givenMax ?? defaults.maxPages,
    warnAtBound: givenMax !== undefined || defaults.warnAtBound,
    total: request.outputs.find((o) => (TOTAL_OUTPUTS as readonly string[]).includes(o.name)),
  };
}

/** The outputs that describe list items (the total is about the list). */
export function itemOutputs(outputs: readonly OutputSpec[]): OutputSpec[] {
  return outputs.filter((o) => !(TOTAL_OUTPUTS as readonly string[]).includes(o.name));
}

/** How many elements the page holds: the length of the list the key output walks (elements without a key count too). */
export function pageLength(doc: JsonDocument, outputs: readonly OutputSpec[], vars: Vars, keyOutput: string): number {
  const key = outputs.find((o) => o.name === keyOutput);
  if (!key) return 0;
  for (const path of outputPathAlternatives(renderPath(key.path, vars))) {
    const split = splitListPath(path);
    if (split) {
      const list = split.list === '' ? doc.root() : doc.get(split.list);
      if (list.exists && list.isArray) return list.elements().length;
      continue;
    }
    const found = doc.get(path);
    if (found.exists) return found.isArray ? found.elements().length : 1;
  }
  return 0;
}

export interface PageRead<T> {
  readonly items: readonly T[];
  /** Elements on the page, read or not (decides "empty" and "short"). */
  readonly length: number;
}

export interface PagedResult<T> {
  readonly items: T[];
  readonly requests: number;
  readonly warnings: string[];
}

/**
 * Sends the request once per page. `read` turns one page into items. Each
 * page's variables: Page (FirstPage + index), PageSize and Limit (the page
 * size), Offset (elements received so far). Throws the first failed page's
 * RequestFailedError: a partial list would drop users or contacts silently.
 */
export async function fetchPages<T>(
  integration: Integration,
  request: RequestSpec,
  vars: Vars,
  plan: PagingPlan,
  read: (doc: JsonDocument, pageVars: Vars) => PageRead<T>,
  context: RequestContext = {},
): Promise<PagedResult<T>> {
  const where = `${request.scenario}/${request.name}`;
  const items: T[] = [];
  const warnings: string[] = [];
  if (!plan.sizeKnown) {
    warnings.push(
      `${where}: no page size is known (no PageSize parameter, and the request sends neither {{.PageSize}} nor {{.Limit}}): ` +
        `pages are fetched until one comes back empty${plan.total ? ' or the total is reached' : ''}, at most ${plan.maxPages}`,
    );
  }
  let received = 0;
  let requests = 0;
  for (let index = 0; ; index++) {
    if (index >= plan.maxPages) {
      if (plan.warnAtBound) warnings.push(`${where}: stopped after ${plan.maxPages} pages (MaxPages); the helpdesk may have more`);
      break;
    }
    const size = String(plan.pageSize);
    const pageVars: Vars = { ...vars, Page: String(plan.firstPage + index), PageSize: size, Limit: size, Offset: String(received) };
    const { result } = await integration.request({ ...request, outputs: [] }, pageVars, context);
    requests++;
    const page = read(result.doc, pageVars);
    items.push(...page.items);
    received += page.length;
    if (page.length === 0) break;
    if (plan.sizeKnown && page.length < plan.pageSize) break;
    if (plan.total) {
      const total = wholeNumber(readOutputs(result.doc, [plan.total], pageVars)[plan.total.name], 0);
      if (total !== undefined && received >= total) break;
    }
  }
  return { items, requests, warnings };
}
