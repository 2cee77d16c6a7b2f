import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import type { CellValue } from '../../../plugins/datasets/grid/grid-data-source.ts';
import { compileFilter, parseColumnFilter, type ColumnFilter } from '../../../plugins/datasets/grid/grid-filter.ts';
import { computeView, sortRowIds, type SortKey } from '../../../plugins/datasets/grid/grid-view.ts';
import { MemoryDataSource } from '../../../plugins/datasets/grid/memory-data-source.ts';
import { GRID_FIELDS, makeRows } from './grid-fixtures.ts';

const f = (type: FieldDef['type'], values?: string[]): FieldDef => ({ key: 'x', type, ...(values ? { values } : {}) });

function source(fields: FieldDef[], rows: Record<string, unknown>[]): MemoryDataSource {
  return new MemoryDataSource(fields, rows);
}

/** The values of one column, in view order. */
function column(src: MemoryDataSource, ids: readonly number[], key: string): Array<CellValue | undefined> {
  return ids.map((id) => src.getValue(id, key));
}

function parsed(text: string, field: FieldDef): ColumnFilter | undefined {
  const result = parseColumnFilter(text, field);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.filter;
}

function matches(text: string, field: FieldDef, values: CellValue[]): CellValue[] {
  const filter = parsed(text, field)!;
  const test = compileFilter(filter, field);
  return values.filter((v) => test(v));
}

describe('grid filters: parsing', () => {
  it('reads comparisons, equality and ranges for numbers', () => {
    const n = f('number');
    expect(parsed('>= 90', n)).toEqual({ kind: 'compare', op: '>=', value: 90 });
    expect(parsed('<3', n)).toEqual({ kind: 'compare', op: '<', value: 3 });
    expect(parsed('≥ 2.5', n)).toEqual({ kind: 'compare', op: '>=', value: 2.5 });
    expect(parsed('<> 4', n)).toEqual({ kind: 'compare', op: '!=', value: 4 });
    expect(parsed(' 90 ', n)).toEqual({ kind: 'compare', op: '=', value: 90 });
    expect(parsed('10..20', n)).toEqual({ kind: 'range', min: 10, max: 20 });
    expect(parsed('-5 .. -1', n)).toEqual({ kind: 'range', min: -5, max: -1 });
    expect(parsed('1.5..2', n)).toEqual({ kind: 'range', min: 1.5, max: 2 });
    expect(parsed('..20', n)).toEqual({ kind: 'range', max: 20 });
    expect(parsed('10..', n)).toEqual({ kind: 'range', min: 10 });
    expect(parsed('', n)).toBeUndefined();
    expect(parsed('   ', n)).toBeUndefined();
  });

  it('reports what it cannot read, naming the part at fault', () => {
    expect(parseColumnFilter('>= abc', f('number'))).toEqual({ ok: false, error: { code: 'not-a-number', text: 'abc' } });
    expect(parseColumnFilter('95%', f('number'))).toEqual({ ok: false, error: { code: 'not-a-number', text: '95%' } });
    expect(parseColumnFilter('20..10', f('integer'))).toEqual({ ok: false, error: { code: 'bad-range', text: '20..10' } });
    expect(parseColumnFilter('..', f('number'))).toEqual({ ok: false, error: { code: 'bad-range', text: '..' } });
    expect(parseColumnFilter('1..x', f('number'))).toEqual({ ok: false, error: { code: 'not-a-number', text: 'x' } });
    expect(parseColumnFilter('> 2024-02-30', f('date'))).toEqual({ ok: false, error: { code: 'not-a-date', text: '2024-02-30' } });
    expect(parseColumnFilter('25:00', f('time'))).toEqual({ ok: false, error: { code: 'not-a-time', text: '25:00' } });
    expect(parseColumnFilter('maybe', f('boolean'))).toEqual({ ok: false, error: { code: 'not-a-boolean', text: 'maybe' } });
    expect(parseColumnFilter('Gold, Tin', f('category', ['Gold', 'Silver']))).toEqual({ ok: false, error: { code: 'unknown-category', text: 'Tin' } });
  });

  it('reads dates and times in the converter’s forms, as ISO texts', () => {
    expect(parsed('>= 2024/3/5', f('date'))).toEqual({ kind: 'compare', op: '>=', value: '2024-03-05' });
    expect(parsed('2024年1月1日..2024-03-31', f('date'))).toEqual({ kind: 'range', min: '2024-01-01', max: '2024-03-31' });
    expect(parsed('2024-01-01~2024-01-31', f('date'))).toEqual({ kind: 'range', min: '2024-01-01', max: '2024-01-31' });
    expect(parsed('< 9:30', f('time'))).toEqual({ kind: 'compare', op: '<', value: '09:30:00' });
  });

  it('reads yes/no words, category lists, text and "is empty"', () => {
    expect(parsed('是', f('boolean'))).toEqual({ kind: 'is', value: true });
    expect(parsed('No', f('boolean'))).toEqual({ kind: 'is', value: false });
    expect(parsed('Gold, Silver', f('category', ['Gold', 'Silver']))).toEqual({ kind: 'in', values: ['Gold', 'Silver'] });
    expect(parsed('甲、乙', f('category'))).toEqual({ kind: 'in', values: ['甲', '乙'] });
    expect(parsed('  Zhang ', f('string'))).toEqual({ kind: 'contains', text: 'zhang' });
    for (const type of ['number', 'date', 'boolean', 'category', 'string'] as const) {
      expect(parsed('is empty', f(type))).toEqual({ kind: 'empty' });
      expect(parsed('(EMPTY)', f(type))).toEqual({ kind: 'empty' });
      expect(parsed('为空', f(type))).toEqual({ kind: 'empty' });
      expect(parsed('is not empty', f(type))).toEqual({ kind: 'not-empty' });
      expect(parsed('（非空）', f(type))).toEqual({ kind: 'not-empty' });
    }
    // A bare "empty" is a filter word for typed columns but ordinary text in a string column.
    expect(parsed('empty', f('number'))).toEqual({ kind: 'empty' });
    expect(parsed('空', f('date'))).toEqual({ kind: 'empty' });
    expect(parsed('empty', f('string'))).toEqual({ kind: 'contains', text: 'empty' });
  });
});

