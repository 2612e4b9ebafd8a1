// Secrets (SIP passwords, helpdesk passwords, API keys, OAuth tokens, client
// secrets) live here and nowhere else: never in settings JSON, templates,
// logs or activity. Values are encrypted by a SecretCipher: Electron's
// safeStorage (the OS keychain) in the desktop app; under the browser host an
// AES-256-GCM key kept beside the file with owner-only permissions, which keeps
// secrets out of anything the user copies or exports but is not a keychain.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SecretCipher {
  /** What protects the secrets, shown to the user. */
  readonly kind: 'os-keychain' | 'local-key-file';
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}

/** AES-256-GCM with a random key file (0600) in the data folder. */
export function localKeyFileCipher(dataDir: string): SecretCipher {
  const keyFile = join(dataDir, 'secrets.key');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32), { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  const key = readFileSync(keyFile);
  return {
    kind: 'local-key-file',
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Named secrets, e.g. `sip:<accountId>:password` or `integration:<key>:client_secret`.
 * The file maps names to base64 ciphertext; names are not secret.
 */
export class SecretStore {
  readonly #file: string;
  #entries: Record<string, string>;

  constructor(
    dataDir: string,
    private readonly cipher: SecretCipher,
  ) {
    this.#file = join(dataDir, 'secrets.json');
    this.#entries = existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>) : {};
  }

  get protection(): SecretCipher['kind'] {
    return this.cipher.kind;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.#entries, name);
  }

  get(name: string): string | undefined {
    const stored = this.#entries[name];
    if (stored === undefined) return undefined;
    return this.cipher.decrypt(Buffer.from(stored, 'base64'));
  }

  set(name: string, value: string): void {
    this.#entries = { ...this.#entries, [name]: this.cipher.encrypt(value).toString('base64') };
    this.#save();
  }

  delete(name: string): void {
    if (!this.has(name)) return;
    const { [name]: _removed, ...rest } = this.#entries;
    this.#entries = rest;
    this.#save();
  }

  /** Names under a prefix, e.g. every secret of one integration. */
  names(prefix = ''): string[] {
    return Object.keys(this.#entries).filter((n) => n.startsWith(prefix));
  }

  #save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#entries, null, 2), { mode: 0o600 });
    renameSync(temp, this.#file);
  }
}
