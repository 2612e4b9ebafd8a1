// A small, iterative XML scanner that keeps every piece of the source (see
// cst.ts). It accepts the XML that templates need and rejects, with the
// offset and the cause, anything outside it: DTDs, unknown entities, bare
// '&', deep nesting, too many elements. No recursion, so no input can
// overflow the stack; every loop advances, so no input can hang it.
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlVerbatim } from './cst';
import { MAX_ATTRIBUTES_PER_ELEMENT, MAX_DEPTH, MAX_ELEMENTS, MAX_NAME_LENGTH } from './limits';
import { positionAt, lineStartsOf } from './position';
import { checkReferences } from './references';
import type { ReferenceProblem } from './references';
import { lintMessage, renderLint } from '../../i18n/lint';
import type { LintCode, LintMessage } from '../../i18n/lint';
import type { MessageParams } from '../../i18n/messages';

export type ScanResult =
  | { readonly ok: true; readonly document: XmlDocument; readonly version: '1.0' | '1.1' | undefined }
  | { readonly ok: false; readonly offset: number; readonly message: string; readonly finding: LintMessage; readonly lineStarts: readonly number[] };

/** Why the text is not a template's XML: a linter code (so it reads in any language) and its English message. */
class ScanError {
  readonly finding: LintMessage;
  readonly message: string;
  constructor(
    readonly offset: number,
    code: LintCode,
    params: MessageParams = {},
  ) {
    this.finding = lintMessage(code, params);
    this.message = renderLint(this.finding, 'en');
  }
}

/** A reference problem (references.ts) as a finding, inside text or inside an attribute's value. */
function referenceError(offset: number, problem: ReferenceProblem, attribute?: string): ScanError {
  const code = attribute === undefined ? problem.code : (`xml.attribute.${problem.code.slice('xml.'.length)}` as LintCode);
  return new ScanError(offset, code, { ...problem.params, ...(attribute === undefined ? {} : { attribute }) });
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
const EQUALS = /[ \t\r\n]*=[ \t\r\n]*/y;
const DECLARATION =
  /^<\?xml(?:[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])([^"']*)\1)?(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([^"']*)\3)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])([^"']*)\5)?[ \t\r\n]*\?>$/;

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function describe(c: string | undefined): string {
  if (c === undefined) return 'end of file';
  if (c === '\n' || c === '\r') return 'end of line';
  return `'${c}'`;
}

/** Rejects characters XML forbids anywhere (NUL, most C0 controls, U+FFFE/U+FFFF, lone surrogates). */
function checkCharacters(text: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c === 9 || c === 10 || c === 13) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      throw new ScanError(i, 'xml.unpairedSurrogate');
    }
    if (c >= 0xdc00 && c <= 0xdfff) throw new ScanError(i, 'xml.unpairedSurrogate');
    if (c === 0xfffe || c === 0xffff) throw new ScanError(i, 'xml.charNotAllowed', { code: c.toString(16).toUpperCase() });
    if (c >= 0xe000) continue;
    throw new ScanError(i, 'xml.controlChar', { code: c.toString(16).toUpperCase().padStart(4, '0') });
  }
}

export function scanXml(source: string): ScanResult {
  const lineStarts = lineStartsOf(source);
  try {
    return scan(source, lineStarts);
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, offset: error.offset, message: error.message, finding: error.finding, lineStarts };
    throw error;
  }
}

