// Which of a call's contacts the call belongs to. Main names a contact by
// `<type>:<id>` (the `picked` of call.updated, and what call.pick takes);
// until main has said, the first contact found is the default pick.
import type { CallUpdate, ContactMatch } from '../../shared/calls/call-event';

export const contactMatchKey = (contact: ContactMatch): string => `${contact.type ?? ''}:${contact.id ?? ''}`;

export function pickedContact(update: CallUpdate | undefined): ContactMatch | undefined {
  const contacts = update?.contacts ?? [];
  return contacts.find((c) => contactMatchKey(c) === update?.picked) ?? contacts[0];
}
