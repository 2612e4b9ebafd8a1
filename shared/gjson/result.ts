// Result: what a path lookup returns (gjson's Result), plus the value
// scanners that build Results from JSON text (parseAny, parseValue).
import { formatGoFloat, parseGoFloat } from './number';
import type { PathNode } from './steps';
import { containerBody, containerState, parseLiteral, parseNumber, parseSquash, parseString, scanState, squashEnd, tolitEnd, tonumEnd, tostrEnd, tostrState, unescape } from './scan';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localFormatGoFloat = formatGoFloat;
const localParseGoFloat = parseGoFloat;
const localParseLiteral = parseLiteral;
const localParseNumber = parseNumber;
const localParseSquash = parseSquash;
const localParseString = parseString;
const localScanState = scanState;
const localSquashEnd = squashEnd;
const localTolitEnd = tolitEnd;
const localTonumEnd = tonumEnd;
const localTostrEnd = tostrEnd;
const localTostrState = tostrState;
const localUnescape = unescape;

export type ResultType = 'Null' | 'False' | 'Number' | 'String' | 'True' | 'JSON';

/** Evaluates a path on JSON text; a Result keeps the one that made it, for chained get(). */
export interface PathEvaluator {
  get(json: string, path: string): Result;
  /**
   * get(json.slice(start, end), path) without the slice: its text stays in
   * `json`, offsets in the answer are relative to `start`, and `base` (the
   * index of the value searched, when it is not 0) is added as Result.get
   * adds it in gjson: to each of the indexes if there are any, else to index.
   */
  getIn(json: string, start: number, end: number, path: string, base?: number): Result;
  /** getIn for a path parsed beforehand (a walk's nested lookups): no cache lookup per call. */
  getNode(json: string, start: number, end: number, node: PathNode, base: number): Result;
}

/** Where a walk keeps the value it found (gjson's parseContext.value); see walk.ts. */
export interface ValueSlot {
  type: ResultType;
  src: string;
  rs: number;
  re: number;
  str: string | undefined;
  num: number | undefined;
  index: number;
  indexes: number[] | undefined;
}

/** Callback of forEach; return false to stop early. */
export type ForEachCallback = (key: Result, value: Result) => unknown;

/** The value of a String's raw text `json[start, end)` (with its quotes), unescaped only when it holds a backslash. */
export function stringValue(json: string, start: number, end: number): string {
  for (let i = start + 1; i < end - 1; i++) {
    if (json.charCodeAt(i) === 0x5c) return localUnescape(json.slice(start + 1, end - 1));
  }
  return json.slice(start + 1, end - 1);
}

/**
 * A value found by a lookup. Its text stays where it was found: `raw` is
 * `source.slice(start, end)`, sliced on first read, and lookups inside it
 * (get, forEach, array, map) scan `source` in place. `str` and `num` are
 * worked out from the text on first read when the finder left them open.
 */
export class Result {
  /** The JSON type. A missing value is 'Null' with raw ''. */
  readonly type: ResultType;
  /** Offset of raw in the input (UTF-16 code units); 0 when unknown. */
  readonly index: number;
  /** Offsets of the elements of a '#' query or projection in the input, when known. */
  readonly indexes: readonly number[] | undefined;
  readonly evaluator: PathEvaluator;
  #source: string;
  #start: number;
  #end: number;
  #raw: string | undefined = undefined;
  #str: string | undefined;
  #num: number | undefined;

  /**
   * A value whose raw text is `raw`, or, when `start`/`end` are given, the
   * part raw[start, end) of a larger text (the value as found in its
   * document). An undefined `str` is the String's unescaped text (raw must
   * then be a whole string token, as parseString finds it) and '' for other
   * types; an undefined `num` is parseGoFloat(raw) for a Number and 0 for
   * other types. Both are worked out on first read.
   */
  constructor(
    type: ResultType,
    raw: string,
    str: string | undefined,
    num: number | undefined,
    index: number,
    indexes: readonly number[] | undefined,
    evaluator: PathEvaluator,
    start = 0,
    end = raw.length,
  ) {
    this.type = type;
    this.index = index;
    this.indexes = indexes;
    this.evaluator = evaluator;
    this.#source = raw;
    this.#start = start;
    this.#end = end;
    this.#str = str;
    this.#num = num;
  }

