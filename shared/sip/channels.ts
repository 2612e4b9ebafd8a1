// Payloads of the phone's IPC channels (listed in shared/ipc.ts): the SIP
// password travels renderer -> main to be stored, and main -> renderer only
// when the phone is about to register that one account.
import { z } from 'zod';
import { AccountId } from './account';

export const SipPasswordChange = z.object({
  accountId: AccountId,
  /** null removes the stored password. */
  password: z.string().max(256).nullable(),
});
export type SipPasswordChange = z.infer<typeof SipPasswordChange>;

export const SipAccountRef = z.object({ accountId: AccountId });

export const SipPasswordStatus = z.object({ accountId: AccountId, stored: z.boolean() });
export type SipPasswordStatus = z.infer<typeof SipPasswordStatus>;

export const SipCredentials = z.object({ accountId: AccountId, password: z.string().nullable() });
export type SipCredentials = z.infer<typeof SipCredentials>;

/** main -> renderer: the machine woke or was unlocked; sockets may be dead without knowing it. */
export const WakeNotice = z.object({ reason: z.enum(['resume', 'unlock', 'network']) });
export type WakeNotice = z.infer<typeof WakeNotice>;
