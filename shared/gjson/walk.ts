// The walk of gjson.go's parseObject/parseArray: one pass over the JSON
// text per path, descending only where the path goes and squashing (bracket
// counting) over everything else. The found value is kept in the mutable
// fields of WalkContext exactly as gjson keeps it in parseContext.value,
// quirks included (a later literal hit keeps the type a failed query set).
import { joinJson } from './json-string';
import { matchLimit } from './match';
import type { ArrayStep, ObjectStep, PathNode } from './steps';
import { queryMatches } from './query';
import type { PathEvaluator, ResultType, ValueSlot } from './result';
import { anySpan, anyState, Result } from './result';
import { parseLiteral, parseNumber, parseSquash, parseString, scanState, skipString, unescape } from './scan';
import { keySearchRegex, regexLimit } from './skip-patterns';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localJoinJson = joinJson;
const localMatchLimit = matchLimit;
const localQueryMatches = queryMatches;
const localAnySpan = anySpan;
const localAnyState = anyState;
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

function literalType(c: number, current: ResultType): ResultType {
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
  // while it applies; after a failed try the loop reads the rest of the object.
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

/** gjson parseArray: `i` is just past '[' (or 0 for JSON Lines). Returns the offset reached; sets c.hit. */
export function walkArray(c: WalkContext, i: number, node: PathNode): number {
  c.hit = false;
  if (nesting.depth >= MAX_NESTING) return localParseSquash(c.json, i - 1, c.end); // too deep: skip the container
  nesting.depth++;
  try {
    return arrayBody(c, i, node);
  } finally {
    nesting.depth--;
  }
}

/** Mutable per-call state of one array step. */
interface ArrayWalk {
  rp: ArrayStep;
  /** The raw matches of '#(...)#' and their offsets, from the first element tested. */
  multires: string[] | undefined;
  queryIndexes: number[] | undefined;
}

/** The array element json[s, e) as a Result (str and num worked out on demand). */
function element(c: WalkContext, type: ResultType, s: number, e: number): Result {
  return localResult.at(type, c.json, s, e, undefined, undefined, s - c.start, undefined, c.evaluator);
}

/**
 * gjson procQuery for the element json[s, e): does it satisfy the query? A
 * match of '#(...)' sets the value (true: the walk is done); the matches of
 * '#(...)#' are collected in w.multires.
 */
function procQuery(c: WalkContext, w: ArrayWalk, type: ResultType, s: number, e: number): boolean {
  const rp = w.rp;
  const query = rp.query;
  if (query.all && w.multires === undefined) {
    w.multires = [];
    w.queryIndexes = [];
  }
  let tested: Result;
  if (type === 'JSON') {
    // The test reads only the type and value, so the element is searched in place without a Result of its own.
    if (rp.queryNode === undefined) return false; // (set whenever the step has a query)
    tested = c.evaluator.getNode(c.json, s, e, rp.queryNode, 0);
  } else {
    if (query.path !== '') return false;
    tested = element(c, type, s, e);
  }
  if (!localQueryMatches(query, tested)) return false;
  let res: Result;
  if (rp.more && rp.elementNode !== undefined) {
    // gjson splits the rest of the path at its first top-level pipe here (see ArrayStep.elementPipe).
    if (rp.elementPipe !== undefined) {
      c.pipe = rp.elementPipe;
      c.piped = true;
    }
    res = c.evaluator.getNode(c.json, s, e, rp.elementNode, s - c.start);
  } else {
    res = type === 'JSON' ? element(c, type, s, e) : tested;
  }
  if (query.all) {
    const raw = res.raw.length === 0 ? res.string() : res.raw;
    if (raw !== '') {
      w.multires?.push(raw);
      w.queryIndexes?.push(res.index);
    }
    return false;
  }
  c.setValue(res);
  return true;
}

function arrayBody(c: WalkContext, i: number, node: PathNode): number {
  const json = c.json;
  const n = c.end;
  const rp = node.array();
  const w: ArrayWalk = { rp, multires: undefined, queryIndexes: undefined };
  const queryOn = rp.query.on;
  const partidx = rp.index;
  let pmatch = false;
  let hit = false;
  let h = 0;
  const alog: number[] | undefined = rp.alogok ? [] : undefined;
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipeNode;
    c.piped = true;
  }
  while (i < n + 1) {
    if (!rp.arrch) {
      pmatch = partidx === h;
      hit = pmatch && !rp.more;
    }
    h++;
    alog?.push(i);
    for (; ; i++) {
      if (i > n) break;
      const ch = i === n ? 0x5d : json.charCodeAt(i);
      let num = false;
      switch (ch === 0x6e && i + 1 < n && json.charCodeAt(i + 1) !== 0x75 ? 0x2b : ch) {
        case 0x22: {
          const s = i;
          if (!queryOn && !hit) {
            i = localSkipString(json, i + 1, n);
            if (i < 0) {
              c.hit = false;
              return n;
            }
            break;
          }
          i = localParseString(json, i + 1, n);
          if (!localScanState.ok) {
            c.hit = false;
            return i;
          }
          if (queryOn) {
            if (procQuery(c, w, 'String', s, i)) {
              c.hit = true;
              return i;
            }
          } else {
            if (rp.alogok) break;
            c.at(s, i);
            c.type = 'String';
            c.str = undefined;
            return i;
          }
          break;
        }
        case 0x7b:
        case 0x5b: {
          if (pmatch && !hit) {
            const next = rp.next;
            i = next === undefined ? i + 1 : ch === 0x7b ? walkObject(c, i + 1, next) : walkArray(c, i + 1, next);
            if (c.hit) {
              if (rp.alogok) break;
              return i;
            }
          } else {
            const s = i;
            i = localParseSquash(json, i, n);
            if (queryOn) {
              if (procQuery(c, w, 'JSON', s, Math.min(i, n))) {
                c.hit = true;
                return i;
              }
            } else if (hit) {
              if (rp.alogok) break;
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
          if (queryOn) {
            const type: ResultType = ch === 0x74 ? 'True' : ch === 0x66 ? 'False' : 'Null';
            if (procQuery(c, w, type, s, i)) {
              c.hit = true;
              return i;
            }
          } else if (hit) {
            if (rp.alogok) break;
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
        case 0x5d:
          return closeArray(c, w, i, h, alog);
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
        if (queryOn) {
          if (procQuery(c, w, 'Number', s, i)) {
            c.hit = true;
            return i;
          }
        } else if (hit) {
          if (!rp.alogok) {
            c.at(s, i);
            c.type = 'Number';
            c.num = undefined;
            return i;
          }
        }
      }
      break;
    }
  }
  c.hit = false;
  return i;
}

/** The ']' of an array step: '#' count, '#.' projection, or the collected '#(...)#' matches. */
function closeArray(c: WalkContext, w: ArrayWalk, i: number, h: number, alog: number[] | undefined): number {
  const rp = w.rp;
  if (rp.arrch && rp.part === '#') {
    if (alog !== undefined) {
      project(c, rp, alog);
      c.hit = true;
      return i + 1;
    }
    c.type = 'Number';
    c.num = h - 1;
    c.built(String(h - 1));
    c.calcd = true;
    c.hit = true;
    return i + 1;
  }
  if (!c.exists()) {
    if (w.multires !== undefined && w.multires.length > 0) {
      c.setValue(new localResult('JSON', localJoinJson('[', w.multires, ']'), '', 0, 0, w.queryIndexes, c.evaluator));
    } else if (rp.query.all) {
      c.setValue(new localResult('JSON', '[]', '', 0, 0, undefined, c.evaluator));
    }
  }
  c.hit = false;
  return i + 1;
}

/** '#.key': `key` looked up in each element (starting at the offsets in `alog`), the answers as a JSON array. */
function project(c: WalkContext, rp: ArrayStep, alog: number[]): void {
  const json = c.json;
  const n = c.end;
  const key = rp.elementNode;
  if (key === undefined) return;
  if (rp.elementPipe !== undefined) {
    c.pipe = rp.elementPipe;
    c.piped = true;
  }
  const indexes: number[] = [];
  const parts: string[] = [];
  for (let j = 0; j < alog.length; j++) {
    let idx = alog[j] ?? 0;
    while (idx < n) {
      const d = json.charCodeAt(idx);
      if (d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a) {
        idx++;
        continue;
      }
      break;
    }
    if (idx < n && json.charCodeAt(idx) !== 0x5d) {
      // The element as gjson's parseAny finds it, searched in place (its index is the base of the answer's).
      const s = localAnySpan(json, idx, n);
      if (s >= 0) {
        const res = c.evaluator.getNode(json, s, Math.min(localAnyState.end, n), key, s - c.start);
        if (res.exists()) {
          parts.push(res.raw.length === 0 ? res.string() : res.raw);
          indexes.push(res.index);
        }
      }
    }
  }
  c.type = 'JSON';
  c.built(localJoinJson('[', parts, ']'));
  c.indexes = indexes;
}
