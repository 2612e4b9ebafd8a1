// UserAssociation: the helpdesk's user list (one user per element of the `#` outputs).
import type { HelpdeskUser } from '../../../shared/calls/helpdesk-user';
import type { Integration } from '../integration';
import { readRecords } from '../outputs';

export async function listUsers(integration: Integration): Promise<HelpdeskUser[]> {
  const scenario = integration.spec.scenarios.get('UserAssociation');
  const request = scenario?.requests[0];
  if (!request) return [];
  const vars = integration.baseVars();
  const { result } = await integration.request({ ...request, outputs: [] }, vars);
  return readRecords(result.doc, request.outputs, vars, 'UserUniqueId').map((r) => ({
    id: r.UserUniqueId ?? '',
    firstName: r.FirstName ?? '',
    lastName: r.LastName ?? '',
    email: r.Email ?? '',
  }));
}
