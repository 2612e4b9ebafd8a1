// Steps of the agent's and admin's walk through the UI, shared by the tests
// in this folder: open the app in a language, open the call-only window, go
// to a screen, and check a screen (axe, overflow, screenshots light/dark).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale, Translate } from '../../../renderer/i18n/i18n';
import { translator } from '../../../renderer/i18n/i18n';
import type { RingdeskApi } from '../../../shared/ipc';
import { projectRoot } from '../../support/browser-host';
import type { RunningHost } from '../../support/browser-host';
import { expectAccessible, screenshotScreen, setTheme, VIEWPORTS } from '../../support/screens';

export const labels = (locale: Locale): Translate => translator(locale);

export interface OpenPage {
  readonly page: Page;
  /** Console errors and crashes seen on the page. */
  readonly problems: string[];
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** The main window at 1280x800, in `locale`, light theme. */
export async function openMainWindow(browser: Browser, host: RunningHost, locale: Locale): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: VIEWPORTS.main });
  const problems = watch(page);
  await page.goto(host.url);
  await page.getByRole('navigation').waitFor();
  await invoke(page, 'settings.set', { general: { language: locale, theme: 'light' } });
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  return { page, problems };
}

/** The call-only view the desktop app opens (index.html?window=call) at 400x600. */
export async function openCallWindow(browser: Browser, host: RunningHost, locale: Locale): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: VIEWPORTS.call });
  const problems = watch(page);
  await page.goto(`${host.url}&window=call`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  await page.getByText(labels(locale)('call.idle')).waitFor();
  return { page, problems };
}

/** Calls the contract from the page, as the UI would (for set-up steps that are not the walk's subject). */
export async function invoke(page: Page, channel: string, payload?: unknown): Promise<unknown> {
  return page.evaluate(
    async ([c, p]) => {
      const api = (window as unknown as { ringdesk?: RingdeskApi }).ringdesk as unknown as { invoke(c: string, p?: unknown): Promise<unknown> };
      return p === undefined ? api.invoke(c) : api.invoke(c, p);
    },
    [channel, payload] as const,
  );
}

export async function goTo(page: Page, t: Translate, screen: 'phone' | 'integration' | 'features' | 'accounts' | 'settings' | 'templates', heading: string): Promise<void> {
  await page.getByRole('link', { name: t(`nav.${screen}`) }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** axe (no serious/critical violations), no overflow, and screenshots in light and dark at the given size. */
export async function checkScreen(page: Page, name: string, viewport: 'main' | 'call', shots: boolean): Promise<void> {
  await expectAccessible(page, `${name} (light)`);
  if (shots) await screenshotScreen(page, name, { viewports: [viewport], themes: ['light', 'dark'], fullPage: viewport === 'main' });
  else await setTheme(page, 'dark');
  await expectAccessible(page, `${name} (dark)`);
  await setTheme(page, 'light');
}

export function fixtureTemplate(name: string): string {
  return readFileSync(join(projectRoot, 'test', 'fixtures', 'templates', name), 'utf8');
}

export function expectNoPageErrors(open: OpenPage, where: string): void {
  // The browser logs failed loads of the helpdesk's own pages' favicons etc. in other tabs, not here.
  expect(open.problems.filter((p) => !/favicon/.test(p)), `errors on ${where}`).toEqual([]);
}
