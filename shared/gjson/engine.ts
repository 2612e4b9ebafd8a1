// The entry point of a lookup (gjson's Get): leading '@modifier' and
// '!literal' components, multipaths '[a,b]' / '{a,b}', JSON Lines '..',
// then the walk. A Gjson instance owns its modifier table and its cache of
// parsed paths; the default instance has the built-in modifiers only.
import { joinJson, jsonString } from './json-string';
import type { Modifier } from './modifiers';
import { builtinModifiers } from './modifiers';
import type { ModifierNames } from './steps';
import { isSimpleName, nameOfLast, parseSubSelectors } from './path-split';
import { PathNode } from './steps';
import type { PathEvaluator } from './result';
import { anyState, parseAny, parseValue, Result } from './result';
import { parseSquash, squash } from './scan';
import { validJson } from './valid';
import { MAX_NESTING, nesting, walkObject, WalkContext } from './walk';
import { walkArray } from './walk-array';

// Local bindings of hot imports: dev-time module loaders (tsx, Vite SSR) turn each
// imported name into a getter call, which costs more than the scan step itself.
const localNesting = nesting;
const localWalkArray = walkArray;
const localWalkObject = walkObject;
const localWalkContext = WalkContext;
const localParseValue = parseValue;
const localResult = Result;

/** Paths kept parsed per instance; beyond this the cache starts over. */
const PATH_CACHE_SIZE = 1024;
/** Longer paths are parsed every time rather than cached. */
const PATH_CACHE_MAX_LENGTH = 512;

const MODIFIER_NAME = /^[^.|:]+$/;

export class Gjson implements PathEvaluator {
  readonly #modifiers: ReadonlyMap<string, Modifier>;
  readonly #names: ModifierNames;
  readonly #paths = new Map<string, PathNode>();
  readonly #multipaths = new Map<string, Multipath | string>();
  readonly #heads = new Map<string, Head | null>();

  /** Use `gjson` (the default instance) or `gjson.withModifiers(...)`. */
  constructor(modifiers: ReadonlyMap<string, Modifier>) {
    this.#modifiers = new Map(modifiers);
    this.#names = this.#modifiers;
  }

  /**
   * A new instance that knows these modifiers too (by name without '@'; a
   * name replaces a built-in of the same name). This instance is unchanged.
   */
  withModifiers(modifiers: Readonly<Record<string, Modifier>>): Gjson {
    const table = new Map(this.#modifiers);
    for (const [name, fn] of Object.entries(modifiers)) {
      if (!MODIFIER_NAME.test(name)) throw new Error(`gjson modifier name ${JSON.stringify(name)}: must be non-empty without '.', '|' or ':'`);
      table.set(name, fn);
    }
    return new Gjson(table);
  }

  hasModifier(name: string): boolean {
    return this.#modifiers.has(name);
  }

  /** The value at `path` in `json`; a Result whose exists() is false when there is none. */
  get(json: string, path: string): Result {
    return this.getIn(json, 0, json.length, path);
  }

  /**
   * get(json.slice(start, end), path) without slicing: the walk scans the
   * text in place; offsets in the answer are relative to `start`.
   */
  getIn(json: string, start: number, end: number, path: string, base = 0): Result {
    if (localNesting.depth >= MAX_NESTING) return shift(localResult.missing(this), base);
    localNesting.depth++;
    try {
      return this.#get(json, start, end, path, base);
    } finally {
      localNesting.depth--;
    }
  }

  getNode(json: string, start: number, end: number, node: PathNode, base: number): Result {
    if (!node.plain) return this.getIn(json, start, end, node.path, base);
    if (localNesting.depth >= MAX_NESTING) return shift(localResult.missing(this), base);
    localNesting.depth++;
    try {
      return this.#walk(json, start, end, node, base);
    } finally {
      localNesting.depth--;
    }
  }

  getMany(json: string, ...paths: string[]): Result[] {
    return paths.map((p) => this.get(json, p));
  }

  /** The first value of `json` (gjson Parse: an object or array takes the rest of the text). */
  parse(json: string): Result {
    return localParseValue(json, this);
  }

  valid(json: string): boolean {
    return validJson(json);
  }

  /** Calls back for each value of JSON Lines text; return false to stop. */
  forEachLine(json: string, callback: (line: Result) => unknown): void {
    let i = 0;
    for (;;) {
      const line = parseAny(json, i, this, 0, json.length);
      i = anyState.end;
      if (line === undefined || !line.exists()) return;
      if (callback(line) === false) return;
    }
  }

  #node(path: string): PathNode {
    // Looked up first so that the usual hit makes no closure.
    return this.#paths.get(path) ?? this.#cached(this.#paths, path, () => new PathNode(path, this.#names));
  }

