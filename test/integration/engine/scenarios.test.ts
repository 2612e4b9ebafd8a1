import { afterEach, describe, expect, it } from 'vitest';
import { associateByEmail } from '../../../shared/calls/helpdesk-user';
import { searchContacts } from '../../../main/engine/scenarios/contact-search';
import { listUsers } from '../../../main/engine/scenarios/user-association';
import { connectedIntegration } from './harness';
import type { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

describe('GetGlobalInfo', () => {
  it('runs on connect and again at start, its outputs becoming variables of later scenarios', async () => {
    h = await connectedIntegration('none');
    expect(h.integration.globals).toEqual({ DepartmentId: 'dep-7' });
    await h.integration.start();
    expect(h.server.apiRequests('/api/departments')).toHaveLength(2);
    expect(h.integration.status.state).toBe('connected');
  });
});

describe('Outputs Next=', () => {
  it('runs the Common request per contact and backfills the numbers it returns', async () => {
    h = await connectedIntegration('none');
    const a = h.server.addContact({ first_name: 'A', phone: '+14155550600', extra_numbers: ['+14155550601', '+14155550602'] });
    const b = h.server.addContact({ first_name: 'B', phone: '+14155550600', extra_numbers: ['+14155550603'] });
    const found = await searchContacts(h.integration, ['contacts'], { ...h.integration.baseVars(), Phone: '+14155550600' });
    expect(found.requests).toBe(3);
    const byId = Object.fromEntries(found.contacts.map((c) => [c.id, c.fields]));
    expect(byId[a.id]).toMatchObject({ BusinessNumber: '+14155550600', BusinessNumber2: '+14155550601', OtherNumber: '+14155550602' });
    expect(byId[b.id]).toMatchObject({ BusinessNumber2: '+14155550603' });
    expect(byId[b.id]?.OtherNumber ?? '').toBe('');
    expect(h.server.apiRequests('/api/contacts/').filter((r) => r.path.endsWith('/identities')).map((r) => r.path).sort()).toEqual(
      [`/api/contacts/${a.id}/identities`, `/api/contacts/${b.id}/identities`].sort(),
    );
  });
});

describe('UserAssociation', () => {
  it('lists the helpdesk users and associates accounts by email', async () => {
    h = await connectedIntegration('basic');
    const ana = h.server.addUser('Ana', 'Agent', 'ana@example.com');
    h.server.addUser('Bo', 'Other', 'bo@example.com');
    const users = await listUsers(h.integration);
    expect(users.map((u) => `${u.firstName} ${u.lastName} <${u.email}>`)).toEqual(['Ana Agent <ana@example.com>', 'Bo Other <bo@example.com>']);
    expect(associateByEmail(users, [{ account: 'acc1', email: 'ANA@example.com' }, { account: 'acc2', email: 'nobody@example.com' }])).toEqual({ acc1: ana });
  });
});
