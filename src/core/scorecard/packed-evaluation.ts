// An evaluation in a form that crosses a worker boundary cheaply. Structured cloning 100,000
// RecordResult objects costs more than evaluating them; their numbers packed into typed arrays are
// transferred for free, and the page rebuilds the same objects from them in a few milliseconds.
// Only what is rare (fired policies, flags, errors, failures, rater totals) travels as objects.
import type { FiredPolicy, RecordResult, ScorecardEvaluation } from './result-types.ts';

/** What a record has besides its numbers; sent only for the records that have any. */
interface RecordExtras {
  index: number;
  failure?: RecordResult['failure'];
  veto?: RecordResult['veto'];
  fired?: FiredPolicy[];
  flags?: string[];
  errors?: RecordResult['errors'];
  raters?: RecordResult['raters'];
}

export interface PackedEvaluation {
  nodes: ScorecardEvaluation['nodes'];
  values: Float64Array;
  scores: Float64Array;
  stats: ScorecardEvaluation['stats'];
  count: number;
  ids: string[];
  /** Names by record; null where a record has none. */
  names: Array<string | null>;
  /** 1 where the record failed. */
  failed: Uint8Array;
  /** NaN stands for null in these columns. */
  totalBefore: Float64Array;
  adjustment: Float64Array;
  money: Float64Array;
  total: Float64Array;
  coefficient: Float64Array;
  rank: Float64Array;
  percentile: Float64Array;
  /** Index into `gradeIds`, -1 for no grade. */
  grade: Int32Array;
  gradeIds: string[];
  extras: RecordExtras[];
}

const orNaN = (x: number | null): number => (x === null ? NaN : x);
const orNull = (x: number): number | null => (x === x ? x : null);

export function packEvaluation(evaluation: ScorecardEvaluation): PackedEvaluation {
  const records = evaluation.records;
  const n = records.length;
  const packed: PackedEvaluation = {
    nodes: evaluation.nodes, values: evaluation.values, scores: evaluation.scores, stats: evaluation.stats, count: n,
    ids: new Array<string>(n), names: new Array<string | null>(n), failed: new Uint8Array(n),
    totalBefore: new Float64Array(n), adjustment: new Float64Array(n), money: new Float64Array(n), total: new Float64Array(n),
    coefficient: new Float64Array(n), rank: new Float64Array(n), percentile: new Float64Array(n), grade: new Int32Array(n),
    gradeIds: [], extras: [],
  };
  const gradeIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    packed.ids[i] = r.id;
    packed.names[i] = r.name ?? null;
    packed.failed[i] = r.status === 'failed' ? 1 : 0;
    packed.totalBefore[i] = orNaN(r.totalBefore);
    packed.adjustment[i] = r.adjustment;
    packed.money[i] = r.money;
    packed.total[i] = orNaN(r.total);
    packed.coefficient[i] = orNaN(r.coefficient);
    packed.rank[i] = orNaN(r.rank);
    packed.percentile[i] = orNaN(r.percentile);
    let g = -1;
    if (r.grade !== null) {
      g = gradeIndex.get(r.grade) ?? -1;
      if (g < 0) {
        g = packed.gradeIds.push(r.grade) - 1;
        gradeIndex.set(r.grade, g);
      }
    }
    packed.grade[i] = g;
    if (r.failure || r.veto || r.fired.length || r.flags.length || r.errors.length || r.raters) {
      packed.extras.push({
        index: i,
        ...(r.failure ? { failure: r.failure } : {}), ...(r.veto ? { veto: r.veto } : {}),
        ...(r.fired.length ? { fired: r.fired } : {}), ...(r.flags.length ? { flags: r.flags } : {}),
        ...(r.errors.length ? { errors: r.errors } : {}), ...(r.raters ? { raters: r.raters } : {}),
      });
    }
  }
  return packed;
}

/** The buffers to transfer with postMessage (the typed arrays become unusable on the sending side). */
export function packedTransferables(p: PackedEvaluation): ArrayBuffer[] {
  const arrays = [p.values, p.scores, p.failed, p.totalBefore, p.adjustment, p.money, p.total, p.coefficient, p.rank, p.percentile, p.grade];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

const NONE: never[] = [];
Object.freeze(NONE);

/** The evaluation packEvaluation was given, equal to it (shared empty lists are frozen, as evaluate's are). */
export function unpackEvaluation(p: PackedEvaluation): ScorecardEvaluation {
  const records: RecordResult[] = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const g = p.grade[i]!;
    const record: RecordResult = {
      index: i,
      id: p.ids[i]!,
      status: p.failed[i] ? 'failed' : 'ok',
      totalBefore: orNull(p.totalBefore[i]!),
      adjustment: p.adjustment[i]!,
      money: p.money[i]!,
      total: orNull(p.total[i]!),
      grade: g < 0 ? null : p.gradeIds[g]!,
      coefficient: orNull(p.coefficient[i]!),
      rank: orNull(p.rank[i]!),
      percentile: orNull(p.percentile[i]!),
      fired: NONE,
      flags: NONE,
      errors: NONE,
    };
    const name = p.names[i];
    if (name !== null && name !== undefined) record.name = name;
    records[i] = record;
  }
  for (const extra of p.extras) {
    const { index, ...rest } = extra;
    Object.assign(records[index]!, rest);
  }
  return { nodes: p.nodes, records, values: p.values, scores: p.scores, stats: p.stats };
}
