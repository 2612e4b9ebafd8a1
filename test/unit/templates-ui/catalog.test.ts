// The templates.* channels through the real dispatcher and a real data
// folder: what the Templates screen gets for each thing an admin does.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderProblem } from '../../../shared/i18n/problem';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/app/dispatch';
import type { Handlers } from '../../../main/app/dispatch';
import { TemplateCatalog } from '../../../main/features/templates';
import { templateHandlers } from '../../../main/features/templates-handlers';
import { formFromTemplate, parseTemplate } from '../../../shared/template';
import type { TemplateForm } from '../../../shared/template';
import { blankForm } from '../../../renderer/templates/form-state';
import { diagnosticText } from '../../../renderer/i18n/diagnostic-text';

const readyMadeDir = resolve(import.meta.dirname, '../../../main/templates');

function catalog() {
  return new TemplateCatalog(mkdtempSync(join(tmpdir(), 'rd-templates-ui-')), readyMadeDir);
}

function acmeForm(name = 'Acme Desk') {
  const form = blankForm();
  form.general.name = name;
  form.authentication.method = 'basic';
  form.authentication.base64EncodedCredential = '{{.api_key}}:X';
  form.authentication.customFields.push({ type: 'string', name: 'domain', title: 'Domain', options: '' }, { type: 'password', name: 'api_key', title: 'API key', options: '' });
  form.contactSearch.contactTypes.push({ name: 'Contacts', matchUrl: 'https://{{.domain}}/api/contacts?phone={{.Phone}}' });
  form.contactSearch.fields.ContactsId = { enabled: true, path: 'data.#.id' };
  form.contactSearch.fields.FirstName = { enabled: true, path: 'data.#.first_name' };
  form.contactSearch.fields.BusinessNumber = { enabled: true, path: 'data.#.phone' };
  return form;
}

describe('the template catalogue behind the Templates screen', () => {
  it('adds a template from the form, lists it, and gives back XML that parses to the same form', () => {
    const c = catalog();
    const saved = c.add({ form: acmeForm() });
    expect(saved.ok).toBe(true);
    const list = c.list();
    expect(list.limit).toBe(10);
    expect(list.templates.map((t) => t.name)).toEqual(['Acme Desk']);
    const key = list.templates[0]?.key ?? '';
    const detail = c.get({ kind: 'custom', key });
    expect(detail.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(detail.xml).toContain('URLFormat="https://{{.domain}}/api/contacts?phone={{.Phone}}"');
    const download = c.download(key);
    expect(download.fileName).toBe('Acme-Desk.xml');
    expect(download.xml).toBe(detail.xml);
  });

  it('edits through the form without losing what the form does not show', () => {
    const c = catalog();
    const xml = readFileSync(join(readyMadeDir, 'zendesk.xml'), 'utf8');
    const saved = c.add({ xml, fileName: 'zendesk.xml' });
    if (!saved.ok) throw new Error(saved.message.message);
    const form = formOf(c, saved.summary.key);
    form.general.remark = 'Edited remark';
    const edited = c.update({ key: saved.summary.key, form });
    expect(edited.ok).toBe(true);
    const after = c.get({ kind: 'custom', key: saved.summary.key }).xml;
    expect(after).toContain('Remark="Edited remark"');
    // The TokenErrorMap parameter and the UpdateTicket request are not in the form; they survive.
    expect(after).toContain('Father="TokenErrorMap"');
    expect(after).toContain('<Request Name="UpdateTicket"');
  });

  it('answers a refused save with the diagnostics at their lines, not an exception', () => {
    const c = catalog();
    const broken = '<?xml version="1.0"?>\n<Information Provider="helpdesk" Name="Broken">\n  <Scenarios>\n    <Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="digest"/></Parameters></Scenario>\n  </Scenarios>\n</Information>\n';
    const result = c.upload({ fileName: 'broken.xml', content: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.message).toMatch(/^template rejected: broken\.xml:4:/);
    // Coded, with the finding behind it as its cause: the screen shows it in the UI language.
    expect(result.message).toMatchObject({ code: 'template.rejected', params: { file: 'broken.xml', line: 4 }, cause: { code: 'auth.badMethod' } });
    expect(renderProblem(result.message, 'zh-CN')).toMatch(/^模板被拒绝：broken\.xml:4:\d+：AuthMethod 必须是 .* 之一；实际为 "digest"$/);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.line === 4)).toBe(true);
    expect(c.lint(broken).some((d) => d.line === 4 && /digest/.test(d.message))).toBe(true);
    expect(c.lint('<Information>\n<Scenarios>\n</Information>')[0]).toMatchObject({ severity: 'error', line: 3 });
  });

  it("sends each finding's code and params, so the screen can show it in the UI language", () => {
    const broken = '<?xml version="1.0"?>\n<Information Provider="helpdesk" Name="Broken">\n  <Scenarios>\n    <Scenario Id="AuthMethod" Type="AUTH"><Parameters><Parameter Name="AuthMethod" Value="digest"/></Parameters></Scenario>\n  </Scenarios>\n</Information>\n';
    const finding = catalog().lint(broken).find((d) => d.line === 4 && /digest/.test(d.message));
    expect(finding?.code).toMatch(/\w/);
    const english = diagnosticText({ message: finding?.message ?? '', code: finding?.code, params: finding?.params }, 'en');
    const chinese = diagnosticText({ message: finding?.message ?? '', code: finding?.code, params: finding?.params }, 'zh-CN');
    expect(english).toBe(finding?.message);
    expect(chinese).not.toBe(english);
    expect(chinese).toContain('digest');
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps at most ten custom templates and says so', () => {
    const c = catalog();
    for (let i = 1; i <= 10; i++) expect(c.add({ form: acmeForm(`Desk ${i}`) }).ok).toBe(true);
    const eleventh = c.add({ form: acmeForm('Desk 11') });
    expect(eleventh).toMatchObject({ ok: false, message: { code: 'template.limit', params: { max: 10 }, message: expect.stringMatching(/at most 10 custom templates/) } });
  });

  it('deletes several at once, and none when one of them does not exist', () => {
    const c = catalog();
    const keys = ['One', 'Two', 'Three'].map((name) => {
      const r = c.add({ form: acmeForm(name) });
      if (!r.ok) throw new Error(r.message.message);
      return r.summary.key;
    });
    expect(() => c.delete([keys[0] ?? '', 'missing-key'])).toThrow(/missing-key.*nothing was deleted/);
    expect(c.list().templates).toHaveLength(3);
    expect(c.delete([keys[0] ?? '', keys[1] ?? '']).deleted).toHaveLength(2);
    expect(c.list().templates.map((t) => t.name)).toEqual(['Three']);
  });

  it('lists the ready-made templates and installs one once', () => {
    const c = catalog();
    const ids = c.readyMade().map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['zendesk', 'freshdesk', 'zoho-desk', 'hubspot', 'request-tracker']));
    expect(c.install('zendesk')).toMatchObject({ ok: true, summary: { name: 'Zendesk' } });
    expect(c.readyMade().find((r) => r.id === 'zendesk')?.installed).toBe(true);
    expect(c.install('zendesk')).toMatchObject({ ok: false, message: { code: 'template.keyExists', message: expect.stringMatching(/already exists/) } });
  });

  it('stores a logo given as base64 and shows it as a data URL; refuses one that is not an image', () => {
    const c = catalog();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');
    const saved = c.add({ form: acmeForm(), logo: { base64: png } });
    expect(saved.ok && saved.summary.logo?.startsWith('data:image/png;base64,')).toBe(true);
    const refused = c.add({ form: acmeForm('Other'), logo: { base64: Buffer.from('GIF89a').toString('base64') } });
    expect(refused).toMatchObject({ ok: false, message: { code: 'template.logoNotImage', message: expect.stringMatching(/PNG or JPEG/) } });
  });

  it('notes the scenarios Ringdesk does not run', () => {
    const c = catalog();
    const xml = readFileSync(join(readyMadeDir, 'zendesk.xml'), 'utf8').replace('</Scenarios>', '<Scenario Id="SendSms" Type="REST"><Requests/></Scenario></Scenarios>');
    const saved = c.add({ xml });
    expect(saved.ok && saved.summary.unusedScenarios).toEqual(['SendSms']);
  });
});

