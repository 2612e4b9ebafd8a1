// Contextual escaping, decided once after parsing (as html/template does):
// walk the tree with the lexical context of the author's literal text and
// give every printing action the escaper for the place it lands.
//
// json: a tiny JSON lexer over the text nodes tracks whether an action sits
//   inside a string (escape the value as string content) or stands alone as
//   a value (write a JSON value: a quoted string, a number, true/false, null).
// url:  the URL component the action sits in: before any '/', '?', '#' of the
//   author's text (a whole URL or its host from a setting: normalized only),
//   a path segment, or the query or fragment (everything but A-Z a-z 0-9 - _ . ~
//   percent-encoded).
// A pipeline that already ends in an escaper right for the context
// (UrlEncode or urlquery in a URL component, printf "%q" as a whole JSON
// string) is written as is, so templates send what the PBX sends.
import { locate, TemplateError } from './errors';
import type { FuncMap, TemplateFunction } from './func';
import { Escaper, NodeType, nodeString } from './node';
import type { ActionNode, ListNode, Node, PipeNode } from './node';

export type EscapeMode = 'text' | 'json' | 'url';

const enum Json {
  Outside = 'json',
  InString = 'json-string',
  AfterBackslash = 'json-string-escape',
}

const enum Url {
  Start = 'url-start',
  Prefix = 'url-prefix',
  Authority = 'url-authority',
  Path = 'url-path',
  Query = 'url-query',
  Fragment = 'url-fragment',
}

type Context = Json | Url;

function jsonAfter(ctx: Context, text: string): Context {
  let state = ctx;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (state === Json.Outside) {
      if (c === 0x22) state = Json.InString;
    } else if (state === Json.InString) {
      if (c === 0x22) state = Json.Outside;
      else if (c === 0x5c) state = Json.AfterBackslash;
    } else state = Json.InString;
  }
  return state;
}

function urlAfter(ctx: Context, text: string): Context {
  let state = ctx;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    switch (state) {
      case Url.Start:
      case Url.Prefix:
        if (ch === '/' && text[i + 1] === '/') {
          state = Url.Authority;
          i++;
        } else if (ch === '/') state = Url.Path;
        else if (ch === '?') state = Url.Query;
        else if (ch === '#') state = Url.Fragment;
        else state = Url.Prefix;
        break;
      case Url.Authority:
        if (ch === '/') state = Url.Path;
        else if (ch === '?') state = Url.Query;
        else if (ch === '#') state = Url.Fragment;
        break;
      case Url.Path:
        if (ch === '?') state = Url.Query;
        else if (ch === '#') state = Url.Fragment;
        break;
      case Url.Query:
        if (ch === '#') state = Url.Fragment;
        break;
    }
  }
  return state;
}

/** Branches may end in different but equivalent contexts; anything else is an error. */
function join(a: Context, b: Context): Context | undefined {
  if (a === b) return a;
  const prefixes: Context[] = [Url.Start, Url.Prefix];
  if (prefixes.includes(a) && prefixes.includes(b)) return Url.Prefix;
  return undefined;
}

