// The desktop shell under Playwright's _electron: the app:// page with its
// CSP, the call window and notification for an incoming call, and a tel:
// link handed to a second instance dialling through the first. Skipped, with
// the reason, where Electron's binary is absent (here and on CI).
import { afterEach, describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from 'playwright-core';
import type { RingdeskApi } from '../../../shared/ipc';
import type { DialRequest } from '../../../shared/desktop-channels';
import { eventually, launchRingdesk, newDataDir, runRingdesk, skipReason } from './launch';

type TestWindow = Window & { ringdesk: RingdeskApi; dials?: DialRequest[] };

describe.skipIf(skipReason !== '')(`the Electron desktop shell ${skipReason}`, () => {
  let app: ElectronApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function start(dataDir = newDataDir()): Promise<{ electronApp: ElectronApplication; page: Page; log: () => string; dataDir: string }> {
    const launched = await launchRingdesk(dataDir);
    app = launched.app;
    const page = await app.firstWindow();
    await page.waitForFunction(() => (window as unknown as Partial<TestWindow>).ringdesk !== undefined);
    return { electronApp: launched.app, page, log: launched.log, dataDir };
  }

  it('serves its pages from app://ringdesk with a strict CSP, and answers only them', async () => {
    const { page, dataDir } = await start();
    expect(page.url()).toBe('app://ringdesk/index.html');
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(await page.evaluate(() => (window as unknown as TestWindow).ringdesk.invoke('app.info'))).toMatchObject({ host: 'electron', dataDir });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    // Inline script is refused by the CSP.
    const inline = await page.evaluate(() => {
      try {
        return (0, eval)('1 + 1') as number;
      } catch {
        return 'refused';
      }
    });
    expect(inline).toBe('refused');
  });

  it('shows the always-on-top call window and a notification when a call rings, and hides it when it ends', async () => {
    const { page, log } = await start();
    const call = {
      sipCallId: 'e2e-call-1',
      accountId: 'desk',
      direction: 'inbound',
      localNumber: '1001',
      remoteNumber: '+14155550100',
      remoteDisplayName: 'Ada Lovelace',
      remoteUri: 'sip:+14155550100@127.0.0.1',
      startedAt: Date.now(),
      at: Date.now(),
    };
    // What the phone reports when an INVITE arrives.
    await page.evaluate((c) => (window as unknown as TestWindow).ringdesk.invoke('call.event', { ...c, kind: 'ringing' } as never), call);
    const callWindow = await eventually('the call window', async () =>
      app?.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().includes('window=call'));
        return w && w.isVisible() ? { onTop: w.isAlwaysOnTop(), bounds: w.getBounds() } : undefined;
      }),
    );
    expect(callWindow.onTop).toBe(true);
    expect([callWindow.bounds.width, callWindow.bounds.height]).toEqual([400, 600]);
    const notifications = await app?.evaluate(({ Notification }) => Notification.isSupported());
    if (notifications) await eventually('the notification', () => log().includes('notification shown: incoming call e2e-call-1'));

    await page.evaluate(
      (c) => (window as unknown as TestWindow).ringdesk.invoke('call.event', { ...c, kind: 'ended', endedAt: Date.now(), disposition: 'MISSED', endedBy: 'remote' } as never),
      call,
    );
    await eventually('the call window to hide', async () =>
      app?.evaluate(({ BrowserWindow }) => !BrowserWindow.getAllWindows().some((x) => x.webContents.getURL().includes('window=call') && x.isVisible())),
    );
  });

  it('dials a tel: link handed to a second instance through the first, and refuses a hostile one', async () => {
    const { page, log, dataDir } = await start();
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.dials = [];
      w.ringdesk.on('phone.dial', (request) => w.dials?.push(request));
    });
    const second = runRingdesk(dataDir, ['tel:+1-415-555-0100']);
    // The second instance hands its arguments over and quits.
    expect(await second.exited).toBe(0);
    const dials = await eventually('the dial request', () => page.evaluate(() => ((window as unknown as TestWindow).dials?.length ? (window as unknown as TestWindow).dials : undefined)));
    expect(dials).toEqual([{ target: '+14155550100', kind: 'phone', display: '+1 415 555 0100', scheme: 'tel' }]);

    await runRingdesk(dataDir, ['tel:javascript:alert(1)']).exited;
    await eventually('the refusal', () => log().includes('click-to-call link refused: a phone link may contain only digits'));
    expect(await page.evaluate(() => (window as unknown as TestWindow).dials?.length)).toBe(1);
  });

  it('reopens the main window where it was left', async () => {
    const dataDir = newDataDir();
    const first = await start(dataDir);
    await first.electronApp.evaluate(({ BrowserWindow }) => {
      const [w] = BrowserWindow.getAllWindows();
      w?.setBounds({ x: 40, y: 30, width: 900, height: 650 });
    });
    await first.electronApp.close();
    app = undefined;
    const second = await start(dataDir);
    const bounds = await second.electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => !w.webContents.getURL().includes('window=call'))?.getBounds());
    expect(bounds).toMatchObject({ width: 900, height: 650 });
  });
});
