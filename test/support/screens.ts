// Screen checks for e2e tests of any screen: screenshots at the main window
// size (1280x800) and the call window size (400x600) in light and dark
// themes, saved under test-results/screenshots/ (gitignored) for a person to
// look at; an overflow check (no horizontal scroll, no element sticking out
// of the viewport); and an axe-core accessibility check that fails on
// serious or critical violations. axe's source is evaluated through the
// DevTools protocol (page.evaluate), which the app's CSP does not block.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RingdeskApi } from '../../shared/ipc';
import { projectRoot } from './browser-host';

export const SCREENSHOT_DIR = join(projectRoot, 'test-results', 'screenshots');

export const VIEWPORTS = {
  main: { width: 1280, height: 800 },
  call: { width: 400, height: 600 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type Theme = 'light' | 'dark';

/** Switches the theme through the real settings channel and waits until the page shows it. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(async (next) => {
    const api = (window as unknown as { ringdesk?: RingdeskApi }).ringdesk;
    if (!api) throw new Error('window.ringdesk is not there yet: open the app first');
    await api.invoke('settings.set', { general: { theme: next } });
  }, theme);
  await page.waitForFunction((next) => document.documentElement.dataset.theme === next, theme);
}

/** Two animation frames: React has committed and the browser has painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export interface ScreenshotOptions {
  readonly viewports?: readonly ViewportName[];
  readonly themes?: readonly Theme[];
  /** The whole scrollable page rather than the viewport (default true). */
  readonly fullPage?: boolean;
  /** Also fail when something overflows at that size (default true). */
  readonly checkOverflow?: boolean;
}

/**
 * Saves `<name>-<viewport>-<theme>.png` for each size and theme, checking
 * overflow at each; leaves the page at its last size and theme. Returns the files.
 */
export async function screenshotScreen(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string[]> {
  const { viewports = ['main', 'call'], themes = ['light', 'dark'], fullPage = true, checkOverflow = true } = options;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  for (const viewport of viewports) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    for (const theme of themes) {
      await setTheme(page, theme);
      await settle(page);
      if (checkOverflow) await expectNoOverflow(page, `${name} at ${viewport} (${theme})`);
      const file = join(SCREENSHOT_DIR, `${name}-${viewport}-${theme}.png`);
      await page.screenshot({ path: file, fullPage });
      files.push(file);
    }
  }
  return files;
}

/**
 * What sticks out horizontally: the document scrolling sideways, and each
 * visible element whose box ends past the viewport without an ancestor that
 * clips or scrolls it (a long line inside a scrolling <pre> is fine).
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${scrollWidth}px of content in ${width}px`);
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() !== '' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ''}`;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (rect.right > width + 1 && !clipped(el)) {
        problems.push(`${describe(el)} ends at ${Math.round(rect.right)}px, past the ${width}px viewport`);
        if (problems.length > 10) break;
      }
    }
    return problems;
  });
}

export async function expectNoOverflow(page: Page, where: string): Promise<void> {
  expect(await overflowProblems(page), `horizontal overflow on ${where}`).toEqual([]);
}

let axeSource: string | undefined;

function axeScript(): string {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the offending nodes (at most five). */
  readonly targets: readonly string[];
}

/** Runs axe-core on the page as it is now; returns the violations of the given impacts. */
export async function axeViolations(page: Page, impacts: readonly string[] = ['serious', 'critical']): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeScript());
  const found = await page.evaluate(async () => {
    interface AxeNode { target: unknown[] }
    interface AxeViolation { id: string; impact?: string | null; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) }));
  });
  return found.filter((f) => impacts.includes(f.impact));
}

/** Fails with every serious or critical violation, named with its rule and where it is. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`), `accessibility of ${where}`).toEqual([]);
}
