// Renders template text (URLs, bodies, headers, subjects) with variables,
// through shared/gotemplate (Go text/template with contextual escaping:
// `json` makes an interpolated value JSON string content, `url` encodes it
// for its URL component, `text` leaves it). Parsed templates are cached: a
// template's few texts are rendered on every call.
import { parse } from '../../shared/gotemplate';
import type { Template } from '../../shared/gotemplate';

export { normalizeCredentialFormat } from '../../shared/gotemplate';

export type Escape = 'text' | 'json' | 'url';
export type Vars = Readonly<Record<string, string>>;

export interface RenderOptions {
  readonly escape: Escape;
  readonly timeZone?: string | undefined;
}

export interface CompiledText {
  render(vars: Vars): string;
}

const cache = new Map<string, Template>();

/** Parses once (cached by text, escaping and zone), renders many times. Throws TemplateError naming the cause. */
export function compileText(source: string, options: RenderOptions): CompiledText {
  const key = `${options.escape}\u0000${options.timeZone ?? ''}\u0000${source}`;
  let template = cache.get(key);
  if (!template) {
    template = parse('template', source, { escape: options.escape, ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
    if (cache.size > 2000) cache.clear();
    cache.set(key, template);
  }
  const compiled = template;
  return { render: (vars) => compiled.execute(vars) };
}

export function renderText(source: string, vars: Vars, options: RenderOptions): string {
  if (!source.includes('{{')) return source;
  return compileText(source, options).render(vars);
}
