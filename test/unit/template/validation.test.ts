import { describe, expect, it } from 'vitest';
import { basicCheckers, parseTemplate, type Diagnostic, type TemplateCheckers } from '../../../shared/template';

function template(scenarios: string, attributes = 'AuthType="none"'): string {
  return `<Information Provider="helpdesk" Name="T" MaxConcurrentRequest="2" ${attributes}>\n<Scenarios>\n${scenarios}\n</Scenarios>\n</Information>`;
}

const sync = (outputs: string, extra = '') => `<Scenario Id="SyncContactAuto" Type="REST"><Parameters><Parameter Name="ContactUrlType" Value="specify_url_format"/><Parameter Name="URLFormat" Value="https://x.test/c/{{.ContactId}}"/></Parameters><Requests>
<Request Name="Contacts" Method="GET" URLFormat="https://x.test/search?q={{.Phone}}"><Outputs${extra}>${outputs}</Outputs></Request></Requests></Scenario>`;

const goodOutputs = '<Output Name="ContactsId" Path="data.#.id"/><Output Name="FirstName" Path="data.#.first"/><Output Name="MobileNumber" Path="data.#.mobile"/>';

function findings(xml: string, checkers?: TemplateCheckers): Diagnostic[] {
  return parseTemplate(xml, checkers ? { checkers } : {}).diagnostics;
}

/** The source text from a diagnostic's position on. */
function at(xml: string, d: Diagnostic | undefined): string {
  if (!d) return '';
  return (xml.split('\n')[d.line - 1] ?? '').slice(d.column - 1);
}

function messages(xml: string, severity: Diagnostic['severity'] = 'error'): string[] {
  return findings(xml).filter((d) => d.severity === severity).map((d) => d.message);
}

