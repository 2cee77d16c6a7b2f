// .xlsx reading and writing (SpreadsheetML, our own minimal reader and writer over fflate's zip).
// See README.md in this folder for what is read, what is written, and why.
export { readXlsx, listXlsxSheets } from './read-xlsx.ts';
export type { ReadXlsxOptions, XlsxSheet } from './read-xlsx.ts';
export type { CellValue } from './read-sheet.ts';
export { xlsxToRecords, cellText, rowTexts } from './xlsx-to-records.ts';
export type { XlsxRecords, XlsxToRecordsOptions } from './xlsx-to-records.ts';
export { writeXlsx, columnName, sheetNames } from './write-xlsx.ts';
export type { XlsxTable } from './write-xlsx.ts';
export { XlsxError } from './xlsx-error.ts';
export type { XlsxErrorCode } from './xlsx-error.ts';
export { RowRecordReader } from './row-records.ts';
export type { RowRecord, RowRecordsOptions } from './row-records.ts';
export { classifyFormatCode, builtInFormat, formatDateSerial, serialOfDate } from './number-formats.ts';
export type { DateFormat, NumberFormatKind } from './number-formats.ts';
