import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSettings, formFromTemplate, parseTemplate, scenario, serializeTemplate } from '../../../shared/template';
import { must, readyMadeDir } from './support';

const files = readdirSync(readyMadeDir).filter((f) => f.endsWith('.xml')).sort();

describe('ready-made templates in main/templates', () => {
  it('ship at least four products and Request Tracker', () => {
    expect(files).toEqual(expect.arrayContaining(['request-tracker.xml', 'zendesk.xml', 'freshdesk.xml', 'zoho-desk.xml', 'hubspot.xml']));
  });

  it.each(files)('%s lints clean and round-trips byte for byte', (file) => {
    const xml = readFileSync(join(readyMadeDir, file), 'utf8');
    const { template, diagnostics } = parseTemplate(xml);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(serializeTemplate(must(template))).toBe(xml);
  });

  it('the Request Tracker template searches one phone column per request with Basic auth', () => {
    const t = must(parseTemplate(readFileSync(join(readyMadeDir, 'request-tracker.xml'))).template);
    expect(authSettings(t)).toMatchObject({ method: 'basic', basicCredentialTemplate: '{{.username}}:{{.password}}' });
    const sync = must(scenario(t, 'SyncContactAuto'));
    expect(sync.requests.map((r) => [r.method, r.body?.value])).toEqual([
      ['POST', '[{"field":"WorkPhone","value":"{{.Phone}}"}]'],
      ['POST', '[{"field":"MobilePhone","value":"{{.Phone}}"}]'],
      ['POST', '[{"field":"HomePhone","value":"{{.Phone}}"}]'],
    ]);
    expect(formFromTemplate(t).contactSearch.urlFormat).toBe('{{.rt_url}}/User/Summary.html?id={{.ContactId}}');
  });
});
