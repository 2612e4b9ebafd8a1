// A helpdesk contact found for a number (SyncContactAuto): what the call window lists and the
// phonebook keeps. `fields` holds every output of the search (FirstName,
// BusinessNumber, CustomValue, ...) after `Outputs Next=` backfilling.
import { z } from 'zod';

export const PHONE_FIELDS = [
  'BusinessNumber',
  'BusinessNumber2',
  'BusinessFaxNumber',
  'MobileNumber',
  'MobileNumber2',
  'HomeNumber',
  'HomeNumber2',
  'HomeFaxNumber',
  'OtherNumber',
] as const;

export const HelpdeskContact = z.object({
  /** The contact type: the name of the SyncContactAuto request that found it. */
  syncType: z.string(),
  id: z.string(),
  displayName: z.string(),
  /** Contact page to open (call popup); empty when the template gives none. */
  url: z.string(),
  fields: z.record(z.string(), z.string()),
});
export type HelpdeskContact = z.infer<typeof HelpdeskContact>;

/** Stable key of a match within a call: `<type>:<id>`. */
export function contactKey(contact: Pick<HelpdeskContact, 'syncType' | 'id'>): string {
  return `${contact.syncType}:${contact.id}`;
}

export function contactNumbers(contact: HelpdeskContact): string[] {
  return PHONE_FIELDS.map((f) => contact.fields[f] ?? '').filter((n) => n.trim() !== '');
}
