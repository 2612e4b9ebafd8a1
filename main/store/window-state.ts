// The windows' last places, one small JSON file in the data folder (not the
// settings: nothing here is a choice the user makes or exports). A damaged
// file only costs the saved places, never a start-up.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { WindowPlacement } from '../features/window-state';

export const WindowName = z.enum(['main', 'call']);
export type WindowName = z.infer<typeof WindowName>;

const WindowStateFile = z.record(z.string(), z.unknown());

export class WindowStateStore {
  readonly #file: string;
  #places: Partial<Record<WindowName, WindowPlacement>> = {};

  constructor(dataDir: string, log: (line: string) => void = () => {}) {
    this.#file = join(dataDir, 'window-state.json');
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.#file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`window state ${this.#file} unreadable (${(error as Error).message}); windows open at their default places`);
      return;
    }
    const file = WindowStateFile.safeParse(raw);
    if (!file.success) return;
    for (const name of WindowName.options) {
      const place = WindowPlacement.safeParse(file.data[name]);
      if (place.success) this.#places[name] = place.data;
    }
  }

  get(name: WindowName): WindowPlacement | undefined {
    return this.#places[name];
  }

  set(name: WindowName, placement: WindowPlacement): void {
    const checked = WindowPlacement.safeParse(placement);
    if (!checked.success) return;
    this.#places = { ...this.#places, [name]: checked.data };
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#places, null, 2));
    renameSync(temp, this.#file);
  }
}
