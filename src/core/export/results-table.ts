// An evaluation as one table for Excel: per record its id, name, status, totals, grade, rank and
// percentile, every dimension's score, every indicator's value and score, the points and money the
// policies added, which policies fired and the flags raised. Headers and grade and policy names
// are in the chosen language; node columns are named after the nodes (the id is added when two
// nodes share a name, so every header is unique and the CSV reads back column by column).
import { type Locale, resolveLocalized } from '../localized-text.ts';
import type { RecordResult, ScorecardEvaluation } from '../scorecard/result-types.ts';
import { type ScorecardConfig, isGroup } from '../scorecard/types.ts';
import { flattenTree } from '../scorecard/flat-tree.ts';

export interface ResultsTable {
  columns: string[];
  /** Cells by column position: text, numbers, or null for an empty cell. */
  rows: Array<Array<string | number | null>>;
}

const HEADERS = {
  id: { en: 'Id', 'zh-CN': '编号' },
  name: { en: 'Name', 'zh-CN': '姓名' },
  status: { en: 'Status', 'zh-CN': '状态' },
  totalBefore: { en: 'Score before policies', 'zh-CN': '政策调整前得分' },
  adjustment: { en: 'Points adjustment', 'zh-CN': '加减分' },
  money: { en: 'Money adjustment', 'zh-CN': '奖惩金额' },
  total: { en: 'Total', 'zh-CN': '总分' },
  grade: { en: 'Grade', 'zh-CN': '等级' },
  rank: { en: 'Rank', 'zh-CN': '排名' },
  percentile: { en: 'Percentile', 'zh-CN': '百分位' },
  fired: { en: 'Policies applied', 'zh-CN': '触发的政策' },
  flags: { en: 'Flags', 'zh-CN': '标记' },
  problems: { en: 'Problems', 'zh-CN': '问题' },
} as const satisfies Record<string, Record<Locale, string>>;

const SUFFIX = {
  score: { en: 'score', 'zh-CN': '得分' },
  value: { en: 'value', 'zh-CN': '取值' },
} as const;

const STATUS = { ok: { en: 'OK', 'zh-CN': '正常' }, failed: { en: 'Failed', 'zh-CN': '失败' } } as const;

export const RESULTS_SHEET_NAME: Record<Locale, string> = { en: 'Results', 'zh-CN': '考核结果' };

/** NaN and ±Infinity (missing) become empty cells. */
const numberCell = (n: number | null | undefined): number | null => (n === null || n === undefined || !Number.isFinite(n) ? null : n);

/** The table of an evaluation of `config` (the evaluation's nodes are the config's, in pre-order). */
export function resultsTable(config: ScorecardConfig, evaluation: ScorecardEvaluation, locale: Locale): ResultsTable {
  const source = flattenTree(config.root).source;
  const names = source.map((node) => resolveLocalized(node.name, locale) || node.id);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const label = (k: number): string => ((counts.get(names[k]!) ?? 0) > 1 ? `${names[k]} (${source[k]!.id})` : names[k]!);
  // Dimensions are the groups below the root; the root's score is the total before policies.
  const groups = source.flatMap((node, k) => (k > 0 && isGroup(node) ? [k] : []));
  const leaves = source.flatMap((node, k) => (isGroup(node) ? [] : [k]));
  const h = (key: keyof typeof HEADERS): string => HEADERS[key][locale];
  const columns = [
    h('id'), h('name'), h('status'), h('total'), h('grade'), h('rank'), h('percentile'), h('totalBefore'), h('adjustment'), h('money'),
    ...groups.map((k) => `${label(k)} ${SUFFIX.score[locale]}`),
    ...leaves.flatMap((k) => [`${label(k)} ${SUFFIX.value[locale]}`, `${label(k)} ${SUFFIX.score[locale]}`]),
    h('fired'), h('flags'), h('problems'),
  ];
  const gradeLabels = new Map(config.grades.bands.map((b) => [b.id, resolveLocalized(b.label, locale) || b.id]));
  const policyNames = new Map((config.policies ?? []).map((p) => [p.id, resolveLocalized(p.name, locale) || p.id]));
  const K = evaluation.nodes.length;
  const firedText = (record: RecordResult): string => record.fired.map((f) => {
    const name = policyNames.get(f.policy) ?? f.policy;
    return f.amount === undefined ? name : `${name} (${f.amount > 0 ? '+' : ''}${f.amount})`;
  }).join('; ');
  const problemsText = (record: RecordResult): string => [
    ...(record.failure ? [`${record.failure.node}: ${record.failure.message}`] : []),
    ...record.errors.map((e) => `${e.source}: ${e.message}`),
  ].join('; ');
  const rows = evaluation.records.map((record, i) => [
    record.id, record.name ?? null, STATUS[record.status][locale], numberCell(record.total),
    record.grade === null ? null : (gradeLabels.get(record.grade) ?? record.grade),
    numberCell(record.rank), numberCell(record.percentile), numberCell(record.totalBefore), record.adjustment, record.money,
    ...groups.map((k) => numberCell(evaluation.scores[i * K + k])),
    ...leaves.flatMap((k) => [numberCell(evaluation.values[i * K + k]), numberCell(evaluation.scores[i * K + k])]),
    firedText(record), record.flags.join('; '), problemsText(record),
  ]);
  return { columns, rows };
}
