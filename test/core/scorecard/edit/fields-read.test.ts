// The fields a scorecard reads, for the sample-data generator.
import { describe, expect, it } from 'vitest';
import { declaredFieldsFor, fieldsReadByScorecard, sampleFieldsFor } from '../../../../src/core/scorecard/edit/fields-read.ts';
import { callCentre, deepFreeze } from './edit-fixtures.ts';
import { config as build, group as g, leaf } from '../scorecard-builders.ts';

describe('fieldsReadByScorecard', () => {
  it('lists the leaves\' fields in tree order, then the policies\'', () => {
    expect(fieldsReadByScorecard(callCentre())).toEqual([
      'csat', 'fcrRate', 'qaScore', 'aht', 'accuracyRate', 'complaintOnTimeRate', 'callbackRate', 'attendanceDays', 'scheduledDays',
      'trainingCompleted', 'complaints', 'lateCount', 'commendations', 'seriousComplaints', 'falsification',
    ]);
  });

  it('reads record.<field> from logic scorers (not "value"), and skips disabled policies', () => {
    const config = deepFreeze(build(g('root', 100, [
      { id: 'x', name: 'x', weight: 100, value: { var: 'a' }, scorer: { type: 'logic', score: { '*': [{ var: 'value' }, { var: 'record.factor' }] } } },
    ]), {
      policies: [
        { id: 'p', name: 'p', when: { '>': [{ var: 'b' }, 1] }, effect: { type: 'points', amount: { var: 'bonus' } } },
        { id: 'q', name: 'q', enabled: false, when: { var: 'ignored' }, effect: { type: 'flag', flag: 'f' } },
      ],
    }));
    expect(fieldsReadByScorecard(config)).toEqual(['a', 'factor', 'b', 'bonus']);
  });
});

describe('sampleFieldsFor', () => {
  it('gives the declared definitions, and numbers for undeclared fields', () => {
    const fields = sampleFieldsFor(callCentre());
    expect(fields.find((f) => f.key === 'trainingCompleted')?.type).toBe('boolean');
    expect(fields.find((f) => f.key === 'complaints')?.type).toBe('integer');
    expect(fields.find((f) => f.key === 'csat')?.label).toEqual({ en: 'Customer satisfaction (1–5)', 'zh-CN': '客户满意度（1–5 分）' });
    expect(fields.map((f) => f.key)).not.toContain('agentId');
    const config = deepFreeze(build(g('root', 100, [leaf('a', 100, { type: 'pass-fail' })]), { fields: [] }));
    expect(sampleFieldsFor(config)).toEqual([{ key: 'a', type: 'number' }]);
  });

  it('takes a rater-prefixed path\'s definition from the field itself', () => {
    expect(declaredFieldsFor(['peer.team', 'team', 'other'], [{ key: 'team', type: 'category', values: ['A'] }], ['peer'])).toEqual([
      { key: 'peer.team', type: 'category', values: ['A'] }, { key: 'team', type: 'category', values: ['A'] }, { key: 'other', type: 'number' },
    ]);
  });
});
