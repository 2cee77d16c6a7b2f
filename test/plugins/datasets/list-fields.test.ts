// List fields in the datasets plugin's pure parts: the grid's display, editing, filtering and
// sorting of list cells, the type choices of the import and generator editors, and the generator's
// editable list profiles.
import { describe, expect, it } from 'vitest';
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import { preview, runImport } from '../../../src/platform/data-import/index.ts';
import type { DatasetContent, RecordSink, WorkspaceDocument } from '../../../src/platform/workspace/workspace-api.ts';
import { datasetFileContent } from '../../../plugins/datasets/dataset-export.ts';
import type { DatasetRepository } from '../../../plugins/datasets/dataset-repository.ts';
import { LIST_CHOICES, typeChoiceKey, typeChoiceOf, withTypeChoice } from '../../../plugins/datasets/field-type-choices.ts';
import { paramSlots, slotText, startingProfileFor, withParam, withSlot } from '../../../plugins/datasets/generator-profiles.ts';
import { convertEdit, editorKindFor, editorText, sameValue } from '../../../plugins/datasets/grid/cell-editing.ts';
import { toCellValue, type CellValue } from '../../../plugins/datasets/grid/grid-data-source.ts';
import { compileFilter, parseColumnFilter } from '../../../plugins/datasets/grid/grid-filter.ts';
import { fallbackMessage, filterPlaceholder, listTypeName, type Translate } from '../../../plugins/datasets/grid/grid-messages.ts';
import { computeView } from '../../../plugins/datasets/grid/grid-view.ts';
import { listDisplay } from '../../../plugins/datasets/grid/list-display.ts';
import { MemoryDataSource } from '../../../plugins/datasets/grid/memory-data-source.ts';
import en from '../../../plugins/datasets/l10n/en.json';
import zh from '../../../plugins/datasets/l10n/zh-CN.json';

const signIns: FieldDef = { key: 'signIns', type: 'list', items: 'time' };

function matches(text: string, field: FieldDef, values: CellValue[]): CellValue[] {
  const parsed = parseColumnFilter(text, field);
  if (!parsed.ok || !parsed.filter) throw new Error(`${text}: ${JSON.stringify(parsed)}`);
  const test = compileFilter(parsed.filter, field);
  return values.filter((v) => test(v));
}

describe('list cells in the grid', () => {
  it('show their items joined with ", ", cut with "… (+N)" when long, all of them in the title', () => {
    expect(listDisplay(['08:12', '08:41'])).toEqual({ text: '08:12, 08:41', title: '08:12, 08:41' });
    const month = Array.from({ length: 21 }, (_, i) => `08:${String(10 + i).padStart(2, '0')}`);
    const shown = listDisplay(month);
    expect(shown.text).toBe('08:10, 08:11, 08:12, 08:13, 08:14, 08:15, … (+15)');
    expect(shown.title).toBe(month.join(', '));
    expect(listDisplay(['a'.repeat(60), 'b']).text).toBe(`${'a'.repeat(60)}, … (+1)`);
    expect(listDisplay([true, false], (b) => (b ? 'Yes' : 'No')).text).toBe('Yes, No');
  });

  it('are kept as arrays by the data sources; arrays of objects become text as before', () => {
    expect(toCellValue(['08:12', 1, true])).toEqual(['08:12', 1, true]);
    expect(toCellValue([])).toEqual([]);
    const src = new MemoryDataSource([signIns], [{ signIns: ['08:12'] }, { signIns: null }]);
    expect(src.getValue(1, 'signIns')).toEqual(['08:12']);
    expect(src.getValue(2, 'signIns')).toBeNull();
  });

  it('are edited as text with the core rules: "08:12, 08:41" in, the same text out', () => {
    expect(editorKindFor(signIns, ['08:12'], false)).toBe('text');
    expect(editorKindFor(signIns, null, true)).toBe('text');
    expect(editorText(['08:12', '08:41'])).toBe('08:12, 08:41');
    expect(editorText([])).toBe('[]');
    expect(editorText(['a, b', 'c'])).toBe('["a, b","c"]');
    expect(convertEdit('08:12, 8:41', signIns)).toEqual({ ok: true, value: ['08:12', '08:41'] });
    expect(convertEdit(editorText(['a, b', 'c']), { key: 's', type: 'list', items: 'string' })).toEqual({ ok: true, value: ['a, b', 'c'] });
    expect(convertEdit('', signIns)).toEqual({ ok: true, value: null });
    const bad = convertEdit('08:12, 8:6x', signIns);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.en).toContain('"8:6x" (item 2 of the list)');
  });

  it('compare item by item, so an unchanged list is not stored again', () => {
    expect(sameValue(['08:12', '08:41'], ['08:12', '08:41'])).toBe(true);
    expect(sameValue(['08:12'], ['08:12', '08:41'])).toBe(false);
    expect(sameValue([], null)).toBe(false);
    expect(sameValue(null, [])).toBe(false);
  });
});

