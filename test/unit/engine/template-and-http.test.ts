import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../main/engine/http-client';
import { Redactor } from '../../../main/engine/redactor';
import { prepareRequest } from '../../../main/engine/request-runner';
import { loadIntegrationSpec } from '../../../main/engine/spec-from-template';

function template(auth: string, extra = ''): string {
  return `<Information Provider="helpdesk" Name="T" Key="t" MaxConcurrentRequest="2"><Scenarios>
<Scenario Id="AuthMethod" Type="AUTH"><Parameters>${auth}</Parameters></Scenario>${extra}</Scenarios></Information>`;
}

describe('reading a template into the engine spec', () => {
  it('accepts both spellings of the basic credential format', () => {
    const helpdesk = loadIntegrationSpec(template('<Parameter Name="AuthMethod" Value="basic"/><Parameter Name="Base64EncodedCredential" Value="{{.username:.password}}"/>'), 't.xml');
    const crm = loadIntegrationSpec(template('<Parameter Name="AuthMethod" Value="basic"/><Parameter Name="Base64EncodedCredential" Value="{{.username}}:{{.password}}"/>'), 't.xml');
    const key = loadIntegrationSpec(template('<Parameter Name="AuthMethod" Value="basic"/><Parameter Name="Base64EncodedCredential" Value="{{.api_key:}}"/>'), 't.xml');
    expect(helpdesk.auth.basicCredential).toBe('{{.username}}:{{.password}}');
    expect(crm.auth.basicCredential).toBe('{{.username}}:{{.password}}');
    // As shared/gotemplate reads it: the CRM edition's {{.api_key}} and the Helpdesk edition's {{.api_key:}} are one format.
    expect(key.auth.basicCredential).toBe('{{.api_key}}');
    expect(helpdesk.maxConcurrentRequest).toBe(2);
  });

  it('names the file and line of an unreadable template and refuses unknown auth methods', () => {
    expect(() => loadIntegrationSpec('<Information><Scenarios>', 'bad.xml')).toThrow(/template bad\.xml:\d+:\d+: /);
    expect(() => loadIntegrationSpec(template('<Parameter Name="AuthMethod" Value="digest"/>'), 'd.xml')).toThrow('AuthMethod "digest"');
  });

  it('renders URL, common and request headers, and a JSON body in which a hostile value stays one string', () => {
    const spec = loadIntegrationSpec(
      template(
        '<Parameter Name="AuthMethod" Value="none"/><Parameter Father="PopulateTemplateString" Type="Header" Name="X-Key" Value="{{.api_key}}"/>',
        `<Scenario Id="CallJournal" Type="REST"><Requests><Request Name="CallJournal" Method="post" URLFormat="{{.base}}/calls/{{.ContactId}}?n={{.Phone}}">
<Parameters><Parameter Father="PopulateTemplateString" Type="Header" Name="X-Call" Value="{{.CallId}}"/><Parameter Name="Data" Type="Body" Value='{"name":"{{.CallerName}}"}'/></Parameters><Outputs/></Request></Requests></Scenario>`,
      ),
      't.xml',
    );
    const request = spec.scenarios.get('CallJournal')?.requests[0];
    if (!request) throw new Error('no request');
    const prepared = prepareRequest(request, { base: 'https://desk.example.com/api', ContactId: 'a/b', Phone: '+1 415', api_key: 'k', CallId: 'c1', CallerName: 'Bob "x", "status":"closed' }, spec.auth.commonHeaders);
    expect(prepared.method).toBe('POST');
    expect(prepared.url).toBe('https://desk.example.com/api/calls/a%2Fb?n=%2B1%20415');
    expect(prepared.headers).toMatchObject({ 'X-Key': 'k', 'X-Call': 'c1', 'Content-Type': 'application/json' });
    expect(JSON.parse(prepared.body ?? '')).toEqual({ name: 'Bob "x", "status":"closed' });
  });
});

describe('HTTP helpers', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString(), Date.now())).toBeGreaterThan(8000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('redacts secrets in their plain, URL-encoded and JSON forms, and Authorization values', () => {
    const r = new Redactor();
    r.add('p@ss "word"');
    r.add('1');
    expect(r.redact('x p@ss "word" y p%40ss%20%22word%22 z p@ss \\"word\\" 1')).toBe('x *** y *** z *** 1');
    expect(r.redact('Authorization: Bearer abc.def')).toBe('Authorization: Bearer ***');
  });
});
