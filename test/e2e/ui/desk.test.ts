// The agent's and admin's screens end to end, in English and in Simplified
// Chinese: the built renderer in Chromium against the real browser host.
// A newcomer tries the demo and takes a simulated call in the call window
// (contact card, popup link, ticket created, journal sent), creates a contact
// for an unknown number; an admin connects with basic auth and with OAuth2
// (following the consent link in a new page) against the helpdesk test
// server, retries a journal the helpdesk refused, and looks a caller up again after a failed lookup.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Translate } from '../../../renderer/i18n/i18n';
import { startHostProcess } from '../../support/browser-host';
import type { RunningHost } from '../../support/browser-host';
import { chromiumAvailable, launchChromium } from '../../support/chromium';
import { HelpdeskServer } from '../../helpdesk/server';
import { checkScreen, expectNoPageErrors, fixtureTemplate, goTo, invoke, labels, openCallWindow, openMainWindow } from './desk-walk';

const tools = chromiumAvailable();
let browser: Browser;
const hosts: RunningHost[] = [];
const helpdesks: HelpdeskServer[] = [];

async function startHost(): Promise<RunningHost> {
  const host = await startHostProcess(mkdtempSync(join(tmpdir(), 'rd-e2e-ui-')));
  hosts.push(host);
  return host;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const card = (page: Page, t: Translate, caller: string) => page.getByRole('region', { name: t('call.card', { caller }) });
const chip = (page: Page, kind: 'ticket' | 'journal') => page.locator(`.chip[data-task="${kind}"]`);

describe.skipIf(!tools.ok)(`the agent's and admin's screens ${tools.reason}`, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
    for (const h of helpdesks) await h.close();
  });

  describe.each(['en', 'zh-CN'] as const)('in %s', (locale: Locale) => {
    const t = labels(locale);
    const shot = (name: string) => `desk-${name}-${locale}`;

    /** Installs the basic-auth test template and fills the Integration screen's connection form for `helpdesk`. */
    const fillBasicConnection = async (page: Page, helpdesk: HelpdeskServer, password: string) => {
      expect(await invoke(page, 'templates.upload', { fileName: 'helpdesk-test-basic.xml', content: fixtureTemplate('helpdesk-test-basic.xml') })).toMatchObject({ ok: true });
      await goTo(page, t, 'integration', t('integration.title'));
      await page.getByLabel(t('integration.template')).selectOption({ label: 'Helpdesk Test (basic)' });
      await page.getByLabel('Helpdesk URL').fill(helpdesk.url);
      await page.getByLabel('Username').fill('agent');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: t('integration.connect') }).click();
    };
    const waitConnected = (page: Page) =>
      expect.poll(() => page.getByRole('status', { name: t('integration.stateLabel') }).textContent()).toBe(t('integration.state.connected'));

    it('a newcomer tries the demo: a simulated call shows the contact, pops its page, creates a ticket and sends the journal', async () => {
      const host = await startHost();
      const main = await openMainWindow(browser, host, locale);
      const { page } = main;
      await page.getByRole('heading', { name: t('demo.title') }).waitFor();
      await checkScreen(page, shot('first-run'), 'main', true);
      await page.getByRole('button', { name: t('demo.try') }).click();
      await page.getByRole('heading', { name: t('demo.runningTitle') }).waitFor();

      const callWindow = await openCallWindow(browser, host, locale);
      const win = callWindow.page;
      await checkScreen(win, shot('call-window-idle'), 'call', true);

      await page.getByLabel(t('demo.caller')).selectOption({ index: 0 });
      await page.getByRole('button', { name: t('demo.simulate') }).click();

      // The call window: caller, matched contact with type, company and fields, the popup link.
      const ringing = card(win, t, 'Ada Lovelace');
      await ringing.getByRole('listitem', { name: 'Ada Lovelace' }).waitFor();
      expect(await ringing.textContent()).toContain('Analytical Engines Ltd');
      expect(await ringing.textContent()).toContain('Head of Operations');
      expect(await ringing.locator('.type-badge').first().textContent()).toBe('Contacts');
      const popup = ringing.getByRole('link', { name: t('call.openContactOf', { name: 'Ada Lovelace' }) });
      const popupUrl = await popup.getAttribute('href');
      expect(popupUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/contacts\/\d+$/);
      await checkScreen(win, shot('call-window-ringing'), 'call', true);

      // The agent follows the popup: the demo helpdesk's contact page opens in a new tab.
      const [contactPage] = await Promise.all([win.context().waitForEvent('page'), popup.click()]);
      await contactPage.waitForLoadState();
      expect(await contactPage.locator('h1').textContent()).toContain('Ada Lovelace');
      await contactPage.close();
      // Followed: the link no longer repeats the card's own "Open contact" button.
      await expect.poll(() => popup.count()).toBe(0);
      expect(await ringing.getByRole('button', { name: t('call.openContactOf', { name: 'Ada Lovelace' }) }).count()).toBe(1);

      await ringing.getByRole('button', { name: t('phone.answer') }).click();
      await expect.poll(() => ringing.getAttribute('data-state')).toBe('answered');
      await checkScreen(win, shot('call-window-talking'), 'call', true);
      // Alt+H hangs up.
      await win.keyboard.press('Alt+H');
      await expect.poll(() => ringing.getAttribute('data-state')).toBe('ended');
      await expect.poll(() => chip(win, 'ticket').getAttribute('data-status')).toBe('done');
      await expect.poll(() => chip(win, 'journal').getAttribute('data-status')).toBe('done');
      expect(await chip(win, 'ticket').textContent()).toMatch(/#\d+/);
      await checkScreen(win, shot('call-window-ended'), 'call', true);

      // The main window shows the same call, and the Phone screen its activity.
      await card(page, t, 'Ada Lovelace').waitFor();
      await checkScreen(page, shot('main-after-call'), 'main', true);
      await goTo(page, t, 'phone', t('phone.title'));
      const recent = page.getByRole('region', { name: t('phone.recent') }).or(page.locator('section.recent'));
      await recent.getByRole('button', { name: /Ada Lovelace/ }).click();
      await recent.getByText('CreateNewTicket · CreateNewTicket').waitFor();
      await recent.getByText('CallJournal · CallJournal').waitFor();
      // Dial search: the phonebook knows Ada now.
      await page.getByLabel(t('phone.number')).fill('555 0134');
      const hit = page.getByRole('list', { name: t('dial.matches') }).getByRole('button', { name: /Ada Lovelace/ });
      await hit.waitFor();
      await checkScreen(page, shot('phone'), 'main', true);
      await hit.click();
      expect(await page.getByLabel(t('phone.number')).inputValue()).toBe('+1 415 555 0134');
      // Always Query is on: the helpdesk itself is searched as the agent types (contacts.search).
      await page.getByLabel(t('phone.number')).fill('415 555 0199');
      const fromHelpdesk = page.getByRole('list', { name: t('dial.matches') }).getByRole('button', { name: /Grace Hopper/ });
      expect(await fromHelpdesk.textContent()).toContain(t('dial.fromHelpdesk'));

      // An unknown number: create the contact from the call window, names from the caller ID.
      await page.getByLabel(t('demo.caller')).selectOption({ index: 3 });
      await page.getByRole('button', { name: t('demo.simulate') }).click();
      const unknown = card(win, t, '+1 415 555 0123');
      await unknown.getByRole('button', { name: t('call.createContact') }).click();
      const form = unknown.getByRole('form', { name: t('call.createContact') });
      expect(await form.getByLabel(t('call.lastName')).inputValue()).toBe('+1 415 555 0123');
      await form.getByLabel(t('call.firstName')).fill('Katherine');
      await form.getByLabel(t('call.lastName')).fill('Johnson');
      await checkScreen(win, shot('call-window-create-contact'), 'call', true);
      await form.getByRole('button', { name: t('call.create') }).click();
      await unknown.getByRole('listitem', { name: 'Katherine Johnson' }).waitFor();
      await unknown.getByRole('button', { name: t('phone.decline') }).click();
      await expect.poll(() => unknown.getAttribute('data-state')).toBe('ended');

      for (const [screen, heading] of [
        ['integration', t('integration.title')],
        ['features', t('features.title')],
        ['accounts', t('nav.accounts')],
        ['settings', t('settings.title')],
      ] as const) {
        await goTo(page, t, screen, heading);
        await checkScreen(page, shot(screen), 'main', true);
      }
      await page.getByRole('link', { name: t('nav.features') }).click();
      await page.getByText(t('features.variables')).first().click();
      await page.getByText(t('var.Call_From')).first().waitFor();

      expectNoPageErrors(main, 'the main window');
      expectNoPageErrors(callWindow, 'the call window');
    });

    it('an admin connects with basic auth; a journal the helpdesk refused is retried from the call window', async () => {
      const helpdesk = await new HelpdeskServer({ auth: 'basic', username: 'agent', password: 's3cret' }).start();
      helpdesks.push(helpdesk);
      helpdesk.addContact({ first_name: 'Grace', last_name: 'Hopper', phone: '+1 415 555 0199', company: 'Compiler Works' });
      const host = await startHost();
      const { page } = await openMainWindow(browser, host, locale);
      await fillBasicConnection(page, helpdesk, 'wrong');
      await page.getByRole('alert').filter({ hasText: t('integration.failed', { reason: '' }).trim() }).waitFor();
      await page.getByLabel('Password').fill('s3cret');
      await page.getByRole('button', { name: t('integration.connect') }).click();
      await waitConnected(page);
      await checkScreen(page, shot('integration-basic'), 'main', true);

      helpdesk.inject('POST /api/calls', { kind: 'status', status: 422, body: '{"error":"call log rejected"}' }, 1);
      await invoke(page, 'call.simulate', { from: '+1 415 555 0199', name: 'Grace Hopper' });
      const call = card(page, t, 'Grace Hopper');
      await call.getByRole('listitem', { name: 'Grace Hopper' }).waitFor();
      await call.getByRole('button', { name: t('phone.answer') }).click();
      await expect.poll(() => call.getAttribute('data-state')).toBe('answered');
      await call.getByRole('button', { name: t('phone.hangup') }).click();
      await expect.poll(() => chip(page, 'journal').getAttribute('data-status')).toBe('failed');
      await call.getByText('call log rejected').first().waitFor();
      // main's failure is coded: the agent reads it in the UI's language, the helpdesk's reply as it came.
      if (locale === 'zh-CN') {
        await call.locator('.task-failure').filter({ hasText: /POST \S+ -> 服务台返回 HTTP 422：\{"error":"call log rejected"\}/ }).waitFor();
        expect(await call.locator('.call-errors').textContent()).toMatch(/CallJournal：POST \S+ -> 服务台返回 HTTP 422：\{"error":"call log rejected"\}/);
      }
      await checkScreen(page, shot('journal-failed'), 'main', true);
      await call.getByRole('button', { name: t('call.retryOf', { scenario: 'CallJournal' }) }).click();
      await expect.poll(() => chip(page, 'journal').getAttribute('data-status')).toBe('done');
      expect(helpdesk.calls).toHaveLength(1);
      expect(helpdesk.calls[0]?.body.contactId).toBe(helpdesk.contacts[0]?.id);
    });

    it('with the helpdesk failing, a lookup shows as failed (no Create contact) until Retry lookup finds the caller, and a journal waiting for its retry says so', async () => {
      const helpdesk = await new HelpdeskServer({ auth: 'basic', username: 'agent', password: 's3cret' }).start();
      helpdesks.push(helpdesk);
      const host = await startHost();
      const { page } = await openMainWindow(browser, host, locale);
      await fillBasicConnection(page, helpdesk, 's3cret');
      await waitConnected(page);
      const callWindow = await openCallWindow(browser, host, locale);
      const win = callWindow.page;

      helpdesk.inject('GET /api/contacts/search', { kind: 'status', status: 500, body: '{"error":"search is down"}' }, Infinity);
      helpdesk.inject('POST /api/calls', { kind: 'status', status: 500, body: '{"error":"journal store is down"}' }, Infinity);
      await invoke(page, 'call.simulate', { from: '+1 415 555 0177', name: 'Maximiliane Wilhelmina Fernández-Oyarzábal' });
      const call = card(win, t, 'Maximiliane Wilhelmina Fernández-Oyarzábal');
      const failure = call.getByRole('alert').filter({ hasText: t('call.lookupFailed', { reason: '' }).trim() });
      await failure.waitFor();
      expect(await failure.textContent()).toContain('search is down');
      expect(await failure.textContent()).toMatch(locale === 'zh-CN' ? /contacts：GET \S+ -> 服务台返回 HTTP 500：\{"error":"search is down"\}/ : /contacts: GET \S+ -> HTTP 500: \{"error":"search is down"\}/);
      expect(await call.getByText(t('call.noContact')).count()).toBe(0);
      expect(await call.getByRole('button', { name: t('call.createContact') }).count()).toBe(0);
      await checkScreen(win, shot('call-window-lookup-failed'), 'call', true);

      // The helpdesk is back (the journal store still down): Retry lookup finds the caller past the phonebook.
      helpdesk.clearFaults();
      helpdesk.inject('POST /api/calls', { kind: 'status', status: 500, body: '{"error":"journal store is down"}' }, Infinity);
      helpdesk.addContact({ first_name: 'Maximiliane', last_name: 'Fernández-Oyarzábal', phone: '+1 415 555 0177' });
      await call.getByRole('button', { name: t('call.retryLookup') }).click();
      await call.getByRole('listitem', { name: 'Maximiliane Fernández-Oyarzábal' }).waitFor();
      await expect.poll(() => failure.count()).toBe(0);
      expect(await call.getByRole('button', { name: t('call.retryLookup') }).count()).toBe(0);

      await call.getByRole('button', { name: t('phone.answer') }).click();
      await expect.poll(() => call.getAttribute('data-state')).toBe('answered');
      await call.getByRole('button', { name: t('phone.hangup') }).click();
      await expect.poll(() => chip(win, 'journal').getAttribute('data-retrying')).toBe('true');
      expect(await chip(win, 'journal').getAttribute('data-status')).toBe('pending');
      expect(await chip(win, 'journal').textContent()).toBe(t('call.journal.retrying'));
      expect(await call.locator('.task-retry[data-task="journal"]').textContent()).toContain('journal store is down');
      if (locale === 'zh-CN') expect(await call.locator('.task-retry[data-task="journal"]').textContent()).toMatch(/服务台返回 HTTP 500：\{"error":"journal store is down"\}/);
      await checkScreen(win, shot('call-window-journal-retrying'), 'call', true);
      expectNoPageErrors(callWindow, 'the call window');
    });

    it('an admin connects with OAuth2: the stable redirect URI is shown and the consent link is followed in a new page', async () => {
      const helpdesk = await new HelpdeskServer({ auth: 'oauth2', clientId: 'ringdesk-client', clientSecret: 'client-s3cret' }).start();
      helpdesks.push(helpdesk);
      const host = await startHost();
      const { page } = await openMainWindow(browser, host, locale);
      expect(await invoke(page, 'templates.upload', { fileName: 'helpdesk-test-oauth2.xml', content: fixtureTemplate('helpdesk-test-oauth2.xml') })).toMatchObject({ ok: true });
      await goTo(page, t, 'integration', t('integration.title'));
      await page.getByLabel(t('integration.template')).selectOption({ label: 'Helpdesk Test (oauth2)' });
      const redirect = page.getByLabel(t('integration.redirectUri'));
      expect(await redirect.inputValue()).toBe('http://127.0.0.1:47321/callback');
      const port = await freePort();
      await page.getByLabel(t('integration.redirectPort')).fill(String(port));
      await page.getByLabel(t('integration.redirectPort')).blur();
      await expect.poll(() => redirect.inputValue()).toBe(`http://127.0.0.1:${port}/callback`);

      await page.getByLabel('Helpdesk URL').fill(helpdesk.url);
      await page.getByLabel('Client ID').fill('ringdesk-client');
      await page.getByLabel('Client Secret').fill('client-s3cret');
      await page.getByRole('button', { name: t('integration.connect') }).click();
      const consent = page.getByRole('link', { name: t('integration.consentOpen') });
      await consent.waitFor();
      expect(await consent.getAttribute('href')).toContain(encodeURIComponent(`http://127.0.0.1:${port}/callback`));
      await checkScreen(page, shot('integration-oauth2-consent'), 'main', true);
      const [signIn] = await Promise.all([page.context().waitForEvent('page'), consent.click()]);
      await signIn.waitForLoadState();
      await expect.poll(() => signIn.textContent('body')).toContain('Ringdesk is connected');
      await signIn.close();
      await expect.poll(() => page.getByRole('status', { name: t('integration.stateLabel') }).textContent()).toBe(t('integration.state.connected'));
      expect(helpdesk.grants).toContain('authorization_code');
    });
  });
});
