// A light reading of Go template text: where the `{{ }}` actions are, which
// top-level variables they use, and what the text looks like with sample
// values in place of the actions. Full parsing is shared/gotemplate's job;
// this only needs to find action boundaries (honouring quoted strings and
// comments, which may contain `}}`).

export interface Action {
  /** Offset of `{{`. */
  readonly start: number;
  /** Offset just after `}}`. */
  readonly end: number;
  /** The text between the delimiters and trim markers, trimmed. */
  readonly body: string;
}

export interface ActionScan {
  readonly actions: Action[];
  /** Offset of an unterminated action or string, with the cause. */
  readonly problem?: { readonly index: number; readonly message: string };
}

export function scanActions(text: string): ActionScan {
  const actions: Action[] = [];
  let i = text.indexOf('{{');
  while (i !== -1) {
    let p = i + 2;
    let closed = -1;
    if (text.startsWith('/*', p) || text.startsWith('- /*', p)) {
      const end = text.indexOf('*/', p);
      if (end === -1) return { actions, problem: { index: i, message: 'comment in action is never closed (missing */)' } };
      p = end + 2;
    }
    while (p < text.length) {
      const c = text[p];
      if (c === '"' || c === '`' || c === "'") {
        let q = p + 1;
        while (q < text.length && text[q] !== c) {
          if (text[q] === '\\' && c !== '`') q++;
          if (c !== '`' && text[q] === '\n') break;
          q++;
        }
        if (text[q] !== c) return { actions, problem: { index: p, message: `string in action is never closed (missing ${c})` } };
        p = q + 1;
        continue;
      }
      if (c === '}' && text[p + 1] === '}') {
        closed = p;
        break;
      }
      p++;
    }
    if (closed === -1) return { actions, problem: { index: i, message: "action is never closed (missing '}}')" } };
    let body = text.slice(i + 2, closed);
    if (body.startsWith('-')) body = body.slice(1);
    if (body.endsWith('-')) body = body.slice(0, -1);
    actions.push({ start: i, end: closed + 2, body: body.trim() });
    i = text.indexOf('{{', closed + 2);
  }
  return { actions };
}

const CONTROL = /^(if|else|end|range|with|define|block|template|break|continue)\b|^\/\*/;
const OPENS_SCOPE = /^(range|with)\b/;
const OPENS_BLOCK = /^(if|range|with|define|block)\b/;

/** Top-level field references (`.Name`) used by the actions, with the action's offset. */
export function variablesOf(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  // Inside range/with, dot is rebound, so `.Name` is not a template variable.
  const scopes: boolean[] = [];
  for (const action of scanActions(text).actions) {
    const body = action.body;
    if (/^end\b/.test(body)) {
      scopes.pop();
      continue;
    }
    const rebound = scopes.includes(true);
    if (!rebound && !body.startsWith('/*')) {
      const code = body.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'/g, '""');
      for (const m of code.matchAll(/(^|[^A-Za-z0-9_)\]$.])\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
        out.push({ name: m[2] ?? '', index: action.start });
      }
    }
    if (OPENS_BLOCK.test(body)) scopes.push(OPENS_SCOPE.test(body));
  }
  return out;
}

/**
 * The text with each action replaced by a sample value, to check that a
 * request body is JSON: a value inside a JSON string becomes `x`, a value
 * outside one becomes `0`, control actions vanish, and of an if/else only the
 * first branch is kept (the branches are alternatives, not a sequence).
 */
export function withSampleValues(text: string): string {
  const { actions } = scanActions(text);
  let out = '';
  let last = 0;
  let inString = false;
  // One entry per open block: true once its else part (which is skipped) began.
  const blocks: boolean[] = [];
  const track = (chunk: string): void => {
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk[k];
      if (c === '\\' && inString) k++;
      else if (c === '"') inString = !inString;
    }
  };
  for (const action of actions) {
    const skipping = blocks.includes(true);
    const chunk = text.slice(last, action.start);
    if (!skipping) {
      track(chunk);
      out += chunk;
    }
    last = action.end;
    const body = action.body;
    if (OPENS_BLOCK.test(body)) blocks.push(false);
    else if (/^else\b/.test(body)) {
      if (blocks.length > 0) blocks[blocks.length - 1] = true;
    } else if (/^end\b/.test(body)) blocks.pop();
    else if (!skipping && !CONTROL.test(body)) out += inString ? 'x' : '0';
  }
  out += text.slice(last);
  return out;
}

/**
 * Basic-auth credentials: the Helpdesk guide writes `{{.username:.password}}`
 * and `{{.api_key:}}`, the CRM guide `{{.username}}:{{.password}}` and
 * `{{.api_key}}`. Both mean "user:password"; this rewrites the first spelling
 * (which is not valid Go template syntax) into the second.
 */
export function normalizeBasicCredential(text: string): string {
  return text.replace(/\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*\}\}/g, (_m, user: string, password?: string) =>
    password === undefined ? `{{.${user}}}:` : `{{.${user}}}:{{.${password}}}`,
  );
}
