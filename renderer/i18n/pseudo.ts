// A pseudo-locale (en-XA) for finding text that does not go through the
// catalogue: every message is accented and wrapped in ⟦…⟧ (and made longer,
// as translations often are), so a string a component wrote by hand shows up
// plain. Turned on per tab by opening the app with `?pseudo=1`.
import type { Catalogue } from './en';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Accents letters outside `{placeholders}`, pads by a third, and brackets the message. */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const padding = '·'.repeat(Math.ceil(text.length / 3));
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}

export function pseudoCatalogue(source: Catalogue): Catalogue {
  const out = {} as Catalogue;
  for (const key of Object.keys(source) as (keyof Catalogue)[]) out[key] = pseudoLocalize(source[key]);
  return out;
}

const PSEUDO_FLAG = 'ringdesk.pseudoLocale';

/** True when this tab was opened with `?pseudo=1` (remembered for the tab's life). */
export function pseudoLocaleRequested(): boolean {
  if (new URLSearchParams(window.location.search).get('pseudo') === '1') sessionStorage.setItem(PSEUDO_FLAG, '1');
  return sessionStorage.getItem(PSEUDO_FLAG) === '1';
}
