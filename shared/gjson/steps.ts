// Path components, parsed the way gjson.go parses them while it walks: an
// object step (parseObjectPath) and an array step (parseArrayPath, with '#'
// counts, '#.' projections and '#(...)' queries); path-split.ts has the pipe
// and multipath splitters. Parsed steps are cached on PathNode objects, one
// per remaining-path string, with the nodes of what they look up next, so a
// path used again (templates reuse a handful) costs no parsing at all.
import { parseGoFloat } from './number';
import { splitPossiblePipe } from './path-split';
import { unescape } from './scan';

/** Which modifier names exist: decides whether `.@name` pipes (see isDotPiperChar). */
export interface ModifierNames {
  has(name: string): boolean;
}

export interface ObjectStep {
  readonly part: string;
  readonly pipe: string;
  /** The path after the pipe, as a node (when `piped`). */
  readonly pipeNode: PathNode | undefined;
  readonly piped: boolean;
  readonly wild: boolean;
  readonly more: boolean;
  /** The rest of the path after '.', as a node (when `more`). */
  readonly next: PathNode | undefined;
  /** objectBody's keySearchRegex(part), made on first use; null when it cannot search for this part. */
  search: RegExp | null | undefined;
  /** For a wildcard part: its literal start (up to the first '*', '?' or '\\'), which a matching key starts with. */
  readonly wildPrefix: string;
}

export interface QueryStep {
  readonly on: boolean;
  readonly all: boolean;
  readonly path: string;
  readonly op: string;
  readonly value: string;
  /** parseGoFloat(value), what a Number is compared with (parsed once, not per element). */
  readonly num: number;
}

export interface ArrayStep {
  readonly part: string;
  readonly path: string;
  readonly pipe: string;
  /** The path after the pipe, as a node (when `piped`). */
  readonly pipeNode: PathNode | undefined;
  readonly piped: boolean;
  readonly more: boolean;
  readonly alogok: boolean;
  readonly arrch: boolean;
  readonly alogkey: string;
  readonly query: QueryStep;
  /** parseUint(part) when the step is a plain index, else -1. */
  readonly index: number;
  readonly next: PathNode | undefined;
  /** The query's path, looked up in each element (when query.on). */
  readonly queryNode: PathNode | undefined;
  /**
   * What a query match or a '#.' projection looks up in each element: `path`
   * (or `alogkey`) up to its first top-level '|', and what follows that pipe
   * (gjson splitPossiblePipe), split once here rather than per element.
   */
  readonly elementNode: PathNode | undefined;
  readonly elementPipe: PathNode | undefined;
}

/** One remaining path, with its object and array readings parsed on first use. */
export class PathNode {
  #object: ObjectStep | undefined;
  #array: ArrayStep | undefined;
  /**
   * Does a lookup of this path go straight to the walk? False when it starts
   * with what Gjson.get handles first: '@modifier', '!literal', a multipath
   * or '..' (JSON Lines).
   */
  readonly plain: boolean;
  constructor(
    readonly path: string,
    private readonly names: ModifierNames,
  ) {
    const c0 = path.charCodeAt(0);
    const c1 = path.charCodeAt(1);
    this.plain = path.length < 2 || !(c0 === 0x40 || c0 === 0x21 || c0 === 0x5b || c0 === 0x7b || (c0 === 0x2e && c1 === 0x2e));
  }

  object(): ObjectStep {
    return (this.#object ??= parseObjectPath(this.path, this.names));
  }

  array(): ArrayStep {
    return (this.#array ??= parseArrayPath(this.path, this.names));
  }
}

/** gjson isDotPiperChar: after a '.', does '@modifier', '[' or '{' start a piped component? */
export function isDotPiperChar(s: string, names: ModifierNames): boolean {
  const c = s.charCodeAt(0);
  if (c === 0x40) {
    let i = 1;
    for (; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (d === 0x2e || d === 0x7c || d === 0x3a) break;
    }
    return names.has(s.slice(1, i));
  }
  return c === 0x5b || c === 0x7b;
}

function objectStep(part: string, path: string, pipe: string, piped: boolean, wild: boolean, more: boolean, names: ModifierNames): ObjectStep {
  return {
    part,
    pipe,
    pipeNode: piped ? new PathNode(pipe, names) : undefined,
    piped,
    wild,
    more,
    next: more ? new PathNode(path, names) : undefined,
    search: undefined,
    wildPrefix: wild ? literalPrefix(part) : '',
  };
}

/** The start of a match pattern before its first '*', '?' or '\\' (escape). */
function literalPrefix(pattern: string): string {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 0x2a || c === 0x3f || c === 0x5c) return pattern.slice(0, i);
  }
  return pattern;
}

