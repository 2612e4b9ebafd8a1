import { describe, expect, it } from 'vitest';
import { initialRegistration, reduceRegistration, rejectionFailure } from '../../../shared/sip/registration';
import type { RegistrationEvent, RegistrationState } from '../../../shared/sip/registration';

const run = (events: RegistrationEvent[], from: RegistrationState = initialRegistration) =>
  events.reduce<{ state: RegistrationState; retry: boolean }>((step, event) => reduceRegistration(step.state, event), { state: from, retry: false });

describe('registration state machine', () => {
  it('goes unregistered -> registering -> registered', () => {
    expect(reduceRegistration(initialRegistration, { type: 'start' }).state.status).toBe('registering');
    expect(run([{ type: 'start' }, { type: 'registered' }]).state).toEqual({ status: 'registered', attempts: 0 });
  });

  it('a wrong password fails with the code and is not retried (that would lock the extension)', () => {
    const step = run([{ type: 'start' }, { type: 'rejected', code: 401, phrase: 'Unauthorized' }]);
    expect(step.state.status).toBe('failed');
    expect(step.state.failure).toEqual({ kind: 'auth-failed', code: 401, text: '401 wrong password (401 Unauthorized)' });
    expect(step.retry).toBe(false);
  });

  it('an unreachable server, a lost connection and a dead keep-alive are retried, counting attempts', () => {
    const one = run([{ type: 'start' }, { type: 'connect-failed' }]);
    expect(one).toMatchObject({ retry: true, state: { status: 'failed', attempts: 1, failure: { kind: 'server-unreachable', text: 'server unreachable' } } });
    const two = run([{ type: 'start' }, { type: 'transport-lost' }], one.state);
    expect(two.state.attempts).toBe(2);
    expect(run([{ type: 'keepalive-timeout' }]).state.failure?.kind).toBe('keepalive-timeout');
  });

  it('a retry keeps the failure that caused it until it succeeds', () => {
    const retrying = run([{ type: 'keepalive-timeout' }, { type: 'start' }]);
    expect(retrying.state).toMatchObject({ status: 'registering', failure: { kind: 'keepalive-timeout' } });
    expect(run([{ type: 'registered' }], retrying.state).state.failure).toBeUndefined();
  });

  it('success resets the attempt count that drives the backoff', () => {
    const failed = run([{ type: 'connect-failed' }, { type: 'connect-failed' }, { type: 'connect-failed' }]);
    expect(failed.state.attempts).toBe(3);
    expect(run([{ type: 'start' }, { type: 'registered' }], failed.state).state.attempts).toBe(0);
  });

  it('stopping forgets everything', () => {
    expect(run([{ type: 'connect-failed' }, { type: 'stopped' }]).state).toEqual(initialRegistration);
  });

  it.each([
    [403, 'forbidden', false],
    [404, 'rejected', false],
    [408, 'rejected', true],
    [503, 'rejected', true],
    [603, 'rejected', true],
    [407, 'auth-failed', false],
  ] as const)('a %i to REGISTER is %s (retried: %s)', (code, kind, retry) => {
    const result = rejectionFailure(code, 'Reason');
    expect(result.failure.kind).toBe(kind);
    expect(result.failure.code).toBe(code);
    expect(result.retry).toBe(retry);
  });

  it('missing password and invalid account wait for the user', () => {
    expect(run([{ type: 'missing-password' }])).toMatchObject({ retry: false, state: { failure: { kind: 'no-password' } } });
    expect(run([{ type: 'invalid-account', detail: 'bad URI' }])).toMatchObject({ retry: false, state: { failure: { kind: 'invalid-account', text: 'bad URI' } } });
  });
});
