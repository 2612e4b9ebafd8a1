import { describe, expect, it } from 'vitest';
import { authSettings, parseTemplate, requestBody, requestHeaders, scenario, serializeTemplate } from '../../../shared/template';
import { guideFiles, must, mustParse, readGuide, wrapFragment } from './support';

describe('the guide\'s XML examples (fixed copies)', () => {
  it.each(guideFiles())('%s parses without XML errors and round-trips byte for byte', (file) => {
    const xml = wrapFragment(readGuide(file));
    const { template, diagnostics } = parseTemplate(xml);
    expect(serializeTemplate(must(template, diagnostics.map((d) => d.message).join('\n')))).toBe(xml);
  });

  it('the assembled full template validates with no errors and round-trips', () => {
    const xml = readGuide('full-template.xml');
    const { template, diagnostics } = parseTemplate(xml);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(serializeTemplate(must(template))).toBe(xml);
  });

  it('reads the Reference chapter\'s values through the typed model', () => {
    const t = mustParse(readGuide('full-template.xml'));
    expect(t.information.provider).toBe('helpdesk');
    expect(t.information.maxConcurrentRequestCount).toBe(5);
    expect(t.information.userAssociation).toBe(true);
    const auth = authSettings(t);
    expect(auth.method).toBe('oauth2');
    expect(auth.tokenEndPoint).toBe('https://api.example.com/oauth/v2/token?client_id={{ .client_id }}&client_secret={{ .client_secret }}');
    expect(auth.customFields.map((f) => [f.name, f.editor, f.title])).toEqual([
      ['client_id', 'password', 'Client ID'],
      ['client_secret', 'password', 'Client Secret'],
    ]);
    const sync = must(scenario(t, 'SyncContactAuto'));
    expect(sync.parameter('ContactFieldForUri')?.value).toBe('data.#.contactUrl');
    const contacts = must(sync.request('Contacts'));
    expect(contacts.method).toBe('GET');
    expect(contacts.outputs?.list.map((o) => o.name)).toEqual(['ContactsId', 'FirstName', 'BusinessNumber', 'CustomValue']);
    const at = must(contacts.position);
    expect(must(readGuide('full-template.xml').split('\n')[at.line - 1]).slice(at.column - 1)).toMatch(/^<Request Name="Contacts"/);
    const ticket = must(scenario(t, 'CreateNewTicket'));
    const body = must(requestBody(must(ticket.request('UpdateTicket'))));
    expect(JSON.parse(body.replace('{{.Description}}', 'd'))).toEqual({ isPublic: 'true', content: 'd' });
    expect(ticket.request('CreateNewTicket')?.outputs?.output('TicketId')?.path).toBe('id');
  });

  it('models the URL alias, request headers, token errors and Outputs Next', () => {
    const structure = mustParse(readGuide('structure.xml'));
    const request = must(must(structure.information.scenarios[0]).requests[0]);
    expect(request.urlAttribute).toBe('URL');
    expect(request.url).toBe('https://api.example.com/getuser');
    request.url = 'https://api.example.com/v2/getuser';
    expect(serializeTemplate(structure)).toContain('URL="https://api.example.com/v2/getuser"');
    expect(serializeTemplate(structure)).not.toContain('URLFormat');

    const headers = mustParse(wrapFragment(readGuide('custom-request-headers.xml')));
    const contacts = must(must(headers.information.scenarios[0]).request('contacts'));
    expect(requestHeaders(contacts).map((h) => [h.name, h.value])).toEqual([['X-Auth-Token', '{{ .api_key }}']]);

    const tokens = mustParse(wrapFragment(readGuide('token-errors.xml')));
    expect(authSettings(tokens).tokenInvalid).toEqual(['INVALID_TOKEN']);

    const chained = mustParse(wrapFragment(readGuide('supplement-contact-query.xml') + readGuide('common.xml')));
    const search = must(must(scenario(chained, 'SyncContactAuto')).request('contacts'));
    expect(search.outputs?.next).toBe('GetIdentities');
    expect(search.url).toContain('&role[]=end-user');
  });
});
