// The phone must never miss a call: it registers again by itself after the
// SIP server restarts, after the browser comes back online, and after the
// server turns into a black hole (stopped, sockets open) and comes back.
// Recovery times are reported, not asserted (tests do not judge timing).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/chromium';
import { requireTools } from '../../support/tools';
import { startKamailio } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import { configureAccounts, launchChromiumInNamespace, openAgent, waitForCallEvent, waitForRegistration, waitUntil } from '../../support/sip/ringdesk-agent';
import type { RingdeskAgent } from '../../support/sip/ringdesk-agent';
import { runSipp, sippFailure } from '../../support/sip/sipp';

const tools = requireTools(...SIP_TOOLS, CHROMIUM_PATH);

describe.skipIf(!tools.ok)('registration recovers without the agent doing anything', () => {
  let ns: LoopbackNamespace;
  let browser: Browser;
  let kamailio: Kamailio;
  let agent: RingdeskAgent;

  beforeAll(async () => {
    ns = await createLoopbackNamespace();
    kamailio = await startKamailio(ns);
    browser = await launchChromiumInNamespace(ns);
    agent = await openAgent(ns, browser, 'agent');
    // Short keep-alives so a black hole is noticed within seconds.
    await configureAccounts(agent, [{ id: 'desk', user: '1001' }], { keepAliveSeconds: 5 });
    await waitForRegistration(agent, 'desk', 'registered');
  });
  afterEach(() => {
    expect(agent.pageErrors, 'errors the page threw').toEqual([]);
  });
  afterAll(async () => {
    await agent?.close();
    await browser?.close();
    await kamailio?.stop();
    await ns?.close();
  });

  const nextCallRings = async (caller: string) => {
    const sipp = runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', displayName: caller, name: caller.replace(/\W/g, '-') });
    const ringing = await waitForCallEvent(agent, `ringing from ${caller}`, (e) => e.kind === 'ringing' && e.remoteDisplayName === caller);
    await waitForCallEvent(agent, `${caller} ended`, (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    const run = await sipp;
    expect(run.exitCode, sippFailure(run)).toBe(0);
  };

  it('registers again after Kamailio is killed and restarted, and the next call rings', async () => {
    const before = await agent.registration('desk');
    const stoppedAt = Date.now();
    await kamailio.restart();
    const restartedAt = Date.now();
    // Kamailio forgot every registration (in-memory usrloc): only a new REGISTER brings calls back.
    const report = await waitUntil('registered after the restart', async () => {
      const r = await agent.registration('desk');
      return r && r.status === 'registered' && r.since > (before?.since ?? 0) ? r : undefined;
    }, 60_000);
    console.info(`[sip recovery] Kamailio stop+start took ${restartedAt - stoppedAt} ms; registered again ${report.since - stoppedAt} ms after the stop`);
    await nextCallRings('After Restart');
  });

  it('re-registers at once when the browser comes back online', async () => {
    const before = await agent.registration('desk');
    // The window's own `online` event (Playwright's offline emulation would also cut the app's IPC socket).
    const onlineAt = Date.now();
    await agent.page.evaluate(() => window.dispatchEvent(new Event('online')));
    const report = await waitUntil('a fresh registration after online', async () => {
      const r = await agent.registration('desk');
      return r && r.status === 'registered' && r.since > (before?.since ?? 0) ? r : undefined;
    }, 30_000);
    console.info(`[sip recovery] registered again ${report.since - onlineAt} ms after online`);
    await nextCallRings('After Online');
  });

  it('notices a black-holed server through keep-alives and recovers when it answers again', async () => {
    const pausedAt = Date.now();
    kamailio.pause();
    let failure;
    try {
      // The failure stays on the report through the retries that follow, until a registration succeeds.
      const failed = await waitUntil('the dead connection to be noticed', async () => {
        const r = await agent.registration('desk');
        return r?.failure ? r : undefined;
      }, 60_000);
      failure = failed.failure;
      console.info(`[sip recovery] dead connection noticed ${failed.since - pausedAt} ms after the server stopped answering`);
    } finally {
      kamailio.resume();
    }
    expect(failure?.kind).toBe('keepalive-timeout');
    const resumedAt = Date.now();
    const report = await waitForRegistration(agent, 'desk', 'registered', 90_000);
    console.info(`[sip recovery] registered again ${report.since - resumedAt} ms after the server resumed`);
    await nextCallRings('After Black Hole');
  });
});
