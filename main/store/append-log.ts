// An append-only file of JSON lines, fsynced before append() returns, so a
// record the caller was told about survives a crash or power loss. A torn
// last line (crash mid-write) is skipped on load. Compaction writes a new
// file beside it, fsyncs, and renames it over the old one.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class AppendLog<T> {
  #fd: number;
  #lines = 0;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.#fd = openSync(file, 'a');
  }

  /** Every readable record in file order, and how many lines could not be read. */
  read(): { records: T[]; damaged: number } {
    if (!existsSync(this.file)) return { records: [], damaged: 0 };
    const records: T[] = [];
    let damaged = 0;
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        damaged++;
      }
    }
    this.#lines = records.length + damaged;
    return { records, damaged };
  }

  get lines(): number {
    return this.#lines;
  }

  append(record: T): void {
    if (this.#fd < 0) throw new Error(`${this.file} is closed`);
    writeSync(this.#fd, `${JSON.stringify(record)}\n`);
    fsyncSync(this.#fd);
    this.#lines++;
  }

  /** Replaces the whole file with these records, atomically. */
  rewrite(records: readonly T[]): void {
    const temp = `${this.file}.compact`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    closeSync(this.#fd);
    renameSync(temp, this.file);
    try {
      const dir = openSync(dirname(this.file), 'r');
      fsyncSync(dir);
      closeSync(dir);
    } catch {
      // Some platforms cannot fsync a directory; the rename is still atomic.
    }
    this.#fd = openSync(this.file, 'a');
    this.#lines = records.length;
  }

  close(): void {
    if (this.#fd < 0) return;
    closeSync(this.#fd);
    this.#fd = -1;
  }
}
