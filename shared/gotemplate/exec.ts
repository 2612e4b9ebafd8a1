// The executor: Go's text/template/exec.go. A walker over the tree with a
// small state: the data cursor `dot` and a stack of variables. Values follow
// value.ts; `undefined` is Go's invalid value, `null` a nil interface.
import { locate, TemplateError } from './errors';
import { sprintValue } from './fmt';
import type { FuncMap, ParamType, TemplateFunction } from './func';
import { NodeType } from './node';
import type {
  ActionNode,
  ArgNode,
  BranchNode,
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  TemplateNode,
  VariableNode,
} from './node';
import { nodeString } from './node';
import { escapeOutput } from './output-escape';
import type { OutputState } from './output-escape';
import { isTrue, Kind, kindOf, mapIndex, sortedKeys, typeName } from './value';
import type { GoMap, GoValue } from './value';

/** Go's missingVal: "no final argument from a previous pipeline stage". */
const MISSING: unique symbol = Symbol('missing');
type Final = GoValue | typeof MISSING;

const enum Flow {
  Normal,
  Break,
  Continue,
}

interface Variable {
  name: string;
  value: GoValue;
  /** Set by range for elements: Go holds them as interface values. */
  fromMap: boolean;
}

const maxExecDepth = 10_000;

export interface ExecProgram {
  readonly name: string;
  readonly text: string;
  readonly trees: ReadonlyMap<string, ListNode>;
  readonly funcs: FuncMap;
}

class ExecState {
  out = '';
  node: Node | undefined;
  vars: Variable[];
  depth = 0;
  tmplName: string;
  dotFromMap = false;
  readonly output: OutputState;

  constructor(
    readonly prog: ExecProgram,
    data: GoValue,
  ) {
    this.tmplName = prog.name;
    this.vars = [{ name: '$', value: data, fromMap: false }];
    this.output = { urlPathRanges: [] };
  }

  at(node: Node): void {
    this.node = node;
  }

  errorf(message: string): never {
    const name = this.tmplName;
    if (this.node === undefined) {
      throw new TemplateError(`template: ${name}: ${message}`, 'exec', name, undefined, undefined);
    }
    const loc = locate(this.prog.text, this.node.pos);
    const context = nodeString(this.node);
    throw new TemplateError(
      `template: ${this.prog.name}:${loc.line}:${loc.column}: executing ${JSON.stringify(name)} at <${context}>: ${message}`,
      'exec',
      name,
      loc,
      context,
    );
  }

  // ---- variables

  setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) {
        v.value = value;
        v.fromMap = false;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  findVar(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i] as Variable;
      if (v.name === name) return v;
    }
    this.errorf(`undefined variable: ${name}`);
  }

  // ---- walking the tree

  walk(dot: GoValue, node: Node): Flow {
    this.node = node;
    switch (node.type) {
      case NodeType.Action: {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return Flow.Normal;
      }
      case NodeType.Text:
        this.out += node.text;
        return Flow.Normal;
      case NodeType.List: {
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) {
          const flow = this.walk(dot, nodes[i] as Node);
          if (flow !== Flow.Normal) return flow;
        }
        return Flow.Normal;
      }
      case NodeType.If:
      case NodeType.With:
        return this.walkIfOrWith(dot, node);
      case NodeType.Range:
        this.walkRange(dot, node);
        return Flow.Normal;
      case NodeType.Template:
        this.walkTemplate(dot, node);
        return Flow.Normal;
      case NodeType.Break:
        return Flow.Break;
      case NodeType.Continue:
        return Flow.Continue;
      case NodeType.Comment:
        return Flow.Normal;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkIfOrWith(dot: GoValue, node: BranchNode): Flow {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) {
        if (node.type === NodeType.With) {
          const saved = this.dotFromMap;
          this.dotFromMap = false;
          try {
            return this.walk(val, node.list);
          } finally {
            this.dotFromMap = saved;
          }
        }
        return this.walk(dot, node.list);
      }
      if (node.elseList) return this.walk(dot, node.elseList);
      return Flow.Normal;
    } finally {
      this.vars.length = mark;
    }
  }

  walkRange(dot: GoValue, r: BranchNode): void {
    this.at(r);
    const outerMark = this.vars.length;
    const savedDotFromMap = this.dotFromMap;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const decls = r.pipe.decl.length;
      const oneIteration = (index: GoValue, elem: GoValue): Flow => {
        if (decls > 0) {
          const v = this.vars[this.vars.length - 1] as Variable;
          v.value = elem;
          v.fromMap = true;
        }
        if (decls > 1) {
          const v = this.vars[this.vars.length - 2] as Variable;
          v.value = index;
          v.fromMap = false;
        }
        this.dotFromMap = true;
        const flow = this.walk(elem, r.list);
        this.vars.length = mark;
        return flow;
      };
      switch (kindOf(val)) {
        case Kind.Slice: {
          const list = val as GoValue[];
          if (list.length === 0) break;
          for (let i = 0; i < list.length; i++) {
            if (oneIteration(i, list[i]) === Flow.Break) break;
          }
          return;
        }
        case Kind.Map: {
          const keys = sortedKeys(val as GoMap);
          if (keys.length === 0) break;
          for (const key of keys) {
            if (oneIteration(key, (val as GoMap)[key]) === Flow.Break) break;
          }
          return;
        }
        case Kind.Invalid:
        case Kind.Nil:
          break;
        default:
          this.errorf(`range can't iterate over ${sprintValue(val)}`);
      }
      this.dotFromMap = savedDotFromMap;
      if (r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.vars.length = outerMark;
      this.dotFromMap = savedDotFromMap;
    }
  }

  walkTemplate(dot: GoValue, t: TemplateNode): void {
    this.at(t);
    const tree = this.prog.trees.get(t.name);
    if (tree === undefined) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    if (this.depth >= maxExecDepth) this.errorf(`exceeded maximum template depth (${maxExecDepth})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    const saved = { vars: this.vars, name: this.tmplName, dotFromMap: this.dotFromMap };
    this.vars = [{ name: '$', value: newDot, fromMap: false }];
    this.tmplName = t.name;
    this.dotFromMap = false;
    this.depth++;
    try {
      this.walk(newDot, tree);
    } finally {
      this.depth--;
      this.vars = saved.vars;
      this.tmplName = saved.name;
      this.dotFromMap = saved.dotFromMap;
    }
  }

  // ---- evaluation

  evalPipeline(dot: GoValue, pipe: PipeNode): GoValue {
    this.at(pipe);
    let value: Final = MISSING;
    const cmds = pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      value = this.evalCommand(dot, cmds[i] as CommandNode, value);
      // A nil interface that reaches the end of a command is no value (Go's "lovely!").
      if (value === null) value = undefined;
    }
    const result = value === MISSING ? undefined : value;
    for (const variable of pipe.decl) {
      const name = variable.ident[0] ?? '$';
      if (pipe.isAssign) this.setVar(name, result);
      else this.vars.push({ name, value: result, fromMap: false });
    }
    return result;
  }

  notAFunction(args: readonly ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0] as Node)}`);
  }

  evalCommand(dot: GoValue, cmd: CommandNode, final: Final): GoValue {
    const first = cmd.args[0] as ArgNode;
    switch (first.type) {
      case NodeType.Field:
        return this.evalFieldNode(dot, first, cmd.args, final);
      case NodeType.Chain:
        return this.evalChainNode(dot, first, cmd.args, final);
      case NodeType.Identifier:
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case NodeType.Pipe:
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case NodeType.Variable:
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case NodeType.Bool:
        return first.value;
      case NodeType.Dot:
        return dot;
      case NodeType.Nil:
        return this.errorf('nil is not a command');
      case NodeType.Number:
        return this.idealConstant(first);
      case NodeType.String:
        return first.text;
    }
  }

  idealConstant(n: NumberNode): GoValue {
    this.at(n);
    if (n.execError !== undefined) this.errorf(n.execError);
    return n.value;
  }

  evalFieldNode(dot: GoValue, field: FieldNode, args: readonly ArgNode[], final: Final): GoValue {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: GoValue, chain: ChainNode, args: readonly ArgNode[], final: Final): GoValue {
    this.at(chain);
    if (chain.node.type === NodeType.Nil) this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: GoValue, variable: VariableNode, args: readonly ArgNode[], final: Final): GoValue {
    this.at(variable);
    const value = this.findVar(variable.ident[0] ?? '$').value;
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  evalFieldChain(dot: GoValue, receiver: GoValue, node: Node, ident: readonly string[], args: readonly ArgNode[], final: Final): GoValue {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(ident[i] as string, [], MISSING, receiver);
    return this.evalField(ident[n - 1] as string, args, final, receiver);
  }

  evalField(fieldName: string, args: readonly ArgNode[], final: Final, receiver: GoValue): GoValue {
    if (receiver === undefined) return undefined;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${fieldName}`);
    if (kindOf(receiver) === Kind.Map) {
      if (args.length > 1 || final !== MISSING) this.errorf(`${fieldName} is not a method but has arguments`);
      return mapIndex(receiver as GoMap, fieldName);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typeName(receiver)}`);
  }

  evalFunction(dot: GoValue, node: IdentifierNode, cmd: Node, args: readonly ArgNode[] | undefined, final: Final): GoValue {
    this.at(node);
    const name = node.ident;
    const fn = this.prog.funcs.get(name);
    if (fn === undefined) this.errorf(`${JSON.stringify(name)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, name, args, final);
  }

  evalCall(dot: GoValue, fn: TemplateFunction, node: Node, name: string, argNodes: readonly ArgNode[] | undefined, final: Final): GoValue {
    const args = argNodes ? argNodes.slice(1) : [];
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    const numFixed = fn.params.length;
    if (fn.variadic !== undefined) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== numFixed) {
      this.errorf(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);
    }
    if (fn.logic !== undefined) {
      // and/or stop at the first argument that decides, and return it.
      let v: GoValue = undefined;
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg);
        if (isTrue(v === null ? undefined : v) === (fn.logic === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'value');
      return v;
    }
    const argv: GoValue[] = new Array<GoValue>(numIn);
    const fromMap: boolean[] = new Array<boolean>(numIn).fill(false);
    for (let i = 0; i < args.length; i++) {
      const typ = i < numFixed ? (fn.params[i] as ParamType) : (fn.variadic as ParamType);
      const arg = args[i] as ArgNode;
      argv[i] = this.evalArg(dot, typ, arg);
      fromMap[i] = this.argFromMap(arg);
    }
    if (final !== MISSING) {
      const i = args.length;
      const typ = i < numFixed ? (fn.params[i] as ParamType) : (fn.variadic as ParamType);
      argv[i] = this.validateType(final, typ);
    }
    try {
      return fn.call(argv, fromMap);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      // FuncError from our functions; anything a caller's function throws reads the same way.
      this.at(node);
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Whether Go would hold this argument as an interface value (read straight from a map or list). */
  argFromMap(arg: ArgNode): boolean {
    switch (arg.type) {
      case NodeType.Field:
      case NodeType.Chain:
        return true;
      case NodeType.Variable:
        return arg.ident.length > 1 || this.findVar(arg.ident[0] ?? '$').fromMap;
      case NodeType.Dot:
        return this.dotFromMap;
      default:
        return false;
    }
  }

  /** Go's validateType for the parameter kinds our functions have. */
  validateType(value: GoValue, typ: ParamType | undefined): GoValue {
    if (typ === undefined || typ === 'value') return value;
    if (typ === 'any') return value === undefined ? null : value;
    // string
    if (value === undefined) this.errorf('invalid value; expected string');
    if (typeof value !== 'string') this.errorf(`wrong type for value; expected string; got ${value === null ? 'interface {}' : typeName(value)}`);
    return value;
  }

  evalArg(dot: GoValue, typ: ParamType | undefined, n: ArgNode): GoValue {
    this.at(n);
    switch (n.type) {
      case NodeType.Dot:
        return this.validateType(dot, typ);
      case NodeType.Nil:
        if (typ === 'value' || typ === undefined) return undefined;
        if (typ === 'any') return null;
        return this.errorf('cannot assign nil to string');
      case NodeType.Field:
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case NodeType.Variable:
        return this.validateType(this.evalVariableNode(dot, n, [], MISSING), typ);
      case NodeType.Pipe:
        return this.validateType(this.evalPipeline(dot, n), typ);
      case NodeType.Identifier:
        return this.validateType(this.evalFunction(dot, n, n, undefined, MISSING), typ);
      case NodeType.Chain:
        return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
    }
    if (typ === 'string') {
      if (n.type === NodeType.String) return n.text;
      this.errorf(`expected string; found ${nodeString(n)}`);
    }
    switch (n.type) {
      case NodeType.Bool:
        return n.value;
      case NodeType.Number:
        return this.idealConstant(n);
      case NodeType.String:
        return n.text;
    }
  }

  printValue(node: ActionNode, v: GoValue): void {
    this.at(node);
    // The one deliberate difference from Go: no "<no value>" in a request.
    escapeOutput(this, node, v);
  }
}

/** Runs the program's main template on data; returns the output and what the escapers recorded. */
export function execute(prog: ExecProgram, data: GoValue): { out: string; output: OutputState; state: ExecState } {
  const state = new ExecState(prog, data === null ? undefined : data);
  const root = prog.trees.get(prog.name);
  if (root === undefined) return state.errorf(`${JSON.stringify(prog.name)} is an incomplete or empty template`);
  try {
    state.walk(state.vars[0]?.value, root);
  } catch (e) {
    if (e instanceof RangeError && !(e instanceof TemplateError)) state.errorf(`exceeded maximum template depth (${maxExecDepth})`);
    throw e;
  }
  return { out: state.out, output: state.output, state };
}

export type { ExecState };
