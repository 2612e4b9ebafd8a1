import { describe, expect, it } from 'vitest';
import { listenForRedirect } from '../../../main/engine/auth/loopback';
import { pkcePair } from '../../../main/engine/auth/pkce';
import { createHash } from 'node:crypto';

describe('the OAuth2 loopback redirect', () => {
  it('ignores a redirect with a foreign state and takes the code of the real one', async () => {
    const redirect = await listenForRedirect('expected-state', 5_000);
    expect(redirect.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const forged = await fetch(`${redirect.redirectUri}?code=evil&state=other`);
    expect(forged.status).toBe(400);
    const real = await fetch(`${redirect.redirectUri}?code=good&state=expected-state`);
    expect(real.status).toBe(200);
    await expect(redirect.code).resolves.toBe('good');
  });

  it('rejects when the helpdesk refuses, naming the error', async () => {
    const redirect = await listenForRedirect('s', 5_000);
    await fetch(`${redirect.redirectUri}?error=access_denied&state=s`);
    await expect(redirect.code).rejects.toThrow('authorization was refused: access_denied');
  });

  it('makes S256 challenges of random verifiers', () => {
    const { verifier, challenge } = pkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(pkcePair().verifier).not.toBe(verifier);
  });
});
