// An evaluation in columns: what evaluate computes first and what crosses a worker boundary.
// Structured cloning 100,000 RecordResult objects costs more than evaluating them, and so does
// allocating them where nobody reads them (a worker): typed arrays are transferred for free, and
// the page rebuilds the objects from them in a few milliseconds. Fired policies are columns too
// (one flag and one amount per record and policy); only what is rare travels as objects.
import type { FiredPolicy, RecordResult, ScorecardEvaluation } from './result-types.ts';

/** What a record has besides its numbers; kept only for the records that have any. */
export interface RecordExtras {
  index: number;
  failure?: RecordResult['failure'];
  errors?: RecordResult['errors'];
  raters?: RecordResult['raters'];
  /** Only when packed from result objects (packEvaluation): evaluate puts these in columns. */
  fired?: FiredPolicy[];
  flags?: string[];
  veto?: RecordResult['veto'];
}

/** A policy's effect, as every fired entry of it reads. */
export interface PackedPolicy {
  id: string;
  effect: FiredPolicy['effect'];
  veto?: 'void' | 'cap';
  grade?: string;
  flag?: string;
}

/** Codes of the veto column. */
export const VETO_NONE = 0, VETO_CAP = 1, VETO_VOID = 2;

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
  /** VETO_NONE, VETO_CAP or VETO_VOID. */
  veto: Uint8Array;
  /** The policies in evaluation order: the columns of `fired` and `amounts`. */
  policies: PackedPolicy[];
  /** 1 where policy p fired for record i, at [i * policies.length + p]. */
  fired: Uint8Array;
  /** The points or money a fired policy added, at the same place (0 otherwise). */
  amounts: Float64Array;
  extras: RecordExtras[];
}

const orNaN = (x: number | null): number => (x === null ? NaN : x);
const orNull = (x: number): number | null => (x === x ? x : null);

/** Where emptyPacked gets its buffers (a BufferPool); new ones without. */
export interface BufferSupply {
  take(byteLength: number): ArrayBuffer;
}

const fresh: BufferSupply = { take: (byteLength) => new ArrayBuffer(byteLength) };

/**
 * Columns for `n` records and `nodes` node columns: numbers zero, nullable ones NaN, no grade, no
 * extras. Buffers from `supply` may hold old contents, so every column is written here.
 */
export function emptyPacked(nodes: ScorecardEvaluation['nodes'], n: number, policies: PackedPolicy[], supply: BufferSupply = fresh): PackedEvaluation {
  const K = nodes.length;
  const P = policies.length;
  const f64 = (length: number, fill: number): Float64Array => new Float64Array(supply.take(length * 8)).fill(fill);
  const u8 = (length: number): Uint8Array => new Uint8Array(supply.take(length)).fill(0);
  return {
    nodes, values: f64(n * K, 0), scores: f64(n * K, 0),
    stats: { count: n, failed: 0, mean: null, min: null, max: null, grades: {} }, count: n,
    ids: new Array<string>(n), names: new Array<string | null>(n).fill(null), failed: u8(n),
    totalBefore: f64(n, NaN), adjustment: f64(n, 0), money: f64(n, 0), total: f64(n, NaN),
    coefficient: f64(n, NaN), rank: f64(n, NaN), percentile: f64(n, NaN),
    grade: new Int32Array(supply.take(n * 4)).fill(-1), gradeIds: [], veto: u8(n),
    policies, fired: u8(n * P), amounts: f64(n * P, 0), extras: [],
  };
}

/** The columns of result objects (for a worker or a chart that has objects); unpackEvaluation gives them back. */
export function packEvaluation(evaluation: ScorecardEvaluation): PackedEvaluation {
  const records = evaluation.records;
  const n = records.length;
  const packed = emptyPacked(evaluation.nodes, n, []);
  packed.values = evaluation.values;
  packed.scores = evaluation.scores;
  packed.stats = evaluation.stats;
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
    packed.veto[i] = r.veto === 'void' ? VETO_VOID : r.veto === 'cap' ? VETO_CAP : VETO_NONE;
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
  const arrays = [p.values, p.scores, p.failed, p.totalBefore, p.adjustment, p.money, p.total, p.coefficient, p.rank, p.percentile, p.grade, p.veto, p.fired, p.amounts];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

const NONE: never[] = [];
Object.freeze(NONE);

/** A fired entry as evaluate writes it: the amount for points and money, the mode (and grade) for a veto, the flag. */
function firedEntry(policy: PackedPolicy, amount: number): FiredPolicy {
  const entry: FiredPolicy = { policy: policy.id, effect: policy.effect };
  if (policy.effect === 'points' || policy.effect === 'money') entry.amount = amount;
  else if (policy.effect === 'veto') {
    entry.veto = policy.veto;
    if (policy.veto === 'cap') entry.grade = policy.grade;
  } else entry.flag = policy.flag;
  return entry;
}

/** The fired policies and flags of record i, from the columns. */
function firedOf(p: PackedEvaluation, i: number, record: RecordResult): void {
  const P = p.policies.length;
  let fired: FiredPolicy[] | undefined;
  let flags: string[] | undefined;
  for (let k = i * P, q = 0; q < P; q++, k++) {
    if (!p.fired[k]) continue;
    const policy = p.policies[q]!;
    (fired ??= []).push(firedEntry(policy, p.amounts[k]!));
    if (policy.effect === 'flag') (flags ??= []).push(policy.flag!);
  }
  if (fired) record.fired = fired;
  if (flags) record.flags = flags;
}

/** The result objects of the columns (equal to what evaluate returns; shared empty lists are frozen). */
export function unpackEvaluation(p: PackedEvaluation): ScorecardEvaluation {
  const records: RecordResult[] = new Array(p.count);
  const P = p.policies.length;
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
    const veto = p.veto[i];
    if (veto === VETO_VOID) record.veto = 'void';
    else if (veto === VETO_CAP) record.veto = 'cap';
    if (P > 0) firedOf(p, i, record);
    records[i] = record;
  }
  for (const extra of p.extras) {
    const { index, ...rest } = extra;
    Object.assign(records[index]!, rest);
  }
  return { nodes: p.nodes, records, values: p.values, scores: p.scores, stats: p.stats };
}
