// The foundation end to end: the built renderer in Debian's Chromium, talking
// to the real browser host process over its WebSocket contract.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostProcess } from '../../support/browser-host';
import type { RunningHost } from '../../support/browser-host';
import { chromiumAvailable, launchChromium } from '../../support/chromium';

const tools = chromiumAvailable();
let browser: Browser;
const hosts: RunningHost[] = [];

async function openApp(host: RunningHost): Promise<Page> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  expect(problems, 'the page logged errors (a CSP violation or a crash)').toEqual([]);
  return page;
}

function themeOnDisk(dataDir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { general?: { theme?: string } }).general?.theme;
  } catch {
    return undefined;
  }
}

describe.skipIf(!tools.ok)(`settings through the UI ${tools.reason}`, () => {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });

  it('are changed in one window, persisted, pushed to another window, and survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-settings-'));
    const host = await startHostProcess(dataDir);
    hosts.push(host);

    const first = await openApp(host);
    const second = await openApp(host);
    expect(await second.getByLabel('Theme').inputValue()).toBe('system');

    await first.getByLabel('Theme').selectOption('dark');
    await first.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(themeOnDisk(dataDir)).toBe('dark');

    // settings.changed reaches the other window without a reload.
    await expect.poll(() => second.getByLabel('Theme').inputValue()).toBe('dark');
    await expect.poll(() => second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // The token was moved out of the address bar.
    expect(first.url()).not.toContain('token=');

    await host.stop();
    const restarted = await startHostProcess(dataDir);
    hosts.push(restarted);
    const third = await openApp(restarted);
    expect(await third.getByLabel('Theme').inputValue()).toBe('dark');
  });

  it('shows the reason when a value is refused, and keeps the previous one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-settings-'));
    const host = await startHostProcess(dataDir);
    hosts.push(host);
    const page = await openApp(host);
    const region = page.getByLabel('Default region for phone numbers');
    await region.fill('G1');
    await region.blur();
    await page.getByRole('status').filter({ hasText: /Not saved: settings\.set request rejected: general\.defaultRegion/ }).waitFor();
    expect(themeOnDisk(dataDir)).toBeUndefined();
    await region.fill('GB');
    await region.blur();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  });

  it('reconnects to the host after the connection drops, and keeps working', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-settings-'));
    const host = await startHostProcess(dataDir);
    hosts.push(host);
    const page = await openApp(host);
    // Going offline closes the page's WebSocket to the host; coming back must not need a reload.
    await page.context().setOffline(true);
    await page.waitForTimeout(300);
    await page.context().setOffline(false);
    await page.getByLabel('Theme').selectOption('light');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(themeOnDisk(dataDir)).toBe('light');
  });

  it('switches the whole UI to Simplified Chinese without a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rd-e2e-settings-'));
    const host = await startHostProcess(dataDir);
    hosts.push(host);
    const page = await openApp(host);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '设置' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });
});
