// What a validation found, where, and what was expected.
import { renderLint } from '../i18n/lint';
import type { LintCode, LintMessage } from '../i18n/lint';
import type { Language, MessageParams } from '../i18n/messages';
import type { XmlDocument, XmlElement } from './xml/cst';
import { attributeOf } from './xml/edit';
import { positionAt } from './xml/position';
import { rawIndexOf } from './xml/references';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters. */
  readonly column: number;
  /** Where in the template, e.g. `Information/Scenarios/Scenario[@Id="AuthMethod"]/Parameters/Parameter[@Name="Scope"]`. */
  readonly path: string;
  /** In English; `code` and `params` render it in another language (renderDiagnostic). */
  readonly message: string;
  /** The finding's stable code (shared/i18n/lint-en.ts); absent for XML that cannot be read at all. */
  readonly code?: LintCode;
  readonly params?: MessageParams;
}

const IDENTIFYING = ['Id', 'Name'];

/** An XPath-like address that names each step by its Id or Name. */
export function elementPath(element: XmlElement): string {
  const steps: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    const key = IDENTIFYING.map((k) => attributeOf(e as XmlElement, k)).find((a) => a !== undefined);
    steps.push(key ? `${e.name}[@${key.name}="${key.raw}"]` : e.name);
  }
  return steps.reverse().join('/');
}

function firstOffset(element: XmlElement): number {
  for (let e: XmlElement | undefined = element; e; e = e.parent) if (e.offset >= 0) return e.offset;
  return 0;
}

export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  constructor(private readonly document: XmlDocument) {}

  /**
   * Reports a finding on `element`, at `attribute` when given (and at a
   * character inside its decoded value when `index` is given).
   */
  add(severity: Severity, element: XmlElement, finding: LintMessage, attribute?: string, index?: number): void {
    let offset = firstOffset(element);
    const a = attribute === undefined ? undefined : attributeOf(element, attribute);
    if (a && a.offset >= 0) offset = index === undefined ? a.offset : a.valueOffset + rawIndexOf(a.raw, index);
    const p = positionAt(this.document.lineStarts, offset);
    const message = renderLint(finding, 'en');
    this.items.push({ severity, line: p.line, column: p.column, path: elementPath(element), message, code: finding.code, params: finding.params });
  }

  error(element: XmlElement, finding: LintMessage, attribute?: string, index?: number): void {
    this.add('error', element, finding, attribute, index);
  }

  warning(element: XmlElement, finding: LintMessage, attribute?: string, index?: number): void {
    this.add('warning', element, finding, attribute, index);
  }

  info(element: XmlElement, finding: LintMessage, attribute?: string, index?: number): void {
    this.add('info', element, finding, attribute, index);
  }
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The finding's text in `language`; English (the message) when it has no code. */
export function renderDiagnostic(d: Diagnostic, language: Language = 'en'): string {
  return d.code === undefined ? d.message : renderLint({ code: d.code, params: d.params ?? {} }, language);
}

/**
 * `file:line:col severity message`, the format of `ringdesk template lint`;
 * the severity word stays English in every language, for tools that read it.
 */
export function formatDiagnostic(file: string, d: Diagnostic, language: Language = 'en'): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${renderDiagnostic(d, language)}`;
}
