import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localKeyFileCipher, SecretStore } from '../../../main/store/secrets';

describe('the secret store', () => {
  it('gives back what was stored, across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-secrets-'));
    new SecretStore(dir, localKeyFileCipher(dir)).set('sip:a1:password', 'hunter2');
    expect(new SecretStore(dir, localKeyFileCipher(dir)).get('sip:a1:password')).toBe('hunter2');
  });

  it('never writes a secret in plain text, and keeps its files owner-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-secrets-'));
    const store = new SecretStore(dir, localKeyFileCipher(dir));
    store.set('integration:zendesk:api_key', 'sk_live_0123456789');
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk_live_0123456789');
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a ciphertext that was tampered with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-secrets-'));
    const cipher = localKeyFileCipher(dir);
    const sealed = cipher.encrypt('secret');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it('lists and deletes secrets by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-secrets-'));
    const store = new SecretStore(dir, localKeyFileCipher(dir));
    store.set('integration:x:token', 't');
    store.set('integration:x:refresh', 'r');
    store.set('sip:a:password', 'p');
    expect(store.names('integration:x:').sort()).toEqual(['integration:x:refresh', 'integration:x:token']);
    store.delete('integration:x:token');
    expect(store.has('integration:x:token')).toBe(false);
    expect(store.get('integration:x:refresh')).toBe('r');
  });
});
