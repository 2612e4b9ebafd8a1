// The outbox: after-call work is written here (fsynced) before it is tried.
// Each change is one appended record; loading replays them. An item's key
// (call id + scenario) is unique forever, and each of its requests is marked
// done the moment it succeeds, so nothing is sent twice after a success.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { problem, ProblemError } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import { storedProblem } from '../../shared/i18n/wire-problem';
import { AppendLog } from './append-log';

export interface OutboxItemInit {
  readonly callId: string;
  readonly scenario: string;
  readonly requests: readonly string[];
  readonly vars: Readonly<Record<string, string>>;
  readonly texts?: { readonly subject?: string | undefined; readonly description?: string | undefined };
  readonly dependsOn?: string | undefined;
  readonly softDependency?: boolean | undefined;
  /** Distinguishes two items of one scenario for one call (e.g. the after-call update of a before-call ticket). */
  readonly part?: string | undefined;
  /** Not tried before this time (epoch ms), e.g. to give the agent time to pick a contact. */
  readonly notBefore?: number | undefined;
}

type Entry =
  | { op: 'put'; item: OutboxItem }
  | { op: 'amend'; id: string; vars: Record<string, string>; nextAt?: number }
  | { op: 'request-done'; id: string; request: string; outputs: Record<string, string> }
  | { op: 'attempt-failed'; id: string; error: ProblemText; nextAt: number }
  | { op: 'state'; id: string; state: OutboxItem['state']; error?: ProblemText; nextAt?: number };

/** Records written before Problems hold errors as plain strings; they are read as generic Problems. */
type StoredEntry =
  | Exclude<Entry, { op: 'put' | 'attempt-failed' | 'state' }>
  | { op: 'put'; item: Omit<OutboxItem, 'lastError'> & { lastError?: ProblemText | string } }
  | (Omit<Extract<Entry, { op: 'attempt-failed' }>, 'error'> & { error: ProblemText | string })
  | (Omit<Extract<Entry, { op: 'state' }>, 'error'> & { error?: ProblemText | string });

function upgrade(entry: StoredEntry): Entry {
  switch (entry.op) {
    case 'put': {
      const { lastError, ...item } = entry.item;
      return { op: 'put', item: lastError === undefined ? item : { ...item, lastError: storedProblem(lastError) } };
    }
    case 'attempt-failed':
      return { ...entry, error: storedProblem(entry.error) };
    case 'state': {
      const { error, ...rest } = entry;
      return error === undefined ? rest : { ...rest, error: storedProblem(error) };
    }
    default:
      return entry;
  }
}

/** Items finished this long ago are dropped at compaction (their keys with them). */
const KEEP_FINISHED_MS = 14 * 24 * 3600 * 1000;

