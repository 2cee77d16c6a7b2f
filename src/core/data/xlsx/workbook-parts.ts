// Readers of the small parts of a workbook: relationships, workbook.xml (sheet names, the 1904
// date system), sharedStrings.xml and the number formats of styles.xml. Namespaces are matched by
// local name only, so "transitional" and "strict" OOXML files read alike.
import { builtInFormat, classifyFormatCode } from './number-formats.ts';
import type { DateFormat } from './number-formats.ts';
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlTokenizer, decodeOoxmlEscapes } from './xml-tokenizer.ts';

export interface Relationship {
  id: string;
  /** The type's last path segment: 'worksheet', 'sharedStrings', 'styles', 'officeDocument', …. */
  type: string;
  target: string;
  external: boolean;
}

export function readRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  const tok = new XmlTokenizer(xml);
  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t !== XML_OPEN || tok.name !== 'Relationship') continue;
    const type = tok.attribute('Type') ?? '';
    out.push({
      id: tok.attribute('Id') ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      target: tok.attribute('Target') ?? '',
      external: tok.attribute('TargetMode') === 'External',
    });
  }
  return out;
}

export interface SheetEntry {
  name: string;
  /** The relationship id that leads to the sheet's part. */
  relationshipId: string;
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const tok = new XmlTokenizer(xml);
  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t !== XML_OPEN) continue;
    if (tok.name === 'workbookPr') {
      const value = tok.attribute('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (tok.name === 'sheet') {
      const state = tok.attribute('state');
      sheets.push({ name: tok.attribute('name') ?? '', relationshipId: tok.attribute('id') ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
    }
  }
  return { sheets, date1904 };
}

/**
 * The shared strings, in order. A string is the text of its <t> elements: one, or one per run of
 * rich text (<r><t>); phonetic guides (<rPh>, furigana over Japanese text) are not part of it.
 */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const tok = new XmlTokenizer(xml);
  let current: string | undefined;
  let inText = false;
  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t === XML_OPEN) {
      switch (tok.name) {
        case 'si':
          current = '';
          if (tok.selfClosing) out.push('');
          break;
        case 't':
          inText = !tok.selfClosing;
          break;
        case 'rPh':
          tok.skipElement();
          break;
      }
    } else if (t === XML_TEXT) {
      if (inText && current !== undefined) current += tok.text;
    } else if (t === XML_CLOSE) {
      if (tok.name === 't') inText = false;
      else if (tok.name === 'si' && current !== undefined) {
        out.push(decodeOoxmlEscapes(current));
        current = undefined;
      }
    }
  }
  return out;
}

/** The date format of each cell style (the index a cell's `s` attribute holds), from styles.xml. */
export function readCellFormats(xml: string): DateFormat[] {
  const custom = new Map<number, DateFormat>();
  const formats: DateFormat[] = [];
  const tok = new XmlTokenizer(xml);
  let inCellXfs = false;
  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t === XML_OPEN) {
      if (tok.name === 'numFmt') {
        const id = Number(tok.attribute('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, classifyFormatCode(tok.attribute('formatCode') ?? ''));
      } else if (tok.name === 'cellXfs') {
        inCellXfs = !tok.selfClosing;
      } else if (tok.name === 'xf' && inCellXfs) {
        const id = Number(tok.attribute('numFmtId') ?? '0');
        formats.push(custom.get(id) ?? builtInFormat(id));
        tok.skipElement();
      }
    } else if (t === XML_CLOSE && tok.name === 'cellXfs') {
      inCellXfs = false;
    }
  }
  return formats;
}
