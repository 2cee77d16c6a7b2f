// Checks a decision table the way a reviewer would: structural problems, rows that can both match
// (overlaps) and inputs no row covers (gaps). See analysis-types.ts for what is reported and
// column-domain.ts for why the answers are exact.
import type { DecisionTable, TableRow } from '../types.ts';
import type { AnalyzeOptions, FindingSeverity, TableAnalysis, TableGap, TableOverlap, TableProblem } from './analysis-types.ts';
import { BitSet } from './atom-set.ts';
import { numericOutput } from './compile-table.ts';
import { bilingual, cellsForAtoms, describeRegion, formatValue, type BilingualText } from './describe-cells.ts';
import { exampleRecord } from './example-record.ts';
import { tableProblems } from './table-problems.ts';
import {
  boxExample, boxesIntersect, findUncovered, intersectBoxes, isEmptyBox, simplifyBoxes, tableCoverage, type Box, type TableCoverage,
} from './table-coverage.ts';

const DEFAULT_MAX_CELLS = 20_000;
const DEFAULT_MAX_FINDINGS = 100;
/** Search budgets for the "is this row shadowed by the rows that win over it?" questions: each, and all together. */
const SHADOW_BUDGET = 1_000;
const SHADOW_TOTAL_BUDGET = 20_000;

export function analyzeDecisionTable(table: DecisionTable, options: AnalyzeOptions = {}): TableAnalysis {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const coverage = tableCoverage(table);
  const problems = [...tableProblems(table), ...unreachableRows(table, coverage)];
  const { overlaps, capped: overlapsCapped } = findOverlaps(table, coverage, maxFindings, options);
  const gapSearch = findGaps(table, coverage, maxCells, maxFindings, options);
  const errorCount = [...problems, ...overlaps, ...gapSearch.gaps].filter((f) => f.severity === 'error').length;
  return {
    problems,
    overlaps,
    gaps: gapSearch.gaps,
    overlapsCapped,
    gapsCapped: gapSearch.capped,
    cellsExamined: gapSearch.examined,
    errorCount,
  };
}

function sameOutput(a: TableRow, b: TableRow): boolean {
  return numericOutput(a.output) === numericOutput(b.output);
}

function overlapSeverity(table: DecisionTable, a: TableRow, b: TableRow): FindingSeverity {
  if (table.hitPolicy === 'unique') return 'error';
  if (table.hitPolicy === 'any') return sameOutput(a, b) ? 'info' : 'error';
  return 'info';
}

function findOverlaps(table: DecisionTable, coverage: TableCoverage, max: number, options: AnalyzeOptions): { overlaps: TableOverlap[]; capped: boolean } {
  const overlaps: TableOverlap[] = [];
  const { rowBoxes } = coverage;
  for (let s = 1; s < rowBoxes.length; s++) {
    for (let r = 0; r < s; r++) {
      if (!boxesIntersect(rowBoxes[r]!, rowBoxes[s]!)) continue;
      if (overlaps.length >= max) return { overlaps, capped: true };
      const both = intersectBoxes(rowBoxes[r]!, rowBoxes[s]!);
      const a = table.rows[r]!;
      const b = table.rows[s]!;
      const severity = overlapSeverity(table, a, b);
      const region = bilingual((locale) => describeRegion(coverage.domains, both, locale, options.fieldLabels));
      const example = boxExample(coverage, both);
      const overlap: TableOverlap = { rows: [r, s], severity, message: overlapMessage(table, r, s, region, severity), pointer: `/rows/${s}`, region, example };
      const record = exampleRecord(table.inputs, example);
      if (record !== undefined) overlap.record = record;
      overlaps.push(overlap);
    }
  }
  return { overlaps, capped: false };
}

function overlapMessage(table: DecisionTable, r: number, s: number, region: BilingualText, severity: FindingSeverity): BilingualText {
  const a = table.rows[r]!;
  const b = table.rows[s]!;
  let en = `Rows ${r + 1} and ${s + 1} can both match${region.en === '' ? '' : `: ${region.en}`}.`;
  let zh = `第 ${r + 1} 行和第 ${s + 1} 行可能同时匹配${region['zh-CN'] === '' ? '' : `：${region['zh-CN']}`}。`;
  if (table.hitPolicy === 'unique') {
    en += ' The "unique" hit policy allows only one matching row.';
    zh += '“唯一”命中策略只允许一行匹配。';
  } else if (table.hitPolicy === 'any' && severity === 'error') {
    en += ` With the "any" hit policy their outputs must be equal (${formatValue(a.output, 'en')} and ${formatValue(b.output, 'en')}).`;
    zh += `“任一”命中策略要求它们的输出相同（${formatValue(a.output, 'zh-CN')} 与 ${formatValue(b.output, 'zh-CN')}）。`;
  }
  return { en, 'zh-CN': zh };
}

