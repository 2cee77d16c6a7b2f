// The pairwise judgments behind <sc-ahp-matrix>, apart from the DOM: building the matrix from a
// stored derivation (matched by item id, so reordered or added children keep their judgments),
// stepping along Saaty's scale, and turning the core's AHP result into a derivation to record.
import { ahp, type AhpResult } from '../../../src/core/weighting/ahp.ts';
import type { AhpMethod } from '../../../src/core/weighting/priority-vector.ts';
import { MAX_AHP_ORDER, type RandomIndexTable } from '../../../src/core/weighting/random-index.ts';
import { SAATY_VALUES } from '../../../src/core/weighting/saaty-scale.ts';
import { toPercentWeights } from '../../../src/core/scorecard/derive-weights.ts';
import type { WeightDerivation } from '../../../src/core/scorecard/types.ts';
import type { LocalizedText } from '../../../src/core/localized-text.ts';

/** One of the children being compared. */
export interface WeightItem {
  readonly id: string;
  readonly name: LocalizedText;
}

export type AhpDerivation = Extract<WeightDerivation, { method: 'ahp' }>;

export { MAX_AHP_ORDER };

/**
 * Values typed into JSON as decimals (0.333 for 1/3, 0.143 for 1/7) count as the scale value they
 * round from: within 0.5 %, far below the 12.5 % between the closest scale values (8 and 9).
 */
const SCALE_TOLERANCE = 0.005;

/** Index of `value` in SAATY_VALUES (ascending 1/9 … 9), or −1 when it is not a scale value. */
export function scaleIndex(value: number): number {
  return SAATY_VALUES.findIndex((v) => Math.abs(Math.log(v / value)) < SCALE_TOLERANCE);
}

/** A judgment as people write it: 9, 3, 1, 1/3, 1/9; off-scale values with up to 3 decimals. */
export function formatJudgment(value: number): string {
  const i = scaleIndex(value);
  if (i < 0) return String(Number(value.toFixed(3)));
  const exact = SAATY_VALUES[i] as number;
  return exact >= 1 ? String(exact) : `1/${Math.round(1 / exact)}`;
}

/**
 * The next scale value `steps` places up (towards 9) or down (towards 1/9), stopping at the ends.
 * An off-scale value steps to the nearest scale value on that side.
 */
export function stepJudgment(value: number, steps: number): number {
  const i = scaleIndex(value);
  if (i >= 0) return SAATY_VALUES[Math.max(0, Math.min(SAATY_VALUES.length - 1, i + steps))] as number;
  if (steps === 0) return value;
  const ordered = steps > 0 ? SAATY_VALUES : [...SAATY_VALUES].reverse();
  const beyond = ordered.filter((v) => (steps > 0 ? v > value : v < value));
  if (beyond.length === 0) return ordered[ordered.length - 1] as number;
  return beyond[Math.min(beyond.length, Math.abs(steps)) - 1] as number;
}

function usable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= (1 / 9) * (1 - SCALE_TOLERANCE) && value <= 9 * (1 + SCALE_TOLERANCE);
}

/**
 * The full reciprocal matrix for `items`: judgments taken from `source` where it compared the same
 * two ids (reading its upper triangle, so a matrix that is not quite reciprocal still gives one
 * answer), 1 (equal) for every pair it did not compare, or whose value is off Saaty's range.
 */
export function judgmentsFor(items: readonly WeightItem[], source: WeightDerivation | undefined): number[][] {
  const n = items.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const ahpSource = source?.method === 'ahp' ? source : undefined;
  const index = new Map<string, number>();
  ahpSource?.items.forEach((id, k) => { if (!index.has(id)) index.set(id, k); });
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = index.get(items[i]!.id);
      const b = index.get(items[j]!.id);
      let value = 1;
      if (ahpSource && a !== undefined && b !== undefined) {
        const stored = a < b ? ahpSource.matrix[a]?.[b] : ahpSource.matrix[b]?.[a];
        if (usable(stored)) value = a < b ? stored : 1 / stored;
      }
      const k = scaleIndex(value);
      if (k >= 0) value = SAATY_VALUES[k] as number;
      matrix[i]![j] = value;
      matrix[j]![i] = 1 / value;
    }
  }
  return matrix;
}

/** A new matrix with a[row][column] = value and its reciprocal; the input is not changed. */
export function setJudgment(matrix: readonly (readonly number[])[], row: number, column: number, value: number): number[][] {
  const next = matrix.map((r) => [...r]);
  next[row]![column] = value;
  next[column]![row] = 1 / value;
  return next;
}

/** AHP on the judgments, or undefined when there is nothing to compare or too much for the RI tables. */
export function computeAhp(matrix: readonly (readonly number[])[], method: AhpMethod, riTable: RandomIndexTable): AhpResult | undefined {
  if (matrix.length === 0 || matrix.length > MAX_AHP_ORDER) return undefined;
  return ahp(matrix, { method, riTable, suggestions: 1 });
}

/** What `applyAhpWeights` would record, so the host can store drafts and applied weights alike. */
export function toDerivation(
  node: string, items: readonly WeightItem[], matrix: readonly (readonly number[])[], method: AhpMethod, riTable: RandomIndexTable,
  result: AhpResult | undefined,
): AhpDerivation {
  return {
    node,
    method: 'ahp',
    items: items.map((item) => item.id),
    matrix: matrix.map((row) => [...row]),
    computation: method,
    riTable,
    ...(result ? { lambdaMax: result.lambdaMax, ci: result.ci, cr: result.cr } : {}),
  };
}

/** Weights out of 100 by item id, two decimals, summing to exactly 100 (as they will be applied). */
export function percentById(items: readonly WeightItem[], weights: readonly number[]): Record<string, number> {
  const percent = toPercentWeights(weights);
  const out: Record<string, number> = {};
  items.forEach((item, i) => { out[item.id] = percent[i]!; });
  return out;
}
