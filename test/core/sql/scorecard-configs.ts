// Scorecards for the SQL-vs-evaluate() test, with their record generators. Together with the
// call-centre fixture they cover every built-in scorer, the three aggregations, the three missing
// policies, every policy effect, forced distribution, raters, and both rounding modes.
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { SeededRandom } from '../../../src/core/data/random.ts';
import type { FieldDef, ScorecardConfig } from '../../../src/core/scorecard/types.ts';

export interface Case {
  name: string;
  config: ScorecardConfig;
  records: Record<string, unknown>[];
}

const ABCD = [
  { id: 'A', label: 'A', min: 90, coefficient: 1.3 },
  { id: 'B', label: 'B', min: 75 },
  { id: 'C', label: 'C', min: 60, coefficient: 0.9 },
  { id: 'D', label: 'D', min: 0, coefficient: 0.5 },
];

/** Sets a share of the cells (not the id) to null, seeded: the generator alone leaves 1 record in 50 with a gap. */
export function blank(records: Record<string, unknown>[], share: number, seed: number, keep: readonly string[] = ['id']): Record<string, unknown>[] {
  const random = new SeededRandom(seed);
  for (const r of records) for (const key of Object.keys(r)) if (!keep.includes(key) && random.next() < share) r[key] = null;
  return records;
}

const COVERAGE_FIELDS: FieldDef[] = [
  { key: 'id', type: 'string' },
  { key: 'sales', type: 'number' },
  { key: 'calls', type: 'integer' },
  { key: 'csat', type: 'number' },
  { key: 'audit', type: 'boolean' },
  { key: 'signIn', type: 'time' },
  { key: 'hired', type: 'date' },
  { key: 'level', type: 'category', values: ['junior', 'senior', 'lead'] },
  { key: 'errors', type: 'integer' },
  { key: 'bonusText', type: 'string' },
];

