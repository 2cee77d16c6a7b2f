// Decoding uploaded files: GBK/GB18030 from Chinese spreadsheets, UTF-8 with and without BOM,
// UTF-16 with BOM. The GBK bytes were produced by inverting the WHATWG gb18030 decoder (Node has
// no GBK encoder) and are checked here by decoding them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, parseCsv } from '../../../src/core/data/index.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url)));

/** "姓名,满意度\n张三,95\n" in GBK. */
const GBK_SAMPLE = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc2, 0xfa, 0xd2, 0xe2, 0xb6, 0xc8, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x39, 0x35, 0x0a]);

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  return Uint8Array.from(units.flatMap((u) => (littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('detectEncoding', () => {
  it('recognises byte order marks', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le');
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]))).toBe('utf-16be');
    expect(detectEncoding(Uint8Array.from([0x84, 0x31, 0x95, 0x33, 0x61]))).toBe('gb18030');
  });

  it('takes valid UTF-8 as UTF-8 (ASCII and empty files included)', () => {
    expect(detectEncoding(utf8('姓名,满意度\n张三,95\n'))).toBe('utf-8');
    expect(detectEncoding(utf8('name,score\n'))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array(0))).toBe('utf-8');
  });

  it('takes anything else as GB18030', () => {
    expect(detectEncoding(GBK_SAMPLE)).toBe('gb18030');
    expect(detectEncoding(fixture('staff-gbk.csv'))).toBe('gb18030');
    expect(detectEncoding(fixture('names-gb18030.csv'))).toBe('gb18030');
  });
});

describe('decodeText', () => {
  it('reads GBK bytes', () => {
    expect(decodeText(GBK_SAMPLE)).toEqual({ text: '姓名,满意度\n张三,95\n', encoding: 'gb18030', bom: false, malformed: false });
  });

  it('reads a GBK spreadsheet export with CRLF line ends', () => {
    const { text, encoding } = decodeText(fixture('staff-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(text.split('\r\n')).toEqual([
      '工号,姓名,部门,满意度,投诉次数,入职日期,是否达标',
      'E001,张三,客服一部,95,0,2023/3/5,是',
      'E002,李四,客服二部,88.5,2,2022-11-20,否',
      'E003,王五,"客服一部",,1,2021/12/01,是',
      '',
    ]);
    const parsed = parseCsv(text, {
      fields: [
        { key: '工号', type: 'string' }, { key: '姓名', type: 'string' }, { key: '部门', type: 'category', values: ['客服一部', '客服二部'] },
        { key: '满意度', type: 'number' }, { key: '投诉次数', type: 'integer' }, { key: '入职日期', type: 'date' }, { key: '是否达标', type: 'boolean' },
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      { 工号: 'E001', 姓名: '张三', 部门: '客服一部', 满意度: 95, 投诉次数: 0, 入职日期: '2023-03-05', 是否达标: true },
      { 工号: 'E002', 姓名: '李四', 部门: '客服二部', 满意度: 88.5, 投诉次数: 2, 入职日期: '2022-11-20', 是否达标: false },
      { 工号: 'E003', 姓名: '王五', 部门: '客服一部', 满意度: null, 投诉次数: 1, 入职日期: '2021-12-01', 是否达标: true },
    ]);
  });

  it('reads GB18030 four-byte characters (CJK extension B, ß) and the euro sign', () => {
    const bytes = fixture('names-gb18030.csv');
    // 𠮷 is the four-byte sequence 95 34 B2 35 in the file.
    expect([...bytes.subarray(20, 24)]).toEqual([0x95, 0x34, 0xb2, 0x35]);
    expect(decodeText(bytes).text).toBe('工号,姓名,备注\nE101,𠮷田,Strauß 先生\nE102,欧阳娜娜,价格 €5\n');
  });

  it('reads UTF-8 without and with a BOM, removing the BOM', () => {
    expect(decodeText(utf8('姓名\n张三'))).toEqual({ text: '姓名\n张三', encoding: 'utf-8', bom: false, malformed: false });
    expect(decodeText(utf8('\ufeff姓名\n张三'))).toEqual({ text: '姓名\n张三', encoding: 'utf-8', bom: true, malformed: false });
  });

  it('reads UTF-16 with a BOM, both byte orders, including surrogate pairs', () => {
    const text = '姓名,满意度\r\n𠮷田,95\r\n';
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le', bom: true, malformed: false });
    expect(decodeText(utf16(text, false))).toEqual({ text, encoding: 'utf-16be', bom: true, malformed: false });
  });

  it('uses a given encoding and strips its BOM', () => {
    expect(decodeText(utf8('\ufeffa'), 'utf-8')).toEqual({ text: 'a', encoding: 'utf-8', bom: true, malformed: false });
    expect(decodeText(utf16('a', true), 'utf-16le')).toEqual({ text: 'a', encoding: 'utf-16le', bom: true, malformed: false });
    expect(decodeText(utf16('ab', true, false), 'utf-16le')).toEqual({ text: 'ab', encoding: 'utf-16le', bom: false, malformed: false });
    expect(decodeText(Uint8Array.from([0x84, 0x31, 0x95, 0x33, 0xd5, 0xc5]))).toEqual({ text: '张', encoding: 'gb18030', bom: true, malformed: false });
  });

  it('flags bytes that are not valid in the given encoding instead of hiding them', () => {
    const wrong = decodeText(GBK_SAMPLE, 'utf-8');
    expect(wrong.malformed).toBe(true);
    expect(wrong.text).toContain('\ufffd');
    // A lone lead byte at the end of a GBK file (a file cut off in the middle of a character).
    const cut = decodeText(Uint8Array.from([...GBK_SAMPLE.subarray(0, 4), 0xd5]));
    expect(cut).toEqual({ text: '姓名\ufffd', encoding: 'gb18030', bom: false, malformed: true });
  });
});
