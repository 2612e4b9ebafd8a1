// CreateNewContact: the request named after the chosen contact type, with
// FirstName, LastName, BusinessNumber (and DisplayName) as variables.
import { problem, ProblemError } from '../../../shared/i18n/problem';
import type { Integration } from '../integration';
import type { Vars } from '../template-text';

export interface NewContact {
  readonly firstName: string;
  readonly lastName: string;
  readonly number: string;
}

/**
 * Names for an unknown caller: the display name's first word is the first
 * name and the rest the last name; with no display name the number is the
 * last name (most helpdesks require one) and the first name is empty.
 */
export function namesFromDisplayName(displayName: string, number: string): NewContact {
  const words = displayName.trim().split(/\s+/).filter((w) => w !== '' && w !== number);
  if (words.length === 0) return { firstName: '', lastName: number, number };
  if (words.length === 1) return { firstName: words[0] ?? '', lastName: number, number };
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' '), number };
}

export async function createContact(integration: Integration, contactType: string, contact: NewContact, vars: Vars, callId?: string): Promise<Record<string, string>> {
  const scenario = integration.spec.scenarios.get('CreateNewContact');
  const request = scenario?.requests.find((r) => r.name === contactType) ?? (contactType === '' ? scenario?.requests[0] : undefined);
  if (!request) throw new ProblemError(problem('request.noContactType', { type: contactType }));
  const { values } = await integration.request(
    request,
    { ...vars, ...scenario?.variables, FirstName: contact.firstName, LastName: contact.lastName, BusinessNumber: contact.number, DisplayName: [contact.firstName, contact.lastName].join(' ').trim() },
    { callId, idempotencyKey: callId === undefined ? undefined : `${callId}:CreateNewContact:${request.name}` },
  );
  return values;
}
