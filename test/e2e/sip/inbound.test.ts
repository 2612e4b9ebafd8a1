// Calls from a plain SIP phone (sipp over UDP) to the agent's Ringdesk
// through Kamailio, with rtpengine bridging sipp's RTP to WebRTC.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/chromium';
import { requireTools } from '../../support/tools';
import { startKamailio, startRtpengine } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import type { ServerProcess } from '../../support/sip/processes';
import { configureAccounts, endAllCalls, launchChromiumInNamespace, openAgent, waitForCallEvent, waitForRegistration, waitUntil } from '../../support/sip/ringdesk-agent';
import type { RingdeskAgent } from '../../support/sip/ringdesk-agent';
import { receivedStatuses, runSipp, sippFailure } from '../../support/sip/sipp';

const tools = requireTools(...SIP_TOOLS, CHROMIUM_PATH);

describe.skipIf(!tools.ok)('inbound calls from a SIP phone', () => {
  let ns: LoopbackNamespace;
  let browser: Browser;
  let rtpengine: ServerProcess;
  let kamailio: Kamailio;
  let agent: RingdeskAgent;

  beforeAll(async () => {
    ns = await createLoopbackNamespace();
    rtpengine = await startRtpengine(ns);
    kamailio = await startKamailio(ns, { rtpengine: true });
    browser = await launchChromiumInNamespace(ns);
    agent = await openAgent(ns, browser, 'agent');
    await configureAccounts(agent, [{ id: 'desk', user: '1001' }]);
    await waitForRegistration(agent, 'desk', 'registered');
  });
  afterEach(async () => {
    await endAllCalls(agent);
    expect(agent.pageErrors, 'errors the page threw').toEqual([]);
  });
  afterAll(async () => {
    await agent?.close();
    await browser?.close();
    await kamailio?.stop();
    await rtpengine?.stop();
    await ns?.close();
  });

  const eventsFor = async (sipCallId: string) => (await agent.callEvents()).filter((e) => e.sipCallId === sipCallId);

  it('rings with the caller’s name and number, and a caller who gives up is a missed call', async () => {
    // uac-display.xml lets it ring 6 s before the CANCEL: time to look at the incoming-call panel.
    const sipp = runSipp(ns, { scenario: 'uac-display.xml', service: '1001', displayName: 'Alice Example', callerNumber: '+15551234567' });
    const ringing = await waitForCallEvent(agent, 'ringing from Alice', (e) => e.kind === 'ringing' && e.remoteDisplayName === 'Alice Example');
    expect(ringing).toMatchObject({ accountId: 'desk', direction: 'inbound', remoteNumber: '+15551234567', localNumber: '1001' });
    await agent.page.getByRole('region', { name: 'Incoming call from Alice Example' }).waitFor();
    expect((await agent.phone()).tone).toBe('ring');
    const ended = await waitForCallEvent(agent, 'ended', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(ended).toMatchObject({ disposition: 'MISSED', endedBy: 'remote', direction: 'inbound' });
    const run = await sipp;
    expect(run.exitCode, sippFailure(run)).toBe(0);
  });

  it('Decline answers 486 Busy Here to the caller', async () => {
    const sipp = runSipp(ns, { scenario: 'uac-display.xml', service: '1001', displayName: 'Bob Busy', callerNumber: '2002', name: 'decline' });
    const panel = agent.page.getByRole('region', { name: 'Incoming call from Bob Busy' });
    await panel.getByRole('button', { name: 'Decline' }).click();
    const run = await sipp;
    expect(receivedStatuses(run.messages)).toContain('486');
    const ringing = await waitForCallEvent(agent, 'ringing from Bob', (e) => e.kind === 'ringing' && e.remoteDisplayName === 'Bob Busy');
    const ended = await waitForCallEvent(agent, 'ended', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(ended).toMatchObject({ disposition: 'BUSY', endedBy: 'local' });
  });

  it('Ignore silences the ring but leaves the call to ring out: it ends as missed when the caller gives up', async () => {
    const sipp = runSipp(ns, { scenario: 'uac-display.xml', service: '1001', displayName: 'Erin Ignored', callerNumber: '5005', name: 'ignore' });
    const panel = agent.page.getByRole('region', { name: 'Incoming call from Erin Ignored' });
    await panel.getByRole('button', { name: 'Ignore' }).click();
    await panel.getByText('Silenced here; it still rings for the caller.').waitFor();
    expect((await agent.phone()).tone).toBeUndefined();
    const run = await sipp;
    expect(receivedStatuses(run.messages)).toContain('487');
    const ringing = await waitForCallEvent(agent, 'ringing from Erin', (e) => e.kind === 'ringing' && e.remoteDisplayName === 'Erin Ignored');
    const ended = await waitForCallEvent(agent, 'ended', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(ended).toMatchObject({ disposition: 'MISSED', endedBy: 'remote' });
  });

  for (const hungUpBy of ['agent', 'caller'] as const) {
    it(`answered through rtpengine, audio flows both ways, and the ${hungUpBy} hangs up`, async () => {
      const name = hungUpBy === 'agent' ? 'Carol Media' : 'Dave Media';
      const sipp = runSipp(ns, { scenario: 'uac-long-call.xml', service: '1001', displayName: name, callerNumber: '3003', extra: ['-rtp_echo'], name: `media-${hungUpBy}` });
      const panel = agent.page.getByRole('region', { name: `Incoming call from ${name}` });
      await panel.getByRole('button', { name: 'Answer' }).click();
      const ringing = await waitForCallEvent(agent, `ringing from ${name}`, (e) => e.kind === 'ringing' && e.remoteDisplayName === name);
      await waitForCallEvent(agent, 'answered', (e) => e.kind === 'answered' && e.sipCallId === ringing.sipCallId);
      const stats = await waitUntil('audio packets both ways', async () => {
        const s = (await agent.stats()).find((c) => c.sipCallId === ringing.sipCallId);
        return s && s.packetsSent > 50 && s.packetsReceived > 50 ? s : undefined;
      });
      expect(stats.iceState).toMatch(/connected|completed/);
      if (hungUpBy === 'agent') await agent.page.getByRole('region', { name: `Call with ${name}` }).getByRole('button', { name: 'Hang up' }).click();
      const ended = await waitForCallEvent(agent, 'ended', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
      expect(ended).toMatchObject({ disposition: 'ANSWERED', endedBy: hungUpBy === 'agent' ? 'local' : 'remote' });
      const run = await sipp;
      expect(run.exitCode).toBe(0);
      expect(await eventsFor(ringing.sipCallId)).toHaveLength(3);
    });
  }

  it('20 calls in a row: 20 ringing and 20 ended events reach main', async () => {
    const before = (await agent.callEvents()).length;
    const run = await runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', calls: 20, rate: 4, displayName: 'Burst Caller', callerNumber: '4004', name: 'burst' });
    expect(run.exitCode).toBe(0);
    const events = await waitUntil('40 events of the burst', async () => {
      const burst = (await agent.callEvents()).slice(before).filter((e) => e.remoteDisplayName === 'Burst Caller');
      return burst.length >= 40 ? burst : undefined;
    });
    const ringing = events.filter((e) => e.kind === 'ringing');
    const ended = events.filter((e) => e.kind === 'ended');
    expect(ringing).toHaveLength(20);
    expect(ended).toHaveLength(20);
    expect(new Set(ringing.map((e) => e.sipCallId)).size).toBe(20);
    expect(ended.every((e) => e.kind === 'ended' && e.disposition === 'MISSED')).toBe(true);
  });
});
