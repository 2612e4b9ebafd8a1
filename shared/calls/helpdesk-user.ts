// Helpdesk users (UserAssociation) and how the agent's SIP accounts map to them.
import { z } from 'zod';

export const HelpdeskUser = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
});
export type HelpdeskUser = z.infer<typeof HelpdeskUser>;

export interface AccountIdentity {
  /** The SIP account's extension number (the key of an association). */
  readonly account: string;
  readonly email: string;
}

/** Associates each account with the helpdesk user that has the same email (case-insensitive). */
export function associateByEmail(users: readonly HelpdeskUser[], accounts: readonly AccountIdentity[]): Record<string, string> {
  const byEmail = new Map(users.filter((u) => u.email !== '').map((u) => [u.email.trim().toLowerCase(), u.id]));
  const out: Record<string, string> = {};
  for (const a of accounts) {
    const id = byEmail.get(a.email.trim().toLowerCase());
    if (id !== undefined && a.email.trim() !== '') out[a.account] = id;
  }
  return out;
}
