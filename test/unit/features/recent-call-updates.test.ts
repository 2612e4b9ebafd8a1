import { describe, expect, it } from 'vitest';
import { RecentCallUpdates, withContactFields } from '../../../main/features/recent-call-updates';
import type { CallUpdate } from '../../../shared/calls/call-event';
import type { HelpdeskContact } from '../../../shared/calls/helpdesk-contact';

const update = (sipCallId: string, extra: Partial<CallUpdate> = {}): CallUpdate => ({ sipCallId, accountId: 'desk', ...extra });

describe("the call window's view of recent calls", () => {
  it("adds each matched contact's mapped fields, bounded, and leaves unmatched contacts as they are", () => {
    const found: HelpdeskContact[] = [
      { syncType: 'Contacts', id: '7', displayName: 'Ada', url: '', fields: { Company: 'Engines Ltd', Remark: 'x'.repeat(5000) } },
    ];
    const full = withContactFields(update('c1', { contacts: [{ id: '7', name: 'Ada', type: 'Contacts' }, { id: '8', name: 'Bob', type: 'Leads' }] }), found);
    expect(full.contacts?.[0]?.fields?.Company).toBe('Engines Ltd');
    expect(full.contacts?.[0]?.fields?.Remark).toHaveLength(1000);
    expect(full.contacts?.[1]).toEqual({ id: '8', name: 'Bob', type: 'Leads' });
  });

  it('keeps the latest update of each call, newest last, and forgets the oldest past its limit', () => {
    const recent = new RecentCallUpdates(2);
    recent.remember(update('a'));
    recent.remember(update('b'));
    recent.remember(update('a', { popupUrl: 'https://desk.example/7' }));
    expect(recent.list().map((u) => u.sipCallId)).toEqual(['b', 'a']);
    expect(recent.list()[1]?.popupUrl).toBe('https://desk.example/7');
    recent.remember(update('c'));
    expect(recent.list().map((u) => u.sipCallId)).toEqual(['a', 'c']);
  });
});
