// Every Go template and GJSON path in the template must parse, and every
// variable a template uses must come from somewhere.
import { lintMessage as lint } from '../../i18n/lint';
import { normalizeBasicCredential, scanActions, variablesOf } from '../actions';
import { offsetInText } from '../checkers';
import type { ElementView, Scenario } from '../model';
import { CALL_VARIABLES, SCENARIO_VARIABLES } from '../vocabulary';
import type { ValidationContext } from './context';

interface Expression {
  readonly view: ElementView;
  readonly attribute: string;
  readonly text: string;
  readonly kind: 'template' | 'path' | 'credential';
}

const NOT_TEMPLATES = new Set(['CustomFieldList', 'TokenErrorMap', 'AuthOption']);

function expressionsOf(s: Scenario): Expression[] {
  const out: Expression[] = [];
  for (const p of s.parameters) {
    if (p.father !== undefined && NOT_TEMPLATES.has(p.father)) continue;
    const text = p.value;
    if (text === undefined) continue;
    const kind = p.name === 'Base64EncodedCredential' ? 'credential' : p.name === 'ContactFieldForUri' ? 'path' : 'template';
    out.push({ view: p, attribute: 'Value', text, kind });
  }
  for (const request of s.requests) {
    const attribute = request.urlAttribute;
    if (attribute !== undefined) out.push({ view: request, attribute, text: request.url ?? '', kind: 'template' });
    for (const p of request.parameters) if (p.value !== undefined) out.push({ view: p, attribute: 'Value', text: p.value, kind: 'template' });
    for (const o of request.outputs?.list ?? []) if (o.path) out.push({ view: o, attribute: 'Path', text: o.path, kind: 'path' });
  }
  return out;
}

/** Splits a field's paths on commas outside brackets and quotes ("a.b,c.d" maps two candidates). */
export function splitPaths(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function checkExpression(ctx: ValidationContext, x: Expression): void {
  const r = ctx.report;
  const hasActions = x.text.includes('{{');
  const templateText = x.kind === 'credential' ? normalizeBasicCredential(x.text) : x.text;
  if (hasActions) {
    const problem = ctx.checkers.checkTemplateText(x.attribute, templateText);
    if (problem) {
      const index = x.kind === 'credential' ? undefined : offsetInText(templateText, problem.line, problem.column);
      r.error(x.view.element, lint('expression.badTemplate', { attribute: x.attribute, detail: problem.message }), x.attribute, index);
      return;
    }
  }
  if (x.kind !== 'path') return;
  // Actions in a path (e.g. #(phone=="{{.Phone}}")) are filled in before the path is used.
  let sample = '';
  let last = 0;
  for (const action of scanActions(x.text).actions) {
    sample += `${x.text.slice(last, action.start)}x`;
    last = action.end;
  }
  sample += x.text.slice(last);
  for (const path of splitPaths(sample)) {
    const message = ctx.checkers.checkPath(path);
    if (message) r.error(x.view.element, lint('expression.badPath', { attribute: x.attribute, path: JSON.stringify(path), detail: message }), x.attribute);
  }
}

function outputNames(s: Scenario | undefined): string[] {
  const names: string[] = [];
  for (const request of s?.requests ?? []) for (const o of request.outputs?.list ?? []) if (o.name) names.push(o.name);
  return names;
}

/** The variables a scenario's templates may use: the sources of the design, in one set. */
function scopeOf(ctx: ValidationContext, s: Scenario, customFields: readonly string[]): Set<string> {
  const id = s.id ?? '';
  const scope = new Set<string>(customFields);
  for (const v of SCENARIO_VARIABLES[id] ?? []) scope.add(v);
  if (id === 'AuthMethod') return scope;
  for (const v of outputNames(ctx.scenarios.get('GetGlobalInfo'))) scope.add(v);
  for (const v of outputNames(s)) scope.add(v);
  for (const p of s.parameters) if (p.name && (p.father === undefined || p.father === 'CustomScenarioParameter')) scope.add(p.name);
  if (id === 'GetGlobalInfo') return scope;
  for (const v of CALL_VARIABLES) scope.add(v);
  if (id === 'Common') {
    // A Common request runs for results of any request whose Outputs name it in Next.
    for (const other of ctx.template.information.scenarios) for (const v of outputNames(other)) scope.add(v);
    for (const v of SCENARIO_VARIABLES.SyncContactAuto ?? []) scope.add(v);
  }
  return scope;
}

export function checkExpressions(ctx: ValidationContext): void {
  const auth = ctx.scenarios.get('AuthMethod');
  const customFields = (auth?.parameters ?? []).filter((p) => p.father === 'CustomFieldList' && p.name).map((p) => p.name ?? '');
  for (const s of ctx.scenarios.values()) {
    const expressions = expressionsOf(s);
    for (const x of expressions) checkExpression(ctx, x);
    if (s.id === undefined || !(s.id in SCENARIO_VARIABLES || ['UserAssociation', 'GetGlobalInfo', 'CreateNewTicket', 'CallJournal'].includes(s.id))) continue;
    const scope = scopeOf(ctx, s, customFields);
    for (const x of expressions) {
      if (!x.text.includes('{{')) continue;
      const text = x.kind === 'credential' ? normalizeBasicCredential(x.text) : x.text;
      const reported = new Set<string>();
      for (const v of variablesOf(text)) {
        if (scope.has(v.name) || reported.has(v.name)) continue;
        reported.add(v.name);
        ctx.report.warning(
          x.view.element,
          lint('expression.unknownVariable', { name: v.name, scenario: s.id }),
          x.attribute,
          x.kind === 'credential' ? undefined : v.index,
        );
      }
    }
  }
}
