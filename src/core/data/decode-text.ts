// Turns the bytes of an uploaded file into text. Chinese spreadsheets (Excel and WPS in a Chinese
// locale) save CSV in GBK, which is a subset of GB18030, so a file that is not valid UTF-8 is
// read as GB18030. UTF-16 is recognised by its byte order mark only, which Excel always writes.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The bytes started with a byte order mark (removed from `text`). */
  bom: boolean;
  /** Some bytes were not valid in `encoding` and became U+FFFD; the file is probably in another encoding. */
  malformed: boolean;
}

const BOMS: ReadonlyArray<{ encoding: TextEncodingName; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
  // U+FEFF written in GB18030; rare, but unambiguous.
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function bomOf(bytes: Uint8Array): TextEncodingName | undefined {
  return BOMS.find((b) => startsWith(bytes, b.bytes))?.encoding;
}

/** Decodes strictly; undefined when the bytes are not valid in the encoding. */
function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The encoding of a file: its byte order mark, else UTF-8 when the bytes are valid UTF-8, else GB18030. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return bomOf(bytes) ?? (decodeStrict(bytes, 'utf-8') === undefined ? 'gb18030' : 'utf-8');
}

/** Decodes a file's bytes, detecting the encoding when none is given, and strips a byte order mark. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const chosen = encoding ?? bomOf(bytes);
  if (chosen === undefined) {
    // No BOM: the strict UTF-8 decoding the detection needs is the result, so big files are decoded once.
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false, malformed: false };
    return decodeWith(bytes, 'gb18030');
  }
  return decodeWith(bytes, chosen);
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const bomLength = BOMS.find((b) => b.encoding === encoding && startsWith(bytes, b.bytes))?.bytes.length ?? 0;
  const body = bytes.subarray(bomLength);
  const strict = decodeStrict(body, encoding);
  const text = strict ?? new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding, bom: bomLength > 0, malformed: strict === undefined };
}
