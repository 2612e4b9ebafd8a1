import { describe, expect, it } from 'vitest';
import { authSettings, parseTemplate, scenario, serializeTemplate } from '../../../shared/template';
import { must } from './support';

// Names seen in newer editions' templates (shared/spec/newer-edition-differences.md).
const xml = `<Information Provider="helpdesk" Name="Newer" Key="n1" AuthType="bearertoken" MaxConcurrentRequest="3" CreateNewContact="1">
  <Scenarios>
    <Scenario Id="AuthMethod" Type="AUTH">
      <Presets />
      <Parameters>
        <Parameter Name="AuthMethod" Value="bearertoken" />
        <Parameter Name="TokenEndPoint" Value="https://api.test/token?client_id={{.client_id}}&amp;client_secret={{.client_secret}}&amp;grant_type=client_credentials" />
        <Parameter Name="TokenRefreshInterval" Value="3600" />
        <Parameter Name="TokenType" Value="Bearer" />
        <Parameter Father="AuthOption" Name="NoNeedRefreshAccessToken" Value="1" />
        <Parameter Father="CustomFieldList" Name="client_id" Key="cid" Editor="string" Title="Client ID" />
        <Parameter Father="CustomFieldList" Name="client_secret" Key="csecret" Editor="password" Title="Client Secret" />
        <Parameter Father="TokenErrorMap" Type="TokenInvalid" Name="TokenInvalid" Value="token expired" />
      </Parameters>
      <Requests />
      <Responses />
    </Scenario>
    <Scenario Id="SearchContact" Type="REST">
      <Parameters><Parameter Father="CustomScenarioParameter" Name="PageSize" Value="20" /></Parameters>
      <Requests>
        <Request Name="SearchContact_contacts" Method="GET" URLFormat="https://api.test/contacts?q={{UrlEncode .SearchValue}}&amp;limit={{.PageSize}}">
          <Outputs><Output Name="ContactsId" Path="data.#.id" /></Outputs>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="CreateNewContact" Type="REST">
      <Requests>
        <Request Name="Contacts" Method="PATCH" URLFormat="https://api.test/contacts{{if .RecordPath}}?rec=1{{end}}">
          <Parameters><Parameter Name="Data" Type="Body" Value="{&quot;name&quot;: &quot;{{.DisplayName}}&quot;}" /></Parameters>
        </Request>
        <Request Name="Old" Method="DELETE" URLFormat="https://api.test/contacts/{{.ContactId}}" />
        <Request Name="Replace" Method="PUT" URLFormat="https://api.test/contacts/{{.ContactId}}">
          <Parameters><Parameter Name="Data" Type="Body" Value="{}" /></Parameters>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="ChatJournal" Type="REST"><Parameters><Parameter Name="CreateType" Value="Task" /></Parameters></Scenario>
  </Scenarios>
</Information>`;

describe('names of newer editions', () => {
  it('parse, round-trip and are modelled', () => {
    const { template, diagnostics } = parseTemplate(xml);
    const t = must(template);
    expect(serializeTemplate(t)).toBe(xml);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([
      'no SyncContactAuto scenario: contact lookup, synchronization and call popup are off',
    ]);
    expect(diagnostics.filter((d) => d.severity === 'info').map((d) => d.message)).toEqual([
      'scenario "ChatJournal" is not used by Ringdesk; it is kept in the file as is',
    ]);
    const auth = authSettings(t);
    expect(auth).toMatchObject({ method: 'bearertoken', tokenType: 'Bearer', tokenRefreshInterval: 3600, noNeedRefreshAccessToken: true, tokenInvalid: ['token expired'] });
    expect(auth.customFields.map((f) => f.key)).toEqual(['cid', 'csecret']);
    expect(must(scenario(t, 'CreateNewContact')).requests.map((r) => r.method)).toEqual(['PATCH', 'DELETE', 'PUT']);
    expect(must(scenario(t, 'AuthMethod')).responses).toBeDefined();
  });
});
