// A 25-indicator scorecard (5 dimensions × 5 indicators, every scorer kind, deductions, a cap veto
// and grades) and generated records for it: shared by the evaluate and SQL benchmarks.
import type { FieldDef, IndicatorLeaf, Scorer, ScorecardConfig } from '../src/core/index.ts';

const SCORERS: Scorer[] = [
  { type: 'linear', worst: 60, best: 100 },
  { type: 'linear', worst: 600, best: 120 },
  { type: 'target', target: 90, stretch: 110, cap: 120 },
  { type: 'likert', points: 5 },
  { type: 'bands', bands: [{ min: 95, score: 100 }, { min: 85, score: 80 }, { min: 70, score: 60 }], otherwise: 0 },
];

export function benchScorecard(): ScorecardConfig {
  const fields: FieldDef[] = [{ key: 'id', type: 'integer' }, { key: 'complaints', type: 'integer' }, { key: 'serious', type: 'boolean' }];
  const dimensions = [0, 1, 2, 3, 4].map((d) => {
    const children: IndicatorLeaf[] = [0, 1, 2, 3, 4].map((i) => {
      const key = `k${d}${i}`;
      fields.push({ key, type: i === 3 ? 'integer' : 'number' });
      // A copy per indicator: one shared object would be one scorer for validation (and for an editor).
      return { id: key, name: key, weight: 20, value: { var: key }, scorer: structuredClone(SCORERS[i]!) };
    });
    return { id: `d${d}`, name: `Dimension ${d}`, weight: 20, children };
  });
  return {
    version: 1,
    id: 'bench',
    name: 'Benchmark scorecard',
    subject: { id: 'id' },
    fields,
    root: { id: 'total', name: 'Total', weight: 100, children: dimensions },
    policies: [
      { id: 'complaints', name: 'Complaints', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [-5, { var: 'complaints' }] }, min: -30 } },
      { id: 'serious', name: 'Serious complaint', when: { var: 'serious' }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
    ],
    grades: {
      bands: [
        { id: 'A', label: 'A', min: 90, coefficient: 1.2 },
        { id: 'B', label: 'B', min: 75, coefficient: 1 },
        { id: 'C', label: 'C', min: 60, coefficient: 0.8 },
        { id: 'D', label: 'D', min: 0, coefficient: 0 },
      ],
    },
  };
}

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

/** Records for benchScorecard(): values spread across each scorer's range, 1% missing. */
export function benchRecords(count: number, seed = 7): Record<string, unknown>[] {
  const next = random(seed);
  const out: Record<string, unknown>[] = [];
  for (let n = 0; n < count; n++) {
    const r: Record<string, unknown> = { id: n + 1, complaints: next() < 0.8 ? 0 : Math.floor(next() * 5), serious: next() < 0.02 };
    for (let d = 0; d < 5; d++) {
      r[`k${d}0`] = Math.round((50 + next() * 50) * 10) / 10;
      r[`k${d}1`] = Math.round(100 + next() * 600);
      r[`k${d}2`] = Math.round((60 + next() * 55) * 10) / 10;
      r[`k${d}3`] = 1 + Math.floor(next() * 5);
      r[`k${d}4`] = Math.round((60 + next() * 40) * 10) / 10;
    }
    if (next() < 0.01) r[`k${Math.floor(next() * 5)}${Math.floor(next() * 5)}`] = null;
    out.push(r);
  }
  // As from IndexedDB or a worker message: structured-cloned (V8's fast object layout).
  return structuredClone(out);
}