describe('grid filters: matching', () => {
  it('compares numbers, keeping missing values out except for !=', () => {
    const values: CellValue[] = [1, 3, 10, 15, 20, 90, 95, null];
    expect(matches('>= 90', f('number'), values)).toEqual([90, 95]);
    expect(matches('< 3', f('number'), values)).toEqual([1]);
    expect(matches('10..20', f('number'), values)).toEqual([10, 15, 20]);
    expect(matches('15', f('number'), values)).toEqual([15]);
    expect(matches('!= 15', f('number'), values)).toEqual([1, 3, 10, 20, 90, 95, null]);
    expect(matches('is empty', f('number'), values)).toEqual([null]);
    expect(matches('not empty', f('number'), values)).toHaveLength(7);
  });

  it('compares dates and times as ISO texts, times with or without seconds', () => {
    expect(matches('2024-02-01..2024-02-29', f('date'), ['2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01', null])).toEqual(['2024-02-01', '2024-02-29']);
    expect(matches('>= 09:30', f('time'), ['09:00', '09:30', '09:30:00', '9:45', '18:00:05', null])).toEqual(['09:30', '09:30:00', '9:45', '18:00:05']);
  });

  it('matches booleans, category sets, text and blanks', () => {
    expect(matches('yes', f('boolean'), [true, false, null])).toEqual([true]);
    expect(matches('Gold|Bronze', f('category', ['Gold', 'Silver', 'Bronze']), ['Gold', 'Silver', 'Bronze', null])).toEqual(['Gold', 'Bronze']);
    expect(matches('ZHANG', f('string'), ['Zhang Wei', 'Li Na', null, 'zhang'])).toEqual(['Zhang Wei', 'zhang']);
    expect(matches('(empty)', f('string'), ['a', '', '  ', null])).toEqual(['', '  ', null]);
  });
});

