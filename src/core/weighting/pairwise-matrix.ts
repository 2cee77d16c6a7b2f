// Checking and completing pairwise comparison matrices before any weights are derived from them.
import type { LocalizedText } from '../localized-text.ts';
import { MAX_AHP_ORDER } from './random-index.ts';

/** One thing wrong with a comparison matrix; `row`/`column` are null when the problem is not one cell's. */
export interface PairwiseProblem {
  readonly row: number | null;
  readonly column: number | null;
  readonly message: LocalizedText;
}

/** Thrown by `ahp` on an invalid matrix; `problems` is what `validatePairwiseMatrix` reports. */
export class InvalidPairwiseMatrixError extends RangeError {
  readonly problems: readonly PairwiseProblem[];

  constructor(problems: readonly PairwiseProblem[]) {
    const first = problems[0];
    const where = first && first.row !== null ? ` (row ${first.row}${first.column !== null ? `, column ${first.column}` : ''})` : '';
    const text = first && typeof first.message === 'object' ? (first.message.en ?? '') : String(first?.message ?? '');
    const more = problems.length > 1 ? ` and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}` : '';
    super(`Invalid pairwise comparison matrix${where}: ${text}${more}`);
    this.name = 'InvalidPairwiseMatrixError';
    this.problems = problems;
  }
}

/** How far a_ji may stray from 1/a_ij (typed-in decimals such as 0.333 are not reciprocals). */
const RECIPROCAL_TOLERANCE = 1e-6;
/** Slack for the scale bounds and the diagonal, so 1/9 computed in floating point still passes. */
const BOUND_TOLERANCE = 1e-9;

/**
 * Every problem of a pairwise comparison matrix: square, order 1..15, finite positive numbers,
 * ones on the diagonal, a_ji = 1/a_ij (within 1e-6), values on Saaty's range [1/9, 9].
 * An empty list means `ahp` will accept the matrix.
 */
export function validatePairwiseMatrix(matrix: readonly (readonly number[])[]): PairwiseProblem[] {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    return [{ row: null, column: null, message: { en: 'The matrix has no rows.', 'zh-CN': '判断矩阵没有任何行。' } }];
  }
  const n = matrix.length;
  const problems: PairwiseProblem[] = [];
  if (n > MAX_AHP_ORDER) {
    problems.push({
      row: null,
      column: null,
      message: {
        en: `Compare at most ${MAX_AHP_ORDER} items at once (this matrix has ${n}); split them into groups.`,
        'zh-CN': `一次最多比较 ${MAX_AHP_ORDER} 个元素（此矩阵有 ${n} 个），请分组比较。`,
      },
    });
  }
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      const length = Array.isArray(row) ? row.length : 0;
      problems.push({
        row: i,
        column: null,
        message: {
          en: `Row ${i} has ${length} values; a square matrix of order ${n} needs ${n}.`,
          'zh-CN': `第 ${i} 行有 ${length} 个值；${n} 阶方阵每行需要 ${n} 个值。`,
        },
      });
    }
  });
  if (problems.length > 0) return problems;

  const badCells = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = (matrix[i] as readonly number[])[j];
      const cellProblem = checkCell(value, i, j);
      if (cellProblem) {
        problems.push(cellProblem);
        badCells.add(`${i},${j}`);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (badCells.has(`${i},${j}`) || badCells.has(`${j},${i}`)) continue;
      const upper = (matrix[i] as readonly number[])[j] as number;
      const lower = (matrix[j] as readonly number[])[i] as number;
      if (Math.abs(lower - 1 / upper) > RECIPROCAL_TOLERANCE) {
        problems.push({
          row: j,
          column: i,
          message: {
            en: `a[${j}][${i}] = ${lower} should be the reciprocal of a[${i}][${j}] = ${upper}, that is ${formatRatio(1 / upper)}.`,
            'zh-CN': `a[${j}][${i}] = ${lower} 应为 a[${i}][${j}] = ${upper} 的倒数，即 ${formatRatio(1 / upper)}。`,
          },
        });
      }
    }
  }
  return problems;
}

function checkCell(value: unknown, i: number, j: number): PairwiseProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { row: i, column: j, message: { en: 'Not a finite number.', 'zh-CN': '不是有限数值。' } };
  }
  if (value <= 0) return { row: i, column: j, message: { en: 'Judgments must be positive.', 'zh-CN': '判断值必须为正数。' } };
  if (i === j) {
    return Math.abs(value - 1) > BOUND_TOLERANCE
      ? { row: i, column: j, message: { en: 'An item compared with itself must be 1.', 'zh-CN': '对角线元素（自身比较）必须为 1。' } }
      : undefined;
  }
  if (value < 1 / 9 - BOUND_TOLERANCE || value > 9 + BOUND_TOLERANCE) {
    return {
      row: i,
      column: j,
      message: { en: `${value} is outside Saaty's scale [1/9, 9].`, 'zh-CN': `${value} 超出 Saaty 标度范围 [1/9, 9]。` },
    };
  }
  return undefined;
}

function formatRatio(value: number): string {
  const inverse = Math.round(1 / value);
  if (value < 1 && Math.abs(1 / value - inverse) < 1e-9) return `1/${inverse}`;
  return String(Number(value.toFixed(6)));
}

/**
 * A full reciprocal matrix from its upper triangle: a_ii = 1 and a_ji = 1/a_ij. Only the cells above
 * the diagonal are read; a missing one there is an error, since no judgment can be made up.
 */
export function reciprocalMatrix(upper: readonly (readonly (number | undefined)[])[]): number[][] {
  const n = upper.length;
  const result: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = upper[i]?.[j];
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new RangeError(`The judgment a[${i}][${j}] is missing or not a positive number (${String(value)}).`);
      }
      (result[i] as number[])[j] = value;
      (result[j] as number[])[i] = 1 / value;
    }
  }
  return result;
}
