// The Templates screen end to end: the built renderer in Chromium against the
// real browser host, in English and in Simplified Chinese. An admin adds a
// template through the form, downloads it, deletes it, uploads the file
// again, sees a broken edit's diagnostic at its line, installs a ready-made
// template, tries GJSON paths and dry-runs a scenario.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../renderer/i18n/i18n';
import { problem, renderProblem } from '../../../shared/i18n/problem';
import { startHostProcess } from '../../support/browser-host';
import type { RunningHost } from '../../support/browser-host';
import { chromiumAvailable, launchChromium } from '../../support/chromium';
import { expectAccessible, expectNoOverflow, screenshotScreen, VIEWPORTS } from '../../support/screens';
import { addThroughForm, deleteOne, download, labels, openTab, openTemplates, upload } from './templates-walk';

const tools = chromiumAvailable();
let browser: Browser;
const hosts: RunningHost[] = [];

async function openApp(locale: Locale): Promise<{ page: Page; problems: string[] }> {
  const host = await startHostProcess(mkdtempSync(join(tmpdir(), 'rd-e2e-templates-')));
  hosts.push(host);
  const page = await browser.newPage({ viewport: VIEWPORTS.main });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(host.url);
  await page.getByRole('navigation').waitFor();
  await page.evaluate(async (language) => {
    const api = (window as unknown as { ringdesk: { invoke(c: string, p: unknown): Promise<unknown> } }).ringdesk;
    await api.invoke('settings.set', { general: { language, theme: 'light' } });
  }, locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  return { page, problems };
}

describe.skipIf(!tools.ok)(`the Templates screen ${tools.reason}`, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });

  describe.each(['en', 'zh-CN'] as const)('in %s', (locale) => {
    const t = labels(locale);
    const shots = locale === 'en';

    it('adds a template through the form, downloads it, deletes it, uploads it again and shows a broken edit at its line', async () => {
      const { page, problems } = await openApp(locale);
      await openTemplates(page, t);
      await page.getByText(t('templates.none')).waitFor();
      await expectAccessible(page, 'the empty template list');

      await addThroughForm(page, t);
      const item = page.getByRole('listitem', { name: 'Acme Desk' });
      expect(await item.textContent()).toContain('Acme helpdesk, contacts and tickets');
      if (shots) await screenshotScreen(page, 'templates-list');
      await page.setViewportSize(VIEWPORTS.main);
      await expectAccessible(page, 'the template list');

      const file = await download(page, t, 'Acme Desk');
      expect(file.fileName).toBe('Acme-Desk.xml');
      expect(file.xml).toContain('Name="Acme Desk"');
      expect(file.xml).toContain('URLFormat="https://{{.domain}}/api/contacts?phone={{UrlEncode .Phone}}"');
      expect(file.xml).toContain('<Parameter Father="CustomFieldList" Name="api_key" Editor="password" Title="API key"/>');
      expect(file.xml).toContain('<Parameter Name="BusinessNumberEnable" Value="1"/>');
      expect(file.xml).toMatch(/CreateNewTicket="1"/);

      await deleteOne(page, t, 'Acme Desk');
      await page.getByText(t('templates.none')).waitFor();
      await upload(page, t, file.fileName, file.xml);
      await page.getByRole('status').filter({ hasText: t('templates.uploaded', { name: 'Acme Desk' }) }).waitFor();
      await page.getByRole('listitem', { name: 'Acme Desk' }).waitFor();

      // The same file again: refused, and the reason (main's, coded) names the Key, in the UI's language.
      await upload(page, t, file.fileName, file.xml);
      const [existsHead = '', existsTail = ''] = renderProblem(problem('template.keyExists', { file: file.fileName, key: '@' }), locale).split('@');
      const exists = page.getByRole('status').filter({ hasText: existsHead }).filter({ hasText: existsTail });
      await exists.waitFor();
      if (locale === 'zh-CN') expect(await exists.textContent()).toMatch(/Key 为 \S+ 的模板已存在/);

      // A broken file: refused at its line, main's reason and the finding both in the UI's language.
      const broken = file.xml.replace(/(<Parameter Name="AuthMethod" Value=")\w+"/, '$1digest"');
      expect(broken).not.toBe(file.xml);
      await upload(page, t, 'broken.xml', broken);
      const refusal = page.getByRole('status').filter({ hasText: 'broken.xml' });
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(
        locale === 'zh-CN' ? /模板被拒绝：broken\.xml:\d+:\d+：AuthMethod 必须是 .* 之一；实际为 "digest"/ : /template rejected: broken\.xml:\d+:\d+: AuthMethod must be one of .*; found "digest"/,
      );

      // XML that cannot be read at all: refused with the scanner's finding, also in the UI's language.
      await upload(page, t, 'cut.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<Information Provider="helpdesk" Name="Cut">\n  <Scenarios>\n');
      const cut = page.getByRole('status').filter({ hasText: 'cut.xml' });
      await cut.waitFor();
      expect(await cut.textContent()).toMatch(locale === 'zh-CN' ? /模板被拒绝：cut\.xml:3:3：<Scenarios> 从未关闭/ : /template rejected: cut\.xml:3:3: <Scenarios> is never closed \(end of file reached\)/);
      if (locale === 'en') {
        // The refusal on screen follows a change of language, as everything else does.
        await page.evaluate(() => (window as unknown as { ringdesk: { invoke(c: string, p: unknown): Promise<unknown> } }).ringdesk.invoke('settings.set', { general: { language: 'zh-CN' } }));
        await expect.poll(() => cut.textContent()).toMatch(/模板被拒绝：cut\.xml:3:3：<Scenarios> 从未关闭/);
        await page.evaluate(() => (window as unknown as { ringdesk: { invoke(c: string, p: unknown): Promise<unknown> } }).ringdesk.invoke('settings.set', { general: { language: 'en' } }));
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }

      // A broken edit in the XML view is marked at its line.
      await page.getByRole('button', { name: t('templates.viewXmlNamed', { name: 'Acme Desk' }) }).click();
      const xmlBox = page.getByLabel(t('templates.xml.label'));
      await expect.poll(() => xmlBox.inputValue()).toContain('Acme Desk');
      const lines = (await xmlBox.inputValue()).split('\n');
      const brokenLine = lines.findIndex((l) => l.includes('Name="AuthMethod"')) + 1;
      expect(brokenLine).toBeGreaterThan(1);
      lines[brokenLine - 1] = (lines[brokenLine - 1] ?? '').replace('Value="basic"', 'Value="digest"');
      await xmlBox.fill(lines.join('\n'));
      const marker = page.locator(`.xml-line-no.mark-error[data-line="${brokenLine}"]`);
      await marker.waitFor();
      const at = t('templates.xml.at', { line: brokenLine, column: '@' }).split('@')[0] ?? '';
      const diagnostic = page.getByRole('button', { name: new RegExp(`${at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+.*digest`) });
      await diagnostic.click();
      // Choosing the diagnostic puts the caret on its line.
      const caretLine = await xmlBox.evaluate((el) => (el as HTMLTextAreaElement).value.slice(0, (el as HTMLTextAreaElement).selectionStart).split('\n').length);
      expect(caretLine).toBe(brokenLine);
      if (shots) await screenshotScreen(page, 'templates-xml-diagnostics', { fullPage: false });
      await page.setViewportSize(VIEWPORTS.main);
      await expectAccessible(page, 'the XML view');
      await page.getByRole('button', { name: t('templates.editor.save') }).click();
      await page.getByRole('alert').filter({ hasText: t('templates.refused', { message: '' }) }).waitFor();
      await page.getByRole('button', { name: t('templates.editor.back') }).click();

      // The form view of the stored template shows what was saved.
      await page.getByRole('button', { name: t('templates.editNamed', { name: 'Acme Desk' }) }).click();
      await expect.poll(() => page.getByLabel(t('templates.form.name'), { exact: true }).inputValue()).toBe('Acme Desk');
      expect(await page.getByLabel(t('templates.form.pathOf', { field: t('templates.field.BusinessNumber') }), { exact: true }).inputValue()).toBe('contacts.#.phone,contacts.#.mobile');
      if (shots) await screenshotScreen(page, 'templates-form', { viewports: ['main'] });
      await page.setViewportSize(VIEWPORTS.main);
      await expectAccessible(page, 'the template form');
      await page.getByRole('button', { name: t('templates.editor.back') }).click();

      // Delete several at once (select, Delete selected, confirm).
      await openTab(page, t, 'readyMade');
      await page.getByRole('button', { name: t('templates.readyMade.installNamed', { name: 'Zendesk' }) }).click();
      await page.getByRole('status').filter({ hasText: t('templates.installed', { name: 'Zendesk' }) }).waitFor();
      await openTab(page, t, 'custom');
      await page.getByLabel(t('templates.select', { name: 'Acme Desk' })).check();
      await page.getByLabel(t('templates.select', { name: 'Zendesk' })).check();
      await page.getByRole('button', { name: t('templates.deleteSelected', { count: 2 }) }).click();
      await page.getByRole('dialog').getByRole('button', { name: t('templates.confirm') }).click();
      await page.getByText(t('templates.none')).waitFor();
      expect(problems).toEqual([]);
    });

    it('installs a ready-made template, tests GJSON paths and dry-runs a scenario without showing secrets', async () => {
      const { page, problems } = await openApp(locale);
      await openTemplates(page, t);
      await openTab(page, t, 'readyMade');
      await page.getByRole('button', { name: t('templates.readyMade.installNamed', { name: 'Zendesk' }) }).click();
      await page.getByRole('status').filter({ hasText: t('templates.installed', { name: 'Zendesk' }) }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: t('templates.readyMade.installNamed', { name: 'Zendesk' }) }).isDisabled()).toBe(true);
      await expectAccessible(page, 'the ready-made list');
      if (shots) await screenshotScreen(page, 'templates-ready-made', { viewports: ['main'] });
      await page.setViewportSize(VIEWPORTS.main);

      await openTab(page, t, 'pathTester');
      await page.getByLabel(t('pathTester.json')).fill(JSON.stringify({ users: [{ id: 7, name: 'Ada', phone: null, mobile: '+44 20 7946 0000' }] }, null, 2));
      const path = page.getByLabel(t('pathTester.path'));
      await path.fill('users.#.phone,users.#.mobile');
      await page.getByTestId('path-reads').filter({ hasText: '+44 20 7946 0000' }).waitFor();
      const second = page.getByRole('listitem', { name: t('pathTester.alternative', { n: 2 }) });
      expect(await second.textContent()).toContain(t('pathTester.used'));
      await path.fill('users.#(name=="Ada").id');
      await page.getByTestId('path-reads').filter({ hasText: t('pathTester.reads', { value: '7' }) }).waitFor();
      await path.fill('users.#.nothing');
      await page.getByTestId('path-reads').filter({ hasText: t('pathTester.readsNothing') }).waitFor();
      await path.fill('users.#(mobile=="{{.Phone}}").name');
      await page.getByLabel(t('pathTester.phone')).fill('+44 20 7946 0000');
      await page.getByTestId('path-reads').filter({ hasText: t('pathTester.reads', { value: 'Ada' }) }).waitFor();
      await expectAccessible(page, 'the path tester');
      if (shots) await screenshotScreen(page, 'templates-path-tester');
      await page.setViewportSize(VIEWPORTS.main);

      await openTab(page, t, 'dryRun');
      await page.getByLabel(t('dryRun.template'), { exact: true }).selectOption({ label: 'Zendesk' });
      await expect.poll(async () => (await page.getByLabel(t('dryRun.scenario'), { exact: true }).locator('option').allTextContents()).join(',')).toContain('CreateNewTicket');
      await page.getByLabel(t('dryRun.scenario'), { exact: true }).selectOption('CreateNewTicket');
      await page.getByLabel(t('dryRun.remoteName')).fill('Bob "x", "status":"closed');
      await page.getByLabel('Zendesk subdomain (the part before .zendesk.com)').fill('acme');
      await page.getByLabel('Agent email').fill('agent@acme.test');
      await page.getByLabel('API token').fill('zd-secret-token-123');
      await page.getByRole('button', { name: t('dryRun.run') }).click();
      const ticket = page.getByRole('article', { name: 'CreateNewTicket/CreateNewTicket' });
      await ticket.waitFor();
      const text = (await ticket.textContent()) ?? '';
      expect(text).toContain('POST');
      expect(text).toContain('https://acme.zendesk.com/api/v2/tickets.json');
      expect(text).toContain('Basic ***');
      // The hostile caller name stays inside one JSON string.
      const body = await ticket.locator('pre.body').textContent();
      expect(JSON.parse(body ?? '').ticket.subject).toContain('Bob "x", "status":"closed');
      // Only the password input itself holds it; nothing rendered from the result does.
      expect(await page.locator('.dry-run-results').textContent()).not.toContain('zd-secret-token-123');
      await page.getByRole('article', { name: 'CreateNewTicket/UpdateTicket' }).filter({ hasText: '/tickets/sample-TicketId.json' }).waitFor();
      await expectAccessible(page, 'the dry run');
      if (shots) await screenshotScreen(page, 'templates-dry-run');
      await expectNoOverflow(page, 'the dry run at the call window size');
      expect(problems).toEqual([]);
    });
  });
});
