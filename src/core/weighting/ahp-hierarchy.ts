// Total ordering (层次总排序) of a two-level hierarchy: the lower level's global weights and the
// consistency of the whole level, CR = Σ a_j·CI_j / Σ a_j·RI_j, a_j being the parent weights.
import { DEFAULT_CR_THRESHOLD } from './ahp.ts';

/**
 * The comparison made under one parent criterion. An `AhpResult` fits as is; add `elements` when
 * the criterion compares only some lower-level elements.
 */
export interface AhpHierarchyChild {
  /** Local weights of the compared elements (sum 1). */
  readonly weights: readonly number[];
  readonly ci: number;
  readonly ri: number;
  /**
   * Which lower-level elements `weights` are for, as indexes into the lower level. Default
   * 0..k−1: every criterion compares the same elements (alternatives rated under each criterion).
   * For an indicator tree give each criterion its own indexes (e.g. [0, 1, 2], then [3, 4]).
   */
  readonly elements?: readonly number[];
}

export interface AhpHierarchyOptions {
  /** CR below this is acceptable; default 0.10. */
  threshold?: number;
}

export interface AhpHierarchyResult {
  /** Global weight of each lower-level element: Σ_j a_j·w_j(element); sums to 1. */
  readonly weights: number[];
  /** Σ a_j·CI_j. */
  readonly ci: number;
  /** Σ a_j·RI_j. */
  readonly ri: number;
  /** ci / ri; 0 when every child compared at most two elements (ri = 0). */
  readonly cr: number;
  readonly consistent: boolean;
}

/** Weights copied from print (0.263 + 0.475 + … = 1.002) are accepted and re-normalised. */
const SUM_TOLERANCE = 0.01;

export function ahpHierarchy(
  parentWeights: readonly number[],
  children: readonly AhpHierarchyChild[],
  options: AhpHierarchyOptions = {},
): AhpHierarchyResult {
  const threshold = options.threshold ?? DEFAULT_CR_THRESHOLD;
  if (!(threshold > 0) || !Number.isFinite(threshold)) throw new RangeError(`The CR threshold must be a positive number, not ${threshold}.`);
  if (parentWeights.length === 0) throw new RangeError('The parent level has no weights.');
  if (parentWeights.length !== children.length) {
    throw new RangeError(`There are ${parentWeights.length} parent weights but ${children.length} child comparisons; give one per parent criterion.`);
  }
  const parents = checkWeights(parentWeights, 'parent weights');

  let size = 0;
  const local = children.map((child, j) => checkWeights(child.weights, `weights of child ${j}`));
  const elementLists = children.map((child, j) => {
    if (!Number.isFinite(child.ci) || child.ci < 0 || !Number.isFinite(child.ri) || child.ri < 0) {
      throw new RangeError(`Child ${j} has an invalid CI (${child.ci}) or RI (${child.ri}).`);
    }
    const elements = child.elements ?? child.weights.map((_, k) => k);
    if (elements.length !== child.weights.length) {
      throw new RangeError(`Child ${j} names ${elements.length} elements for ${child.weights.length} weights.`);
    }
    if (new Set(elements).size !== elements.length || elements.some((e) => !Number.isInteger(e) || e < 0)) {
      throw new RangeError(`Child ${j}'s elements must be distinct whole numbers ≥ 0.`);
    }
    for (const e of elements) size = Math.max(size, e + 1);
    return elements;
  });

  const weights = new Array<number>(size).fill(0);
  const covered = new Array<boolean>(size).fill(false);
  let ci = 0;
  let ri = 0;
  children.forEach((child, j) => {
    const a = parents[j] as number;
    ci += a * child.ci;
    ri += a * child.ri;
    (elementLists[j] as readonly number[]).forEach((element, k) => {
      weights[element] = (weights[element] as number) + a * ((local[j] as number[])[k] as number);
      covered[element] = true;
    });
  });
  const missing = covered.findIndex((c) => !c);
  if (missing >= 0) throw new RangeError(`Lower-level element ${missing} is not compared under any parent criterion.`);

  const cr = ri > 0 ? ci / ri : 0;
  return { weights, ci, ri, cr, consistent: cr < threshold };
}

/** The weights re-normalised to sum exactly 1, after checking they nearly do. */
function checkWeights(weights: readonly number[], what: string): number[] {
  if (weights.length === 0) throw new RangeError(`The ${what} are empty.`);
  if (weights.some((w) => typeof w !== 'number' || !Number.isFinite(w) || w < 0)) {
    throw new RangeError(`The ${what} must be finite numbers ≥ 0.`);
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (Math.abs(total - 1) > SUM_TOLERANCE) throw new RangeError(`The ${what} sum to ${total}, not 1.`);
  return weights.map((w) => w / total);
}
