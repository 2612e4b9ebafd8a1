import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTemplate, type Template } from '../../../shared/template';

export const guideDir = resolve(import.meta.dirname, '../../fixtures/templates/guide');
export const readyMadeDir = resolve(import.meta.dirname, '../../../main/templates');

export function readGuide(name: string): string {
  return readFileSync(join(guideDir, name), 'utf8');
}

export function guideFiles(): string[] {
  return readdirSync(guideDir).filter((f) => f.endsWith('.xml')).sort();
}

/** Wraps a guide fragment (a Scenario, Requests, Request or Outputs) in the elements above it, to parse it as a template. */
export function wrapFragment(fragment: string): string {
  const root = /<([A-Za-z]+)/.exec(fragment)?.[1];
  const head = '<Information Provider="helpdesk" Name="Fragment" MaxConcurrentRequest="1"><Scenarios>';
  const tail = '</Scenarios></Information>';
  switch (root) {
    case 'Information': return fragment;
    case 'Scenario': return `${head}${fragment}${tail}`;
    case 'Requests': return `${head}<Scenario Id="Fragment" Type="REST">${fragment}</Scenario>${tail}`;
    case 'Request': return `${head}<Scenario Id="Fragment" Type="REST"><Requests>${fragment}</Requests></Scenario>${tail}`;
    case 'Outputs': return `${head}<Scenario Id="Fragment" Type="REST"><Requests><Request Name="R" Method="GET" URLFormat="https://x.test">${fragment}</Request></Requests></Scenario>${tail}`;
    default: throw new Error(`unknown fragment root ${String(root)}`);
  }
}

export function mustParse(xml: string | Uint8Array): Template {
  const { template, diagnostics } = parseTemplate(xml);
  if (!template) throw new Error(`did not parse: ${diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return template;
}

export function errorsOf(xml: string): string[] {
  return parseTemplate(xml).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

/** The value, or a test failure naming what was missing. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to be present`);
  return value;
}
