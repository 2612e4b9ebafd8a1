// The Electron app on the SIP test bed: it registers to Kamailio and an
// inbound call from sipp shows the call window and a notification. Electron
// runs as a plain process inside the test's loopback namespace (Playwright's
// _electron connects over TCP, which cannot reach into the namespace), and
// the test reads what the app logs. Skipped where Electron's binary is absent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../../support/tools';
import { SIP_DOMAIN, SIP_WS_URL, startKamailio } from '../../support/sip/kamailio';
import type { Kamailio } from '../../support/sip/kamailio';
import { createLoopbackNamespace, SIP_TOOLS } from '../../support/sip/netns';
import type { LoopbackNamespace } from '../../support/sip/netns';
import { runSipp, sippFailure } from '../../support/sip/sipp';
import { eventually, newDataDir, runRingdesk, skipReason } from './launch';

const tools = skipReason === '' ? requireTools(...SIP_TOOLS) : { ok: false, reason: '' };
const reason = skipReason || (tools.ok ? '' : `(skipped: ${tools.reason})`);

describe.skipIf(reason !== '')(`the Electron app on the SIP test bed ${reason}`, () => {
  let ns: LoopbackNamespace;
  let kamailio: Kamailio;
  let app: ReturnType<typeof runRingdesk> | undefined;

  beforeAll(async () => {
    ns = await createLoopbackNamespace();
    kamailio = await startKamailio(ns);
    const dataDir = newDataDir();
    // The settings the Accounts screen would save (electron-store's settings.json).
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        sip: { accounts: [{ id: 'desk', label: 'Desk', server: SIP_WS_URL, uri: `sip:1001@${SIP_DOMAIN}`, displayName: 'Agent 1001' }] },
      }),
    );
    app = runRingdesk(dataDir, [], (command, args, options) => ns.spawn(command, args, options));
  });
  afterAll(async () => {
    if (app && app.child.exitCode === null) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    await kamailio?.stop();
    await ns?.close();
  });

  it('registers the account and shows it in the tray', async () => {
    await eventually('registration', () => app?.log().includes('sip account desk: registered'), 30_000);
  });

  it('shows the call window and a notification when a SIP phone calls', async () => {
    const sipp = runSipp(ns, { scenario: 'uac-ring-cancel.xml', service: '1001', displayName: 'Alice Example', callerNumber: '+15551234567' });
    await eventually('the call window', () => app?.log().includes('call window: show-inactive'), 30_000);
    const log = app?.log() ?? '';
    // Notifications need a notification service on the desktop bus; the call window does not.
    if (!/notifications are not supported/.test(log)) expect(log).toMatch(/notification shown: incoming call \S+/);
    await eventually('the call window to hide after the caller gives up', () => app?.log().includes('call window: hide'), 30_000);
    const run = await sipp;
    expect(run.exitCode, sippFailure(run)).toBe(0);
  });
});
