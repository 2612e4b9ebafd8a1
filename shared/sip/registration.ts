// The registration state of one SIP account, as the phone tracks it and
// reports it to main. The reducer is pure so its rules can be tested alone:
// which failures are retried (network, server errors) and which wait for the
// user (wrong password, forbidden), because retrying a wrong password only
// gets the extension locked out by the PBX.
import { z } from 'zod';

export const RegistrationFailureKind = z.enum([
  'auth-failed',
  'no-password',
  'forbidden',
  'rejected',
  'server-unreachable',
  'connection-lost',
  'keepalive-timeout',
  'invalid-account',
]);
export type RegistrationFailureKind = z.infer<typeof RegistrationFailureKind>;

export const RegistrationFailure = z.object({
  kind: RegistrationFailureKind,
  /** SIP status code when the PBX answered, e.g. 401. */
  code: z.number().int().min(100).max(699).optional(),
  /** Short English reason for logs, e.g. `401 wrong password`. The UI translates `kind`. */
  text: z.string().max(300),
});
export type RegistrationFailure = z.infer<typeof RegistrationFailure>;

export const RegistrationStatus = z.enum(['unregistered', 'registering', 'registered', 'failed']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const RegistrationReport = z.object({
  accountId: z.string().min(1).max(64),
  status: RegistrationStatus,
  failure: RegistrationFailure.optional(),
  /** When the next automatic attempt is due (ms since epoch), if one is scheduled. */
  retryAt: z.number().optional(),
  /** When this status began (ms since epoch). */
  since: z.number(),
});
export type RegistrationReport = z.infer<typeof RegistrationReport>;

export interface RegistrationState {
  readonly status: RegistrationStatus;
  readonly failure?: RegistrationFailure;
  /** Consecutive failed attempts since the last success; drives the backoff. */
  readonly attempts: number;
}

export type RegistrationEvent =
  | { type: 'start' }
  | { type: 'registered' }
  | { type: 'rejected'; code: number; phrase: string }
  | { type: 'connect-failed' }
  | { type: 'transport-lost' }
  | { type: 'keepalive-timeout' }
  | { type: 'missing-password' }
  | { type: 'invalid-account'; detail: string }
  | { type: 'stopped' };

export interface RegistrationStep {
  readonly state: RegistrationState;
  /** Whether the phone should schedule another attempt (with backoff). */
  readonly retry: boolean;
}

export const initialRegistration: RegistrationState = { status: 'unregistered', attempts: 0 };

/** Maps a REGISTER rejection to a failure a person can act on. */
export function rejectionFailure(code: number, phrase: string): { failure: RegistrationFailure; retry: boolean } {
  const said = phrase.trim() === '' ? String(code) : `${code} ${phrase.trim()}`;
  if (code === 401 || code === 407) return { failure: { kind: 'auth-failed', code, text: `${code} wrong password (${said})` }, retry: false };
  if (code === 403) return { failure: { kind: 'forbidden', code, text: `${said}: the PBX refuses this account` }, retry: false };
  // 404 (unknown user) and other 4xx need the user's attention; 408, 5xx and 6xx may pass.
  const transient = code === 408 || code === 423 || code === 480 || code >= 500;
  return { failure: { kind: 'rejected', code, text: said }, retry: transient };
}

export function reduceRegistration(state: RegistrationState, event: RegistrationEvent): RegistrationStep {
  switch (event.type) {
    case 'start':
      // A retry keeps the failure that caused it, so main and the UI can still say why.
      return { state: { status: 'registering', attempts: state.attempts, ...(state.failure ? { failure: state.failure } : {}) }, retry: false };
    case 'registered':
      return { state: { status: 'registered', attempts: 0 }, retry: false };
    case 'rejected': {
      const { failure, retry } = rejectionFailure(event.code, event.phrase);
      return { state: { status: 'failed', failure, attempts: state.attempts + 1 }, retry };
    }
    case 'connect-failed':
      return {
        state: { status: 'failed', failure: { kind: 'server-unreachable', text: 'server unreachable' }, attempts: state.attempts + 1 },
        retry: true,
      };
    case 'transport-lost':
      return {
        state: { status: 'failed', failure: { kind: 'connection-lost', text: 'connection to the server lost' }, attempts: state.attempts + 1 },
        retry: true,
      };
    case 'keepalive-timeout':
      return {
        state: { status: 'failed', failure: { kind: 'keepalive-timeout', text: 'server stopped answering keep-alives' }, attempts: state.attempts + 1 },
        retry: true,
      };
    case 'missing-password':
      return { state: { status: 'failed', failure: { kind: 'no-password', text: 'no password saved for this account' }, attempts: 0 }, retry: false };
    case 'invalid-account':
      return { state: { status: 'failed', failure: { kind: 'invalid-account', text: event.detail }, attempts: 0 }, retry: false };
    case 'stopped':
      return { state: initialRegistration, retry: false };
  }
}