  /** getIn without the nesting bound. */
  #get(json: string, start: number, end: number, path: string, base: number): Result {
    if (path.length > 1) {
      const c0 = path.charCodeAt(0);
      if (c0 === 0x40 || c0 === 0x21) {
        const head = this.#cached(this.#heads, path, () => (c0 === 0x40 ? this.#parseModifier(path) : parseStatic(path)));
        if (head !== null) {
          // A modifier takes the value's text as a string of its own.
          const rjson = head.fn === undefined ? head.literal : head.fn(start === 0 && end === json.length ? json : json.slice(start, end), head.args);
          if (head.next !== undefined) return shift(this.get(rjson, head.next).withOffsets(0, undefined), base);
          return shift(localParseValue(rjson, this), base);
        }
      }
      if (c0 === 0x5b || c0 === 0x7b) {
        const multi = this.#multipath(json, start, end, path, c0);
        if (typeof multi !== 'string') return shift(multi, base);
        // gjson quirk: a selector list that is not a whole component replaces
        // the path with what follows it ('' when it does not parse).
        path = multi;
      }
    }
    if (path.length >= 2 && path.charCodeAt(0) === 0x2e && path.charCodeAt(1) === 0x2e) {
      const c = new localWalkContext(json, start, end, this);
      localWalkArray(c, start, this.#node(path.slice(2)));
      return this.#answer(c, base);
    }
    return this.#walk(json, start, end, this.#node(path), base);
  }

  /** The walk of `node` from the first '{' or '[' of json[start, end). */
  #walk(json: string, start: number, end: number, node: PathNode, base: number): Result {
    const c = new localWalkContext(json, start, end, this);
    for (let i = start; i < end; i++) {
      const ch = json.charCodeAt(i);
      if (ch === 0x7b) {
        localWalkObject(c, i + 1, node);
        break;
      }
      if (ch === 0x5b) {
        localWalkArray(c, i + 1, node);
        break;
      }
    }
    return this.#answer(c, base);
  }

  /** The Result of a walk: the value found, or what the pipe after it gives. */
  #answer(c: WalkContext, base: number): Result {
    if (c.piped && c.pipe !== undefined) return shift(c.result().getNode(c.pipe).withIndex(0), base);
    if (c.calcd || c.re === c.rs) c.index = 0;
    if (base !== 0) {
      if (c.indexes !== undefined) c.indexes = c.indexes.map((x) => x + base);
      else c.index += base;
    }
    return c.result();
  }

  /** The multipath's Result, or (when it is not one) the path gjson goes on with. */
  #multipath(json: string, start: number, end: number, path: string, kind: number): Result | string {
    const multi = this.#cached(this.#multipaths, path, () => parseMultipath(path, kind));
    if (typeof multi === 'string') return multi;
    const parts: string[] = [];
    for (const sel of multi.sels) {
      const res = this.getIn(json, start, end, sel.path);
      if (!res.exists()) continue;
      let raw = res.raw;
      if (raw.length === 0) {
        raw = res.string();
        if (raw.length === 0) raw = 'null';
      }
      parts.push(sel.member + raw);
    }
    const text = kind === 0x7b ? joinJson('{', parts, '}') : joinJson('[', parts, ']');
    let res = new localResult('JSON', text, '', 0, 0, undefined, this);
    if (multi.next !== undefined) res = res.get(multi.next);
    return res.withIndex(0);
  }

  /** The entry for `path` in one of the parse caches, made on first use (see PATH_CACHE_SIZE). */
  #cached<T>(cache: Map<string, T>, path: string, make: () => T): T {
    let entry = cache.get(path);
    if (entry === undefined) {
      entry = make();
      if (path.length <= PATH_CACHE_MAX_LENGTH) {
        if (cache.size >= PATH_CACHE_SIZE) cache.clear();
        cache.set(path, entry);
      }
    }
    return entry;
  }

  /** The '@name[:args]' head of `path` (gjson execModifier's parsing), or null for an unknown modifier. */
  #parseModifier(path: string): Head | null {
    let name = path.slice(1);
    let rest = '';
    let hasArgs = false;
    for (let i = 1; i < path.length; i++) {
      const c = path.charCodeAt(i);
      if (c === 0x3a) {
        rest = path.slice(i + 1);
        name = path.slice(1, i);
        hasArgs = rest.length > 0;
        break;
      }
      if (c === 0x7c || c === 0x2e) {
        rest = path.slice(i);
        name = path.slice(1, i);
        break;
      }
    }
    const fn = this.#modifiers.get(name);
    if (fn === undefined) return null;
    let args = '';
    if (hasArgs) {
      let parsedArgs = false;
      const a0 = rest.charCodeAt(0);
      if (a0 === 0x7b || a0 === 0x5b || a0 === 0x22) {
        if (localParseValue(rest, this).exists()) {
          args = squash(rest);
          rest = rest.slice(args.length);
          parsedArgs = true;
        }
      }
      if (!parsedArgs) {
        const idx = rest.indexOf('|');
        if (idx === -1) {
          args = rest;
          rest = '';
        } else {
          args = rest.slice(0, idx);
          rest = rest.slice(idx);
        }
      }
    }
    return { next: nextPath(rest), fn, args, literal: '' };
  }
}

