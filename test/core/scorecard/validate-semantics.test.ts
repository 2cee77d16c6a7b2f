// One test per semantic check of validateConfig: each mutates the valid call-centre fixture in one
// way and expects exactly that problem, located, with its severity, code and both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type {
  BandsScorer, IndicatorGroup, IndicatorLeaf, ScorecardConfig, TargetScorer, WeightDerivation,
} from '../../../src/core/scorecard/types.ts';
import { type ValidateOptions, validateConfig } from '../../../src/core/scorecard/validate.ts';

const FIXTURE = readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8');

function callCentre(): ScorecardConfig {
  return JSON.parse(FIXTURE) as ScorecardConfig;
}

function group(c: ScorecardConfig, i: number): IndicatorGroup {
  return c.root.children[i] as IndicatorGroup;
}

function leaf(c: ScorecardConfig, i: number, j: number): IndicatorLeaf {
  return group(c, i).children[j] as IndicatorLeaf;
}

const ACCURACY = '/root/children/1/children/1';
const TIMELINESS = '/root/children/2/children/0';

interface Case {
  code: string;
  severity: 'error' | 'warning' | 'info';
  pointer: string;
  mutate(c: ScorecardConfig): void;
  options?: ValidateOptions;
}

const CASES: Record<string, Case> = {
  'sibling weights that do not sum to 100': {
    code: 'weights-sum', severity: 'error', pointer: '/root/children/0/children',
    mutate: (c) => { leaf(c, 0, 0).weight = 30; },
  },
  'a negative weight': {
    code: 'negative-weight', severity: 'error', pointer: '/root/children/0/children/1/weight',
    mutate: (c) => { leaf(c, 0, 0).weight = 80; leaf(c, 0, 1).weight = -5; },
  },
  'normalized siblings whose weights are all zero': {
    code: 'weights-zero', severity: 'error', pointer: '/root/children/1/children',
    mutate: (c) => { group(c, 1).normalize = true; leaf(c, 1, 0).weight = 0; leaf(c, 1, 1).weight = 0; },
  },
  'two indicators with one id': {
    code: 'duplicate-node-id', severity: 'error', pointer: '/root/children/2/children/1/id',
    mutate: (c) => { leaf(c, 2, 1).id = 'fcr'; },
  },
  'two rules with one id': {
    code: 'duplicate-policy-id', severity: 'error', pointer: '/policies/1/id',
    mutate: (c) => { c.policies![1]!.id = 'complaint-deduction'; },
  },
  'two grades with one id': {
    code: 'duplicate-grade-id', severity: 'error', pointer: '/grades/bands/1/id',
    mutate: (c) => { c.grades.bands[1]!.id = 'A'; },
  },
  'a field declared twice': {
    code: 'duplicate-field', severity: 'error', pointer: '/fields/18/key',
    mutate: (c) => { c.fields.push({ key: 'team', type: 'string' }); },
  },
  'a list field without an item type': {
    code: 'list-items', severity: 'error', pointer: '/fields/18/type',
    mutate: (c) => { c.fields.push({ key: 'signIns', type: 'list' }); },
  },
  'an item type on a field that is not a list': {
    code: 'list-items', severity: 'error', pointer: '/fields/18/items',
    mutate: (c) => { c.fields.push({ key: 'signIns', type: 'time', items: 'time' }); },
  },
  'grades out of order': {
    code: 'grades-order', severity: 'error', pointer: '/grades/bands/2/min',
    mutate: (c) => { c.grades.bands[2]!.min = 85; },
  },
  'a lowest grade above the scale minimum': {
    code: 'grades-coverage', severity: 'error', pointer: '/grades/bands/3/min',
    mutate: (c) => { c.grades.bands[3]!.min = 10; },
  },
  'a grade outside the scale': {
    code: 'grade-outside-scale', severity: 'error', pointer: '/grades/bands/0/min',
    mutate: (c) => { c.grades.bands[0]!.min = 120; },
  },
  'a forced share for a grade that does not exist': {
    code: 'forced-unknown-grade', severity: 'error', pointer: '/grades/forced/shares/1/grade',
    mutate: (c) => { c.grades.forced = { shares: [{ grade: 'A', share: 0.2 }, { grade: 'E', share: 0.8 }] }; },
  },
  'a grade given two forced shares': {
    code: 'forced-duplicate-grade', severity: 'error', pointer: '/grades/forced/shares/1/grade',
    mutate: (c) => { c.grades.forced = { shares: [{ grade: 'A', share: 0.2 }, { grade: 'A', share: 0.8 }] }; },
  },
  'forced shares summing to neither 1 nor 100': {
    code: 'forced-sum', severity: 'error', pointer: '/grades/forced/shares',
    mutate: (c) => { c.grades.forced = { shares: [{ grade: 'A', share: 0.2 }, { grade: 'B', share: 0.7 }] }; },
  },
  'a cap veto naming no grade': {
    code: 'veto-unknown-grade', severity: 'error', pointer: '/policies/3/effect/grade',
    mutate: (c) => { c.policies![3]!.effect = { type: 'veto', mode: 'cap', grade: 'E' }; },
  },
  'points bounded with min above max': {
    code: 'points-bounds', severity: 'error', pointer: '/policies/0/effect',
    mutate: (c) => { c.policies![0]!.effect = { type: 'points', amount: -10, min: -30, max: -40 }; },
  },
  'a linear scorer with worst equal to best': {
    code: 'linear-range', severity: 'error', pointer: '/root/children/0/children/1/scorer',
    mutate: (c) => { leaf(c, 0, 1).scorer = { type: 'linear', worst: 90, best: 90 }; },
  },
  'a target equal to its floor': {
    code: 'target-floor', severity: 'error', pointer: `${ACCURACY}/scorer/target`,
    mutate: (c) => { (leaf(c, 1, 1).scorer as TargetScorer).floor = 98; },
  },
  'a target equal to the default floor 0': {
    code: 'target-floor', severity: 'error', pointer: `${ACCURACY}/scorer/target`,
    mutate: (c) => { leaf(c, 1, 1).scorer = { type: 'target', target: 0 }; },
  },
  'a stretch target on the floor\'s side of the target': {
    code: 'target-stretch-side', severity: 'error', pointer: `${ACCURACY}/scorer/stretch`,
    mutate: (c) => { (leaf(c, 1, 1).scorer as TargetScorer).stretch = 95; },
  },
  'a stretch target on the wrong side when lower is better': {
    code: 'target-stretch-side', severity: 'error', pointer: '/root/children/1/children/0/scorer/stretch',
    mutate: (c) => { leaf(c, 1, 0).scorer = { type: 'target', target: 300, floor: 600, stretch: 320, cap: 110 }; },
  },
  'a stretch target without a cap': {
    code: 'target-stretch-cap', severity: 'error', pointer: `${ACCURACY}/scorer`,
    mutate: (c) => { delete (leaf(c, 1, 1).scorer as TargetScorer).cap; },
  },
  'a cap below the scale maximum': {
    code: 'target-cap', severity: 'error', pointer: `${ACCURACY}/scorer/cap`,
    mutate: (c) => { (leaf(c, 1, 1).scorer as TargetScorer).cap = 95; },
  },
  'a band with neither min nor max': {
    code: 'band-bounds', severity: 'error', pointer: `${TIMELINESS}/scorer/bands/0`,
    mutate: (c) => { (leaf(c, 2, 0).scorer as BandsScorer).bands[0] = { score: 100 }; },
  },
  'a band with min not below max': {
    code: 'band-range', severity: 'error', pointer: `${TIMELINESS}/scorer/bands/1`,
    mutate: (c) => { (leaf(c, 2, 0).scorer as BandsScorer).bands[1] = { min: 98, max: 95, score: 85 }; },
  },
  'a band score outside the scale': {
    code: 'score-outside-scale', severity: 'warning', pointer: `${TIMELINESS}/scorer/bands/0/score`,
    mutate: (c) => { (leaf(c, 2, 0).scorer as BandsScorer).bands[0]!.score = 120; },
  },
  'a pass-fail score outside the scale': {
    code: 'score-outside-scale', severity: 'warning', pointer: '/root/children/3/children/1/scorer/fail',
    mutate: (c) => { leaf(c, 3, 1).scorer = { type: 'pass-fail', fail: -10 }; },
  },
  'a plugin scorer the caller does not know': {
    code: 'unknown-scorer', severity: 'error', pointer: '/root/children/3/children/1/scorer/type',
    mutate: (c) => { leaf(c, 3, 1).scorer = { type: 'acme.okr', params: { levels: 4 } }; },
    options: { scorers: ['acme.percentile'] },
  },
  'a direction contradicting the scorer': {
    code: 'direction-mismatch', severity: 'warning', pointer: '/root/children/1/children/0/direction',
    mutate: (c) => { leaf(c, 1, 0).direction = 'higher'; },
  },
  'a rule that does not compile': {
    code: 'logic-compile', severity: 'error', pointer: '/root/children/0/children/1/value/+/1',
    mutate: (c) => { leaf(c, 0, 1).value = { '+': [{ var: 'fcrRate' }, { frobnicate: [] }] }; },
  },
  'a plugin operator the engine does not have': {
    code: 'logic-compile', severity: 'error', pointer: '/root/children/0/children/1/value',
    mutate: (c) => { leaf(c, 0, 1).value = { 'acme.smooth': [{ var: 'fcrRate' }] }; },
    options: { operators: ['acme.other'] },
  },
  'an indicator value reading an undeclared field': {
    code: 'undeclared-field', severity: 'error', pointer: '/root/children/0/children/1/value',
    mutate: (c) => { leaf(c, 0, 1).value = { var: 'fcr_rate' }; },
  },
  'a deduction amount reading an undeclared field': {
    code: 'undeclared-field', severity: 'error', pointer: '/policies/0/effect/amount/*/1',
    mutate: (c) => { c.policies![0]!.effect = { type: 'points', amount: { '*': [-10, { var: 'complaint' }] } }; },
  },
  'a money amount reading an undeclared field': {
    code: 'undeclared-field', severity: 'error', pointer: '/policies/5/effect/amount/*/0',
    mutate: (c) => { c.policies![5]!.effect = { type: 'money', amount: { '*': [{ var: 'bonusBase' }, 1] } }; },
  },
  'a logic scorer reading a field without "record."': {
    code: 'undeclared-field', severity: 'error', pointer: '/root/children/0/children/2/scorer/score/-/0',
    mutate: (c) => { leaf(c, 0, 2).scorer = { type: 'logic', score: { '-': [{ var: 'qaScore' }, 10] } }; },
  },
  'a comparison of text with a number': {
    code: 'logic-compare-type', severity: 'warning', pointer: '/policies/6/when',
    mutate: (c) => { c.policies![6]!.when = { '<': [{ var: 'agentName' }, 3] }; },
  },
  'a derivation for a group that does not exist': {
    code: 'weighting-node', severity: 'error', pointer: '/weighting/1/node',
    mutate: (c) => { c.weighting![1]!.node = 'speed'; },
  },
  'a derivation for a leaf': {
    code: 'weighting-node', severity: 'error', pointer: '/weighting/0/node',
    mutate: (c) => { c.weighting![0] = { node: 'aht', method: 'direct' }; },
  },
  'derivation items that are not the group\'s children': {
    code: 'weighting-items', severity: 'error', pointer: '/weighting/1/items',
    mutate: (c) => { (c.weighting![1] as Extract<WeightDerivation, { method: 'ahp' }>).items = ['aht', 'fcr']; },
  },
  'an AHP matrix that is not square': {
    code: 'ahp-matrix', severity: 'error', pointer: '/weighting/1/matrix',
    mutate: (c) => { (c.weighting![1] as Extract<WeightDerivation, { method: 'ahp' }>).matrix = [[1, 1], [1]]; },
  },
  'entropy weights not one per item': {
    code: 'weighting-weights', severity: 'error', pointer: '/weighting/1/weights',
    mutate: (c) => { c.weighting![1] = { node: 'efficiency', method: 'entropy', items: ['aht', 'accuracy'], weights: [0.2, 0.3, 0.5] }; },
  },
  'two derivations for one group': {
    code: 'weighting-duplicate', severity: 'warning', pointer: '/weighting/2/node',
    mutate: (c) => { c.weighting!.push({ node: 'total', method: 'direct' }); },
  },
  'a scale whose minimum is not below its maximum': {
    code: 'scale-range', severity: 'error', pointer: '/scale',
    mutate: (c) => { c.scale = { min: 100, max: 100, decimals: 2 }; },
  },
  'a subject id field that is not declared': {
    code: 'subject-field', severity: 'error', pointer: '/subject/id',
    mutate: (c) => { c.subject = { id: 'employeeNo', name: 'agentName' }; },
  },
  'two rater classes with one id': {
    code: 'duplicate-rater-id', severity: 'error', pointer: '/raters/classes/1/id',
    mutate: (c) => { c.raters = { classes: [{ id: 'self', name: '自评', weight: 20, source: 'self' }, { id: 'self', name: '上级', weight: 80, source: 'manager' }] }; },
  },
  'a rater class without a positive weight': {
    code: 'rater-weight', severity: 'error', pointer: '/raters/classes/0/weight',
    mutate: (c) => { c.raters = { classes: [{ id: 'self', name: '自评', weight: 0, source: 'self' }, { id: 'manager', name: '上级', weight: 80, source: 'manager' }] }; },
  },
  'two rater classes reading one source': {
    code: 'rater-source', severity: 'error', pointer: '/raters/classes/1/source',
    mutate: (c) => { c.raters = { classes: [{ id: 'self', name: '自评', weight: 20, source: 'ratings' }, { id: 'manager', name: '上级', weight: 80, source: 'ratings' }] }; },
  },
  'a plugin operator nobody vouched for': {
    code: 'unchecked-operator', severity: 'info', pointer: '/root/children/0/children/1/value',
    mutate: (c) => { leaf(c, 0, 1).value = { 'acme.smooth': [{ var: 'fcrRate' }] }; },
  },
};

