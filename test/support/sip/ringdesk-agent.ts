// A support agent's Ringdesk inside the test namespace: its own browser host
// process (own data folder, so its own settings, secrets and call log) and
// the real built renderer in Chromium, plus helpers that ask *main* what it
// heard (call.recent, sip.registrations) through the page's IPC client.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InvokeName, RequestOf, ResponseOf, RingdeskApi } from '../../../shared/ipc';
import type { CallEvent, CallEventRecord } from '../../../shared/calls/call-event';
import type { RegistrationReport } from '../../../shared/sip/registration';
import type { SipAccountInput } from '../../../shared/sip/account';
import { builtBrowserHost } from '../browser-host';
import { launchChromium } from '../chromium';
import { SIP_DOMAIN, SIP_WS_URL } from './kamailio';
import type { LoopbackNamespace } from './netns';

/** Chromium flags the recipe needs for WebRTC on loopback with fake devices. */
export const SIP_CHROMIUM_ARGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--autoplay-policy=no-user-gesture-required',
];

export function launchChromiumInNamespace(ns: LoopbackNamespace): Promise<Browser> {
  return launchChromium({ executablePath: ns.chromiumWrapper(), extraArgs: SIP_CHROMIUM_ARGS });
}

export interface HostInNamespace {
  readonly url: string;
  readonly dataDir: string;
  log(): string;
  stop(): Promise<void>;
}

/** `env`: extra environment for the host (e.g. RINGDESK_URL_OPENER). */
export async function startHostInNamespace(ns: LoopbackNamespace, name: string, env: Readonly<Record<string, string>> = {}): Promise<HostInNamespace> {
  const dataDir = mkdtempSync(join(ns.workDir, `${name}-data-`));
  const child = ns.spawn(process.execPath, [builtBrowserHost], {
    env: { ...process.env, RINGDESK_DATA_DIR: dataDir, RINGDESK_NO_BROWSER: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /Ringdesk is running at (\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`browser host ${name} exited (${code}) before it was ready:\n${stderr}`)));
  });
  return {
    url,
    dataDir,
    log: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface PhoneCallStats {
  readonly callId: string;
  readonly sipCallId: string;
  readonly iceState: string;
  readonly packetsSent: number;
  readonly packetsReceived: number;
  readonly bytesReceived: number;
  readonly sending: boolean;
  readonly direction: string;
}

export interface RingdeskAgent {
  readonly name: string;
  readonly host: HostInNamespace;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors and unhandled rejections the agent's page has thrown so far. */
  readonly pageErrors: readonly string[];
  invoke<C extends InvokeName>(channel: C, ...request: RequestOf<C> extends undefined ? [] : [RequestOf<C>]): Promise<ResponseOf<C>>;
  /** The call events main recorded, oldest first. */
  callEvents(): Promise<CallEvent[]>;
  callRecords(): Promise<CallEventRecord[]>;
  registration(accountId: string): Promise<RegistrationReport | undefined>;
  stats(): Promise<PhoneCallStats[]>;
  /** The phone's live calls and the tone it plays, as the renderer sees them. */
  phone(): Promise<{ calls: PhoneCallView[]; tone: string | undefined }>;
  close(): Promise<void>;
}

export interface PhoneCallView {
  readonly id: string;
  readonly sipCallId: string;
  readonly status: string;
  readonly muted: boolean;
  readonly held: boolean;
  readonly dtmfSent: string;
  readonly dtmfReceived: string;
  readonly direction: string;
  readonly alerting: boolean;
}

type PageWindow = Window & {
  ringdesk: RingdeskApi;
  ringdeskPhone: { stats(): Promise<PhoneCallStats[]>; snapshot(): { calls: PhoneCallView[]; tone: string | undefined } };
};

export interface AgentOptions {
  /** Extra environment for the agent's browser host. */
  readonly env?: Readonly<Record<string, string>>;
  readonly viewport?: { readonly width: number; readonly height: number };
}

export async function openAgent(ns: LoopbackNamespace, browser: Browser, name: string, options: AgentOptions = {}): Promise<RingdeskAgent> {
  const host = await startHostInNamespace(ns, name, options.env);
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => {
    console.warn(`[${name}] page error: ${error.message}`);
    pageErrors.push(error.message);
  });
  await page.goto(`${host.url}#/phone`);
  await page.waitForFunction(() => (window as unknown as Partial<PageWindow>).ringdesk !== undefined && (window as unknown as Partial<PageWindow>).ringdeskPhone !== undefined);
  const invoke = ((channel: string, request?: unknown) =>
    page.evaluate(([c, r]) => (window as unknown as PageWindow).ringdesk.invoke(c as 'call.event', r as never), [channel, request] as const)) as RingdeskAgent['invoke'];
  return {
    name,
    host,
    context,
    page,
    pageErrors,
    invoke,
    async callRecords() {
      return invoke('call.recent');
    },
    async callEvents() {
      return (await invoke('call.recent')).map((r) => r.event);
    },
    async registration(accountId) {
      return (await invoke('sip.registrations')).find((r) => r.accountId === accountId);
    },
    stats: () => page.evaluate(() => (window as unknown as PageWindow).ringdeskPhone.stats()),
    phone: () =>
      page.evaluate(() => {
        const snapshot = (window as unknown as PageWindow).ringdeskPhone.snapshot();
        return { calls: snapshot.calls, tone: snapshot.tone };
      }),
    async close() {
      await context.close().catch(() => undefined);
      await host.stop();
    },
  };
}

