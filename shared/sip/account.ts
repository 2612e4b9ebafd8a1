// SIP accounts as the user configures them: one entry per PBX extension the
// agent's phone registers. The password is not here: main keeps it in the
// SecretStore under `sip:<accountId>:password` (see sipPasswordSecret).
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** True for hosts that never leave the machine, where plain ws:// is acceptable. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Why a WebSocket server URL is unacceptable, or undefined when it is fine.
 * wss:// everywhere; ws:// only to a loopback host (tests, a local proxy):
 * SIP digest and call metadata must not cross a network in clear text.
 */
export function webSocketServerProblem(value: string): string | undefined {
  const match = /^(wss?):\/\/(\[[^\]]+\]|[^/:?#]+)(:\d{1,5})?(\/[^\s]*)?$/i.exec(value);
  if (!match) return 'must be a WebSocket URL such as wss://pbx.example.com:8089/ws';
  const scheme = (match[1] ?? '').toLowerCase();
  const host = match[2] ?? '';
  if (scheme === 'ws' && !isLoopbackHost(host)) return 'must use wss:// (ws:// is allowed only for 127.0.0.1 or localhost)';
  return undefined;
}

export const WebSocketServerUrl = z.string().superRefine((value, ctx) => {
  const problem = webSocketServerProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

/** sip:user@host (or sips:), the address of record the account registers. */
export const SipUri = z
  .string()
  .regex(/^sips?:[^@\s]+@[^@\s]+$/i, 'must be a SIP URI such as sip:1001@pbx.example.com');

export const IceServer = z.object({
  urls: z.string().regex(/^(stun|turns?):\S+$/i, 'must be a stun:, turn: or turns: URL'),
  username: z.string().max(256).optional(),
  /** TURN credential; short-lived ones are typical, so it is not treated as a long-term secret. */
  credential: z.string().max(256).optional(),
});
export type IceServer = z.infer<typeof IceServer>;

export const AccountId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

export const SipAccount = z.object({
  id: AccountId,
  /** What the agent calls this line, e.g. "Support line". */
  label: z.string().max(100).default(''),
  server: WebSocketServerUrl,
  uri: SipUri,
  /** Digest user name when it differs from the URI's user part. */
  authorizationUser: z.string().max(128).default(''),
  /** Shown to the people this account calls. */
  displayName: z.string().max(128).default(''),
  iceServers: z.array(IceServer).max(10).default([]),
  enabled: z.boolean().default(true),
});
export type SipAccount = z.infer<typeof SipAccount>;
export type SipAccountInput = z.input<typeof SipAccount>;

export const DtmfMode = z.enum(['rfc4733', 'info']);
export type DtmfMode = z.infer<typeof DtmfMode>;

const SipAccountList = z
  .array(SipAccount)
  .max(16)
  .superRefine((accounts, ctx) => {
    const seen = new Set<string>();
    accounts.forEach((account, index) => {
      if (seen.has(account.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate account id ${account.id}` });
      seen.add(account.id);
    });
  });
const KeepAliveSeconds = z.number().int().min(5).max(300);
const RegisterExpiresSeconds = z.number().int().min(60).max(3600);
const AudioOutputDeviceId = z.string().max(256);

export const SipSettings = z.object({
  accounts: SipAccountList.default([]),
  /** How keypad digits are sent during a call. */
  dtmf: DtmfMode.default('rfc4733'),
  /** Seconds between keep-alive OPTIONS pings on each registered connection. */
  keepAliveSeconds: KeepAliveSeconds.default(25),
  /** Requested registration lifetime; SIP.js re-REGISTERs before it runs out. */
  registerExpiresSeconds: RegisterExpiresSeconds.default(300),
  /** Audio output (setSinkId) for call audio and ringtone; '' = the system default. */
  audioOutputDeviceId: AudioOutputDeviceId.default(''),
});
export type SipSettings = z.infer<typeof SipSettings>;

/**
 * A change to some SIP settings. Written out without defaults on purpose: zod
 * 4 fills defaults inside `.partial()`, which would turn `{ dtmf: 'info' }`
 * into a patch that also empties the account list.
 */
export const SipSettingsPatch = z
  .object({
    accounts: SipAccountList.optional(),
    dtmf: DtmfMode.optional(),
    keepAliveSeconds: KeepAliveSeconds.optional(),
    registerExpiresSeconds: RegisterExpiresSeconds.optional(),
    audioOutputDeviceId: AudioOutputDeviceId.optional(),
  })
  .strict();
export type SipSettingsPatch = z.infer<typeof SipSettingsPatch>;

export function sipPasswordSecret(accountId: string): string {
  return `sip:${accountId}:password`;
}

/** The user part and host of an account's URI (sip:1001@pbx -> 1001, pbx). */
export function splitSipUri(uri: string): { user: string; host: string } {
  const body = uri.replace(/^sips?:/i, '');
  const at = body.lastIndexOf('@');
  const host = body.slice(at + 1).split(/[;?>]/)[0] ?? '';
  return { user: body.slice(0, at), host };
}
