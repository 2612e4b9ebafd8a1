import { describe, expect, it } from 'vitest';
import { applyFormToTemplate, formFromTemplate, parseTemplate, scenario, serializeTemplate, type TemplateForm } from '../../../shared/template';
import { must, mustParse, readGuide } from './support';

const handMade = `<?xml version="1.0" encoding="UTF-8"?>
<!-- vendor template, edited by hand -->
<Information Provider="helpdesk" Name="Desk" Key="k1" MaxConcurrentRequest="3" AuthType="basic" UserAssociation="0" CallJournal="0" CreateNewContact="0" CreateNewTicket="0" Vendor="acme">
  <Scenarios>
    <Scenario Id="AuthMethod" Type="AUTH">
      <Presets />
      <Parameters>
        <Parameter Name="AuthMethod" Value="basic" />
        <Parameter Name="CredentialType" Value="api_key" />
        <Parameter Name="Base64EncodedCredential" Value="{{.api_key:}}" />
        <Parameter Father="CustomFieldList" Name="domain" Editor="string" Title="Domain" />
        <Parameter Father="CustomFieldList" Name="api_key" Editor="password" Title="API key" />
        <Parameter Father="PopulateTemplateString" Type="Header" Name="Accept" Value="application/json" />
        <Parameter Father="TokenErrorMap" Type="TokenInvalid" Name="TokenInvalid" Value="invalid_token" />
      </Parameters>
      <Requests />
    </Scenario>
    <Scenario Id="SyncContactAuto" Type="REST">
      <Parameters>
        <Parameter Name="ContactUrlType" Value="specify_url_format" />
        <Parameter Name="URLFormat" Value="https://{{.domain}}/contacts/{{.ContactId}}" />
        <Parameter Name="ContactsIdEnable" Value="1" />
        <Parameter Name="FirstNameEnable" Value="1" />
        <Parameter Name="MobileNumberEnable" Value="1" />
      </Parameters>
      <Requests>
        <Request Name="Contacts" Method="GET" ResponseType="application/json" URLFormat="https://{{.domain}}/api/contacts?phone={{UrlEncode .Phone}}" Retry="2">
          <Parameters />
          <Outputs Next="Details">
            <Output Name="ContactsId" Path="items.#.id" />
            <Output Name="FirstName" Path="items.#.name" />
            <Output Name="MobileNumber" Path="items.#.mobile" />
            <Output Name="Region" Path="items.#.region" />
          </Outputs>
          <Cache Seconds="60" />
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="Common" Type="REST">
      <Requests>
        <Request Name="Details" Method="GET" URLFormat="https://{{.domain}}/api/contacts/{{.ContactsId}}">
          <Outputs><Output Name="Email" Path="email" /></Outputs>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="ChatJournal" Type="REST"><Requests /></Scenario>
  </Scenarios>
</Information>
`;