  /** The value at source[start, end) (see the constructor). */
  static at(
    type: ResultType,
    source: string,
    start: number,
    end: number,
    str: string | undefined,
    num: number | undefined,
    index: number,
    indexes: readonly number[] | undefined,
    evaluator: PathEvaluator,
  ): Result {
    return new Result(type, source, str, num, index, indexes, evaluator, start, end);
  }

  static missing(evaluator: PathEvaluator): Result {
    return new Result('Null', '', '', 0, 0, undefined, evaluator);
  }

  /** The raw JSON text of the value (or the JSON built for computed results). */
  get raw(): string {
    if (this.#raw === undefined) {
      const source = this.#source;
      this.#raw = this.#start === 0 && this.#end === source.length ? source : source.slice(this.#start, this.#end);
    }
    return this.#raw;
  }

  /** The unescaped string, for type 'String'. */
  get str(): string {
    this.#str ??= this.type === 'String' ? stringValue(this.#source, this.#start, this.#end) : '';
    return this.#str;
  }

  /** The number, for type 'Number'. */
  get num(): number {
    this.#num ??= this.type === 'Number' ? localParseGoFloat(this.raw) : 0;
    return this.#num;
  }

  exists(): boolean {
    return this.type !== 'Null' || this.#end > this.#start;
  }

  /** gjson String(): see the module doc for numbers. */
  string(): string {
    switch (this.type) {
      case 'False':
        return 'false';
      case 'True':
        return 'true';
      case 'String':
        return this.str;
      case 'JSON':
        return this.raw;
      case 'Number': {
        const json = this.#source;
        const end = this.#end;
        if (end === this.#start) return localFormatGoFloat(this.num);
        let i = json.charCodeAt(this.#start) === 0x2d ? this.#start + 1 : this.#start;
        for (; i < end; i++) {
          const c = json.charCodeAt(i);
          if (c < 0x30 || c > 0x39) return localFormatGoFloat(this.num);
        }
        return this.raw;
      }
      default:
        return '';
    }
  }

  /** gjson Bool(): true, a non-zero number, or a string that Go's ParseBool reads as true. */
  bool(): boolean {
    switch (this.type) {
      case 'True':
        return true;
      case 'String': {
        const s = this.str.toLowerCase();
        return s === 'true' || s === 't' || s === '1';
      }
      case 'Number':
        return this.num !== 0;
      default:
        return false;
    }
  }

  /** gjson Float(). */
  number(): number {
    switch (this.type) {
      case 'True':
        return 1;
      case 'String':
        return localParseGoFloat(this.str);
      case 'Number':
        return this.num;
      default:
        return 0;
    }
  }

  /** gjson Int(), truncated toward zero (JavaScript numbers stand in for int64). */
  int(): number {
    switch (this.type) {
      case 'True':
        return 1;
      case 'String':
        return parseGoInt(this.str);
      case 'Number':
        if (Number.isNaN(this.num)) return 0;
        if (Math.abs(this.num) <= Number.MAX_SAFE_INTEGER) return Math.trunc(this.num);
        return /^-?\d+$/.test(this.raw) ? Number(this.raw) : Math.trunc(this.num);
      default:
        return 0;
    }
  }

  isArray(): boolean {
    return this.type === 'JSON' && this.#end > this.#start && this.#source.charCodeAt(this.#start) === 0x5b;
  }

  isObject(): boolean {
    return this.type === 'JSON' && this.#end > this.#start && this.#source.charCodeAt(this.#start) === 0x7b;
  }

  isBool(): boolean {
    return this.type === 'True' || this.type === 'False';
  }

  /** Elements of an array; [] for a missing/null value; [this] for any other value. */
  array(): Result[] {
    if (this.type === 'Null') return [];
    if (!this.isArray()) return [this];
    const out: Result[] = [];
    this.#elements(0x5b, (_key, value) => {
      out.push(value);
    });
    if (this.indexes !== undefined) {
      const same = this.indexes.length === out.length;
      return out.map((r, i) => r.withIndex(same ? (this.indexes?.[i] ?? 0) : 0));
    }
    return out;
  }

