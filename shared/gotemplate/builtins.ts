// Go's built-in template functions (text/template/funcs.go): and or not,
// eq ne lt le gt ge, len index slice call, print printf println, html js urlquery.
// `and`/`or` short-circuit, so the executor evaluates them (see `logic`).
import { sprint, sprintf, sprintln } from './fmt';
import { FuncError } from './func';
import type { FuncMap, TemplateFunction } from './func';
import { codePoints, isPrint } from './quote';
import {
  compareGoStrings,
  decodeUtf8,
  floatOf,
  GoByte,
  isTrue,
  Kind,
  kindOf,
  mapIndex,
  typeName,
  utf8Bytes,
  utf8Length,
} from './value';
import type { GoComplex, GoMap, GoValue } from './value';

const enum Basic {
  Invalid,
  Bool,
  Complex,
  Int,
  Float,
  String,
  Uint,
}

function basicKind(v: GoValue): Basic {
  switch (kindOf(v)) {
    case Kind.Bool:
      return Basic.Bool;
    case Kind.Int:
      return Basic.Int;
    case Kind.Uint8:
      return Basic.Uint;
    case Kind.Float:
      return Basic.Float;
    case Kind.Complex:
      return Basic.Complex;
    case Kind.String:
      return Basic.String;
    default:
      return Basic.Invalid;
  }
}

/** indirectInterface: a nil interface is no value at all. */
function unwrapNil(v: GoValue): GoValue {
  return v === null ? undefined : v;
}

function intOf(v: GoValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v as number);
}

function intsEqual(a: GoValue, b: GoValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return intOf(a) === intOf(b);
}

function intLess(a: GoValue, b: GoValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return intOf(a) < intOf(b);
}

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';

function printedForError(v: GoValue): string {
  return sprint([v]);
}

export function eq(arg1: GoValue, rest: readonly GoValue[]): boolean {
  arg1 = unwrapNil(arg1);
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of rest) {
    arg = unwrapNil(arg);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 === Basic.Int && k2 === Basic.Uint) truth = intOf(arg1) >= 0n && intOf(arg1) === BigInt((arg as GoByte).value);
      else if (k1 === Basic.Uint && k2 === Basic.Int) truth = intOf(arg) >= 0n && BigInt((arg1 as GoByte).value) === intOf(arg);
      else if (arg1 !== undefined && arg !== undefined) throw new FuncError(errBadComparison);
    } else {
      switch (k1) {
        case Basic.Bool:
        case Basic.String:
          truth = arg1 === arg;
          break;
        case Basic.Complex:
          truth = (arg1 as GoComplex).re === (arg as GoComplex).re && (arg1 as GoComplex).im === (arg as GoComplex).im;
          break;
        case Basic.Float:
          truth = floatOf(arg1) === floatOf(arg);
          break;
        case Basic.Int:
          truth = intsEqual(arg1, arg);
          break;
        case Basic.Uint:
          truth = (arg1 as GoByte).value === (arg as GoByte).value;
          break;
        default: {
          // Missing values, lists and maps.
          const ka = kindOf(arg1);
          const kb = kindOf(arg);
          if (ka !== kb && ka !== Kind.Invalid && kb !== Kind.Invalid) {
            throw new FuncError(
              `non-comparable types ${printedForError(arg1)}: ${typeName(arg1)}, ${typeName(arg)}: ${printedForError(arg)}`,
            );
          }
          if (arg1 === undefined || arg === undefined) truth = arg1 === undefined && arg === undefined;
          else throw new FuncError(`non-comparable type ${printedForError(arg)}: ${typeName(arg)}`);
        }
      }
    }
    if (truth) return true;
  }
  return false;
}