describe('validateConfig: semantic checks', () => {
  for (const [title, test] of Object.entries(CASES)) {
    it(`reports ${title} (${test.code})`, () => {
      const config = callCentre();
      test.mutate(config);
      const result = validateConfig(config, test.options);
      const matching = result.problems.filter((p) => p.code === test.code);
      expect(matching.map((p) => p.pointer), JSON.stringify(result.problems, null, 1)).toEqual([test.pointer]);
      const [problem] = matching;
      expect(problem?.severity).toBe(test.severity);
      expect(problem?.message.en).not.toBe('');
      expect(problem?.message['zh-CN']).not.toBe('');
      expect(problem?.message['zh-CN']).not.toBe(problem?.message.en);
      expect(/[\u4e00-\u9fff]/.test(problem?.message['zh-CN'] ?? '')).toBe(true);
      expect(result.valid).toBe(!result.problems.some((p) => p.severity === 'error'));
      if (test.severity === 'error') expect(result.valid).toBe(false);
      expect(result.config).toBe(config);
    });
  }
});

describe('validateConfig: what the semantic checks accept', () => {
  const problemsOf = (mutate: (c: ScorecardConfig) => void, options?: ValidateOptions): string[] => {
    const config = callCentre();
    mutate(config);
    return validateConfig(config, options).problems.map((p) => `${p.code} ${p.pointer}`);
  };

  it('lets a group with normalize: true use weights in proportion', () => {
    expect(problemsOf((c) => { group(c, 0).normalize = true; leaf(c, 0, 0).weight = 3; leaf(c, 0, 1).weight = 2; leaf(c, 0, 2).weight = 1; })).toEqual([]);
  });

  it('tolerates rounding noise in weight sums', () => {
    expect(problemsOf((c) => { leaf(c, 0, 0).weight = 100 / 3; leaf(c, 0, 1).weight = 100 / 3; leaf(c, 0, 2).weight = 100 / 3; })).toEqual([]);
  });

  it('accepts forced shares as fractions or percentages', () => {
    expect(problemsOf((c) => { c.grades.forced = { shares: [{ grade: 'A', share: 0.1 }, { grade: 'B', share: 0.2 }, { grade: 'C', share: 0.6 }, { grade: 'D', share: 0.1 }] }; })).toEqual([]);
    expect(problemsOf((c) => { c.grades.forced = { shares: [{ grade: 'A', share: 10 }, { grade: 'B', share: 20 }, { grade: 'C', share: 60 }, { grade: 'D', share: 10 }] }; })).toEqual([]);
  });

  it('checks plugin scorers only against a given list', () => {
    const plugin = (c: ScorecardConfig): void => { leaf(c, 3, 1).scorer = { type: 'acme.okr' }; };
    expect(problemsOf(plugin)).toEqual([]);
    expect(problemsOf(plugin, { scorers: ['acme.okr'] })).toEqual([]);
  });

  it('compiles rules with the plugin operators the caller names', () => {
    expect(problemsOf((c) => { leaf(c, 0, 1).value = { 'acme.smooth': [{ var: 'fcrRate' }] }; }, { operators: ['acme.smooth'] })).toEqual([]);
  });

  it('knows the date and time operators', () => {
    expect(problemsOf((c) => {
      c.fields.push({ key: 'shiftStart', type: 'time' }, { key: 'clockIn', type: 'time' });
      c.policies![1]!.when = { 'time.after': [{ var: 'clockIn' }, { var: 'shiftStart' }] };
    })).toEqual([]);
  });

  it('lets a logic scorer read its value and record fields', () => {
    expect(problemsOf((c) => { leaf(c, 0, 2).scorer = { type: 'logic', score: { if: [{ var: 'record.falsification' }, 0, { var: 'value' }] } }; })).toEqual([]);
  });

  it('reads 360-degree ratings with the declared fields, and lets rules reach into each source', () => {
    expect(problemsOf((c) => {
      c.raters = { classes: [{ id: 'self', name: { en: 'Self', 'zh-CN': '自评' }, weight: 20, source: 'self' }, { id: 'lead', name: { en: 'Team lead', 'zh-CN': '班组长' }, weight: 80, source: 'lead' }] };
      c.policies![6]!.when = { '<': [{ var: 'lead.csat' }, 3] };
    })).toEqual([]);
  });

  it('passes a lower-is-better target with a stretch below it', () => {
    expect(problemsOf((c) => {
      leaf(c, 1, 0).scorer = { type: 'target', target: 300, floor: 600, stretch: 240, cap: 110 };
    })).toEqual([]);
  });
});
