// What a validation found, where, and what was expected.
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
  readonly message: string;
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
  add(severity: Severity, element: XmlElement, message: string, attribute?: string, index?: number): void {
    let offset = firstOffset(element);
    const a = attribute === undefined ? undefined : attributeOf(element, attribute);
    if (a && a.offset >= 0) offset = index === undefined ? a.offset : a.valueOffset + rawIndexOf(a.raw, index);
    const p = positionAt(this.document.lineStarts, offset);
    this.items.push({ severity, line: p.line, column: p.column, path: elementPath(element), message });
  }

  error(element: XmlElement, message: string, attribute?: string, index?: number): void {
    this.add('error', element, message, attribute, index);
  }

  warning(element: XmlElement, message: string, attribute?: string, index?: number): void {
    this.add('warning', element, message, attribute, index);
  }

  info(element: XmlElement, message: string, attribute?: string, index?: number): void {
    this.add('info', element, message, attribute, index);
  }
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `file:line:col severity message`, the format of `ringdesk template lint`. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.message}`;
}
