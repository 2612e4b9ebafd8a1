// The call window as the test looks at it: a call's card, its ticket and
// journal chips, and a numbered screenshot series under
// test-results/screenshots/full/ for a person to look through.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { settle, SCREENSHOT_DIR } from '../../support/screens';
import { waitUntil } from '../../support/sip/ringdesk-agent';
import { t } from './admin-setup';

export const FULL_SCREENSHOTS = join(SCREENSHOT_DIR, 'full');

export type TaskStatus = 'pending' | 'running' | 'done' | 'failed';

/** The card of the call from `caller` (its display name, or its number when it has none). */
export const callCard = (page: Page, caller: string): Locator => page.getByRole('region', { name: t('call.card', { caller }) });

/** The card of a call by its SIP Call-ID (for callers whose name is no good as a locator). */
export const cardOfCall = (page: Page, sipCallId: string): Locator => page.locator(`section.call-card[data-call-id="${sipCallId.replace(/["\\]/g, '\\$&')}"]`);

export const taskChip = (card: Locator, kind: 'ticket' | 'journal'): Locator => card.locator(`.chip[data-task="${kind}"]`);

export async function waitForTask(card: Locator, kind: 'ticket' | 'journal', status: TaskStatus, timeoutMs = 30_000): Promise<string> {
  const chip = taskChip(card, kind);
  return waitUntil(
    `the ${kind} chip to say ${status}`,
    async () => ((await chip.count()) > 0 && (await chip.getAttribute('data-status')) === status ? ((await chip.textContent()) ?? '') : undefined),
    timeoutMs,
  );
}

export async function waitForState(card: Locator, state: 'ringing' | 'answered' | 'ended', timeoutMs = 30_000): Promise<void> {
  await waitUntil(`the call card to be ${state}`, async () => (await card.getAttribute('data-state')) === state, timeoutMs);
}

let shot = 0;

/** Saves the call window as `NN-name.png` (numbered in the order taken; a run starts a fresh series). */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (shot === 0) rmSync(FULL_SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(FULL_SCREENSHOTS, { recursive: true });
  await settle(page);
  const file = join(FULL_SCREENSHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
