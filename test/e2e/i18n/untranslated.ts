// Finds what a page shows a person that did not come from the catalogue,
// with the app in the pseudo-locale (every message is wrapped in ⟦…⟧): any
// visible text node, or translatable attribute (aria-label, title,
// placeholder, alt), with letters outside a ⟦…⟧ message. Text inside an
// element marked translate="no" (the HTML standard's "not for translation":
// names, numbers, URLs, template XML, product names) is left alone, as a
// translator would leave it. An empty ⟦⟧ (a message or value that came out
// empty) counts too.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Untranslated {
  /** Where: the element's tag, id/class and, for an attribute, `[name]`. */
  readonly where: string;
  readonly text: string;
}

export const TRANSLATABLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-placeholder', 'aria-roledescription'] as const;

export async function untranslatedText(page: Page): Promise<Untranslated[]> {
  return page.evaluate((attributes) => {
    const found: { where: string; text: string }[] = [];
    // Letters left once every ⟦…⟧ message is taken out (messages never nest); an empty ⟦⟧ is a value formatted to nothing.
    const stray = (text: string): boolean => text.includes('⟦⟧') || /\p{L}/u.test(text.replace(/⟦[^⟧]*⟧/gu, ''));
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() !== '' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const parent = el.parentElement ? `${el.parentElement.tagName.toLowerCase()} > ` : '';
      return `${parent}${el.tagName.toLowerCase()}${id}${cls}`;
    };
    // translate is inherited: the nearest element that says decides (a translate="yes" inside a "no" opts back in).
    const notForTranslation = (el: Element): boolean => el.closest("[translate]")?.getAttribute("translate") === "no";
    // An <option> has no box of its own; it is seen when its <select> is opened.
    const shown = (el: Element): boolean => {
      const owner = el.closest('select') ?? el;
      return owner.getClientRects().length > 0 && getComputedStyle(owner).visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA'].includes(parent.tagName)) continue;
      if (!stray(text) || notForTranslation(parent) || !shown(parent)) continue;
      found.push({ where: describe(parent), text: text.trim().slice(0, 80) });
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (notForTranslation(el) || !shown(el)) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value !== null && stray(value)) found.push({ where: `${describe(el)}[${name}]`, text: value.slice(0, 80) });
      }
    }
    return found;
  }, [...TRANSLATABLE_ATTRIBUTES]);
}

/** Fails listing every text and attribute on the page that is not a catalogue message. */
export async function expectAllTranslated(page: Page, where: string): Promise<void> {
  const found = await untranslatedText(page);
  expect(found.map((f) => `${f.where}: ${JSON.stringify(f.text)}`), `text outside the catalogue on ${where}`).toEqual([]);
}
