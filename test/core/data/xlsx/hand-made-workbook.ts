// A workbook assembled from XML strings, with what files saved by Excel and WPS contain and our
// writer never produces: rich-text runs and phonetic guides in shared strings, inline strings,
// _xHHHH_ escapes, entities, built-in and custom date formats (a Chinese one among them), an
// elapsed-time format, gaps in row and cell references, cells without references, formulas with
// cached results, an error value, a hidden first sheet, namespace prefixes, an absolute target.
import { zipSync, strToU8 } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function zipParts(parts: Record<string, string>): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])), { mtime: new Date(1980, 0, 1) });
}

/** The minimal package around some sheets (given as sheetData inner XML) and optional parts. */
export function minimalWorkbook(sheets: { name: string; data: string; hidden?: boolean }[], extra: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): Uint8Array<ArrayBuffer> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${extra.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}`
      + (extra.sharedStrings ? `<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '')
      + (extra.styles ? `<Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>` : '') + '</Relationships>',
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${s.data}</sheetData></worksheet>`;
  });
  if (extra.sharedStrings) parts['xl/sharedStrings.xml'] = `${DECL}<sst xmlns="${MAIN}">${extra.sharedStrings}</sst>`;
  if (extra.styles) parts['xl/styles.xml'] = `${DECL}<styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`;
  return zipParts(parts);
}

const SHARED_STRINGS = [
  '<si><t>name</t></si>', '<si><t>score</t></si>', '<si><t>passed</t></si>', '<si><t>day</t></si>',
  '<si><t>time</t></si>', '<si><t>note</t></si>',
  // 6: rich text in two runs
  '<si><r><rPr><b/><sz val="11"/><rFont val="等线"/></rPr><t>张</t></r><r><rPr><sz val="11"/></rPr><t>三</t></r></si>',
  // 7: a phonetic guide, which is not part of the text
  '<si><t>李四</t><rPh sb="0" eb="2"><t>リシ</t></rPh><phoneticPr fontId="1"/></si>',
  // 8: a CR written as an escape, an LF as is
  '<si><t xml:space="preserve">line1_x000D_\nline2</t></si>',
  // 9: entities and character references
  '<si><t>a &amp; b &lt;c&gt; &#x4E2D;&#25991;</t></si>',
  // 10: an escaped underscore: the text is a literal _x000D_
  '<si><t>_x005F_x000D_ literal</t></si>',
  '<si><t>when</t></si>',
];

const STYLES = '<numFmts count="4">'
  + '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
  + '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/>'
  + '<numFmt numFmtId="167" formatCode="[Red]#,##0.00_ ;\\-#,##0.00\\ "/>'
  + '<numFmt numFmtId="168" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>'
  + '</numFmts>'
  + '<fonts count="1"><font><sz val="11"/></font></fonts>'
  // The cell-style (not cell) formats must not be taken for cell formats.
  + '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/></cellStyleXfs>'
  + '<cellXfs count="9">'
  + '<xf numFmtId="0" fontId="0" xfId="0"/>' // 0 General
  + '<xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/>' // 1 built-in date
  + '<xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/>' // 2 Chinese custom date
  + '<xf numFmtId="20" fontId="0" xfId="0" applyNumberFormat="1"/>' // 3 h:mm
  + '<xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="1"/>' // 4 [h]:mm:ss
  + '<xf numFmtId="10" fontId="0" xfId="0" applyNumberFormat="1"/>' // 5 0.00%
  + '<xf numFmtId="167" fontId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf>' // 6 red number
  + '<xf numFmtId="168" fontId="0" xfId="0" applyNumberFormat="1"/>' // 7 date and time
  + '<xf numFmtId="31" fontId="0" xfId="0" applyNumberFormat="1"/>' // 8 built-in Chinese date
  + '</cellXfs>';

// The data sheet uses an "x:" prefix (as some generators do) and leaves row 3 out.
const DATA_SHEET = `${DECL}<!-- written by hand --><x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:dimension ref="A1:H6"/><x:sheetData>`
  + '<x:row r="1" spans="1:7"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c>'
  + '<x:c r="D1" t="s"><x:v>3</x:v></x:c><x:c r="E1" t="s"><x:v>4</x:v></x:c><x:c r="F1" t="s"><x:v>5</x:v></x:c><x:c r="G1" t="s"><x:v>11</x:v></x:c></x:row>'
  + '<x:row r="2"><x:c r="A2" t="s"><x:v>6</x:v></x:c><x:c r="B2"><x:v>95.5</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c>'
  + '<x:c r="D2" s="1"><x:v>45356</x:v></x:c><x:c r="E2" s="3"><x:v>0.39618055555555554</x:v></x:c>'
  + '<x:c r="F2" t="s"><x:v>8</x:v></x:c><x:c r="G2" s="7"><x:v>45356.5</x:v></x:c></x:row>'
  + '<x:row r="4"><x:c r="A4" t="s"><x:v>7</x:v></x:c><x:c r="B4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="C4" t="b"><x:v>0</x:v></x:c>'
  + '<x:c r="D4" s="2"><x:v>45292</x:v></x:c><x:c r="E4" s="3"><x:v>0.5</x:v></x:c>'
  + '<x:c r="F4" t="inlineStr"><x:is><x:t>inline _x000D_ text</x:t></x:is></x:c><x:c r="G4" s="7"/></x:row>'
  // Cells without references follow one another.
  + '<x:row r="5"><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c s="5"><x:v>0.95</x:v></x:c>'
  + '<x:c r="E5" s="4"><x:v>1.5</x:v></x:c><x:c r="F5" t="s"><x:v>9</x:v></x:c><x:c r="G5" s="8"><x:v>45356</x:v></x:c></x:row>'
  + '<x:row r="6"><x:c r="A6" t="s"><x:v>10</x:v></x:c><x:c r="B6" s="6"><x:v>-1234.5</x:v></x:c><x:c r="D6" s="1"><x:v>61</x:v></x:c>'
  + '<x:c r="H6"><x:v>7</x:v></x:c></x:row>'
  + '</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>';

/** What the data sheet holds (row i = spreadsheet row i + 1). */
export const HAND_MADE_ROWS = [
  ['name', 'score', 'passed', 'day', 'time', 'note', 'when'],
  ['张三', 95.5, true, '2024-03-05', '09:30:30', 'line1\r\nline2', '2024-03-05T12:00'],
  [],
  ['李四', '#DIV/0!', false, '2024-01-01', '12:00', 'inline \r text'],
  ['ab', 0.95, null, null, '36:00:00', 'a & b <c> 中文', '2024-03-05'],
  ['_x000D_ literal', -1234.5, null, '1900-03-01', null, null, null, 7],
];

export function handMadeWorkbook(): Uint8Array<ArrayBuffer> {
  return zipParts({
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="xl"/><workbookPr defaultThemeVersion="166925"/>`
      + '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'
      + '<sheet name="隐藏" sheetId="3" state="hidden" r:id="rId3"/>'
      + '<sheet name="Data &amp; more" sheetId="1" r:id="rId1"/>'
      + '<sheet name="Other" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>',
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG}">`
      + `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
      + `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>`
      + `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/>`
      + `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      + `<Relationship Id="rId6" Type="${REL}/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>secret</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': DATA_SHEET,
    'xl/worksheets/sheet3.xml': `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row></sheetData></worksheet>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}">${STYLES}</styleSheet>`,
    'xl/sharedStrings.xml': `${DECL}<sst xmlns="${MAIN}" count="12" uniqueCount="12">${SHARED_STRINGS.join('')}</sst>`,
  });
}
