// Edits on the concrete syntax tree. Each one touches only the pieces it
// must: setting an attribute to the value it already has changes nothing
// (not even how it was escaped), new children copy the indentation of their
// siblings, and removing a child takes its leading whitespace with it.
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlVerbatim } from './cst';
import { decodeText, escapeAttribute } from './references';

export function attributeOf(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}

export function attributeValue(element: XmlElement, name: string): string | undefined {
  const a = attributeOf(element, name);
  return a === undefined ? undefined : decodeText(a.raw);
}

/**
 * Sets (or with `undefined`, removes) an attribute. A no-op when the decoded
 * value is unchanged. A new attribute goes after `after` when that exists,
 * else last.
 */
export function setAttributeValue(element: XmlElement, name: string, value: string | undefined, after?: string): void {
  const index = element.attributes.findIndex((a) => a.name === name);
  const existing = element.attributes[index];
  if (value === undefined) {
    if (index !== -1) element.attributes.splice(index, 1);
    return;
  }
  if (existing) {
    if (decodeText(existing.raw) !== value) existing.raw = escapeAttribute(value, existing.quote);
    return;
  }
  const created: XmlAttribute = { name, leading: ' ', equals: '=', quote: '"', raw: escapeAttribute(value, '"'), offset: -1, valueOffset: -1 };
  const anchor = after === undefined ? -1 : element.attributes.findIndex((a) => a.name === after);
  if (anchor === -1) element.attributes.push(created);
  else element.attributes.splice(anchor + 1, 0, created);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.kind === 'element' && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

export function createElement(name: string, attributes: Readonly<Record<string, string | undefined>> = {}): XmlElement {
  const element: XmlElement = {
    kind: 'element',
    name,
    offset: -1,
    attributes: [],
    tagTail: '',
    selfClosing: true,
    children: [],
    closeTag: '',
    parent: undefined,
  };
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) setAttributeValue(element, key, value);
  return element;
}

const WHITESPACE = /^[ \t\r\n]*$/;

function isWhitespaceText(node: XmlNode | undefined): node is XmlVerbatim {
  return node !== undefined && node.kind === 'text' && WHITESPACE.test(node.raw);
}

function text(raw: string): XmlVerbatim {
  return { kind: 'text', raw, offset: -1 };
}

/** The indentation (spaces/tabs after the last newline) of the whitespace before `element`. */
function indentOf(element: XmlElement): string {
  const parent = element.parent;
  if (!parent) return '';
  const index = parent.children.indexOf(element);
  const before = parent.children[index - 1];
  if (!isWhitespaceText(before)) return '';
  const nl = Math.max(before.raw.lastIndexOf('\n'), before.raw.lastIndexOf('\r'));
  return nl === -1 ? '' : before.raw.slice(nl + 1);
}

function indentUnit(document: XmlDocument): string {
  const m = /\n([ \t]+)</.exec(document.source);
  const first = m?.[1] ?? '  ';
  return first.startsWith('\t') ? '\t' : first.length <= 4 ? first : '  ';
}

/** Appends `child` as the last element of `parent`, after `after` when given. */
export function insertChild(document: XmlDocument, parent: XmlElement, child: XmlElement, after?: XmlElement): void {
  child.parent = parent;
  const nl = document.newline;
  const parentIndent = indentOf(parent);
  if (parent.selfClosing || parent.children.every(isWhitespaceText)) {
    const childIndent = parentIndent + indentUnit(document);
    parent.selfClosing = false;
    parent.tagTail = '';
    if (parent.closeTag === '') parent.closeTag = `</${parent.name}>`;
    parent.children = [text(nl + childIndent), child, text(nl + parentIndent)];
    return;
  }
  const siblings = childElements(parent);
  const anchor = after ?? siblings[siblings.length - 1];
  const anchorIndex = anchor ? parent.children.indexOf(anchor) : -1;
  const before = anchor ? parent.children[anchorIndex - 1] : undefined;
  const lead = isWhitespaceText(before) ? before.raw : nl + parentIndent + indentUnit(document);
  parent.children.splice(anchorIndex + 1, 0, text(lead), child);
}

/** Removes `child` and the whitespace that led up to it. */
export function removeChild(child: XmlElement): void {
  const parent = child.parent;
  if (!parent) return;
  const index = parent.children.indexOf(child);
  if (index === -1) return;
  const start = isWhitespaceText(parent.children[index - 1]) ? index - 1 : index;
  parent.children.splice(start, index - start + 1);
  child.parent = undefined;
}

/** Ensures `parent` has a child element `name`, creating it (after `after` when given) if needed. */
export function ensureChild(document: XmlDocument, parent: XmlElement, name: string, after?: XmlElement): XmlElement {
  const existing = childElements(parent, name)[0];
  if (existing) return existing;
  const created = createElement(name);
  insertChild(document, parent, created, after);
  return created;
}
