// Writes a zip file part by part with fflate's streaming deflate, so a large sheet's XML is
// compressed as it is produced and never exists as one huge string (100,000 rows × 20 columns
// is about 70 MB of XML; holding it, then its UTF-8 bytes, then compressing, costs seconds of GC).
import { Zip, ZipDeflate } from 'fflate';

/** 1980-01-01, the earliest zip time: a fixed timestamp keeps the output byte-for-byte stable. */
const ZIP_TIME = new Date(1980, 0, 1);
/** Text is encoded and compressed in pieces of about this many characters. */
const PIECE = 1 << 16;

export interface ZipPartWriter {
  write(text: string): void;
  close(): void;
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();

  constructor(private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9) {
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      this.chunks.push(data);
    });
  }

  /** Starts a part; parts are written one after another, each closed before the next starts. */
  part(name: string): ZipPartWriter {
    const file = new ZipDeflate(name, { level: this.level });
    file.mtime = ZIP_TIME;
    this.zip.add(file);
    let pending: string[] = [];
    let size = 0;
    const flush = (final: boolean): void => {
      file.push(this.encoder.encode(pending.join('')), final);
      pending = [];
      size = 0;
    };
    return {
      write: (text) => {
        pending.push(text);
        size += text.length;
        if (size >= PIECE) flush(false);
      },
      close: () => flush(true),
    };
  }

  /** A whole part at once. */
  add(name: string, text: string): void {
    const part = this.part(name);
    part.write(text);
    part.close();
  }

  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    let length = 0;
    for (const chunk of this.chunks) length += chunk.length;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}
