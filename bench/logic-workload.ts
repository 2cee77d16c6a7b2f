// The scorecard-shaped workload of the engine benchmark: 25 indicator rules of linear scoring
// with min/max clamps, one penalty rule and a grade chain, over generated records. The glue that
// combines rule results into a total is the same plain JavaScript for every contender, so the
// ratios compare rule evaluation only.

export const INDICATORS = 25;

export interface BenchRecord {
  id: number;
  kpi: Record<string, number>;
  complaints: number;
}

interface Indicator {
  field: string;
  worst: number;
  best: number;
  weight: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same records. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, i) => {
  // Alternate benefit (higher is better) and cost (lower is better) indicators.
  const benefit = i % 2 === 0;
  return { field: `k${i}`, worst: benefit ? 40 : 300, best: benefit ? 95 : 30, weight: 4 };
});

export function generateRecords(count: number, seed = 42): BenchRecord[] {
  const next = random(seed);
  const records: BenchRecord[] = [];
  for (let id = 0; id < count; id++) {
    const kpi: Record<string, number> = {};
    for (const ind of indicators) {
      const lo = Math.min(ind.worst, ind.best) - 10;
      const hi = Math.max(ind.worst, ind.best) + 10;
      kpi[ind.field] = Math.round((lo + next() * (hi - lo)) * 10) / 10;
    }
    records.push({ id, kpi, complaints: Math.floor(next() * next() * 6) });
  }
  return records;
}

/** score = clamp((value - worst) / (best - worst) * 100, 0, 100), as JSON-logic. */
export const indicatorRules: unknown[] = indicators.map((ind) => ({
  min: [100, { max: [0, { '*': [{ '/': [{ '-': [{ var: `kpi.${ind.field}` }, ind.worst] }, ind.best - ind.worst] }, 100] }] }],
}));

/** Each complaint deducts 10 points; more than 3 deduct 15 each. */
export const penaltyRule: unknown = {
  if: [
    { '>': [{ var: 'complaints' }, 3] }, { '*': [{ var: 'complaints' }, 15] },
    { '>': [{ var: 'complaints' }, 0] }, { '*': [{ var: 'complaints' }, 10] },
    0,
  ],
};

export const gradeRule: unknown = {
  if: [
    { '>=': [{ var: 'total' }, 90] }, 'A',
    { '>=': [{ var: 'total' }, 75] }, 'B',
    { '>=': [{ var: 'total' }, 60] }, 'C',
    'D',
  ],
};

export type RuleFn = (data: unknown) => unknown;

export interface CompiledWorkload {
  indicators: RuleFn[];
  penalty: RuleFn;
  grade: RuleFn;
}

/** The same workload written by hand in JavaScript: the baseline every engine is compared with. */
export const handWritten: CompiledWorkload = {
  indicators: indicators.map((ind) => {
    const field = ind.field;
    const range = ind.best - ind.worst;
    return (data: unknown) => {
      const value = (data as BenchRecord).kpi[field]!;
      return Math.min(100, Math.max(0, ((value - ind.worst) / range) * 100));
    };
  }),
  penalty: (data) => {
    const c = (data as BenchRecord).complaints;
    return c > 3 ? c * 15 : c > 0 ? c * 10 : 0;
  },
  grade: (data) => {
    const t = (data as { total: number }).total;
    return t >= 90 ? 'A' : t >= 75 ? 'B' : t >= 60 ? 'C' : 'D';
  },
};

export interface WorkloadResult {
  /** Sum of totals, to check every contender computed the same thing. */
  checksum: number;
  grades: Record<string, number>;
}

/** Runs the workload over the records with one contender's compiled rules. */
export function runWorkload(workload: CompiledWorkload, records: readonly BenchRecord[]): WorkloadResult {
  let checksum = 0;
  const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  const scope = { total: 0 };
  const weight = 100 / INDICATORS / 100;
  for (const record of records) {
    let total = 0;
    for (let i = 0; i < workload.indicators.length; i++) total += (workload.indicators[i]!(record) as number) * weight;
    total -= workload.penalty(record) as number;
    scope.total = total;
    const grade = workload.grade(scope) as string;
    grades[grade] = (grades[grade] ?? 0) + 1;
    checksum += total;
  }
  return { checksum, grades };
}