class EscapeAnalysis {
  private readonly assigned = new Map<ActionNode, Escaper>();
  private readonly calls = new Map<string, Context>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly mode: 'json' | 'url',
    private readonly text: string,
    private readonly name: string,
    private readonly trees: ReadonlyMap<string, ListNode>,
    private readonly builtins: FuncMap,
    private readonly funcs: FuncMap,
  ) {}

  fail(node: Node, message: string): never {
    const loc = locate(this.text, node.pos);
    throw new TemplateError(`template: ${this.name}:${loc.line}:${loc.column}: ${message}`, 'parse', this.name, loc, undefined);
  }

  start(): Context {
    return this.mode === 'json' ? Json.Outside : Url.Start;
  }

  after(ctx: Context, text: string): Context {
    return this.mode === 'json' ? jsonAfter(ctx, text) : urlAfter(ctx, text);
  }

  /** True when the pipeline's last command is the built-in function `name` (not a caller's override). */
  private endsIn(pipe: PipeNode, names: readonly string[]): { name: string; args: number } | undefined {
    const last = pipe.cmds[pipe.cmds.length - 1];
    const first = last?.args[0];
    if (!last || first?.type !== NodeType.Identifier || !names.includes(first.ident)) return undefined;
    const fn: TemplateFunction | undefined = this.funcs.get(first.ident);
    if (fn === undefined || fn !== this.builtins.get(first.ident)) return undefined;
    const piped = pipe.cmds.length > 1 ? 1 : 0;
    return { name: first.ident, args: last.args.length - 1 + piped };
  }

  private endsInQuote(pipe: PipeNode): boolean {
    const last = pipe.cmds[pipe.cmds.length - 1];
    const format = last?.args[1];
    const call = this.endsIn(pipe, ['printf']);
    return call !== undefined && call.args === 2 && format?.type === NodeType.String && (format.text === '%q' || format.text === '%+q');
  }

  private escaperFor(node: ActionNode, ctx: Context): Escaper {
    switch (ctx) {
      case Json.Outside:
        return this.endsInQuote(node.pipe) ? Escaper.JsonGoQuoted : Escaper.JsonValue;
      case Json.InString:
        return Escaper.JsonString;
      case Json.AfterBackslash:
        return this.fail(node, `${nodeString(node)} follows a backslash inside a JSON string: its first character would be read as an escape`);
      case Url.Start:
      case Url.Prefix:
      case Url.Authority:
        return this.endsIn(node.pipe, ['UrlEncode', 'urlquery']) ? Escaper.UrlPreEscaped : Escaper.UrlNormalize;
      case Url.Path:
        return this.endsIn(node.pipe, ['UrlEncode', 'urlquery']) ? Escaper.UrlPathPreEscaped : Escaper.UrlPathSegment;
      case Url.Query:
      case Url.Fragment:
        return this.endsIn(node.pipe, ['UrlEncode', 'urlquery']) ? Escaper.UrlPreEscaped : Escaper.UrlComponent;
    }
  }

  list(list: ListNode, ctx: Context): Context {
    for (const n of list.nodes) ctx = this.node(n, ctx);
    return ctx;
  }

  node(n: Node, ctx: Context): Context {
    switch (n.type) {
      case NodeType.Text:
        return this.after(ctx, n.text);
      case NodeType.Action: {
        if (n.pipe.decl.length > 0) return ctx;
        const escaper = this.escaperFor(n, ctx);
        const previous = this.assigned.get(n);
        if (previous !== undefined && previous !== escaper) this.fail(n, `${nodeString(n)} is reached in different contexts (${ctx})`);
        this.assigned.set(n, escaper);
        n.escaper = escaper;
        return ctx === Url.Start ? Url.Prefix : ctx;
      }
      case NodeType.If:
      case NodeType.With: {
        const a = this.list(n.list, ctx);
        const b = n.elseList ? this.list(n.elseList, ctx) : ctx;
        const c = join(a, b);
        if (c === undefined) this.fail(n, `{{${n.type === NodeType.If ? 'if' : 'with'}}} branches end in different contexts: ${a}, ${b}`);
        return c;
      }
      case NodeType.Range: {
        const once = this.list(n.list, ctx);
        const loop = join(ctx, once);
        if (loop === undefined) this.fail(n, `{{range}} body changes the context from ${ctx} to ${once}`);
        const again = this.list(n.list, loop);
        if (join(loop, again) !== loop) this.fail(n, `{{range}} body changes the context from ${loop} to ${again}`);
        const other = n.elseList ? this.list(n.elseList, ctx) : loop;
        const end = join(loop, other);
        if (end === undefined) this.fail(n, `{{range}} and its {{else}} end in different contexts: ${loop}, ${other}`);
        return end;
      }
      case NodeType.Template: {
        const key = `${n.name}\u0000${ctx}`;
        const known = this.calls.get(key);
        if (known !== undefined) return known;
        const tree = this.trees.get(n.name);
        if (tree === undefined || this.inProgress.has(key)) return ctx; // exec reports a missing template
        this.inProgress.add(key);
        const end = this.list(tree, ctx);
        this.inProgress.delete(key);
        this.calls.set(key, end);
        return end;
      }
      default:
        return ctx;
    }
  }
}

/** Sets the escaper of every printing action reachable from the main template. */
export function assignEscapers(
  mode: EscapeMode,
  text: string,
  name: string,
  trees: ReadonlyMap<string, ListNode>,
  builtins: FuncMap,
  funcs: FuncMap,
): void {
  if (mode === 'text') return;
  const root = trees.get(name);
  if (!root) return;
  const analysis = new EscapeAnalysis(mode, text, name, trees, builtins, funcs);
  analysis.list(root, analysis.start());
}
