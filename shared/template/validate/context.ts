import type { TemplateCheckers } from '../checkers';
import type { DiagnosticList } from '../diagnostics';
import type { Scenario, Template } from '../model';

export interface ValidationContext {
  readonly template: Template;
  readonly checkers: TemplateCheckers;
  readonly report: DiagnosticList;
  /** The first scenario of each Id. */
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isFlag(value: string | undefined): boolean {
  return value === '0' || value === '1';
}

export function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
