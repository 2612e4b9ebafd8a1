import type { XmlDocument, XmlElement, XmlNode } from './cst';

function writeElement(element: XmlElement, out: string[]): void {
  out.push('<', element.name);
  for (const a of element.attributes) out.push(a.leading, a.name, a.equals, a.quote, a.raw, a.quote);
  out.push(element.tagTail);
  if (element.selfClosing) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of element.children) writeNode(child, out);
  out.push(element.closeTag);
}

function writeNode(node: XmlNode, out: string[]): void {
  if (node.kind === 'element') writeElement(node, out);
  else out.push(node.raw);
}

/** Joins the pieces back: an unedited document gives its source byte for byte. */
export function serializeXml(document: XmlDocument): string {
  const out: string[] = [];
  for (const node of document.prolog) out.push(node.raw);
  writeElement(document.root, out);
  for (const node of document.epilog) out.push(node.raw);
  return out.join('');
}
