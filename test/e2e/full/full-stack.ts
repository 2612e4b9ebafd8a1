// The whole product on loopback, for the full-stack test and its benchmark:
// a loopback-only network namespace holding Kamailio (WebSocket), rtpengine,
// Ringdesk's browser host and Chromium (the main window with the phone, and
// the call window), plus a real Request Tracker 5.
//
// Where RT runs (decision): on the machine's own 127.0.0.1, started by
// rt-server.ts exactly as the RT integration tests start it, and bridged
// into the namespace at the same address and port (support/sip/loopback-
// bridge.ts). So the app's RT address http://127.0.0.1:<port>/rt is the
// address RT builds its links with, the test reads RT back over REST2
// directly, "RT down" is rt.stop({keepData}) and "RT back" a start on the
// same port and data, and the bridge counts the HTTP requests the app sent.
// Nothing in the namespace gets a route anywhere else.
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../../support/chromium';
import { requireTools } from '../../support/tools';
import type { ToolCheck } from '../../support/tools';
import { createPopupRecorder } from '../../support/popup-recorder';
import type { PopupRecorder } from '../../support/popup-recorder';
import { startKamailio, startRtpengine } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { bridgeIntoNamespace } from '../../support/sip/loopback-bridge';
import type { LoopbackBridge } from '../../support/sip/loopback-bridge';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import type { ServerProcess } from '../../support/sip/processes';
import { launchChromiumInNamespace, openAgent } from '../../support/sip/ringdesk-agent';
import type { RingdeskAgent } from '../../support/sip/ringdesk-agent';
import { VIEWPORTS } from '../../support/screens';
import { RequestTrackerRest } from '../../helpdesk/rt/rt-rest';
import { requestTrackerTools, startRequestTracker } from '../../helpdesk/rt/rt-server';
import type { RunningRequestTracker } from '../../helpdesk/rt/rt-server';

/** Every program the full stack needs; under CI a missing one fails the file. */
export function fullStackTools(): ToolCheck {
  const sip = requireTools(...SIP_TOOLS, CHROMIUM_PATH);
  const rt = requestTrackerTools();
  if (sip.ok && rt.ok) return sip;
  return { ok: false, reason: [sip.reason, rt.reason].filter((r) => r !== '').join('; ') };
}

export interface FullStack {
  readonly ns: LoopbackNamespace;
  /** The running RT; replaced by restartRequestTracker(). */
  readonly rt: RunningRequestTracker;
  readonly rest: RequestTrackerRest;
  readonly bridge: LoopbackBridge;
  readonly agent: RingdeskAgent;
  /** The main window: screens and the phone (the SIP agent lives here). */
  readonly main: Page;
  /** The call-only window (index.html?window=call) at the desktop call window's size. */
  readonly callWindow: Page;
  readonly popups: PopupRecorder;
  stopRequestTracker(): Promise<void>;
  /** Starts RT again on the same port and database. */
  startRequestTrackerAgain(): Promise<void>;
  close(): Promise<void>;
}

export async function startFullStack(): Promise<FullStack> {
  const parts: { close(): Promise<unknown> }[] = [];
  const close = async () => {
    for (const part of parts.reverse()) await part.close().catch((error: unknown) => console.warn(`full stack: closing failed: ${String(error)}`));
  };
  try {
    const ns = await createLoopbackNamespace();
    parts.push(ns);
    // RT takes a few seconds to come up: start it while the SIP side starts.
    const rtStarting = startRequestTracker();
    let rt: RunningRequestTracker | undefined;
    let stopped: RunningRequestTracker | undefined;
    parts.push({ close: async () => (rt ?? stopped)?.stop() });
    const rtpengine: ServerProcess = await startRtpengine(ns);
    parts.push({ close: () => rtpengine.stop() });
    const kamailio: Kamailio = await startKamailio(ns, { rtpengine: true });
    parts.push({ close: () => kamailio.stop() });
    rt = await rtStarting;
    const bridge = await bridgeIntoNamespace(ns, rt.port);
    parts.push(bridge);
    const browser: Browser = await launchChromiumInNamespace(ns);
    parts.push(browser);
    const popups = createPopupRecorder(ns.workDir);
    const agent = await openAgent(ns, browser, 'agent', { env: { RINGDESK_URL_OPENER: popups.command }, viewport: VIEWPORTS.main });
    parts.push(agent);
    const callWindow = await agent.context.newPage();
    await callWindow.setViewportSize(VIEWPORTS.call);
    callWindow.on('pageerror', (error) => console.warn(`[call window] page error: ${error.message}`));
    await callWindow.goto(`${agent.host.url}&window=call`);

    const running = (): RunningRequestTracker => {
      if (!rt) throw new Error('Request Tracker is not running');
      return rt;
    };
    let rest = new RequestTrackerRest(running().restUrl, running().token);
    return {
      ns,
      get rt() {
        return running();
      },
      get rest() {
        return rest;
      },
      bridge,
      agent,
      main: agent.page,
      callWindow,
      popups,
      async stopRequestTracker() {
        stopped = running();
        rt = undefined;
        await stopped.stop({ keepData: true });
      },
      async startRequestTrackerAgain() {
        if (!stopped) throw new Error('Request Tracker was not stopped');
        rt = await startRequestTracker({ port: stopped.port, dataDir: stopped.dataDir, token: stopped.token });
        rest = new RequestTrackerRest(rt.restUrl, rt.token);
        stopped = undefined;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
