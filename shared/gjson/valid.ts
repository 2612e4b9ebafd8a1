// gjson Valid: strict JSON (RFC 8259 grammar; string contents are not
// checked for UTF-8). gjson's validator recurses per nesting level; this one
// keeps an explicit stack so any depth is fine.
//
// Text that is valid is usually accepted by one regex first (see
// VALID_PATTERN), which reads it about twice as fast as the loop.
import { regexLimit } from './skip-patterns';

const WS = '[ \\t\\n\\r]*';
const STRING = '"[^"\\\\\\x00-\\x1f]*(?:\\\\(?:["\\\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\\\\x00-\\x1f]*)*"';
const NUMBER = '-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?';

/**
 * Containers nested deeper than this fail the regex (and take the loop).
 * The pattern doubles with each level, and past 5 it grows too big for V8
 * to compile to machine code: it then runs interpreted, no faster than the loop.
 */
const VALID_DEPTH = 5;

/**
 * A JSON value with containers nested at most `depth` deep. Members and
 * elements are each followed by a comma that a further one follows, or by
 * the closing bracket: one copy of the inner value per kind of container.
 * Every alternative starts with its own character and the runs of digits and
 * whitespace cannot end anywhere else and go on, so there is one way to
 * match and a failure backtracks in linear time.
 */
function valuePattern(depth: number): string {
  const scalar = `${STRING}|${NUMBER}|true|false|null`;
  if (depth === 0) return `(?:${scalar})`;
  const inner = valuePattern(depth - 1);
  const object = `\\{${WS}(?:${STRING}${WS}:${WS}${inner}${WS}(?:,${WS}(?=")|(?=\\})))*\\}`;
  const array = `\\[${WS}(?:${inner}${WS}(?:,${WS}(?!\\])|(?=\\])))*\\]`;
  return `(?:${scalar}|${object}|${array})`;
}

/** A match is valid JSON; a failure decides nothing (deeper nesting or invalid text). */
const VALID_PATTERN = new RegExp(`^${WS}${valuePattern(VALID_DEPTH)}${WS}$`);

function skipWs(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
  }
  return i;
}

/** End of a string whose opening quote is before `i`, or -1. */
function validString(s: string, i: number): number {
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      i++;
      if (i === n) return -1;
      switch (s.charCodeAt(i)) {
        case 0x22:
        case 0x5c:
        case 0x2f:
        case 0x62:
        case 0x66:
        case 0x6e:
        case 0x72:
        case 0x74:
          break;
        case 0x75:
          for (let j = 0; j < 4; j++) {
            i++;
            if (i >= n) return -1;
            const h = s.charCodeAt(i);
            if (!((h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66) || (h >= 0x41 && h <= 0x46))) return -1;
          }
          break;
        default:
          return -1;
      }
    } else if (c === 0x22) {
      return i + 1;
    }
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** End of a number starting at `i`, or -1. */
function validNumber(s: string, i: number): number {
  const n = s.length;
  if (s.charCodeAt(i) === 0x2d) {
    i++;
    if (i === n || !isDigit(s.charCodeAt(i))) return -1;
  }
  if (s.charCodeAt(i) === 0x30) {
    i++;
  } else {
    while (i < n && isDigit(s.charCodeAt(i))) i++;
  }
  if (i === n) return i;
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    if (i === n || !isDigit(s.charCodeAt(i))) return -1;
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
  }
  if (i === n) return i;
  const e = s.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    if (i === n) return -1;
    const sign = s.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (i === n || !isDigit(s.charCodeAt(i))) return -1;
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
  }
  return i;
}

function validWord(s: string, i: number, word: string): number {
  return s.startsWith(word, i) ? i + word.length : -1;
}

export function validJson(s: string): boolean {
  if (s.length <= regexLimit.maxText && VALID_PATTERN.test(s)) return true;
  const n = s.length;
  const stack: number[] = []; // 0x7d for an open object, 0x5d for an open array
  let i = skipWs(s, 0);
  if (i >= n) return false;
  // States: value (parse a value at i), key (at '"' of a key), after (a value ended at i).
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    if (state === 'value') {
      i = skipWs(s, i);
      if (i >= n) return false;
      const c = s.charCodeAt(i);
      if (c === 0x7b) {
        i = skipWs(s, i + 1);
        if (i >= n) return false;
        if (s.charCodeAt(i) === 0x7d) {
          i++;
          state = 'after';
          continue;
        }
        if (s.charCodeAt(i) !== 0x22) return false;
        stack.push(0x7d);
        state = 'key';
        continue;
      }
      if (c === 0x5b) {
        i = skipWs(s, i + 1);
        if (i >= n) return false;
        if (s.charCodeAt(i) === 0x5d) {
          i++;
          state = 'after';
          continue;
        }
        stack.push(0x5d);
        continue; // a value follows
      }
      if (c === 0x22) i = validString(s, i + 1);
      else if (c === 0x2d || isDigit(c)) i = validNumber(s, i);
      else if (c === 0x74) i = validWord(s, i, 'true');
      else if (c === 0x66) i = validWord(s, i, 'false');
      else if (c === 0x6e) i = validWord(s, i, 'null');
      else return false;
      if (i < 0) return false;
      state = 'after';
      continue;
    }
    if (state === 'key') {
      i = validString(s, i + 1);
      if (i < 0) return false;
      i = skipWs(s, i);
      if (i >= n || s.charCodeAt(i) !== 0x3a) return false;
      i++;
      state = 'value';
      continue;
    }
    // after a value
    i = skipWs(s, i);
    const close = stack[stack.length - 1];
    if (close === undefined) return i === n;
    if (i >= n) return false;
    const c = s.charCodeAt(i);
    if (c === close) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== 0x2c) return false;
    i++;
    if (close === 0x7d) {
      i = skipWs(s, i);
      if (i >= n || s.charCodeAt(i) !== 0x22) return false;
      state = 'key';
    } else {
      state = 'value';
    }
  }
}
