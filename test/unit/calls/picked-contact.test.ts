import { describe, expect, it } from 'vitest';
import { contactMatchKey, pickedContact } from '../../../renderer/calls/picked-contact';

const ada = { id: '7', name: 'Ada Byron', type: 'Contacts' };
const lead = { id: '7', name: 'Ada B. (lead)', type: 'Leads' };

describe('the contact a call belongs to, as the call card shows it', () => {
  it('is the one main says was picked, by type and id', () => {
    expect(pickedContact({ sipCallId: 'c', accountId: 'desk', contacts: [ada, lead], picked: 'Leads:7' })).toBe(lead);
    expect(contactMatchKey(lead)).toBe('Leads:7');
  });

  it('is the first one found until main has said, and none without contacts', () => {
    expect(pickedContact({ sipCallId: 'c', accountId: 'desk', contacts: [ada, lead] })).toBe(ada);
    expect(pickedContact({ sipCallId: 'c', accountId: 'desk' })).toBeUndefined();
    expect(pickedContact(undefined)).toBeUndefined();
  });
});
