// Parameters with a Father: custom fields, headers, auth options, token errors.
import type { Parameter, Scenario } from '../model';
import { EDITORS, FATHERS, MAX_COMMON_HEADERS, MAX_CUSTOM_FIELDS } from '../vocabulary';
import { IDENTIFIER, isFlag, quoted, type ValidationContext } from './context';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function checkFathers(ctx: ValidationContext, owner: Scenario, parameters: readonly Parameter[], inRequest: boolean): void {
  const r = ctx.report;
  const isAuth = owner.id === 'AuthMethod' && !inRequest;
  for (const p of parameters) {
    const father = p.father;
    if (father === undefined) continue;
    if (!(FATHERS as readonly string[]).includes(father)) {
      r.error(p.element, `Father must be CustomFieldList or PopulateTemplateString (newer editions also use AuthOption, TokenErrorMap, CustomScenarioParameter); found ${quoted(father)}`, 'Father');
      continue;
    }
    if ((father === 'CustomFieldList' || father === 'AuthOption' || father === 'TokenErrorMap') && !isAuth) {
      r.warning(p.element, `Father="${father}" belongs in the AuthMethod scenario's parameters; here it is ignored`, 'Father');
    }
    if (father === 'PopulateTemplateString') checkHeader(ctx, p);
    if (father === 'TokenErrorMap' && !p.value) r.warning(p.element, 'a TokenErrorMap parameter needs a Value: the response text that means the token is invalid');
    if (father === 'AuthOption' && p.name === 'NoNeedRefreshAccessToken' && !isFlag(p.value)) {
      r.error(p.element, 'NoNeedRefreshAccessToken must be 0 or 1', p.value === undefined ? undefined : 'Value');
    }
  }
  if (isAuth) {
    checkCustomFields(ctx, parameters.filter((p) => p.father === 'CustomFieldList'));
    const headers = parameters.filter((p) => p.father === 'PopulateTemplateString');
    const extra = headers[MAX_COMMON_HEADERS];
    if (extra) r.warning(extra.element, `at most ${MAX_COMMON_HEADERS} common request headers; found ${headers.length}`);
  }
}

function checkHeader(ctx: ValidationContext, p: Parameter): void {
  const r = ctx.report;
  if (p.type !== 'Header') {
    r.error(p.element, `a PopulateTemplateString parameter is an HTTP header and needs Type="Header"; found ${p.type === undefined ? 'no Type' : quoted(p.type)}`, p.type === undefined ? undefined : 'Type');
  }
  const name = p.name ?? '';
  if (!HEADER_NAME.test(name)) r.error(p.element, `header Name must be an HTTP header name (letters, digits, '-'); found ${quoted(name)}`, p.name === undefined ? undefined : 'Name');
  if (p.value === undefined) r.warning(p.element, `header ${name} has no Value; it is sent empty`);
}

function checkCustomFields(ctx: ValidationContext, fields: readonly Parameter[]): void {
  const r = ctx.report;
  const names = new Set<string>();
  fields.forEach((p, index) => {
    if (index === MAX_CUSTOM_FIELDS) r.error(p.element, `at most ${MAX_CUSTOM_FIELDS} custom fields (CustomFieldList); found ${fields.length}`);
    const name = p.name ?? '';
    if (!IDENTIFIER.test(name)) {
      r.error(p.element, `custom field Name must be a variable name (letters, digits, '_', not starting with a digit) to be used as {{.${name || 'name'}}}; found ${quoted(name)}`, p.name === undefined ? undefined : 'Name');
    } else if (names.has(name)) r.error(p.element, `custom field ${name} is defined twice`, 'Name');
    names.add(name);
    const editor = p.editor;
    if (editor === undefined) r.warning(p.element, `custom field ${name} has no Editor; expected string, password or list (string is used)`);
    else if (!(EDITORS as readonly string[]).includes(editor)) {
      r.error(p.element, `Editor must be string, password or list; found ${quoted(editor)}`, 'Editor');
    }
    if (editor === 'list' && (p.value ?? '').split(',').every((o) => o.trim() === '')) {
      r.error(p.element, `custom field ${name} has Editor="list" and needs its options in Value, separated by commas (e.g. "option1,option2")`, p.value === undefined ? undefined : 'Value');
    }
    if (editor === 'password' && p.value !== undefined && p.value !== '') {
      // Templates are shared and stored in plain files: a user's secret never belongs in one.
      r.error(p.element, `password field ${name} carries a Value; templates must not hold secrets (the user enters it when connecting)`, 'Value');
    }
    if (!p.title) r.warning(p.element, `custom field ${name} has no Title; the form shows its Name instead`);
  });
}
