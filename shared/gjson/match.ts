// tidwall/match 1.1.1 MatchLimit: '*' matches any run of characters, '?'
// one character, '\' escapes. The Go original recurses once per '*'; this
// port keeps the same search order with an explicit stack, so a pattern with
// thousands of stars cannot overflow the call stack, and it keeps the same
// complexity limit (stop after len(str in UTF-8 bytes) * maxcomp steps), so
// the answers agree with Go's even when the limit is hit.
import { utf8Length } from './utf8';

const STAR = 0x2a;
const QUESTION = 0x3f;
const BACKSLASH = 0x5c;

/** gjson's limit: matchLimit(str, pattern) = MatchLimit(str, pattern, 10000). */
export const MATCH_COMPLEXITY = 10000;

const NO_MATCH = 0;
const MATCHED = 1;
const STOPPED = 2;

/** Code point at `i` and its length in code units (a lone surrogate counts as itself). */
function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

function width(cp: number): number {
  return cp >= 0x10000 ? 2 : 1;
}

/** Last code point before `end` (not before `start`). */
function lastCodePoint(s: string, start: number, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= start) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/** Returns true when `str` matches `pattern`; false when it does not or the limit was reached. */
export function matchLimit(str: string, pattern: string, maxcomp = MATCH_COMPLEXITY): boolean {
  if (pattern === '*') return true;
  const simple = matchSimple(str, pattern);
  if (simple !== undefined) return simple;
  return run(str, pattern, maxcomp) === MATCHED;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * The usual key patterns ('c?ildren', 'name*') the quick way: literals and
 * '?', then at most one '*' at the very end, with no surrogate where they
 * are compared, so that every character is one code unit. Such a pattern
 * never recurses (so never meets the complexity limit). Undefined for
 * anything else, which the full matcher takes.
 */
function matchSimple(str: string, pat: string): boolean | undefined {
  const n = pat.length;
  const star = n > 0 && pat.charCodeAt(n - 1) === STAR;
  const literal = star ? n - 1 : n;
  for (let i = 0; i < literal; i++) {
    const pc = pat.charCodeAt(i);
    if (pc === STAR || pc === BACKSLASH || isSurrogate(pc)) return undefined;
    if (i >= str.length) return false;
    const sc = str.charCodeAt(i);
    if (isSurrogate(sc)) return undefined;
    if (pc !== QUESTION && pc !== sc) return false;
  }
  return star || str.length === literal;
}

/** Like matchLimit but tells a stop by the complexity limit apart (for tests). */
export function matchLimitDetailed(str: string, pattern: string, maxcomp = MATCH_COMPLEXITY): { matched: boolean; stopped: boolean } {
  if (pattern === '*') return { matched: true, stopped: false };
  const r = run(str, pattern, maxcomp);
  return { matched: r === MATCHED, stopped: r === STOPPED };
}

function run(str: string, pat: string, maxcomp: number): number {
  const limit = utf8Length(str) * maxcomp;
  let counter = 0;
  // Frames of suspended callers: [s, sEnd, p, pEnd] each. A suspended frame
  // is always waiting at a '*' at p.
  const stack: number[] = [];
  let s = 0;
  let sEnd = str.length;
  let p = 0;
  let pEnd = pat.length;
  let entering = true;
  for (;;) {
    let r = -1;
    if (entering) {
      if (counter > limit) {
        r = STOPPED;
      } else {
        counter++;
      }
      entering = false;
    }
    body: while (r < 0) {
      if (p >= pEnd) {
        r = s >= sEnd ? MATCHED : NO_MATCH;
        break;
      }
      let pc = codePointAt(pat, p, pEnd);
      let ps = width(pc);
      let sc = -1;
      let ss = 0;
      if (s < sEnd) {
        sc = codePointAt(str, s, sEnd);
        ss = width(sc);
      }
      if (pc === QUESTION) {
        if (ss === 0) {
          r = NO_MATCH;
          break;
        }
      } else if (pc === STAR) {
        while (pEnd - p > 1 && pat.charCodeAt(p + 1) === STAR) p++;
        if (pEnd - p === 1) {
          r = MATCHED;
          break;
        }
        // matchTrimSuffix
        let ok = true;
        while (sEnd - s > 0 && pEnd - p > 1) {
          const lpc = lastCodePoint(pat, p, pEnd);
          let lps = width(lpc);
          let esc = false;
          for (let i = 0; ; i++) {
            if (pat.charCodeAt(pEnd - lps - i - 1) !== BACKSLASH) {
              if ((i & 1) === 1) {
                esc = true;
                lps++;
              }
              break;
            }
          }
          if (lpc === STAR && !esc) {
            ok = true;
            break;
          }
          const lsc = lastCodePoint(str, s, sEnd);
          if (!((lpc === QUESTION && !esc) || lpc === lsc)) {
            ok = false;
            break;
          }
          sEnd -= width(lsc);
          pEnd -= lps;
        }
        if (!ok) {
          r = NO_MATCH;
          break;
        }
        if (pEnd - p === 1) {
          r = MATCHED;
          break;
        }
        // Recursive wildcard search: suspend this frame, enter the callee.
        stack.push(s, sEnd, p, pEnd);
        p += 1;
        entering = true;
        break body;
      } else {
        if (ss === 0) {
          r = NO_MATCH;
          break;
        }
        if (pc === BACKSLASH) {
          p += ps;
          if (p >= pEnd) {
            r = NO_MATCH;
            break;
          }
          pc = codePointAt(pat, p, pEnd);
          ps = width(pc);
        }
        if (sc !== pc) {
          r = NO_MATCH;
          break;
        }
      }
      s += ss;
      p += ps;
    }
    if (entering) continue;
    // A frame returned r. Unwind into suspended callers.
    for (;;) {
      if (stack.length === 0) return r;
      if (r !== NO_MATCH) return r; // every caller returns a match or a stop unchanged
      pEnd = stack.pop() ?? 0;
      p = stack.pop() ?? 0;
      sEnd = stack.pop() ?? 0;
      s = stack.pop() ?? 0;
      if (s >= sEnd) {
        r = NO_MATCH;
        continue;
      }
      // wild: advance the string by one character, keep the pattern at '*'.
      s += width(codePointAt(str, s, sEnd));
      break;
    }
  }
}