  /** Members of an object (the first of duplicate keys wins); empty for anything else. */
  map(): Map<string, Result> {
    const out = new Map<string, Result>();
    if (this.type !== 'JSON') return out;
    this.#elements(0x7b, (key, value) => {
      if (key !== undefined && !out.has(key.str)) out.set(key.str, value);
    });
    return out;
  }

  /**
   * Calls back for each member (key, value) of an object, each element
   * (index as a Number key, value) of an array, or once with a missing key
   * for a scalar. Return false from the callback to stop.
   */
  forEach(callback: ForEachCallback): void {
    if (!this.exists()) return;
    if (this.type !== 'JSON') {
      callback(Result.missing(this.evaluator), this);
      return;
    }
    // Scans raw in place: offsets into the source, minus `shift` for offsets into raw.
    const json = this.#source;
    const n = this.#end;
    const shift = this.#start - this.index;
    let i = containerBody(json, this.#start, n);
    if (i < 0) return;
    const obj = containerState.object;
    let keyNum = -1;
    let key: Result;
    let idx = 0;
    for (; i < n; i++) {
      if (obj) {
        if (json.charCodeAt(i) !== 0x22) continue;
        const s = i;
        i = localParseString(json, i + 1, n);
        if (!localScanState.ok) return;
        key = Result.at('String', json, s, i, undefined, 0, s - shift, undefined, this.evaluator);
      } else {
        keyNum += 1;
        key = new Result('Number', '', '', keyNum, 0, undefined, this.evaluator);
      }
      for (; i < n; i++) {
        const c = json.charCodeAt(i);
        if (c <= 0x20 || c === 0x2c || c === 0x3a) continue;
        break;
      }
      const s = i;
      let value = parseAny(json, i, this.evaluator, -shift, n);
      if (value === undefined) return;
      i = anyState.end;
      if (this.indexes !== undefined) {
        value = value.withIndex(idx < this.indexes.length ? (this.indexes[idx] ?? 0) : value.index);
      } else {
        value = value.withIndex(s - shift);
      }
      if (callback(key, value) === false) return;
      idx++;
    }
  }

  /** Evaluates a path on this value (chaining); index stays relative to the original input. */
  get(path: string): Result {
    return this.evaluator.getIn(this.#source, this.#start, this.#end, path, this.index);
  }

  /** get() for a path parsed beforehand (the pipe of a walk). */
  getNode(node: PathNode): Result {
    return this.evaluator.getNode(this.#source, this.#start, this.#end, node, this.index);
  }

  /** The value as plain JavaScript data (objects, arrays, strings, numbers, booleans, null). */
  value(): unknown {
    switch (this.type) {
      case 'String':
        return this.str;
      case 'Number':
        return this.num;
      case 'True':
        return true;
      case 'False':
        return false;
      case 'JSON': {
        if (this.isArray()) return this.array().map((r) => r.value());
        if (this.isObject()) {
          const out: Record<string, unknown> = {};
          for (const [k, v] of this.map()) out[k] = v.value();
          return out;
        }
        return null;
      }
      default:
        return null;
    }
  }

  toString(): string {
    return this.string();
  }

  /** Copies this value into a walk's slot (gjson's `c.value = res`); the slot copies indexes itself. */
  storeIn(slot: ValueSlot): void {
    slot.type = this.type;
    slot.src = this.#source;
    slot.rs = this.#start;
    slot.re = this.#end;
    slot.str = this.#str;
    slot.num = this.#num;
    slot.index = this.index;
    slot.indexes = this.indexes as number[] | undefined;
  }

  /** This value with another index; itself when it is the same. */
  withIndex(index: number): Result {
    return this.withOffsets(index, this.indexes);
  }

  /** This value with another index and indexes; itself when nothing changes. */
  withOffsets(index: number, indexes: readonly number[] | undefined): Result {
    if (index === this.index && indexes === this.indexes) return this;
    const r = new Result(this.type, this.#source, this.#str, this.#num, index, indexes, this.evaluator, this.#start, this.#end);
    r.#raw = this.#raw;
    return r;
  }

  /** gjson arrayOrMap: tolerant element scan of an array ('[') or object ('{'), in place. */
  #elements(vc: number, each: (key: Result | undefined, value: Result) => void): void {
    const json = this.#source;
    const n = this.#end;
    const shift = this.#start - this.index;
    let i = this.#start;
    for (; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c === vc) {
        i++;
        break;
      }
      if (c > 0x20) return;
    }
    let count = 0;
    let key: Result | undefined;
    for (; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20) continue;
      if (c === 0x5d || c === 0x7d) break;
      let type: ResultType;
      let end: number;
      let str: string | undefined = '';
      switch (c) {
        case 0x7b:
        case 0x5b:
          type = 'JSON';
          end = localSquashEnd(json, i, n);
          break;
        case 0x6e:
          type = 'Null';
          end = localTolitEnd(json, i, n);
          break;
        case 0x74:
          type = 'True';
          end = localTolitEnd(json, i, n);
          break;
        case 0x66:
          type = 'False';
          end = localTolitEnd(json, i, n);
          break;
        case 0x22:
          type = 'String';
          end = localTostrEnd(json, i, n, true);
          str = localTostrState.str;
          break;
        default:
          if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
            type = 'Number';
            end = localTonumEnd(json, i, n);
            str = '';
          } else {
            continue;
          }
      }
      const value = Result.at(type, json, i, end, str, undefined, i - shift, undefined, this.evaluator);
      i = end - 1;
      if (vc === 0x7b) {
        if (count % 2 === 0) key = value;
        else each(key, value);
        count++;
      } else {
        each(undefined, value);
      }
    }
  }
}

