// Registration against a real Kamailio, with the real renderer in Chromium
// under the browser host, everything inside a loopback-only namespace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/chromium';
import { requireTools } from '../../support/tools';
import { passwordFor, startKamailio } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import { configureAccounts, launchChromiumInNamespace, openAgent, sleep, waitForCallEvent, waitForRegistration } from '../../support/sip/ringdesk-agent';
import type { RingdeskAgent } from '../../support/sip/ringdesk-agent';
import { receivedStatuses, runSipp, sippFailure } from '../../support/sip/sipp';

const tools = requireTools(...SIP_TOOLS, CHROMIUM_PATH);

describe.skipIf(!tools.ok)('SIP registration (Kamailio over WebSocket)', () => {
  let ns: LoopbackNamespace;
  let browser: Browser;

  beforeAll(async () => {
    ns = await createLoopbackNamespace();
    browser = await launchChromiumInNamespace(ns);
  });
  afterAll(async () => {
    await browser?.close();
    await ns?.close();
  });

  describe('without digest auth', () => {
    let kamailio: Kamailio;
    let agent: RingdeskAgent;
    beforeAll(async () => {
      kamailio = await startKamailio(ns);
      agent = await openAgent(ns, browser, 'open');
    });
    afterAll(async () => {
      await agent?.close();
      await kamailio?.stop();
    });

    it('registers and shows Registered on the Phone screen', async () => {
      await configureAccounts(agent, [{ id: 'line-1001', user: '1001' }]);
      const report = await waitForRegistration(agent, 'line-1001', 'registered');
      expect(report.failure).toBeUndefined();
      await expect.poll(() => agent.page.getByRole('status', { name: 'Registration of Line 1001' }).textContent()).toBe('Registered');
    });

    it('registers several accounts at once, and each call knows which account it came to', async () => {
      await configureAccounts(agent, [
        { id: 'line-1001', user: '1001' },
        { id: 'line-1011', user: '1011' },
      ]);
      await waitForRegistration(agent, 'line-1001', 'registered');
      await waitForRegistration(agent, 'line-1011', 'registered');
      const sipp = await runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1011', displayName: 'Second Line Caller', name: 'second-line' });
      expect(sipp.exitCode, sippFailure(sipp)).toBe(0);
      const ringing = await waitForCallEvent(agent, 'ringing on the second line', (e) => e.kind === 'ringing' && e.remoteDisplayName === 'Second Line Caller');
      expect(ringing).toMatchObject({ accountId: 'line-1011', localNumber: '1011' });
    });

    it('stays reachable past the expiry of its first registration: the binding is refreshed before Kamailio drops it', async () => {
      await configureAccounts(agent, [{ id: 'line-1001', user: '1001' }], { registerExpiresSeconds: 60 });
      const first = await waitForRegistration(agent, 'line-1001', 'registered');
      // Kamailio's lookup ignores a binding past its expiry: without a refresh, this call would get a 404.
      await sleep(first.since + 70_000 - Date.now());
      expect(await agent.registration('line-1001')).toMatchObject({ status: 'registered', since: first.since });
      const sipp = await runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', displayName: 'After Expiry', name: 'after-expiry' });
      expect(sipp.exitCode, sippFailure(sipp)).toBe(0);
      await waitForCallEvent(agent, 'ringing after the first registration expired', (e) => e.kind === 'ringing' && e.remoteDisplayName === 'After Expiry');
    }, 120_000);

    it('unregisters when the app window goes away, so the PBX stops offering it calls', async () => {
      await agent.page.goto('about:blank');
      const sipp = await runSipp(ns, { scenario: 'uac-display.xml', service: '1001', name: 'after-quit' });
      expect(receivedStatuses(sipp.messages)).toContain('404');
    });
  });

  describe('with digest auth', () => {
    let kamailio: Kamailio;
    let agent: RingdeskAgent;
    beforeAll(async () => {
      kamailio = await startKamailio(ns, { auth: true });
      agent = await openAgent(ns, browser, 'auth');
    });
    afterAll(async () => {
      await agent?.close();
      await kamailio?.stop();
    });

    it('registers with the password kept in main’s secret store', async () => {
      await configureAccounts(agent, [{ id: 'line-1002', user: '1002', password: passwordFor('1002') }]);
      await waitForRegistration(agent, 'line-1002', 'registered');
      const settings = await agent.invoke('settings.get');
      expect(JSON.stringify(settings)).not.toContain(passwordFor('1002'));
    });

    it('a wrong password ends in a clear failed state that does not retry', async () => {
      await configureAccounts(agent, [{ id: 'line-1003', user: '1003', password: 'not-the-password' }]);
      const report = await waitForRegistration(agent, 'line-1003', 'failed');
      expect(report.failure).toMatchObject({ kind: 'auth-failed', code: 401 });
      expect(report.failure?.text).toContain('401 wrong password');
      expect(report.retryAt).toBeUndefined();
      await expect
        .poll(() => agent.page.getByRole('status', { name: 'Registration of Line 1003' }).textContent())
        .toContain('wrong user name or password (401)');
    });

    it('the Accounts screen adds an account, shows why it fails, fixes the password, and removes it', async () => {
      const page = agent.page;
      await page.goto(page.url().replace(/#.*$/, '#/accounts'));
      await page.getByRole('button', { name: 'Add SIP account' }).click();
      const form = page.getByRole('form', { name: 'New SIP account' });
      await form.getByLabel('Name', { exact: true }).fill('Support line');
      await form.getByLabel('WebSocket server').fill('ws://pbx.example.com:8080');
      await form.getByLabel('SIP URI').fill('sip:1005@127.0.0.1');
      await form.getByLabel('Password', { exact: true }).fill('wrong');
      await form.getByRole('button', { name: 'Save account' }).click();
      // ws:// to a non-loopback host is refused before anything is saved.
      await form.getByRole('alert').getByText(/WebSocket server: must use wss:\/\//).waitFor();
      await form.getByLabel('WebSocket server').fill('ws://127.0.0.1:8080');
      await form.getByRole('button', { name: 'Save account' }).click();
      const status = page.getByRole('status', { name: 'Registration of Support line' });
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('wrong user name or password (401)');

      await page.getByRole('button', { name: 'Edit Support line' }).click();
      const edit = page.getByRole('form', { name: 'Edit SIP account' });
      await edit.getByLabel('Password', { exact: true }).fill(passwordFor('1005'));
      await edit.getByRole('button', { name: 'Save account' }).click();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Registered');

      const id = (await agent.invoke('settings.get')).sip.accounts.find((a) => a.label === 'Support line')?.id ?? '';
      expect((await agent.invoke('sip.password.status', { accountId: id })).stored).toBe(true);
      await page.getByRole('button', { name: 'Remove Support line' }).click();
      await expect.poll(async () => (await agent.invoke('sip.password.status', { accountId: id })).stored).toBe(false);
      await expect.poll(async () => (await agent.invoke('settings.get')).sip.accounts.some((a) => a.id === id)).toBe(false);
    });

    it('no password at all says so', async () => {
      await configureAccounts(agent, [{ id: 'line-1004', user: '1004' }]);
      const report = await waitForRegistration(agent, 'line-1004', 'failed');
      expect(report.failure?.kind).toBe('no-password');
    });
  });
});