export function parseObjectPath(path: string, names: ModifierNames): ObjectStep {
  let wild = false;
  const n = path.length;
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x7c) return objectStep(path.slice(0, i), '', path.slice(i + 1), true, wild, false, names);
    if (c === 0x2e) {
      const part = path.slice(0, i);
      if (i < n - 1 && isDotPiperChar(path.slice(i + 1), names)) {
        return objectStep(part, '', path.slice(i + 1), true, wild, false, names);
      }
      return objectStep(part, path.slice(i + 1), '', false, wild, true, names);
    }
    if (c === 0x2a || c === 0x3f) {
      wild = true;
      continue;
    }
    if (c === 0x5c) {
      // Escape mode: the part keeps the escaped characters without their backslashes.
      let epart = path.slice(0, i);
      i++;
      if (i < n) {
        epart += path[i];
        i++;
        for (; i < n; i++) {
          const d = path.charCodeAt(i);
          if (d === 0x5c) {
            i++;
            if (i < n) epart += path[i];
            continue;
          } else if (d === 0x2e) {
            if (i < n - 1 && isDotPiperChar(path.slice(i + 1), names)) {
              return objectStep(epart, '', path.slice(i + 1), true, wild, false, names);
            }
            return objectStep(epart, path.slice(i + 1), '', false, wild, true, names);
          } else if (d === 0x7c) {
            return objectStep(epart, '', path.slice(i + 1), true, wild, false, names);
          } else if (d === 0x2a || d === 0x3f) {
            wild = true;
          }
          epart += path[i];
        }
      }
      return objectStep(epart, '', '', false, wild, false, names);
    }
  }
  return objectStep(path, '', '', false, wild, false, names);
}

const NO_QUERY: QueryStep = { on: false, all: false, path: '', op: '', value: '', num: 0 };

function parseUint(s: string): number {
  if (s.length === 0) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    v = v * 10 + (c - 0x30);
  }
  if (v <= Number.MAX_SAFE_INTEGER) return v;
  // Go accumulates in a uint64 that wraps, then converts to int: mirror that.
  let big = 0n;
  for (let i = 0; i < s.length; i++) big = (big * 10n + BigInt(s.charCodeAt(i) - 0x30)) & 0xffffffffffffffffn;
  const signed = BigInt.asIntN(64, big);
  return signed >= 0n && signed <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(signed) : -2;
}

