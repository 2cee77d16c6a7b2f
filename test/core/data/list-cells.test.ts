// List fields in the record codecs: reading list cells (CSV, JSON array text, xlsx), inferring list
// fields from JSON, and writing lists so that they read back equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCell, inferFieldTypes, listText, parseCsv, parseJsonRecords, splitListText, toCsv } from '../../../src/core/data/index.ts';
import type { ListItem, RowProblem } from '../../../src/core/data/index.ts';
import { writeXlsx, xlsxToRecords } from '../../../src/core/data/xlsx/index.ts';
import type { FieldDef, ScalarFieldType } from '../../../src/core/scorecard/types.ts';

const signIns: FieldDef = { key: 'signIns', type: 'list', items: 'time' };

/** One CSV cell read with a declared field. */
function one(field: FieldDef, cell: string): { value: unknown; problems: RowProblem[] } {
  const { records, problems } = parseCsv(`${field.key},y\n"${cell.replaceAll('"', '""')}",1\n`, { fields: [field] });
  return { value: records[0]?.[field.key], problems };
}

describe('list cells', () => {
  it('split at ; , 、 ； and ， with the spaces around items trimmed, each item read by its type', () => {
    expect(one(signIns, '08:12; 8:41 ,08:29').value).toEqual(['08:12', '08:41', '08:29']);
    expect(one(signIns, '08:12、08:41；09:05:30，7:00').value).toEqual(['08:12', '08:41', '09:05:30', '07:00']);
    expect(one({ key: 'n', type: 'list', items: 'number' }, '1.5, -2 ; 1e3').value).toEqual([1.5, -2, 1000]);
    expect(one({ key: 'i', type: 'list', items: 'integer' }, '3.0;4').value).toEqual([3, 4]);
    expect(one({ key: 'b', type: 'list', items: 'boolean' }, '是, no, Y').value).toEqual([true, false, true]);
    expect(one({ key: 'd', type: 'list', items: 'date' }, '2024/3/5；2024年3月6日').value).toEqual(['2024-03-05', '2024-03-06']);
    expect(one({ key: 's', type: 'list', items: 'string' }, ' a b ; c ').value).toEqual(['a b', 'c']);
    expect(one({ key: 'c', type: 'list', items: 'category', values: ['优', '良'] }, '优、良、优').value).toEqual(['优', '良', '优']);
    expect(one(signIns, '08:12').value).toEqual(['08:12']);
  });

  it('read a JSON array, and brackets around plain items', () => {
    expect(one(signIns, '["08:12", "9:05"]').value).toEqual(['08:12', '09:05']);
    expect(one({ key: 'n', type: 'list', items: 'number' }, '[1, 2.5, "3"]').value).toEqual([1, 2.5, 3]);
    expect(one({ key: 's', type: 'list', items: 'string' }, '["a, b", " c "]').value).toEqual(['a, b', ' c ']);
    expect(one(signIns, '[08:12, 08:41]').value).toEqual(['08:12', '08:41']);
  });

  it('are null when blank and [] for an empty list', () => {
    expect(one(signIns, '   ')).toEqual({ value: null, problems: [] });
    expect(one(signIns, '[]')).toEqual({ value: [], problems: [] });
    expect(one(signIns, '[ ]').value).toEqual([]);
  });

  it('are null with a problem naming the bad item, in both languages', () => {
    const bad = one(signIns, '08:12, 08:6x, 08:29');
    expect(bad.value).toBeNull();
    expect(bad.problems).toMatchObject([{ line: 2, column: 'signIns', value: '08:12, 08:6x, 08:29', code: 'not-a-time' }]);
    expect(bad.problems[0]?.message.en).toBe('"08:6x" (item 2 of the list) in column "signIns" is not a time of day: write 09:30 or 09:30:15 (24-hour clock).');
    expect(bad.problems[0]?.message['zh-CN']).toBe('列“signIns”中的“08:6x”（列表第 2 项）不是有效时间：请按 24 小时制写成 09:30 或 09:30:15。');
    const percent = one({ key: 'n', type: 'list', items: 'number' }, '1; 95%');
    expect(percent.problems[0]).toMatchObject({ code: 'not-a-number', message: { en: expect.stringMatching(/^"95%" \(item 2 of the list\).*percent sign/) } });
    const category = one({ key: 'c', type: 'list', items: 'category', values: ['优', '良'] }, '优, 差');
    expect(category.problems[0]).toMatchObject({ code: 'unknown-category', message: { en: expect.stringContaining('"差" (item 2 of the list)') } });
  });

  it('report an empty item and an item that is not a single value as not-a-list', () => {
    const empty = one(signIns, '08:12,,08:41');
    expect(empty.value).toBeNull();
    expect(empty.problems).toMatchObject([{ code: 'not-a-list', message: { en: expect.stringContaining('Item 2 of "08:12,,08:41"'), 'zh-CN': expect.stringContaining('第 2 项为空') } }]);
    expect(one(signIns, '08:12;').problems[0]?.code).toBe('not-a-list');
    for (const cell of ['[null]', '["08:12", ["08:13"]]', '[{"t": "08:12"}]']) {
      const nested = one(signIns, cell);
      expect(nested.value, cell).toBeNull();
      expect(nested.problems[0], cell).toMatchObject({ code: 'not-a-list', message: { en: expect.stringContaining('is not a single value') } });
    }
  });

  it('read what a JSON import passes for an array (its JSON text), as convertCell is called there', () => {
    expect(convertCell(JSON.stringify(['08:12', '08:41']), signIns)).toEqual({ ok: true, value: ['08:12', '08:41'] });
    expect(convertCell(JSON.stringify([true, false]), { key: 'b', type: 'list', items: 'boolean' })).toEqual({ ok: true, value: [true, false] });
  });

  it('take items of text when the field has no item type', () => {
    expect(convertCell('a; 1', { key: 'x', type: 'list' })).toEqual({ ok: true, value: ['a', '1'] });
  });
});

