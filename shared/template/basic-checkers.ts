// Structural checks used when no full parser is wired in: balanced action
// delimiters and strings for templates, balanced brackets and quotes for paths.
import { scanActions } from './actions';
import type { TemplateCheckers, TextProblem } from './checkers';

function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

export function checkTemplateStructure(text: string): TextProblem | undefined {
  const scan = scanActions(text);
  if (scan.problem) return { message: scan.problem.message, ...lineColumn(text, scan.problem.index) };
  for (const action of scan.actions) {
    if (action.body === '') return { message: 'empty action {{}}', ...lineColumn(text, action.start) };
  }
  return undefined;
}

const CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export function checkPathStructure(path: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const c = path[i] ?? '';
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') {
      let q = i + 1;
      while (q < path.length && path[q] !== '"') q += path[q] === '\\' ? 2 : 1;
      if (q >= path.length) return `string starting at column ${i + 1} is never closed`;
      i = q;
      continue;
    }
    const close = CLOSE[c];
    if (close) stack.push(close);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return `unbalanced '${c}' at column ${i + 1}`;
    }
  }
  if (stack.length > 0) return `missing '${stack[stack.length - 1] ?? ''}'`;
  return undefined;
}

export const basicCheckers: TemplateCheckers = {
  checkTemplateText: (_name, text) => checkTemplateStructure(text),
  checkPath: checkPathStructure,
};