function findGaps(
  table: DecisionTable,
  coverage: TableCoverage,
  maxCells: number,
  maxFindings: number,
  options: AnalyzeOptions,
): { gaps: TableGap[]; capped: boolean; examined: number } {
  const whole: Box = coverage.domains.map((d) => BitSet.full(d.atoms.length));
  const allRows = BitSet.full(table.rows.length);
  // The raw boxes are merged afterwards, so allow more of them than are finally reported.
  const search = findUncovered(coverage, whole, allRows, maxCells, maxFindings * 20);
  const merged = sortBoxes(simplifyBoxes(coverage, search.boxes));
  const severity: FindingSeverity = table.hitPolicy === 'collect' || table.hitPolicy === 'rule-order' ? 'info' : 'warning';
  const gaps = merged.slice(0, maxFindings).map((box): TableGap => {
    const conditions = bilingual((locale) => describeRegion(coverage.domains, box, locale, options.fieldLabels));
    const example = boxExample(coverage, box);
    const gap: TableGap = {
      severity,
      message: {
        en: conditions.en === '' ? 'No row covers any input.' : `No row covers: ${conditions.en}`,
        'zh-CN': conditions['zh-CN'] === '' ? '没有任何行覆盖任何输入。' : `没有任何行覆盖：${conditions['zh-CN']}`,
      },
      pointer: '/rows',
      conditions,
      // simplified boxes keep number columns contiguous, so every column is at most one cell
      cells: coverage.domains.map((domain, c) => cellsForAtoms(domain, box[c]!)[0] ?? { op: 'any' }),
      example,
    };
    const record = exampleRecord(table.inputs, example);
    if (record !== undefined) gap.record = record;
    return gap;
  });
  return { gaps, capped: search.capped || merged.length > maxFindings, examined: search.examined };
}

/** Gaps in the order of the columns' values (the order a reader scans the table in). */
function sortBoxes(boxes: Box[]): Box[] {
  const key = (box: Box): number[] => box.map((set) => set.first() ?? 0);
  return [...boxes].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
}

/**
 * Rows that can never fire: they match no input at all, or (first, priority) every input they
 * match is taken by a row that wins over them. The second question is searched within a budget
 * (per row and in all); a row whose search runs out is simply not reported.
 */
function unreachableRows(table: DecisionTable, coverage: TableCoverage): TableProblem[] {
  const problems: TableProblem[] = [];
  const winsOver = winnersBefore(table);
  let spent = 0;
  coverage.rowBoxes.forEach((box, s) => {
    const n = s + 1;
    if (table.inputs.length > 0 && isEmptyBox(box)) {
      problems.push({ code: 'unreachable-row', severity: 'warning', pointer: `/rows/${s}`, message: { en: `Row ${n} matches no input.`, 'zh-CN': `第 ${n} 行不会匹配任何输入。` } });
      return;
    }
    // Only winners that can match together with the row can take inputs from it.
    const winners = winsOver?.(s)?.filter((w) => boxesIntersect(coverage.rowBoxes[w]!, box));
    if (winners === undefined || winners.length === 0 || spent >= SHADOW_TOTAL_BUDGET) return;
    const search = findUncovered(coverage, box, BitSet.of(table.rows.length, winners), SHADOW_BUDGET, 1);
    spent += search.examined;
    if (search.boxes.length === 0 && !search.capped) {
      problems.push({
        code: 'unreachable-row', severity: 'warning', pointer: `/rows/${s}`,
        message: {
          en: `Row ${n} never fires: rows ${winners.map((w) => w + 1).join(', ')} win on every input it matches.`,
          'zh-CN': `第 ${n} 行永远不会生效：它匹配的每个输入都已由第 ${winners.map((w) => w + 1).join('、')} 行取得。`,
        },
      });
    }
  });
  return problems;
}

/** For hit policies where one row wins, the rows that win over row s when both match. */
function winnersBefore(table: DecisionTable): ((s: number) => number[]) | undefined {
  const rows = table.rows;
  if (table.hitPolicy === 'first') return (s) => rows.slice(0, s).map((_, i) => i);
  if (table.hitPolicy === 'priority') {
    const p = (i: number): number => rows[i]!.priority ?? 0;
    return (s) => rows.flatMap((_, i) => (p(i) > p(s) || (p(i) === p(s) && i < s) ? [i] : []));
  }
  return undefined;
}
