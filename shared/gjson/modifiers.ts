// The modifiers of gjson 1.14.4: @reverse @ugly @pretty @this @valid
// @flatten @join @keys @values @tostr @fromstr @group. A modifier gets the
// JSON text it applies to and its argument text (after ':') and returns JSON
// text, exactly gjson's func(json, arg string) string.
import { joinJson, jsonString } from './json-string';
import type { MemberSpan } from './members';
import { forEachMember } from './members';
import type { PrettyOptions } from './pretty';
import { DEFAULT_PRETTY_OPTIONS, prettyJson } from './pretty';
import { uglyJson } from './ugly';
import type { PathEvaluator } from './result';
import { parseValue, Result, stringValue } from './result';
import { validJson } from './valid';

export type Modifier = (json: string, arg: string) => string;

/** Modifiers only parse values, never evaluate paths on them. */
const noPaths: PathEvaluator = { get: () => Result.missing(noPaths), getIn: () => Result.missing(noPaths), getNode: () => Result.missing(noPaths) };

function parse(json: string): Result {
  return parseValue(json, noPaths);
}

/** Keeps only the whitespace characters of s (gjson cleanWS). */
function cleanWS(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) out += s[i];
  }
  return out;
}

/**
 * Options of @pretty by argument text: a path's argument is the same on
 * every call, and parsing it cost as much as printing a small value. (Like
 * the parsed paths, bounded: cleared when full.)
 */
const prettyOptions = new Map<string, Readonly<PrettyOptions>>();
const PRETTY_OPTIONS_CACHE_SIZE = 64;

function parsePrettyOptions(arg: string): Readonly<PrettyOptions> {
  const opts = { ...DEFAULT_PRETTY_OPTIONS };
  parse(arg).forEach((key, value) => {
    switch (key.string()) {
      case 'sortKeys':
        opts.sortKeys = value.bool();
        break;
      case 'indent':
        opts.indent = cleanWS(value.string());
        break;
      case 'prefix':
        opts.prefix = cleanWS(value.string());
        break;
      case 'width':
        opts.width = value.int();
        break;
    }
    return true;
  });
  return opts;
}

function modPretty(json: string, arg: string): string {
  if (arg.length === 0) return prettyJson(json);
  let opts = prettyOptions.get(arg);
  if (opts === undefined) {
    opts = parsePrettyOptions(arg);
    if (prettyOptions.size >= PRETTY_OPTIONS_CACHE_SIZE) prettyOptions.clear();
    prettyOptions.set(arg, opts);
  }
  return prettyJson(json, opts);
}

function modReverse(json: string): string {
  const res = parse(json);
  if (res.isArray()) {
    const values: string[] = [];
    forEachMember(json, 0, json.length, (m) => {
      values.push(json.slice(m.start, m.end));
      return true;
    });
    return joinJson('[', values.reverse(), ']');
  }
  if (res.isObject()) {
    const members: string[] = [];
    forEachMember(json, 0, json.length, (m) => {
      members.push(`${json.slice(m.keyStart, m.keyEnd)}:${json.slice(m.start, m.end)}`);
      return true;
    });
    return joinJson('{', members.reverse(), '}');
  }
  return json;
}

/** gjson unwrap: trims and strips one pair of outer brackets (without checking the last one). */
function unwrap(json: string): string {
  let s = json;
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  s = s.slice(a, b);
  if (s.length >= 2 && (s.charCodeAt(0) === 0x5b || s.charCodeAt(0) === 0x7b)) s = s.slice(1, -1);
  return s;
}

/** Go's strings.TrimSpace for the characters JSON text can hold. */
function trimSpace(s: string): string {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
}

/** Deep @flatten recursion is capped (JSON nesting); deeper arrays stay as they are. */
const MAX_FLATTEN_DEPTH = 200;

function flatten(json: string, arg: string, depth: number): string {
  const res = parse(json);
  if (!res.isArray()) return json;
  let deep = false;
  if (arg !== '') {
    parse(arg).forEach((key, value) => {
      if (key.string() === 'deep') deep = value.bool();
      return true;
    });
  }
  const out: string[] = [];
  res.forEach((_k, value) => {
    let raw: string;
    if (value.isArray()) {
      raw = deep && depth < MAX_FLATTEN_DEPTH ? unwrap(flatten(value.raw, arg, depth + 1)) : unwrap(value.raw);
    } else {
      raw = value.raw;
    }
    raw = trimSpace(raw);
    if (raw.length > 0) out.push(raw);
    return true;
  });
  return joinJson('[', out, ']');
}