function scan(source: string, lineStarts: readonly number[]): ScanResult {
  checkCharacters(source);
  const n = source.length;
  const prolog: XmlVerbatim[] = [];
  const epilog: XmlVerbatim[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  let version: '1.0' | '1.1' | undefined;
  let i = 0;
  if (source.charCodeAt(0) === 0xfeff) {
    prolog.push({ kind: 'bom', raw: '\uFEFF', offset: 0 });
    i = 1;
  }
  const firstMarkup = i;
  const where = (offset: number): { line: number; column: number } => positionAt(lineStarts, offset);
  const place = (node: XmlNode): void => {
    const top = stack[stack.length - 1];
    if (top) {
      top.children.push(node);
      if (node.kind === 'element') node.parent = top;
    } else if (node.kind === 'element') {
      root = node;
    } else (root ? epilog : prolog).push(node);
  };

  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt !== i) {
      const end = lt === -1 ? n : lt;
      const raw = source.slice(i, end);
      if (stack.length === 0) {
        const stray = raw.search(/[^ \t\r\n]/);
        if (stray !== -1) throw new ScanError(i + stray, root ? 'xml.textAfterRoot' : 'xml.textBeforeRoot');
      } else {
        const problem = checkReferences(raw, version === '1.1');
        if (problem) throw referenceError(i + problem.index, problem);
        const cdataEnd = raw.indexOf(']]>');
        if (cdataEnd !== -1) throw new ScanError(i + cdataEnd, 'xml.cdataEndInText');
      }
      place({ kind: 'text', raw, offset: i });
      i = end;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) throw new ScanError(i, 'xml.commentUnclosed');
      const dashes = source.indexOf('--', i + 4);
      if (dashes < end) throw new ScanError(dashes, 'xml.doubleDashInComment');
      place({ kind: 'comment', raw: source.slice(i, end + 3), offset: i });
      i = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw new ScanError(i, 'xml.cdataOutsideRoot');
      const end = source.indexOf(']]>', i + 9);
      if (end === -1) throw new ScanError(i, 'xml.cdataUnclosed');
      place({ kind: 'cdata', raw: source.slice(i, end + 3), offset: i });
      i = end + 3;
      continue;
    }
    if (source.startsWith('<!', i)) {
      if (/^<!DOCTYPE/i.test(source.slice(i, i + 9))) {
        throw new ScanError(i, 'xml.doctype');
      }
      throw new ScanError(i, 'xml.unexpectedDeclaration', { found: source.slice(i, i + 12).split(/[\r\n]/)[0] ?? '' });
    }
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end === -1) throw new ScanError(i, 'xml.piUnclosed');
      const raw = source.slice(i, end + 2);
      const target = matchAt(NAME, source, i + 2);
      if (target === undefined) throw new ScanError(i, 'xml.piNoName');
      if (target.toLowerCase() === 'xml') {
        if (i !== firstMarkup) throw new ScanError(i, 'xml.declarationNotFirst');
        const m = DECLARATION.exec(raw);
        if (!m) throw new ScanError(i, 'xml.badDeclaration');
        const v = m[2];
        if (v === undefined) throw new ScanError(i, 'xml.noVersion');
        if (v !== '1.0' && v !== '1.1') throw new ScanError(i, 'xml.badVersion', { version: v });
        version = v;
        const encoding = m[4];
        if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
          throw new ScanError(i, 'xml.badEncoding', { encoding });
        }
        prolog.push({ kind: 'declaration', raw, offset: i });
      } else {
        place({ kind: 'pi', raw, offset: i });
      }
      i = end + 2;
      continue;
    }
    if (source.startsWith('</', i)) {
      const name = matchAt(NAME, source, i + 2);
      if (name === undefined) throw new ScanError(i, 'xml.endTagNoName');
      let p = i + 2 + name.length;
      p += (matchAt(SPACE, source, p) ?? '').length;
      if (source[p] !== '>') throw new ScanError(p, 'xml.endTagUnclosed', { name, found: describe(source[p]) });
      const top = stack.pop();
      if (!top) throw new ScanError(i, 'xml.endTagUnmatched', { name });
      if (top.name !== name) {
        throw new ScanError(i, 'xml.endTagMismatch', { expected: top.name, ...where(top.offset), name });
      }
      top.closeTag = source.slice(i, p + 1);
      i = p + 1;
      continue;
    }
    i = scanStartTag(source, i, stack.length, root !== undefined && stack.length === 0, version === '1.1', (element) => {
      elements++;
      if (elements > MAX_ELEMENTS) throw new ScanError(element.offset, 'xml.tooManyElements', { max: MAX_ELEMENTS });
      place(element);
      if (!element.selfClosing) stack.push(element);
    });
  }
  const open = stack[stack.length - 1];
  if (open) throw new ScanError(open.offset, 'xml.neverClosed', { name: open.name });
  if (!root) throw new ScanError(n, 'xml.noRoot');
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  return { ok: true, version, document: { source, prolog, root, epilog, lineStarts, newline } };
}

