// Errors read like Go's: `template: NAME:LINE:COL: message`, where COL is
// Go's column (bytes from the start of the line, counting from 0). Exec
// errors also name the action: `executing "NAME" at <.Phone.x>: ...`.
// Go's parse errors carry only the line; ours add the column too.
import { utf8Length } from './value';

export type TemplatePhase = 'parse' | 'exec';

export interface SourceLocation {
  /** 1-based line. */
  readonly line: number;
  /** Go's column: UTF-8 bytes before the position on its line (0-based). */
  readonly column: number;
  /** UTF-16 index into the template text, for editors. */
  readonly offset: number;
}

export function locate(text: string, offset: number): SourceLocation {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  let line = 1;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) line++;
  return { line, column: utf8Length(before.slice(lastNewline + 1)), offset };
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';

  constructor(
    message: string,
    /** parse: the text is not a template (or defeats contextual escaping); exec: running it failed. */
    readonly phase: TemplatePhase,
    readonly templateName: string,
    readonly location: SourceLocation | undefined,
    /** The offending action as template source, when known. */
    readonly action: string | undefined,
  ) {
    super(message);
  }

  get line(): number | undefined {
    return this.location?.line;
  }

  get column(): number | undefined {
    return this.location?.column;
  }
}