export interface TestAccount {
  readonly id: string;
  readonly user: string;
  readonly password?: string;
  readonly extra?: Partial<SipAccountInput>;
}

/** Configures accounts the way the Accounts screen does: password to main's secret store first, then settings. */
export async function configureAccounts(agent: RingdeskAgent, accounts: readonly TestAccount[], sip: Record<string, unknown> = {}): Promise<void> {
  for (const a of accounts) {
    if (a.password !== undefined) await agent.invoke('sip.password.set', { accountId: a.id, password: a.password });
  }
  await agent.invoke('settings.set', {
    sip: {
      ...sip,
      accounts: accounts.map((a) => ({
        id: a.id,
        label: `Line ${a.user}`,
        server: SIP_WS_URL,
        uri: `sip:${a.user}@${SIP_DOMAIN}`,
        displayName: `Agent ${a.user}`,
        ...a.extra,
      })),
    },
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy; fails with `what` and the last value after the deadline. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | false | null>, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last instanceof Error ? last.message : JSON.stringify(last))})`);
    await sleep(everyMs);
  }
}

export async function waitForRegistration(agent: RingdeskAgent, accountId: string, status: RegistrationReport['status'], timeoutMs = 20_000): Promise<RegistrationReport> {
  return waitUntil(`${agent.name} account ${accountId} to be ${status}`, async () => {
    const report = await agent.registration(accountId);
    return report?.status === status ? report : undefined;
  }, timeoutMs);
}

export async function waitForCallEvent(
  agent: RingdeskAgent,
  what: string,
  match: (event: CallEvent) => boolean,
  timeoutMs = 20_000,
): Promise<CallEvent> {
  return waitUntil(`${agent.name}: ${what}`, async () => (await agent.callEvents()).find(match), timeoutMs);
}


/**
 * Ends whatever calls an agent still has, through the phone's own buttons, and
 * waits for an idle phone. Run after each test so that one test's failure
 * leaves no call behind to turn the next test's ring into a call-waiting tone.
 */
export async function endAllCalls(agent: RingdeskAgent): Promise<void> {
  const ends = agent.page.getByRole('button', { name: /^(Hang up|Cancel call|Decline)$/ });
  for (let round = 0; round < 10 && (await agent.phone()).calls.length > 0; round++) {
    if ((await ends.count()) > 0) await ends.first().click({ timeout: 2_000 }).catch(() => undefined);
    await sleep(200);
  }
  await waitUntil(`${agent.name}: no calls left`, async () => (await agent.phone()).calls.length === 0);
}