function modKeys(json: string): string {
  const v = parse(json);
  if (!v.exists()) return '[]';
  const obj = v.isObject();
  const out: string[] = [];
  v.forEach((key) => {
    out.push(obj ? key.raw : 'null');
    return true;
  });
  return joinJson('[', out, ']');
}

function modValues(json: string): string {
  const v = parse(json);
  if (!v.exists()) return '[]';
  if (v.isArray()) return json;
  const out: string[] = [];
  if (v.isObject()) {
    forEachMember(json, 0, json.length, (m) => {
      out.push(json.slice(m.start, m.end));
      return true;
    });
  } else {
    out.push(v.raw); // forEach of a scalar: the value itself
  }
  return joinJson('[', out, ']');
}

function modJoin(json: string, arg: string): string {
  const res = parse(json);
  if (!res.isArray()) return json;
  let preserve = false;
  if (arg !== '') {
    parse(arg).forEach((key, value) => {
      if (key.string() === 'preserve') preserve = value.bool();
      return true;
    });
  }
  const out: string[] = [];
  if (preserve) {
    forEachMember(json, 0, json.length, (m) => {
      if (isObjectSpan(json, m)) out.push(unwrap(json.slice(m.start, m.end)));
      return true;
    });
  } else {
    // Each key's first raw text, in order of first appearance, and its last value.
    const rawKeys = new Map<string, string>();
    const values = new Map<string, string>();
    forEachMember(json, 0, json.length, (element) => {
      if (!isObjectSpan(json, element)) return true;
      forEachMember(json, element.start, element.end, (m) => {
        const k = stringValue(json, m.keyStart, m.keyEnd);
        if (!rawKeys.has(k)) rawKeys.set(k, json.slice(m.keyStart, m.keyEnd));
        values.set(k, json.slice(m.start, m.end));
        return true;
      });
      return true;
    });
    for (const [k, rawKey] of rawKeys) out.push(`${rawKey}:${values.get(k) ?? ''}`);
  }
  return joinJson('{', out, '}');
}

/** Result.isObject of the member's value. */
function isObjectSpan(json: string, m: Readonly<MemberSpan>): boolean {
  return m.type === 'JSON' && m.end > m.start && json.charCodeAt(m.start) === 0x7b;
}

function modValid(json: string): string {
  return validJson(json) ? json : '';
}

/** Text whose value is a string (after any whitespace). */
const PLAIN_STRING = /^[ \t\n\r]*"/;

function modFromStr(json: string): string {
  if (!validJson(json)) return '';
  // Only \u escapes of surrogates decode differently (gjson makes a lone
  // one U+FFFD); the native JSON.parse is much faster than gjson's unescape.
  if (PLAIN_STRING.test(json) && !json.includes('\\u')) return JSON.parse(json) as string;
  return parse(json).string();
}

function modToStr(json: string): string {
  return jsonString(json);
}

function modGroup(json: string): string {
  const res = parse(json);
  if (!res.isObject()) return '';
  const all: string[][] = [];
  res.forEach((key, value) => {
    if (!value.isArray()) return true;
    let idx = 0;
    value.forEach((_k, v) => {
      if (idx === all.length) all.push([]);
      all[idx]?.push(`${key.raw}:${v.raw}`);
      idx++;
      return true;
    });
    return true;
  });
  return joinJson(
    '[',
    all.map((members) => `{${members.join(',')}}`),
    ']',
  );
}

/** The built-in modifiers of gjson 1.14.4, by name (without '@'). */
export const builtinModifiers: ReadonlyMap<string, Modifier> = new Map<string, Modifier>([
  ['pretty', modPretty],
  ['ugly', (json) => uglyJson(json)],
  ['reverse', modReverse],
  ['this', (json) => json],
  ['flatten', (json, arg) => flatten(json, arg, 0)],
  ['join', modJoin],
  ['valid', modValid],
  ['keys', modKeys],
  ['values', modValues],
  ['tostr', modToStr],
  ['fromstr', modFromStr],
  ['group', modGroup],
]);
