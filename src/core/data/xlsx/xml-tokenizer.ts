// A small pull tokenizer for the XML parts of an .xlsx file. DOMParser is not available in Web
// Workers or Node, and a worksheet of 100,000 rows is tens of megabytes of XML, so this reads the
// text in place with indexOf/charCodeAt and builds strings only for what the caller asks for
// (tag names always, attributes and text on request).
//
// It is not a validating parser: it accepts the well-formed XML spreadsheet programs write and
// skips what the reader never needs (comments, processing instructions, the DOCTYPE). Entities are
// the five predefined ones and character references; a DOCTYPE's own entities are never expanded,
// so "billion laughs" and external entities cannot do anything.

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlToken = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;
const COLON = 58;
const EQUALS = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export class XmlTokenizer {
  /** Local name (namespace prefix removed) of the current start or end tag. */
  name = '';
  /** The current start tag ends with "/>": no end tag follows. */
  selfClosing = false;
  private pos = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;
  private valueFrom = 0;
  private valueTo = 0;

  constructor(private readonly xml: string) {}

  next(): XmlToken {
    const xml = this.xml;
    for (;;) {
      const pos = this.pos;
      if (pos >= xml.length) return XML_END;
      if (xml.charCodeAt(pos) !== LT) {
        const lt = xml.indexOf('<', pos);
        this.pos = lt < 0 ? xml.length : lt;
        this.setText(pos, this.pos, false);
        return XML_TEXT;
      }
      const c1 = xml.charCodeAt(pos + 1);
      if (c1 === SLASH) {
        const gt = this.indexOrEnd('>', pos + 2);
        this.name = localName(xml.slice(pos + 2, gt).trim());
        this.pos = gt + 1;
        return XML_CLOSE;
      }
      if (c1 === QUESTION) {
        this.pos = this.indexOrEnd('?>', pos + 2) + 2;
        continue;
      }
      if (c1 === BANG) {
        if (xml.startsWith('<!--', pos)) {
          this.pos = this.indexOrEnd('-->', pos + 4) + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', pos)) {
          const end = this.indexOrEnd(']]>', pos + 9);
          this.setText(pos + 9, end, true);
          this.pos = end + 3;
          return XML_TEXT;
        }
        this.pos = this.skipDeclaration(pos + 2);
        continue;
      }
      return this.readStartTag(pos);
    }
  }

  /** The value of the current start tag's attribute with this local name (any prefix), entities decoded. */
  attribute(local: string): string | undefined {
    return this.locate(local) ? decodeXmlText(this.xml.slice(this.valueFrom, this.valueTo)) : undefined;
  }

  has(local: string): boolean {
    return this.locate(local);
  }

  /** The zero-based column of a cell reference attribute ("AB12" → 27) read in place; -1 when absent or without letters. */
  columnAttribute(local: string): number {
    if (!this.locate(local)) return -1;
    let col = 0;
    let i = this.valueFrom;
    for (; i < this.valueTo; i++) {
      const c = this.xml.charCodeAt(i) | 0x20; // lower case
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    return i === this.valueFrom ? -1 : col - 1;
  }

  /** A non-negative integer attribute read in place; `fallback` when absent, -1 when not digits. */
  integerAttribute(local: string, fallback: number): number {
    if (!this.locate(local)) return fallback;
    let n = 0;
    for (let i = this.valueFrom; i < this.valueTo; i++) {
      const d = this.xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return this.valueTo > this.valueFrom ? n : -1;
  }

  /** Finds an attribute of the current start tag by local name and sets valueFrom/valueTo. */
  private locate(local: string): boolean {
    const xml = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end && xml.charCodeAt(i) !== EQUALS && !isSpace(xml.charCodeAt(i))) i++;
      const nameEnd = i;
      while (i < end && xml.charCodeAt(i) !== QUOTE && xml.charCodeAt(i) !== APOSTROPHE) i++;
      if (i >= end) return false;
      const valueStart = i + 1;
      i = xml.indexOf(xml.charCodeAt(i) === QUOTE ? '"' : "'", valueStart);
      if (i < 0 || i > end) return false;
      if (nameEnd > nameStart && matchesLocalName(xml, nameStart, nameEnd, local)) {
        this.valueFrom = valueStart;
        this.valueTo = i;
        return true;
      }
      i++;
    }
    return false;
  }

  /** The current text (character data between tags, or a CDATA section), entities decoded. */
  get text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    return this.cdata ? normalizeLineBreaks(raw) : decodeXmlText(raw);
  }

  /** Skips to the end tag matching the current start tag (for elements the reader ignores). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    for (;;) {
      const token = this.next();
      if (token === XML_END) return;
      if (token === XML_OPEN && !this.selfClosing) depth++;
      else if (token === XML_CLOSE && --depth === 0) return;
    }
  }

  private setText(from: number, to: number, cdata: boolean): void {
    this.textFrom = from;
    this.textTo = to;
    this.cdata = cdata;
  }

  private indexOrEnd(search: string, from: number): number {
    const i = this.xml.indexOf(search, from);
    return i < 0 ? this.xml.length : i;
  }

  /** Past a <!DOCTYPE …> (with an optional [internal subset]) or another <!…> declaration. */
  private skipDeclaration(from: number): number {
    const xml = this.xml;
    let depth = 0;
    for (let i = from; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 91) depth++; // [
      else if (c === 93) depth--; // ]
      else if (c === GT && depth <= 0) return i + 1;
    }
    return xml.length;
  }

  private readStartTag(pos: number): XmlToken {
    const xml = this.xml;
    let i = pos + 1;
    while (i < xml.length) {
      const c = xml.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    this.name = localName(xml.slice(pos + 1, i));
    this.attrFrom = i;
    // Attribute values may contain ">" unescaped, so the tag ends at the first ">" outside quotes.
    let quote = 0;
    for (; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) {
        quote = c;
      } else if (c === GT) {
        break;
      }
    }
    this.selfClosing = xml.charCodeAt(i - 1) === SLASH;
    this.attrTo = this.selfClosing ? i - 1 : i;
    this.pos = i + 1;
    return XML_OPEN;
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function matchesLocalName(xml: string, from: number, to: number, local: string): boolean {
  const length = to - from;
  if (length === local.length) return xml.startsWith(local, from);
  return length > local.length && xml.charCodeAt(to - local.length - 1) === COLON && xml.startsWith(local, to - local.length);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML requires CRLF and lone CR to read as LF (a CR in cell text is written as _x000D_). */
function normalizeLineBreaks(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** Decodes the predefined entities and character references; unknown entities stay as written. */
export function decodeXmlText(raw: string): string {
  const text = normalizeLineBreaks(raw);
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return NAMED_ENTITIES[body] ?? whole;
    const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Decodes the `_xHHHH_` escapes of OOXML strings (ECMA-376 ST_Xstring): Excel writes characters
 * XML cannot carry (CR, other control characters) that way, and `_x005F_` for an underscore that
 * would otherwise start an escape.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content: `&`, `<`, `>` escaped. */
export function escapeXmlText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** An attribute value in double quotes. */
export function escapeXmlAttribute(text: string): string {
  return /[&<>"\r\n\t]/.test(text)
    ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
      .replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
    : text;
}

/**
 * Cell text as OOXML wants it: characters XML 1.0 cannot hold (control characters other than tab
 * and LF, CR which XML would turn into LF, lone surrogates, U+FFFE/U+FFFF) become `_xHHHH_`, and
 * an underscore that would read as the start of such an escape becomes `_x005F_`. The exact
 * inverse of decodeOoxmlEscapes.
 */
export function encodeOoxmlEscapes(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i] as string;
        out += text[i + 1] as string;
        i++;
        continue;
      }
    }
    if ((c < 0x20 && c !== 9 && c !== 10) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      out += `_x${c.toString(16).toUpperCase().padStart(4, '0')}_`;
    } else if (c === 95 && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) {
      out += '_x005F_';
    } else {
      out += text[i] as string;
    }
  }
  return out;
}
