// The parser: Go's text/template/parse/parse.go, recursive descent with a
// three-token lookahead over the lexer's items. It builds one tree per
// template name (the main text, each {{define}} and {{block}}).
import { locate, TemplateError } from './errors';
import { Lexer, ItemType } from './lex';
import type { Item } from './lex';
import { NodeType, Escaper } from './node';
import type {
  ActionNode,
  ArgNode,
  BranchNode,
  CommandNode,
  ElseNode,
  FieldNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  TemplateNode,
  VariableNode,
} from './node';
import { parseNumber } from './number';
import { unquote, unquoteEscape } from './quote';

export interface ParseWarning {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface ParseContext {
  readonly text: string;
  readonly name: string;
  readonly hasFunction: (name: string) => boolean;
  /** Read `{{Name}}` (no dot, no such function) as `{{.Name}}`. */
  readonly bareFieldNames: boolean;
  readonly trees: Map<string, ListNode>;
  readonly warnings: ParseWarning[];
}

/** How deep control structures and parentheses may nest (see enterNesting). */
export const MAX_NESTING_DEPTH = 1000;

class Tree {
  name: string;
  root: ListNode | undefined;
  private readonly token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  private nestingDepth = 0;

  constructor(
    name: string,
    private readonly ctx: ParseContext,
    private readonly lex: Lexer,
  ) {
    this.name = name;
  }

