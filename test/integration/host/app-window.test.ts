// With a display, the browser host opens the app in a browser's app mode
// ($BROWSER, else /usr/bin/chromium); without one it only prints the URL.
// A stand-in browser records how it was started.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHostProcess } from '../../support/browser-host';

function recordingBrowser(): { command: string; argsFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rd-fake-browser-'));
  const argsFile = join(dir, 'args');
  const command = join(dir, 'browser');
  writeFileSync(command, `#!/bin/sh\nprintf '%s\\n' "$@" > ${JSON.stringify(argsFile)}\n`);
  chmodSync(command, 0o755);
  return { command, argsFile };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
}

describe('the browser host on a desktop', () => {
  it('opens the URL with its token in the browser, in app mode, with its own profile', async () => {
    const { command, argsFile } = recordingBrowser();
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-app-window-'));
    const host = await startHostProcess(dataDir, { RINGDESK_NO_BROWSER: '0', DISPLAY: ':99', BROWSER: command });
    try {
      await until(() => existsSync(argsFile));
      const args = readFileSync(argsFile, 'utf8').trim().split('\n');
      expect(args).toContain(`--app=${host.url}`);
      expect(args).toContain(`--user-data-dir=${join(dataDir, 'browser-profile')}`);
      expect(args).toContain('--disable-background-networking');
    } finally {
      await host.stop();
    }
  });

  it('opens nothing without a display, and still prints the URL', async () => {
    const { command, argsFile } = recordingBrowser();
    const host = await startHostProcess(mkdtempSync(join(tmpdir(), 'rd-app-window-')), {
      RINGDESK_NO_BROWSER: '0',
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
      BROWSER: command,
    });
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      await new Promise((r) => setTimeout(r, 500));
      expect(existsSync(argsFile)).toBe(false);
    } finally {
      await host.stop();
    }
  });
});