/**
 * A leading '@modifier[:args]' or '!literal' component of a path, parsed
 * once: the modifier and its argument, or the literal's JSON text, and the
 * rest of the path.
 */
interface Head {
  /** The path after the component's '.' or '|', applied to its value; undefined when nothing follows. */
  readonly next: string | undefined;
  readonly fn: Modifier | undefined;
  readonly args: string;
  readonly literal: string;
}

/** A parsed multipath: its selectors with the member text that goes before each value, and the path after it (see Head.next). */
interface Multipath {
  readonly sels: readonly { readonly path: string; readonly member: string }[];
  readonly next: string | undefined;
}

/** The path after a leading '.' or '|' of `rest` (sliced once, when the component is parsed). */
function nextPath(rest: string): string | undefined {
  const r0 = rest.charCodeAt(0);
  return r0 === 0x7c || r0 === 0x2e ? rest.slice(1) : undefined;
}

/** parseSubSelectors plus what #multipath needs of it: a Multipath, or (when it is not one) the path gjson goes on with. */
function parseMultipath(path: string, kind: number): Multipath | string {
  const parsed = parseSubSelectors(path);
  if (parsed === undefined) return '';
  const rest = parsed.rest;
  const r0 = rest.charCodeAt(0);
  if (!(rest.length === 0 || r0 === 0x7c || r0 === 0x2e)) return rest;
  const sels = parsed.sels.map((sub) => {
    let member = '';
    if (kind === 0x7b) {
      if (sub.name.length > 0) {
        member = sub.name.charCodeAt(0) === 0x22 && validJson(sub.name) ? sub.name : jsonString(sub.name);
      } else {
        const last = nameOfLast(sub.path);
        member = jsonString(isSimpleName(last) ? last : '_');
      }
      member += ':';
    }
    return { path: sub.path, member };
  });
  return { sels, next: nextPath(rest) };
}

/** gjson's Result.Get adds the index of the value searched: to each of the indexes if there are any, else to index. */
function shift(r: Result, base: number): Result {
  if (base === 0) return r;
  if (r.indexes !== undefined) return r.withOffsets(r.index, r.indexes.map((x) => x + base));
  return r.withIndex(r.index + base);
}

/** gjson execStatic's parsing: '!true', '!false', '!null', '!nan', '!inf' (any case), '!"x"', '!{...}', '!123'; null for anything else. */
function parseStatic(path: string): Head | null {
  let name = path.slice(1);
  if (name.length > 0) {
    const c = name.charCodeAt(0);
    if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2b || c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const res = name.slice(0, parseSquash(name, 0, name.length));
      return { next: nextPath(name.slice(res.length)), fn: undefined, args: '', literal: res };
    }
  }
  let rest = '';
  for (let i = 1; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x7c || c === 0x2e) {
      rest = path.slice(i);
      name = path.slice(1, i);
      break;
    }
  }
  switch (goLower(name)) {
    case 'true':
    case 'false':
    case 'null':
    case 'nan':
    case 'inf':
      return { next: nextPath(rest), fn: undefined, args: '', literal: name };
  }
  return null;
}

/** strings.ToLower for the words execStatic checks (Go maps U+0130 to 'i' and U+212A to 'k'). */
function goLower(s: string): string {
  if (s.length > 5) return s; // longer than every word it is compared with
  return s.replace(/[A-Z\u0130\u212a]/g, (ch) => (ch === '\u0130' ? 'i' : ch === '\u212a' ? 'k' : ch.toLowerCase()));
}

/** The default instance: the built-in modifiers of gjson 1.14.4. */
export const gjson = new Gjson(builtinModifiers);
