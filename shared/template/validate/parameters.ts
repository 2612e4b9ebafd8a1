// Parameters with a Father: custom fields, headers, auth options, token errors.
import { lintMessage as lint } from '../../i18n/lint';
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
      r.error(p.element, lint('father.unknown', { found: quoted(father) }), 'Father');
      continue;
    }
    if ((father === 'CustomFieldList' || father === 'AuthOption' || father === 'TokenErrorMap') && !isAuth) {
      r.warning(p.element, lint('father.outsideAuth', { father }), 'Father');
    }
    if (father === 'PopulateTemplateString') checkHeader(ctx, p);
    if (father === 'TokenErrorMap' && !p.value) r.warning(p.element, lint('father.tokenErrorNoValue'));
    if (father === 'AuthOption' && p.name === 'NoNeedRefreshAccessToken' && !isFlag(p.value)) {
      r.error(p.element, lint('father.noRefreshNotBinary'), p.value === undefined ? undefined : 'Value');
    }
  }
  if (isAuth) {
    checkCustomFields(ctx, parameters.filter((p) => p.father === 'CustomFieldList'));
    const headers = parameters.filter((p) => p.father === 'PopulateTemplateString');
    const extra = headers[MAX_COMMON_HEADERS];
    if (extra) r.warning(extra.element, lint('headers.tooMany', { max: MAX_COMMON_HEADERS, count: headers.length }));
  }
}

function checkHeader(ctx: ValidationContext, p: Parameter): void {
  const r = ctx.report;
  if (p.type !== 'Header') {
    if (p.type === undefined) r.error(p.element, lint('header.noType'));
    else r.error(p.element, lint('header.badType', { found: quoted(p.type) }), 'Type');
  }
  const name = p.name ?? '';
  if (!HEADER_NAME.test(name)) r.error(p.element, lint('header.badName', { found: quoted(name) }), p.name === undefined ? undefined : 'Name');
  if (p.value === undefined) r.warning(p.element, lint('header.noValue', { name }));
}

function checkCustomFields(ctx: ValidationContext, fields: readonly Parameter[]): void {
  const r = ctx.report;
  const names = new Set<string>();
  fields.forEach((p, index) => {
    if (index === MAX_CUSTOM_FIELDS) r.error(p.element, lint('customField.tooMany', { max: MAX_CUSTOM_FIELDS, count: fields.length }));
    const name = p.name ?? '';
    if (!IDENTIFIER.test(name)) {
      r.error(p.element, lint('customField.badName', { use: name || 'name', found: quoted(name) }), p.name === undefined ? undefined : 'Name');
    } else if (names.has(name)) r.error(p.element, lint('customField.duplicate', { name }), 'Name');
    names.add(name);
    const editor = p.editor;
    if (editor === undefined) r.warning(p.element, lint('customField.noEditor', { name }));
    else if (!(EDITORS as readonly string[]).includes(editor)) {
      r.error(p.element, lint('customField.badEditor', { found: quoted(editor) }), 'Editor');
    }
    if (editor === 'list' && (p.value ?? '').split(',').every((o) => o.trim() === '')) {
      r.error(p.element, lint('customField.listWithoutOptions', { name }), p.value === undefined ? undefined : 'Value');
    }
    if (editor === 'password' && p.value !== undefined && p.value !== '') {
      // Templates are shared and stored in plain files: a user's secret never belongs in one.
      r.error(p.element, lint('customField.passwordValue', { name }), 'Value');
    }
    if (!p.title) r.warning(p.element, lint('customField.noTitle', { name }));
  });
}
