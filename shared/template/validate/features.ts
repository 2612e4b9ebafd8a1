// What each known scenario must provide: the guide's required mappings.
import { lintMessage as lint } from '../../i18n/lint';
import { isEnabled } from '../accessors';
import type { Request, Scenario } from '../model';
import { CONTACT_FIELDS, PHONE_FIELDS } from '../vocabulary';
import { isFlag, quoted, type ValidationContext } from './context';

/** Output names with a non-empty Path, including those backfilled by an `Outputs Next` request. */
function mappedOutputs(ctx: ValidationContext, request: Request): Set<string> {
  const mapped = new Set<string>();
  const add = (r: Request | undefined): void => {
    for (const o of r?.outputs?.list ?? []) if (o.name && o.path?.trim()) mapped.add(o.name);
  };
  add(request);
  const next = request.outputs?.next;
  if (next) add(ctx.scenarios.get('Common')?.request(next));
  return mapped;
}

export function checkSyncContactAuto(ctx: ValidationContext, s: Scenario): void {
  const r = ctx.report;
  if (s.requests.length === 0) r.error(s.element, lint('sync.noRequests'));
  for (const request of s.requests) {
    const mapped = mappedOutputs(ctx, request);
    const name = quoted(request.name ?? '');
    for (const field of ['ContactsId', 'FirstName']) {
      if (!mapped.has(field)) r.error(request.element, lint('sync.mustMap', { request: name, field }));
    }
    if (!PHONE_FIELDS.some((f) => mapped.has(f))) {
      r.error(request.element, lint('sync.noPhone', { request: name, fields: PHONE_FIELDS.join(', ') }));
    }
  }
  const urlType = s.parameter('ContactUrlType');
  const mode = urlType?.value;
  if (mode === 'specify_url_format') {
    if (!s.parameter('URLFormat')?.value?.trim()) r.error(urlType?.element ?? s.element, lint('sync.noUrlFormat'));
  } else if (mode === 'retrieve_from_contact') {
    if (!s.parameter('ContactFieldForUri')?.value?.trim()) r.error(urlType?.element ?? s.element, lint('sync.noUriField'));
  } else if (mode !== undefined && mode !== '') {
    r.error(urlType?.element ?? s.element, lint('sync.badUrlType', { found: quoted(mode) }), 'Value');
  }
  for (const field of CONTACT_FIELDS) {
    const p = s.parameter(`${field}Enable`);
    if (!p) continue;
    if (!isFlag(p.value)) {
      r.error(p.element, lint('flag.notBinary', { name: `${field}Enable`, found: quoted(p.value ?? '') }), p.value === undefined ? undefined : 'Value');
      continue;
    }
    if (p.value === '1' && s.requests.length > 0 && !s.requests.some((req) => mappedOutputs(ctx, req).has(field))) {
      r.warning(p.element, lint('sync.enabledNotMapped', { field }));
    }
  }
  for (const field of ['ContactsId', 'FirstName']) {
    const p = s.parameter(`${field}Enable`);
    if (p?.value === '0') r.warning(p.element, lint(field === 'ContactsId' ? 'sync.idRequired' : 'sync.firstNameRequired'), 'Value');
  }
  if (isEnabled(s, 'CustomValueEnable') && !s.requests.some((req) => mappedOutputs(ctx, req).has('CustomValue'))) {
    r.warning(s.element, lint('sync.customValueNotMapped'));
  }
}

export function checkUserAssociation(ctx: ValidationContext, s: Scenario): void {
  const request = s.requests[0];
  if (!request) {
    ctx.report.error(s.element, lint('users.noRequest'));
    return;
  }
  const mapped = mappedOutputs(ctx, request);
  if (!mapped.has('UserUniqueId')) ctx.report.error(request.element, lint('users.noUniqueId'));
  if (!mapped.has('Email')) ctx.report.warning(request.element, lint('users.noEmail'));
}

export function checkCreation(ctx: ValidationContext, s: Scenario, fixedName: string | undefined): void {
  if (s.requests.length === 0) {
    ctx.report.error(s.element, lint('creation.noRequests', { scenario: s.id ?? '' }));
    return;
  }
  if (fixedName !== undefined && !s.request(fixedName)) {
    ctx.report.error(s.element, lint('creation.noNamedRequest', { scenario: s.id ?? '', name: fixedName }));
  }
  for (const request of s.requests) {
    if (request.name === fixedName || fixedName === undefined) {
      if (!request.body && !['GET', 'DELETE', 'HEAD'].includes(request.method ?? '')) ctx.report.warning(request.element, lint('creation.noBody', { name: request.name ?? '' }));
    }
  }
  for (const setting of ['EnableSubject', 'EnableDescription', 'EnablePlayCallRecording', 'PlayCallRecording']) {
    const p = s.parameter(setting);
    if (p && !isFlag(p.value)) ctx.report.error(p.element, lint('flag.notBinary', { name: setting, found: quoted(p.value ?? '') }), p.value === undefined ? undefined : 'Value');
  }
}
