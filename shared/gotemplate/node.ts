// The parse tree: Go's text/template/parse/node.go. Every node keeps its
// position (UTF-16 index into the template text) for error messages, and
// prints itself back as template source (error messages quote it).
import { quote } from './quote';

export const enum NodeType {
  Text,
  Action,
  Bool,
  Chain,
  Command,
  Dot,
  Else,
  End,
  Field,
  Identifier,
  If,
  List,
  Nil,
  Number,
  Pipe,
  Range,
  String,
  Template,
  Variable,
  With,
  Comment,
  Break,
  Continue,
}

/** How an action's output is escaped; chosen by escape.ts from where the action sits. */
export const enum Escaper {
  None,
  JsonString,
  JsonValue,
  JsonGoQuoted,
  UrlNormalize,
  UrlComponent,
  UrlPathSegment,
  UrlPreEscaped,
  UrlPathPreEscaped,
}

export interface TextNode {
  readonly type: NodeType.Text;
  readonly pos: number;
  readonly text: string;
}
export interface CommentNode {
  readonly type: NodeType.Comment;
  readonly pos: number;
  readonly text: string;
}
export interface ListNode {
  readonly type: NodeType.List;
  readonly pos: number;
  readonly nodes: Node[];
}
export interface PipeNode {
  readonly type: NodeType.Pipe;
  readonly pos: number;
  readonly line: number;
  isAssign: boolean;
  readonly decl: VariableNode[];
  readonly cmds: CommandNode[];
}
export interface ActionNode {
  readonly type: NodeType.Action;
  readonly pos: number;
  readonly line: number;
  readonly pipe: PipeNode;
  /** Set by the escaping pass. */
  escaper: Escaper;
}
export interface CommandNode {
  readonly type: NodeType.Command;
  readonly pos: number;
  readonly args: ArgNode[];
}
export interface IdentifierNode {
  readonly type: NodeType.Identifier;
  readonly pos: number;
  readonly ident: string;
}
export interface VariableNode {
  readonly type: NodeType.Variable;
  readonly pos: number;
  readonly ident: string[];
}
export interface DotNode {
  readonly type: NodeType.Dot;
  readonly pos: number;
}
export interface NilNode {
  readonly type: NodeType.Nil;
  readonly pos: number;
}
export interface FieldNode {
  readonly type: NodeType.Field;
  readonly pos: number;
  readonly ident: string[];
  /** Written without the dot (`{{Subject}}`), read as `.Subject`. */
  readonly bare: boolean;
}
export interface ChainNode {
  readonly type: NodeType.Chain;
  readonly pos: number;
  readonly node: ArgNode;
  readonly field: string[];
}
export interface BoolNode {
  readonly type: NodeType.Bool;
  readonly pos: number;
  readonly value: boolean;
}
export interface NumberNode {
  readonly type: NodeType.Number;
  readonly pos: number;
  readonly text: string;
  /** The value Go's idealConstant gives, computed once. */
  readonly value: unknown;
  /** Set when executing the constant is an error (`... overflows int`). */
  readonly execError: string | undefined;
}
export interface StringNode {
  readonly type: NodeType.String;
  readonly pos: number;
  readonly quoted: string;
  readonly text: string;
}
export interface BranchNode {
  readonly type: NodeType.If | NodeType.Range | NodeType.With;
  readonly pos: number;
  readonly line: number;
  readonly pipe: PipeNode;
  readonly list: ListNode;
  readonly elseList: ListNode | undefined;
}
export interface TemplateNode {
  readonly type: NodeType.Template;
  readonly pos: number;
  readonly line: number;
  readonly name: string;
  readonly pipe: PipeNode | undefined;
}
export interface BreakNode {
  readonly type: NodeType.Break | NodeType.Continue;
  readonly pos: number;
  readonly line: number;
}
export interface ElseNode {
  readonly type: NodeType.Else | NodeType.End;
  readonly pos: number;
  readonly line: number;
}

export type ArgNode =
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | PipeNode;

export type Node =
  | TextNode
  | CommentNode
  | ListNode
  | ActionNode
  | CommandNode
  | ArgNode
  | BranchNode
  | TemplateNode
  | BreakNode
  | ElseNode;

/** The node printed back as template source, as Go's Node.String() does. */
export function nodeString(n: Node): string {
  switch (n.type) {
    case NodeType.Text:
      return n.text;
    case NodeType.Comment:
      return `{{${n.text}}}`;
    case NodeType.List:
      return n.nodes.map(nodeString).join('');
    case NodeType.Action:
      return `{{${nodeString(n.pipe)}}}`;
    case NodeType.Pipe: {
      let s = '';
      if (n.decl.length > 0) s = `${n.decl.map(nodeString).join(', ')} := `;
      return s + n.cmds.map(nodeString).join(' | ');
    }
    case NodeType.Command:
      return n.args.map((a) => (a.type === NodeType.Pipe ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case NodeType.Identifier:
      return n.ident;
    case NodeType.Variable:
      return n.ident.join('.');
    case NodeType.Dot:
      return '.';
    case NodeType.Nil:
      return 'nil';
    case NodeType.Field:
      return n.ident.map((id) => `.${id}`).join('');
    case NodeType.Chain: {
      const base = n.node.type === NodeType.Pipe ? `(${nodeString(n.node)})` : nodeString(n.node);
      return base + n.field.map((f) => `.${f}`).join('');
    }
    case NodeType.Bool:
      return n.value ? 'true' : 'false';
    case NodeType.Number:
      return n.text;
    case NodeType.String:
      return n.quoted;
    case NodeType.If:
    case NodeType.Range:
    case NodeType.With: {
      const name = n.type === NodeType.If ? 'if' : n.type === NodeType.Range ? 'range' : 'with';
      const tail = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
      return `{{${name} ${nodeString(n.pipe)}}}${nodeString(n.list)}${tail}{{end}}`;
    }
    case NodeType.Template:
      return n.pipe ? `{{template ${quote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${quote(n.name)}}}`;
    case NodeType.Break:
      return '{{break}}';
    case NodeType.Continue:
      return '{{continue}}';
    case NodeType.Else:
      return '{{else}}';
    case NodeType.End:
      return '{{end}}';
  }
}
