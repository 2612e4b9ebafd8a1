// What the validator asks of the two template languages. Injected, so the
// validator does not depend on how they are implemented, and tests can pass
// their own.

export interface TextProblem {
  readonly message: string;
  /** 1-based line inside the checked text, when known. */
  readonly line?: number | undefined;
  /** 1-based column inside the checked text, when known. */
  readonly column?: number | undefined;
}

export interface TemplateCheckers {
  /** Checks Go text/template source; returns a problem when it does not parse. */
  checkTemplateText(name: string, text: string): TextProblem | undefined;
  /** Checks one GJSON path (no template actions left in it); returns a message when it is malformed. */
  checkPath(path: string): string | undefined;
}

/** Offset of (line, column) inside `text`, both 1-based; clamps to the text. */
export function offsetInText(text: string, line: number | undefined, column: number | undefined): number {
  let offset = 0;
  for (let l = 1; l < (line ?? 1); l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, (column ?? 1) - 1));
}
