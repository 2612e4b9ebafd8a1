// Seeded generator of (document, path) pairs for the differential test
// against the Go reference. Documents are random JSON (objects, arrays of
// look-alike records, escaped and non-ASCII strings, odd numbers), sometimes
// broken or written as JSON Lines; paths mostly follow a real route through
// the document (so they hit) and then use every feature of the path syntax:
// wildcards, escapes, indexes, '#', '#.', queries with every operator,
// nested and '#(...)#' queries, pipes vs dots, multipaths, literals,
// modifiers with arguments, '..', plus random junk.

export interface Pair {
  readonly json: string;
  readonly path: string;
}

export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** mulberry32 */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

type Value = null | boolean | { num: string } | string | Value[] | { [key: string]: Value };

const KEYS = [
  'a', 'b', 'c', 'id', 'name', 'first', 'last', 'age', 'email', 'type', 'value', 'data', 'friends', 'nets', 'children',
  'phone', 'portalName', 'identities', 'users', 'x.y', 'k*', 'k?', 'a|b', '@this', '#', '#h', '', 'é', '日本', 'a b',
  'q"uote', 'back\\slash', '😀', 'key.v', '1', '0', 'true', '!x', 'a=b', '(p)', '[s]', '{c}', 'ABC', 'aBc',
];

const STRINGS = [
  '', 'a', 'Dale', 'Murphy', 'Roger', 'fb', 'tw', 'ig', 'phone_number', 'email', 'Hello World', 'x.y', 'a*b', 'a?c',
  'é', 'Ünïcödé', '日本語', '😀 smile', 'tab\there', 'line\nbreak', 'q"uote', 'back\\slash', '</script>', 'a&b',
  '\u2028sep', '0', '1', 'true', 'false', 'null', 'TRUE', 't', '1.5', '-2', '  spaced  ', '\u0001ctl', '\uffff', '\ue000',
  '+15551234567', 'user@example.com', 'ABC', 'abc', 'abd', 'Abc', '*', '?', '\\', '%', 'a\\*b',
];

const NUMBERS = [
  '0', '1', '-1', '2', '3', '7', '10', '42', '100', '-0', '0.5', '1.5', '1.50', '-2.25', '3.14159', '1e3', '1E3', '1e-7',
  '2.5e+2', '-1e-3', '123456789', '9007199254740993', '123456789012345678901234', '1e400', '-1e400', '1e-400',
  '0.1', '0.30000000000000004', '5e-324', '1.7976931348623157e308', '100.0', '12.340', '0.000001', '1234567.125',
];

const BAD_NUMBERS = ['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '+1', '01', '.5', '1.', '0x10', '0x1p3', '1_000', '1e', '--1', '1.2.3', 'nul', 'tru'];

function genString(r: Random): string {
  if (r.chance(0.7)) return r.pick(STRINGS);
  let s = '';
  const n = r.int(6);
  for (let i = 0; i < n; i++) s += r.pick(['a', 'b', 'Z', ' ', '.', '*', '"', '\\', 'é', '€', '😀', '\n', '/', '<', '#', '|']);
  return s;
}

function genValue(r: Random, depth: number): Value {
  const roll = r.int(depth > 3 ? 6 : 10);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
    case 3:
      return { num: r.pick(NUMBERS) };
    case 4:
    case 5:
      return genString(r);
    case 6:
    case 7:
      return genObject(r, depth + 1);
    case 8:
      return genRecords(r, depth + 1);
    default: {
      const n = r.int(5);
      const items: Value[] = [];
      const kind = r.int(3);
      for (let i = 0; i < n; i++) items.push(kind === 0 ? genString(r) : kind === 1 ? { num: r.pick(NUMBERS) } : genValue(r, depth + 1));
      return items;
    }
  }
}

function genObject(r: Random, depth: number): { [key: string]: Value } {
  const obj: { [key: string]: Value } = {};
  const n = r.int(depth > 2 ? 3 : 6);
  for (let i = 0; i < n; i++) obj[r.pick(KEYS)] = genValue(r, depth + 1);
  return obj;
}

