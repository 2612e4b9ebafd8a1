// What each known scenario must provide: the guide's required mappings.
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
  if (s.requests.length === 0) r.error(s.element, 'SyncContactAuto needs at least one request: one per contact type, named after it');
  for (const request of s.requests) {
    const mapped = mappedOutputs(ctx, request);
    const label = `SyncContactAuto request ${quoted(request.name ?? '')}`;
    for (const field of ['ContactsId', 'FirstName']) {
      if (!mapped.has(field)) r.error(request.element, `${label} must map ${field}: expected <Output Name="${field}" Path="..."/> with a path`);
    }
    if (!PHONE_FIELDS.some((f) => mapped.has(f))) {
      r.error(request.element, `${label} must map at least one phone number (${PHONE_FIELDS.join(', ')})`);
    }
  }
  const urlType = s.parameter('ContactUrlType');
  const mode = urlType?.value;
  if (mode === 'specify_url_format') {
    if (!s.parameter('URLFormat')?.value?.trim()) r.error(urlType?.element ?? s.element, 'ContactUrlType is specify_url_format: the URLFormat parameter needs the contact page URL');
  } else if (mode === 'retrieve_from_contact') {
    if (!s.parameter('ContactFieldForUri')?.value?.trim()) r.error(urlType?.element ?? s.element, 'ContactUrlType is retrieve_from_contact: the ContactFieldForUri parameter needs the JSON path of the contact URL');
  } else if (mode !== undefined && mode !== '') {
    r.error(urlType?.element ?? s.element, `ContactUrlType must be specify_url_format or retrieve_from_contact; found ${quoted(mode)}`, 'Value');
  }
  for (const field of CONTACT_FIELDS) {
    const p = s.parameter(`${field}Enable`);
    if (!p) continue;
    if (!isFlag(p.value)) {
      r.error(p.element, `${field}Enable must be 0 or 1; found ${quoted(p.value ?? '')}`, p.value === undefined ? undefined : 'Value');
      continue;
    }
    if (p.value === '1' && s.requests.length > 0 && !s.requests.some((req) => mappedOutputs(ctx, req).has(field))) {
      r.warning(p.element, `${field}Enable is 1 but no request maps an output ${field}`);
    }
  }
  for (const field of ['ContactsId', 'FirstName']) {
    const p = s.parameter(`${field}Enable`);
    if (p?.value === '0') r.warning(p.element, `${field}Enable should be 1: the contact ${field === 'ContactsId' ? 'ID' : 'first name'} is required`, 'Value');
  }
  if (isEnabled(s, 'CustomValueEnable') && !s.requests.some((req) => mappedOutputs(ctx, req).has('CustomValue'))) {
    r.warning(s.element, 'CustomValueEnable is 1 but no request maps CustomValue');
  }
}

export function checkUserAssociation(ctx: ValidationContext, s: Scenario): void {
  const request = s.requests[0];
  if (!request) {
    ctx.report.error(s.element, 'UserAssociation needs a request that lists the helpdesk users');
    return;
  }
  const mapped = mappedOutputs(ctx, request);
  if (!mapped.has('UserUniqueId')) ctx.report.error(request.element, 'UserAssociation must map UserUniqueId: expected <Output Name="UserUniqueId" Path="..."/>');
  if (!mapped.has('Email')) ctx.report.warning(request.element, 'UserAssociation maps no Email: users cannot be associated with extensions automatically');
}

export function checkCreation(ctx: ValidationContext, s: Scenario, fixedName: string | undefined): void {
  if (s.requests.length === 0) {
    ctx.report.error(s.element, `${s.id ?? ''} needs at least one request`);
    return;
  }
  if (fixedName !== undefined && !s.request(fixedName)) {
    ctx.report.error(s.element, `${s.id ?? ''} needs a request named ${fixedName}`);
  }
  for (const request of s.requests) {
    if (request.name === fixedName || fixedName === undefined) {
      if (!request.body && !['GET', 'DELETE', 'HEAD'].includes(request.method ?? '')) ctx.report.warning(request.element, `request ${request.name ?? ''} has no Body (<Parameter Name="Data" Type="Body" Value="..."/>)`);
    }
  }
  for (const setting of ['EnableSubject', 'EnableDescription', 'EnablePlayCallRecording', 'PlayCallRecording']) {
    const p = s.parameter(setting);
    if (p && !isFlag(p.value)) ctx.report.error(p.element, `${setting} must be 0 or 1; found ${quoted(p.value ?? '')}`, p.value === undefined ? undefined : 'Value');
  }
}
