// What the path tester shows: a GJSON path (an Output Path of a template)
// evaluated against a sample response, alternative by alternative, and the
// value Ringdesk would read from it. The reading rules are the engine's
// (main/engine/outputs.ts readOutputs): `{{...}}` in a path is rendered first
// with JSON escaping, comma-separated alternatives are tried in order, the
// first one that yields a non-empty value wins, and a `#` path that yields an
// array gives its first element.
import { get, valid } from '../../shared/gjson';
import { render } from '../../shared/gotemplate';
import { outputPathAlternatives } from '../../shared/template/output-path';

export interface AlternativeResult {
  readonly path: string;
  readonly exists: boolean;
  /** gjson's type: Null, False, Number, String, True or JSON. */
  readonly type: string;
  /** gjson's String(): a string's value, a number's text, JSON for objects and arrays. */
  readonly value: string;
  readonly raw: string;
  /** What Ringdesk reads from this alternative (the first element of a `#` array). */
  readonly reads: string;
}

export interface PathEvaluation {
  readonly jsonValid: boolean;
  /** The path after `{{...}}` was rendered. */
  readonly rendered: string;
  readonly templateError: string | undefined;
  readonly alternatives: readonly AlternativeResult[];
  /** Index of the alternative Ringdesk uses; -1 when none finds a value. */
  readonly used: number;
}


export function evaluatePath(json: string, path: string, vars: Readonly<Record<string, string>>): PathEvaluation {
  let rendered = path.trim();
  let templateError: string | undefined;
  if (rendered.includes('{{')) {
    try {
      rendered = render(rendered, vars, { escape: 'json' });
    } catch (error) {
      templateError = error instanceof Error ? error.message : String(error);
    }
  }
  const alternatives = templateError === undefined
    ? outputPathAlternatives(rendered).map((p): AlternativeResult => {
        const result = get(json, p);
        const exists = result.exists();
        const reads = !exists ? '' : p.includes('#') && result.isArray() ? (result.array()[0]?.string() ?? '') : result.string();
        return { path: p, exists, type: exists ? result.type : '', value: exists ? result.string() : '', raw: result.raw, reads };
      })
    : [];
  return { jsonValid: valid(json), rendered, templateError, alternatives, used: alternatives.findIndex((a) => a.reads !== '') };
}