function scanStartTag(
  source: string,
  at: number,
  depth: number,
  secondRoot: boolean,
  version11: boolean,
  emit: (element: XmlElement) => void,
): number {
  const name = matchAt(NAME, source, at + 1);
  if (name === undefined) throw new ScanError(at, 'xml.bareLt');
  if (name.length > MAX_NAME_LENGTH) throw new ScanError(at, 'xml.elementNameTooLong', { max: MAX_NAME_LENGTH });
  if (secondRoot) throw new ScanError(at, 'xml.secondRoot', { name });
  if (depth >= MAX_DEPTH) throw new ScanError(at, 'xml.tooDeep', { max: MAX_DEPTH });
  const attributes: XmlAttribute[] = [];
  let p = at + 1 + name.length;
  for (;;) {
    const space = matchAt(SPACE, source, p) ?? '';
    const afterSpace = p + space.length;
    const c = source[afterSpace];
    if (c === '>' || (c === '/' && source[afterSpace + 1] === '>')) {
      const selfClosing = c === '/';
      emit({ kind: 'element', name, offset: at, attributes, tagTail: space, selfClosing, children: [], closeTag: '', parent: undefined });
      return afterSpace + (selfClosing ? 2 : 1);
    }
    if (c === undefined) throw new ScanError(at, 'xml.startTagUnclosed', { name });
    if (space.length === 0) {
      const quoteInside = source[p - 1] === '"' || source[p - 1] === "'";
      throw new ScanError(p, quoteInside ? 'xml.expectedTagEndQuote' : 'xml.expectedTagEnd', { name, found: describe(c) });
    }
    p = afterSpace;
    const attrName = matchAt(NAME, source, p);
    if (attrName === undefined) throw new ScanError(p, 'xml.expectedAttributeName', { name, found: describe(c) });
    if (attrName.length > MAX_NAME_LENGTH) throw new ScanError(p, 'xml.attributeNameTooLong', { max: MAX_NAME_LENGTH });
    const nameAt = p;
    p += attrName.length;
    const equals = matchAt(EQUALS, source, p);
    if (equals === undefined) throw new ScanError(p, 'xml.attributeNoEquals', { attribute: attrName, name });
    p += equals.length;
    const quote = source[p];
    if (quote !== '"' && quote !== "'") throw new ScanError(p, 'xml.attributeNoQuotes', { attribute: attrName, name });
    const end = source.indexOf(quote, p + 1);
    if (end === -1) throw new ScanError(p, 'xml.attributeUnclosed', { attribute: attrName, name, quote });
    const raw = source.slice(p + 1, end);
    const lt = raw.indexOf('<');
    if (lt !== -1) throw new ScanError(p + 1 + lt, 'xml.ltInAttribute', { attribute: attrName });
    const problem = checkReferences(raw, version11);
    if (problem) throw referenceError(p + 1 + problem.index, problem, attrName);
    if (attributes.some((a) => a.name === attrName)) throw new ScanError(nameAt, 'xml.attributeTwice', { attribute: attrName, name });
    if (attributes.length >= MAX_ATTRIBUTES_PER_ELEMENT) throw new ScanError(nameAt, 'xml.tooManyAttributes', { max: MAX_ATTRIBUTES_PER_ELEMENT, name });
    attributes.push({ name: attrName, leading: space, equals, quote, raw, offset: nameAt, valueOffset: p + 1 });
    p = end + 1;
  }
}
