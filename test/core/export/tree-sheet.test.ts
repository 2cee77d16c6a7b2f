// The indicator-tree sheet: tree → rows/CSV/xlsx → tree gives the same tree, on the fixture and on
// random trees; bad rows are reported with their row number in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import configJson from '../../fixtures/scorecard/call-centre.json';
import { rowsToTree, treeToRows, type TreeSheetRow } from '../../../src/core/export/tree-sheet.ts';
import { treeFromCsv, treeFromXlsx, treeToCsv, treeToXlsx } from '../../../src/core/export/tree-sheet-files.ts';
import type { IndicatorGroup, IndicatorNode, ScorecardConfig, Scorer } from '../../../src/core/scorecard/types.ts';
import type { LocalizedText } from '../../../src/core/localized-text.ts';

const fixture = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;

describe('tree sheet round trip', () => {
  it('reads the call-centre tree back from rows, CSV (both header languages) and xlsx', () => {
    const config = fixture();
    expect(rowsToTree(treeToRows(config))).toEqual({ root: config.root, problems: [] });
    expect(treeFromCsv(treeToCsv(config, 'en'))).toEqual({ root: config.root, problems: [] });
    expect(treeFromCsv(treeToCsv(config, 'zh-CN'))).toEqual({ root: config.root, problems: [] });
    expect(treeFromXlsx(treeToXlsx(config, 'zh-CN'))).toEqual({ root: config.root, problems: [] });
  });

  it('reads back the tree of every built-in template (CSV and xlsx)', () => {
    const folder = fileURLToPath(new URL('../../../plugins/templates/catalog/', import.meta.url));
    const files = readdirSync(folder).filter((f) => f.endsWith('.template.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { root } = (JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as { scorecard: ScorecardConfig }).scorecard;
      expect(treeFromCsv(treeToCsv({ root }, 'zh-CN')), file).toEqual({ root, problems: [] });
      expect(treeFromXlsx(treeToXlsx({ root }, 'en')), file).toEqual({ root, problems: [] });
    }
  });

  it('writes levels, absolute weights and bare field names', () => {
    const rows = treeToRows(fixture());
    expect(rows[0]).toMatchObject({ path: '0', absoluteWeight: 100 });
    expect(rows[1]?.path).toBe('1');
    expect(rows[2]?.path).toBe('1.1');
    const leaf = rows.find((r) => r.scorer !== undefined);
    expect(leaf?.value).toMatch(/^[\w.]+$|^[{[]/);
    const top = rows.filter((r) => typeof r.path === 'string' && !r.path.includes('.') && r.path !== '0');
    expect(top.reduce((s, r) => s + Number(r.absoluteWeight), 0)).toBeCloseTo(100, 6);
  });

  it('gives the same bytes twice', () => {
    expect(treeToXlsx(fixture(), 'en')).toEqual(treeToXlsx(fixture(), 'en'));
    expect(treeToCsv(fixture(), 'zh-CN')).toBe(treeToCsv(fixture(), 'zh-CN'));
  });

  it('writes Chinese headers and guards formula-like names in CSV', () => {
    const config = fixture();
    config.root.children[0]!.name = '=HYPERLINK("http://x","y")';
    const csv = treeToCsv(config, 'zh-CN');
    expect(csv.split('\r\n')[0]).toContain('层级');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(treeFromCsv(csv).root).toEqual(config.root);
  });
});

describe('tree sheet problems', () => {
  const base = (): TreeSheetRow[] => treeToRows(fixture());

  it('names the row of an unknown parent, a bad weight and invalid scorer JSON', () => {
    const rows = base();
    rows[3] = { ...rows[3], path: '9.1' };
    rows[4] = { ...rows[4], weight: 'forty' };
    const leafIndex = rows.findIndex((r, i) => i > 4 && r.scorer !== undefined && r.scorer !== '');
    rows[leafIndex] = { ...rows[leafIndex], scorerParams: '{worst: 1' };
    const { root, problems } = rowsToTree(rows);
    expect(root).toBeUndefined();
    expect(problems.map((p) => [p.row, p.code])).toEqual([[5, 'unknown-parent'], [6, 'weight-not-number'], [leafIndex + 2, 'scorer-json']]);
    expect(problems[0]?.message.en).toMatch(/^Row 5: .*9/);
    expect(problems[0]?.message['zh-CN']).toMatch(/^第 5 行：/);
  });

  it('reports duplicate ids, unknown scorers and sheets without a level column', () => {
    const rows = base();
    rows[2] = { ...rows[2], id: rows[1]!.id };
    const leafIndex = rows.findIndex((r) => r.scorer !== undefined && r.scorer !== '');
    rows[leafIndex] = { ...rows[leafIndex], scorer: 'magic' };
    const codes = rowsToTree(rows).problems.map((p) => p.code);
    expect(codes).toContain('duplicate-id');
    expect(codes).toContain('unknown-scorer');
    expect(treeFromCsv('a,b\r\n1,2\r\n').problems[0]?.code).toBe('no-path-column');
    expect(treeFromXlsx(new Uint8Array([1, 2, 3])).problems[0]?.code).toBe('unreadable-file');
  });

  it('skips note rows (no level, id or name) and reports a sheet without nodes', () => {
    const config = fixture();
    const rows = [...treeToRows(config), { weight: 100, descriptionEn: 'sum of the weights' }];
    expect(rowsToTree(rows)).toEqual({ root: config.root, problems: [] });
    expect(rowsToTree([{ weight: 100 }]).problems.map((p) => p.code)).toEqual(['no-rows']);
  });

  it('builds the root from the options when the sheet has no row 0', () => {
    const config = fixture();
    const rows = treeToRows(config).slice(1);
    expect(rowsToTree(rows, { root: config.root }).root).toEqual(config.root);
  });
});

// Random trees: every node property the sheet carries, names with separators, quotes, line breaks,
// Chinese and formula starts.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '=', '-', '+', '@', "'", '质', '量', '1', '.', '%', ';'), maxLength: 12 })
  // A cell of spaces alone reads as empty (parseCsv): not a name anyone gives.
  .filter((s) => s === '' || s.trim() !== '');
const nonEmpty = fc.oneof(text.filter((s) => s !== ''), fc.constantFrom('2024-03-05', '09:30', '1.2', 'TRUE', '0012'));
const localized: fc.Arbitrary<LocalizedText> = fc.oneof(text, fc.record({ en: nonEmpty, 'zh-CN': nonEmpty }), fc.record({ 'zh-CN': nonEmpty }));
const optionalLocalized = fc.option(localized.filter((t) => t !== ''), { nil: undefined });
const scorer: fc.Arbitrary<Scorer> = fc.oneof(
  fc.record({ type: fc.constant('linear' as const), worst: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !Object.is(n, -0)), best: fc.integer() }),
  fc.record({ type: fc.constant('likert' as const), points: fc.constantFrom(5 as const, 7 as const) }, { requiredKeys: ['type', 'points'] }),
  fc.constant<Scorer>({ type: 'pass-fail' }),
  fc.constant<Scorer>({ type: 'bands', bands: [{ min: 80, score: 100, label: { en: 'high', 'zh-CN': '高' } }], otherwise: 30 }),
  fc.constant<Scorer>({ type: 'logic', score: { '*': [{ var: 'value' }, 2] } }),
  fc.constant<Scorer>({ type: 'acme.curve', params: { k: 2 } }),
);
const value = fc.oneof(
  fc.constantFrom('csat', 'a.b', '质量', 'true', '_x1').map((field) => ({ var: field })),
  fc.constant({ '/': [{ var: 'a' }, { var: 'b' }] }),
  fc.constant({ var: ['a', 0] }),
  fc.integer(),
);

let nextId = 0;
const common = { weight: fc.integer({ min: 0, max: 100 }), name: localized, description: optionalLocalized, locked: fc.option(fc.boolean(), { nil: undefined }) };
const leaf = fc.record({
  ...common, value, scorer, unit: optionalLocalized,
  direction: fc.option(fc.constantFrom('higher' as const, 'lower' as const), { nil: undefined }),
  smart: fc.option(fc.constant({ specific: 'x', timeBound: '月' }), { nil: undefined }),
}).map((n) => ({ id: `n${nextId++}`, ...n }));

const node: fc.Arbitrary<IndicatorNode> = fc.letrec<{ node: IndicatorNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.record({
      ...common, children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
      aggregate: fc.option(fc.constantFrom('weighted-sum' as const, 'min' as const), { nil: undefined }),
      missing: fc.option(fc.constantFrom('zero' as const, 'fail' as const), { nil: undefined }),
      normalize: fc.option(fc.boolean(), { nil: undefined }),
    }).map((n) => ({ id: `g${nextId++}`, ...n })),
  ),
})).node;

/** Leaves the properties that are undefined out, as a tree read from a sheet does. */
const defined = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('tree sheet round trip on random trees', () => {
  const rootOf = (children: IndicatorNode[]): IndicatorGroup => defined({ id: `root${nextId++}`, name: { en: 'Total', 'zh-CN': '总分' }, weight: 100, children });
  const trees = fc.array(node, { minLength: 1, maxLength: 4 }).map(rootOf);

  it('rows, CSV and xlsx read back equal', () => {
    fc.assert(fc.property(trees, (root) => {
      expect(rowsToTree(treeToRows(root)).root).toEqual(root);
      expect(treeFromCsv(treeToCsv({ root }, 'en')).root).toEqual(root);
      expect(treeFromXlsx(treeToXlsx({ root }, 'zh-CN')).root).toEqual(root);
    }), { numRuns: 100 });
  }, 30_000);
});
