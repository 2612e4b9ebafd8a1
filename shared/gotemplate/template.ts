// The public face: parse once, execute many times.
import { builtinFuncs } from './builtins';
import { TemplateError } from './errors';
import { assignEscapers } from './escape';
import type { EscapeMode } from './escape';
import { execute } from './exec';
import type { ExecProgram } from './exec';
import type { FuncMap, TemplateFunction } from './func';
import type { ListNode } from './node';
import { checkPathSegments } from './output-escape';
import { parseTrees } from './parse';
import type { ParseWarning } from './parse';
import { pbxFuncs } from './pbx-funcs';
import { checkTimeZone, hostTimeZone } from './time-zone';
import { normalizeCredentialFormat } from './credentials';

/** A function a caller adds: gets the arguments (missing values as null), returns a JSON-like value; throw to fail. */
export type CallerFunction = (...args: unknown[]) => unknown;

export interface TemplateOptions {
  /** How action output is escaped for where it lands. Default 'text' (as is). */
  readonly escape?: EscapeMode;
  /** IANA zone for TimeFormat's local time. Default: the host's zone. */
  readonly timeZone?: string;
  /** Extra functions, by name; they take precedence over the built-in ones, as in Go. */
  readonly funcs?: Readonly<Record<string, CallerFunction>>;
  /** Read `{{Subject}}` (no dot, no such function) as `{{.Subject}}`, with a warning. Default true. */
  readonly bareFieldNames?: boolean;
  /** Accept Base64EncodedCredential's `{{.username:.password}}` / `{{.api_key:}}` first. Default false. */
  readonly credentialForm?: boolean;
}

const goodName = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

function callerFunction(name: string, f: CallerFunction): TemplateFunction {
  if (!goodName.test(name)) throw new TypeError(`function name ${JSON.stringify(name)} is not a valid identifier`);
  return {
    params: [],
    variadic: 'any',
    call: (args) => {
      const result = f(...args);
      return result === undefined ? null : result;
    },
  };
}

export class Template {
  /** Forms the linter should point out (e.g. `{{Subject}}` read as `{{.Subject}}`). */
  readonly warnings: readonly ParseWarning[];
  private readonly program: ExecProgram;
  private readonly checksUrlPaths: boolean;

  constructor(
    readonly name: string,
    readonly text: string,
    options: TemplateOptions = {},
  ) {
    const timeZone = options.timeZone ?? hostTimeZone();
    checkTimeZone(timeZone);
    const defaults = new Map<string, TemplateFunction>([...builtinFuncs, ...pbxFuncs(timeZone)]);
    const funcs: FuncMap = new Map([
      ...defaults,
      ...Object.entries(options.funcs ?? {}).map(([n, f]): [string, TemplateFunction] => [n, callerFunction(n, f)]),
    ]);
    const source = options.credentialForm === true ? normalizeCredentialFormat(text) : text;
    const trees = new Map<string, ListNode>();
    const warnings: ParseWarning[] = [];
    parseTrees({
      text: source,
      name,
      hasFunction: (n) => funcs.has(n),
      bareFieldNames: options.bareFieldNames ?? true,
      trees,
      warnings,
    });
    const escape = options.escape ?? 'text';
    assignEscapers(escape, source, name, trees, defaults, funcs);
    this.warnings = warnings;
    this.program = { name, text: source, trees, funcs };
    this.checksUrlPaths = escape === 'url';
  }

  /** Runs the template on data (a JSON-like object). Throws TemplateError (phase 'exec'); no partial output. */
  execute(data: unknown): string {
    const { out, output, state } = execute(this.program, data);
    if (this.checksUrlPaths && output.urlPathRanges.length > 0) {
      checkPathSegments(out, output.urlPathRanges, (node, message) => {
        state.at(node);
        return state.errorf(message);
      });
    }
    return out;
  }
}

/** Parses text as template `name`. Throws TemplateError (phase 'parse'). */
export function parse(name: string, text: string, options?: TemplateOptions): Template {
  return new Template(name, text, options);
}

/** Parses and executes in one go (parse once and reuse the Template when rendering often). */
export function render(text: string, data: unknown, options?: TemplateOptions): string {
  return new Template('template', text, options).execute(data);
}

export interface LintResult {
  readonly warnings: readonly ParseWarning[];
  readonly error: TemplateError | undefined;
}

/** What an editor should show for a template text: the parse error, if any, and warnings. */
export function lint(text: string, options?: TemplateOptions): LintResult {
  try {
    return { warnings: parse('template', text, options).warnings, error: undefined };
  } catch (e) {
    if (e instanceof TemplateError) return { warnings: [], error: e };
    throw e;
  }
}
