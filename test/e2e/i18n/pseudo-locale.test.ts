// Proof that every screen speaks only through the catalogue: the built
// renderer in Chromium against the real browser host, opened with
// `?pseudo=1` (the en-XA pseudo-locale wraps every message in ⟦…⟧). The walk
// opens every screen, tab and dialog, and the call-only window with a
// simulated call, and at each stop fails on any visible text or translatable
// attribute outside a message (user data is marked translate="no"), and on
// anything the longer pseudo strings push out of the window.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../renderer/i18n/i18n';
import { startHostProcess } from '../../support/browser-host';
import type { RunningHost } from '../../support/browser-host';
import { chromiumAvailable, launchChromium } from '../../support/chromium';
import { overflowProblems, SCREENSHOT_DIR, settle, VIEWPORTS } from '../../support/screens';
import { untranslatedText } from './untranslated';

const tools = chromiumAvailable();
const t = translator('en-XA');
let browser: Browser;
let host: RunningHost | undefined;

/** Everything found on the way, once each with the first stop it was seen at; asserted at the end so one run lists every gap. */
const findings = new Map<string, string>();
const found = (stop: string, what: string) => findings.has(what) || findings.set(what, stop);
const pageErrors: string[] = [];

async function open(url: string, viewport: keyof typeof VIEWPORTS): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.lang === 'en-XA');
  return page;
}

/** One stop of the walk: text outside the catalogue, and overflow at this window's size; a screenshot for a person to look at. */
async function inspect(page: Page, stop: string): Promise<void> {
  await settle(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `pseudo-${stop.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.png`), fullPage: true });
  for (const f of await untranslatedText(page)) found(stop, `${f.where}: ${JSON.stringify(f.text)}`);
  for (const p of await overflowProblems(page)) found(stop, `overflow: ${p}`);
}

