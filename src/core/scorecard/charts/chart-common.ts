// What every chart's data preparation shares: the scale, the grade bands with colours and upper
// bounds, and node names looked up by id. Names come from the configuration by id (not by column
// position) because the designer may hold a newer configuration than the evaluation it is showing.
import type { LocalizedText } from '../../localized-text.ts';
import { type PackedEvaluation, packEvaluation } from '../packed-evaluation.ts';
import type { ScorecardEvaluation } from '../result-types.ts';
import { DEFAULT_SCALE, type IndicatorNode, type ScaleConfig, type ScorecardConfig, isGroup } from '../types.ts';

/** Colours for bands without one, best to worst (green to red), picked to read on light and dark backgrounds. */
export const DEFAULT_GRADE_COLORS: readonly string[] = ['#2e7d32', '#43a047', '#1565c0', '#f9a825', '#ef6c00', '#c62828', '#8e24aa', '#6d4c41'];

export interface ChartScale {
  min: number;
  max: number;
}

/** A grade band as charts draw it: a coloured range [min, max) of the total. */
export interface ChartBand {
  id: string;
  label: LocalizedText;
  /** Lowest total of the band (inclusive). */
  min: number;
  /** Lowest total of the next better band, or the scale maximum for the best band. */
  max: number;
  color: string;
}

export function chartScale(config: ScorecardConfig): ChartScale {
  const scale: ScaleConfig = { ...DEFAULT_SCALE, ...config.scale };
  return { min: scale.min, max: scale.max };
}

/** The configuration's bands, best first, each with its upper bound and a colour. */
export function chartBands(config: ScorecardConfig, scale: ChartScale = chartScale(config)): ChartBand[] {
  const bands = config.grades?.bands ?? [];
  return bands.map((band, i) => ({
    id: band.id,
    label: band.label,
    min: band.min,
    max: i === 0 ? Math.max(scale.max, band.min) : bands[i - 1]!.min,
    color: band.color ?? defaultGradeColor(i, bands.length),
  }));
}

/** Spreads the default ramp over however many bands there are, so the worst band is always red. */
export function defaultGradeColor(index: number, count: number): string {
  const ramp = DEFAULT_GRADE_COLORS.length - 2; // the last two are extra hues, not part of the ramp
  if (count <= 1) return DEFAULT_GRADE_COLORS[0]!;
  if (count > ramp) return DEFAULT_GRADE_COLORS[index % DEFAULT_GRADE_COLORS.length]!;
  return DEFAULT_GRADE_COLORS[Math.round((index * (ramp - 1)) / (count - 1))]!;
}

/** Index of the band a total falls in (the first whose minimum it reaches), −1 without bands. */
export function bandIndexForTotal(bands: readonly ChartBand[], total: number): number {
  if (bands.length === 0) return -1;
  for (let b = 0; b < bands.length; b++) if (total >= bands[b]!.min) return b;
  return bands.length - 1;
}

/** Band index by grade id, for records whose grade came from a forced distribution or a veto. */
export function bandIndexById(bands: readonly ChartBand[]): Map<string, number> {
  return new Map(bands.map((b, i) => [b.id, i]));
}

/** Every node of the configuration by id. */
export function configNodes(config: ScorecardConfig): Map<string, IndicatorNode> {
  const out = new Map<string, IndicatorNode>();
  const visit = (node: IndicatorNode): void => {
    out.set(node.id, node);
    if (isGroup(node)) node.children.forEach(visit);
  };
  visit(config.root);
  return out;
}

/** A node's name from the configuration, or its id when the configuration no longer has it. */
export function nodeName(nodes: ReadonlyMap<string, IndicatorNode>, id: string): LocalizedText {
  return nodes.get(id)?.name ?? id;
}

/**
 * Population charts read columns: an evaluation's result objects are packed first (the worker
 * already has columns; a page that has objects pays one pass).
 */
export type ChartEvaluation = ScorecardEvaluation | PackedEvaluation;

export function chartColumns(evaluation: ChartEvaluation): PackedEvaluation {
  return 'records' in evaluation ? packEvaluation(evaluation) : evaluation;
}

/** Band index (in `bands`) of each of the columns' grade ids; -1 for a grade the bands lack. */
export function bandsOfGrades(bands: readonly ChartBand[], gradeIds: readonly string[]): Int32Array {
  const index = bandIndexById(bands);
  return Int32Array.from(gradeIds, (id) => index.get(id) ?? -1);
}
