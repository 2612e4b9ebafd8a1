// The walk of gjson.go's parseObject/parseArray: one pass over the JSON
// text per path, descending only where the path goes and squashing (bracket
// counting) over everything else. The found value is kept in the mutable
// fields of WalkContext exactly as gjson keeps it in parseContext.value,
// quirks included (a later literal hit keeps the type a failed query set).
import { matchLimit } from './match';
import { parseGoFloat } from './number';
import type { ArrayStep, PathNode } from './steps';
import { splitPossiblePipe } from './steps';
import { queryMatches } from './query';
import type { PathEvaluator, ResultType } from './result';
import { parseAny, Result } from './result';
import { parseLiteral, parseNumber, parseSquash, parseString, scanState, unescape } from './scan';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localMatchLimit = matchLimit;
const localParseGoFloat = parseGoFloat;
const localSplitPossiblePipe = splitPossiblePipe;
const localQueryMatches = queryMatches;
const localParseAny = parseAny;
const localResult = Result;
const localParseLiteral = parseLiteral;
const localParseNumber = parseNumber;
const localParseSquash = parseSquash;
const localParseString = parseString;
const localScanState = scanState;
const localUnescape = unescape;

/** Nesting allowed for path steps and nested lookups together (see the module doc). */
export const MAX_NESTING = 256;

/** Current nesting of walks and lookups (JavaScript runs one lookup at a time). */
export const nesting = { depth: 0 };

export class WalkContext {
  type: ResultType = 'Null';
  raw = '';
  str = '';
  num = 0;
  index = 0;
  indexes: number[] | undefined = undefined;
  pipe = '';
  piped = false;
  calcd = false;
  /** Set by walkObject/walkArray: did the call find the value? */
  hit = false;
  constructor(
    readonly json: string,
    readonly evaluator: PathEvaluator,
  ) {}

  exists(): boolean {
    return this.type !== 'Null' || this.raw.length !== 0;
  }

  setValue(r: Result): void {
    this.type = r.type;
    this.raw = r.raw;
    this.str = r.str;
    this.num = r.num;
    this.index = r.index;
    this.indexes = r.indexes === undefined ? undefined : [...r.indexes];
  }

  result(): Result {
    return new localResult(this.type, this.raw, this.str, this.num, this.index, this.indexes, this.evaluator);
  }
}

function literalType(c: number, current: ResultType): ResultType {
  // gjson only assigns the type for 't' and 'f'; a null keeps whatever was there.
  return c === 0x74 ? 'True' : c === 0x66 ? 'False' : current;
}

/** gjson parseObject: `i` is just past '{'. Returns the offset reached; sets c.hit. */
export function walkObject(c: WalkContext, i: number, node: PathNode): number {
  c.hit = false;
  if (nesting.depth >= MAX_NESTING) return localParseSquash(c.json, i - 1); // too deep: skip the container
  nesting.depth++;
  try {
    return objectBody(c, i, node);
  } finally {
    nesting.depth--;
  }
}