describe('list filters', () => {
  const values: CellValue[] = [['08:12', '08:41'], ['08:20', '08:25'], [], null, ['08:31', '08:45', '08:50', '09:01']];

  it('match rows with an item that fits the item type\'s filter', () => {
    expect(matches('> 08:30', signIns, values)).toEqual([['08:12', '08:41'], ['08:31', '08:45', '08:50', '09:01']]);
    expect(matches('08:25', signIns, values)).toEqual([['08:20', '08:25']]);
    expect(matches('08:40..08:42', signIns, values)).toEqual([['08:12', '08:41']]);
    const text: FieldDef = { key: 't', type: 'list', items: 'string' };
    expect(matches('gold', text, [['Gold star', 'x'], ['silver'], null])).toEqual([['Gold star', 'x']]);
    const grades: FieldDef = { key: 'g', type: 'list', items: 'category', values: ['优', '良', '差'] };
    expect(matches('差', grades, [['优', '良'], ['良', '差'], []])).toEqual([['良', '差']]);
    expect(matches('yes', { key: 'b', type: 'list', items: 'boolean' }, [[false], [false, true]])).toEqual([[false, true]]);
  });

  it('compare the number of items after "#" (or count, 个数)', () => {
    expect(matches('# > 3', signIns, values)).toEqual([['08:31', '08:45', '08:50', '09:01']]);
    expect(matches('#0', signIns, values)).toEqual([[]]);
    expect(matches('count 2', signIns, values)).toEqual([['08:12', '08:41'], ['08:20', '08:25']]);
    expect(matches('个数 >= 2', signIns, values)).toEqual([['08:12', '08:41'], ['08:20', '08:25'], ['08:31', '08:45', '08:50', '09:01']]);
    expect(matches('＃1..2', signIns, values)).toEqual([['08:12', '08:41'], ['08:20', '08:25']]);
  });

  it('find missing lists with "is empty"; an empty list is a value', () => {
    expect(matches('is empty', signIns, values)).toEqual([null]);
    expect(matches('(not empty)', signIns, values)).toEqual([['08:12', '08:41'], ['08:20', '08:25'], [], ['08:31', '08:45', '08:50', '09:01']]);
  });

  it('report what they cannot read', () => {
    expect(parseColumnFilter('> 25:00', signIns)).toEqual({ ok: false, error: { code: 'not-a-time', text: '25:00' } });
    expect(parseColumnFilter('# > many', signIns)).toEqual({ ok: false, error: { code: 'not-a-number', text: 'many' } });
    expect(parseColumnFilter('#', signIns)).toEqual({ ok: false, error: { code: 'not-a-number', text: '#' } });
  });

  it('explain themselves in the filter box, and the header names the type', () => {
    const english: Translate = (key, args) => fallbackMessage(key, args);
    expect(filterPlaceholder(signIns, english)).toBe('e.g. < 09:30 · count: # > 3');
    expect(listTypeName(signIns, english)).toBe('list of time');
    const chinese: Translate = (key, args) =>
      (zh as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String((args as Record<string, string> | undefined)?.[name]));
    expect(listTypeName(signIns, chinese)).toBe('时间列表');
    expect(listTypeName({ key: 'x', type: 'list', items: 'number' }, chinese)).toBe('数值列表');
  });
});

