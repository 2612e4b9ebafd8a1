// A seeded generator of Go templates and data for the differential test
// against Go's text/template. It leans towards valid templates (so outputs
// are compared, not only errors) but produces broken ones too.

export interface GeneratedCase {
  readonly template: string;
  readonly data: Record<string, unknown>;
  readonly tz: string;
}

/** mulberry32: small, fast, good enough for test generation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const strings = [
  '',
  'a',
  'hello world',
  'Bob "x", "status": "closed',
  'ärger',
  '日本語',
  '😀x',
  'a&b=c#d/..',
  '  padded ',
  '0',
  '1672531199',
  ' 1672531199.5 ',
  'abc',
  'ǳ',
  'ß',
  'ωmega',
  '100%',
  'true',
  '1e3',
  'tab\there',
  'line\nbreak',
  'back\\slash',
  '<b>&amp;</b>',
  "it's",
];
const ints = [0, 1, -1, 2, 3, 42, 65, 97, 255, 1672531199, 2 ** 53, -(2 ** 53), 9007199254740, 1699163999];
const floats = [0.5, 1.5, -2.25, 1e21, 1e-7, 123456.5, 1234567.5, 1672531199.123, 0.1, 3.0000001, 1e300, -0.0001, 2.5];
const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'];
const textBits = ['a', ' ', '\n', 'x y', '{', '}', 'é', '"q"', ',', ':', '-', '  \n\t'];
const layouts = ['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-ddTHH:mm:ss.SSSZ', 'hh:mm', 'yy/MM/dd', 'yyyyy', 'HHhhmmss', '', 'dd.MM.yyyy SSS'];
const verbs = 'sdvqxXftTeEgGcUob%';

export class TemplateGenerator {
  private readonly r: () => number;
  private vars: string[][] = [];
  private varCounter = 0;
  private rangeDepth = 0;
  private defines: string[] = [];

  constructor(seed: number) {
    this.r = rng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.r() * n);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }

  private chance(p: number): boolean {
    return this.r() < p;
  }

  // ---- data

  private scalar(): unknown {
    switch (this.int(6)) {
      case 0:
      case 1:
        return this.pick(strings);
      case 2:
        return this.pick(ints);
      case 3:
        return this.pick(floats);
      case 4:
        return this.chance(0.5);
      default:
        return this.chance(0.5) ? null : this.pick(strings);
    }
  }

  private value(depth: number): unknown {
    if (depth <= 0 || this.chance(0.6)) return this.scalar();
    if (this.chance(0.5)) return Array.from({ length: this.int(4) }, () => this.value(depth - 1));
    const m: Record<string, unknown> = {};
    for (let i = this.int(4); i > 0; i--) m[this.pick(['a', 'b', 'c', 'B', 'é', 'k1', 'k10', 'k2'])] = this.value(depth - 1);
    return m;
  }

  data(): Record<string, unknown> {
    return {
      s: this.pick(strings),
      s2: this.pick(strings),
      n: this.pick(ints),
      i: this.int(4),
      f: this.pick(floats),
      t: true,
      fa: false,
      z: 0,
      nul: null,
      e: '',
      ts: this.chance(0.5) ? this.pick([1672531199, 0, -1, 4102444800, 1699163999, 1688169600]) : this.pick(['1672531199', ' 1672531199.5 ', '', 'abc', '1e3']),
      list: ['a', 'b', 'c'],
      nums: [3, 1, 2],
      mixed: [1, 'x', null, 1.5, true, ['y'], { k: 'v' }],
      empty: [],
      map: { b: 2, a: 'x', c: null, 'é': 1.5 },
      emap: {},
      nested: { inner: { deep: 'x', n: 3 }, list: [{ n: 'one' }, { n: 'two' }] },
      v: this.value(3),
      w: this.value(2),
    };
  }

  // ---- templates

  private field(): string {
    return this.pick([
      '.s',
      '.s2',
      '.n',
      '.i',
      '.f',
      '.t',
      '.fa',
      '.z',
      '.nul',
      '.e',
      '.ts',
      '.list',
      '.nums',
      '.mixed',
      '.empty',
      '.map',
      '.map.a',
      '.map.c',
      '.emap',
      '.nested.inner.deep',
      '.nested.inner',
      '.nested.list',
      '.missing',
      '.missing.x',
      '.nul.x',
      '.v',
      '.w',
      '.v.a',
      '.s.x',
      '$.s',
      '$.n',
    ]);
  }

  private literal(): string {
    return this.pick([
      '"str"',
      '""',
      '"a b"',
      '`raw\\n`',
      "'a'",
      "'\\n'",
      '1',
      '0',
      '-3',
      '1.5',
      '3.0',
      '1e3',
      '0x1F',
      '0b101',
      '0o17',
      '1_000',
      '9007199254740993',
      '-0',
      '1i',
      '1+2i',
      'true',
      'false',
      'nil',
      '"%d"',
      '"ärger"',
      '"\\u00e9\\t"',
    ]);
  }

  private variable(): string | undefined {
    const all = this.vars.flat();
    return all.length > 0 ? this.pick(all) : undefined;
  }

  private operand(depth: number): string {
    const k = this.int(10);
    if (k < 4) return this.field();
    if (k < 6) return this.literal();
    if (k < 7) return '.';
    if (k < 8) {
      const v = this.variable();
      if (v) return this.chance(0.2) ? `${v}.a` : v;
      return '$';
    }
    if (depth > 0) return `(${this.pipeline(depth - 1)})`;
    return this.field();
  }

  private printfFormat(): string {
    let f = '';
    for (let i = 1 + this.int(3); i > 0; i--) {
      if (this.chance(0.3)) f += this.pick(['x', ' ', '|', 'é']);
      f += '%';
      if (this.chance(0.3)) f += this.pick(['#', '0', '+', '-', ' ', '-0', '+ ', '#0']);
      if (this.chance(0.3)) f += this.chance(0.1) ? '*' : String(this.int(12));
      if (this.chance(0.25)) f += `.${this.chance(0.1) ? '*' : String(this.int(8))}`;
      if (this.chance(0.05)) f += `[${1 + this.int(3)}]`;
      f += this.pick([...verbs]);
    }
    if (this.chance(0.05)) f += '%';
    return JSON.stringify(f);
  }

  /** A function call; `piped` when a previous stage supplies the last argument. */
  private call(depth: number, piped: boolean): string {
    const args = (n: number): string => {
      const count = Math.max(0, n - (piped ? 1 : 0));
      return Array.from({ length: count }, () => ` ${this.operand(depth)}`).join('');
    };
    const fn = this.pick([
      'and',
      'or',
      'not',
      'eq',
      'ne',
      'lt',
      'le',
      'gt',
      'ge',
      'len',
      'index',
      'slice',
      'print',
      'printf',
      'println',
      'html',
      'js',
      'urlquery',
      'Capitalize',
      'UrlEncode',
      'ToMillis',
      'TimeFormat',
      'call',
      'printf',
      'eq',
      'index',
    ]);
    switch (fn) {
      case 'and':
      case 'or':
        return fn + args(1 + this.int(3));
      case 'eq':
        return fn + args(2 + (this.chance(0.2) ? 1 : 0) - (this.chance(0.05) ? 2 : 0));
      case 'not':
      case 'len':
      case 'Capitalize':
      case 'UrlEncode':
      case 'ToMillis':
        return fn + args(this.chance(0.95) ? 1 : 2);
      case 'index': {
        const item = piped ? '' : ` ${this.pick(['.list', '.nums', '.map', '.nested', '.mixed', '.s', '.v', '.w', '.missing', '.nul'])}`;
        const ix = Array.from({ length: this.int(3) }, () => ` ${this.pick(['0', '1', '2', '3', '-1', '"a"', '"b"', '"inner"', '"list"', '.i', '$.i', '"zz"', '.nul'])}`).join('');
        return `index${item}${ix}`;
      }
      case 'slice': {
        const item = piped ? '' : ` ${this.pick(['.list', '.nums', '.s', '"abcdef"', '.mixed', '.map', '.missing'])}`;
        // No index beyond the length: Go checks against the slice's capacity,
        // which depends on how encoding/json grew it.
        const ix = Array.from({ length: this.int(4) }, () => ` ${this.pick(['0', '1', '2', '3', '.i', '$.i'])}`).join('');
        return `slice${item}${ix}`;
      }
      case 'printf':
        return piped ? `printf ${this.printfFormat()}${args(this.int(3))}` : `printf ${this.printfFormat()}${args(this.int(4))}`;
      case 'TimeFormat': {
        const ts = piped ? '' : ` ${this.pick(['.ts', '.n', '.f', '.s', '1672531199', '"1672531199.5"', '.missing', '(ToMillis .ts)'])}`;
        const layout = ` ${JSON.stringify(this.pick(layouts))}`;
        const utc = this.chance(0.9) ? ` ${this.pick(['"1"', '"0"', '1', '""', '.missing', '" 1 "'])}` : '';
        return piped ? `TimeFormat ${this.pick(['.ts', '1672531199'])}${layout}` : `TimeFormat${ts}${layout}${utc}`;
      }
      default:
        return fn + args(this.int(4));
    }
  }

  private command(depth: number): string {
    if (depth > 0 && this.chance(0.55)) return this.call(depth - 1, false);
    return this.operand(depth);
  }

  private pipeline(depth: number): string {
    let p = this.command(depth);
    for (let stages = this.chance(0.25) ? 1 + this.int(2) : 0; stages > 0; stages--) p += ` | ${this.call(Math.max(depth - 1, 0), true)}`;
    if (this.chance(0.02)) p += ' |';
    return p;
  }

  private open(): string {
    return this.chance(0.15) ? '{{- ' : this.chance(0.5) ? '{{ ' : '{{';
  }

  private close(): string {
    return this.chance(0.15) ? ' -}}' : this.chance(0.5) ? ' }}' : '}}';
  }

  private list(depth: number): string {
    this.vars.push([]);
    let out = '';
    for (let n = 1 + this.int(3); n > 0; n--) out += this.item(depth);
    this.vars.pop();
    return out;
  }

  private item(depth: number): string {
    const k = this.int(20);
    if (k < 4) return this.pick(textBits);
    if (k < 10 || depth <= 0) return `${this.open()}${this.pipeline(2)}${this.close()}`;
    if (k < 12) {
      const name = `$v${this.varCounter++}`;
      const decl = `${this.open()}${name} := ${this.pipeline(1)}${this.close()}`;
      this.vars[this.vars.length - 1]?.push(name);
      return decl;
    }
    if (k < 13) {
      const v = this.variable();
      if (v) return `${this.open()}${v} = ${this.pipeline(1)}${this.close()}`;
      return '{{/* note */}}';
    }
    if (k < 15) {
      let s = `${this.open()}if ${this.pipeline(1)}${this.close()}${this.list(depth - 1)}`;
      if (this.chance(0.3)) s += `{{else if ${this.pipeline(1)}}}${this.list(depth - 1)}`;
      if (this.chance(0.5)) s += `{{else}}${this.list(depth - 1)}`;
      return `${s}{{end}}`;
    }
    if (k < 16) {
      let s = `{{with ${this.pipeline(1)}}}${this.list(depth - 1)}`;
      if (this.chance(0.4)) s += `{{else}}${this.list(depth - 1)}`;
      return `${s}{{end}}`;
    }
    if (k < 18) {
      const target = this.pick(['.list', '.nums', '.map', '.mixed', '.empty', '.emap', '.nested.list', '.missing', '.nul', '.v', '.w', '.s', '.n', '.nested']);
      this.vars.push([]);
      let decl = '';
      const c = this.int(3);
      if (c === 1) {
        const e = `$e${this.varCounter++}`;
        decl = `${e} := `;
        this.vars[this.vars.length - 1]?.push(e);
      } else if (c === 2) {
        const i = `$i${this.varCounter++}`;
        const e = `$e${this.varCounter++}`;
        decl = `${i}, ${e} := `;
        this.vars[this.vars.length - 1]?.push(i, e);
      }
      this.rangeDepth++;
      let s = `{{range ${decl}${target}}}${this.list(depth - 1)}`;
      if (this.chance(0.2)) s += `{{if ${this.pipeline(1)}}}{{${this.pick(['break', 'continue'])}}}{{end}}`;
      this.rangeDepth--;
      this.vars.pop();
      if (this.chance(0.3)) s += `{{else}}${this.list(depth - 1)}`;
      return `${s}{{end}}`;
    }
    if (k < 19 && this.defines.length > 0) return `{{template ${JSON.stringify(this.pick(this.defines))} ${this.operand(0)}}}`;
    return `{{block "b${this.varCounter++}" ${this.operand(0)}}}${this.list(0)}{{end}}`;
  }

  /** One template and its data. */
  next(): GeneratedCase {
    this.vars = [];
    this.defines = [];
    let template = '';
    if (this.chance(0.15)) {
      const name = `d${this.int(3)}`;
      const saved = this.vars;
      this.vars = [];
      template += `{{define "${name}"}}${this.list(1)}{{end}}`;
      this.vars = saved;
      this.defines.push(name);
    }
    template += this.list(2);
    if (this.chance(0.03)) template = this.mutate(template);
    return { template, data: this.data(), tz: this.pick(zones) };
  }

  /** Small damage, so error paths are compared too. */
  private mutate(t: string): string {
    if (t.length === 0) return '{{';
    const at = this.int(t.length);
    switch (this.int(4)) {
      case 0:
        return t.slice(0, at) + t.slice(at + 1);
      case 1:
        return t.slice(0, at) + this.pick(['{{', '}}', '(', ')', '|', '$', '"', '`', "'", '.', ':=']) + t.slice(at);
      case 2:
        return t.slice(0, at);
      default:
        return `${t}{{end}}`;
    }
  }
}
