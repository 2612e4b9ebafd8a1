// Go's fmt (Sprint, Sprintln, Sprintf) over the template's value model
// (see value.ts). Ported from fmt/print.go and fmt/format.go: flags, width,
// precision, argument indexes, and the %!verb(type=value) error forms.
import { formatFloat, formatFloatV } from './float-format';
import { canBackquote, codePoints, isPrint, quote, quoteRune } from './quote';
import { floatOf, Kind, kindOf, runeCount, sortedKeys, typeName, utf8Bytes } from './value';
import type { GoByte, GoComplex, GoMap, GoValue } from './value';

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

/** Prints an int the way %v does. */
export function formatInt(v: number | bigint): string {
  return typeof v === 'bigint' ? v.toString() : String(v === 0 ? 0 : v);
}

class Printer {
  buf = '';
  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  prec = 0;

  clearFlags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = false;
    this.sharp = this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
  }

  padString(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  truncate(s: string): string {
    if (!this.precPresent) return s;
    let n = this.prec;
    let i = 0;
    for (const r of codePoints(s)) {
      n--;
      if (n < 0) return s.slice(0, i);
      i += r > 0xffff ? 2 : 1;
    }
    return s;
  }

  // ---- fmt.go: the formatting primitives

  fmtBoolean(v: boolean): void {
    this.padString(v ? 'true' : 'false');
  }

  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let s = u.toString(16).toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = `U+${s}`;
    if (this.sharp && u <= 0x10ffffn && isPrint(Number(u))) s += ` '${String.fromCodePoint(Number(u))}'`;
    const oldZero = this.zero;
    this.zero = false;
    this.padString(s);
    this.zero = oldZero;
  }

  fmtInteger(v: number | bigint, base: number, isSigned: boolean, verb: string, digits: string): void {
    let u = typeof v === 'bigint' ? v : BigInt(v);
    if (!isSigned) u = BigInt.asUintN(64, u);
    const negative = u < 0n;
    if (negative) u = -u;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = u.toString(base);
    if (digits === udigits) s = s.toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = `0b${s}`;
      else if (base === 8) {
        if (s[0] !== '0') s = `0${s}`;
      } else if (base === 16) s = `0${digits[16] ?? 'x'}${s}`;
    }
    if (verb === 'O') s = `0o${s}`;
    if (negative) s = `-${s}`;
    else if (this.plus) s = `+${s}`;
    else if (this.space) s = ` ${s}`;
    const oldZero = this.zero;
    this.zero = false;
    this.padString(s);
    this.zero = oldZero;
  }

  fmtS(s: string): void {
    this.padString(this.truncate(s));
  }

  fmtSx(s: string, digits: string): void {
    let bytes = utf8Bytes(s);
    if (this.precPresent && this.prec < bytes.length) bytes = bytes.slice(0, this.prec);
    const length = bytes.length;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    const x = digits[16] ?? 'x';
    if (this.sharp) out += `0${x}`;
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += `0${x}`;
      }
      const c = bytes[i] ?? 0;
      out += (digits[c >> 4] ?? '') + (digits[c & 15] ?? '');
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.sharp && canBackquote(s)) {
      this.padString(`\`${s}\``);
      return;
    }
    this.padString(quote(s, this.plus));
  }

  fmtC(c: bigint): void {
    let r = c > 0x10ffffn ? 0xfffd : Number(c);
    if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd;
    this.padString(String.fromCodePoint(r));
  }

  fmtQc(c: bigint): void {
    const r = c > 0x10ffffn ? 0xfffd : Number(c);
    this.padString(quoteRune(r, this.plus));
  }

  fmtFloatRaw(v: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec);
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else num = `+${num}`;
    if (this.space && num[0] === '+' && !this.plus) num = ` ${num.slice(1)}`;
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.padString(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
        digits = prec;
        if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const ch = num[i];
        if (ch === '.') {
          hasDecimalPoint = true;
          continue;
        }
        if (ch === 'p' || ch === 'P') {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if ((ch === 'e' || ch === 'E') && verb !== 'x' && verb !== 'X') {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if (ch !== '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.padString(num);
      return;
    }
    this.padString(num.slice(1));
  }

  // ---- print.go: dispatch by verb and kind

  badVerb(verb: string, arg: GoValue): void {
    this.buf += `%!${verb}(`;
    if (arg === undefined || arg === null) this.buf += '<nil>';
    else {
      this.buf += `${typeName(arg)}=`;
      this.printArg(arg, 'v');
    }
    this.buf += ')';
  }

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.fmtBoolean(v);
    else this.badVerb(verb, v);
  }

  fmtIntegerVerb(v: number | bigint, isSigned: boolean, verb: string, arg: GoValue): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !isSigned) {
          const sharp = this.sharp;
          this.sharp = true;
          this.fmtInteger(v, 16, false, 'v', ldigits);
          this.sharp = sharp;
        } else this.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      case 'd':
        return this.fmtInteger(v, 10, isSigned, verb, ldigits);
      case 'b':
        return this.fmtInteger(v, 2, isSigned, verb, ldigits);
      case 'o':
      case 'O':
        return this.fmtInteger(v, 8, isSigned, verb, ldigits);
      case 'x':
        return this.fmtInteger(v, 16, isSigned, verb, ldigits);
      case 'X':
        return this.fmtInteger(v, 16, isSigned, verb, udigits);
      case 'c':
        return this.fmtC(BigInt.asUintN(64, BigInt(v)));
      case 'q':
        return this.fmtQc(BigInt.asUintN(64, BigInt(v)));
      case 'U':
        return this.fmtUnicode(BigInt.asUintN(64, BigInt(v)));
      default:
        this.badVerb(verb, arg);
    }
  }

  fmtFloat(v: number, verb: string, arg: GoValue): void {
    switch (verb) {
      case 'v':
        return this.fmtFloatRaw(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmtFloatRaw(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmtFloatRaw(v, verb, 6);
      case 'F':
        return this.fmtFloatRaw(v, 'f', 6);
      default:
        this.badVerb(verb, arg);
    }
  }

  fmtComplex(v: GoComplex, verb: string): void {
    switch (verb) {
      case 'v':
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
      case 'f':
      case 'F':
      case 'e':
      case 'E': {
        const oldPlus = this.plus;
        this.buf += '(';
        this.fmtFloat(v.re, verb, v);
        this.plus = true;
        this.fmtFloat(v.im, verb, v);
        this.buf += 'i)';
        this.plus = oldPlus;
        return;
      }
      default:
        this.badVerb(verb, v);
    }
  }

  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(v);
        else this.fmtS(v);
        return;
      case 's':
        return this.fmtS(v);
      case 'x':
        return this.fmtSx(v, ldigits);
      case 'X':
        return this.fmtSx(v, udigits);
      case 'q':
        return this.fmtQ(v);
      default:
        this.badVerb(verb, v);
    }
  }

  printArg(arg: GoValue, verb: string): void {
    if (arg === undefined || arg === null) {
      if (verb === 'T' || verb === 'v') this.padString('<nil>');
      else this.badVerb(verb, arg);
      return;
    }
    if (verb === 'T') {
      this.fmtS(typeName(arg));
      return;
    }
    if (verb === 'p') {
      // Pointers of Go maps and slices are addresses; nothing to match. Say so.
      this.badVerb(verb, arg);
      return;
    }
    this.printValue(arg, verb, 0);
  }

  printValue(v: GoValue, verb: string, depth: number): void {
    switch (kindOf(v)) {
      case Kind.Invalid:
      case Kind.Nil:
        if (depth === 0) this.buf += '<invalid reflect.Value>';
        else if (verb === 'v') this.buf += '<nil>';
        else this.badVerb(verb, undefined);
        return;
      case Kind.Bool:
        return this.fmtBool(v as boolean, verb);
      case Kind.Int:
        return this.fmtIntegerVerb(v as number | bigint, true, verb, v);
      case Kind.Uint8:
        return this.fmtIntegerVerb((v as GoByte).value, false, verb, v);
      case Kind.Float:
        return this.fmtFloat(floatOf(v), verb, v);
      case Kind.Complex:
        return this.fmtComplex(v as GoComplex, verb);
      case Kind.String:
        return this.fmtString(v as string, verb);
      case Kind.Map: {
        const m = v as GoMap;
        if (this.sharpV) this.buf += 'map[string]interface {}{';
        else this.buf += 'map[';
        let first = true;
        for (const key of sortedKeys(m)) {
          if (!first) this.buf += this.sharpV ? ', ' : ' ';
          first = false;
          this.printValue(key, verb, depth + 1);
          this.buf += ':';
          this.printElem(m[key], verb, depth + 1);
        }
        this.buf += this.sharpV ? '}' : ']';
        return;
      }
      case Kind.Slice: {
        const list = v as GoValue[];
        this.buf += this.sharpV ? '[]interface {}{' : '[';
        for (let i = 0; i < list.length; i++) {
          if (i > 0) this.buf += this.sharpV ? ', ' : ' ';
          this.printElem(list[i], verb, depth + 1);
        }
        this.buf += this.sharpV ? '}' : ']';
        return;
      }
    }
  }

  /** An element of a map or slice: an interface{} that may be nil. */
  printElem(v: GoValue, verb: string, depth: number): void {
    if (v === undefined || v === null) {
      this.buf += this.sharpV ? 'interface {}(nil)' : '<nil>';
      return;
    }
    this.printValue(v, verb, depth + 1);
  }

  doPrintf(format: string, a: readonly GoValue[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex: boolean;
    let reordered = false;
    let goodArgNum: boolean;

    const parsenum = (start: number): { num: number; isnum: boolean; next: number } => {
      if (start >= end) return { num: 0, isnum: false, next: end };
      let num = 0;
      let isnum = false;
      let i = start;
      for (; i < end && format.charCodeAt(i) >= 48 && format.charCodeAt(i) <= 57; i++) {
        if (num > 1e6 || num < -1e6) return { num: 0, isnum: false, next: end };
        num = num * 10 + (format.charCodeAt(i) - 48);
        isnum = true;
      }
      return { num, isnum, next: i };
    };
    const argNumber = (i: number): { n: number; i: number; found: boolean } => {
      if (format.length <= i || format[i] !== '[') return { n: argNum, i, found: false };
      reordered = true;
      // parseArgNumber
      let index = 0;
      let wid = 1;
      let ok = false;
      if (format.length - i >= 3) {
        for (let j = i + 1; j < format.length; j++) {
          if (format[j] === ']') {
            let num = 0;
            let isnum = false;
            let k = i + 1;
            for (; k < j && format.charCodeAt(k) >= 48 && format.charCodeAt(k) <= 57; k++) {
              if (num > 1e6) {
                isnum = false;
                k = end;
                break;
              }
              num = num * 10 + (format.charCodeAt(k) - 48);
              isnum = true;
            }
            if (!isnum || k !== j) {
              index = 0;
              wid = j - i + 1;
              ok = false;
            } else {
              index = num - 1;
              wid = j - i + 1;
              ok = true;
            }
            break;
          }
        }
      }
      if (ok && index >= 0 && index < a.length) return { n: index, i: i + wid, found: true };
      goodArgNum = false;
      return { n: argNum, i: i + wid, found: ok };
    };
    const intFromArg = (n: number): { num: number; isInt: boolean; next: number } => {
      let num = 0;
      let isInt = false;
      let next = n;
      if (n < a.length) {
        const v = a[n];
        const k = kindOf(v);
        if (k === Kind.Int) {
          const big = typeof v === 'bigint' ? v : BigInt(v as number);
          if (big >= -(2n ** 63n) && big < 2n ** 63n) {
            num = Number(big);
            isInt = true;
          }
        } else if (k === Kind.Uint8) {
          num = (v as GoByte).value;
          isInt = true;
        }
        next = n + 1;
        if (num > 1e6 || num < -1e6) {
          num = 0;
          isInt = false;
        }
      }
      return { num, isInt, next };
    };

    let i = 0;
    formatLoop: while (i < end) {
      goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++;
      this.clearFlags();
      simple: for (; i < end; i++) {
        const c = format[i] ?? '';
        switch (c) {
          case '#':
            this.sharp = true;
            break;
          case '0':
            this.zero = !this.minus;
            break;
          case '+':
            this.plus = true;
            break;
          case '-':
            this.minus = true;
            this.zero = false;
            break;
          case ' ':
            this.space = true;
            break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v') {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simple;
        }
      }
      let r = argNumber(i);
      argNum = r.n;
      i = r.i;
      afterIndex = r.found;
      if (i < end && format[i] === '*') {
        i++;
        const w = intFromArg(argNum);
        this.wid = w.num;
        this.widPresent = w.isInt;
        argNum = w.next;
        if (!this.widPresent) this.buf += '%!(BADWIDTH)';
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        const w = parsenum(i);
        this.wid = w.num;
        this.widPresent = w.isnum;
        i = w.next;
        if (afterIndex && this.widPresent) goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) goodArgNum = false;
        r = argNumber(i);
        argNum = r.n;
        i = r.i;
        afterIndex = r.found;
        if (i < end && format[i] === '*') {
          i++;
          const p = intFromArg(argNum);
          this.prec = p.num;
          this.precPresent = p.isInt;
          argNum = p.next;
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          const p = parsenum(i);
          this.prec = p.num;
          this.precPresent = p.isnum;
          i = p.next;
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
      }
      if (!afterIndex) {
        r = argNumber(i);
        argNum = r.n;
        i = r.i;
      }
      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }
      const cp = format.codePointAt(i) ?? 0;
      const verb = String.fromCodePoint(cp);
      i += verb.length;
      if (verb === '%') this.buf += '%';
      else if (!goodArgNum) this.buf += `%!${verb}(BADINDEX)`;
      else if (argNum >= a.length) this.buf += `%!${verb}(MISSING)`;
      else {
        if (verb === 'v') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(a[argNum], verb);
        argNum++;
      }
    }
    if (!reordered && argNum < a.length) {
      this.clearFlags();
      this.buf += '%!(EXTRA ';
      for (let k = argNum; k < a.length; k++) {
        if (k > argNum) this.buf += ', ';
        const arg = a[k];
        if (arg === undefined || arg === null) this.buf += '<nil>';
        else {
          this.buf += `${typeName(arg)}=`;
          this.printArg(arg, 'v');
        }
      }
      this.buf += ')';
    }
  }
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly GoValue[]): string {
  const p = new Printer();
  p.doPrintf(format, args);
  return p.buf;
}

/** fmt.Sprint of one value (what an action prints), with fast paths for scalars. */
export function sprintValue(v: GoValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) && Math.abs(v) <= 2 ** 53 ? formatInt(v) : formatFloatV(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    default: {
      const p = new Printer();
      p.printArg(v, 'v');
      return p.buf;
    }
  }
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly GoValue[]): string {
  let out = '';
  let prevString = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const isString = typeof arg === 'string';
    if (i > 0 && !isString && !prevString) out += ' ';
    out += sprintValue(arg);
    prevString = isString;
  }
  return out;
}

/** fmt.Sprintln: always spaces, and a newline. */
export function sprintln(args: readonly GoValue[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += ' ';
    out += sprintValue(args[i]);
  }
  return `${out}\n`;
}