describe('JSON arrays', () => {
  it('are kept as arrays by parseJsonRecords', () => {
    const { records, problems } = parseJsonRecords('[{"id": "A1", "signIns": ["08:12", "08:41"], "scores": [1, 2.5], "none": []}]');
    expect(problems).toEqual([]);
    expect(records).toEqual([{ id: 'A1', signIns: ['08:12', '08:41'], scores: [1, 2.5], none: [] }]);
  });

  it('of single values make list fields, the item type inferred like a single value', () => {
    const fields = inferFieldTypes([
      { t: ['08:12', '8:41'], n: [1, 2], x: [1.5], d: ['2024-03-05'], b: [true], s: ['a', 'b', 'c'], c: ['优', '良'], e: [] },
      { t: null, n: [3], x: [2], d: [], b: [false, true], s: ['d'], c: ['优', '良', '优'], e: [] },
    ]);
    expect(fields).toEqual([
      { key: 't', type: 'list', items: 'time' },
      { key: 'n', type: 'list', items: 'integer' },
      { key: 'x', type: 'list', items: 'number' },
      { key: 'd', type: 'list', items: 'date' },
      { key: 'b', type: 'list', items: 'boolean' },
      { key: 's', type: 'list', items: 'string' },
      { key: 'c', type: 'list', items: 'category', values: ['优', '良'] },
      { key: 'e', type: 'list', items: 'string' },
    ]);
  });

  it('of objects, and arrays mixed with single values, stay text; text is never taken for a list', () => {
    expect(inferFieldTypes([{ o: [{ k: 1 }], m: [1], s: '08:12; 08:41' }, { o: [{ k: 2 }], m: 2, s: '08:12; 08:41' }])).toEqual([
      { key: 'o', type: 'string' },
      { key: 'm', type: 'string' },
      { key: 's', type: 'category', values: ['08:12; 08:41'] },
    ]);
  });
});