export function lt(arg1: GoValue, arg2: GoValue): boolean {
  arg1 = unwrapNil(arg1);
  const k1 = basicKind(arg1);
  if (k1 === Basic.Invalid) throw new FuncError(errBadComparisonType);
  arg2 = unwrapNil(arg2);
  const k2 = basicKind(arg2);
  if (k2 === Basic.Invalid) throw new FuncError(errBadComparisonType);
  if (k1 !== k2) {
    if (k1 === Basic.Int && k2 === Basic.Uint) return intOf(arg1) < 0n || intOf(arg1) < BigInt((arg2 as GoByte).value);
    if (k1 === Basic.Uint && k2 === Basic.Int) return intOf(arg2) >= 0n && BigInt((arg1 as GoByte).value) < intOf(arg2);
    throw new FuncError(errBadComparison);
  }
  switch (k1) {
    case Basic.Bool:
    case Basic.Complex:
      throw new FuncError(errBadComparisonType);
    case Basic.Float:
      return floatOf(arg1) < floatOf(arg2);
    case Basic.Int:
      return intLess(arg1, arg2);
    case Basic.String:
      return compareGoStrings(arg1 as string, arg2 as string) < 0;
    default:
      return (arg1 as GoByte).value < (arg2 as GoByte).value;
  }
}

function le(a: GoValue, b: GoValue): boolean {
  return lt(a, b) || eq(a, [b]);
}

export function length(item: GoValue): number {
  if (item === null) throw new FuncError('len of nil pointer');
  switch (kindOf(item)) {
    case Kind.Invalid:
      throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
    case Kind.String:
      return utf8Length(item as string);
    case Kind.Slice:
      return (item as GoValue[]).length;
    case Kind.Map:
      return Object.keys(item as GoMap).length;
    default:
      throw new FuncError(`len of type ${typeName(item)}`);
  }
}

function indexArg(index: GoValue, cap: number): number {
  let x: bigint;
  switch (kindOf(index)) {
    case Kind.Int:
      x = intOf(index);
      break;
    case Kind.Uint8:
      x = BigInt((index as GoByte).value);
      break;
    case Kind.Invalid:
    case Kind.Nil:
      throw new FuncError('cannot index slice/array with nil');
    default:
      throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
  }
  if (x < 0n || x > BigInt(cap)) throw new FuncError(`index out of range: ${x}`);
  return Number(x);
}

export function index(item: GoValue, indexes: readonly GoValue[]): GoValue {
  item = unwrapNil(item);
  if (item === undefined) throw new FuncError('index of untyped nil');
  for (let ix of indexes) {
    ix = unwrapNil(ix);
    if (item === null || item === undefined) throw new FuncError('index of nil pointer');
    switch (kindOf(item)) {
      case Kind.Slice: {
        const list = item as GoValue[];
        const x = indexArg(ix, list.length);
        if (x >= list.length) throw new FuncError('reflect: slice index out of range');
        item = list[x];
        break;
      }
      case Kind.String: {
        const bytes = utf8Bytes(item as string);
        const x = indexArg(ix, bytes.length);
        if (x >= bytes.length) throw new FuncError('reflect: string index out of range');
        item = new GoByte(bytes[x] ?? 0);
        break;
      }
      case Kind.Map: {
        if (ix === undefined) throw new FuncError('value is nil; should be of type string');
        if (typeof ix !== 'string') throw new FuncError(`value has type ${typeName(ix)}; should be string`);
        const v = mapIndex(item as GoMap, ix);
        item = v === undefined ? null : v;
        break;
      }
      default:
        throw new FuncError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

export function slice(item: GoValue, indexes: readonly GoValue[], fromMap: readonly boolean[]): GoValue {
  item = unwrapNil(item);
  if (item === undefined) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  let bytes: number[] | undefined;
  switch (kindOf(item)) {
    case Kind.String:
      if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
      bytes = utf8Bytes(item as string);
      len = bytes.length;
      break;
    case Kind.Slice:
      len = (item as GoValue[]).length;
      break;
    default:
      throw new FuncError(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, len, 0];
  indexes.forEach((ix, i) => {
    // Go 1.19 does not unwrap interface values here: an index read straight
    // from a map or list is "type interface {}".
    if (fromMap[i + 1] === true && ix !== undefined) throw new FuncError('cannot index slice/array with type interface {}');
    idx[i] = indexArg(ix, len);
  });
  const [a = 0, b = 0, c = 0] = idx;
  if (a > b) throw new FuncError(`invalid slice index: ${a} > ${b}`);
  if (indexes.length === 3 && b > c) throw new FuncError(`invalid slice index: ${b} > ${c}`);
  if (bytes) return decodeUtf8(bytes.slice(a, b));
  return (item as GoValue[]).slice(a, b);
}

/** The text/template evalArgs: one string as is, else Sprint with missing values as "<no value>". */
function evalArgs(args: readonly GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === undefined || a === null ? '<no value>' : a)));
}

export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => {
    switch (c) {
      case '\0':
        return '\uFFFD';
      case '"':
        return '&#34;';
      case "'":
        return '&#39;';
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      default:
        return '&gt;';
    }
  });
}