function parseGoInt(s: string): number {
  let i = 0;
  let sign = 1;
  if (s.charCodeAt(0) === 0x2d) {
    sign = -1;
    i++;
  }
  if (i === s.length) return 0;
  let v = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return 0;
    v = v * 10 + (c - 0x30);
  }
  return sign * v;
}

/** Side results of anySpan (and parseAny): the value's type and the offset after it. */
export const anyState: { type: ResultType; end: number } = { type: 'Null', end: 0 };

/**
 * gjson parseAny(json, i, true) over json[.., n), without the Result: the
 * start of the next value from `i`, skipping anything it does not
 * recognise, or -1 when there is none (anyState.end is set either way; a
 * string that never closes is none).
 */
export function anySpan(json: string, i: number, n: number): number {
  for (; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      anyState.type = 'JSON';
      anyState.end = localParseSquash(json, i, n);
      return i;
    }
    if (c <= 0x20) continue;
    let num = false;
    switch (c === 0x6e && i + 1 < n && json.charCodeAt(i + 1) !== 0x75 ? 0x2b : c) {
      case 0x22: {
        anyState.type = 'String';
        anyState.end = localParseString(json, i + 1, n);
        return localScanState.ok ? i : -1;
      }
      case 0x6e:
      case 0x74:
      case 0x66:
        anyState.type = c === 0x74 ? 'True' : c === 0x66 ? 'False' : 'Null';
        anyState.end = localParseLiteral(json, i, n);
        return i;
      case 0x2b:
      case 0x2d:
      case 0x49:
      case 0x4e:
      case 0x69:
        num = true;
        break;
      default:
        if (c >= 0x30 && c <= 0x39) num = true;
    }
    if (num) {
      anyState.type = 'Number';
      anyState.end = localParseNumber(json, i, n);
      return i;
    }
  }
  anyState.end = i;
  return -1;
}

/**
 * gjson parseAny(json, i, true) over json[.., n): the next value from `i`
 * (see anySpan), undefined when none. `base` is added to the index.
 */
export function parseAny(json: string, i: number, evaluator: PathEvaluator, base: number, n: number): Result | undefined {
  const s = anySpan(json, i, n);
  if (s < 0) return undefined;
  // A squash can end one past n (a string left open at the end): raw stops at n.
  return Result.at(anyState.type, json, s, Math.min(anyState.end, n), undefined, undefined, base + s, undefined, evaluator);
}

/** gjson Parse: the first value of `json` (an object or array takes all the rest of the text). */
export function parseValue(json: string, evaluator: PathEvaluator): Result {
  const n = json.length;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return Result.at('JSON', json, i, n, '', 0, i, undefined, evaluator);
    if (c <= 0x20) continue;
    let type: ResultType;
    let end: number;
    let str: string | undefined = '';
    switch (c) {
      case 0x6e:
        if (i + 1 < n && json.charCodeAt(i + 1) !== 0x75) {
          type = 'Number';
          end = localTonumEnd(json, i, n);
        } else {
          type = 'Null';
          end = localTolitEnd(json, i, n);
        }
        break;
      case 0x74:
        type = 'True';
        end = localTolitEnd(json, i, n);
        break;
      case 0x66:
        type = 'False';
        end = localTolitEnd(json, i, n);
        break;
      case 0x22:
        type = 'String';
        end = localTostrEnd(json, i, n, true);
        str = localTostrState.str;
        break;
      default:
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x69 || c === 0x49 || c === 0x4e) {
          type = 'Number';
          end = localTonumEnd(json, i, n);
        } else {
          return Result.missing(evaluator);
        }
    }
    // Every branch ends past i, so the value exists.
    return Result.at(type, json, i, end, str, undefined, i, undefined, evaluator);
  }
  return Result.missing(evaluator);
}
