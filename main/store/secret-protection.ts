// Which SecretCipher protects secrets in the Electron host, and the rule that
// without an OS keychain nothing is stored until the user agreed. safeStorage
// is the keychain (macOS Keychain, Windows DPAPI, libsecret/kwallet on Linux);
// on Linux without a secret service its backend is `basic_text`, which is a
// hard-coded key: no protection, so we treat it as no keychain at all.
import type { SecretCipher } from './secrets';

/** The part of Electron's safeStorage this needs (passed in, so it is testable without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?: () => string;
  encryptString(plain: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface CipherChoice {
  readonly cipher: SecretCipher;
  /** True when the fallback is in use and the user must agree before a secret is stored. */
  readonly consentRequired: boolean;
  readonly detail: string;
}

export function chooseSecretCipher(safeStorage: SafeStorageLike, fallback: () => SecretCipher): CipherChoice {
  const available = safeStorage.isEncryptionAvailable();
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (available && backend !== 'basic_text') {
    return {
      cipher: {
        kind: 'os-keychain',
        encrypt: (plain) => safeStorage.encryptString(plain),
        decrypt: (data) => safeStorage.decryptString(data),
      },
      consentRequired: false,
      detail: backend === undefined ? 'secrets are encrypted by the OS keychain' : `secrets are encrypted by the OS keychain (${backend})`,
    };
  }
  const why = available
    ? 'no secret service (GNOME Keyring or KWallet) is running, so safeStorage would only obfuscate secrets'
    : 'the OS keychain is not available to Ringdesk';
  return {
    cipher: fallback(),
    consentRequired: true,
    detail: `${why}; secrets can be kept encrypted with a key file in the data folder if you agree`,
  };
}

export class SecretConsentRequired extends Error {
  override readonly name = 'SecretConsentRequired';
}

/**
 * A cipher that refuses to encrypt (i.e. to store anything new) until
 * `consented()` says yes. Decrypting what is already stored stays possible.
 */
export function consentGuardedCipher(cipher: SecretCipher, consented: () => boolean): SecretCipher {
  return {
    kind: cipher.kind,
    encrypt(plain) {
      if (!consented()) {
        throw new SecretConsentRequired(
          'secrets: this system offers no keychain; agree to store secrets with a local key file (settings.desktop.allowSecretsWithoutKeychain) first',
        );
      }
      return cipher.encrypt(plain);
    },
    decrypt: (data) => cipher.decrypt(data),
  };
}
