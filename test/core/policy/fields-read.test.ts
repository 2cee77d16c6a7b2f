import { describe, expect, it } from 'vitest';
import { fieldsReadBy } from '../../../src/core/policy/fields-read.ts';
import type { PolicyDocument } from '../../../src/core/policy/types.ts';

describe('fieldsReadBy', () => {
  it('lists the fields of conditions, amounts and decision-table inputs of enabled rules, once each', () => {
    const doc: PolicyDocument = {
      format: 'scorecard-policy', version: 1, name: 'p',
      rules: [
        { id: 'a', name: 'a', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [{ var: 'complaints' }, { var: 'rate' }] } } },
        { id: 'off', name: 'off', enabled: false, when: { var: 'ignored' }, effect: { type: 'flag', flag: 'x' } },
        { id: 't', name: 't', table: { hitPolicy: 'first', inputs: [{ id: 'i', expression: { var: 'team' }, type: 'category', values: ['A'] }], output: { type: 'points' }, rows: [{ id: 'r', cells: [{ op: '==', value: 'A' }], output: 1 }] } },
      ],
    };
    expect(fieldsReadBy(doc)).toEqual(['complaints', 'rate', 'team']);
  });
});
