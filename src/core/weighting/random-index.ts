// Random consistency indices: the mean CI of random reciprocal matrices of order n, the yardstick
// that turns a consistency index into a consistency ratio (CR = CI / RI).

/**
 * The two tables in use, indexed by n − 1 (n = 1..15).
 *
 * `saaty`: Saaty's table. n = 3..10 as in Saaty & Tran (2007), "On the invalidity of fuzzifying
 * numerical judgments in the AHP", Mathematical and Computer Modelling 46(7–8), 962–975 (quoted by
 * public AHP code, e.g. osasido/Fuzzy-AHP-risk-assessment- fuzzymatlab/RI.m); n = 11..15 as widely
 * reproduced from Saaty's books (R, Java, PHP and JavaScript AHP implementations all print the same
 * row). The dip at n = 12 (1.48 < 1.51) is in the published row and is kept on purpose.
 *
 * `chinese`: the table printed in Chinese AHP teaching material (数学建模 textbooks; e.g. the MATLAB
 * AHP program reproduced at coloradmin.cn/o/101182.html:
 * `RI=[0 0 0.52 0.89 1.12 1.26 1.36 1.41 1.46 1.49 1.52 1.54 1.56 1.58 1.59]`). A second Chinese
 * variant (1.11, 1.25, 1.35, 1.40, 1.45 for n = 5..9) also circulates; it is not offered.
 */
export const RANDOM_INDEX = Object.freeze({
  saaty: Object.freeze([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]),
  chinese: Object.freeze([0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]),
});

export type RandomIndexTable = keyof typeof RANDOM_INDEX;

/** The largest matrix either table covers. */
export const MAX_AHP_ORDER = 15;

/** RI for a matrix of order n (1 ≤ n ≤ 15). */
export function randomIndex(n: number, table: RandomIndexTable = 'saaty'): number {
  const values = RANDOM_INDEX[table];
  if (!values) throw new RangeError(`Unknown random index table "${String(table)}" (use "saaty" or "chinese").`);
  if (!Number.isInteger(n) || n < 1 || n > values.length) {
    throw new RangeError(`The random index tables cover matrices of order 1 to ${values.length}, not ${n}.`);
  }
  return values[n - 1] as number;
}