export function parseArrayPath(path: string, names: ModifierNames): ArrayStep {
  const n = path.length;
  let arrch = false;
  let alogok = false;
  let alogkey = '';
  let rpath = '';
  let query: QueryStep = NO_QUERY;
  const done = (part: string, p: string, pipe: string, piped: boolean, more: boolean): ArrayStep => {
    // A query match looks up the rest of the path; a projection, alogkey.
    const element = alogok ? alogkey : query.on && more ? p : undefined;
    const split = element === undefined ? undefined : splitPossiblePipe(element);
    return {
      part,
      path: p,
      pipe,
      pipeNode: piped ? new PathNode(pipe, names) : undefined,
      piped,
      more,
      alogok,
      arrch,
      alogkey,
      query,
      index: arrch ? -1 : parseUint(part),
      next: more ? new PathNode(p, names) : undefined,
      queryNode: query.on ? new PathNode(query.path, names) : undefined,
      elementNode: element === undefined ? undefined : new PathNode(split === undefined ? element : split[0], names),
      elementPipe: split === undefined ? undefined : new PathNode(split[1], names),
    };
  };
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x7c) return done(path.slice(0, i), rpath, path.slice(i + 1), true, false);
    if (c === 0x2e) {
      const part = path.slice(0, i);
      if (!arrch && i < n - 1 && isDotPiperChar(path.slice(i + 1), names)) {
        return done(part, rpath, path.slice(i + 1), true, false);
      }
      return done(part, path.slice(i + 1), '', false, true);
    }
    if (c === 0x23) {
      arrch = true;
      if (i === 0 && n > 1) {
        const c1 = path.charCodeAt(1);
        if (c1 === 0x2e) {
          alogok = true;
          alogkey = path.slice(2);
          rpath = path.slice(0, 1);
        } else if (c1 === 0x5b || c1 === 0x28) {
          query = { on: true, all: false, path: '', op: '', value: '', num: 0 };
          const q = parseQuery(path.slice(i));
          if (!q.ok) break; // bad query: the whole path is the part
          let value = q.value;
          if (value.length >= 2 && value.charCodeAt(0) === 0x22 && value.charCodeAt(value.length - 1) === 0x22) {
            value = value.slice(1, -1);
            if (q.vesc) value = unescape(value);
          }
          i = q.i - 1;
          const all = i + 1 < n && path.charCodeAt(i + 1) === 0x23;
          query = { on: true, all, path: q.path, op: q.op, value, num: parseGoFloat(value) };
        }
      }
      continue;
    }
  }
  return done(path, '', '', false, false);
}

interface ParsedQuery {
  path: string;
  op: string;
  value: string;
  i: number;
  vesc: boolean;
  ok: boolean;
}

/** gjson trim: strips bytes <= ' ' from both ends. */
export function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** gjson parseQuery: splits '#(path op value)' and returns the offset after ')'. */
export function parseQuery(query: string): ParsedQuery {
  const fail: ParsedQuery = { path: '', op: '', value: '', i: 0, vesc: false, ok: false };
  const n = query.length;
  if (n < 2 || query.charCodeAt(0) !== 0x23 || (query.charCodeAt(1) !== 0x28 && query.charCodeAt(1) !== 0x5b)) return fail;
  let i = 2;
  let j = 0;
  let depth = 1;
  let vesc = false;
  for (; i < n; i++) {
    const c = query.charCodeAt(i);
    if (depth === 1 && j === 0) {
      if (c === 0x21 || c === 0x3d || c === 0x3c || c === 0x3e || c === 0x25) {
        j = i;
        continue;
      }
    }
    if (c === 0x5c) {
      i++;
    } else if (c === 0x5b || c === 0x28) {
      depth++;
    } else if (c === 0x5d || c === 0x29) {
      depth--;
      if (depth === 0) break;
    } else if (c === 0x22) {
      i++;
      for (; i < n; i++) {
        const d = query.charCodeAt(i);
        if (d === 0x5c) {
          vesc = true;
          i++;
        } else if (d === 0x22) {
          break;
        }
      }
    }
  }
  if (depth > 0) return { ...fail, i };
  let path: string;
  let op = '';
  let value = '';
  if (j > 0) {
    path = trim(query.slice(2, j));
    value = trim(query.slice(j, i));
    let opsz = 0;
    const v0 = value.charCodeAt(0);
    const v1 = value.charCodeAt(1);
    if (value.length === 1) opsz = 1;
    else if (v0 === 0x21 && v1 === 0x3d) opsz = 2;
    else if (v0 === 0x21 && v1 === 0x25) opsz = 2;
    else if (v0 === 0x3c && v1 === 0x3d) opsz = 2;
    else if (v0 === 0x3e && v1 === 0x3d) opsz = 2;
    else if (v0 === 0x3d && v1 === 0x3d) {
      value = value.slice(1);
      opsz = 1;
    } else if (v0 === 0x3c || v0 === 0x3e || v0 === 0x3d || v0 === 0x25) opsz = 1;
    op = value.slice(0, opsz);
    value = trim(value.slice(opsz));
  } else {
    path = trim(query.slice(2, i));
  }
  return { path, op, value, i: i + 1, vesc, ok: true };
}
