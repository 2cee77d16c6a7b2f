// preview(): what the import dialog shows before the user confirms the fields.
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../src/core/data/xlsx/index.ts';
import { preview } from '../../../src/platform/data-import/index.ts';
import { gbk, utf16, utf8 } from './encodings.ts';

describe('preview', () => {
  it('detects GBK, the separator and the header, and drafts the fields', async () => {
    const text = '姓名;分数;是否\r\n张三;95.5;是\r\n李四;80;否\r\n王五;;是\r\n';
    const result = await preview(new Blob([gbk(text)]), { fileName: 'scores.csv' });
    expect(result).toMatchObject({ format: 'csv', encoding: 'gb18030', malformed: false, delimiter: ';', columns: ['姓名', '分数', '是否'], partial: false });
    expect(result.sampleRecords).toEqual([
      { 姓名: '张三', 分数: '95.5', 是否: '是' },
      { 姓名: '李四', 分数: '80', 是否: '否' },
      { 姓名: '王五', 分数: null, 是否: '是' },
    ]);
    expect(result.inferredFields).toEqual([{ key: '姓名', type: 'string' }, { key: '分数', type: 'number' }, { key: '是否', type: 'boolean' }]);
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const result = await preview(new Blob([utf16('a\tb\n1\t2\n', false)]), { fileName: 'export.txt' });
    expect(result).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', columns: ['a', 'b'] });
  });

  it('reads only the beginning of a large file and leaves a cut-off row out', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},"line ${i}\nsecond"`);
    const text = `id,note\n${rows.join('\n')}\n`;
    const result = await preview(new Blob([utf8(text)]), { previewBytes: 4096, sampleSize: 10 });
    expect(result.partial).toBe(true);
    expect(result.sampleRecords).toHaveLength(10);
    expect(result.inferredFields).toEqual([{ key: 'id', type: 'integer' }, { key: 'note', type: 'string' }]);
    expect(result.problems).toEqual([]);
  });

  it('stops at the inference sample (1000 records)', async () => {
    const text = `n\n${Array.from({ length: 3000 }, (_, i) => i).join('\n')}\n`;
    const result = await preview(new Blob([text]));
    expect(result.partial).toBe(true);
    expect(result.sampleRecords).toHaveLength(200);
  });

  it('reports header problems and a malformed encoding', async () => {
    const bytes = new Uint8Array([...utf8('a,a,\n1,2,3'), 0xff, 0x0a]);
    const result = await preview(new Blob([bytes]), { encoding: 'utf-8' });
    expect(result.columns).toEqual(['a', 'a_2', 'column3']);
    expect(result.problems.map((p) => p.code)).toEqual(['duplicate-column', 'empty-column-name']);
    expect(result.malformed).toBe(true);
  });

  it('previews JSON with values as parsed and keys in order of appearance', async () => {
    const result = await preview(new Blob(['[{"id":1,"ok":true},{"id":2,"name":"x"},{"id":3,"ok":false,"name":"y"}]']), { fileName: 'a.json' });
    expect(result).toMatchObject({ format: 'json', encoding: 'utf-8', columns: ['id', 'ok', 'name'] });
    expect(result.sampleRecords[0]).toEqual({ id: 1, ok: true });
    expect(result.inferredFields).toEqual([{ key: 'id', type: 'integer' }, { key: 'ok', type: 'boolean' }, { key: 'name', type: 'string' }]);
  });

  it('previews a sheet of a workbook, listing all sheets', async () => {
    const bytes = writeXlsx([
      { name: 'Scores', columns: ['name', 'score', 'day', 'empty'], rows: [['张三', 91, '2024-03-05'], ['李四', 78.5, '2024-03-06']] },
      { name: 'Other', columns: ['x'], rows: [] },
    ]);
    const result = await preview(new Blob([bytes]), { fileName: 'book.xlsx' });
    expect(result).toMatchObject({ format: 'xlsx', sheets: ['Scores', 'Other'], sheet: 'Scores', columns: ['name', 'score', 'day', 'empty'], partial: false });
    expect(result.encoding).toBeUndefined();
    expect(result.sampleRecords[0]).toEqual({ name: '张三', score: '91', day: '2024-03-05', empty: null });
    expect(result.inferredFields.map((f) => f.type)).toEqual(['string', 'number', 'date', 'string']);
    expect((await preview(new Blob([bytes]), { fileName: 'book.xlsx', sheet: 'Other' })).columns).toEqual(['x']);
  });
});
