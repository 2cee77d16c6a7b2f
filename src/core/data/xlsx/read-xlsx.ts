// Reads one sheet of an .xlsx workbook into rows of cell values. A minimal SpreadsheetML reader:
// cell values and the number formats that make numbers dates; no formulas (their cached results
// are read), merged cells, hidden rows or formatting. Runs in pages, workers and Node alike.
import { readSheetRows } from './read-sheet.ts';
import type { CellValue } from './read-sheet.ts';
import { readCellFormats, readRelationships, readSharedStrings, readWorkbook } from './workbook-parts.ts';
import type { WorkbookInfo } from './workbook-parts.ts';
import { corruptError, noSuchSheetError, notXlsxError } from './xlsx-error.ts';
import { ZipParts, resolvePartPath } from './zip-parts.ts';

export interface ReadXlsxOptions {
  /** The sheet to read, by name or zero-based position; default the first sheet that is not hidden. */
  sheet?: string | number;
  /** Read only spreadsheet rows 1…maxRows (a preview). */
  maxRows?: number;
}

export interface XlsxSheet {
  /** Every sheet's name, in workbook order (hidden ones included). */
  sheets: string[];
  /** The name of the sheet read. */
  sheet: string;
  /** Row i is spreadsheet row i + 1; cell j is column j + 1 (A = 0). Trailing empty cells are left out. */
  rows: CellValue[][];
}

function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The workbook part, as the package's root relationships name it (xl/workbook.xml in practice). */
function workbookPathOf(parts: ZipParts): string {
  const rootRels = parts.readText(['_rels/.rels']).get('_rels/.rels');
  const officeDocument = rootRels === undefined ? undefined : readRelationships(rootRels).find((r) => r.type === 'officeDocument');
  return officeDocument ? resolvePartPath('', officeDocument.target) : 'xl/workbook.xml';
}

function chooseSheet(info: WorkbookInfo, wanted: string | number | undefined): number {
  const names = info.sheets.map((s) => s.name);
  if (wanted === undefined) {
    const visible = info.sheets.findIndex((s) => !s.hidden);
    if (visible >= 0) return visible;
    if (info.sheets.length > 0) return 0;
    throw noSuchSheetError(0, names);
  }
  if (typeof wanted === 'number') {
    if (Number.isInteger(wanted) && wanted >= 0 && wanted < names.length) return wanted;
    throw noSuchSheetError(wanted, names);
  }
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  // Excel itself treats sheet names case-insensitively.
  const folded = names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
  if (folded >= 0) return folded;
  throw noSuchSheetError(wanted, names);
}

export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): XlsxSheet {
  const parts = new ZipParts(bytes);
  const workbookPath = workbookPathOf(parts);
  const workbookRelsPath = relationshipsPartOf(workbookPath);
  const first = parts.readText([workbookPath, workbookRelsPath]);
  const workbookXml = first.get(workbookPath);
  if (workbookXml === undefined) throw notXlsxError();
  const info = readWorkbook(workbookXml);
  const rels = readRelationships(first.get(workbookRelsPath) ?? '');
  const relPath = (type: string): string | undefined => {
    const rel = rels.find((r) => r.type === type && !r.external);
    return rel && resolvePartPath(workbookPath, rel.target);
  };

  const index = chooseSheet(info, options.sheet);
  const entry = info.sheets[index] as WorkbookInfo['sheets'][number];
  const sheetRel = rels.find((r) => r.id === entry.relationshipId);
  if (sheetRel === undefined) throw corruptError(`sheet "${entry.name}"`);
  const sheetPath = resolvePartPath(workbookPath, sheetRel.target);
  const sharedStringsPath = relPath('sharedStrings');
  const stylesPath = relPath('styles');
  const texts = parts.readText([sheetPath, ...(sharedStringsPath ? [sharedStringsPath] : []), ...(stylesPath ? [stylesPath] : [])]);
  const sheetXml = texts.get(sheetPath);
  if (sheetXml === undefined) throw corruptError(sheetPath);

  const sheets = info.sheets.map((s) => s.name);
  // A chart sheet has no cells.
  if (sheetRel.type !== 'worksheet') return { sheets, sheet: entry.name, rows: [] };
  const rows = readSheetRows(sheetXml, {
    sharedStrings: sharedStringsPath ? readSharedStrings(texts.get(sharedStringsPath) ?? '') : [],
    formats: stylesPath ? readCellFormats(texts.get(stylesPath) ?? '') : [],
    date1904: info.date1904,
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
    part: sheetPath,
  });
  return { sheets, sheet: entry.name, rows };
}

/** The names of a workbook's sheets, without reading any of them. */
export function listXlsxSheets(bytes: Uint8Array): string[] {
  const parts = new ZipParts(bytes);
  const workbookPath = workbookPathOf(parts);
  const workbookXml = parts.readText([workbookPath]).get(workbookPath);
  if (workbookXml === undefined) throw notXlsxError();
  return readWorkbook(workbookXml).sheets.map((s) => s.name);
}
