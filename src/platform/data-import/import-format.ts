// Which reader a file needs: the user's choice, else its name's extension, else its first bytes
// (a zip is an .xlsx, text starting with [ or { is JSON, anything else CSV).
import type { ImportFormat } from './import-types.ts';

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The format from the file name, or from the first bytes when the name does not tell. */
export function detectFormat(fileName: string, head: Uint8Array): ImportFormat {
  const known = BY_EXTENSION[extensionOf(fileName)];
  if (known !== undefined) return known;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return 'xlsx';
  // Skip a UTF-8 byte order mark and white space (UTF-16 text is left to the CSV reader).
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x5b || head[i] === 0x7b ? 'json' : 'csv';
}

/** The separator a file name implies (tab for .tsv and .tab), if any. */
export function delimiterOf(fileName: string): string | undefined {
  const ext = extensionOf(fileName);
  return ext === 'tsv' || ext === 'tab' ? '\t' : undefined;
}

/** The file's name: the option, the File's own name, or a neutral default. */
export function fileNameOf(file: Blob, given: string | undefined): string {
  if (given !== undefined && given !== '') return given;
  const name = (file as Partial<File>).name;
  return typeof name === 'string' && name !== '' ? name : 'data';
}