export class Outbox {
  readonly #log: AppendLog<Entry>;
  readonly #items = new Map<string, OutboxItem>();
  readonly #byKey = new Map<string, string>();
  readonly #listeners = new Set<(item: OutboxItem) => void>();

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.#log = new AppendLog<Entry>(join(dataDir, 'outbox.jsonl'));
    for (const entry of (this.#log.read() as { records: StoredEntry[] }).records) this.#apply(upgrade(entry));
  }

  onChange(listener: (item: OutboxItem) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #apply(entry: Entry): OutboxItem | undefined {
    if (entry.op === 'put') {
      this.#items.set(entry.item.id, entry.item);
      this.#byKey.set(entry.item.key, entry.item.id);
      return entry.item;
    }
    const item = this.#items.get(entry.id);
    if (!item) return undefined;
    let next: OutboxItem;
    switch (entry.op) {
      case 'amend':
        next = { ...item, vars: { ...item.vars, ...entry.vars }, nextAt: entry.nextAt ?? item.nextAt };
        break;
      case 'request-done':
        next = { ...item, done: [...item.done, entry.request], outputs: { ...item.outputs, ...entry.outputs } };
        break;
      case 'attempt-failed':
        next = { ...item, attempts: item.attempts + 1, lastError: entry.error, nextAt: entry.nextAt };
        break;
      case 'state':
        next = { ...item, state: entry.state, lastError: entry.error ?? item.lastError, nextAt: entry.nextAt ?? item.nextAt, attempts: entry.state === 'pending' ? 0 : item.attempts };
        break;
    }
    this.#items.set(next.id, next);
    return next;
  }

  #commit(entry: Entry): OutboxItem | undefined {
    this.#log.append(entry);
    const item = this.#apply(entry);
    if (item) for (const listener of this.#listeners) listener(item);
    return item;
  }

  /** Stores the item durably and returns it; an item with the same call and scenario is returned instead. */
  add(init: OutboxItemInit): OutboxItem {
    const key = `${init.callId}:${init.scenario}${init.part === undefined ? '' : `:${init.part}`}`;
    const existing = this.byKey(key);
    if (existing) return existing;
    const now = this.now();
    const item: OutboxItem = {
      id: randomUUID(),
      key,
      callId: init.callId,
      scenario: init.scenario,
      requests: [...init.requests],
      vars: { ...init.vars },
      texts: { ...(init.texts?.subject === undefined ? {} : { subject: init.texts.subject }), ...(init.texts?.description === undefined ? {} : { description: init.texts.description }) },
      ...(init.dependsOn === undefined ? {} : { dependsOn: init.dependsOn }),
      ...(init.softDependency === true ? { softDependency: true } : {}),
      state: 'pending',
      attempts: 0,
      createdAt: now,
      nextAt: init.notBefore ?? now,
      done: [],
      outputs: {},
    };
    this.#commit({ op: 'put', item });
    this.#maybeCompact();
    return item;
  }

  get(id: string): OutboxItem | undefined {
    return this.#items.get(id);
  }

  byKey(key: string): OutboxItem | undefined {
    const id = this.#byKey.get(key);
    return id === undefined ? undefined : this.#items.get(id);
  }

  list(): OutboxItem[] {
    return [...this.#items.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Pending items whose time has come and whose dependency (if any) is done is no longer pending. */
  due(now = this.now()): OutboxItem[] {
    return this.list().filter((i) => {
      if (i.state !== 'pending' || i.nextAt > now) return false;
      if (i.dependsOn === undefined) return true;
      // Due once the dependency is over either way; delivery fails a hard dependant whose dependency did not succeed.
      return this.byKey(i.dependsOn)?.state !== 'pending';
    });
  }

  /** Changes variables of an item not yet sent (e.g. the contact the agent picked); true when applied. */
  amend(id: string, vars: Record<string, string>, nextAt?: number): boolean {
    const item = this.#items.get(id);
    if (!item || item.state !== 'pending' || item.done.length > 0) return false;
    this.#commit({ op: 'amend', id, vars, ...(nextAt === undefined ? {} : { nextAt }) });
    return true;
  }

  requestDone(id: string, request: string, outputs: Record<string, string>): void {
    this.#commit({ op: 'request-done', id, request, outputs });
  }

  attemptFailed(id: string, error: ProblemText, nextAt: number): void {
    this.#commit({ op: 'attempt-failed', id, error, nextAt });
  }

  succeeded(id: string): void {
    this.#commit({ op: 'state', id, state: 'done' });
  }

  failed(id: string, error: ProblemText): void {
    this.#commit({ op: 'state', id, state: 'failed', error });
  }

  /** The agent asks to try again now (failed or waiting items). */
  retry(id: string): OutboxItem {
    const item = this.#require(id);
    if (item.state === 'done') throw new ProblemError(problem('outbox.alreadyDelivered'));
    return this.#commit({ op: 'state', id, state: 'pending', nextAt: this.now() }) ?? item;
  }

  /** The agent gives up on an item; it is never sent. */
  discard(id: string): OutboxItem {
    const item = this.#require(id);
    if (item.state === 'done') throw new ProblemError(problem('outbox.alreadyDelivered'));
    return this.#commit({ op: 'state', id, state: 'discarded' }) ?? item;
  }

  #require(id: string): OutboxItem {
    const item = this.#items.get(id);
    if (!item) throw new ProblemError(problem('outbox.noItem', { id }));
    return item;
  }

  #maybeCompact(): void {
    if (this.#log.lines < 1000 || this.#log.lines < this.#items.size * 4) return;
    const cutoff = this.now() - KEEP_FINISHED_MS;
    for (const [id, item] of this.#items) {
      if (item.state !== 'pending' && item.createdAt < cutoff) {
        this.#items.delete(id);
        this.#byKey.delete(item.key);
      }
    }
    this.#log.rewrite(this.list().map((item) => ({ op: 'put', item })));
  }

  close(): void {
    this.#log.close();
  }
}
