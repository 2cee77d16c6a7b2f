// Guessing field declarations from records read without them.
import { describe, expect, it } from 'vitest';
import { MAX_CATEGORIES, inferFieldTypes, parseCsv } from '../../../src/core/data/index.ts';

describe('inferFieldTypes', () => {
  it('gives each CSV column the narrowest type all its values fit', () => {
    const csv = [
      'id,name,score,count,ok,date,time,grade,flag01,code,phone,note',
      'E1,张三,95.5,3,是,2024/3/5,9:30,优,1,007,13800138000,a',
      'E2,李四,88,0,否,2024-03-06,10:00:05,良,0,012,13900139000,b',
      'E3,王五,,12,yes,2024年3月7日,23:59,优,1,100,1234567890123456,c',
      'E4,赵六,-2e1,7,no,2024-03-08,00:00,良,0,200,13700137000,',
    ].join('\n');
    const fields = inferFieldTypes(parseCsv(csv).records);
    expect(fields).toEqual([
      { key: 'id', type: 'string' },
      { key: 'name', type: 'string' },
      { key: 'score', type: 'number' },
      { key: 'count', type: 'integer' },
      { key: 'ok', type: 'boolean' },
      { key: 'date', type: 'date' },
      { key: 'time', type: 'time' },
      { key: 'grade', type: 'category', values: ['优', '良'] },
      { key: 'flag01', type: 'integer' },
      { key: 'code', type: 'string' }, // leading zeros: a code, not a number
      { key: 'phone', type: 'string' }, // 16 digits would lose precision as a number
      { key: 'note', type: 'string' },
    ]);
  });

  it('uses JSON types as they are', () => {
    const fields = inferFieldTypes([
      { n: 1, x: 1.5, b: true, s: 'a', o: { k: 1 }, none: null },
      { n: 2, x: 2, b: false, s: 'a', o: [1] },
    ]);
    expect(fields).toEqual([
      { key: 'n', type: 'integer' },
      { key: 'x', type: 'number' },
      { key: 'b', type: 'boolean' },
      { key: 's', type: 'category', values: ['a'] },
      { key: 'o', type: 'string' },
      { key: 'none', type: 'string' },
    ]);
  });

  it('falls back to text when one value does not fit', () => {
    expect(inferFieldTypes([{ v: '1' }, { v: '2' }, { v: 'N/A' }, { v: '4' }])).toEqual([{ key: 'v', type: 'string' }]);
    expect(inferFieldTypes([{ v: 1 }, { v: true }])).toEqual([{ key: 'v', type: 'string' }]);
  });

  it('makes text a category only when values repeat and are few', () => {
    const few = Array.from({ length: 40 }, (_, i) => ({ c: `k${i % MAX_CATEGORIES}` }));
    expect(inferFieldTypes(few)[0]?.type).toBe('category');
    const many = Array.from({ length: 60 }, (_, i) => ({ c: `k${i % (MAX_CATEGORIES + 1)}` }));
    expect(inferFieldTypes(many)[0]?.type).toBe('string');
    const unique = Array.from({ length: 6 }, (_, i) => ({ c: `k${i}` }));
    expect(inferFieldTypes(unique)[0]?.type).toBe('string');
  });

  it('looks only at the first sampleSize records', () => {
    const records = [{ v: '1' }, { v: '2' }, { v: 'x' }];
    expect(inferFieldTypes(records, 2)).toEqual([{ key: 'v', type: 'integer' }]);
    expect(inferFieldTypes(records)).toEqual([{ key: 'v', type: 'string' }]);
  });
});