/** Geometric, min and fail groups, pass-fail, target with stretch, dates and times, forced distribution, half-even. */
export function coverageCase(count: number): Case {
  const config: ScorecardConfig = {
    version: 1, id: 'coverage', name: { en: 'Coverage', 'zh-CN': '覆盖' },
    subject: { id: 'id' },
    fields: COVERAGE_FIELDS,
    root: {
      id: 'root', name: 'root', weight: 100, normalize: true,
      children: [
        {
          id: 'output', name: 'output', weight: 3, aggregate: 'weighted-geometric', missing: 'zero',
          children: [
            { id: 'sales', name: 'sales', weight: 60, value: { var: 'sales' }, scorer: { type: 'linear', worst: 55, best: 95 } },
            { id: 'calls', name: 'calls', weight: 40, value: { var: 'calls' }, scorer: { type: 'target', target: 4, floor: 0, stretch: 8, cap: 120 } },
            { id: 'ghost', name: 'ghost', weight: 0, value: { var: 'errors' }, scorer: { type: 'linear', worst: 9, best: 0 } },
          ],
        },
        {
          id: 'quality', name: 'quality', weight: 2, aggregate: 'min',
          children: [
            { id: 'csat', name: 'csat', weight: 50, value: { var: 'csat' }, scorer: { type: 'likert', points: 7, reverse: true } },
            { id: 'audit', name: 'audit', weight: 25, value: { var: 'audit' }, scorer: { type: 'pass-fail', pass: 110, fail: 10 } },
            {
              id: 'punctual', name: 'punctual', weight: 25, value: { 'time.lateMinutes': [{ var: 'signIn' }, '09:00'] },
              scorer: { type: 'bands', bands: [{ max: 0.5, score: 120 }, { min: 0.5, max: 30, score: 80 }, { min: 30, score: 20 }] },
            },
          ],
        },
        {
          id: 'conduct', name: 'conduct', weight: 1, missing: 'fail',
          children: [
            { id: 'errors', name: 'errors', weight: 50, value: { var: 'errors' }, scorer: { type: 'linear', worst: 8, best: 0 } },
            { id: 'tenure', name: 'tenure', weight: 30, value: { 'date.diffDays': [{ var: 'hired' }, '2025-01-01'] }, scorer: { type: 'linear', worst: 0, best: 300 } },
            {
              id: 'level', name: 'level', weight: 20, value: { var: 'csat' },
              scorer: { type: 'logic', score: { if: [{ '==': [{ var: 'record.level' }, 'lead'] }, 130, { '==': [{ var: 'record.level' }, 'senior'] }, { '*': [{ var: 'value' }, 15] }, { '-': [{ var: 'value' }, 10] }] } },
            },
          ],
        },
      ],
    },
    policies: [
      { id: 'lead-bonus', name: 'lead', when: { and: [{ '===': [{ var: 'level' }, 'lead'] }, { var: 'audit' }] }, effect: { type: 'points', amount: 3.5, max: 3 } },
      { id: 'text-bonus', name: 'text', when: { '!': { missing: ['bonusText'] } }, effect: { type: 'points', amount: { var: 'bonusText' }, min: -5, max: 5 } },
      { id: 'weekend', name: 'weekend', when: { 'date.isWeekend': [{ var: 'hired' }] }, effect: { type: 'money', amount: { '*': [{ var: 'calls' }, 12.5] } } },
      { id: 'broken', name: 'broken', when: { '>': [{ var: 'errors' }, 4] }, effect: { type: 'points', amount: { '/': [10, { '-': [{ var: 'errors' }, 5] }] } } },
      { id: 'late-cap', name: 'late', when: { 'time.after': [{ var: 'signIn' }, '09:45'] }, effect: { type: 'veto', mode: 'cap', grade: 'B' } },
      { id: 'no-audit', name: 'no audit', when: { '===': [{ var: 'audit' }, false] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
      { id: 'void', name: 'void', when: { '>=': [{ var: 'errors' }, 8] }, effect: { type: 'veto', mode: 'void' } },
      { id: 'flag', name: 'flag', when: { '<': [{ var: 'sales' }, 60] }, effect: { type: 'flag', flag: 'coach' } },
      { id: 'off', name: 'off', enabled: false, when: true, effect: { type: 'points', amount: 50 } },
    ],
    grades: { bands: ABCD, forced: { shares: [{ grade: 'A', share: 15 }, { grade: 'B', share: 35 }, { grade: 'C', share: 35 }, { grade: 'D', share: 15 }] } },
    scale: { min: 0, max: 120, decimals: 1, rounding: 'half-even', clamp: false },
  };
  const records = generateRecords(COVERAGE_FIELDS, count, {
    seed: 11, idField: 'id',
    profiles: {
      sales: { kind: 'normal', mean: 75, sd: 15, min: 30, max: 100, decimals: 2 },
      calls: { kind: 'poisson', lambda: 4 },
      csat: { kind: 'likert', points: 7 },
      errors: { kind: 'poisson', lambda: 2 },
      signIn: { kind: 'time', from: '08:15', to: '10:00' },
      hired: { kind: 'date', from: '2024-01-01', to: '2025-06-30' },
      bonusText: { kind: 'category', weights: { '2': 3, padded: 2, '-7': 1, 'n/a': 1, empty: 1, '1e1': 1 } },
    },
  });
  // Texts the generator will not make: numbers with blanks around them, and the empty text.
  for (const r of records) r.bonusText = r.bonusText === 'padded' ? ' 4.5 ' : r.bonusText === 'empty' ? '' : r.bonusText;
  return { name: 'coverage', config, records: blank(records, 0.04, 3) };
}

const RATER_FIELDS: FieldDef[] = [
  { key: 'id', type: 'string' },
  { key: 'absences', type: 'integer' },
  { key: 'teamwork', type: 'number' },
  { key: 'skill', type: 'number' },
  { key: 'initiative', type: 'integer' },
];

/** 360 degrees: three rater classes, some records without a class's ratings or with empty ones; half-up. */
export function ratersCase(count: number): Case {
  const config: ScorecardConfig = {
    version: 1, id: 'raters', name: '360',
    subject: { id: 'id' },
    fields: RATER_FIELDS,
    raters: { classes: [
      { id: 'self', name: 'self', weight: 20, source: 'self' },
      { id: 'peer', name: 'peer', weight: 30, source: 'peer' },
      { id: 'manager', name: 'manager', weight: 50, source: 'manager' },
    ] },
    root: {
      id: 'root', name: 'root', weight: 100,
      children: [
        { id: 'teamwork', name: 'teamwork', weight: 40, value: { var: 'teamwork' }, scorer: { type: 'likert', points: 5 } },
        {
          id: 'work', name: 'work', weight: 60, missing: 'zero',
          children: [
            { id: 'skill', name: 'skill', weight: 70, value: { var: 'skill' }, scorer: { type: 'linear', worst: 1, best: 5 } },
            { id: 'initiative', name: 'initiative', weight: 30, value: { var: 'initiative' }, scorer: { type: 'bands', bands: [{ min: 4, score: 100 }, { min: 2, max: 4, score: 70 }] } },
          ],
        },
      ],
    },
    policies: [
      { id: 'absent', name: 'absent', when: { '>': [{ var: 'absences' }, 3] }, effect: { type: 'points', amount: { '*': [-1.5, { var: 'absences' }] }, min: -10 } },
      { id: 'manager-cap', name: 'manager', when: { '<': [{ var: 'manager.skill' }, 2] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
    ],
    grades: { bands: ABCD },
  };
  const rated = RATER_FIELDS.slice(2);
  const profiles = { teamwork: { kind: 'likert' as const, points: 5 as const }, skill: { kind: 'uniform' as const, min: 1, max: 5, decimals: 1 }, initiative: { kind: 'poisson' as const, lambda: 3 } };
  const classes = config.raters!.classes.map((_, i) => blank(generateRecords(rated, count, { seed: 100 + i, profiles }), 0.08, 50 + i, []));
  const base = blank(generateRecords(RATER_FIELDS.slice(0, 2), count, { seed: 7, idField: 'id' }), 0.05, 9);
  const random = new SeededRandom(77);
  const records = base.map((r, i) => {
    const out: Record<string, unknown> = { ...r };
    config.raters!.classes.forEach((c, k) => {
      const x = random.next();
      // Mostly ratings; sometimes none (null or absent), an empty object, or not an object at all.
      out[c.source] = x < 0.08 ? null : x < 0.1 ? {} : x < 0.11 ? 'n/a' : classes[k]![i];
      if (x >= 0.08 && x < 0.085) delete out[c.source];
    });
    return out;
  });
  return { name: 'raters', config, records };
}

/** A negative scale with three decimals, a geometric root and a void veto; half-up. */
export function negativeScaleCase(count: number): Case {
  const fields: FieldDef[] = [{ key: 'id', type: 'string' }, { key: 'a', type: 'number' }, { key: 'b', type: 'number' }, { key: 'flagged', type: 'boolean' }];
  const config: ScorecardConfig = {
    version: 1, id: 'negative', name: 'negative', subject: { id: 'id' }, fields,
    root: {
      id: 'root', name: 'root', weight: 100, aggregate: 'weighted-geometric',
      children: [
        { id: 'a', name: 'a', weight: 70, value: { var: 'a' }, scorer: { type: 'linear', worst: 0, best: 10 } },
        { id: 'b', name: 'b', weight: 30, value: { '+': [{ var: 'b' }, 0.1] }, scorer: { type: 'target', target: 5, floor: 10 } },
      ],
    },
    policies: [{ id: 'void', name: 'void', when: { var: 'flagged' }, effect: { type: 'veto', mode: 'void' } }],
    grades: { bands: [{ id: 'top', label: 'top', min: 5 }, { id: 'mid', label: 'mid', min: 0 }, { id: 'low', label: 'low', min: -10 }] },
    scale: { min: -10, max: 10, decimals: 3, rounding: 'half-up' },
  };
  const records = generateRecords(fields, count, {
    seed: 5, idField: 'id',
    profiles: { a: { kind: 'uniform', min: -2, max: 12, decimals: 3 }, b: { kind: 'uniform', min: 3, max: 12, decimals: 1 }, flagged: { kind: 'bernoulli', p: 0.03 } },
  });
  return { name: 'negative scale', config, records: blank(records, 0.05, 4) };
}

const LIST_FIELDS: FieldDef[] = [
  { key: 'id', type: 'string' },
  { key: 'signIns', type: 'list', items: 'time' },
  { key: 'ratings', type: 'list', items: 'integer' },
  { key: 'absences', type: 'integer' },
];

/** The rule builder's count: the items of `list` for which `condition` (reading {"var": "current"}) holds. */
export function countOf(list: string, condition: unknown): unknown {
  return { reduce: [{ var: list }, { '+': [{ var: 'accumulator' }, { if: [condition, 1, 0] }] }, 0] };
}

const LATE = countOf('signIns', { 'time.after': [{ var: 'current' }, '08:30'] });

/** Counts over list fields (clock-in times, ratings): null lists, empty lists and null items included. */
export function listsCase(count: number): Case {
  const config: ScorecardConfig = {
    version: 1, id: 'lists', name: { en: 'Lists', 'zh-CN': '列表' },
    subject: { id: 'id' },
    fields: LIST_FIELDS,
    root: {
      id: 'root', name: 'root', weight: 100, missing: 'fail',
      children: [
        // Fails (1/0 is not finite) when a rating is 0: the record fails as in evaluate().
        { id: 'inverse', name: 'inverse', weight: 10, value: countOf('ratings', { '>': [{ '/': [1, { var: 'current' }] }, 0.3] }), scorer: { type: 'linear', worst: 0, best: 3 } },
        { id: 'late', name: 'late', weight: 50, value: LATE, scorer: { type: 'linear', worst: 8, best: 0 } },
        { id: 'early', name: 'early', weight: 20, value: countOf('signIns', { 'time.before': [{ var: 'current' }, '08:05'] }), scorer: { type: 'linear', worst: 0, best: 6 } },
        { id: 'good', name: 'good', weight: 30, value: countOf('ratings', { '>=': [{ var: 'current' }, 4] }), scorer: { type: 'target', target: 4, floor: 0 } },
      ],
    },
    policies: [
      { id: 'lateness', name: 'lateness', when: { '>': [LATE, 3] }, effect: { type: 'points', amount: { '*': [-2, { '-': [LATE, 3] }] }, min: -10 } },
      { id: 'full', name: 'full', when: { and: [{ '!!': [{ var: 'signIns' }] }, { '===': [{ var: 'absences' }, 0] }, { '==': [LATE, 0] }] }, effect: { type: 'money', amount: 200 } },
      { id: 'gaps', name: 'gaps', when: { '>': [countOf('signIns', { '!': { var: 'current' } }), 0] }, effect: { type: 'flag', flag: 'gap' } },
      { id: 'unrated', name: 'unrated', when: { '!': { var: 'ratings' } }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
      // Fails when a rating is 0, as the indicator does.
      { id: 'inverse', name: 'inverse', when: { '>': [countOf('ratings', { '>': [{ '/': [1, { var: 'current' }] }, 0.3] }), 1] }, effect: { type: 'points', amount: 1 } },
    ],
    grades: { bands: ABCD },
  };
  const records = generateRecords(LIST_FIELDS, count, {
    seed: 17, idField: 'id',
    profiles: {
      signIns: { kind: 'list', length: { min: 0, max: 12 }, item: { kind: 'time', from: '07:50', to: '09:10', mean: '08:25', sdMinutes: 12 } },
      ratings: { kind: 'list', length: { min: 0, max: 6 }, item: { kind: 'uniform', min: 0, max: 5, decimals: 0 } },
      absences: { kind: 'poisson', lambda: 0.7 },
    },
  });
  // Null items, which the generator does not make.
  records.forEach((r, i) => {
    if (i % 9 === 0 && Array.isArray(r.signIns)) r.signIns = [...(r.signIns as unknown[]), null];
    if (i % 13 === 0 && Array.isArray(r.ratings)) r.ratings = [null, ...(r.ratings as unknown[])];
  });
  return { name: 'lists', config, records: blank(records, 0.04, 5) };
}