describe('grid view: sorting', () => {
  const fields: FieldDef[] = [
    { key: 'n', type: 'number' },
    { key: 's', type: 'string' },
    { key: 'g', type: 'category', values: ['low', 'mid', 'high'] },
    { key: 'b', type: 'boolean' },
    { key: 'd', type: 'date' },
    { key: 't', type: 'time' },
  ];
  const rows = [
    { n: 10, s: 'b', g: 'high', b: true, d: '2024-03-01', t: '10:00' },
    { n: 2, s: 'A', g: 'low', b: false, d: '2023-12-31', t: '09:30:00' },
    { n: null, s: 'a', g: 'mid', b: null, d: null, t: '9:05' },
    { n: 2, s: null, g: 'unlisted', b: true, d: '2024-01-15', t: null },
    { n: -1.5, s: 'R10', g: null, b: false, d: '2024-03-01', t: '09:30' },
    { n: 100, s: 'R9', g: 'low', b: true, d: '2024-02-29', t: '23:59' },
  ];
  const src = source(fields, rows);
  const all = computeView(src).rowIds;
  const sorted = (sort: SortKey[], key: string, locale = 'en') => column(src, sortRowIds(src, all, sort, locale), key);

  it('keeps storage order without sort keys', () => {
    expect(all).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sorts numbers numerically, missing last in both directions', () => {
    expect(sorted([{ key: 'n', direction: 'asc' }], 'n')).toEqual([-1.5, 2, 2, 10, 100, null]);
    expect(sorted([{ key: 'n', direction: 'desc' }], 'n')).toEqual([100, 10, 2, 2, -1.5, null]);
  });

  it('sorts strings with the collator (numeric runs as numbers), categories in declared order', () => {
    expect(sorted([{ key: 's', direction: 'asc' }], 's')).toEqual(['a', 'A', 'b', 'R9', 'R10', null]);
    expect(sorted([{ key: 'g', direction: 'asc' }], 'g')).toEqual(['low', 'low', 'mid', 'high', 'unlisted', null]);
    expect(sorted([{ key: 'g', direction: 'desc' }], 'g')).toEqual(['unlisted', 'high', 'mid', 'low', 'low', null]);
  });

  it('sorts booleans no before yes, dates and times as ISO (09:30 = 09:30:00)', () => {
    expect(sorted([{ key: 'b', direction: 'asc' }], 'b')).toEqual([false, false, true, true, true, null]);
    expect(sorted([{ key: 'd', direction: 'desc' }], 'd')).toEqual(['2024-03-01', '2024-03-01', '2024-02-29', '2024-01-15', '2023-12-31', null]);
    expect(sorted([{ key: 't', direction: 'asc' }], 't')).toEqual(['9:05', '09:30:00', '09:30', '10:00', '23:59', null]);
  });

  it('is stable: ties keep the storage order, in either direction', () => {
    const ids = (sort: SortKey[]) => sortRowIds(src, all, sort);
    expect(ids([{ key: 'n', direction: 'asc' }])).toEqual([5, 2, 4, 1, 6, 3]);
    expect(ids([{ key: 'n', direction: 'desc' }])).toEqual([6, 1, 2, 4, 5, 3]);
    expect(ids([{ key: 'd', direction: 'asc' }]).slice(3, 5)).toEqual([1, 5]);
  });

  it('sorts by several keys, the first most significant', () => {
    const ids = sortRowIds(src, all, [{ key: 'b', direction: 'desc' }, { key: 'n', direction: 'asc' }]);
    expect(ids).toEqual([4, 1, 6, 5, 2, 3]);
    expect(sortRowIds(src, all, [{ key: 'b', direction: 'asc' }, { key: 'n', direction: 'desc' }])).toEqual([2, 5, 6, 1, 4, 3]);
  });

  it('collates Chinese by pinyin in zh-CN', () => {
    const names = source([{ key: 'name', type: 'string' }], ['王芳', '李娜', '张伟', '陈静', '安然'].map((name) => ({ name })));
    const ids = sortRowIds(names, computeView(names).rowIds, [{ key: 'name', direction: 'asc' }], 'zh-CN');
    expect(column(names, ids, 'name')).toEqual(['安然', '陈静', '李娜', '王芳', '张伟']);
  });
});

