// The local, read-only phonebook of helpdesk contacts matched on calls
// ("Synchronize to Phonebook"). With Always Query off it is consulted first
// and the helpdesk is asked only when it has nothing for a number. It also
// remembers which contact the agent last picked for a number.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';

export interface PhonebookEntry {
  readonly contacts: HelpdeskContact[];
  readonly syncedAt: number;
  /** contactKey of the agent's last pick for this number. */
  readonly lastPicked?: string | undefined;
}

export class Phonebook {
  readonly #file: string;
  #entries: Record<string, PhonebookEntry>;

  constructor(dataDir: string, readonly name = 'Helpdesk_Synchronization') {
    this.#file = join(dataDir, 'phonebook.json');
    this.#entries = existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, PhonebookEntry>) : {};
  }

  /** Contacts stored for a number key (see phoneKey), if any. */
  lookup(numberKey: string): PhonebookEntry | undefined {
    const entry = this.#entries[numberKey];
    return entry && entry.contacts.length > 0 ? entry : undefined;
  }

  store(numberKey: string, contacts: readonly HelpdeskContact[]): void {
    if (contacts.length === 0) return;
    this.#entries = { ...this.#entries, [numberKey]: { contacts: [...contacts], syncedAt: Date.now(), lastPicked: this.#entries[numberKey]?.lastPicked } };
    this.#save();
  }

  remember(numberKey: string, picked: string): void {
    const entry = this.#entries[numberKey];
    if (!entry) return;
    this.#entries = { ...this.#entries, [numberKey]: { ...entry, lastPicked: picked } };
    this.#save();
  }

  list(): { number: string; contacts: HelpdeskContact[]; syncedAt: number }[] {
    return Object.entries(this.#entries).map(([number, e]) => ({ number, contacts: e.contacts, syncedAt: e.syncedAt }));
  }

  #save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#entries));
    renameSync(temp, this.#file);
  }
}
