// The analytic hierarchy process for one comparison matrix: weights, consistency, and (when the
// judgments are not consistent enough) which ones to revisit.
import { suggestRevisions } from './ahp-suggestions.ts';
import type { AhpSuggestion } from './ahp-suggestions.ts';
import { measureConsistency } from './consistency.ts';
import { InvalidPairwiseMatrixError, validatePairwiseMatrix } from './pairwise-matrix.ts';
import { AHP_METHODS } from './priority-vector.ts';
import type { AhpMethod } from './priority-vector.ts';
import { RANDOM_INDEX } from './random-index.ts';
import type { RandomIndexTable } from './random-index.ts';

export interface AhpOptions {
  /** How weights are derived; default Saaty's principal eigenvector. */
  method?: AhpMethod;
  /** Which random index table divides CI; default Saaty's. */
  riTable?: RandomIndexTable;
  /** CR below this is acceptable; default 0.10. */
  threshold?: number;
  /** How many revision suggestions to return for an inconsistent matrix; default 3. */
  suggestions?: number;
}

export interface AhpResult {
  /** One weight per row, positive, summing to 1. */
  readonly weights: number[];
  readonly lambdaMax: number;
  readonly ci: number;
  readonly ri: number;
  readonly cr: number;
  /** cr < threshold. */
  readonly consistent: boolean;
  readonly method: AhpMethod;
  readonly riTable: RandomIndexTable;
  /** Empty when consistent; otherwise the judgments whose change would lower CR most, best first. */
  readonly suggestions: AhpSuggestion[];
}

export const DEFAULT_CR_THRESHOLD = 0.1;

/** Throws `InvalidPairwiseMatrixError` (a RangeError) when `validatePairwiseMatrix` finds problems. */
export function ahp(matrix: readonly (readonly number[])[], options: AhpOptions = {}): AhpResult {
  const method = options.method ?? 'eigenvector';
  const riTable = options.riTable ?? 'saaty';
  const threshold = options.threshold ?? DEFAULT_CR_THRESHOLD;
  const suggestionCount = options.suggestions ?? 3;
  if (!AHP_METHODS.includes(method)) throw new RangeError(`Unknown AHP method "${String(method)}" (use ${AHP_METHODS.join(', ')}).`);
  if (!Object.hasOwn(RANDOM_INDEX, riTable)) throw new RangeError(`Unknown random index table "${String(riTable)}" (use "saaty" or "chinese").`);
  if (!(threshold > 0) || !Number.isFinite(threshold)) throw new RangeError(`The CR threshold must be a positive number, not ${threshold}.`);
  if (!Number.isInteger(suggestionCount) || suggestionCount < 0) throw new RangeError(`suggestions must be a whole number ≥ 0, not ${suggestionCount}.`);

  const problems = validatePairwiseMatrix(matrix);
  if (problems.length > 0) throw new InvalidPairwiseMatrixError(problems);

  const measures = measureConsistency(matrix, method, riTable);
  const consistent = measures.cr < threshold;
  return {
    ...measures,
    consistent,
    method,
    riTable,
    suggestions: consistent ? [] : suggestRevisions(matrix, measures.weights, method, riTable, suggestionCount),
  };
}
