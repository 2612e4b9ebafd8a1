// The walk of gjson.go's parseObject/parseArray: one pass over the JSON
// text per path, descending only where the path goes and squashing (bracket
// counting) over everything else. The found value is kept in the mutable
// fields of WalkContext exactly as gjson keeps it in parseContext.value,
// quirks included (a later literal hit keeps the type a failed query set).
// This file has the context and the object step; walk-array.ts the array
// step (indexes, '#', queries, projections).
import { matchLimit } from './match';
import type { ObjectStep, PathNode } from './steps';
import type { PathEvaluator, ResultType, ValueSlot } from './result';
import { Result } from './result';
import { parseLiteral, parseNumber, parseSquash, parseString, scanState, skipString, unescape } from './scan';
import { keySearchRegex, regexLimit } from './skip-patterns';
import { walkArray } from './walk-array';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localMatchLimit = matchLimit;
const localResult = Result;
const localParseLiteral = parseLiteral;
const localParseNumber = parseNumber;
const localParseSquash = parseSquash;
const localParseString = parseString;
const localScanState = scanState;
const localSkipString = skipString;
const localUnescape = unescape;
const localKeySearchRegex = keySearchRegex;
const localRegexLimit = regexLimit;

/** Nesting allowed for path steps and nested lookups together (see the module doc). */
export const MAX_NESTING = 256;

/** Current nesting of walks and lookups (JavaScript runs one lookup at a time). */
export const nesting = { depth: 0 };

/**
 * gjson's parseContext: the walk's text (json[start, end), the value a
 * lookup inside an earlier value scans in place) and the value found so far.
 * Offsets kept in `index` are relative to `start`, as gjson's are to the
 * slice it was given.
 */
export class WalkContext implements ValueSlot {
  type: ResultType = 'Null';
  /** The found value's raw text is src[rs, re). */
  src = '';
  rs = 0;
  re = 0;
  /** Explicit str/num, or undefined: worked out from the text (see Result.at). */
  str: string | undefined = undefined;
  num: number | undefined = undefined;
  index = 0;
  indexes: number[] | undefined = undefined;
  /** The path after a pipe, applied to the value found (when `piped`). */
  pipe: PathNode | undefined = undefined;
  piped = false;
  calcd = false;
  /** Set by walkObject/walkArray: did the call find the value? */
  hit = false;
  constructor(
    readonly json: string,
    readonly start: number,
    readonly end: number,
    readonly evaluator: PathEvaluator,
  ) {}

  exists(): boolean {
    return this.type !== 'Null' || this.re > this.rs;
  }

  /** The value's text is json[s, e) (gjson sets Raw and Index; the caller sets the rest). */
  at(s: number, e: number): void {
    this.src = this.json;
    this.rs = s;
    this.re = e;
    this.index = s - this.start;
    this.hit = true;
  }

  /** The value's text was built, not found. */
  built(text: string): void {
    this.src = text;
    this.rs = 0;
    this.re = text.length;
  }

  setValue(r: Result): void {
    r.storeIn(this);
    if (this.indexes !== undefined) this.indexes = [...this.indexes];
  }

  result(): Result {
    return localResult.at(this.type, this.src, this.rs, this.re, this.str, this.num, this.index, this.indexes, this.evaluator);
  }
}

export function literalType(c: number, current: ResultType): ResultType {
  // gjson only assigns the type for 't' and 'f'; a null keeps whatever was there.
  return c === 0x74 ? 'True' : c === 0x66 ? 'False' : current;
}

/** gjson parseObject: `i` is just past '{'. Returns the offset reached; sets c.hit. */
export function walkObject(c: WalkContext, i: number, node: PathNode): number {
  c.hit = false;
  if (nesting.depth >= MAX_NESTING) return localParseSquash(c.json, i - 1, c.end); // too deep: skip the container
  nesting.depth++;
  try {
    return objectBody(c, i, node);
  } finally {
    nesting.depth--;
  }
}