/** An array of look-alike records: what queries are for. */
function genRecords(r: Random, depth: number): Value[] {
  const keys = [r.pick(KEYS), r.pick(['first', 'name', 'type', 'email']), r.pick(['age', 'id', 'value']), 'nets'];
  const n = 1 + r.int(5);
  const out: Value[] = [];
  for (let i = 0; i < n; i++) {
    const rec: { [key: string]: Value } = {};
    for (const k of keys) {
      if (r.chance(0.15)) continue;
      if (k === 'nets') rec[k] = [r.pick(['fb', 'tw', 'ig']), r.pick(['fb', 'tw', 'ig', 'li'])];
      else if (k === 'age' || k === 'id' || k === 'value') rec[k] = r.chance(0.8) ? { num: r.pick(NUMBERS.slice(0, 24)) } : genValue(r, depth + 2);
      else rec[k] = r.chance(0.85) ? r.pick(STRINGS) : genValue(r, depth + 2);
    }
    if (depth < 3 && r.chance(0.2)) rec.children = genRecords(r, depth + 2);
    out.push(r.chance(0.08) ? genValue(r, depth + 2) : rec);
  }
  return out;
}

function ws(r: Random): string {
  return r.chance(0.75) ? '' : r.pick([' ', '\n', '\t', '  ', '\r\n', ' \n  ']);
}

function encodeString(r: Random, s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (cp < 0x20) out += r.chance(0.5) ? `\\u${cp.toString(16).padStart(4, '0')}` : ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : `\\u00${cp.toString(16).padStart(2, '0')}`;
    else if (ch === '/' && r.chance(0.5)) out += '\\/';
    else if (cp > 0x7f && r.chance(0.3)) {
      out += JSON.stringify(ch).slice(1, -1) === ch ? [...ch].map((c) => c.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')).join('') : ch;
    } else out += ch;
  }
  return `${out}"`;
}

function serialize(r: Random, v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return encodeString(r, v);
  if (Array.isArray(v)) return `[${ws(r)}${v.map((e) => serialize(r, e) + ws(r)).join(`,${ws(r)}`)}]`;
  if ('num' in v && typeof v.num === 'string' && Object.keys(v).length === 1) return v.num;
  const obj = v as { [key: string]: Value };
  return `{${ws(r)}${Object.entries(obj)
    .map(([k, e]) => `${encodeString(r, k)}${ws(r)}:${ws(r)}${serialize(r, e)}${ws(r)}`)
    .join(`,${ws(r)}`)}}`;
}