export function jsEscape(s: string): string {
  let out = '';
  for (const r of codePoints(s)) {
    switch (r) {
      case 0x5c:
        out += '\\\\';
        continue;
      case 0x27:
        out += "\\'";
        continue;
      case 0x22:
        out += '\\"';
        continue;
      case 0x3c:
        out += '\\u003C';
        continue;
      case 0x3e:
        out += '\\u003E';
        continue;
      case 0x26:
        out += '\\u0026';
        continue;
      case 0x3d:
        out += '\\u003D';
        continue;
    }
    if (r < 0x20) out += `\\u00${r.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (r < 0x80 || isPrint(r)) out += String.fromCodePoint(r);
    else out += `\\u${r.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** url.QueryEscape: unreserved bytes kept, space as '+', the rest %XX. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d || b === 0x5f || b === 0x2e || b === 0x7e) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const variadicValue = { params: ['value'], variadic: 'value' } as const;
const variadicAny = { params: [], variadic: 'any' } as const;

function fn(spec: Omit<TemplateFunction, 'call'>, call: TemplateFunction['call']): TemplateFunction {
  return { ...spec, call };
}

export const builtinFuncs: FuncMap = new Map<string, TemplateFunction>([
  // and/or: evaluated lazily by the executor.
  ['and', fn({ ...variadicValue, logic: 'and' }, () => undefined)],
  ['or', fn({ ...variadicValue, logic: 'or' }, () => undefined)],
  [
    'call',
    fn(variadicValue, (a) => {
      const f = unwrapNil(a[0]);
      if (f === undefined) throw new FuncError('call of nil');
      throw new FuncError(`non-function of type ${typeName(f)}`);
    }),
  ],
  ['html', fn(variadicAny, (a) => htmlEscape(evalArgs(a)))],
  ['index', fn(variadicValue, (a) => index(a[0], a.slice(1)))],
  ['slice', fn(variadicValue, (a, fromMap) => slice(a[0], a.slice(1), fromMap))],
  ['js', fn(variadicAny, (a) => jsEscape(evalArgs(a)))],
  ['len', fn({ params: ['value'] }, (a) => length(a[0]))],
  ['not', fn({ params: ['value'] }, (a) => !isTrue(unwrapNil(a[0])))],
  ['print', fn(variadicAny, (a) => sprint(a))],
  ['printf', fn({ params: ['string'], variadic: 'any' }, (a) => sprintf(a[0] as string, a.slice(1)))],
  ['println', fn(variadicAny, (a) => sprintln(a))],
  ['urlquery', fn(variadicAny, (a) => queryEscape(evalArgs(a)))],
  ['eq', fn(variadicValue, (a) => eq(a[0], a.slice(1)))],
  ['ge', fn({ params: ['value', 'value'] }, (a) => !lt(a[0], a[1]))],
  ['gt', fn({ params: ['value', 'value'] }, (a) => !le(a[0], a[1]))],
  ['le', fn({ params: ['value', 'value'] }, (a) => le(a[0], a[1]))],
  ['lt', fn({ params: ['value', 'value'] }, (a) => lt(a[0], a[1]))],
  ['ne', fn({ params: ['value', 'value'] }, (a) => !eq(a[0], [a[1]]))],
]);
