// The array step of the walk (gjson.go's parseArray, see walk.ts): an index,
// '#' (the count), '#.key' (a projection of every element), and queries
// '#(...)' / '#(...)#' tested on each element in place.
import { joinJson } from './json-string';
import type { ArrayStep, PathNode } from './steps';
import { queryMatches } from './query';
import type { ResultType } from './result';
import { anySpan, anyState, Result } from './result';
import { parseLiteral, parseNumber, parseSquash, parseString, scanState, skipString } from './scan';
// (walk.ts imports this module too: its bindings are used only inside functions.)
import type { WalkContext } from './walk';
import { literalType, MAX_NESTING, nesting, walkObject } from './walk';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localJoinJson = joinJson;
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
