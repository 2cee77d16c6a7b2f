// validateConfig end to end: the shipped fixture, the graph pass, ajv errors as problems, versions
// and the invalid fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigProblem, ValidationResult } from '../../../src/core/scorecard/validate.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';

type Doc = Record<string, unknown>;

function fixture(name: string): Doc {
  return JSON.parse(readFileSync(new URL(`../../fixtures/scorecard/${name}`, import.meta.url), 'utf8')) as Doc;
}

function expectProblem(result: ValidationResult, pointer: string, severity: ConfigProblem['severity'], code: string): ConfigProblem {
  const found = result.problems.find((p) => p.pointer === pointer && p.code === code);
  expect(found, `${code} at ${pointer} in ${JSON.stringify(result.problems, null, 1)}`).toBeDefined();
  const problem = found as ConfigProblem;
  expect(problem.severity).toBe(severity);
  expect(problem.message.en.length).toBeGreaterThan(0);
  expect(problem.message['zh-CN'].length).toBeGreaterThan(0);
  expect(problem.message['zh-CN']).not.toBe(problem.message.en);
  return problem;
}

describe('validateConfig: the call-centre fixture', () => {
  it('is valid with no problem at all', () => {
    const doc = fixture('call-centre.json');
    const result = validateConfig(doc);
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.config).toBe(doc);
  });

  it('is unchanged by validation', () => {
    const doc = fixture('call-centre.json');
    const before = structuredClone(doc);
    validateConfig(doc);
    expect(doc).toEqual(before);
  });
});

