import { afterEach, describe, expect, it } from 'vitest';
import { fetchUsers, listUsers } from '../../../main/engine/scenarios/user-association';
import { connectNewer, userRequest } from './newer-harness';
import type { NewerHarness } from './newer-harness';

let h: NewerHarness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

const userPages = (harness: NewerHarness) => harness.server.apiRequests('/api/users/');

describe('a paged user list (UserAssociation with {{.Page}}, {{.PageSize}}, {{.Offset}}, {{.Limit}})', () => {
  it('associates all 1,250 users in 13 requests, page-number style with PageSize 100', async () => {
    h = await connectNewer('newer-helpdesk');
    h.server.addUsers(1250);
    const list = await fetchUsers(h.integration);
    expect(list.users).toHaveLength(1250);
    expect(new Set(list.users.map((u) => u.id)).size).toBe(1250);
    expect(list.users.at(-1)).toMatchObject({ firstName: 'User1250', email: 'user1250@example.com' });
    expect(list.requests).toBe(13);
    expect(list.warnings).toEqual([]);
    expect(userPages(h).map((r) => `${r.query.page ?? ''}/${r.query.per_page ?? ''}`)).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 1}/100`));
  });

  it('does the same in offset style, {{.Offset}} counting the users received so far', async () => {
    h = await connectNewer('newer-helpdesk', {}, userRequest('{{.base_url}}/api/users/slice?offset={{.Offset}}&limit={{.Limit}}', '<Parameter Name="PageSize" Value="100"/>'));
    h.server.addUsers(1250);
    const list = await fetchUsers(h.integration);
    expect(list.users).toHaveLength(1250);
    expect(list.requests).toBe(13);
    expect(list.warnings).toEqual([]);
    expect(userPages(h).map((r) => `${r.query.offset ?? ''}+${r.query.limit ?? ''}`)).toEqual(Array.from({ length: 13 }, (_, i) => `${i * 100}+100`));
  });

  it('stops at the total a Total output gives, without asking for an empty page', async () => {
    const withTotal = (xml: string) => userRequest('{{.base_url}}/api/users/pages?page={{.Page}}')(xml).replace('<Output Name="Email" Path="users.#.email"/>', '<Output Name="Email" Path="users.#.email"/>\n            <Output Name="Total" Path="meta.total"/>');
    h = await connectNewer('newer-helpdesk', {}, withTotal);
    h.server.addUsers(1250);
    const list = await fetchUsers(h.integration);
    expect(list.users).toHaveLength(1250);
    expect(list.requests).toBe(13);
    expect(list.warnings).toEqual([expect.stringContaining('no page size is known')]);
  });

  it('without a page-size hint, pages until MaxPages and warns that the list may be cut short', async () => {
    h = await connectNewer('newer-helpdesk', { defaultPageSize: 10 }, userRequest('{{.base_url}}/api/users/pages?page={{.Page}}'));
    h.server.addUsers(1250);
    const users = await listUsers(h.integration);
    expect(users).toHaveLength(1000);
    expect(userPages(h)).toHaveLength(100);
    const warnings = h.log.filter((l) => l.includes('warning:'));
    expect(warnings).toEqual([
      expect.stringContaining('UserAssociation/UserAssociation: no page size is known (no PageSize parameter, and the request sends neither {{.PageSize}} nor {{.Limit}})'),
      expect.stringContaining('UserAssociation/UserAssociation: stopped after 100 pages (MaxPages); the helpdesk may have more'),
    ]);
  });

  it('honours a MaxPages parameter on the request and a short last page', async () => {
    h = await connectNewer('newer-helpdesk', {}, (xml) =>
      xml.replace('<Request Name="UserAssociation" Method="GET" ResponseType="application/json" URLFormat="{{.base_url}}/api/users/pages?page={{.Page}}&amp;per_page={{.PageSize}}">\n          <Parameters/>', '<Request Name="UserAssociation" Method="GET" ResponseType="application/json" URLFormat="{{.base_url}}/api/users/pages?page={{.Page}}&amp;per_page={{.PageSize}}">\n          <Parameters><Parameter Name="MaxPages" Value="3"/></Parameters>'),
    );
    h.server.addUsers(1250);
    const capped = await fetchUsers(h.integration);
    expect(capped.requests).toBe(3);
    expect(capped.users).toHaveLength(300);
    expect(capped.warnings).toEqual([expect.stringContaining('stopped after 3 pages (MaxPages)')]);
    h.server.users.length = 250;
    const short = await fetchUsers(h.integration);
    expect(short.requests).toBe(3);
    expect(short.users).toHaveLength(250);
    expect(short.warnings).toEqual([]);
  });

  it('sends one request and no paging variables when the request uses none', async () => {
    h = await connectNewer('newer-helpdesk', {}, userRequest('{{.base_url}}/api/users'));
    h.server.addUsers(250);
    const list = await fetchUsers(h.integration);
    expect(list).toMatchObject({ requests: 1, warnings: [] });
    expect(list.users).toHaveLength(250);
  });
});
