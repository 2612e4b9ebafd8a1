// Result: what a path lookup returns (gjson's Result), plus the value
// scanners that build Results from JSON text (parseAny, parseValue).
import { formatGoFloat, parseGoFloat } from './number';
import { parseLiteral, parseNumber, parseSquash, parseString, scanState, squashEnd, tolitEnd, tonumEnd, tostrEnd, tostrState, unescape } from './scan';

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
}

/** Callback of forEach; return false to stop early. */
export type ForEachCallback = (key: Result, value: Result) => unknown;

export class Result {
  constructor(
    /** The JSON type. A missing value is 'Null' with raw ''. */
    readonly type: ResultType,
    /** The raw JSON text of the value (or the JSON built for computed results). */
    readonly raw: string,
    /** The unescaped string, for type 'String'. */
    readonly str: string,
    /** The number, for type 'Number'. */
    readonly num: number,
    /** Offset of raw in the input (UTF-16 code units); 0 when unknown. */
    readonly index: number,
    /** Offsets of the elements of a '#' query or projection in the input, when known. */
    readonly indexes: readonly number[] | undefined,
    readonly evaluator: PathEvaluator,
  ) {}

  static missing(evaluator: PathEvaluator): Result {
    return new Result('Null', '', '', 0, 0, undefined, evaluator);
  }

  exists(): boolean {
    return this.type !== 'Null' || this.raw.length !== 0;
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
        const raw = this.raw;
        if (raw.length === 0) return localFormatGoFloat(this.num);
        let i = raw.charCodeAt(0) === 0x2d ? 1 : 0;
        for (; i < raw.length; i++) {
          const c = raw.charCodeAt(i);
          if (c < 0x30 || c > 0x39) return localFormatGoFloat(this.num);
        }
        return raw;
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
    return this.type === 'JSON' && this.raw.charCodeAt(0) === 0x5b;
  }