async function goTo(page: Page, screen: 'phone' | 'templates' | 'integration' | 'features' | 'accounts' | 'settings', heading: string): Promise<void> {
  await page.getByRole('link', { name: t(`nav.${screen}`) }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

const card = (page: Page, caller: string) => page.getByRole('region', { name: t('call.card', { caller }) });

describe.skipIf(!tools.ok)(`every screen in the pseudo-locale ${tools.reason}`, () => {
  beforeAll(async () => {
    browser = await launchChromium();
    host = await startHostProcess(mkdtempSync(join(tmpdir(), 'rd-e2e-pseudo-')));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('the check finds hand-written text and attributes, and leaves messages and translate="no" alone', async () => {
    const page = await browser.newPage();
    await page.setContent(`<main>
      <p>⟦Ĥéĺĺö·⟧</p><p>Written by hand</p><p translate="no">Ada Lovelace</p>
      <div translate="no"><span translate="yes">Opted back in</span></div>
      <button aria-label="Close">⟦x⟧</button><input placeholder="⟦Ñåɱé⟧"><img alt="Logo" src="data:,">
      <p hidden>Not shown</p><select><option>Option by hand</option></select><p>42 · +1 415</p><p>5 · ⟦⟧</p>
    </main>`);
    const found = (await untranslatedText(page)).map((f) => f.text);
    await page.close();
    expect(found.sort()).toEqual(['5 · ⟦⟧', 'Close', 'Logo', 'Opted back in', 'Option by hand', 'Written by hand']);
  });

  it('shows no text outside the catalogue and nothing overflows, on every screen, tab, dialog and the call window', async () => {
    if (!host) throw new Error('the host did not start');
    const main = await open(`${host.url}&pseudo=1`, 'main');
    await main.getByRole('navigation').waitFor();

    // First run: Settings with the demo offer.
    await main.getByRole('heading', { name: t('demo.title') }).waitFor();
    await inspect(main, 'first run (demo offer)');
    await main.getByRole('button', { name: t('demo.try') }).click();
    await main.getByRole('heading', { name: t('demo.runningTitle') }).waitFor();
    await inspect(main, 'demo running');

    // The call-only window, idle, then through a simulated call.
    const win = await open(`${host.url}&window=call&pseudo=1`, 'call');
    await win.getByText(t('call.idle')).waitFor();
    await inspect(win, 'call window idle');
    await main.getByLabel(t('demo.caller')).selectOption({ index: 0 });
    await main.getByRole('button', { name: t('demo.simulate') }).click();
    const ringing = card(win, 'Ada Lovelace');
    await ringing.getByRole('listitem', { name: 'Ada Lovelace' }).waitFor();
    await inspect(win, 'call window ringing');
    await inspect(main, 'main window with a ringing call');
    await ringing.getByRole('button', { name: t('phone.answer') }).click();
    await expect.poll(() => ringing.getAttribute('data-state')).toBe('answered');
    await inspect(win, 'call window talking');
    await ringing.getByRole('button', { name: t('phone.hangup') }).click();
    await expect.poll(() => win.locator('.chip[data-task="journal"]').getAttribute('data-status')).toBe('done');
    await inspect(win, 'call window ended');
    await win.setViewportSize(VIEWPORTS.main);
    await inspect(win, 'call window ended (main size)');
    await win.setViewportSize(VIEWPORTS.call);

    // An unknown number: the create-contact form.
    await main.getByLabel(t('demo.caller')).selectOption({ index: 3 });
    await main.getByRole('button', { name: t('demo.simulate') }).click();
    const unknown = card(win, '+1 415 555 0123');
    await unknown.getByRole('button', { name: t('call.createContact') }).click();
    await unknown.getByRole('form', { name: t('call.createContact') }).waitFor();
    await inspect(win, 'call window: create contact');
    await unknown.getByRole('button', { name: t('phone.decline') }).click();
    await expect.poll(() => unknown.getAttribute('data-state')).toBe('ended');

    // Phone: recent calls with a call's activity, and dial search.
    await goTo(main, 'phone', t('phone.title'));
    const recent = main.locator('section.recent');
    await recent.getByRole('button', { name: /Ada Lovelace/ }).click();
    await recent.getByText('CallJournal · CallJournal').waitFor();
    await main.getByLabel(t('phone.number')).fill('555 0134');
    await main.getByRole('list', { name: t('dial.matches') }).getByRole('button', { name: /Ada Lovelace/ }).waitFor();
    await inspect(main, 'phone');

    // Templates: list, add form, ready-made, edit form, XML view, delete confirmation, path tester, dry run.
    await goTo(main, 'templates', t('templates.title'));
    await inspect(main, 'templates: custom list');
    await main.getByRole('button', { name: t('templates.add') }).click();
    await main.getByRole('heading', { name: t('templates.editor.new') }).waitFor();
    await inspect(main, 'templates: add template');
    await main.getByRole('button', { name: t('templates.editor.back') }).click();
    await main.getByRole('tab', { name: t('templates.tab.readyMade') }).click();
    await main.getByRole('button', { name: t('templates.readyMade.installNamed', { name: 'Zendesk' }) }).click();
    await main.getByRole('status').filter({ hasText: t('templates.installed', { name: 'Zendesk' }) }).waitFor();
    await inspect(main, 'templates: ready-made');
    await main.getByRole('tab', { name: t('templates.tab.custom') }).click();
    await main.getByRole('listitem', { name: 'Zendesk' }).waitFor();
    await inspect(main, 'templates: list with templates');
    await main.getByRole('button', { name: t('templates.editNamed', { name: 'Zendesk' }) }).click();
    await expect.poll(() => main.getByLabel(t('templates.form.name'), { exact: true }).inputValue()).toBe('Zendesk');
    await inspect(main, 'templates: edit form');
    await main.getByRole('button', { name: t('templates.editor.xml') }).click();
    await expect.poll(() => main.getByLabel(t('templates.xml.label')).inputValue()).toContain('Zendesk');
    await inspect(main, 'templates: XML view');
    await main.getByRole('button', { name: t('templates.editor.back') }).click();
    await main.getByRole('button', { name: t('templates.deleteNamed', { name: 'Zendesk' }) }).click();
    await main.getByRole('dialog').waitFor();
    await inspect(main, 'templates: delete confirmation');
    await main.getByRole('dialog').getByRole('button', { name: t('templates.cancel') }).click();

    await main.getByRole('tab', { name: t('templates.tab.pathTester') }).click();
    await main.getByLabel(t('pathTester.json')).fill(JSON.stringify({ users: [{ id: 7, name: 'Ada', phone: null, mobile: '+44 20 7946 0000' }] }, null, 2));
    await main.getByLabel(t('pathTester.path')).fill('users.#.phone,users.#.mobile');
    await main.getByTestId('path-reads').filter({ hasText: '+44 20 7946 0000' }).waitFor();
    await inspect(main, 'templates: path tester');

    await main.getByRole('tab', { name: t('templates.tab.dryRun') }).click();
    await main.getByLabel(t('dryRun.template'), { exact: true }).selectOption({ label: 'Zendesk' });
    await expect.poll(async () => (await main.getByLabel(t('dryRun.scenario'), { exact: true }).locator('option').allTextContents()).join(',')).toContain('CreateNewTicket');
    await main.getByLabel(t('dryRun.scenario'), { exact: true }).selectOption('CreateNewTicket');
    await main.getByRole('button', { name: t('dryRun.run') }).click();
    await main.getByRole('article', { name: 'CreateNewTicket/CreateNewTicket' }).waitFor();
    await inspect(main, 'templates: dry run');

    // Integration (the demo's template and its fields), Features with the variable reference, Accounts, Settings.
    await goTo(main, 'integration', t('integration.title'));
    await inspect(main, 'integration');
    await goTo(main, 'features', t('features.title'));
    await main.getByText(t('features.variables')).first().click();
    await main.getByText(t('var.Call_From')).first().waitFor();
    await inspect(main, 'features with the variable reference');
    await goTo(main, 'accounts', t('accounts.title'));
    await inspect(main, 'accounts');
    await main.getByRole('button', { name: t('accounts.add') }).click();
    await main.getByRole('heading', { name: t('accounts.form.titleNew') }).waitFor();
    await inspect(main, 'accounts: add account');
    await goTo(main, 'settings', t('settings.title'));
    await inspect(main, 'settings');

    // The call window again at the end: a call in the list of ended calls.
    await inspect(win, 'call window after the walk');

    expect([...findings].map(([what, stop]) => `${stop}: ${what}`), 'text outside the catalogue, or overflow, in en-XA').toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
