// Number constants: Go's parse.newNumber (strconv.ParseUint/ParseInt with
// base 0, ParseFloat, complex literals) followed by exec's idealConstant,
// which decides the value once: int, float64 or complex128.
import { GoComplex, GoFloat, isIntNumber } from './value';

export type ParsedNumber = { value: unknown; execError: string | undefined } | { error: string };

const maxInt64 = 2n ** 63n - 1n;
const minInt64 = -(2n ** 63n);
const maxUint64 = 2n ** 64n - 1n;

/** strconv's underscoreOK: underscores only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1] ?? ' ')) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseUint(s, 0, 64) without the range check; undefined on syntax error. */
function parseUnsignedBase0(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  let base = 10;
  let body = s;
  if (s[0] === '0') {
    const p = s[1]?.toLowerCase();
    if (s.length >= 3 && p === 'x') [base, body] = [16, s.slice(2)];
    else if (s.length >= 3 && p === 'o') [base, body] = [8, s.slice(2)];
    else if (s.length >= 3 && p === 'b') [base, body] = [2, s.slice(2)];
    else [base, body] = [8, s.slice(1)];
  }
  const hasUnderscore = body.includes('_');
  if (hasUnderscore && !underscoreOK(s)) return undefined;
  const digits = body.replace(/_/g, '');
  if (digits.length === 0) return base === 8 && body.length === 0 && s === '0' ? 0n : undefined;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return BigInt(prefix + digits);
}

function parseUint(s: string): bigint | undefined {
  const v = parseUnsignedBase0(s);
  return v !== undefined && v <= maxUint64 ? v : undefined;
}

function parseInt64(s: string): bigint | undefined {
  let neg = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const u = parseUnsignedBase0(body);
  if (u === undefined) return undefined;
  const v = neg ? -u : u;
  return v >= minInt64 && v <= maxInt64 ? v : undefined;
}

/** strconv.ParseFloat(s, 64); undefined on syntax or range error. */
export function parseFloat64(s: string): number | undefined {
  let body = s;
  let sign = 1;
  if (body[0] === '+' || body[0] === '-') {
    if (body[0] === '-') sign = -1;
    body = body.slice(1);
  }
  if (body.includes('_') && !underscoreOK(body)) return undefined;
  const clean = body.replace(/_/g, '');
  let value: number;
  const hexMatch = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(clean);
  if (hexMatch) {
    const intPart = hexMatch[1] ?? '';
    const frac = hexMatch[2] ?? '';
    if (intPart.length + frac.length === 0) return undefined;
    const mant = BigInt(`0x${intPart}${frac}` === '0x' ? '0' : `0x${intPart}${frac}`);
    const exp = Number(hexMatch[3]) - 4 * frac.length;
    value = scaleBinary(mant, exp);
  } else {
    if (!/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(clean)) return undefined;
    value = Number(clean);
  }
  if (!Number.isFinite(value)) return undefined;
  return sign * value;
}

/** mant × 2^exp, correctly rounded. */
function scaleBinary(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  if (exp >= 0) return Number(mant << BigInt(Math.min(exp, 2000)));
  // Shift right keeping enough bits for correct rounding through Number().
  const bits = mant.toString(2).length;
  const keep = Math.max(0, bits + exp + 1074); // bits above the smallest subnormal
  if (keep <= 0) return 0;
  const drop = Math.max(0, bits - Math.min(keep, 64));
  if (drop === 0) return Number(mant) * 2 ** exp;
  const shifted = mant >> BigInt(drop);
  const sticky = (mant & ((1n << BigInt(drop)) - 1n)) !== 0n ? 1n : 0n;
  return Number((shifted << 1n) | sticky) * 2 ** (exp + drop - 1);
}

function isHexInt(s: string): boolean {
  return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}

function intValue(v: bigint): unknown {
  return v <= 2n ** 53n && v >= -(2n ** 53n) ? Number(v) : v;
}

function floatValue(f: number): unknown {
  return isIntNumber(f) ? new GoFloat(f) : f;
}

/** Splits "1+2i" / "1e3-4.5i" into real and imaginary texts. */
function parseComplexText(text: string): GoComplex | undefined {
  const s = text.replace(/^\((.*)\)$/, '$1');
  for (let i = s.length - 2; i > 0; i--) {
    const c = s[i];
    if ((c === '+' || c === '-') && !/[eEpP]/.test(s[i - 1] ?? '')) {
      const re = parseFloat64(s.slice(0, i));
      if (!s.endsWith('i')) return undefined;
      const im = parseFloat64(s.slice(i, -1));
      if (re === undefined || im === undefined) return undefined;
      return new GoComplex(re, im);
    }
  }
  return undefined;
}

export function parseNumber(text: string, isComplexItem: boolean): ParsedNumber {
  if (isComplexItem) {
    const c = parseComplexText(text);
    if (!c) return { error: `expected integer` };
    return { value: c, execError: undefined };
  }
  if (text.endsWith('i')) {
    const f = parseFloat64(text.slice(0, -1));
    if (f !== undefined) return { value: new GoComplex(0, f), execError: undefined };
  }
  const u = parseUint(text);
  const i = parseInt64(text);
  let isInt = i !== undefined;
  let isUint = u !== undefined || i === 0n;
  let isFloat = isInt || isUint;
  let intVal = i ?? 0n;
  let floatVal = isInt ? Number(intVal) : u !== undefined ? Number(u) : 0;
  if (!isInt && !isUint) {
    const f = parseFloat64(text);
    if (f !== undefined) {
      if (!/[.eEpP]/.test(text)) return { error: `integer overflow: ${JSON.stringify(text)}` };
      isFloat = true;
      floatVal = f;
      if (Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63) {
        isInt = true;
        intVal = BigInt(f);
      }
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) isUint = true;
    }
  }
  if (!isInt && !isUint && !isFloat) return { error: `illegal number syntax: ${JSON.stringify(text)}` };
  // exec's idealConstant
  if (isFloat && !isHexInt(text) && text[0] !== "'" && /[.eEpP]/.test(text)) {
    return { value: floatValue(floatVal), execError: undefined };
  }
  if (isInt) return { value: intValue(intVal), execError: undefined };
  return { value: undefined, execError: `${text} overflows int` };
}
