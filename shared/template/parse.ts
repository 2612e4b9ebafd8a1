// Untrusted bytes or text in, a template and diagnostics out. Nothing thrown:
// every rejection is a diagnostic with a line, a column and the cause.
import { XMLValidator } from 'fast-xml-parser';
import { lintMessage, renderLint } from '../i18n/lint';
import type { LintMessage } from '../i18n/lint';
import type { TemplateCheckers } from './checkers';
import type { Diagnostic } from './diagnostics';
import { Information, type Template } from './model';
import { validateTemplate } from './validate/validate';
import { defaultCheckers } from './default-checkers';
import { MAX_TEMPLATE_BYTES } from './xml/limits';
import { positionAt } from './xml/position';
import { scanXml } from './xml/scan';
import { serializeXml } from './xml/serialize';
import { decodeUtf8, utf8ByteLength } from './xml/utf8';

export interface ParseOptions {
  /** Run the template checks (default true); XML errors are always reported. */
  readonly validate?: boolean;
  /** How to check Go templates and GJSON paths; defaults to shared/gotemplate and shared/gjson. */
  readonly checkers?: TemplateCheckers;
}

export interface ParseResult {
  /** Undefined when the file is not a readable template (see the error diagnostics). */
  readonly template: Template | undefined;
  readonly diagnostics: Diagnostic[];
}

function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The file is not a template's XML at all: one error, coded like every other finding. */
function fatal(line: number, column: number, finding: LintMessage): ParseResult {
  return { template: undefined, diagnostics: [{ severity: 'error', line, column, path: '', message: renderLint(finding, 'en'), code: finding.code, params: finding.params }] };
}

export function parseTemplate(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  try {
    return parse(input, options);
  } catch (error) {
    // Not expected: the scanner and validator report problems as diagnostics.
    // Kept so no input can crash a caller; the message names no input content.
    const what = error instanceof Error ? error.name : 'error';
    return fatal(1, 1, lintMessage('xml.internalError', { what }));
  }
}

function parse(input: string | Uint8Array, options: ParseOptions): ParseResult {
  const size = typeof input === 'string' ? utf8ByteLength(input) : input.length;
  if (size > MAX_TEMPLATE_BYTES) {
    return fatal(1, 1, lintMessage('xml.tooLarge', { size: withThousands(size), limit: withThousands(MAX_TEMPLATE_BYTES) }));
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return fatal(decoded.line, decoded.column, decoded.finding);
    text = decoded.text;
  }
  const scanned = scanXml(text);
  if (!scanned.ok) {
    const p = positionAt(scanned.lineStarts, scanned.offset);
    return fatal(p.line, p.column, scanned.finding);
  }
  // A second opinion on well-formedness from fast-xml-parser's validator;
  // our scanner is stricter, so this only speaks if the scanner missed something.
  const second = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (second !== true) {
    return fatal(second.err.line, second.err.col || 1, lintMessage('xml.malformed', { detail: second.err.msg }));
  }
  const document = scanned.document;
  if (document.root.name !== 'Information') {
    const p = positionAt(document.lineStarts, document.root.offset);
    return fatal(p.line, p.column, lintMessage('xml.wrongRoot', { found: document.root.name }));
  }
  const template: Template = { document, information: new Information(document, document.root) };
  const diagnostics = options.validate === false ? [] : validateTemplate(template, options.checkers ?? defaultCheckers);
  return { template, diagnostics };
}

/** The template as XML text: the original bytes, with only the edited pieces changed. */
export function serializeTemplate(template: Template): string {
  return serializeXml(template.document);
}
