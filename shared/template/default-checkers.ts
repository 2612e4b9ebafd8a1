// The checkers parseTemplate uses unless told otherwise: shared/gotemplate's
// parser for Go templates, and for GJSON paths our structural check followed
// by shared/gjson itself (gjson never rejects a path, as in Go, so the
// structural check is what catches unbalanced brackets and quotes).
import { get } from '../gjson';
import { lint } from '../gotemplate';
import { checkPathStructure } from './basic-checkers';
import type { TemplateCheckers } from './checkers';

export const defaultCheckers: TemplateCheckers = {
  checkTemplateText(_name, text) {
    let error;
    try {
      ({ error } = lint(text));
    } catch (thrown) {
      // Hostile text (e.g. 50,000 nested parentheses) can exhaust the parser's stack.
      return { message: thrown instanceof RangeError ? 'nested too deeply to parse' : 'cannot be parsed' };
    }
    if (!error) return undefined;
    // Our diagnostic carries the position; drop Go's `template: name:line:col: ` prefix.
    const message = error.message.replace(/^template: [^:]*:\d+:\d+: /, '');
    // Go's error columns are 0-based byte offsets in the line; ours are 1-based.
    return { message, line: error.line, column: error.column === undefined ? undefined : error.column + 1 };
  },
  checkPath(path) {
    const structural = checkPathStructure(path);
    if (structural) return structural;
    try {
      get('{}', path);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : 'path cannot be evaluated';
    }
  },
};
