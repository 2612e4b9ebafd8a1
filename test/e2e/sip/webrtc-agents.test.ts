// Agent to agent: three Ringdesk instances (each its own host, settings and
// browser context) registered to Kamailio as 1001, 1002 and 1003, calling
// each other WebRTC to WebRTC, driven through the Phone screen's controls.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/chromium';
import { requireTools } from '../../support/tools';
import { startKamailio } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import { configureAccounts, endAllCalls, launchChromiumInNamespace, openAgent, waitForCallEvent, waitForRegistration, waitUntil } from '../../support/sip/ringdesk-agent';
import type { RingdeskAgent } from '../../support/sip/ringdesk-agent';

const tools = requireTools(...SIP_TOOLS, CHROMIUM_PATH);

describe.skipIf(!tools.ok)('calls between two Ringdesk agents', () => {
  let ns: LoopbackNamespace;
  let browser: Browser;
  let kamailio: Kamailio;
  let alice: RingdeskAgent; // 1001
  let bob: RingdeskAgent; // 1002
  let carol: RingdeskAgent; // 1003

  beforeAll(async () => {
    ns = await createLoopbackNamespace();
    kamailio = await startKamailio(ns);
    browser = await launchChromiumInNamespace(ns);
    [alice, bob, carol] = await Promise.all([openAgent(ns, browser, 'alice'), openAgent(ns, browser, 'bob'), openAgent(ns, browser, 'carol')]);
    await configureAccounts(alice, [{ id: 'alice', user: '1001' }], { dtmf: 'info' });
    await configureAccounts(bob, [{ id: 'bob', user: '1002' }]);
    await configureAccounts(carol, [{ id: 'carol', user: '1003' }]);
    await Promise.all([waitForRegistration(alice, 'alice', 'registered'), waitForRegistration(bob, 'bob', 'registered'), waitForRegistration(carol, 'carol', 'registered')]);
  });
  afterEach(async () => {
    for (const agent of [alice, bob, carol]) {
      await endAllCalls(agent);
      expect(agent.pageErrors, `errors ${agent.name}'s page threw`).toEqual([]);
    }
  });
  afterAll(async () => {
    for (const agent of [alice, bob, carol]) await agent?.close();
    await browser?.close();
    await kamailio?.stop();
    await ns?.close();
  });

  const dial = async (agent: RingdeskAgent, number: string) => {
    await agent.page.getByLabel('Number or SIP address').fill(number);
    await agent.page.getByRole('button', { name: 'Call', exact: true }).click();
  };
  /** Call-IDs an agent's main already knows, so a test can wait for events of new calls only. */
  const knownCalls = async (agent: RingdeskAgent) => new Set((await agent.callEvents()).map((e) => e.sipCallId));
  const statsOf = async (agent: RingdeskAgent, sipCallId: string) => (await agent.stats()).find((s) => s.sipCallId === sipCallId);

  it('answer, audio both ways, mute, hold and resume, DTMF, hang up', async () => {
    const aliceKnew = await knownCalls(alice);
    await dial(bob, '1001');
    const incoming = alice.page.getByRole('region', { name: 'Incoming call from Agent 1002' });
    await incoming.getByRole('button', { name: 'Answer' }).click();
    const answered = await waitForCallEvent(alice, 'answered', (e) => e.kind === 'answered' && !aliceKnew.has(e.sipCallId));
    expect(answered).toMatchObject({ remoteNumber: '1002', direction: 'inbound', accountId: 'alice', remoteDisplayName: 'Agent 1002' });
    await waitForCallEvent(bob, 'answered', (e) => e.kind === 'answered' && e.sipCallId === answered.sipCallId && e.direction === 'outbound');
    const id = answered.sipCallId;

    for (const agent of [alice, bob]) {
      await waitUntil(`${agent.name} audio both ways`, async () => {
        const s = await statsOf(agent, id);
        return s && s.packetsSent > 20 && s.packetsReceived > 20;
      });
    }

    const call = alice.page.getByRole('region', { name: 'Call with Agent 1002' });
    await call.getByRole('button', { name: 'Mute' }).click();
    await waitUntil('alice muted', async () => (await statsOf(alice, id))?.sending === false);
    await waitUntil('the Mute button shows pressed', async () => (await call.getByRole('button', { name: 'Mute' }).getAttribute('aria-pressed')) === 'true');
    await call.getByRole('button', { name: 'Mute' }).click();
    await waitUntil('alice unmuted', async () => (await statsOf(alice, id))?.sending === true);

    await call.getByRole('button', { name: 'Hold' }).click();
    await waitUntil('held: alice sendonly, bob recvonly', async () => (await statsOf(alice, id))?.direction === 'sendonly' && (await statsOf(bob, id))?.direction === 'recvonly');
    expect(await call.getByRole('status').textContent()).toBe('On hold');
    await call.getByRole('button', { name: 'Hold' }).click();
    await waitUntil('resumed: both sendrecv', async () => (await statsOf(alice, id))?.direction === 'sendrecv' && (await statsOf(bob, id))?.direction === 'sendrecv');

    // Alice sends SIP INFO (her setting); Bob's phone reads the digits.
    await call.getByRole('button', { name: 'Keypad' }).click();
    await call.getByRole('button', { name: 'Send 5' }).click();
    await call.getByRole('button', { name: 'Send #' }).click();
    await waitUntil('bob received 5#', async () => (await bob.phone()).calls.find((c) => c.sipCallId === id)?.dtmfReceived === '5#');
    await bob.page.getByRole('region', { name: 'Call with 1001' }).getByText('Received: 5#').waitFor();
    // Bob sends RFC 4733 events in the media (his default); the sender confirms they went out.
    const bobCall = bob.page.getByRole('region', { name: 'Call with 1001' });
    await bobCall.getByRole('button', { name: 'Keypad' }).click();
    await bobCall.getByRole('button', { name: 'Send 7' }).click();
    await waitUntil('bob sent 7', async () => (await bob.phone()).calls.find((c) => c.sipCallId === id)?.dtmfSent === '7');

    await bobCall.getByRole('button', { name: 'Hang up' }).click();
    const ended = await waitForCallEvent(alice, 'ended', (e) => e.kind === 'ended' && e.sipCallId === id);
    expect(ended).toMatchObject({ disposition: 'ANSWERED', endedBy: 'remote' });
    const bobEnded = await waitForCallEvent(bob, 'ended', (e) => e.kind === 'ended' && e.sipCallId === id);
    expect(bobEnded).toMatchObject({ disposition: 'ANSWERED', endedBy: 'local' });
  });

  it("the call-only window answers, mutes, holds, sends digits and hangs up through the main window's phone", async () => {
    const aliceKnew = await knownCalls(alice);
    // The desktop app's small call window: the same app at ?window=call, with no SIP agent of its own.
    const callWindow = await alice.context.newPage();
    await callWindow.setViewportSize({ width: 400, height: 600 });
    await callWindow.goto(`${alice.host.url}&window=call`);
    await dial(bob, '1001');
    const card = callWindow.getByRole('region', { name: /Agent 1002.*call details/ });
    await card.getByRole('button', { name: 'Answer' }).click();
    const answered = await waitForCallEvent(alice, 'answered', (e) => e.kind === 'answered' && !aliceKnew.has(e.sipCallId));
    const id = answered.sipCallId;
    const aliceCall = async () => (await alice.phone()).calls.find((c) => c.sipCallId === id);

    await card.getByRole('button', { name: 'Mute' }).click();
    await waitUntil("alice's phone muted from the call window", async () => (await aliceCall())?.muted === true);
    // The call window learns the new state from main a moment after the phone has it.
    await waitUntil('the call window shows Mute pressed', async () => (await card.getByRole('button', { name: 'Mute' }).getAttribute('aria-pressed')) === 'true');
    await card.getByRole('button', { name: 'Mute' }).click();
    await waitUntil('unmuted', async () => (await aliceCall())?.muted === false);

    await card.getByRole('button', { name: 'Hold' }).click();
    await waitUntil('held from the call window', async () => (await statsOf(bob, id))?.direction === 'recvonly');
    await card.getByRole('button', { name: 'Hold' }).click();
    await waitUntil('resumed', async () => (await statsOf(bob, id))?.direction === 'sendrecv');

    await card.getByRole('button', { name: 'Keypad' }).click();
    await card.getByRole('button', { name: 'Send 9' }).click();
    await waitUntil('bob received 9 (alice sends INFO)', async () => (await bob.phone()).calls.find((c) => c.sipCallId === id)?.dtmfReceived === '9');

    await card.getByRole('button', { name: 'Hang up' }).click();
    expect(await waitForCallEvent(bob, 'ended', (e) => e.kind === 'ended' && e.sipCallId === id)).toMatchObject({ endedBy: 'remote' });
    await callWindow.close();
  });

  it('blind transfer: Alice answers Bob, transfers him to Carol, Carol rings and answers', async () => {
    const [aliceKnew, carolKnew] = [await knownCalls(alice), await knownCalls(carol)];
    await dial(bob, '1001');
    await alice.page.getByRole('region', { name: 'Incoming call from Agent 1002' }).getByRole('button', { name: 'Answer' }).click();
    const first = await waitForCallEvent(alice, 'answered', (e) => e.kind === 'answered' && !aliceKnew.has(e.sipCallId));
    const call = alice.page.getByRole('region', { name: 'Call with Agent 1002' });
    await call.getByLabel('Transfer to').fill('1003');
    await call.getByRole('button', { name: 'Transfer' }).click();

    const aliceEnded = await waitForCallEvent(alice, 'alice leaves the call', (e) => e.kind === 'ended' && e.sipCallId === first.sipCallId);
    expect(aliceEnded).toMatchObject({ disposition: 'ANSWERED', endedBy: 'local' });
    expect(aliceEnded.kind === 'ended' && aliceEnded.reason).toContain('transferred to sip:1003@127.0.0.1');

    await carol.page.getByRole('region', { name: 'Incoming call from Agent 1002' }).getByRole('button', { name: 'Answer' }).click();
    const carolAnswered = await waitForCallEvent(carol, 'carol answered', (e) => e.kind === 'answered' && !carolKnew.has(e.sipCallId));
    expect(carolAnswered.remoteNumber).toBe('1002');
    const bobToCarol = await waitForCallEvent(bob, 'bob connected to carol', (e) => e.kind === 'answered' && e.sipCallId === carolAnswered.sipCallId);
    expect(bobToCarol).toMatchObject({ direction: 'outbound', remoteNumber: '1003' });

    await carol.page.getByRole('region', { name: 'Call with Agent 1002' }).getByRole('button', { name: 'Hang up' }).click();
    await waitForCallEvent(bob, 'bob’s second call ended', (e) => e.kind === 'ended' && e.sipCallId === carolAnswered.sipCallId);
  });

  it('outbound the other way: ringback while Bob’s phone rings, declined is BUSY, answered then hung up', async () => {
    const aliceKnew = await knownCalls(alice);
    await dial(alice, '1002');
    const ringing = await waitForCallEvent(alice, 'alice dialling', (e) => e.kind === 'ringing' && !aliceKnew.has(e.sipCallId));
    expect(ringing).toMatchObject({ direction: 'outbound', remoteNumber: '1002' });
    await alice.page.getByRole('region', { name: 'Call with 1002' }).getByText('Ringing…').waitFor();
    expect((await alice.phone()).tone).toBe('ringback');
    await bob.page.getByRole('region', { name: 'Incoming call from Agent 1001' }).getByRole('button', { name: 'Decline' }).click();
    const declined = await waitForCallEvent(alice, 'declined', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(declined).toMatchObject({ disposition: 'BUSY', endedBy: 'remote', reason: '486 Busy Here' });

    await dial(alice, '1002');
    await bob.page.getByRole('region', { name: 'Incoming call from Agent 1001' }).getByRole('button', { name: 'Answer' }).click();
    const answered = await waitForCallEvent(alice, 'answered', (e) => e.kind === 'answered' && e.direction === 'outbound' && e.sipCallId !== ringing.sipCallId);
    await alice.page.getByRole('region', { name: 'Call with 1002' }).getByRole('button', { name: 'Hang up' }).click();
    const ended = await waitForCallEvent(bob, 'bob sees the end', (e) => e.kind === 'ended' && e.sipCallId === answered.sipCallId);
    expect(ended).toMatchObject({ disposition: 'ANSWERED', endedBy: 'remote', direction: 'inbound' });
  });

  it('cancelling an outgoing call before the answer is NO ANSWER for the caller and MISSED for the callee', async () => {
    const aliceKnew = await knownCalls(alice);
    await dial(alice, '1003');
    const ringing = await waitForCallEvent(alice, 'alice dialling carol', (e) => e.kind === 'ringing' && !aliceKnew.has(e.sipCallId));
    await carol.page.getByRole('region', { name: 'Incoming call from Agent 1001' }).waitFor();
    await alice.page.getByRole('region', { name: 'Call with 1003' }).getByRole('button', { name: 'Cancel call' }).click();
    const mine = await waitForCallEvent(alice, 'alice cancelled', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(mine).toMatchObject({ disposition: 'NO ANSWER', endedBy: 'local' });
    const theirs = await waitForCallEvent(carol, 'carol missed', (e) => e.kind === 'ended' && e.sipCallId === ringing.sipCallId);
    expect(theirs).toMatchObject({ disposition: 'MISSED' });
  });
});