describe('validateConfig: object graph', () => {
  it('reports a cycle and stops', () => {
    const doc = fixture('call-centre.json');
    const root = doc['root'] as Doc;
    (root['children'] as Doc[])[0]!['children'] = [root];
    const result = validateConfig(doc);
    expect(result.valid).toBe(false);
    expect(result.config).toBeUndefined();
    expectProblem(result, '/root/children/0/children/0', 'error', 'cycle');
    expect(result.problems.every((p) => p.code === 'cycle')).toBe(true);
  });

  it('reports an object shared by two places', () => {
    const doc = fixture('call-centre.json');
    const rule = { var: 'csat' };
    const quality = ((doc['root'] as Doc)['children'] as Doc[])[0]!['children'] as Doc[];
    quality[0]!['value'] = rule;
    quality[1]!['value'] = rule;
    const problem = expectProblem(validateConfig(doc), '/root/children/0/children/1/value', 'error', 'shared-reference');
    expect(problem.message.en).toContain('/root/children/0/children/0/value');
  });

  it('reports values JSON cannot hold', () => {
    const doc = fixture('call-centre.json');
    doc['scale'] = { min: 0, max: Number.NaN, decimals: 2 };
    doc['description'] = () => 'hi';
    doc['id'] = new Date(0);
    const result = validateConfig(doc);
    expectProblem(result, '/scale/max', 'error', 'not-json');
    expectProblem(result, '/description', 'error', 'not-json');
    expectProblem(result, '/id', 'error', 'not-json');
  });

  it('treats undefined properties as absent, as JSON does', () => {
    const doc = fixture('call-centre.json');
    doc['description'] = undefined;
    expect(validateConfig(doc).problems).toEqual([]);
  });

  it('reports runaway nesting instead of overflowing the stack', () => {
    const doc = fixture('call-centre.json');
    let rule: unknown = 1;
    for (let i = 0; i < 10_000; i++) rule = { '+': [rule] };
    (((doc['root'] as Doc)['children'] as Doc[])[0]!['children'] as Doc[])[0]!['value'] = rule;
    const result = validateConfig(doc);
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('does not crash on non-objects', () => {
    for (const input of [undefined, null, 42, 'scorecard', []]) {
      const result = validateConfig(input);
      expect(result.valid).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
    expectProblem(validateConfig(null), '', 'error', 'schema-type');
  });
});

describe('validateConfig: schema errors', () => {
  const result = validateConfig(fixture('invalid-shape.json'));

  it('maps ajv errors to pointers, codes and both languages', () => {
    expect(result.valid).toBe(false);
    expect(result.config).toBeUndefined();
    expectProblem(result, '/version', 'error', 'schema-const');
    expectProblem(result, '/name', 'error', 'schema-type');
    expectProblem(result, '/root/children/0/scorer', 'error', 'schema-required');
    expectProblem(result, '/root/children/1', 'error', 'schema-required');
    expectProblem(result, '/root/children/1/weigth', 'error', 'schema-additionalProperties');
    expectProblem(result, '/root/children/1/scorer/type', 'error', 'schema-pattern');
    expectProblem(result, '/root/children/2/scorer/points', 'error', 'schema-enum');
    expectProblem(result, '/policies/0/effect', 'error', 'schema-required');
    expectProblem(result, '/scale/decimals', 'error', 'schema-maximum');
  });

  it('words the messages for people, not in schema terms', () => {
    const missing = result.problems.find((p) => p.pointer === '/root/children/0/scorer' && p.code === 'schema-required');
    expect(missing?.message.en).toBe('"scorer" is missing the required property "best".');
    expect(missing?.message['zh-CN']).toBe('“scorer”缺少必填属性“best”。');
    const unknown = result.problems.find((p) => p.code === 'schema-additionalProperties');
    expect(unknown?.message['zh-CN']).toContain('未知属性“weigth”');
    expect(result.problems.some((p) => p.code === 'schema-if')).toBe(false);
  });

  it('reports a veto grade on a void veto as not allowed', () => {
    const doc = fixture('call-centre.json');
    (doc['policies'] as Doc[])[4]!['effect'] = { type: 'veto', mode: 'void', grade: 'D' };
    expectProblem(validateConfig(doc), '/policies/4/effect/grade', 'error', 'schema-false-schema');
  });

  it('rejects an unknown effect type with the allowed ones', () => {
    const doc = fixture('call-centre.json');
    (doc['policies'] as Doc[])[0]!['effect'] = { type: 'bonus', amount: 1 };
    const problem = expectProblem(validateConfig(doc), '/policies/0/effect/type', 'error', 'schema-enum');
    expect(problem.message.en).toContain('"points", "money", "veto", "flag"');
  });

  it('checks nodes at any depth', () => {
    const doc = fixture('call-centre.json');
    const quality = ((doc['root'] as Doc)['children'] as Doc[])[0]!;
    quality['children'] = [{ id: 'deep', name: 'Deep', weight: 100, children: [{ id: 'deeper', name: 'Deeper', weight: 100, children: [
      { id: 'leaf', name: 'Leaf', weight: 100, value: { var: 'csat' }, scorer: { type: 'likert' } },
    ] }] }];
    expectProblem(validateConfig(doc), '/root/children/0/children/0/children/0/children/0/scorer', 'error', 'schema-required');
  });
});

describe('validateConfig: semantic errors together', () => {
  it('reports every problem of the invalid-semantics fixture at once', () => {
    const result = validateConfig(fixture('invalid-semantics.json'));
    expect(result.valid).toBe(false);
    expect(result.config).toBeDefined();
    expectProblem(result, '/root/children', 'error', 'weights-sum');
    expectProblem(result, '/root/children/1/value', 'error', 'undeclared-field');
    expectProblem(result, '/policies/0/when', 'error', 'undeclared-field');
    expectProblem(result, '/policies/0/effect/grade', 'error', 'veto-unknown-grade');
    expectProblem(result, '/grades/bands/1/min', 'error', 'grades-order');
    expect(result.problems).toHaveLength(5);
  });
});

describe('validateConfig: versions', () => {
  it('reads a document without version as version 1, and says so', () => {
    const doc = fixture('call-centre.json');
    delete doc['version'];
    const result = validateConfig(doc);
    expect(result.valid).toBe(true);
    expectProblem(result, '', 'info', 'version-missing');
    expect(result.config?.version).toBe(1);
    expect(doc['version']).toBeUndefined();
  });

  it('refuses a document from a newer designer with a clear message', () => {
    const result = validateConfig(fixture('future-v2.json'));
    expect(result.valid).toBe(false);
    expect(result.config).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    const problem = expectProblem(result, '/version', 'error', 'version-newer');
    expect(problem.message.en).toContain('newer version of the designer');
    expect(problem.message.en).toContain('Update the designer');
    expect(problem.message['zh-CN']).toContain('请更新设计器');
  });

  it('leaves an unreadable version to the schema', () => {
    const doc = fixture('call-centre.json');
    doc['version'] = 0;
    expectProblem(validateConfig(doc), '/version', 'error', 'schema-const');
  });
});
