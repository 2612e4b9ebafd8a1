// Debian's Chromium driven by playwright-core (never a downloaded browser),
// with the flags this machine needs: no sandbox as root, and no background
// networking (the closed network would otherwise be hammered with retries).
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions } from 'playwright-core';
import { requireTools } from './tools';

export const CHROMIUM_PATH = process.env.RINGDESK_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumAvailable = () => requireTools(CHROMIUM_PATH);

export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(options: LaunchOptions & { extraArgs?: string[] } = {}): Promise<Browser> {
  const { extraArgs = [], ...rest } = options;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...rest,
    args: [...BASE_CHROMIUM_ARGS, ...extraArgs, ...(rest.args ?? [])],
  });
}
