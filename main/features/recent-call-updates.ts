// What the call window shows for recent calls: the pipeline's updates, with
// each matched contact's mapped fields (company, email, ...) added, which the
// pipeline's own update leaves out; and the latest update of each recent
// call kept, for a window that opens in the middle of a call.
import type { CallUpdate } from '../../shared/calls/call-event';
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';

/** Bounds what one contact may put on the card, whatever the helpdesk returned. */
const MAX_FIELDS = 40;
const MAX_NAME = 64;
const MAX_VALUE = 1000;

export function withContactFields(update: CallUpdate, found: readonly HelpdeskContact[] | undefined): CallUpdate {
  if (!update.contacts) return update;
  const contacts = update.contacts.map((match) => {
    const contact = found?.find((c) => c.syncType === match.type && c.id === match.id);
    if (!contact) return match;
    const fields = Object.fromEntries(Object.entries(contact.fields).slice(0, MAX_FIELDS).map(([k, v]) => [k.slice(0, MAX_NAME), v.slice(0, MAX_VALUE)]));
    return { ...match, fields };
  });
  return { ...update, contacts };
}

export class RecentCallUpdates {
  readonly #updates = new Map<string, CallUpdate>();

  constructor(private readonly limit = 50) {}

  /** Keeps the latest update of a call; the oldest call is forgotten past the limit. */
  remember(update: CallUpdate): void {
    this.#updates.delete(update.sipCallId);
    this.#updates.set(update.sipCallId, update);
    if (this.#updates.size > this.limit) this.#updates.delete(this.#updates.keys().next().value ?? '');
  }

  list(): CallUpdate[] {
    return [...this.#updates.values()];
  }
}
