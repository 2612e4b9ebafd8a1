// How long from sipp sending an INVITE to main holding the `ringing` event
// (Kamailio -> WebSocket -> SIP.js -> phone -> IPC WebSocket -> main), over
// 50 calls, next to the floor measured in the same run: the same INVITE's
// raw arrival on the renderer's SIP WebSocket, before SIP.js parses it.
// Runs inside a loopback-only namespace like the SIP e2e tests (root needed).
import { existsSync } from 'node:fs';
import { builtBrowserHost } from '../support/browser-host';
import { CHROMIUM_PATH } from '../support/chromium';
import { requireTools } from '../support/tools';
import { startKamailio } from '../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../support/sip/netns';
import { configureAccounts, launchChromiumInNamespace, openAgent, waitForRegistration, waitUntil } from '../support/sip/ringdesk-agent';
import { runSipp } from '../support/sip/sipp';
import { formatNs } from './measure';

const CALLS = 50;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export default async function (): Promise<void> {
  const tools = requireTools(...SIP_TOOLS, CHROMIUM_PATH);
  if (!tools.ok) {
    console.log(`sip bench skipped: ${tools.reason}`);
    return;
  }
  if (!existsSync(builtBrowserHost)) throw new Error(`${builtBrowserHost} is missing: run \`npm run build\` first`);
  const ns = await createLoopbackNamespace();
  const kamailio = await startKamailio(ns);
  const browser = await launchChromiumInNamespace(ns);
  const agent = await openAgent(ns, browser, 'bench');
  try {
    await configureAccounts(agent, [{ id: 'bench', user: '1001' }]);
    await waitForRegistration(agent, 'bench', 'registered');
    // One warm-up call: the first INVITE pays for lazy setup in SIP.js and the page.
    await runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', displayName: 'Warm Up', name: 'bench-warmup' });
    const run = await runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', calls: CALLS, rate: 5, concurrent: 2, displayName: 'Bench Caller', name: 'bench' });
    if (run.exitCode !== 0) throw new Error(`sipp exited ${run.exitCode}:\n${run.output.slice(-2000)}`);
    const records = await waitUntil(`${CALLS} ringing events in main`, async () => {
      const ringing = (await agent.callRecords()).filter((r) => r.event.kind === 'ringing' && r.event.remoteDisplayName === 'Bench Caller');
      return ringing.length >= CALLS ? ringing : undefined;
    });
    const arrivals = await agent.page.evaluate(() =>
      (window as unknown as { ringdeskPhone: { inviteArrivals(): { sipCallId: string; arrivedAt: number; sentMs?: number }[] } }).ringdeskPhone.inviteArrivals(),
    );
    const bySipCallId = new Map(arrivals.map((a) => [a.sipCallId, a]));
    const toMain: number[] = [];
    const toWebSocket: number[] = [];
    for (const record of records) {
      const arrival = bySipCallId.get(record.event.sipCallId);
      if (arrival?.sentMs === undefined) continue;
      toMain.push(record.receivedAt - arrival.sentMs);
      toWebSocket.push(arrival.arrivedAt - arrival.sentMs);
    }
    toMain.sort((a, b) => a - b);
    toWebSocket.sort((a, b) => a - b);
    const ms = (v: number) => formatNs(v * 1e6).padStart(10);
    console.log(`\nINVITE sent by sipp -> ringing event in main, ${toMain.length} calls (ms clock resolution)`);
    for (const p of [50, 99]) {
      const main = percentile(toMain, p);
      const floor = percentile(toWebSocket, p);
      console.log(`  p${p}: ringing in main ${ms(main)}   raw INVITE on the renderer's SIP WebSocket ${ms(floor)}   ratio ${(main / Math.max(floor, 1)).toFixed(2)}x`);
    }
    console.log(`  max: ringing in main ${ms(toMain.at(-1) ?? Number.NaN)}   raw INVITE ${ms(toWebSocket.at(-1) ?? Number.NaN)}`);
  } finally {
    await agent.close();
    await browser.close();
    await kamailio.stop();
    await ns.close();
  }
}
