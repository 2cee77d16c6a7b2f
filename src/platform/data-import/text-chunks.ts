// A file as a stream of decoded text: read in chunks with Blob.slice (so a 500 MB CSV never sits
// in memory whole) and decoded with a streaming TextDecoder, which keeps the bytes of a character
// cut by a chunk boundary (a GBK pair, a UTF-8 sequence, a UTF-16 unit) until the next chunk.
import { detectEncoding } from '../../core/data/decode-text.ts';
import type { TextEncodingName } from '../../core/data/index.ts';

/** How much of the file the encoding is detected from. */
export const DETECTION_BYTES = 64 * 1024;
/** Read beyond DETECTION_BYTES to finish a character the sample would cut. */
export const DETECTION_READ = DETECTION_BYTES + 3;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

export async function readBytes(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/**
 * The first DETECTION_BYTES of a file for detecting its encoding, cut at a character boundary:
 * when the cut falls inside what starts like a UTF-8 sequence, the sample is extended by the
 * sequence's remaining bytes (when `head` has them), so a GBK pair cut in half (D5|C5 looks like
 * a UTF-8 lead byte) still shows it is not UTF-8, and a UTF-8 character cut in half is not taken
 * for GBK. Without those bytes (the end of what was read), the cut sequence is left out.
 */
export function detectionSample(head: Uint8Array, wholeFile: boolean): Uint8Array {
  if (wholeFile && head.length <= DETECTION_BYTES) return head;
  const cut = Math.min(head.length, DETECTION_BYTES);
  for (let back = 1; back <= Math.min(4, cut); back++) {
    const b = head[cut - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    const end = cut - back + length;
    if (end <= cut) return head.subarray(0, cut);
    return end <= head.length ? head.subarray(0, end) : head.subarray(0, cut - back);
  }
  return head.subarray(0, cut);
}

/** The encoding of a file from its first bytes (`head`: DETECTION_BYTES and a few more), given or detected. */
export function chooseEncoding(head: Uint8Array, wholeFile: boolean, given?: TextEncodingName): TextEncodingName {
  if (given !== undefined) return given;
  return detectEncoding(detectionSample(head, wholeFile));
}

/** Bytes that are not valid in the encoding (they would become U+FFFD). */
export function isMalformed(bytes: Uint8Array, encoding: TextEncodingName, wholeFile: boolean): boolean {
  try {
    // stream: true leaves a cut multi-byte character at the end undecided instead of invalid.
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: !wholeFile });
    return false;
  } catch {
    return true;
  }
}

export interface TextChunk {
  text: string;
  /** Bytes read so far, this chunk included. */
  bytes: number;
  /** The last chunk (its text includes what the decoder held back). */
  last: boolean;
}

/**
 * The file's text chunk by chunk, without its byte order mark. TextDecoder removes a UTF-8 or
 * UTF-16 BOM itself; a GB18030 one decodes to U+FEFF and is removed here.
 */
export async function* readTextChunks(file: Blob, encoding: TextEncodingName, chunkSize: number, signal?: AbortSignal): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder(encoding);
  const size = file.size;
  let first = true;
  let offset = 0;
  do {
    signal?.throwIfAborted();
    const end = Math.min(size, offset + Math.max(1, chunkSize));
    const bytes = await readBytes(file, offset, end);
    offset = end;
    const last = offset >= size;
    let text = decoder.decode(bytes, { stream: !last });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text !== '' || last) first = false;
    yield { text, bytes: offset, last };
  } while (offset < size);
}
