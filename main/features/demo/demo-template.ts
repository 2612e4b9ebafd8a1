// The template Ringdesk installs for the demo helpdesk (main/features/demo/
// demo-helpdesk.ts): the guide's format, no authentication, the helpdesk's
// address as a connect-time field. It exercises every feature a newcomer
// should see: contact search with a contact page, contact creation, tickets
// and the call journal.
export const DEMO_TEMPLATE_KEY = 'ringdesk-demo';
export const DEMO_TEMPLATE_FILE = 'ringdesk-demo.xml';

const contactOutputs = `
          <Outputs>
            <Output Name="ContactsId" Path="data.#.id"/>
            <Output Name="FirstName" Path="data.#.first_name"/>
            <Output Name="LastName" Path="data.#.last_name"/>
            <Output Name="Company" Path="data.#.company"/>
            <Output Name="Email" Path="data.#.email"/>
            <Output Name="BusinessNumber" Path="data.#.phone"/>
            <Output Name="Remark" Path="data.#.title"/>
          </Outputs>`;

const createBody = (type: string) =>
  `'{"type":"${type}","first_name":"{{.FirstName}}","last_name":"{{.LastName}}","phone":"{{.BusinessNumber}}"}'`;

export const DEMO_TEMPLATE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Information Provider="helpdesk" Name="Ringdesk Demo Helpdesk" Key="${DEMO_TEMPLATE_KEY}" Logo="" Remark="A sample helpdesk on this computer for trying Ringdesk" Version="1.0.0" AuthType="none" MaxConcurrentRequest="4" UserAssociation="1" CallJournal="1" CreateNewContact="1" CreateNewTicket="1">
  <Scenarios>
    <Scenario Id="AuthMethod" Type="AUTH">
      <Presets/>
      <Parameters>
        <Parameter Name="AuthMethod" Value="none"/>
        <Parameter Father="CustomFieldList" Name="base_url" Editor="string" Title="Demo helpdesk address"/>
      </Parameters>
      <Requests/>
    </Scenario>
    <Scenario Id="UserAssociation" Type="REST">
      <Parameters/>
      <Requests>
        <Request Name="UserAssociation" Method="GET" ResponseType="application/json" URLFormat="{{.base_url}}/api/users">
          <Parameters/>
          <Outputs>
            <Output Name="UserUniqueId" Path="users.#.id"/>
            <Output Name="FirstName" Path="users.#.first_name"/>
            <Output Name="LastName" Path="users.#.last_name"/>
            <Output Name="Email" Path="users.#.email"/>
          </Outputs>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="SyncContactAuto" Type="REST">
      <Presets/>
      <Parameters>
        <Parameter Name="ContactUrlType" Value="specify_url_format"/>
        <Parameter Name="URLFormat" Value="{{.base_url}}/contacts/{{.ContactId}}"/>
        <Parameter Name="ContactsIdEnable" Value="1"/>
        <Parameter Name="FirstNameEnable" Value="1"/>
        <Parameter Name="LastNameEnable" Value="1"/>
        <Parameter Name="CompanyEnable" Value="1"/>
        <Parameter Name="EmailEnable" Value="1"/>
        <Parameter Name="BusinessNumberEnable" Value="1"/>
        <Parameter Name="RemarkEnable" Value="1"/>
      </Parameters>
      <Requests>
        <Request Name="Contacts" Method="GET" ResponseType="application/json" URLFormat="{{.base_url}}/api/contacts?type=contacts&amp;phone={{.Phone}}">
          <Parameters/>${contactOutputs}
        </Request>
        <Request Name="Leads" Method="GET" ResponseType="application/json" URLFormat="{{.base_url}}/api/contacts?type=leads&amp;phone={{.Phone}}">
          <Parameters/>${contactOutputs}
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="CreateNewContact" Type="REST">
      <Parameters/>
      <Requests>
        <Request Name="Contacts" Method="POST" ResponseType="application/json" URLFormat="{{.base_url}}/api/contacts">
          <Parameters>
            <Parameter Name="Data" Type="Body" Value=${createBody('contacts')}/>
          </Parameters>
          <Outputs>
            <Output Name="ContactsId" Path="id"/>
          </Outputs>
        </Request>
        <Request Name="Leads" Method="POST" ResponseType="application/json" URLFormat="{{.base_url}}/api/contacts">
          <Parameters>
            <Parameter Name="Data" Type="Body" Value=${createBody('leads')}/>
          </Parameters>
          <Outputs>
            <Output Name="ContactsId" Path="id"/>
          </Outputs>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="CreateNewTicket" Type="REST">
      <Presets/>
      <Parameters>
        <Parameter Name="EnableSubject" Value="1"/>
        <Parameter Name="Subject" Value="{{.Communication_Type}} call {{.Call_Status}} - {{.Call_From}}"/>
        <Parameter Name="EnableDescription" Value="1"/>
        <Parameter Name="Description" Value="{{.Time}} {{.Communication_Type}} call from {{.Call_From}} to {{.Call_To}}, talked {{.Talk_Duration}}"/>
      </Parameters>
      <Requests>
        <Request Name="CreateNewTicket" Method="POST" ResponseType="application/json" URLFormat="{{.base_url}}/api/tickets">
          <Parameters>
            <Parameter Name="Data" Type="Body" Value='{"subject":"{{.Subject}}","description":"{{.Description}}","contactId":"{{.ContactId}}","callId":"{{.CallId}}"}'/>
          </Parameters>
          <Outputs>
            <Output Name="TicketId" Path="id"/>
          </Outputs>
        </Request>
      </Requests>
    </Scenario>
    <Scenario Id="CallJournal" Type="REST">
      <Presets/>
      <Parameters>
        <Parameter Name="EnableSubject" Value="1"/>
        <Parameter Name="Subject" Value="{{.Call_Log_Status}} call with {{.Call_From}}"/>
        <Parameter Name="EnableDescription" Value="1"/>
        <Parameter Name="Description" Value="{{.Time}} {{.Call_Log_Status}} from {{.Call_From}} to {{.Call_To}}, talked {{.Talk_Duration}}{{if .TicketId}}, ticket #{{.TicketId}}{{end}}"/>
        <Parameter Name="EnablePlayCallRecording" Value="1"/>
        <Parameter Name="PlayCallRecording" Value="0"/>
      </Parameters>
      <Requests>
        <Request Name="CallJournal" Method="POST" ResponseType="application/json" URLFormat="{{.base_url}}/api/calls">
          <Parameters>
            <Parameter Name="Data" Type="Body" Value='{"subject":"{{.Subject}}","description":"{{.Description}}","contactId":"{{.ContactId}}","ticketId":"{{.TicketId}}","callId":"{{.CallId}}"}'/>
          </Parameters>
          <Outputs/>
        </Request>
      </Requests>
    </Scenario>
  </Scenarios>
</Information>
`;
