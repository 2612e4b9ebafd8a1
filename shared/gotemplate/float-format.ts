// strconv.FormatFloat(x, fmt, prec, 64) for fmt in b e E f g G x X.
// Shortest digits come from JavaScript's own shortest round-trip conversion
// (the same digits Go's Ryu picks); fixed precision is computed exactly with
// BigInt and rounded half to even, as Go does.

interface Digits {
  /** Significant decimal digits without leading or trailing zeros ("" for zero). */
  d: string;
  /** Decimal point position: value = 0.d × 10^dp. */
  dp: number;
}

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): { neg: boolean; exp: number; mant: bigint } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  return {
    neg: hi >>> 31 === 1,
    exp: (hi >>> 20) & 0x7ff,
    mant: (BigInt(hi & 0xfffff) << 32n) | BigInt(lo),
  };
}

function shortestDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const d = s.slice(0, e).replace('.', '');
  return { d, dp: Number(s.slice(e + 1)) + 1 };
}

function exactDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const { exp, mant } = bitsOf(x);
  let m = mant;
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  let digits: string;
  let dp: number;
  if (e >= 0) {
    digits = (m << BigInt(e)).toString();
    dp = digits.length;
  } else {
    digits = (m * 5n ** BigInt(-e)).toString();
    dp = digits.length + e;
  }
  const trimmed = digits.replace(/0+$/, '');
  return { d: trimmed, dp };
}

/** Rounds to nd digits, half to even on an exact tie (Go's decimal.Round). */
function roundDigits(a: Digits, nd: number): Digits {
  if (nd < 0 || nd >= a.d.length) return a;
  const c = a.d.charCodeAt(nd) - 48;
  let up: boolean;
  if (c === 5 && nd + 1 === a.d.length) up = nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = c >= 5;
  if (!up) {
    const d = a.d.slice(0, nd).replace(/0+$/, '');
    return { d, dp: d.length === 0 ? 0 : a.dp };
  }
  let i = nd - 1;
  while (i >= 0 && a.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: a.dp + 1 };
  return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp };
}

function fmtE(neg: boolean, d: Digits, prec: number, ch: string): string {
  let s = neg ? '-' : '';
  s += d.d.length > 0 ? d.d[0] : '0';
  if (prec > 0) {
    s += '.';
    const m = Math.min(d.d.length, prec + 1);
    s += d.d.slice(1, m);
    for (let i = Math.max(m, 1); i <= prec; i++) s += '0';
  }
  s += ch;
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  s += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  s += exp < 10 ? `0${exp}` : String(exp);
  return s;
}

function fmtF(neg: boolean, d: Digits, prec: number): string {
  let s = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    s += d.d.slice(0, m);
    for (let i = m; i < d.dp; i++) s += '0';
  } else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      s += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return s;
}

function fmtB(neg: boolean, x: number): string {
  const { exp, mant } = bitsOf(x);
  let m = mant;
  let e = exp;
  if (e === 0) e = 1;
  else m |= 1n << 52n;
  e += -1023 - 52;
  return `${neg ? '-' : ''}${m}p${e >= 0 ? '+' : ''}${e}`;
}

function fmtX(neg: boolean, x: number, prec: number, upper: boolean): string {
  const bits = bitsOf(x);
  let mant = bits.mant;
  let exp = bits.exp;
  if (exp === 0) exp = 1;
  else mant |= 1n << 52n;
  exp -= 1023;
  if (mant === 0n) exp = 0;
  mant <<= 60n - 52n;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  const mask = (1n << 64n) - 1n;
  let s = `${neg ? '-' : ''}0${upper ? 'X' : 'x'}${(mant >> 60n) & 1n}`;
  mant = (mant << 4n) & mask;
  if (prec < 0 && mant !== 0n) {
    s += '.';
    while (mant !== 0n) {
      s += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  } else if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      s += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask;
    }
  }
  s += upper ? 'P' : 'p';
  s += exp < 0 ? '-' : '+';
  const ae = Math.abs(exp);
  s += ae < 10 ? `0${ae}` : String(ae);
  return s;
}

/** strconv.FormatFloat(x, fmt, prec, 64). */
export function formatFloat(x: number, fmt: string, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  if (fmt === 'b') return fmtB(neg, x);
  if (fmt === 'x' || fmt === 'X') return fmtX(neg, x, prec, fmt === 'X');
  const abs = Math.abs(x);
  let digs: Digits;
  const shortest = prec < 0;
  if (shortest) {
    digs = shortestDigits(abs);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(digs.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(digs.d.length - digs.dp, 0);
    else prec = digs.d.length;
  } else {
    const exact = exactDigits(abs);
    if (fmt === 'e' || fmt === 'E') digs = roundDigits(exact, prec + 1);
    else if (fmt === 'f') digs = roundDigits(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digs = roundDigits(exact, prec);
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
    default: {
      let eprec = prec;
      if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.d.length) prec = digs.d.length;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > digs.dp) prec = digs.d.length;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
}

/** Go's %v for a float64: strconv.FormatFloat(x, 'g', -1, 64). */
export function formatFloatV(x: number): string {
  return formatFloat(x, 'g', -1);
}
