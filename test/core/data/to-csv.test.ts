// CSV export: RFC 4180 quoting, CRLF, formula-injection guard, determinism, and round trips
// through parseCsv (generated records of every field type, lists included, and arbitrary text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRecords, guardFormula, parseCsv, toCsv, unguardFormula } from '../../../src/core/data/index.ts';
import type { FieldDef, ScalarFieldType } from '../../../src/core/scorecard/types.ts';

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows, quoting only where needed', () => {
    const rows = [
      { name: '张三', note: 'a, b', quote: 'say "hi"', lines: 'one\ntwo', cr: 'x\ry', spaces: ' padded ', plain: 'ok' },
    ];
    expect(toCsv(rows, ['name', 'note', 'quote', 'lines', 'cr', 'spaces', 'plain'])).toBe(
      'name,note,quote,lines,cr,spaces,plain\r\n张三,"a, b","say ""hi""","one\ntwo","x\ry"," padded ",ok\r\n',
    );
  });

  it('writes numbers as numbers, booleans as true/false, and missing values as empty cells', () => {
    const row = { a: -5, b: 0.1, c: 1e21, d: -0, e: true, f: false, g: null, h: undefined, i: Number.NaN, j: Infinity };
    expect(toCsv([row, {}], Object.keys(row))).toBe('a,b,c,d,e,f,g,h,i,j\r\n-5,0.1,1e+21,0,true,false,,,,\r\n,,,,,,,,,\r\n');
  });

  it('writes dates as ISO text, other objects as JSON, and ignores inherited properties', () => {
    const row = Object.assign(Object.create({ inherited: 'no' }) as Record<string, unknown>, { d: new Date(Date.UTC(2024, 2, 5)), o: { k: [1, 'x'] } });
    expect(toCsv([row], ['d', 'o', 'inherited'])).toBe('d,o,inherited\r\n2024-03-05T00:00:00.000Z,"{""k"":[1,""x""]}",\r\n');
  });

  it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
    const cells = ['=SUM(A1:A9)', '+1', '-1', '@cmd', '\tx', '\rx', "'=x", 'a=b', '-', -1];
    const rows = [Object.fromEntries(cells.map((v, i) => [`c${i}`, v]))];
    const csv = toCsv(rows, cells.map((_, i) => `c${i}`));
    expect(csv.split('\r\n')[1]).toBe(`'=SUM(A1:A9),'+1,'-1,'@cmd,'\tx,"'\rx",''=x,a=b,'-,-1`);
  });

  it('guards header names too', () => {
    expect(toCsv([], ['=cmd', 'ok'])).toBe("'=cmd,ok\r\n");
  });

  it('adds a UTF-8 byte order mark on request', () => {
    expect(toCsv([{ a: 1 }], ['a'], { bom: true })).toBe('\ufeffa\r\n1\r\n');
  });

  it('is deterministic', () => {
    const fields: FieldDef[] = [{ key: 'n', type: 'number' }, { key: 's', type: 'string' }];
    const records = generateRecords(fields, 200, { seed: 3 });
    expect(toCsv(records, ['n', 's'])).toBe(toCsv(structuredClone(records), ['n', 's']));
  });
});

describe('formula guard', () => {
  it('is undone exactly by unguardFormula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ') }), (text) => {
        expect(unguardFormula(guardFormula(text))).toBe(text);
      }),
    );
  });
});

const SCALAR_TYPES: ScalarFieldType[] = ['number', 'integer', 'boolean', 'date', 'time', 'string', 'category'];
/** Every scalar type, and a list of each ('list:time' is a list of times). */
const TYPES: string[] = [...SCALAR_TYPES, ...SCALAR_TYPES.map((t) => `list:${t}`)];

const fieldList = fc
  .array(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 8 })
  .chain((types) =>
    fc.tuple(
      fc.constant(types),
      fc.array(fc.boolean(), { minLength: types.length, maxLength: types.length }),
    ))
  .map(([types, withValues]): FieldDef[] =>
    types.map((choice, i) => {
      const [type, items] = choice.startsWith('list:') ? ['list' as const, choice.slice(5) as ScalarFieldType] : [choice as ScalarFieldType, undefined];
      return {
        key: `f${i}_${choice.replace(':', '_')}`,
        type,
        ...(items ? { items } : {}),
        // '优,良' would need JSON in a list cell, 、 would split it: both must read back.
        ...((items ?? type) === 'category' && withValues[i] ? { values: ['优', '良', '中', '差', '=risky', '-1', '优,良', '中、差'] } : {}),
      };
    }));

describe('round trip parseCsv(toCsv(records))', () => {
  it('gives back generated records of every field type, without a single problem', () => {
    fc.assert(
      fc.property(fieldList, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 120 }), (fields, seed, count) => {
        const records = generateRecords(fields, count, { seed, idField: 'id' });
        const columns = ['id', ...fields.map((f) => f.key)];
        const parsed = parseCsv(toCsv(records, columns), { fields });
        expect(parsed.problems).toEqual([]);
        expect(parsed.columns).toEqual(columns);
        expect(parsed.records).toEqual(records);
      }),
      { numRuns: 60 },
    );
  });

  it('drops a row whose only text is a guarded blank, like any blank row', () => {
    const csv = toCsv([{ a: '', b: '\r\n' }, { a: '\t', b: 'x' }], ['a', 'b']);
    expect(csv).toBe('a,b\r\n,"\'\r\n"\r\n"\'\t",x\r\n');
    expect(parseCsv(csv).records).toEqual([{ a: null, b: 'x' }]);
  });

  it('gives back arbitrary text (blank text reads as missing)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\n', '\r', '\r\n', ' ', '\t', '=', '-', "'", '@', ';'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })) });
    const row = fc.record({ a: text, b: text, c: text });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const kept = rows.filter((r) => Object.values(r).some((v) => v.trim() !== ''));
        const expected = kept.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.trim() === '' ? null : v])));
        expect(parseCsv(toCsv(rows, ['a', 'b', 'c'])).records).toEqual(expected);
        expect(parseCsv(toCsv(rows, ['a', 'b', 'c']), { fields: [{ key: 'a', type: 'string' }] }).records).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back any finite number', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 20 }), (numbers) => {
        const rows = numbers.map((n) => ({ n, k: 'x' }));
        const parsed = parseCsv(toCsv(rows, ['n', 'k']), { fields: [{ key: 'n', type: 'number' }] });
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((r) => r['n'])).toEqual(numbers.map((n) => n + 0));
      }),
    );
  });
});
