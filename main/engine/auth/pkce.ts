// PKCE (RFC 7636, S256) and the OAuth `state`: random, URL-safe values.
import { createHash, randomBytes } from 'node:crypto';

export function randomUrlSafe(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomUrlSafe(32);
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