/** What the form shows for a stored template. */
function formOf(c: TemplateCatalog, key: string): TemplateForm {
  const { template } = parseTemplate(c.get({ kind: 'custom', key }).xml, { validate: false });
  if (!template) throw new Error('stored template does not parse');
  return formFromTemplate(template);
}

describe('the templates channels', () => {
  const dispatcherFor = (c: TemplateCatalog) => createDispatcher(templateHandlers(c, { region: () => 'US', now: () => Date.UTC(2026, 0, 2, 3, 4, 5) }) as unknown as Handlers);

  it('name the offending field of a malformed request', async () => {
    const d = dispatcherFor(catalog());
    const outcome = await d.invoke('templates.delete', { keys: ['../etc'] });
    expect(outcome).toMatchObject({ ok: false, error: { name: 'ContractError', fields: ['keys.0'] } });
    const form = await d.invoke('templates.add', { form: { ...acmeForm(), general: { name: 'x'.repeat(3000), maxConcurrentRequests: '5', remark: '', logo: '' } } });
    expect(form.ok).toBe(false);
    const upload = await d.invoke('templates.upload', { fileName: 'a.xml', content: '<Information/>', logo: { base64: 'not base64!' } });
    expect(upload).toMatchObject({ ok: false, error: { fields: ['logo.base64'] } });
  });

  it('run a dry run for a ready-made template', async () => {
    const d = dispatcherFor(catalog());
    const outcome = await d.invoke('templates.dryRun', {
      template: { kind: 'readyMade', id: 'zendesk' },
      scenario: 'SyncContactAuto',
      call: { direction: 'inbound', remoteNumber: '+14155550100', remoteName: 'Ada', localNumber: '1001', localName: 'Agent', ringSeconds: 3, talkSeconds: 0 },
      fields: { subdomain: 'acme', email: 'a@acme.test', api_token: 'tok-secret-9' },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const result = outcome.result as { requests: { url: string; headers: { name: string; value: string }[] }[] };
    expect(result.requests[0]?.url).toBe('https://acme.zendesk.com/api/v2/users/search.json?query=%2B14155550100');
    expect(JSON.stringify(outcome.result)).not.toContain('tok-secret-9');
    expect(result.requests[0]?.headers).toContainEqual({ name: 'Authorization', value: 'Basic ***' });
  });
});
