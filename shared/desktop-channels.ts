// Payloads of the desktop shell's IPC channels (listed in shared/ipc.ts):
// click-to-call links, call commands from the tray, notifications and global
// shortcuts, contact popups, and how secrets are protected on this machine.
import { z } from 'zod';
import { WireProblem } from './i18n/wire-problem';

/**
 * main -> phone: dial this, from a `tel:`, `sip:` or `callto:` link the OS
 * handed to Ringdesk. Main has already validated and normalized it.
 */
export const DialRequest = z.object({
  /** What to put in the dial box: E.164 (`+14155550100`), an extension (`1001`) or `sip:user@host`. */
  target: z.string().min(1).max(256),
  kind: z.enum(['phone', 'extension', 'sip']),
  /** How to show it to the agent, e.g. `+1 415 555 0100`. */
  display: z.string().max(256),
  scheme: z.enum(['tel', 'sip', 'callto']),
});
export type DialRequest = z.infer<typeof DialRequest>;

/**
 * call window -> main: the agent pressed a call control in the call window
 * (which has no phone of its own); main passes it to the phone. `dtmf`
 * carries one digit.
 */
export const CallControlRequest = z
  .object({
    action: z.enum(['answer', 'hangup', 'mute', 'unmute', 'hold', 'resume', 'dtmf']),
    sipCallId: z.string().min(1).max(256).optional(),
    digit: z.string().regex(/^[0-9*#A-D]$/, 'must be one DTMF digit: 0-9, *, # or A-D').optional(),
  })
  .refine((r) => (r.action === 'dtmf') === (r.digit !== undefined), { message: 'a digit goes with the dtmf action, and only with it', path: ['digit'] });
export type CallControlRequest = z.infer<typeof CallControlRequest>;

/**
 * main -> phone: the agent answered or hung up outside the phone's own
 * window (call window, notification, global shortcut, tray).
 */
export const CallControl = z.object({
  action: z.enum(['answer', 'hangup', 'mute', 'unmute', 'hold', 'resume', 'dtmf']),
  sipCallId: z.string().min(1).max(256).optional(),
  digit: z.string().regex(/^[0-9*#A-D]$/).optional(),
  source: z.enum(['call-window', 'notification', 'shortcut', 'tray']),
});
export type CallControl = z.infer<typeof CallControl>;

export const PopupRequest = z.object({ url: z.string().max(2048) });
export type PopupRequest = z.infer<typeof PopupRequest>;

/**
 * `opened`: the system browser has it. `refused`: not an http(s) URL (reason
 * says why). `reported`: this host cannot open a browser itself (browser
 * host); the page should open `url` (it is already in the user's browser).
 */
export const PopupResult = z.object({
  outcome: z.enum(['opened', 'refused', 'reported']),
  url: z.string().max(2048).optional(),
  reason: WireProblem.optional(),
});
export type PopupResult = z.infer<typeof PopupResult>;

export const SecretProtectionKind = z.enum(['os-keychain', 'local-key-file']);

/**
 * How secrets are protected here. When `consentRequired` and not `consented`,
 * saving a secret fails with SecretConsentRequired until the user agrees
 * (settings.desktop.allowSecretsWithoutKeychain).
 */
export const SecretProtection = z.object({
  kind: SecretProtectionKind,
  consentRequired: z.boolean(),
  consented: z.boolean(),
  /** One English sentence for the settings screen and logs, e.g. why there is no keychain. */
  detail: z.string().max(300),
});
export type SecretProtection = z.infer<typeof SecretProtection>;
