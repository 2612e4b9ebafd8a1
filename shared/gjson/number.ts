// Go's strconv.ParseFloat and strconv.FormatFloat(x, 'f', -1, 64), the two
// number conversions gjson relies on. JavaScript's Number() accepts other
// spellings ("0x10", " 1", "Infinity", "") and String() switches to exponent
// form, so both are ported here.

const LOWER = 0x20;

/**
 * strconv.ParseFloat(s, 64) as gjson uses it: the value, or 0 on a syntax
 * error; out-of-range values give ±Infinity (Go returns them with ErrRange).
 */
export function parseGoFloat(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  if (isJsonNumber(s)) return Number(s); // both round correctly; JSON grammar is a subset of Go's
  const special = parseSpecial(s);
  if (special !== undefined) return special;
  // readFloat
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 0x2b) i++;
  else if (c0 === 0x2d) {
    neg = true;
    i++;
  }
  let hex = false;
  if (i + 2 < n && s.charCodeAt(i) === 0x30 && (s.charCodeAt(i + 1) | LOWER) === 0x78) {
    hex = true;
    i += 2;
  }
  const mantStart = i;
  let underscores = false;
  let sawdot = false;
  let sawdigits = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      underscores = true;
      continue;
    }
    if (c === 0x2e) {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if (c >= 0x30 && c <= 0x39) {
      sawdigits = true;
      continue;
    }
    const l = c | LOWER;
    if (hex && l >= 0x61 && l <= 0x66) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) return 0;
  const mantEnd = i;
  let exp = 0;
  if (i < n && (s.charCodeAt(i) | LOWER) === (hex ? 0x70 : 0x65)) {
    i++;
    if (i >= n) return 0;
    let esign = 1;
    if (s.charCodeAt(i) === 0x2b) i++;
    else if (s.charCodeAt(i) === 0x2d) {
      i++;
      esign = -1;
    }
    if (i >= n || s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5f) {
        underscores = true;
        continue;
      }
      if (c < 0x30 || c > 0x39) break;
      if (exp < 10000) exp = exp * 10 + (c - 0x30);
    }
    exp *= esign;
  } else if (hex) {
    return 0; // a hex mantissa must have a 'p' exponent
  }
  if (underscores && !underscoreOK(s.slice(0, i))) return 0;
  if (i !== n) return 0;
  const mantissa = s.slice(mantStart, mantEnd).replaceAll('_', '');
  if (!hex) {
    const v = Number(`${mantissa}e${exp}`);
    return neg ? -v : v;
  }
  return hexFloat(mantissa, exp, neg);
}

/** The JSON number grammar, for which Number() and ParseFloat agree. */
function isJsonNumber(s: string): boolean {
  const n = s.length;
  let i = 0;
  if (s.charCodeAt(0) === 0x2d) i++;
  const intStart = i;
  while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  if (i === intStart) return false;
  if (i < n && s.charCodeAt(i) === 0x2e) {
    i++;
    const fracStart = i;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
    if (i === fracStart) return false;
  }
  if (i < n && (s.charCodeAt(i) | LOWER) === 0x65) {
    i++;
    if (i < n && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) i++;
    const expStart = i;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
    if (i === expStart || i - expStart > 5) return false; // Go caps longer exponents, see below
  }
  return i === n;
}

function parseSpecial(s: string): number | undefined {
  let i = 0;
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 0x2b || c0 === 0x2d) {
    if (c0 === 0x2d) sign = -1;
    i = 1;
  } else if ((c0 | LOWER) === 0x6e) {
    return s.length === 3 && s.toLowerCase() === 'nan' ? NaN : undefined;
  }
  const c = s.charCodeAt(i) | LOWER;
  if (c !== 0x69) return undefined;
  const rest = s.slice(i).toLowerCase();
  if (rest === 'inf' || rest === 'infinity') return sign * Infinity;
  return undefined;
}

function underscoreOK(str: string): boolean {
  let saw = '^';
  let i = 0;
  let s = str;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const l = s.charCodeAt(1) | LOWER;
    if (l === 0x62 || l === 0x6f || l === 0x78) {
      i = 2;
      saw = '0';
      hex = l === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const l = c | LOWER;
    if ((c >= 0x30 && c <= 0x39) || (hex && l >= 0x61 && l <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function hexFloat(mantissa: string, exp: number, neg: boolean): number {
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const fracDigits = dot < 0 ? 0 : mantissa.length - dot - 1;
  const m = BigInt(`0x${digits === '' ? '0' : digits}`);
  let v = Number(m);
  let e2 = exp - 4 * fracDigits;
  // Scale in steps so that 2**e2 itself never overflows or underflows.
  while (e2 > 0 && Number.isFinite(v) && v !== 0) {
    const step = Math.min(e2, 1000);
    v *= 2 ** step;
    e2 -= step;
  }
  while (e2 < 0 && v !== 0) {
    const step = Math.min(-e2, 1000);
    v /= 2 ** step;
    e2 += step;
  }
  return neg ? -v : v;
}

/** strconv.FormatFloat(x, 'f', -1, 64): shortest digits that round-trip, never an exponent. */
export function formatGoFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const e = (neg ? -x : x).toExponential();
  const at = e.indexOf('e');
  const digits = e.slice(0, at).replace('.', '');
  const point = Number(e.slice(at + 1)) + 1; // digits before the decimal point
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return neg ? `-${out}` : out;
}