/** Does the key at json[start, end) (raw, `escaped` if it holds a backslash) match the step's part? */
function keyMatches(json: string, start: number, end: number, escaped: boolean, rp: ObjectStep): boolean {
  if (rp.wild) {
    if (rp.part === '*') return true;
    // A key that does not start with the pattern's literal start cannot match: no slice, no matcher.
    const prefix = rp.wildPrefix;
    if (!escaped && (end - start < prefix.length || !json.startsWith(prefix, start))) return false;
    const key = json.slice(start, end);
    return localMatchLimit(escaped ? localUnescape(key) : key, rp.part);
  }
  if (escaped) return rp.part === localUnescape(json.slice(start, end));
  // Compare in place: no slice per key on the hot path.
  return end - start === rp.part.length && json.startsWith(rp.part, start);
}

function objectBody(c: WalkContext, i: number, node: PathNode): number {
  const json = c.json;
  const n = c.end;
  const rp = node.object();
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipeNode;
    c.piped = true;
  }
  // The regex that passes over members with other keys (see skip-patterns.ts),
  // while it applies: a match ends just after a matching key, or just after
  // the object's '}'. After a failed try the loop reads the rest of the object.
  let search = rp.search;
  if (search === undefined) search = rp.search = localKeySearchRegex(rp.part, rp.wild);
  if (json.length - i > localRegexLimit.maxText) search = null;
  while (i < n) {
    let ch = 0;
    let pmatch = false;
    if (search !== null) {
      search.lastIndex = i;
      const end = search.test(json) ? search.lastIndex : n + 1;
      if (end <= n) {
        i = end;
        if (json.charCodeAt(end - 1) === 0x7d) {
          c.hit = false;
          return i;
        }
        pmatch = true;
      } else {
        search = null;
      }
    }
    if (search === null) {
      // The next key, or the end of the object.
      for (; i < n; i++) {
        ch = json.charCodeAt(i);
        if (ch === 0x22 || ch === 0x7d) break;
      }
      if (i >= n) break;
      if (ch === 0x7d) {
        c.hit = false;
        return i + 1;
      }
      const keyStart = i + 1;
      i = localParseString(json, keyStart, n);
      if (!localScanState.ok) {
        c.hit = false;
        return i;
      }
      pmatch = keyMatches(json, keyStart, i - 1, localScanState.escaped, rp);
    }
    const hit = pmatch && !rp.more;
    // The value: skip what the path does not need, stop at what it does.
    for (; i < n; i++) {
      ch = json.charCodeAt(i);
      if (ch <= 0x20 || ch === 0x3a) continue; // whitespace and ':' before the value
      let num = false;
      switch (ch === 0x6e && i + 1 < n && json.charCodeAt(i + 1) !== 0x75 ? 0x2b : ch) {
        case 0x22: {
          if (!hit) {
            i = localSkipString(json, i + 1, n);
            if (i < 0) {
              c.hit = false;
              return n;
            }
            break;
          }
          const s = i;
          i = localParseString(json, i + 1, n);
          if (!localScanState.ok) {
            c.hit = false;
            return i;
          }
          c.at(s, i);
          c.type = 'String';
          c.str = undefined;
          return i;
        }
        case 0x7b:
        case 0x5b: {
          if (pmatch && !hit) {
            const next = rp.next;
            i = next === undefined ? i + 1 : ch === 0x7b ? walkObject(c, i + 1, next) : walkArray(c, i + 1, next);
            if (c.hit) return i;
          } else {
            const s = i;
            i = localParseSquash(json, i, n);
            if (hit) {
              c.at(s, Math.min(i, n));
              c.type = 'JSON';
              return i;
            }
          }
          break;
        }
        case 0x6e:
        case 0x74:
        case 0x66: {
          const s = i;
          i = localParseLiteral(json, i, n);
          if (hit) {
            c.at(s, i);
            c.type = literalType(ch, c.type);
            return i;
          }
          break;
        }
        case 0x2b:
        case 0x2d:
        case 0x49:
        case 0x4e:
        case 0x69:
          num = true;
          break;
        default:
          if (ch >= 0x30 && ch <= 0x39) {
            num = true;
            break;
          }
          continue;
      }
      if (num) {
        const s = i;
        i = localParseNumber(json, i, n);
        if (hit) {
          c.at(s, i);
          c.type = 'Number';
          c.num = undefined;
          return i;
        }
      }
      break;
    }
  }
  c.hit = false;
  return i;
}
