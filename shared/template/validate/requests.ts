// <Request> elements: method, URL, body, outputs, and Outputs Next chaining.
import { lintMessage as lint } from '../../i18n/lint';
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
    if (!name) r.error(e, lint(scenario.id === 'SyncContactAuto' ? 'request.noNameSync' : 'request.noName'));
    else if (names.has(name)) r.error(e, lint('request.duplicate', { name, scenario: scenario.id ?? '' }), 'Name');
    if (name) names.add(name);
    checkMethod(ctx, request);
    checkUrl(ctx, request);
    const responseType = request.responseType?.trim();
    if (responseType && !responseType.includes('json')) {
      r.warning(e, lint('request.responseType', { found: quoted(responseType) }), 'ResponseType');
    }
    const weight = request.weight;
    if (weight !== undefined && weight.trim() !== '' && !/^-?[0-9]+$/.test(weight.trim())) r.warning(e, lint('request.badWeight', { found: quoted(weight) }), 'Weight');
    checkFathers(ctx, scenario, request.parameters, true);
    checkBody(ctx, request);
    checkOutputs(ctx, request);
  }
}

function checkMethod(ctx: ValidationContext, request: Request): void {
  const method = request.method;
  const e = request.element;
  if (method === undefined || method === '') {
    ctx.report.error(e, lint('request.noMethod', { name: request.name ?? '', methods: HTTP_METHODS.join(', ') }), method === undefined ? undefined : 'Method');
  } else if (!(HTTP_METHODS as readonly string[]).includes(method)) {
    const upper = method.toUpperCase();
    const params = { methods: HTTP_METHODS.join(', '), found: quoted(method), upper };
    ctx.report.error(e, lint((HTTP_METHODS as readonly string[]).includes(upper) ? 'request.badMethodCase' : 'request.badMethod', params), 'Method');
  }
}

function checkUrl(ctx: ValidationContext, request: Request): void {
  const e = request.element;
  const attribute = request.urlAttribute;
  if (attribute === undefined) {
    ctx.report.error(e, lint('request.noUrl', { name: request.name ?? '' }));
    return;
  }
  if (request.attribute('URL') !== undefined && request.attribute('URLFormat') !== undefined) {
    ctx.report.warning(e, lint('request.urlAndUrlFormat'), 'URL');
  }
  const url = (request.url ?? '').trim();
  if (url === '') ctx.report.error(e, lint('request.emptyUrl', { name: request.name ?? '', attribute }), attribute);
  else if (!/^(https?:\/\/|\{\{)/i.test(url)) {
    ctx.report.warning(e, lint('request.urlScheme', { attribute, found: quoted(url) }), attribute);
  }
}

function checkBody(ctx: ValidationContext, request: Request): void {
  const bodies = request.parameters.filter((p) => p.type === 'Body');
  const extra = bodies[1];
  if (extra) ctx.report.error(extra.element, lint('body.several', { name: request.name ?? '' }));
  const body = bodies[0];
  if (!body) return;
  if (body.name !== 'Data') ctx.report.warning(body.element, lint('body.name', { found: quoted(body.name ?? '') }));
  if (request.method === 'GET' || request.method === 'HEAD') ctx.report.warning(body.element, lint('body.onGet', { method: request.method, name: request.name ?? '' }));
  const encoding = request.requestEncoding?.trim() ?? '';
  if (encoding !== '' && !encoding.includes('json')) return;
  const text = body.value ?? '';
  if (text.trim() === '') {
    ctx.report.warning(body.element, lint('body.empty', { name: request.name ?? '' }));
    return;
  }
  try {
    JSON.parse(withSampleValues(text));
  } catch (error) {
    const why = error instanceof Error ? error.message : 'invalid JSON';
    ctx.report.error(body.element, lint('body.notJson', { detail: why }), 'Value');
  }
}

function checkOutputs(ctx: ValidationContext, request: Request): void {
  const outputs = request.outputs;
  if (!outputs) return;
  const next = outputs.next;
  if (next !== undefined) {
    const common = ctx.scenarios.get('Common');
    if (!common?.request(next)) {
      ctx.report.error(outputs.element, lint('outputs.badNext', { next: quoted(next), name: next }), 'Next');
    }
  }
  const names = new Set<string>();
  for (const output of outputs.list) {
    const name = output.name;
    if (!name) {
      ctx.report.error(output.element, lint('output.noName'));
      continue;
    }
    if (names.has(name)) ctx.report.warning(output.element, lint('output.duplicate', { name }), 'Name');
    names.add(name);
    if (output.path === undefined) ctx.report.warning(output.element, lint('output.noPath', { name }));
    const type = output.type;
    if (type !== undefined && type !== '' && type !== 'string') ctx.report.warning(output.element, lint('output.badType', { found: quoted(type) }), 'Type');
  }
}