describe('the template form', () => {
  it('shows the guide template in the dialog\'s terms', () => {
    const form = formFromTemplate(mustParse(readGuide('full-template.xml')));
    expect(form.general).toEqual({ name: 'Example Helpdesk', maxConcurrentRequests: '5', remark: 'Built from the template guide', logo: 'example.png' });
    expect(form.authentication.method).toBe('oauth2');
    expect(form.authentication.customFields).toEqual([
      { type: 'password', name: 'client_id', title: 'Client ID', options: '' },
      { type: 'password', name: 'client_secret', title: 'Client Secret', options: '' },
    ]);
    expect(form.userAssociation.fields).toEqual({ UserUniqueId: 'users.#.id', FirstName: 'users.#.First_Name', LastName: 'users.#.Last_Name', Email: 'users.#.Email' });
    expect(form.contactSearch.contactTypes).toEqual([{ name: 'Contacts', matchUrl: expect.stringContaining('/v1/Contacts/search?criteria=') }]);
    expect(form.contactSearch.popupMode).toBe('retrieve_from_contact');
    expect(form.contactSearch.fields.BusinessNumber).toEqual({ enabled: true, path: 'data.#.Phone' });
    expect(form.contactSearch.fields.CustomValue).toEqual({ enabled: false, path: 'data.#.Owner' });
    expect(form.callJournal.subject).toEqual({ enabled: true, value: 'Extension Call' });
    expect(form.callJournal.playCallRecording).toEqual({ enabled: true, defaultOn: false });
    expect(form.ticketCreation.url).toBe('https://{{.domain}}/api/v1/tickets');
  });

  it('saving an unchanged form changes nothing', () => {
    for (const xml of [readGuide('full-template.xml'), handMade]) {
      const t = mustParse(xml);
      applyFormToTemplate(t, formFromTemplate(t));
      expect(serializeTemplate(t)).toBe(xml);
    }
  });

  it('saving from the form keeps hand-made extended configurations', () => {
    const t = mustParse(handMade);
    const form = formFromTemplate(t);
    form.general.name = 'Desk & Co';
    form.authentication.customFields.push({ type: 'list', name: 'region', title: 'Region', options: 'eu,us' });
    form.authentication.commonHeaders = [];
    const contacts = must(form.contactSearch.contactTypes[0]);
    contacts.matchUrl = 'https://{{.domain}}/api/v2/contacts?phone={{UrlEncode .Phone}}';
    form.contactSearch.fields.Company = { enabled: true, path: 'items.#.company' };
    form.callJournal.enabled = true;
    form.callJournal.url = 'https://{{.domain}}/api/calls';
    form.callJournal.body = '{"note":"{{.Description}}"}';
    applyFormToTemplate(t, form);
    const saved = serializeTemplate(t);

    for (const kept of [
      '<!-- vendor template, edited by hand -->',
      'Vendor="acme"',
      '<Parameter Father="TokenErrorMap" Type="TokenInvalid" Name="TokenInvalid" Value="invalid_token" />',
      'Retry="2"',
      '<Outputs Next="Details">',
      '<Output Name="Region" Path="items.#.region" />',
      '<Cache Seconds="60" />',
      '<Scenario Id="Common" Type="REST">',
      '<Scenario Id="ChatJournal" Type="REST"><Requests /></Scenario>',
      'Value="{{.api_key:}}"',
    ]) expect(saved).toContain(kept);
    expect(saved).toContain('Name="Desk &amp; Co"');
    expect(saved).not.toContain('Name="Accept"');
    expect(saved).toContain('URLFormat="https://{{.domain}}/api/v2/contacts?phone={{UrlEncode .Phone}}" Retry="2"');
    expect(saved).toContain('        <Parameter Father="CustomFieldList" Name="region" Editor="list" Title="Region" Value="eu,us"/>\n');
    expect(saved).toContain('            <Output Name="Company" Path="items.#.company"/>\n');
    expect(saved).toContain('CallJournal="1"');

    const reread = parseTemplate(saved);
    expect(reread.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = formFromTemplate(must(reread.template));
    expect(again).toEqual(form);
    const journal = must(scenario(must(reread.template), 'CallJournal'));
    expect(journal.requests[0]?.body?.value).toBe('{"note":"{{.Description}}"}');
  });

  it('builds a whole template from an empty one, and reads the same form back', () => {
    const t = mustParse('<Information Provider="helpdesk" Name="" MaxConcurrentRequest="1">\n</Information>\n');
    const form: TemplateForm = formFromTemplate(t);
    form.general = { name: 'Fresh', maxConcurrentRequests: '4', remark: 'made in the form', logo: '' };
    form.authentication.method = 'basic';
    form.authentication.credentialType = 'username_password';
    form.authentication.base64EncodedCredential = '{{.username}}:{{.password}}';
    form.authentication.customFields = [
      { type: 'string', name: 'username', title: 'Username', options: '' },
      { type: 'password', name: 'password', title: 'Password', options: '' },
    ];
    form.authentication.commonHeaders = [{ name: 'Content-Type', value: 'application/json', description: 'JSON bodies' }];
    form.contactSearch.contactTypes = [{ name: 'Contacts', matchUrl: 'https://desk.test/api/contacts?phone={{.Phone}}' }];
    form.contactSearch.popupMode = 'specify_url_format';
    form.contactSearch.urlFormat = 'https://desk.test/contacts/{{.ContactId}}';
    form.contactSearch.fields.ContactsId = { enabled: true, path: 'data.#.id' };
    form.contactSearch.fields.FirstName = { enabled: true, path: 'data.#.first' };
    form.contactSearch.fields.MobileNumber = { enabled: true, path: 'data.#.mobile' };
    form.contactCreation = { enabled: true, contactTypes: [{ name: 'Contacts', url: 'https://desk.test/api/contacts', body: '{"first":"{{.FirstName}}","phone":"{{.BusinessNumber}}"}' }] };
    form.ticketCreation = { enabled: true, url: 'https://desk.test/api/tickets', body: '{"subject":"{{.Subject}}"}', subject: { enabled: true, value: '{{.Call_Status}}' }, description: { enabled: false, value: '' } };
    applyFormToTemplate(t, form);
    const xml = serializeTemplate(t);
    const { template, diagnostics } = parseTemplate(xml);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(formFromTemplate(must(template))).toEqual(form);
    expect(xml).toContain('\n  <Scenarios>\n    <Scenario Id="AuthMethod" Type="AUTH">\n      <Presets/>\n      <Parameters>\n        <Parameter Name="AuthMethod" Value="basic"/>');
  });
});