describe('grid view: filters and the quick filter', () => {
  const src = source(GRID_FIELDS, makeRows(2000));
  const ids = (options: Parameters<typeof computeView>[1]) => computeView(src, options).rowIds;

  it('applies every column filter (AND) and reports unreadable ones without applying them', () => {
    const view = computeView(src, { filters: { score: '>= 50', team: 'Gold', calls: 'oops', name: '' } });
    expect(view.filterErrors).toEqual({ calls: { code: 'not-a-number', text: 'oops' } });
    expect(view.rowIds.length).toBeGreaterThan(100);
    for (const id of view.rowIds) {
      expect(src.getValue(id, 'score')).toBeGreaterThanOrEqual(50);
      expect(src.getValue(id, 'team')).toBe('Gold');
    }
    const expected = makeRows(2000).filter((r) => typeof r.score === 'number' && r.score >= 50 && r.team === 'Gold').length;
    expect(view.rowIds).toHaveLength(expected);
  });

  it('finds missing values and ignores filters of unknown columns', () => {
    const empty = ids({ filters: { score: 'is empty', nope: '1' } });
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((id) => src.getValue(id, 'score') === null)).toBe(true);
  });

  it('quick filter: every word somewhere in the row, case-insensitive', () => {
    expect(ids({ quickFilter: 'a000042' })).toEqual([42]);
    const both = ids({ quickFilter: 'gold  张' });
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) {
      expect(src.getValue(id, 'team')).toBe('Gold');
      expect(String(src.getValue(id, 'name'))).toContain('张');
    }
  });

  it('filters then sorts', () => {
    const view = ids({ filters: { team: 'Silver' }, sort: [{ key: 'score', direction: 'desc' }] });
    const scores = view.map((id) => src.getValue(id, 'score')).filter((v): v is number => typeof v === 'number');
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('grid view: 100,000 rows', () => {
  const src = source(GRID_FIELDS, makeRows(100_000));

  function timed<T>(label: string, run: () => T): { result: T; ms: number } {
    run(); // warm up (JIT, collator)
    const start = performance.now();
    const result = run();
    const ms = performance.now() - start;
    console.log(`grid view, 100,000 rows: ${label}: ${ms.toFixed(1)} ms`);
    return { result, ms };
  }

  it('sorts and filters in well under a second', () => {
    const byScore = timed('sort by number', () => computeView(src, { sort: [{ key: 'score', direction: 'desc' }] }));
    const byName = timed('sort by Chinese/Latin name (zh-CN collator)', () => computeView(src, { sort: [{ key: 'name', direction: 'asc' }], locale: 'zh-CN' }));
    const byId = timed('sort by unique id text (en collator, 100,000 distinct)', () => computeView(src, { sort: [{ key: 'id', direction: 'desc' }] }));
    const multi = timed('sort by team, date, score', () =>
      computeView(src, { sort: [{ key: 'team', direction: 'asc' }, { key: 'joined', direction: 'desc' }, { key: 'score', direction: 'asc' }] }));
    const filtered = timed('filter score >= 50 and team Gold, Silver', () => computeView(src, { filters: { score: '>= 50', team: 'Gold, Silver' } }));
    const quick = timed('quick filter "gold 张"', () => computeView(src, { quickFilter: 'gold 张' }));
    const all = timed('filter, quick filter and two-key sort', () =>
      computeView(src, { filters: { calls: '10..50' }, quickFilter: 'a0', sort: [{ key: 'senior', direction: 'desc' }, { key: 'name', direction: 'asc' }], locale: 'zh-CN' }));
    for (const t of [byScore, byName, byId, multi, filtered, quick, all]) expect(t.ms).toBeLessThan(1000);
    expect(byScore.result.rowIds).toHaveLength(100_000);
    expect(byId.result.rowIds[0]).toBe(100_000);
    const scores = byScore.result.rowIds.map((id) => src.getValue(id, 'score'));
    const firstMissing = scores.indexOf(null);
    expect(firstMissing).toBeGreaterThan(90_000);
    expect(scores.slice(firstMissing).every((v) => v === null)).toBe(true);
    expect(scores.slice(0, firstMissing).every((v, i, a) => i === 0 || (v as number) <= (a[i - 1] as number))).toBe(true);
    expect(multi.result.rowIds).toHaveLength(100_000);
    expect(filtered.result.rowIds.length).toBeGreaterThan(10_000);
    expect(quick.result.rowIds.length).toBeGreaterThan(100);
  });
});
