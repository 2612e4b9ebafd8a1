import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createRingdesk } from '../../../main/app/ringdesk';
import type { SettingsBackend } from '../../../main/store/settings';
import { chooseSecretCipher } from '../../../main/store/secret-protection';
import type { SafeStorageLike } from '../../../main/store/secret-protection';
import { localKeyFileCipher } from '../../../main/store/secrets';

/** A stand-in for Electron's safeStorage: a real reversible encoding, with the availability facts we choose. */
function safeStorage(available: boolean, backend?: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
    encryptString: (plain) => Buffer.from(`kc:${Buffer.from(plain).toString('base64')}`),
    decryptString: (data) => Buffer.from(data.toString().slice(3), 'base64').toString(),
  };
}

function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rd-secret-'));
}

describe('choosing what protects secrets in the desktop app', () => {
  it('uses the OS keychain when safeStorage has one', () => {
    for (const choice of [chooseSecretCipher(safeStorage(true), () => localKeyFileCipher(dataDir())), chooseSecretCipher(safeStorage(true, 'gnome_libsecret'), () => localKeyFileCipher(dataDir()))]) {
      expect(choice.cipher.kind).toBe('os-keychain');
      expect(choice.consentRequired).toBe(false);
      expect(choice.cipher.decrypt(choice.cipher.encrypt('pw'))).toBe('pw');
    }
  });

  it('treats the basic_text backend (a hard-coded key) as no keychain and asks', () => {
    const choice = chooseSecretCipher(safeStorage(true, 'basic_text'), () => localKeyFileCipher(dataDir()));
    expect(choice.cipher.kind).toBe('local-key-file');
    expect(choice.consentRequired).toBe(true);
    expect(choice.detail).toMatch(/no secret service/);
  });

  it('falls back to the key file, asking first, when safeStorage is unavailable', () => {
    const choice = chooseSecretCipher(safeStorage(false), () => localKeyFileCipher(dataDir()));
    expect(choice).toMatchObject({ consentRequired: true });
    expect(choice.cipher.kind).toBe('local-key-file');
  });
});

describe('storing secrets without a keychain waits for the user', () => {
  function desktopWithoutKeychain() {
    const dir = dataDir();
    const choice = chooseSecretCipher(safeStorage(false), () => localKeyFileCipher(dir));
    const settingsBackend = new Conf({ cwd: dir, configName: 'settings', projectName: 'ringdesk' }) as unknown as SettingsBackend;
    const ringdesk = createRingdesk({
      host: 'electron',
      version: '0.0.0-test',
      dataDir: dir,
      settingsBackend,
      secretCipher: choice.cipher,
      secretConsent: { required: choice.consentRequired, detail: choice.detail },
    });
    return { ringdesk, dir };
  }

  it('says which protection is in use and that consent is needed', async () => {
    const { ringdesk } = desktopWithoutKeychain();
    const outcome = await ringdesk.dispatcher.invoke('secrets.protection', undefined);
    expect(outcome).toMatchObject({ ok: true, result: { kind: 'local-key-file', consentRequired: true, consented: false } });
  });

  it('refuses to save a SIP password until the user agreed, then stores it encrypted', async () => {
    const { ringdesk, dir } = desktopWithoutKeychain();
    const refused = await ringdesk.dispatcher.invoke('sip.password.set', { accountId: 'support', password: 'hunter2-secret' });
    expect(refused).toMatchObject({ ok: false, error: { name: 'SecretConsentRequired' } });
    expect(ringdesk.secrets.has('sip:support:password')).toBe(false);

    await ringdesk.dispatcher.invoke('settings.set', { desktop: { allowSecretsWithoutKeychain: true } });
    expect(await ringdesk.dispatcher.invoke('secrets.protection', undefined)).toMatchObject({ ok: true, result: { consented: true } });
    const saved = await ringdesk.dispatcher.invoke('sip.password.set', { accountId: 'support', password: 'hunter2-secret' });
    expect(saved).toEqual({ ok: true, result: { accountId: 'support', stored: true } });
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('hunter2-secret');
    expect(ringdesk.secrets.get('sip:support:password')).toBe('hunter2-secret');
  });

  it('does not ask where the OS keychain protects them', async () => {
    const dir = dataDir();
    const choice = chooseSecretCipher(safeStorage(true, 'kwallet6'), () => localKeyFileCipher(dir));
    const settingsBackend = new Conf({ cwd: dir, configName: 'settings', projectName: 'ringdesk' }) as unknown as SettingsBackend;
    const ringdesk = createRingdesk({ host: 'electron', version: '0', dataDir: dir, settingsBackend, secretCipher: choice.cipher, secretConsent: { required: false, detail: choice.detail } });
    expect(await ringdesk.dispatcher.invoke('sip.password.set', { accountId: 'support', password: 'pw' })).toMatchObject({ ok: true });
    expect(await ringdesk.dispatcher.invoke('secrets.protection', undefined)).toMatchObject({
      ok: true,
      result: { kind: 'os-keychain', consentRequired: false, detail: 'secrets are encrypted by the OS keychain (kwallet6)' },
    });
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toContain('a2M6');
  });
});