describe('writing lists', () => {
  it('joins the items with "; ", guarding the joined text against formulas', () => {
    const rows = [{ t: ['08:12', '08:41'], n: [-5, 3], s: ['=cmd', 'x'], b: [true, false], e: [], m: null }];
    expect(toCsv(rows, ['t', 'n', 's', 'b', 'e', 'm']).split('\r\n')[1]).toBe("08:12; 08:41,'-5; 3,'=cmd; x,true; false,[],");
  });

  it('writes JSON when the joined items would not read back equal', () => {
    expect(listText(['a, b', 'c'])).toBe('["a, b","c"]');
    expect(listText([' a', 'b'])).toBe('[" a","b"]');
    expect(listText(['[x', 'y'])).toBe('["[x","y"]');
    expect(listText(['', 'y'])).toBe('["","y"]');
    expect(listText([{ k: 1 }])).toBe('[{"k":1}]');
    expect(listText(['08:12', '08:41'], ', ')).toBe('08:12, 08:41');
    expect(toCsv([{ s: ['a;b', '，'] }], ['s'])).toBe('s\r\n"[""a;b"",""，""]"\r\n');
  });

  it('reads back equal through parseCsv with the declared list field', () => {
    const fields: FieldDef[] = [
      signIns,
      { key: 'n', type: 'list', items: 'number' },
      { key: 's', type: 'list', items: 'string' },
      { key: 'c', type: 'list', items: 'category', values: ['=risky', '-1', 'a,b'] },
    ];
    const records = [
      { id: 'A1', signIns: ['08:12', '08:41', '09:05:30'], n: [-5, 0.1, 1e21], s: ['=x', "'=y", 'a, b', ' padded ', '[z]', '引号"'], c: ['-1', '=risky', 'a,b'] },
      { id: 'A2', signIns: [], n: [], s: [], c: [] },
      { id: 'A3', signIns: null, n: null, s: null, c: null },
    ];
    const parsed = parseCsv(toCsv(records, ['id', ...fields.map((f) => f.key)]), { fields });
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual(records);
  });

  it('reads back any list of items through toCsv and parseCsv (property)', () => {
    const text = fc.string({ minLength: 1, unit: fc.oneof(fc.constantFrom(';', ',', '、', '，', '；', ' ', '[', ']', '"', '=', '-', "'", '\n'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })) })
      .filter((s) => s.trim() !== '');
    const cases: Array<[ScalarFieldType, fc.Arbitrary<ListItem>]> = [
      ['string', text],
      ['number', fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n + 0)],
      ['integer', fc.integer()],
      ['boolean', fc.boolean()],
    ];
    for (const [items, item] of cases) {
      const field: FieldDef = { key: 'v', type: 'list', items };
      fc.assert(
        fc.property(fc.array(fc.option(fc.array(item, { maxLength: 6 }), { nil: null }), { minLength: 1, maxLength: 5 }), (lists) => {
          const rows = lists.map((v) => ({ k: 'x', v }));
          const parsed = parseCsv(toCsv(rows, ['k', 'v']), { fields: [field] });
          expect(parsed.problems).toEqual([]);
          expect(parsed.records.map((r) => r['v'])).toEqual(lists);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('splitListText is the inverse of listText for single values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 8 }), (items) => {
        expect(splitListText(listText(items)).items.map(String)).toEqual(items.map(String));
      }),
    );
  });

  it('writes lists to xlsx as their items, read back by xlsxToRecords', () => {
    const rows = [[['08:12', '08:41']], [[1, 2.5]], [[]]];
    const bytes = writeXlsx([{ name: 'S', columns: ['v'], rows }]);
    expect(xlsxToRecords(bytes).records.map((r) => r['v'])).toEqual(['08:12; 08:41', '1; 2.5', '[]']);
    expect(xlsxToRecords(bytes, { fields: [{ key: 'v', type: 'list', items: 'number' }] }).records.map((r) => r['v']))
      .toEqual([null, [1, 2.5], []]);
    expect(xlsxToRecords(bytes, { fields: [signIns].map((f) => ({ ...f, key: 'v' })) }).records[0]?.['v']).toEqual(['08:12', '08:41']);
  });
});
