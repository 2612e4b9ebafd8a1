// <Request> elements: method, URL, body, outputs, and Outputs Next chaining.
import { withSampleValues } from '../actions';
import type { Request, Scenario } from '../model';
import { HTTP_METHODS } from '../vocabulary';
import { quoted, type ValidationContext } from './context';
import { checkFathers } from './parameters';

export function checkRequests(ctx: ValidationContext, scenario: Scenario): void {
  const r = ctx.report;
  const names = new Set<string>();
  for (const request of scenario.requests) {
    const e = request.element;
    const name = request.name;
    if (!name) r.error(e, `Request needs a Name${scenario.id === 'SyncContactAuto' ? ' (the contact type it searches)' : ''}`);
    else if (names.has(name)) r.error(e, `request ${name} appears twice in scenario ${scenario.id ?? ''}`, 'Name');
    if (name) names.add(name);
    checkMethod(ctx, request);
    checkUrl(ctx, request);
    const responseType = request.responseType?.trim();
    if (responseType && !responseType.includes('json')) {
      r.warning(e, `ResponseType ${quoted(responseType)}: Ringdesk reads responses as JSON (application/json)`, 'ResponseType');
    }
    const weight = request.weight;
    if (weight !== undefined && weight.trim() !== '' && !/^-?[0-9]+$/.test(weight.trim())) r.warning(e, `Weight must be a whole number; found ${quoted(weight)}`, 'Weight');
    checkFathers(ctx, scenario, request.parameters, true);
    checkBody(ctx, request);
    checkOutputs(ctx, request);
  }
}

function checkMethod(ctx: ValidationContext, request: Request): void {
  const method = request.method;
  const e = request.element;
  if (method === undefined || method === '') {
    ctx.report.error(e, `request ${request.name ?? ''} needs a Method (${HTTP_METHODS.join(', ')})`, method === undefined ? undefined : 'Method');
  } else if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    const hint = (HTTP_METHODS as readonly string[]).includes(method.toUpperCase()) ? ` (write it in capitals: ${method.toUpperCase()})` : '';
    ctx.report.error(e, `Method must be an HTTP method (${HTTP_METHODS.join(', ')}); found ${quoted(method)}${hint}`, 'Method');
  }
}

function checkUrl(ctx: ValidationContext, request: Request): void {
  const e = request.element;
  const attribute = request.urlAttribute;
  if (attribute === undefined) {
    ctx.report.error(e, `request ${request.name ?? ''} needs a URLFormat (the API endpoint)`);
    return;
  }
  if (request.attribute('URL') !== undefined && request.attribute('URLFormat') !== undefined) {
    ctx.report.warning(e, 'both URLFormat and URL are set; URLFormat is used', 'URL');
  }
  const url = (request.url ?? '').trim();
  if (url === '') ctx.report.error(e, `request ${request.name ?? ''} has an empty ${attribute}`, attribute);
  else if (!/^(https?:\/\/|\{\{)/i.test(url)) {
    ctx.report.warning(e, `${attribute} should start with https:// or http:// (or a {{ }} variable holding the base URL); found ${quoted(url)}`, attribute);
  }
}

function checkBody(ctx: ValidationContext, request: Request): void {
  const bodies = request.parameters.filter((p) => p.type === 'Body');
  const extra = bodies[1];
  if (extra) ctx.report.error(extra.element, `request ${request.name ?? ''} has more than one Body parameter; only the first is sent`);
  const body = bodies[0];
  if (!body) return;
  if (body.name !== 'Data') ctx.report.warning(body.element, `a Body parameter should be named "Data"; found ${quoted(body.name ?? '')}`);
  if (request.method === 'GET' || request.method === 'HEAD') ctx.report.warning(body.element, `${request.method} request ${request.name ?? ''} has a Body; most servers ignore it`);
  const encoding = request.requestEncoding?.trim() ?? '';
  if (encoding !== '' && !encoding.includes('json')) return;
  const text = body.value ?? '';
  if (text.trim() === '') {
    ctx.report.warning(body.element, `request ${request.name ?? ''} has an empty Body`);
    return;
  }
  try {
    JSON.parse(withSampleValues(text));
  } catch (error) {
    const why = error instanceof Error ? error.message : 'invalid JSON';
    ctx.report.error(body.element, `the Body must be JSON once its {{ }} actions are replaced by sample values: ${why}`, 'Value');
  }
}

function checkOutputs(ctx: ValidationContext, request: Request): void {
  const outputs = request.outputs;
  if (!outputs) return;
  const next = outputs.next;
  if (next !== undefined) {
    const common = ctx.scenarios.get('Common');
    if (!common?.request(next)) {
      ctx.report.error(outputs.element, `Outputs Next=${quoted(next)}: no request ${next} in a Common scenario (<Scenario Id="Common" Type="REST">)`, 'Next');
    }
  }
  const names = new Set<string>();
  for (const output of outputs.list) {
    const name = output.name;
    if (!name) {
      ctx.report.error(output.element, 'Output needs a Name (the variable it fills)');
      continue;
    }
    if (names.has(name)) ctx.report.warning(output.element, `output ${name} appears twice in this request; the last one wins`, 'Name');
    names.add(name);
    if (output.path === undefined) ctx.report.warning(output.element, `output ${name} has no Path; it stays empty`);
    const type = output.type;
    if (type !== undefined && type !== '' && type !== 'string') ctx.report.warning(output.element, `Output Type should be "string" or empty; found ${quoted(type)}`, 'Type');
  }
}
