// Entropy and CRITIC weights of a node's leaf indicators from their dataset columns, apart from the
// DOM: complete records only (a record missing any indicator's value is skipped and counted), the
// degenerate cases named so the element can say why there is nothing to apply.
import { criticWeights } from '../../../src/core/weighting/critic-weights.ts';
import type { CriterionDirection } from '../../../src/core/weighting/decision-matrix.ts';
import { entropyWeights } from '../../../src/core/weighting/entropy-weights.ts';
import type { WeightDerivation } from '../../../src/core/scorecard/types.ts';
import type { WeightItem } from './ahp-judgments.ts';

/** A leaf indicator with its column from the current dataset (NaN, or a missing index, for no value). */
export interface DataWeightItem extends WeightItem {
  readonly values: Float64Array | readonly number[];
}

export type IndicatorDirection = 'higher' | 'lower';
export type DataWeightMethod = 'entropy' | 'critic';
export type DataDerivation = Extract<WeightDerivation, { method: DataWeightMethod }>;

export type DataWeightsOutcome =
  | { readonly kind: 'empty' }
  /** Fewer than 2 complete records: entropy and CRITIC are undefined. */
  | { readonly kind: 'too-few'; readonly used: number; readonly skipped: number }
  | {
      readonly kind: 'weights';
      readonly used: number;
      readonly skipped: number;
      /** Weights summing to 1, in the order of the items. */
      readonly entropy: number[];
      readonly critic: number[];
      /** Indexes of the indicators whose values are all equal over the records used (weight 0). */
      readonly constant: number[];
    };

/**
 * Both weightings over the records where every indicator has a finite value. Columns of unequal
 * length are read up to the longest; the shorter ones count as missing beyond their end.
 */
export function computeDataWeights(
  items: readonly DataWeightItem[],
  direction: Readonly<Record<string, IndicatorDirection>>,
): DataWeightsOutcome {
  if (items.length === 0) return { kind: 'empty' };
  const records = Math.max(...items.map((item) => item.values.length));
  const matrix: number[][] = [];
  for (let i = 0; i < records; i++) {
    const row = new Array<number>(items.length);
    let complete = true;
    for (let j = 0; j < items.length && complete; j++) {
      const value = items[j]!.values[i];
      if (typeof value === 'number' && Number.isFinite(value)) row[j] = value;
      else complete = false;
    }
    if (complete) matrix.push(row);
  }
  const used = matrix.length;
  const skipped = records - used;
  if (used < 2) return { kind: 'too-few', used, skipped };
  const directions = items.map((item): CriterionDirection => (direction[item.id] === 'lower' ? 'cost' : 'benefit'));
  const constant = items.flatMap((_, j) => (matrix.every((row) => row[j] === matrix[0]![j]) ? [j] : []));
  return {
    kind: 'weights',
    used,
    skipped,
    entropy: entropyWeights(matrix, directions).weights,
    critic: criticWeights(matrix, directions).weights,
    constant,
  };
}

/** What `applyDataWeights` records for these weights (summing to 1, in the order of the items). */
export function toDataDerivation(
  node: string, method: DataWeightMethod, items: readonly WeightItem[], weights: readonly number[], records: number, dataset: string | undefined,
): DataDerivation {
  return {
    node,
    method,
    items: items.map((item) => item.id),
    weights: [...weights],
    records,
    ...(dataset === undefined ? {} : { dataset }),
  };
}