function objectBody(c: WalkContext, i: number, node: PathNode): number {
  const json = c.json;
  const n = json.length;
  const rp = node.object();
  let pmatch: boolean;
  let kesc = false;
  let ok = false;
  let hit: boolean;
  let keyStart = 0;
  let keyEnd = 0;
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipe;
    c.piped = true;
  }
  while (i < n) {
    for (; i < n; i++) {
      const ch = json.charCodeAt(i);
      if (ch === 0x22) {
        keyStart = i + 1;
        i = localParseString(json, keyStart);
        ok = localScanState.ok;
        if (ok) {
          kesc = localScanState.escaped;
          keyEnd = i - 1;
        } else {
          kesc = false;
          keyEnd = n;
        }
        break;
      }
      if (ch === 0x7d) {
        c.hit = false;
        return i + 1;
      }
    }
    if (!ok) {
      c.hit = false;
      return i;
    }
    if (rp.wild) {
      const key = json.slice(keyStart, keyEnd);
      pmatch = localMatchLimit(kesc ? localUnescape(key) : key, rp.part);
    } else if (kesc) {
      pmatch = rp.part === localUnescape(json.slice(keyStart, keyEnd));
    } else {
      // Compare in place: no slice per key on the hot path.
      pmatch = keyEnd - keyStart === rp.part.length && json.startsWith(rp.part, keyStart);
    }
    hit = pmatch && !rp.more;
    for (; i < n; i++) {
      const ch = json.charCodeAt(i);
      let num = false;
      switch (ch === 0x6e && i + 1 < n && json.charCodeAt(i + 1) !== 0x75 ? 0x2b : ch) {
        case 0x22: {
          const s = i;
          i = localParseString(json, i + 1);
          if (!localScanState.ok) {
            c.hit = false;
            return i;
          }
          if (hit) {
            c.raw = json.slice(s, i);
            c.str = localScanState.escaped ? localUnescape(c.raw.slice(1, -1)) : c.raw.slice(1, -1);
            c.type = 'String';
            c.index = s;
            c.hit = true;
            return i;
          }
          break;
        }
        case 0x7b:
        case 0x5b: {
          if (pmatch && !hit) {
            const next = rp.next;
            i = next === undefined ? i + 1 : ch === 0x7b ? walkObject(c, i + 1, next) : walkArray(c, i + 1, next);
            if (c.hit) return i;
          } else {
            const s = i;
            i = localParseSquash(json, i);
            if (hit) {
              c.raw = json.slice(s, i);
              c.type = 'JSON';
              c.index = s;
              c.hit = true;
              return i;
            }
          }
          break;
        }
        case 0x6e:
        case 0x74:
        case 0x66: {
          const s = i;
          i = localParseLiteral(json, i);
          if (hit) {
            c.raw = json.slice(s, i);
            c.type = literalType(ch, c.type);
            c.index = s;
            c.hit = true;
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
        i = localParseNumber(json, i);
        if (hit) {
          c.raw = json.slice(s, i);
          c.type = 'Number';
          c.num = localParseGoFloat(c.raw);
          c.index = s;
          c.hit = true;
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
  if (nesting.depth >= MAX_NESTING) return localParseSquash(c.json, i - 1); // too deep: skip the container
  nesting.depth++;
  try {
    return arrayBody(c, i, node);
  } finally {
    nesting.depth--;
  }
}

/** Mutable per-call state of one array step (gjson mutates its copy of rp). */
interface ArrayWalk {
  rp: ArrayStep;
  path: string;
  multires: string[] | undefined;
  queryIndexes: number[];
}

function procQuery(c: WalkContext, w: ArrayWalk, qval: Result): boolean {
  const rp = w.rp;
  if (rp.query.all && w.multires === undefined) w.multires = [];
  let res: Result;
  if (qval.type === 'JSON') {
    res = qval.get(rp.query.path);
  } else {
    if (rp.query.path !== '') return false;
    res = qval;
  }
  if (!localQueryMatches(rp.query, res)) return false;
  if (rp.more) {
    const split = localSplitPossiblePipe(w.path);
    if (split !== undefined) {
      w.path = split[0];
      c.pipe = split[1];
      c.piped = true;
    }
    res = qval.get(w.path);
  } else {
    res = qval;
  }
  if (rp.query.all) {
    const raw = res.raw.length === 0 ? res.string() : res.raw;
    if (raw !== '') {
      w.multires?.push(raw);
      w.queryIndexes.push(res.index);
    }
    return false;
  }
  c.setValue(res);
  return true;
}

function arrayBody(c: WalkContext, i: number, node: PathNode): number {
  const json = c.json;
  const n = json.length;
  const rp = node.array();
  const w: ArrayWalk = { rp, path: rp.path, multires: undefined, queryIndexes: [] };
  const queryOn = rp.query.on;
  const partidx = rp.index;
  let alogkey = rp.alogkey;
  let pmatch = false;
  let hit = false;
  let h = 0;
  const alog: number[] | undefined = rp.alogok ? [] : undefined;
  if (!rp.more && rp.piped) {
    c.pipe = rp.pipe;
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
          i = localParseString(json, i + 1);
          if (!localScanState.ok) {
            c.hit = false;
            return i;
          }
          if (queryOn) {
            const raw = json.slice(s, i);
            const str = localScanState.escaped ? localUnescape(raw.slice(1, -1)) : raw.slice(1, -1);
            if (procQuery(c, w, new localResult('String', raw, str, 0, s, undefined, c.evaluator))) {
              c.hit = true;
              return i;
            }
          } else if (hit) {
            if (rp.alogok) break;
            c.raw = json.slice(s, i);
            c.str = localScanState.escaped ? localUnescape(c.raw.slice(1, -1)) : c.raw.slice(1, -1);
            c.type = 'String';
            c.index = s;
            c.hit = true;
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
            i = localParseSquash(json, i);
            if (queryOn) {
              if (procQuery(c, w, new localResult('JSON', json.slice(s, i), '', 0, s, undefined, c.evaluator))) {
                c.hit = true;
                return i;
              }
            } else if (hit) {
              if (rp.alogok) break;
              c.raw = json.slice(s, i);
              c.type = 'JSON';
              c.index = s;
              c.hit = true;
              return i;
            }
          }
          break;
        }
        case 0x6e:
        case 0x74:
        case 0x66: {
          const s = i;
          i = localParseLiteral(json, i);
          if (queryOn) {
            const type: ResultType = ch === 0x74 ? 'True' : ch === 0x66 ? 'False' : 'Null';
            if (procQuery(c, w, new localResult(type, json.slice(s, i), '', 0, s, undefined, c.evaluator))) {
              c.hit = true;
              return i;
            }
          } else if (hit) {
            if (rp.alogok) break;
            c.raw = json.slice(s, i);
            c.type = literalType(ch, c.type);
            c.index = s;
            c.hit = true;
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
          return closeArray(c, w, i, h, alog, alogkey, (k) => (alogkey = k));
        default:
          if (ch >= 0x30 && ch <= 0x39) {
            num = true;
            break;
          }
          continue;
      }
      if (num) {
        const s = i;
        i = localParseNumber(json, i);
        if (queryOn) {
          const raw = json.slice(s, i);
          if (procQuery(c, w, new localResult('Number', raw, '', localParseGoFloat(raw), s, undefined, c.evaluator))) {
            c.hit = true;
            return i;
          }
        } else if (hit) {
          if (!rp.alogok) {
            c.raw = json.slice(s, i);
            c.type = 'Number';
            c.num = localParseGoFloat(c.raw);
            c.index = s;
            c.hit = true;
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
function closeArray(
  c: WalkContext,
  w: ArrayWalk,
  i: number,
  h: number,
  alog: number[] | undefined,
  alogkey: string,
  setAlogkey: (k: string) => void,
): number {
  const rp = w.rp;
  const json = c.json;
  const n = json.length;
  if (rp.arrch && rp.part === '#') {
    if (alog !== undefined) {
      const split = localSplitPossiblePipe(alogkey);
      if (split !== undefined) {
        alogkey = split[0];
        setAlogkey(alogkey);
        c.pipe = split[1];
        c.piped = true;
      }
      const indexes: number[] = [];
      let out = '[';
      let k = 0;
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
          const elem = localParseAny(json, idx, c.evaluator, 0);
          if (elem !== undefined) {
            const res = elem.get(alogkey);
            if (res.exists()) {
              if (k > 0) out += ',';
              out += res.raw.length === 0 ? res.string() : res.raw;
              indexes.push(res.index);
              k++;
            }
          }
        }
      }
      out += ']';
      c.type = 'JSON';
      c.raw = out;
      c.indexes = indexes;
      c.hit = true;
      return i + 1;
    }
    c.type = 'Number';
    c.num = h - 1;
    c.raw = String(h - 1);
    c.calcd = true;
    c.hit = true;
    return i + 1;
  }
  if (!c.exists()) {
    if (w.multires !== undefined && w.multires.length > 0) {
      c.setValue(new localResult('JSON', `[${w.multires.join(',')}]`, '', 0, 0, w.queryIndexes, c.evaluator));
    } else if (rp.query.all) {
      c.setValue(new localResult('JSON', '[]', '', 0, 0, undefined, c.evaluator));
    }
  }
  c.hit = false;
  return i + 1;
}
