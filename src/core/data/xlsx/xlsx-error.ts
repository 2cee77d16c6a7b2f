// Why an .xlsx file could not be read at all (problems of single cells are RowProblems instead).
// The message says what the user can do about it, in both shipped languages.
import type { DataMessage } from '../types.ts';

export type XlsxErrorCode =
  | 'not-xlsx' // not a zip, or a zip without a workbook
  | 'legacy-or-encrypted' // an old binary .xls, or a password-protected workbook (both are OLE files)
  | 'corrupt' // a part is missing or malformed
  | 'too-large' // a part would not fit in memory as text
  | 'no-such-sheet';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly userMessage: DataMessage,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
    this.name = 'XlsxError';
  }
}

export function notXlsxError(cause?: unknown): XlsxError {
  return new XlsxError('not-xlsx', {
    en: 'This file is not an Excel workbook (.xlsx). Save it from the spreadsheet program as "Excel Workbook (*.xlsx)" or as CSV.',
    'zh-CN': '此文件不是 Excel 工作簿（.xlsx）。请在表格软件中另存为“Excel 工作簿 (*.xlsx)”或 CSV。',
  }, { cause });
}

export function legacyOrEncryptedError(): XlsxError {
  return new XlsxError('legacy-or-encrypted', {
    en: 'This is an old-format .xls file or a password-protected workbook. Open it in the spreadsheet program, remove the password if any, and save it as "Excel Workbook (*.xlsx)".',
    'zh-CN': '这是旧格式的 .xls 文件或设置了密码的工作簿。请在表格软件中打开，如有密码请先取消，然后另存为“Excel 工作簿 (*.xlsx)”。',
  });
}

export function corruptError(part: string, cause?: unknown): XlsxError {
  return new XlsxError('corrupt', {
    en: `The workbook is damaged (${part} is missing or unreadable). Open and save it again in the spreadsheet program.`,
    'zh-CN': `工作簿已损坏（${part} 缺失或无法读取）。请在表格软件中打开后重新保存。`,
  }, { cause });
}

export function tooLargeError(part: string): XlsxError {
  return new XlsxError('too-large', {
    en: `The sheet ${part} is too large to read in the browser. Split it into several files or save it as CSV.`,
    'zh-CN': `工作表 ${part} 太大，无法在浏览器中读取。请拆分成多个文件或另存为 CSV。`,
  });
}

export function noSuchSheetError(sheet: string | number, sheets: readonly string[]): XlsxError {
  const list = sheets.map((s) => `"${s}"`).join(', ');
  const listZh = sheets.map((s) => `“${s}”`).join('、');
  return new XlsxError('no-such-sheet', {
    en: `The workbook has no sheet ${typeof sheet === 'number' ? `number ${sheet + 1}` : `"${sheet}"`}; its sheets are ${list || '(none)'}.`,
    'zh-CN': `工作簿中没有${typeof sheet === 'number' ? `第 ${sheet + 1} 个工作表` : `工作表“${sheet}”`}；现有工作表：${listZh || '（无）'}。`,
  });
}
