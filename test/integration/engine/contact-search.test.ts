import { afterEach, describe, expect, it } from 'vitest';
import { searchContacts } from '../../../main/engine/scenarios/contact-search';
import { connectedIntegration } from './harness';
import type { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

describe('SyncContactAuto against the test helpdesk', () => {
  it('finds one contact per element across every selected contact type, with popup URLs', async () => {
    h = await connectedIntegration('basic');
    h.server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+14155550100', company: 'Engines' });
    h.server.addContact({ first_name: 'Bob', last_name: 'Lead', mobile: '+14155550100', phone: '+12125550000', type: 'leads' });
    h.server.addContact({ first_name: 'Other', phone: '+14155550199' });
    const found = await searchContacts(h.integration, [], { ...h.integration.baseVars(), Phone: '+14155550100' });
    expect(found.errors).toEqual([]);
    expect(found.requests).toBe(3);
    expect(found.contacts.map((c) => `${c.syncType}:${c.displayName}`).sort()).toEqual(['contacts:Ada Lovelace', 'leads:Bob Lead']);
    const ada = found.contacts.find((c) => c.displayName === 'Ada Lovelace');
    expect(ada?.url).toBe(`${h.server.url}/app/contacts/${ada?.id ?? ''}?owner=owner-1`);
    expect(ada?.fields.Company).toBe('Engines');
    expect(h.integration.globals.DepartmentId).toBe('dep-7');
  });
});
