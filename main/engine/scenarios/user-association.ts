// UserAssociation: the helpdesk's user list (one user per element of the `#`
// outputs), fetched page by page when the request uses paging variables.
import type { HelpdeskUser } from '../../../shared/calls/helpdesk-user';
import type { Integration } from '../integration';
import { fetchPages, itemOutputs, pageLength, pagingPlan } from '../paging';
import { readRecords } from '../outputs';
import type { JsonDocument } from '../json-path';
import type { OutputSpec } from '../integration-spec';
import type { Vars } from '../template-text';

export interface UserList {
  readonly users: HelpdeskUser[];
  readonly requests: number;
  /** Paging warnings (no page size known, MaxPages reached). */
  readonly warnings: string[];
}

/** A big list of agents is a few hundred pages at most; 100 pages of 100 is 10,000 users. */
const USER_PAGING = { maxPages: 100, warnAtBound: true };

function usersOf(doc: JsonDocument, outputs: readonly OutputSpec[], vars: Vars): HelpdeskUser[] {
  return readRecords(doc, outputs, vars, 'UserUniqueId').map((r) => ({
    id: r.UserUniqueId ?? '',
    firstName: r.FirstName ?? '',
    lastName: r.LastName ?? '',
    email: r.Email ?? '',
  }));
}

export async function fetchUsers(integration: Integration): Promise<UserList> {
  const scenario = integration.spec.scenarios.get('UserAssociation');
  const request = scenario?.requests[0];
  if (!request) return { users: [], requests: 0, warnings: [] };
  const vars = { ...integration.baseVars(), ...scenario?.variables };
  const outputs = itemOutputs(request.outputs);
  const plan = pagingPlan(request, scenario?.settings, USER_PAGING);
  if (!plan) {
    const { result } = await integration.request({ ...request, outputs: [] }, vars);
    return { users: usersOf(result.doc, outputs, vars), requests: 1, warnings: [] };
  }
  const paged = await fetchPages(integration, request, vars, plan, (doc, pageVars) => ({
    items: usersOf(doc, outputs, pageVars),
    length: pageLength(doc, outputs, pageVars, 'UserUniqueId'),
  }));
  // A user added while paging by offset shifts the pages: the same user can come twice.
  const seen = new Set<string>();
  const users = paged.items.filter((u) => !seen.has(u.id) && seen.add(u.id));
  return { users, requests: paged.requests, warnings: paged.warnings };
}

/** The users for association; paging warnings go to the integration's log. */
export async function listUsers(integration: Integration): Promise<HelpdeskUser[]> {
  const list = await fetchUsers(integration);
  for (const warning of list.warnings) integration.warn(warning);
  return list.users;
}
