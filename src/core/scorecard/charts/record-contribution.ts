// One record's points per indicator: the weight the indicator carried in this record's total (its
// share after missing siblings were re-normalised away), the points it earned (weight × score) and
// the points it could have earned (weight × scale maximum). The same arithmetic as explainRecord,
// read straight from the columns so the chart needs no compiled scorecard.
import type { LocalizedText } from '../../localized-text.ts';
import type { ScorecardEvaluation } from '../result-types.ts';
import { type ScorecardConfig, isGroup } from '../types.ts';
import { type ChartScale, chartScale, configNodes, nodeName } from './chart-common.ts';

export interface IndicatorContribution {
  id: string;
  name: LocalizedText;
  /** The top-level dimension the indicator belongs to (itself when it sits right under the root). */
  dimension: string;
  dimensionName: LocalizedText;
  score: number | null;
  /** Share of the total for this record; null below a min or geometric-mean node, where points do not add up. */
  weight: number | null;
  earned: number | null;
  possible: number | null;
  /** possible − earned. */
  lost: number | null;
}

export interface PolicyContribution {
  policy: string;
  name: LocalizedText;
  amount: number;
}

export interface RecordContribution {
  index: number;
  id: string;
  name?: string;
  scale: ChartScale;
  status: 'ok' | 'failed';
  totalBefore: number | null;
  total: number | null;
  grade: string | null;
  /** Leaves in tree order. */
  items: IndicatorContribution[];
  /** Points rules added or deducted. */
  policies: PolicyContribution[];
}

export function recordContribution(config: ScorecardConfig, evaluation: ScorecardEvaluation, index: number): RecordContribution {
  const record = evaluation.records[index];
  if (record === undefined) throw new RangeError(`no record ${index}`);
  const scale = chartScale(config);
  const names = configNodes(config);
  const { nodes } = evaluation;
  const K = nodes.length;
  const position = new Map(nodes.map((n, k) => [n.id, k]));
  const children: number[][] = nodes.map(() => []);
  nodes.forEach((n, k) => {
    const p = n.parent === null ? undefined : position.get(n.parent);
    if (p !== undefined) children[p]!.push(k);
  });
  const score = (k: number): number | null => {
    const s = evaluation.scores[index * K + k]!;
    return Number.isNaN(s) ? null : s;
  };

  // Pre-order puts every parent before its children, so one forward pass hands weights down.
  const weight: (number | null)[] = new Array(K).fill(null);
  if (K > 0) weight[0] = 1;
  for (let k = 0; k < K; k++) {
    const w = weight[k];
    const source = names.get(nodes[k]!.id);
    const group = source && isGroup(source) ? source : undefined;
    if (nodes[k]!.leaf || w === null || (group?.aggregate ?? 'weighted-sum') !== 'weighted-sum') continue;
    const renormalize = (group?.missing ?? 'renormalize') === 'renormalize';
    const kids = children[k]!;
    const counts = (c: number): boolean => !renormalize || score(c) !== null;
    const used = kids.reduce((s, c) => (counts(c) ? s + nodes[c]!.localWeight : s), 0);
    for (const c of kids) weight[c] = used > 0 && counts(c) ? (w * nodes[c]!.localWeight) / used : 0;
  }

  const dimensionOf = (k: number): number => {
    let d = k;
    while (nodes[d]!.depth > 1) d = position.get(nodes[d]!.parent!)!;
    return d;
  };
  const items: IndicatorContribution[] = [];
  for (let k = 0; k < K; k++) {
    if (!nodes[k]!.leaf) continue;
    const s = score(k);
    const w = weight[k]!;
    const d = dimensionOf(k);
    const earned = w !== null && s !== null ? w * s : null;
    const possible = w !== null ? w * scale.max : null;
    items.push({
      id: nodes[k]!.id,
      name: nodeName(names, nodes[k]!.id),
      dimension: nodes[d]!.id,
      dimensionName: nodeName(names, nodes[d]!.id),
      score: s,
      weight: w,
      earned,
      possible,
      lost: possible !== null ? possible - (earned ?? 0) : null,
    });
  }
  const policyNames = new Map((config.policies ?? []).map((p) => [p.id, p.name]));
  const policies = record.fired
    .filter((f) => f.effect === 'points' && f.amount !== undefined && f.amount !== 0)
    .map((f) => ({ policy: f.policy, name: policyNames.get(f.policy) ?? f.policy, amount: f.amount! }));
  const out: RecordContribution = { index, id: record.id, scale, status: record.status, totalBefore: record.totalBefore, total: record.total, grade: record.grade, items, policies };
  if (record.name !== undefined) out.name = record.name;
  return out;
}
