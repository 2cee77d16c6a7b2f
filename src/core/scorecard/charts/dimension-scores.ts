// The top-level dimensions (the root's children): the population's mean score on each, and one
// record's scores on them, for a radar of the record against the average.
import type { LocalizedText } from '../../localized-text.ts';
import type { ScorecardEvaluation } from '../result-types.ts';
import type { ScorecardConfig } from '../types.ts';
import { type ChartEvaluation, type ChartScale, chartColumns, chartScale, configNodes, nodeName } from './chart-common.ts';

export interface DimensionAxis {
  id: string;
  name: LocalizedText;
  /** Column of the dimension in the evaluation's node columns. */
  column: number;
}

export interface DimensionAverages {
  scale: ChartScale;
  axes: DimensionAxis[];
  /** Mean score per axis over the records with a total and a score on it (null when none has). */
  mean: (number | null)[];
  /** How many records each mean is over. */
  count: number[];
}

export interface RecordDimensionScores {
  index: number;
  id: string;
  name?: string;
  total: number | null;
  grade: string | null;
  /** Score per axis, null where the record has none. */
  scores: (number | null)[];
}

export interface DimensionRadar {
  scale: ChartScale;
  axes: DimensionAxis[];
  average: (number | null)[];
  /** The record compared with the average; null when no record is selected. */
  record: RecordDimensionScores | null;
}

export function dimensionAxes(config: ScorecardConfig, evaluation: Pick<ScorecardEvaluation, 'nodes'>): DimensionAxis[] {
  const names = configNodes(config);
  const axes: DimensionAxis[] = [];
  evaluation.nodes.forEach((node, column) => {
    if (node.depth === 1) axes.push({ id: node.id, name: nodeName(names, node.id), column });
  });
  return axes;
}

export function dimensionAverages(config: ScorecardConfig, evaluation: ChartEvaluation): DimensionAverages {
  const axes = dimensionAxes(config, evaluation);
  const K = evaluation.nodes.length;
  const sums = new Float64Array(axes.length);
  const counts = new Uint32Array(axes.length);
  const columns = Int32Array.from(axes, (a) => a.column);
  const { total, scores, count: records } = chartColumns(evaluation);
  for (let i = 0; i < records; i++) {
    // Failed records have no total; their partial scores would skew the population's picture.
    if (total[i] !== total[i]) continue;
    const offset = i * K;
    for (let a = 0; a < columns.length; a++) {
      const s = scores[offset + columns[a]!]!;
      if (s !== s) continue;
      sums[a]! += s;
      counts[a]!++;
    }
  }
  return {
    scale: chartScale(config),
    axes,
    mean: axes.map((_, a) => (counts[a]! > 0 ? sums[a]! / counts[a]! : null)),
    count: Array.from(counts),
  };
}

export function recordDimensionScores(evaluation: ScorecardEvaluation, axes: readonly DimensionAxis[], index: number): RecordDimensionScores {
  const record = evaluation.records[index];
  if (record === undefined) throw new RangeError(`no record ${index}`);
  const K = evaluation.nodes.length;
  const scores = axes.map((a) => {
    const s = evaluation.scores[index * K + a.column]!;
    return Number.isNaN(s) ? null : s;
  });
  const out: RecordDimensionScores = { index, id: record.id, total: record.total, grade: record.grade, scores };
  if (record.name !== undefined) out.name = record.name;
  return out;
}

/**
 * The radar's data: pass the averages already computed for this evaluation (they cost a pass over
 * every record) when only the selected record changes.
 */
export function dimensionRadar(config: ScorecardConfig, evaluation: ScorecardEvaluation, index?: number, averages: DimensionAverages = dimensionAverages(config, evaluation)): DimensionRadar {
  const record = index === undefined || evaluation.records[index] === undefined ? null : recordDimensionScores(evaluation, averages.axes, index);
  return { scale: averages.scale, axes: averages.axes, average: averages.mean, record };
}
