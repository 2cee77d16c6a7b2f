// What-if: the same records evaluated by a scorecard and by a variant of it, compared — how many
// change grade (from × to), how ranks and totals move, and who moves most. Built for 100,000
// records: one pass into typed arrays, a bounded heap for the largest movers, and objects only for
// the movers reported.
import type { RecordResult, ScorecardEvaluation } from './result-types.ts';

export interface CompareEvaluationsOptions {
  /** How many of the largest movers to list in each ranking (default 10). */
  top?: number;
  /**
   * Grade ids best first, for the matrix and for telling up from down. Default: the grades of
   * `before.stats` in band order, then any only `after` has (pass them when grade ids look like
   * integers, which plain objects reorder).
   */
  grades?: readonly string[];
}

/** One record in both evaluations. Deltas are after − before; a negative rank delta is a move up. */
export interface RecordMove {
  index: number;
  id: string;
  name?: string;
  totalBefore: number | null;
  totalAfter: number | null;
  deltaTotal: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  deltaRank: number | null;
  gradeBefore: string | null;
  gradeAfter: string | null;
}

export interface EvaluationComparison {
  records: number;
  /** Labels of the matrix rows and columns: grade ids best first, then null (no grade: failed) if any record has none. */
  grades: Array<string | null>;
  /** gradeMatrix[from][to]: how many records had grade grades[from] before and grades[to] after. */
  gradeMatrix: number[][];
  /** Records whose grade differs (including to or from no grade). */
  gradeChanged: number;
  /** Records moved to a better or a worse grade (both graded). */
  gradeUp: number;
  gradeDown: number;
  /** Records ranked in both evaluations, and how many of those changed rank (up: to a smaller rank number). */
  rankCompared: number;
  rankChanged: number;
  rankUp: number;
  rankDown: number;
  /** Records with a total in both evaluations, and how many of those totals differ. */
  totalCompared: number;
  totalChanged: number;
  meanDeltaTotal: number | null;
  medianDeltaTotal: number | null;
  /** Largest |Δ total| first (ties: lower record index); records that did not move are left out. */
  largestTotalMovers: RecordMove[];
  /** Largest |Δ rank| first, likewise. */
  largestRankMovers: RecordMove[];
}

/** Grade ids in order, with a code per record for each side (−1: no grade). */
function gradeCodes(before: ScorecardEvaluation, after: ScorecardEvaluation, order: readonly string[] | undefined) {
  const grades: string[] = [...(order ?? Object.keys(before.stats.grades))];
  const code = new Map(grades.map((g, i) => [g, i]));
  const codeOf = (grade: string | null): number => {
    if (grade === null) return -1;
    let c = code.get(grade);
    if (c === undefined) {
      c = grades.length;
      grades.push(grade);
      code.set(grade, c);
    }
    return c;
  };
  if (order === undefined) for (const g of Object.keys(after.stats.grades)) codeOf(g);
  const n = before.records.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = codeOf(before.records[i]!.grade);
    to[i] = codeOf(after.records[i]!.grade);
  }
  return { grades, from, to };
}

/** Indexes of the `top` largest |delta| (NaN and 0 skipped), largest first, ties to the lower index: a min-heap of size `top`. */
export function largestMagnitudes(delta: Float64Array, top: number): number[] {
  const heap: number[] = [];
  const weaker = (a: number, b: number): boolean => {
    const x = Math.abs(delta[a]!), y = Math.abs(delta[b]!);
    return x < y || (x === y && a > b);
  };
  const siftDown = (): void => {
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && weaker(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && weaker(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  if (top <= 0) return heap;
  for (let i = 0; i < delta.length; i++) {
    const d = delta[i]!;
    if (d === 0 || d !== d) continue;
    if (heap.length < top) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0;) {
        const p = (c - 1) >> 1;
        if (!weaker(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (weaker(heap[0]!, i)) {
      heap[0] = i;
      siftDown();
    }
  }
  return heap.sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0));
}

function moveOf(index: number, a: RecordResult, b: RecordResult): RecordMove {
  const move: RecordMove = {
    index, id: a.id,
    totalBefore: a.total, totalAfter: b.total, deltaTotal: a.total === null || b.total === null ? null : b.total - a.total,
    rankBefore: a.rank, rankAfter: b.rank, deltaRank: a.rank === null || b.rank === null ? null : b.rank - a.rank,
    gradeBefore: a.grade, gradeAfter: b.grade,
  };
  if (a.name !== undefined) move.name = a.name;
  return move;
}

/** Compares two evaluations of the same records (same order); throws when the record counts differ. */
export function compareEvaluations(before: ScorecardEvaluation, after: ScorecardEvaluation, options: CompareEvaluationsOptions = {}): EvaluationComparison {
  const n = before.records.length;
  if (after.records.length !== n) throw new RangeError(`the evaluations are of different records (${n} and ${after.records.length})`);
  const top = options.top ?? 10;
  const { grades, from, to } = gradeCodes(before, after, options.grades);
  const hasNone = from.includes(-1) || to.includes(-1);
  const G = grades.length + (hasNone ? 1 : 0);
  const none = grades.length;
  const matrix = new Uint32Array(G * G);
  let gradeChanged = 0, gradeUp = 0, gradeDown = 0;
  let rankCompared = 0, rankUp = 0, rankDown = 0, totalCompared = 0, totalChanged = 0, sum = 0;
  const deltaTotal = new Float64Array(n).fill(NaN);
  const deltaRank = new Float64Array(n).fill(NaN);
  const deltas = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = from[i]!, t = to[i]!;
    matrix[(f < 0 ? none : f) * G + (t < 0 ? none : t)]!++;
    if (f !== t) {
      gradeChanged++;
      if (f >= 0 && t >= 0) {
        if (t < f) gradeUp++;
        else gradeDown++;
      }
    }
    const a = before.records[i]!, b = after.records[i]!;
    if (a.total !== null && b.total !== null) {
      const d = b.total - a.total;
      deltaTotal[i] = d;
      deltas[totalCompared++] = d;
      sum += d;
      if (d !== 0) totalChanged++;
    }
    if (a.rank !== null && b.rank !== null) {
      rankCompared++;
      deltaRank[i] = b.rank - a.rank;
      if (b.rank < a.rank) rankUp++;
      else if (b.rank > a.rank) rankDown++;
    }
  }
  const compared = deltas.subarray(0, totalCompared).sort();
  const mid = totalCompared >> 1;
  const median = totalCompared === 0 ? null : totalCompared % 2 === 1 ? compared[mid]! : (compared[mid - 1]! + compared[mid]!) / 2;
  const gradeMatrix: number[][] = [];
  for (let r = 0; r < G; r++) gradeMatrix.push(Array.from(matrix.subarray(r * G, (r + 1) * G)));
  const movers = (delta: Float64Array): RecordMove[] => largestMagnitudes(delta, top).map((i) => moveOf(i, before.records[i]!, after.records[i]!));
  return {
    records: n,
    grades: hasNone ? [...grades, null] : grades,
    gradeMatrix,
    gradeChanged, gradeUp, gradeDown,
    rankCompared, rankChanged: rankUp + rankDown, rankUp, rankDown,
    totalCompared, totalChanged,
    meanDeltaTotal: totalCompared === 0 ? null : sum / totalCompared,
    medianDeltaTotal: median,
    largestTotalMovers: movers(deltaTotal),
    largestRankMovers: movers(deltaRank),
  };
}
