// Settings persisted through a conf-compatible backend: `conf` under the
// browser host, `electron-store` (which extends conf) in Electron. Both write
// atomically. The zod schema in shared/settings.ts is the one authority on
// what a valid file is; a file that fails it is kept aside, never thrown away.
import { copyFileSync } from 'node:fs';
import { applySettingsPatch, defaultSettings, Settings } from '../../shared/settings';
import type { SettingsPatch } from '../../shared/settings';

/** The slice of conf's API we use; electron-store offers the same. */
export interface SettingsBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

export class SettingsStore {
  #current: Settings;
  readonly #listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly backend: SettingsBackend,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.#current = this.#load();
  }

  get path(): string {
    return this.backend.path;
  }

  get(): Settings {
    return this.#current;
  }

  update(patch: SettingsPatch): Settings {
    const next = applySettingsPatch(this.#current, patch);
    this.backend.store = next;
    this.#current = next;
    for (const listener of this.#listeners) listener(next);
    return next;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #load(): Settings {
    const stored = this.backend.store;
    const parsed = Settings.safeParse(stored);
    if (parsed.success) return parsed.data;
    // A hand-edited or damaged file: keep a copy for the user, start from defaults.
    const backup = `${this.backend.path}.invalid-${Date.now()}`;
    try {
      copyFileSync(this.backend.path, backup);
    } catch {
      // Nothing to copy (no file yet); the defaults below are all there is.
    }
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    this.log(`settings file ${this.backend.path} is invalid (${fields}); kept it as ${backup}, using defaults`);
    const defaults = defaultSettings();
    this.backend.store = defaults;
    return defaults;
  }
}