describe('sorting lists', () => {
  it('orders rows by their number of items, missing lists last', () => {
    const src = new MemoryDataSource([signIns], [
      { signIns: ['08:12', '08:41', '08:20'] }, { signIns: null }, { signIns: [] }, { signIns: ['09:00'] },
    ]);
    expect(computeView(src, { sort: [{ key: 'signIns', direction: 'asc' }] }).rowIds).toEqual([3, 4, 1, 2]);
    expect(computeView(src, { sort: [{ key: 'signIns', direction: 'desc' }] }).rowIds).toEqual([1, 4, 3, 2]);
    expect(computeView(src, { filters: { signIns: '# >= 1' }, sort: [{ key: 'signIns', direction: 'asc' }] }).rowIds).toEqual([4, 1]);
  });
});

describe('field type choices', () => {
  it('offer a list of each single-value type, named in both languages', () => {
    expect(LIST_CHOICES).toEqual(['list:number', 'list:integer', 'list:boolean', 'list:date', 'list:time', 'list:category', 'list:string']);
    for (const choice of LIST_CHOICES) {
      expect((en as Record<string, string>)[typeChoiceKey(choice)], choice).toMatch(/^List of /);
      expect((zh as Record<string, string>)[typeChoiceKey(choice)], choice).toMatch(/列表$/);
    }
    expect((en as Record<string, string>)[typeChoiceKey('list:time')]).toBe('List of times');
    expect(typeChoiceKey('time')).toBe('datasets.type.time');
  });

  it('set and read the type and the item type together', () => {
    expect(typeChoiceOf(signIns)).toBe('list:time');
    expect(typeChoiceOf({ key: 'x', type: 'list' })).toBe('list:string');
    expect(typeChoiceOf({ key: 'x', type: 'number' })).toBe('number');
    expect(withTypeChoice({ key: 'x', type: 'string', values: ['a'] }, 'list:category')).toEqual({ key: 'x', type: 'list', items: 'category', values: ['a'] });
    expect(withTypeChoice(signIns, 'time')).toEqual({ key: 'signIns', type: 'time' });
  });
});

describe('generator list profiles', () => {
  it('start lists of times as a month of check-ins, other lists with their item type\'s default', () => {
    expect(startingProfileFor(signIns)).toEqual({
      kind: 'list', length: { min: 20, max: 22 }, item: { kind: 'time', from: '07:30', to: '09:30', mean: '08:20', sdMinutes: 8 },
    });
    expect(startingProfileFor({ key: 'n', type: 'list', items: 'number' })).toMatchObject({ kind: 'list', item: { kind: 'normal' } });
    // Text items are numbered by the generator; the editor starts them as categories it can show.
    expect(startingProfileFor({ key: 's', type: 'list', items: 'string' })).toMatchObject({ item: { kind: 'category' } });
  });

  it('edit the length bounds and the items\' parameters', () => {
    const profile = startingProfileFor(signIns);
    const slots = paramSlots(profile);
    expect(slots.map((s) => `${s.of}:${s.param}`)).toEqual(['profile:minLength', 'profile:maxLength', 'item:from', 'item:to', 'item:mean', 'item:sdMinutes']);
    expect(slots.map((s) => slotText(profile, s))).toEqual(['20', '22', '07:30', '09:30', '08:20', '8']);
    expect(withSlot(profile, slots[0]!, '5')).toMatchObject({ length: { min: 5, max: 22 } });
    expect(withSlot(profile, slots[1]!, '2.5')).toBeUndefined();
    expect(withSlot(profile, slots[1]!, '-1')).toBeUndefined();
    expect(withSlot(profile, slots[4]!, '08:40')).toMatchObject({ item: { mean: '08:40' } });
    const flat = withSlot(profile, slots[5]!, '');
    expect(flat).toMatchObject({ item: { kind: 'time', from: '07:30' } });
    expect(flat?.kind === 'list' && flat.item && 'sdMinutes' in flat.item).toBe(false);
    expect(withParam({ kind: 'time', from: '08:00', to: '09:00' }, 'mean', '08:30')).toEqual({ kind: 'time', from: '08:00', to: '09:00', mean: '08:30' });
  });

  it('generate lists through the core generator, as datasets.generate callers get them', () => {
    const profile = startingProfileFor(signIns);
    const records = generateRecords([signIns], 20, { seed: 1, profiles: { signIns: profile } });
    expect(records.every((r) => Array.isArray(r['signIns']) && (r['signIns'] as string[]).length >= 20)).toBe(true);
  });
});

