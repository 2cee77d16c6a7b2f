// The parts (files) of an .xlsx package, inflated on demand: a workbook often holds several large
// sheets, pictures and pivot caches, and only the chosen sheet and a few small parts are needed.
import { unzipSync } from 'fflate';
import { legacyOrEncryptedError, notXlsxError, tooLargeError } from './xlsx-error.ts';

/**
 * Larger parts cannot become one JavaScript string (V8's limit is about 2^29 UTF-16 units); a
 * sheet this big is far beyond what the browser store is meant for anyway.
 */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

const UTF8 = new TextDecoder('utf-8');

export class ZipParts {
  /** Lower-case name → name as stored: producers disagree on the case of part names. */
  private readonly names = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array) {
    const signature = bytes.length >= 4 ? ((bytes[0] as number) << 24 | (bytes[1] as number) << 16 | (bytes[2] as number) << 8 | (bytes[3] as number)) >>> 0 : 0;
    if (signature === 0xd0cf11e0) throw legacyOrEncryptedError();
    if (signature !== 0x504b0304 && signature !== 0x504b0506) throw notXlsxError();
    try {
      // Listing only: the filter sees every entry and inflates none.
      unzipSync(bytes, { filter: (file) => { this.names.set(file.name.toLowerCase(), file.name); return false; } });
    } catch (error) {
      throw notXlsxError(error);
    }
  }

  has(path: string): boolean {
    return this.names.has(path.toLowerCase());
  }

  /** The parts' text (UTF-8, or UTF-16 with a byte order mark); absent parts are missing from the map. */
  readText(paths: readonly string[]): Map<string, string> {
    const wanted = new Map<string, string>();
    for (const path of paths) {
      const stored = this.names.get(path.toLowerCase());
      if (stored !== undefined) wanted.set(stored, path);
    }
    const out = new Map<string, string>();
    if (wanted.size === 0) return out;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, {
        filter: (file) => {
          if (!wanted.has(file.name)) return false;
          if (file.originalSize > MAX_PART_BYTES) throw tooLargeError(wanted.get(file.name) ?? file.name);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'XlsxError') throw error;
      throw notXlsxError(error);
    }
    for (const [stored, path] of wanted) {
      const data = files[stored];
      if (data !== undefined) out.set(path, decodePart(data));
    }
    return out;
  }
}

function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return UTF8.decode(data); // removes a UTF-8 byte order mark
}

/** Resolves a relationship target against the folder of the part that declares it ("/x" is from the package root). */
export function resolvePartPath(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}
