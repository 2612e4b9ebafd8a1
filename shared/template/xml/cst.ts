// The concrete syntax tree of a template file. Every byte of the input lives
// in exactly one node piece, so joining the pieces gives the file back; edits
// replace pieces. That is how hand-made extended configurations (unknown
// elements, attributes, comments, spacing) survive a load/edit/save.

export interface XmlAttribute {
  readonly name: string;
  /** Whitespace before the name, as written. */
  leading: string;
  /** Text between the name and the opening quote, e.g. `=` or ` = `. */
  equals: string;
  quote: '"' | "'";
  /** The value as written between the quotes (entities not expanded). */
  raw: string;
  /** Offset of the attribute name in the source text; -1 for attributes added by an edit. */
  readonly offset: number;
  /** Offset of the first character after the opening quote; -1 when added by an edit. */
  readonly valueOffset: number;
}

export interface XmlElement {
  readonly kind: 'element';
  readonly name: string;
  /** Offset of `<` in the source text; -1 for elements added by an edit. */
  readonly offset: number;
  attributes: XmlAttribute[];
  /** Whitespace between the last attribute and `>` or `/>`. */
  tagTail: string;
  selfClosing: boolean;
  children: XmlNode[];
  /** The end tag as written (`</Name >`); empty when self-closing. */
  closeTag: string;
  parent: XmlElement | undefined;
}

/** Text, comments, CDATA sections, processing instructions and the XML declaration, kept verbatim. */
export interface XmlVerbatim {
  readonly kind: 'text' | 'comment' | 'cdata' | 'pi' | 'declaration' | 'bom';
  raw: string;
  readonly offset: number;
}

export type XmlNode = XmlElement | XmlVerbatim;

export interface XmlDocument {
  /** The text the document was parsed from (after UTF-8 decoding). */
  readonly source: string;
  /** Everything before the root element: BOM, declaration, comments, whitespace. */
  prolog: XmlVerbatim[];
  root: XmlElement;
  /** Everything after the root element. */
  epilog: XmlVerbatim[];
  /** Offsets where each line of `source` starts, for line/column lookups. */
  readonly lineStarts: readonly number[];
  /** `\r\n` when the source used it, so inserted lines match. */
  readonly newline: string;
}