/** Keeps what an import writes (the workspace store's part, in memory). */
function memorySink(): RecordSink & { rows: Record<string, unknown>[] } {
  const rows: Record<string, unknown>[] = [];
  return {
    rows,
    async write(batch) {
      const firstRowId = rows.length + 1;
      rows.push(...batch);
      return { firstRowId };
    },
    async commit(content): Promise<WorkspaceDocument<DatasetContent>> {
      return { id: 'd', kind: 'dataset', name: 'd', revision: 1, createdAt: 0, updatedAt: 0, content: { ...content, rowCount: rows.length } };
    },
    async abort() {},
  };
}

describe('a JSON file with arrays, through the import pipeline the plugin uses', () => {
  const json = '[\n{"agent": "A1", "signIns": ["08:12", "08:41"]},\n{"agent": "A2", "signIns": []},\n{"agent": "A3", "signIns": ["8:05", "08:6x"]}\n]\n';

  it('is previewed with a list of times proposed, and imported as lists', async () => {
    const seen = await preview(new Blob([json.replace('08:6x', '08:30')]), { fileName: 'month.json' });
    expect(seen.inferredFields).toEqual([{ key: 'agent', type: 'string' }, signIns]);
    // The whole file may have an item the preview did not see.
    const file = new Blob([json]);
    const sink = memorySink();
    const result = await runImport(file, { fields: seen.inferredFields, fileName: 'month.json' }, sink, { signal: new AbortController().signal, onProgress: () => {} });
    expect(sink.rows).toEqual([{ agent: 'A1', signIns: ['08:12', '08:41'] }, { agent: 'A2', signIns: [] }, { agent: 'A3', signIns: null }]);
    expect(result.problems.map((p) => [p.line, p.column, p.code])).toEqual([[4, 'signIns', 'not-a-time']]);
    expect(result.problems[0]!.message.en).toContain('"08:6x" (item 2 of the list)');
  });

  it('reads back from a CSV export of the dataset', async () => {
    const fields: FieldDef[] = [{ key: 'agent', type: 'string' }, signIns];
    const records = [{ agent: 'A1', signIns: ['08:12', '08:41'] }, { agent: 'A2', signIns: [] }, { agent: '=A3', signIns: null }];
    const repository = { fields: async () => fields, loadAll: async () => records.map((record, i) => ({ rowId: i + 1, record })) } as unknown as DatasetRepository;
    const { text } = await datasetFileContent(repository, 'd', 'csv');
    expect(text).toBe("\ufeffagent,signIns\r\nA1,08:12; 08:41\r\nA2,[]\r\n'=A3,\r\n");
    const sink = memorySink();
    await runImport(new Blob([text]), { fields, fileName: 'back.csv' }, sink, { signal: new AbortController().signal, onProgress: () => {} });
    expect(sink.rows).toEqual(records);
  });
});