/** An offset that does not split a surrogate pair (Go would see U+FFFD there, not our text). */
function boundary(s: string, at: number): number {
  const c = s.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** Length of the code point at `at` in code units. */
function cpLength(s: string, at: number): number {
  return (s.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

function breakJson(r: Random, json: string): string {
  switch (r.int(7)) {
    case 0:
      return json.slice(0, boundary(json, r.int(json.length + 1)));
    case 1: {
      const at = boundary(json, r.int(json.length + 1));
      return json.slice(0, at) + json.slice(at + cpLength(json, at));
    }
    case 2: {
      const at = boundary(json, r.int(json.length + 1));
      return json.slice(0, at) + r.pick([',', ']', '}', '[', '{', '"', ':', '\\', 'x', ' ', 'n']) + json.slice(at);
    }
    case 3:
      return json.replace(/-?\d+(\.\d+)?([eE][-+]?\d+)?/, r.pick(BAD_NUMBERS));
    case 4:
      return json.replaceAll('"', "'");
    case 5:
      return `${json} ${json}`;
    default:
      return json.slice(boundary(json, r.int(Math.max(1, json.length))));
  }
}

/** A path component for an object key: escapes what gjson would read as syntax. */
function escapeKey(r: Random, key: string): string {
  let out = '';
  for (const ch of key) {
    const c = ch.charCodeAt(0);
    const safe = c <= 0x20 || c > 0x7e || ch === '_' || ch === '-' || ch === ':' || /[a-zA-Z0-9]/.test(ch);
    out += safe ? ch : `\\${ch}`;
  }
  if (key.length > 0 && r.chance(0.12)) {
    // wildcard instead of the exact key
    const at = r.int(key.length);
    return r.chance(0.5) ? `${out.slice(0, boundary(out, Math.min(at, out.length)))}*` : out.replace(/[a-z]/, '?');
  }
  return out;
}

function queryValue(r: Random, v: Value): string {
  if (v === null) return r.pick(['null', 'nil']);
  if (typeof v === 'boolean') return r.chance(0.3) ? `~${v}` : String(v);
  if (typeof v === 'string') {
    if (r.chance(0.3)) {
      const escaped = v.replace(/[\\"]/g, (m) => `\\${m}`);
      return `"${escaped.slice(0, boundary(escaped, Math.min(3, escaped.length)))}*"`;
    }
    return r.chance(0.8) ? JSON.stringify(v) : v;
  }
  if (Array.isArray(v) || typeof v !== 'object') return '"x"';
  if ('num' in v && typeof v.num === 'string') return v.num;
  return '1';
}

const OPS = ['==', '=', '!=', '<', '<=', '>', '>=', '%', '!%'];

function genQuery(r: Random, items: Value[]): string {
  const item = items.length > 0 ? r.pick(items) : null;
  const all = r.chance(0.4) ? '#' : '';
  const [open, close] = r.chance(0.1) ? ['[', ']'] : ['(', ')'];
  if (item !== null && typeof item === 'object' && !Array.isArray(item) && !('num' in item && Object.keys(item).length === 1)) {
    const entries = Object.entries(item as { [key: string]: Value });
    if (entries.length === 0) return `#${open}a${close}${all}`;
    const [k, v] = r.pick(entries);
    if (Array.isArray(v) && r.chance(0.6)) {
      return `#${open}${escapeKey(r, k)}.#(${r.pick(['==', '!=', '%'])}${JSON.stringify(typeof v[0] === 'string' ? v[0] : 'fb')})${close}${all}`;
    }
    if (r.chance(0.1)) return `#${open}${escapeKey(r, k)}${close}${all}`;
    const op = r.pick(OPS);
    return `#${open}${escapeKey(r, k)}${r.chance(0.2) ? ' ' : ''}${op}${r.chance(0.2) ? ' ' : ''}${queryValue(r, v)}${close}${all}`;
  }
  return `#${open}${r.pick(OPS)}${item === null ? '"x"' : queryValue(r, item)}${close}${all}`;
}

const MODIFIERS = [
  '@reverse', '@ugly', '@pretty', '@pretty:{"sortKeys":true}', '@pretty:{"indent":"\\t","width":20}', '@pretty:{"prefix":"  ","width":0}',
  '@this', '@valid', '@flatten', '@flatten:{"deep":true}', '@join', '@join:{"preserve":true}', '@keys', '@values', '@tostr', '@fromstr',
  '@group', '@nope', '@reverse:x', '@this:{"a"}',
];

const LITERALS = ['!true', '!false', '!null', '!NaN', '!inf', '!"x"', '!{"a":1}', '![1,2]', '!123', '!-1.5e3', '!bogus'];

/** Walks a route through the document, emitting path components. */
function routePath(r: Random, root: Value, steps: number): string {
  const parts: string[] = [];
  let v: Value = root;
  for (let s = 0; s < steps; s++) {
    if (Array.isArray(v)) {
      const roll = r.int(10);
      if (roll < 3 && v.length > 0) {
        const i = r.int(v.length + 1);
        parts.push(String(i));
        v = v[i] ?? null;
      } else if (roll < 5) {
        parts.push('#');
        if (r.chance(0.6)) {
          // projection: continue into a random element's shape
          const e = v.length > 0 ? r.pick(v) : null;
          v = e;
          continue;
        }
        break;
      } else {
        parts.push(genQuery(r, v));
        const first = v.length > 0 ? r.pick(v) : null;
        v = first;
      }
    } else if (v !== null && typeof v === 'object' && !('num' in v && Object.keys(v).length === 1)) {
      const entries = Object.entries(v as { [key: string]: Value });
      if (entries.length === 0 || r.chance(0.05)) {
        parts.push(r.pick(KEYS));
        break;
      }
      const [k, e] = r.pick(entries);
      parts.push(escapeKey(r, k));
      v = e;
    } else {
      break;
    }
  }
  // Join with '.' mostly, '|' sometimes (the meaning differs after '#').
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += (r.chance(0.2) ? '|' : '.') + (parts[i] ?? '');
  return out;
}

function decorate(r: Random, path: string, root: Value): string {
  switch (r.int(14)) {
    case 0:
      return `${path}${r.chance(0.5) ? '|' : '.'}${r.pick(MODIFIERS)}`;
    case 1:
      return `${r.pick(MODIFIERS)}${r.chance(0.7) ? `|${path}` : ''}`;
    case 2:
      return `[${path},${routePath(r, root, 1 + r.int(3))}${r.chance(0.3) ? `,${r.pick(LITERALS)}` : ''}]`;
    case 3: {
      const named = r.chance(0.5) ? `"${r.pick(['n', 'x y', 'é'])}":` : '';
      return `{${path},${named}${routePath(r, root, 1 + r.int(3))}${r.chance(0.3) ? `,"lit":${r.pick(LITERALS)}` : ''}}${r.chance(0.3) ? r.pick(['.0', '|@keys', '.n', '|#']) : ''}`;
    }
    case 4:
      return r.chance(0.5) ? r.pick(LITERALS) : `${path}|${r.pick(LITERALS)}`;
    case 5:
      return `${path}${r.pick(['|0', '.0', '|#', '.#', '|1.value', '|@reverse|0', '.@this', '|@valid'])}`;
    case 6: {
      // junk: mutate a character
      if (path.length === 0) return r.pick(['#', '.', '..', '|', '@', '!', '[', '{', '\\', '*', '?']);
      const at = boundary(path, r.int(path.length));
      const op = r.int(3);
      const ch = r.pick(['.', '|', '#', '(', ')', '[', ']', '{', '}', '"', '\\', '*', '?', '@', '!', '=', ',', ':', ' ', '%', '~']);
      const len = cpLength(path, at);
      if (op === 0) return path.slice(0, at) + path.slice(at + len);
      if (op === 1) return path.slice(0, at) + ch + path.slice(at);
      return path.slice(0, at) + ch + path.slice(at + len);
    }
    default:
      return path;
  }
}

/** gjson's README document, with a few extra shapes (for @group, @join, escapes, nested queries). */
const README_DOC = `{
  "name": {"first": "Tom", "last": "Anderson"},
  "age":37,
  "children": ["Sara","Alex","Jack"],
  "fav.movie": "Deer Hunter",
  "friends": [
    {"first": "Dale", "last": "Murphy", "age": 44, "nets": ["ig", "fb", "tw"]},
    {"first": "Roger", "last": "Craig", "age": 68, "nets": ["fb", "tw"]},
    {"first": "Jane", "last": "Murphy", "age": 47, "nets": ["ig", "tw"]}
  ],
  "group": {"id": [1, 2, 3], "name": ["a", "b"], "x": 5},
  "objs": [{"a": 1, "b": 2}, {"b": 3, "c": "\\u00e9"}, 7, {"a": [1, [2, [3]]]}],
  "vals": {"z": true, "y": false, "x": null, "w": 1.0e2, "v": "s\\"q"},
  "contacts": [
    {"id": 1, "email": "a@example.com", "phone": "+15551234567", "active": true, "identities": [{"type": "phone_number", "value": "555"}, {"type": "email", "value": "a@x"}]},
    {"id": 2, "email": "b@example.com", "phone": "", "active": false, "portalName": "B", "identities": [{"type": "phone_number", "value": "556"}, {"type": "phone_number", "value": "557"}]}
  ]
}`;

const README_PATHS = [
  'name.last', 'age', 'children', 'children.#', 'children.1', 'child*.2', 'c?ildren.0', 'fav\\.movie', 'friends.#.first',
  'friends.1.last', 'friends.#(last=="Murphy").first', 'friends.#(last=="Murphy")#.first', 'friends.#(age>45)#.last',
  'friends.#(first%"D*").last', 'friends.#(first!%"D*").last', 'friends.#(first!%"D*")#.last', 'friends.#(nets.#(=="fb"))#.first',
  'friends.#(age>=47)#|#', 'friends.#.nets|0', 'friends.#.nets.0', 'friends|@reverse|0.first', 'children|@reverse', 'children|@reverse|0',
  '@reverse', '@this', 'friends.@ugly', 'friends.0|@pretty', 'friends.0|@pretty:{"sortKeys":true}', '{name.first,age,"the_murphys":friends.#(last="Murphy")#.first}',
  '[name.first,age,children.0]', 'friends.#(age>40)#|@reverse', 'group|@group', 'objs|@join', 'objs|@join:{"preserve":true}', 'objs|@flatten',
  'objs.3.a|@flatten:{"deep":true}', 'vals|@keys', 'vals|@values', 'vals|@tostr', 'vals|@tostr|@fromstr', 'vals.v', 'vals.w', 'vals.x', 'vals.z',
  'contacts.#(active==~true).email', 'contacts.#(active==~false)#.id', 'contacts.#(phone!="").phone', 'contacts.#(portalName!="").portalName',
  'contacts.#(email=="b@example.com").id', 'contacts.1.identities.#(type=="phone_number")#|1.value', 'contacts.0.identities.#(type=="phone_number")#|1.value',
  'contacts.#.identities.#(type=="phone_number").value', 'contacts.#.identities.#.value', 'contacts.#(identities.#(value=="557")).email', '!true', '!"lit"',
  '{"a":!true,"b":name.first}', 'friends.#[last=="Craig"].first', 'friends.#(age<45).first', 'friends.#(age<=44).first', 'friends.#(first<"J")#.first',
  'friends.#(first>="J")#.first', 'friends.#.@this', 'friends.#(last=="Murphy")#|@reverse|0.first', 'name.@keys', '@valid', '@valid|age', 'objs.#(a)#',
];

export function generatePairs(seed: number, count: number): Pair[] {
  const r = new Random(seed);
  const pairs: Pair[] = [];
  while (pairs.length < count) {
    if (r.chance(0.01)) {
      // Patterns that make tidwall/match backtrack until its complexity limit.
      const n = 10 + r.int(30);
      const list = ['a'.repeat(n), `${'a'.repeat(n)}b`, `${'a'.repeat(r.int(n))}b${'a'.repeat(r.int(5))}`, 'é'.repeat(n)];
      const pattern = `${r.pick(['*a', '*?', '*é', '?*a'])}`.repeat(1 + r.int(n)) + r.pick(['*b*', '*b', 'b*', '*', '*\\*']);
      pairs.push({ json: JSON.stringify({ list }), path: `list.#(${r.pick(['%', '!%'])}"${pattern}")${r.pick(['', '#'])}` });
      continue;
    }
    if (r.chance(0.1)) {
      // The README document with feature paths, some of them mutated.
      const path = README_PATHS[r.int(README_PATHS.length)] ?? '';
      pairs.push({ json: README_DOC, path: r.chance(0.3) ? decorate(r, path, null) : path });
      continue;
    }
    const lines = r.chance(0.07);
    const root: Value = lines ? genRecords(r, 1) : r.chance(0.8) ? genObject(r, 0) : genValue(r, 0);
    let json: string;
    if (lines) {
      json = (root as Value[]).map((v) => serialize(r, v)).join(r.pick(['\n', '\n\n', ' \n', '\r\n']));
    } else {
      json = ws(r) + serialize(r, root) + ws(r);
      if (r.chance(0.12)) json = breakJson(r, json);
    }
    const perDoc = 1 + r.int(8);
    for (let k = 0; k < perDoc && pairs.length < count; k++) {
      let path = routePath(r, root, 1 + r.int(5));
      if (lines) path = `..${r.chance(0.3) ? '#' : path}`;
      else path = decorate(r, path, root);
      pairs.push({ json, path });
    }
  }
  return pairs;
}