  isObject(): boolean {
    return this.type === 'JSON' && this.raw.charCodeAt(0) === 0x7b;
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
      return out.map((r, i) => r.#withIndex(same ? (this.indexes?.[i] ?? 0) : 0));
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
    const json = this.raw;
    const n = json.length;
    let i = 0;
    let obj = false;
    let keyNum = -1;
    for (; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c === 0x7b) {
        i++;
        obj = true;
        break;
      } else if (c === 0x5b) {
        i++;
        break;
      }
      if (c > 0x20) return;
    }
    let key: Result;
    let idx = 0;
    for (; i < n; i++) {
      if (obj) {
        if (json.charCodeAt(i) !== 0x22) continue;
        const s = i;
        i = localParseString(json, i + 1);
        if (!localScanState.ok) return;
        const raw = json.slice(s, i);
        const str = localScanState.escaped ? localUnescape(raw.slice(1, -1)) : raw.slice(1, -1);
        key = new Result('String', raw, str, 0, s + this.index, undefined, this.evaluator);
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
      let value = parseAny(json, i, this.evaluator, this.index);
      if (value === undefined) return;
      i = anyState.end;
      if (this.indexes !== undefined) {
        value = value.#withIndex(idx < this.indexes.length ? (this.indexes[idx] ?? 0) : value.index);
      } else {
        value = value.#withIndex(s + this.index);
      }
      if (callback(key, value) === false) return;
      idx++;
    }
  }

  /** Evaluates a path on this value (chaining); index stays relative to the original input. */
  get(path: string): Result {
    const r = this.evaluator.get(this.raw, path);
    if (this.index === 0) return r;
    if (r.indexes !== undefined) {
      return new Result(r.type, r.raw, r.str, r.num, r.index, r.indexes.map((x) => x + this.index), r.evaluator);
    }
    return r.#withIndex(r.index + this.index);
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

  #withIndex(index: number): Result {
    if (index === this.index) return this;
    return new Result(this.type, this.raw, this.str, this.num, index, this.indexes, this.evaluator);
  }

  /** gjson arrayOrMap: tolerant element scan of an array ('[') or object ('{'). */
  #elements(vc: number, each: (key: Result | undefined, value: Result) => void): void {
    const json = this.raw;
    const n = json.length;
    let i = 0;
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
      let str = '';
      let num = 0;
      switch (c) {
        case 0x7b:
        case 0x5b:
          type = 'JSON';
          end = localSquashEnd(json, i);
          break;
        case 0x6e:
          type = 'Null';
          end = localTolitEnd(json, i);
          break;
        case 0x74:
          type = 'True';
          end = localTolitEnd(json, i);
          break;
        case 0x66:
          type = 'False';
          end = localTolitEnd(json, i);
          break;
        case 0x22:
          type = 'String';
          end = localTostrEnd(json, i);
          str = localTostrState.str;
          break;
        default:
          if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
            type = 'Number';
            end = localTonumEnd(json, i);
            num = localParseGoFloat(json.slice(i, end));
          } else {
            continue;
          }
      }
      const value = new Result(type, json.slice(i, end), str, num, i + this.index, undefined, this.evaluator);
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

/** Side result of parseAny: the offset after the value. */
export const anyState = { end: 0 };

/**
 * gjson parseAny(json, i, true): the next value from `i`, skipping anything
 * it does not recognise; undefined when none (anyState.end is set either way).
 * `base` is added to the index.
 */
export function parseAny(json: string, i: number, evaluator: PathEvaluator, base: number): Result | undefined {
  const n = json.length;
  for (; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const end = localParseSquash(json, i);
      anyState.end = end;
      return new Result('JSON', json.slice(i, end), '', 0, base + i, undefined, evaluator);
    }
    if (c <= 0x20) continue;
    let num = false;
    switch (c === 0x6e && i + 1 < n && json.charCodeAt(i + 1) !== 0x75 ? 0x2b : c) {
      case 0x22: {
        const end = localParseString(json, i + 1);
        anyState.end = end;
        if (!localScanState.ok) return undefined;
        const raw = json.slice(i, end);
        const str = localScanState.escaped ? localUnescape(raw.slice(1, -1)) : raw.slice(1, -1);
        return new Result('String', raw, str, 0, base + i, undefined, evaluator);
      }
      case 0x6e:
      case 0x74:
      case 0x66: {
        const end = localParseLiteral(json, i);
        anyState.end = end;
        const type: ResultType = c === 0x74 ? 'True' : c === 0x66 ? 'False' : 'Null';
        return new Result(type, json.slice(i, end), '', 0, base + i, undefined, evaluator);
      }
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
      const end = localParseNumber(json, i);
      anyState.end = end;
      const raw = json.slice(i, end);
      return new Result('Number', raw, '', localParseGoFloat(raw), base + i, undefined, evaluator);
    }
  }
  anyState.end = i;
  return undefined;
}

/** gjson Parse: the first value of `json` (an object or array takes all the rest of the text). */
export function parseValue(json: string, evaluator: PathEvaluator): Result {
  const n = json.length;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) return new Result('JSON', json.slice(i), '', 0, i, undefined, evaluator);
    if (c <= 0x20) continue;
    let type: ResultType;
    let end: number;
    let str = '';
    let num = 0;
    switch (c) {
      case 0x6e:
        if (i + 1 < n && json.charCodeAt(i + 1) !== 0x75) {
          type = 'Number';
          end = localTonumEnd(json, i);
          num = localParseGoFloat(json.slice(i, end));
        } else {
          type = 'Null';
          end = localTolitEnd(json, i);
        }
        break;
      case 0x74:
        type = 'True';
        end = localTolitEnd(json, i);
        break;
      case 0x66:
        type = 'False';
        end = localTolitEnd(json, i);
        break;
      case 0x22:
        type = 'String';
        end = localTostrEnd(json, i);
        str = localTostrState.str;
        break;
      default:
        if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x69 || c === 0x49 || c === 0x4e) {
          type = 'Number';
          end = localTonumEnd(json, i);
          num = localParseGoFloat(json.slice(i, end));
        } else {
          return Result.missing(evaluator);
        }
    }
    const r = new Result(type, json.slice(i, end), str, num, i, undefined, evaluator);
    return r.exists() ? r : Result.missing(evaluator);
  }
  return Result.missing(evaluator);
}