describe('template validation', () => {
  it('accepts a minimal correct contact search', () => {
    expect(messages(template(sync(goodOutputs)))).toEqual([]);
    expect(messages(template(sync(goodOutputs)), 'warning')).toEqual([]);
  });

  it('requires SyncContactAuto to map ContactsId, FirstName and a phone number, at the request', () => {
    const found = findings(template(sync('<Output Name="Email" Path="data.#.email"/>'))).filter((d) => d.severity === 'error');
    expect(found.map((d) => d.message)).toEqual([
      'SyncContactAuto request "Contacts" must map ContactsId: expected <Output Name="ContactsId" Path="..."/> with a path',
      'SyncContactAuto request "Contacts" must map FirstName: expected <Output Name="FirstName" Path="..."/> with a path',
      expect.stringMatching(/^SyncContactAuto request "Contacts" must map at least one phone number \(BusinessNumber, /),
    ]);
    expect(found[0]).toMatchObject({ line: 4, column: 1, path: 'Information[@Name="T"]/Scenarios/Scenario[@Id="SyncContactAuto"]/Requests/Request[@Name="Contacts"]' });
  });

  it('counts outputs backfilled by Outputs Next, and requires the Common request to exist', () => {
    const common = '<Scenario Id="Common" Type="REST"><Requests><Request Name="Phones" Method="GET" URLFormat="https://x.test/{{.ContactsId}}"><Outputs><Output Name="MobileNumber" Path="phones.0"/></Outputs></Request></Requests></Scenario>';
    const base = '<Output Name="ContactsId" Path="data.#.id"/><Output Name="FirstName" Path="data.#.first"/>';
    expect(messages(template(sync(base, ' Next="Phones"') + common))).toEqual([]);
    expect(messages(template(sync(goodOutputs, ' Next="Nope"') + common))).toEqual([
      'Outputs Next="Nope": no request Nope in a Common scenario (<Scenario Id="Common" Type="REST">)',
    ]);
  });

  it('checks Fathers, custom fields and headers', () => {
    const fields = Array.from({ length: 6 }, (_, i) => `<Parameter Father="CustomFieldList" Name="f${i}" Editor="string" Title="F"/>`).join('');
    const auth = `<Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="none"/>${fields}
<Parameter Father="CustomFieldList" Name="choice" Editor="list" Title="C"/>
<Parameter Father="CustomFieldList" Name="pw" Editor="password" Title="P" Value="hunter2"/>
<Parameter Father="Mother" Name="x"/>
<Parameter Father="PopulateTemplateString" Name="Bad Header" Type="Header" Value="1"/>
<Parameter Father="AuthOption" Name="NoNeedRefreshAccessToken" Value="1"/>
<Parameter Father="CustomScenarioParameter" Name="y" Value="2"/>
</Parameters></Scenario>`;
    const errors = messages(template(auth + sync(goodOutputs)));
    expect(errors).toContain('at most 5 custom fields (CustomFieldList); found 8');
    expect(errors).toContain('custom field choice has Editor="list" and needs its options in Value, separated by commas (e.g. "option1,option2")');
    expect(errors).toContain('password field pw carries a Value; templates must not hold secrets (the user enters it when connecting)');
    expect(errors).toContain('Father must be CustomFieldList or PopulateTemplateString (newer editions also use AuthOption, TokenErrorMap, CustomScenarioParameter); found "Mother"');
    expect(errors).toContain('header Name must be an HTTP header name (letters, digits, \'-\'); found "Bad Header"');
    expect(errors.join('\n')).not.toMatch(/hunter2/);
  });

  it('checks methods, bodies and auth settings', () => {
    const create = `<Scenario Id="CreateNewContact" Type="REST"><Requests>
<Request Name="Contacts" Method="post" URLFormat="https://x.test/c"><Parameters><Parameter Name="Data" Type="Body" Value="{&quot;name&quot;: &quot;{{.FirstName}}&quot;, &quot;n&quot;: {{.Talk_Duration_Sec}} {{if .LastName}}, &quot;last&quot;: &quot;{{.LastName}}&quot;{{end}}}"/></Parameters></Request>
<Request Name="Leads" Method="PATCH" URLFormat="https://x.test/l"><Parameters><Parameter Name="Data" Type="Body" Value="{&quot;name&quot;: &quot;{{.FirstName}}&quot;,}"/></Parameters></Request>
</Requests></Scenario>`;
    const auth = '<Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="oauth2"/><Parameter Name="TokenRefreshInterval" Value="soon"/></Parameters></Scenario>';
    const errors = messages(template(auth + sync(goodOutputs) + create, 'AuthType="oauth2" CreateNewContact="1"'));
    expect(errors).toEqual(expect.arrayContaining([
      'oauth2 authentication needs AuthEndPoint (the authorization URL opened in the browser)',
      'oauth2 authentication needs TokenEndPoint (the URL that returns the access and refresh tokens)',
      'TokenRefreshInterval must be a whole number of seconds; found "soon"',
      'Method must be an HTTP method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS); found "post" (write it in capitals: POST)',
      expect.stringMatching(/^the Body must be JSON once its \{\{ \}\} actions are replaced by sample values: /),
    ]));
    expect(errors.filter((m) => m.startsWith('the Body'))).toHaveLength(1);
  });

  it('warns about variables no source provides, and reports unknown scenarios as info', () => {
    const journal = `<Scenario Id="CallJournal" Type="REST"><Parameters><Parameter Name="Subject" Value="Call"/></Parameters><Requests>
<Request Name="CallJournal" Method="POST" URLFormat="https://x.test/{{.Owner}}/calls"><Parameters><Parameter Name="Data" Type="Body" Value="{&quot;s&quot;: &quot;{{.Subject}}&quot;, &quot;d&quot;: &quot;{{.Talk_Duration}}&quot;{{range .Items}}{{.Whatever}}{{end}}}"/></Parameters></Request></Requests></Scenario>
<Scenario Id="ChatJournal" Type="REST"/>`;
    const found = findings(template(sync(goodOutputs) + journal, 'CallJournal="1"'));
    expect(found.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([
      'variable .Owner has no source in scenario CallJournal (not a custom field, GetGlobalInfo output, call variable, parameter or output); it will be empty',
      'variable .Items has no source in scenario CallJournal (not a custom field, GetGlobalInfo output, call variable, parameter or output); it will be empty',
    ]);
    const owner = found.find((d) => d.message.includes('.Owner'));
    expect(at(template(sync(goodOutputs) + journal, 'CallJournal="1"'), owner)).toMatch(/^\{\{\.Owner\}\}\/calls/);
    expect(found.filter((d) => d.severity === 'info').map((d) => d.message)).toContain('scenario "ChatJournal" is not used by Ringdesk; it is kept in the file as is');
  });

  it('asks the injected checkers about every template and path, and places their findings', () => {
    const asked: string[] = [];
    const checkers: TemplateCheckers = {
      checkTemplateText: (_name, text) => {
        asked.push(`t:${text}`);
        const at = text.indexOf('{{bad');
        return at === -1 ? undefined : { message: 'function "bad" not defined', line: 1, column: at + 1 };
      },
      checkPath: (path) => {
        asked.push(`p:${path}`);
        return path.includes('!!') ? 'unexpected "!!"' : undefined;
      },
    };
    const outputs = '<Output Name="ContactsId" Path="data.#(phone==&quot;{{.Phone}}&quot;).id,other.id"/><Output Name="FirstName" Path="a!!b"/><Output Name="MobileNumber" Path="m"/>';
    const xml = template(sync(outputs).replace('search?q={{.Phone}}', 'search?q={{bad .Phone}}'));
    const found = findings(xml, checkers).filter((d) => d.severity === 'error');
    expect(asked).toEqual(expect.arrayContaining(['p:data.#(phone=="x").id', 'p:other.id', 'p:a!!b', 't:https://x.test/search?q={{bad .Phone}}']));
    expect(found.map((d) => d.message)).toEqual([
      'URLFormat is not a valid Go template: function "bad" not defined',
      'Path "a!!b" is not a valid GJSON path: unexpected "!!"',
    ]);
    expect(at(xml, found[0])).toMatch(/^\{\{bad \.Phone\}\}"/);
    expect(at(xml, found[1])).toMatch(/^Path="a!!b"/);
  });

  it('reports broken template text with the built-in structural check', () => {
    const xml = template(sync(goodOutputs).replace('search?q={{.Phone}}', 'search?q={{.Phone'));
    expect(findings(xml, basicCheckers).filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(["URLFormat is not a valid Go template: action is never closed (missing '}}')"]);
  });

  it('checks Go templates with shared/gotemplate by default, at the action\'s position', () => {
    const xml = template(sync(goodOutputs).replace('search?q={{.Phone}}', 'search?q={{Lowercase .Phone}}'));
    const found = findings(xml).filter((d) => d.severity === 'error');
    expect(found.map((d) => d.message)).toEqual(['URLFormat is not a valid Go template: function "Lowercase" not defined']);
    expect(at(xml, found[0])).toMatch(/^Lowercase \.Phone\}\}/);
  });

  it('accepts both spellings of the basic credential', () => {
    for (const credential of ['{{.username:.password}}', '{{.api_key:}}', '{{.username}}:{{.password}}', '{{.api_key}}']) {
      const auth = `<Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="basic"/><Parameter Name="Base64EncodedCredential" Value="${credential}"/><Parameter Father="CustomFieldList" Name="username" Editor="string" Title="U"/><Parameter Father="CustomFieldList" Name="password" Editor="password" Title="P"/><Parameter Father="CustomFieldList" Name="api_key" Editor="password" Title="K"/></Parameters></Scenario>`;
      expect(findings(template(auth + sync(goodOutputs), 'AuthType="basic"')).filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });
});
