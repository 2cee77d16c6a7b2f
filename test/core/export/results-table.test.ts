// The results table and its files: headers by locale, formula-safe CSV, the two-sheet workbook
// (whose tree sheet reads back), and the same bytes for the same evaluation.
import { describe, expect, it } from 'vitest';
import configJson from '../../fixtures/scorecard/call-centre.json';
import recordsJson from '../../fixtures/scorecard/call-centre-records.json';
import { resultsTable } from '../../../src/core/export/results-table.ts';
import { resultsToCsv, resultsToXlsx } from '../../../src/core/export/results-table-files.ts';
import { treeFromXlsx } from '../../../src/core/export/tree-sheet-files.ts';
import { parseCsv } from '../../../src/core/data/parse-csv.ts';
import { listXlsxSheets, xlsxToRecords } from '../../../src/core/data/xlsx/index.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';

const config = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;
const records = (): Array<Record<string, unknown>> => structuredClone(recordsJson) as Array<Record<string, unknown>>;

describe('results table', () => {
  it('has a row per record with totals, grades, ranks and node columns', () => {
    const c = config();
    const evaluation = evaluate(c, records());
    const { columns, rows } = resultsTable(c, evaluation, 'en');
    expect(columns.slice(0, 7)).toEqual(['Id', 'Name', 'Status', 'Total', 'Grade', 'Rank', 'Percentile']);
    expect(rows).toHaveLength(evaluation.records.length);
    const first = evaluation.records[0]!;
    expect(rows[0]?.[0]).toBe(first.id);
    expect(rows[0]?.[3]).toBe(first.total);
    expect(rows[0]?.[5]).toBe(first.rank);
    const leafCount = evaluation.nodes.filter((n) => n.leaf).length;
    const groupCount = evaluation.nodes.length - leafCount - 1;
    expect(columns).toHaveLength(10 + groupCount + 2 * leafCount + 3);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it('writes Chinese headers and grade labels', () => {
    const c = config();
    const { columns, rows } = resultsTable(c, evaluate(c, records()), 'zh-CN');
    expect(columns.slice(0, 5)).toEqual(['编号', '姓名', '状态', '总分', '等级']);
    expect(columns.some((h) => h.endsWith('得分'))).toBe(true);
    const labels = c.grades.bands.map((b) => (typeof b.label === 'string' ? b.label : b.label['zh-CN']));
    for (const row of rows) if (row[4] !== null) expect(labels).toContain(row[4]);
  });

  it('guards formula-like names in CSV and reads back to the same text', () => {
    const c = config();
    const rs = records();
    rs[0]![c.subject!.name!] = '=HYPERLINK("http://evil","click")';
    const csv = resultsToCsv(c, evaluate(c, rs), 'en');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(parseCsv(csv).records[0]?.Name).toBe('=HYPERLINK("http://evil","click")');
  });

  it('writes a workbook of results and the indicator tree, the same bytes twice', () => {
    const c = config();
    const bytes = resultsToXlsx(c, evaluate(c, records()), 'zh-CN');
    expect(listXlsxSheets(bytes)).toEqual(['考核结果', '指标体系']);
    expect(xlsxToRecords(bytes).records).toHaveLength(records().length);
    expect(treeFromXlsx(bytes)).toEqual({ root: c.root, problems: [] });
    expect(resultsToXlsx(c, evaluate(c, records()), 'zh-CN')).toEqual(bytes);
    expect(resultsToCsv(c, evaluate(c, records()), 'zh-CN')).toBe(resultsToCsv(c, evaluate(c, records()), 'zh-CN'));
  });
});
