// A small, iterative XML scanner that keeps every piece of the source (see
// cst.ts). It accepts the XML that templates need and rejects, with the
// offset and the cause, anything outside it: DTDs, unknown entities, bare
// '&', deep nesting, too many elements. No recursion, so no input can
// overflow the stack; every loop advances, so no input can hang it.
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlVerbatim } from './cst';
import { MAX_ATTRIBUTES_PER_ELEMENT, MAX_DEPTH, MAX_ELEMENTS, MAX_NAME_LENGTH } from './limits';
import { positionAt, lineStartsOf } from './position';
import { checkReferences } from './references';

export type ScanResult =
  | { readonly ok: true; readonly document: XmlDocument; readonly version: '1.0' | '1.1' | undefined }
  | { readonly ok: false; readonly offset: number; readonly message: string; readonly lineStarts: readonly number[] };

class ScanError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
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
      throw new ScanError(i, 'unpaired surrogate (broken character)');
    }
    if (c >= 0xdc00 && c <= 0xdfff) throw new ScanError(i, 'unpaired surrogate (broken character)');
    if (c === 0xfffe || c === 0xffff) throw new ScanError(i, `character U+${c.toString(16).toUpperCase()} is not allowed in XML`);
    if (c >= 0xe000) continue;
    throw new ScanError(i, `control character U+${c.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  }
}

export function scanXml(source: string): ScanResult {
  const lineStarts = lineStartsOf(source);
  try {
    return scan(source, lineStarts);
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, offset: error.offset, message: error.message, lineStarts };
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
  const where = (offset: number): string => {
    const p = positionAt(lineStarts, offset);
    return `line ${p.line}, column ${p.column}`;
  };
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
        if (stray !== -1) throw new ScanError(i + stray, root ? 'text after the root element' : 'text before the root element');
      } else {
        const problem = checkReferences(raw, version === '1.1');
        if (problem) throw new ScanError(i + problem.index, problem.message);
        const cdataEnd = raw.indexOf(']]>');
        if (cdataEnd !== -1) throw new ScanError(i + cdataEnd, "']]>' is not allowed in text");
      }
      place({ kind: 'text', raw, offset: i });
      i = end;
      continue;
    }
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) throw new ScanError(i, "comment is never closed (missing '-->')");
      const dashes = source.indexOf('--', i + 4);
      if (dashes < end) throw new ScanError(dashes, "'--' is not allowed inside a comment");
      place({ kind: 'comment', raw: source.slice(i, end + 3), offset: i });
      i = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw new ScanError(i, 'CDATA section outside the root element');
      const end = source.indexOf(']]>', i + 9);
      if (end === -1) throw new ScanError(i, "CDATA section is never closed (missing ']]>')");
      place({ kind: 'cdata', raw: source.slice(i, end + 3), offset: i });
      i = end + 3;
      continue;
    }
    if (source.startsWith('<!', i)) {
      if (/^<!DOCTYPE/i.test(source.slice(i, i + 9))) {
        throw new ScanError(i, 'DOCTYPE is not allowed: templates may not declare a DTD or entities');
      }
      throw new ScanError(i, `unexpected markup declaration '${source.slice(i, i + 12).split(/[\r\n]/)[0] ?? ''}'`);
    }
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end === -1) throw new ScanError(i, "processing instruction is never closed (missing '?>')");
      const raw = source.slice(i, end + 2);
      const target = matchAt(NAME, source, i + 2);
      if (target === undefined) throw new ScanError(i, "'<?' must be followed by a name");
      if (target.toLowerCase() === 'xml') {
        if (i !== firstMarkup) throw new ScanError(i, 'the XML declaration must be the very first thing in the file');
        const m = DECLARATION.exec(raw);
        if (!m) throw new ScanError(i, 'malformed XML declaration: expected <?xml version="1.0" encoding="UTF-8"?>');
        const v = m[2];
        if (v === undefined) throw new ScanError(i, 'the XML declaration needs version="1.0" or version="1.1"');
        if (v !== '1.0' && v !== '1.1') throw new ScanError(i, `unsupported XML version "${v}": expected 1.0 or 1.1`);
        version = v;
        const encoding = m[4];
        if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
          throw new ScanError(i, `unsupported encoding "${encoding}": templates must be UTF-8`);
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
      if (name === undefined) throw new ScanError(i, "'</' must be followed by an element name");
      let p = i + 2 + name.length;
      p += (matchAt(SPACE, source, p) ?? '').length;
      if (source[p] !== '>') throw new ScanError(p, `end tag </${name}> must end with '>' but found ${describe(source[p])}`);
      const top = stack.pop();
      if (!top) throw new ScanError(i, `end tag </${name}> has no matching start tag`);
      if (top.name !== name) {
        throw new ScanError(i, `expected </${top.name}> (opened at ${where(top.offset)}) but found </${name}>`);
      }
      top.closeTag = source.slice(i, p + 1);
      i = p + 1;
      continue;
    }
    i = scanStartTag(source, i, stack.length, root !== undefined && stack.length === 0, version === '1.1', (element) => {
      elements++;
      if (elements > MAX_ELEMENTS) throw new ScanError(element.offset, `more than ${MAX_ELEMENTS} elements: a template is far smaller`);
      place(element);
      if (!element.selfClosing) stack.push(element);
    });
  }
  const open = stack[stack.length - 1];
  if (open) throw new ScanError(open.offset, `<${open.name}> is never closed (end of file reached)`);
  if (!root) throw new ScanError(n, 'no root element: expected <Information>');
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
  if (name === undefined) throw new ScanError(at, "'<' must start a tag; write a literal '<' as &lt;");
  if (name.length > MAX_NAME_LENGTH) throw new ScanError(at, `element name longer than ${MAX_NAME_LENGTH} characters`);
  if (secondRoot) throw new ScanError(at, `second root element <${name}>: a template has one root, <Information>`);
  if (depth >= MAX_DEPTH) throw new ScanError(at, `elements nest deeper than ${MAX_DEPTH} levels`);
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
    if (c === undefined) throw new ScanError(at, `start tag <${name}> is never closed (missing '>')`);
    if (space.length === 0) {
      const hint = source[p - 1] === '"' || source[p - 1] === "'" ? ` (a quote inside an attribute value must be written &quot; or &apos;)` : '';
      throw new ScanError(p, `expected whitespace, '>' or '/>' in <${name}> but found ${describe(c)}${hint}`);
    }
    p = afterSpace;
    const attrName = matchAt(NAME, source, p);
    if (attrName === undefined) throw new ScanError(p, `expected an attribute name in <${name}> but found ${describe(c)}`);
    if (attrName.length > MAX_NAME_LENGTH) throw new ScanError(p, `attribute name longer than ${MAX_NAME_LENGTH} characters`);
    const nameAt = p;
    p += attrName.length;
    const equals = matchAt(EQUALS, source, p);
    if (equals === undefined) throw new ScanError(p, `attribute ${attrName} in <${name}> needs '=' and a quoted value`);
    p += equals.length;
    const quote = source[p];
    if (quote !== '"' && quote !== "'") throw new ScanError(p, `the value of attribute ${attrName} in <${name}> must be in quotes`);
    const end = source.indexOf(quote, p + 1);
    if (end === -1) throw new ScanError(p, `the value of attribute ${attrName} in <${name}> is never closed (missing ${quote})`);
    const raw = source.slice(p + 1, end);
    const lt = raw.indexOf('<');
    if (lt !== -1) throw new ScanError(p + 1 + lt, `'<' is not allowed in attribute values (attribute ${attrName}); write &lt;`);
    const problem = checkReferences(raw, version11);
    if (problem) throw new ScanError(p + 1 + problem.index, `in attribute ${attrName}: ${problem.message}`);
    if (attributes.some((a) => a.name === attrName)) throw new ScanError(nameAt, `attribute ${attrName} appears twice in <${name}>`);
    if (attributes.length >= MAX_ATTRIBUTES_PER_ELEMENT) throw new ScanError(nameAt, `more than ${MAX_ATTRIBUTES_PER_ELEMENT} attributes in <${name}>`);
    attributes.push({ name: attrName, leading: space, equals, quote, raw, offset: nameAt, valueOffset: p + 1 });
    p = end + 1;
  }
}