  // ---- token plumbing

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount] as Item;
  }

  private backup(): void {
    this.peekCount++;
  }

  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1] as Item;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  private nextNonSpace(): Item {
    let token: Item;
    do token = this.next();
    while (token.typ === ItemType.Space);
    return token;
  }

  private peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  // ---- errors

  errorf(message: string, at?: number): never {
    const tok = this.token[0];
    const offset = at ?? tok?.pos ?? 0;
    const loc = locate(this.ctx.text, Math.min(offset, this.ctx.text.length));
    const line = at === undefined && tok ? tok.line : loc.line;
    throw new TemplateError(
      `template: ${this.ctx.name}:${line}:${loc.column}: ${message}`,
      'parse',
      this.ctx.name,
      { ...loc, line },
      undefined,
    );
  }

  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  private expectOneOf(e1: ItemType, e2: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== e1 && token.typ !== e2) this.unexpected(token, context);
    return token;
  }

  private unexpected(token: Item, context: string): never {
    if (token.typ === ItemType.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.ctx.name}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  // ---- the grammar

  parse(): void {
    this.root = { type: NodeType.List, pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== ItemType.EOF) {
      if (this.peek().typ === ItemType.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === ItemType.Define) {
          const newT = new Tree('definition', this.ctx, this.lex);
          newT.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === NodeType.End || n.type === NodeType.Else) this.errorf(`unexpected ${nodeName(n)}`);
      else this.root.nodes.push(n);
    }
  }

  add(): void {
    const existing = this.ctx.trees.get(this.name);
    const root = this.root as ListNode;
    if (existing === undefined || isEmptyTree(existing)) {
      this.ctx.trees.set(this.name, root);
      return;
    }
    if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template ${JSON.stringify(this.name)}`);
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
    const unquoted = unquote(name.val);
    if (unquoted === undefined) this.errorf('invalid syntax');
    this.name = unquoted;
    this.expect(ItemType.RightDelim, context);
    const [list, end] = this.itemList();
    this.root = list;
    if (end.type !== NodeType.End) this.errorf(`unexpected ${nodeName(end)} in ${context}`);
    this.add();
  }

  private itemList(): [ListNode, ElseNode] {
    this.enterNesting('control structures');
    const list: ListNode = { type: NodeType.List, pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== ItemType.EOF) {
      const n = this.textOrAction();
      if (n.type === NodeType.End || n.type === NodeType.Else) {
        this.nestingDepth--;
        return [list, n];
      }
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  /**
   * Bounds recursion so hostile text gets a parse error, not a stack overflow
   * (Go 1.20+ has the same guard for parentheses, at 10,000; ours is lower
   * because a JavaScript stack is smaller, and far above any real template).
   */
  private enterNesting(what: string): void {
    if (++this.nestingDepth > MAX_NESTING_DEPTH) this.errorf(`max depth exceeded: ${what} nested more than ${MAX_NESTING_DEPTH} deep`);
  }

  private textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Text:
        return { type: NodeType.Text, pos: token.pos, text: token.val };
      case ItemType.LeftDelim: {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case ItemType.Comment:
        return { type: NodeType.Comment, pos: token.pos, text: token.val };
      default:
        this.unexpected(token, 'input');
    }
  }

  private action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Block:
        return this.blockControl();
      case ItemType.Break:
        return this.breakControl(token, NodeType.Break, '{{break}}');
      case ItemType.Continue:
        return this.breakControl(token, NodeType.Continue, '{{continue}}');
      case ItemType.Else:
        return this.elseControl();
      case ItemType.End:
        return this.endControl();
      case ItemType.If:
        return this.branchControl(NodeType.If, true, 'if');
      case ItemType.Range:
        return this.branchControl(NodeType.Range, false, 'range');
      case ItemType.Template:
        return this.templateControl();
      case ItemType.With:
        return this.branchControl(NodeType.With, false, 'with');
    }
    this.backup();
    const start = this.peek();
    const action: ActionNode = {
      type: NodeType.Action,
      pos: start.pos,
      line: start.line,
      pipe: this.pipeline('command', ItemType.RightDelim),
      escaper: Escaper.None,
    };
    return action;
  }

  private breakControl(token: Item, type: NodeType.Break | NodeType.Continue, context: string): Node {
    const next = this.nextNonSpace();
    if (next.typ !== ItemType.RightDelim) this.unexpected(next, context);
    if (this.rangeDepth === 0) this.errorf(`${context} outside {{range}}`);
    return { type, pos: token.pos, line: token.line };
  }

  private pipeline(context: string, end: ItemType): PipeNode {
    const token = this.peekNonSpace();
    const pipe: PipeNode = { type: NodeType.Pipe, pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ === ItemType.Variable) {
        this.next();
        const tokenAfterVariable = this.peek();
        const next = this.peekNonSpace();
        if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
          pipe.isAssign = next.typ === ItemType.Assign;
          this.nextNonSpace();
          pipe.decl.push(newVariable(v.pos, v.val));
          this.vars.push(v.val);
        } else if (next.typ === ItemType.Char && next.val === ',') {
          this.nextNonSpace();
          pipe.decl.push(newVariable(v.pos, v.val));
          this.vars.push(v.val);
          if (context === 'range' && pipe.decl.length < 2) {
            const p = this.peekNonSpace().typ;
            if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen) continue decls;
            this.errorf('range can only initialize variables');
          }
          this.errorf(`too many declarations in ${context}`);
        } else if (tokenAfterVariable.typ === ItemType.Space) {
          this.backup3(v, tokenAfterVariable);
        } else {
          this.backup2(v);
        }
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case ItemType.Bool:
        case ItemType.CharConstant:
        case ItemType.Complex:
        case ItemType.Dot:
        case ItemType.Field:
        case ItemType.Identifier:
        case ItemType.Number:
        case ItemType.Nil:
        case ItemType.RawString:
        case ItemType.String:
        case ItemType.Variable:
        case ItemType.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    for (let i = 1; i < pipe.cmds.length; i++) {
      const first = pipe.cmds[i]?.args[0];
      if (!first) continue;
      switch (first.type) {
        case NodeType.Bool:
        case NodeType.Dot:
        case NodeType.Nil:
        case NodeType.Number:
        case NodeType.String:
          this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    }
    // A bare name stands for a field only as the whole first command: `{{Subject}}`,
    // `{{Subject | Capitalize}}`. Anywhere else it is what Go says: an undefined function.
    pipe.cmds.forEach((cmd, i) => {
      cmd.args.forEach((arg, j) => {
        if (arg.type === NodeType.Field && arg.bare && (i > 0 || j > 0 || cmd.args.length > 1)) {
          this.errorf(`function ${JSON.stringify(arg.ident[0])} not defined`, arg.pos);
        }
      });
    });
  }

  private branchControl(type: BranchNode['type'], allowElseIf: boolean, context: string): BranchNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, ItemType.RightDelim);
      if (type === NodeType.Range) this.rangeDepth++;
      const [list, next0] = this.itemList();
      let next = next0;
      if (type === NodeType.Range) this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === NodeType.Else) {
        if (allowElseIf && this.peek().typ === ItemType.If) {
          this.next();
          elseList = { type: NodeType.List, pos: next.pos, nodes: [this.branchControl(NodeType.If, true, 'if')] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== NodeType.End) this.errorf(`expected end; found ${nodeName(next)}`);
        }
      }
      return { type, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private endControl(): ElseNode {
    return { type: NodeType.End, pos: this.expect(ItemType.RightDelim, 'end').pos, line: 0 };
  }

  private elseControl(): ElseNode {
    const peek = this.peekNonSpace();
    if (peek.typ === ItemType.If) return { type: NodeType.Else, pos: peek.pos, line: peek.line };
    const token = this.expect(ItemType.RightDelim, 'else');
    return { type: NodeType.Else, pos: token.pos, line: token.line };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, ItemType.RightDelim);
    const block = new Tree(name, this.ctx, this.lex);
    const [list, end] = block.itemList();
    block.root = list;
    if (end.type !== NodeType.End) this.errorf(`unexpected ${nodeName(end)} in ${context}`);
    block.add();
    return { type: NodeType.Template, pos: token.pos, line: token.line, name, pipe };
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().typ !== ItemType.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, ItemType.RightDelim);
    }
    return { type: NodeType.Template, pos: token.pos, line: token.line, name, pipe };
  }

  private parseTemplateName(token: Item, context: string): string {
    if (token.typ === ItemType.String || token.typ === ItemType.RawString) {
      const s = unquote(token.val);
      if (s === undefined) this.errorf('invalid syntax');
      return s;
    }
    this.unexpected(token, context);
  }

  private command(): CommandNode {
    const cmd: CommandNode = { type: NodeType.Command, pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === ItemType.Space) continue;
      if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen) this.backup();
      else if (token.typ !== ItemType.Pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    let node = this.term();
    if (!node) return undefined;
    if (this.peek().typ === ItemType.Field) {
      const chainPos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().typ === ItemType.Field) fields.push(this.next().val.slice(1));
      switch (node.type) {
        case NodeType.Field:
          node = { type: NodeType.Field, pos: chainPos, ident: [...node.ident, ...fields], bare: node.bare };
          break;
        case NodeType.Variable:
          node = newVariable(chainPos, [...node.ident, ...fields].join('.'));
          break;
        case NodeType.Bool:
        case NodeType.String:
        case NodeType.Number:
        case NodeType.Nil:
        case NodeType.Dot:
          this.errorf(`unexpected . after term ${JSON.stringify(termString(node))}`);
          break;
        default:
          node = { type: NodeType.Chain, pos: chainPos, node, field: fields };
      }
    }
    return node;
  }

  private term(): ArgNode | undefined {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case ItemType.Identifier:
        if (!this.ctx.hasFunction(token.val)) {
          if (this.ctx.bareFieldNames) {
            const loc = locate(this.ctx.text, token.pos);
            this.ctx.warnings.push({
              message: `${token.val} has no dot: read as .${token.val} (Go would say: function ${JSON.stringify(token.val)} not defined)`,
              ...loc,
            });
            const field: FieldNode = { type: NodeType.Field, pos: token.pos, ident: [token.val], bare: true };
            return field;
          }
          this.errorf(`function ${JSON.stringify(token.val)} not defined`);
        }
        return { type: NodeType.Identifier, pos: token.pos, ident: token.val };
      case ItemType.Dot:
        return { type: NodeType.Dot, pos: token.pos };
      case ItemType.Nil:
        return { type: NodeType.Nil, pos: token.pos };
      case ItemType.Variable:
        return this.useVar(token.pos, token.val);
      case ItemType.Field:
        return { type: NodeType.Field, pos: token.pos, ident: token.val.slice(1).split('.'), bare: false };
      case ItemType.Bool:
        return { type: NodeType.Bool, pos: token.pos, value: token.val === 'true' };
      case ItemType.CharConstant:
      case ItemType.Complex:
      case ItemType.Number:
        return this.newNumber(token);
      case ItemType.LeftParen: {
        this.enterNesting('parenthesized pipelines');
        const pipe = this.pipeline('parenthesized pipeline', ItemType.RightParen);
        this.nestingDepth--;
        return pipe;
      }
      case ItemType.String:
      case ItemType.RawString: {
        const s = unquote(token.val);
        if (s === undefined) this.errorf('invalid syntax');
        return { type: NodeType.String, pos: token.pos, quoted: token.val, text: s };
      }
    }
    this.backup();
    return undefined;
  }

  private newNumber(token: Item): NumberNode {
    if (token.typ === ItemType.CharConstant) {
      const text = token.val;
      let rune: number;
      let tail: number;
      if (text[1] === '\\') {
        const r = unquoteEscape(text, 2, "'");
        if (r?.rune === undefined) this.errorf('invalid syntax');
        rune = r.rune;
        tail = r.next;
      } else {
        const cp = text.codePointAt(1) ?? 0x27;
        if (cp === 0x27 || text.length < 2) this.errorf('invalid syntax');
        rune = cp;
        tail = 1 + (cp > 0xffff ? 2 : 1);
      }
      if (text.slice(tail) !== "'") this.errorf(`malformed character constant: ${text}`);
      return { type: NodeType.Number, pos: token.pos, text, value: rune, execError: undefined };
    }
    const parsed = parseNumber(token.val, token.typ === ItemType.Complex);
    if ('error' in parsed) this.errorf(parsed.error);
    return { type: NodeType.Number, pos: token.pos, text: token.val, value: parsed.value, execError: parsed.execError };
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = newVariable(pos, name);
    if (!this.vars.includes(v.ident[0] ?? '')) this.errorf(`undefined variable ${JSON.stringify(v.ident[0])}`);
    return v;
  }
}

function newVariable(pos: number, ident: string): VariableNode {
  return { type: NodeType.Variable, pos, ident: ident.split('.') };
}

function termString(n: ArgNode): string {
  switch (n.type) {
    case NodeType.Bool:
      return n.value ? 'true' : 'false';
    case NodeType.String:
      return n.quoted;
    case NodeType.Number:
      return n.text;
    case NodeType.Nil:
      return 'nil';
    default:
      return '.';
  }
}

function nodeName(n: ElseNode): string {
  return n.type === NodeType.End ? '{{end}}' : '{{else}}';
}

/** Go's item.String(), as parse errors quote tokens. */
function itemString(i: Item): string {
  if (i.typ === ItemType.EOF) return 'EOF';
  if (i.typ === ItemType.Error) return i.val;
  if (i.typ > ItemType.Keyword) return `<${i.val}>`;
  if ([...i.val].length > 10) return `${JSON.stringify([...i.val].slice(0, 10).join(''))}...`;
  return JSON.stringify(i.val);
}

/** Go's IsEmptyTree: only whitespace text and comments. */
export function isEmptyTree(n: ListNode): boolean {
  for (const node of n.nodes) {
    if (node.type === NodeType.Comment) continue;
    if (node.type === NodeType.Text && node.text.trim() === '') continue;
    if (node.type === NodeType.List && isEmptyTree(node)) continue;
    return false;
  }
  return true;
}

/** Parses `text` as template `name`; returns every tree it defines, by name. */
export function parseTrees(ctx: ParseContext): void {
  const lexer = new Lexer(ctx.text, !ctx.hasFunction('break'), !ctx.hasFunction('continue'));
  const t = new Tree(ctx.name, ctx, lexer);
  t.parse();
  t.add();
}
