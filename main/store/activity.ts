// The activity log: every request the engine made, per call, with secrets
// already redacted. Appended (fsynced) as it happens; the newest entries are
// kept in memory for the UI and the file is compacted to them.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ActivityEntry } from '../../shared/calls/activity';
import { storedProblem } from '../../shared/i18n/wire-problem';
import { AppendLog } from './append-log';

/** Entries written before Problems hold their error as a plain string. */
function withProblem(entry: ActivityEntry): ActivityEntry {
  const error = entry.error as ActivityEntry['error'] | string | undefined;
  return error === undefined ? entry : { ...entry, error: storedProblem(error) };
}

export class ActivityLog {
  readonly #log: AppendLog<ActivityEntry>;
  #entries: ActivityEntry[];
  readonly #listeners = new Set<(entry: ActivityEntry) => void>();

  constructor(
    dataDir: string,
    private readonly limit = 5000,
  ) {
    this.#log = new AppendLog<ActivityEntry>(join(dataDir, 'activity.jsonl'));
    this.#entries = this.#log.read().records.slice(-limit).map(withProblem);
  }

  onAppend(listener: (entry: ActivityEntry) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  append(input: Omit<ActivityEntry, 'id' | 'at'>): ActivityEntry {
    const entry: ActivityEntry = { ...input, id: randomUUID(), at: Date.now() };
    this.#log.append(entry);
    this.#entries.push(entry);
    if (this.#entries.length > this.limit * 2) {
      this.#entries = this.#entries.slice(-this.limit);
      this.#log.rewrite(this.#entries);
    }
    for (const listener of this.#listeners) listener(entry);
    return entry;
  }

  /** Entries of one call (or all, newest last). */
  list(callId?: string): ActivityEntry[] {
    return callId === undefined ? [...this.#entries] : this.#entries.filter((e) => e.callId === callId);
  }

  close(): void {
    this.#log.close();
  }
}
