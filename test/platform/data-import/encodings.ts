// Bytes of test files in the encodings Chinese users' spreadsheets write. TextEncoder only writes
// UTF-8, so GBK comes from a small table of known pairs and UTF-16 is built by hand.

const GBK: Readonly<Record<string, readonly [number, number]>> = {
  张: [0xd5, 0xc5], 三: [0xc8, 0xfd], 李: [0xc0, 0xee], 四: [0xcb, 0xc4], 王: [0xcd, 0xf5], 五: [0xce, 0xe5],
  姓: [0xd0, 0xd5], 名: [0xc3, 0xfb], 分: [0xb7, 0xd6], 数: [0xca, 0xfd], 是: [0xca, 0xc7], 否: [0xb7, 0xf1],
};

export const GBK_CHARACTERS = Object.keys(GBK).join('');

export function gbk(text: string): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair) out.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no GBK bytes for ${ch} in the test table`);
  }
  return new Uint8Array(out);
}

export function utf16(text: string, bigEndian: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(bom ? `\ufeff${text}` : text);
}
