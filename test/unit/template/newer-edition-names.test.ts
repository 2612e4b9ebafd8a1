// Validation of the newer-edition names whose XML spelling Ringdesk chose
// (main/templates/README.md, "Template reference: newer-edition elements").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSettings, parseTemplate, serializeTemplate } from '../../../shared/template';
import { must } from './support';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/templates', name), 'utf8');

function template(auth: string, scenarios = ''): string {
  return `<Information Provider="helpdesk" Name="T" Key="t" MaxConcurrentRequest="2">
  <Scenarios>
    <Scenario Id="AuthMethod" Type="AUTH"><Parameters>${auth}</Parameters></Scenario>
    <Scenario Id="SyncContactAuto" Type="REST"><Requests>
      <Request Name="contacts" Method="GET" URLFormat="https://api.test/c?phone={{.Phone}}"><Outputs>
        <Output Name="ContactsId" Path="data.#.id"/><Output Name="FirstName" Path="data.#.name"/><Output Name="BusinessNumber" Path="data.#.phone"/>
      </Outputs></Request>
    </Requests></Scenario>
    ${scenarios}
  </Scenarios>
</Information>`;
}

const bearer = '<Parameter Name="AuthMethod" Value="bearertoken"/><Parameter Name="TokenEndPoint" Value="https://api.test/token"/>';
const users = (url: string, extra = '', outputs = '') => `<Scenario Id="UserAssociation" Type="REST"><Parameters>${extra}</Parameters><Requests>
  <Request Name="UserAssociation" Method="GET" URLFormat="${url}"><Outputs>
    <Output Name="UserUniqueId" Path="users.#.id"/><Output Name="Email" Path="users.#.email"/>${outputs}
  </Outputs></Request></Requests></Scenario>`;

function messages(xml: string, severity: 'error' | 'warning' | 'info'): string[] {
  return parseTemplate(xml).diagnostics.filter((d) => d.severity === severity).map((d) => d.message);
}

describe('newer-edition names', () => {
  it('the newer-*.xml test templates round-trip and lint clean (Chat Journal reported as not used)', () => {
    for (const name of ['newer-helpdesk.xml', 'newer-bearer-refresh.xml', 'newer-no-refresh.xml']) {
      const xml = fixture(name);
      const { template: t, diagnostics } = parseTemplate(xml);
      expect(serializeTemplate(must(t))).toBe(xml);
      expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${name}: ${d.message}`)).toEqual([]);
    }
    expect(messages(fixture('newer-helpdesk.xml'), 'info')).toEqual(['scenario "ChatJournal" is not used by Ringdesk; it is kept in the file as is']);
  });

  it('reads RefreshTokenEndPoint and warns where it can never be used', () => {
    const refresh = '<Parameter Name="RefreshTokenEndPoint" Value="https://api.test/refresh"/>';
    expect(authSettings(must(parseTemplate(template(bearer + refresh)).template)).refreshTokenEndPoint).toBe('https://api.test/refresh');
    expect(messages(template(bearer + refresh), 'warning')).toEqual([]);
    expect(messages(template('<Parameter Name="AuthMethod" Value="none"/>' + refresh), 'warning')).toEqual(['RefreshTokenEndPoint is only used by oauth2 and bearertoken; AuthMethod is "none"']);
    expect(messages(template(bearer + refresh + '<Parameter Father="AuthOption" Name="NoNeedRefreshAccessToken" Value="1"/>'), 'warning')).toEqual([
      'RefreshTokenEndPoint is never used: NoNeedRefreshAccessToken="1" says tokens are never refreshed',
    ]);
  });

  it('wants TokenType as one word and custom field Keys unique', () => {
    expect(messages(template(bearer + '<Parameter Name="TokenType" Value="Zoho-oauthtoken"/>'), 'error')).toEqual([]);
    expect(messages(template(bearer + '<Parameter Name="TokenType" Value="Bearer token"/>'), 'error')).toEqual(['TokenType is the one-word scheme of the Authorization header (e.g. Bearer); found "Bearer token"']);
    const fields = '<Parameter Father="CustomFieldList" Name="a" Editor="string" Title="A" Key="k"/><Parameter Father="CustomFieldList" Name="b" Editor="string" Title="B" Key="k"/>';
    expect(messages(template(bearer + fields), 'error')).toEqual(['custom field Key "k" is used twice (by a and b)']);
  });

  it('knows the paging variables and checks the paging parameters', () => {
    const paged = users('https://api.test/users?page={{.Page}}&amp;size={{.PageSize}}&amp;offset={{.Offset}}&amp;limit={{.Limit}}', '<Parameter Name="PageSize" Value="50"/><Parameter Name="FirstPage" Value="0"/><Parameter Father="CustomScenarioParameter" Name="MaxPages" Value="20"/>', '<Output Name="Total" Path="meta.total"/>');
    const xml = template(bearer, paged);
    expect(messages(xml, 'error')).toEqual([]);
    expect(messages(xml, 'warning')).toEqual([]);
    const bad = template(bearer, users('https://api.test/users?page={{.Page}}', '<Parameter Name="PageSize" Value="lots"/><Parameter Name="MaxPages" Value="0"/>'));
    expect(messages(bad, 'error')).toEqual(['PageSize must be a whole number of at least 1; found "lots"', 'MaxPages must be a whole number of at least 1; found "0"']);
    const unpagedTotal = template(bearer, users('https://api.test/users', '', '<Output Name="Total" Path="meta.total"/>'));
    expect(messages(unpagedTotal, 'warning')).toEqual([
      'output Total is the total of a paged list, but this request uses none of {{.Page}}, {{.PageSize}}, {{.Offset}}, {{.Limit}}; it is read as an ordinary output',
    ]);
  });

  it('needs ContactsId in every SearchContact request and knows {{.SearchValue}} and {{.DisplayName}}', () => {
    const search = (outputs: string) => `<Scenario Id="SearchContact" Type="REST"><Requests>
      <Request Name="SearchContact_contacts" Method="GET" URLFormat="https://api.test/find?q={{UrlEncode .SearchValue}}&amp;n={{.DisplayName}}"><Outputs>${outputs}</Outputs></Request>
    </Requests></Scenario>`;
    expect(messages(template(bearer, search('<Output Name="ContactsId" Path="data.#.id"/>')), 'error')).toEqual([]);
    expect(messages(template(bearer, search('<Output Name="ContactsId" Path="data.#.id"/>')), 'warning')).toEqual([]);
    expect(messages(template(bearer, search('<Output Name="FirstName" Path="data.#.name"/>')), 'error')).toEqual([
      'SearchContact request "SearchContact_contacts" must map ContactsId: expected <Output Name="ContactsId" Path="..."/> with a path',
    ]);
  });
});
