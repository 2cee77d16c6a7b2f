// validatePolicyDocument end to end: the fixture, the graph and schema passes with their pointers,
// and every semantic problem code with its pointer, severity and both languages.
import { describe, expect, it } from 'vitest';
import { createLogicEngine } from '../../../src/core/logic/engine.ts';
import { DATE_TIME_OPERATORS } from '../../../src/core/logic/datetime/index.ts';
import type { PolicyDocument, TableRule } from '../../../src/core/policy/types.ts';
import { type PolicyProblem, validatePolicyDocument } from '../../../src/core/policy/validate-policy.ts';
import { capRule, complaintTable, flagRule, policyDoc, pointsRule, serviceRules } from './policy-fixtures.ts';

function expectProblem(problems: PolicyProblem[], pointer: string, severity: PolicyProblem['severity'], code: string): PolicyProblem {
  const found = problems.find((p) => p.pointer === pointer && p.code === code);
  expect(found, `${code} at ${pointer} in ${JSON.stringify(problems, null, 1)}`).toBeDefined();
  const problem = found as PolicyProblem;
  expect(problem.severity).toBe(severity);
  expect(problem.message.en.length).toBeGreaterThan(0);
  expect(problem.message['zh-CN'].length).toBeGreaterThan(0);
  expect(problem.message['zh-CN']).not.toBe(problem.message.en);
  return problem;
}

const FIELDS: PolicyDocument['fields'] = [
  { key: 'complaints', type: 'integer' },
  { key: 'team', type: 'category', values: ['A', 'B'] },
];

describe('validatePolicyDocument: the service-rules fixture', () => {
  it('has nothing wrong, only the note that json-logic-js cannot run the lateness rule', () => {
    const doc = serviceRules();
    const before = structuredClone(doc);
    // The satisfaction table covers only some scores on purpose: its gaps are the table analysis's to report.
    const problems = validatePolicyDocument(doc).filter((p) => p.code !== 'table-gap');
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([['not-classic', '/rules/2/when/>/0/reduce/1/+/1/if/0']]);
    expect(problems[0]!.severity).toBe('info');
    expect(problems[0]!.message.en).toContain('json-logic-js based tools cannot run this');
    expect(doc).toEqual(before);
  });
});

describe('validatePolicyDocument: graph and schema', () => {
  it('reports a cycle before anything else and never throws', () => {
    const doc = policyDoc([pointsRule('r1', true, -1)]) as unknown as Record<string, unknown>;
    (doc['rules'] as Array<Record<string, unknown>>)[0]!['comment'] = doc;
    expectProblem(validatePolicyDocument(doc), '/rules/0/comment', 'error', 'cycle');
    for (const bad of [undefined, null, 42, 'policy', [], () => 1]) expect(() => validatePolicyDocument(bad)).not.toThrow();
  });

  it('accepts one object used in two places (the JSON is the same)', () => {
    const when = { '>': [{ var: 'complaints' }, 0] };
    expect(validatePolicyDocument(policyDoc([pointsRule('r1', when, -1), pointsRule('r2', when, -2)]))).toEqual([]);
  });

  it('names missing and unknown properties, wrong types and values, with pointers', () => {
    const problems = validatePolicyDocument({
      format: 'scorecard-config', version: 1, name: 'x', colour: 'red',
      rules: [
        { id: 'r1', name: 'x', when: true, effect: { type: 'points' } },
        { id: '', name: 'x', when: true, effect: { type: 'veto', mode: 'cap' } },
        { id: 'r3', name: 'x', table: { hitPolicy: 'collect', inputs: [], output: { type: 'points' }, rows: [{ id: 'a', cells: [{ op: 'between', min: 1 }], output: true }] } },
        { id: 'r4', name: 'x', when: true },
      ],
      tests: [{ id: 't1', name: 't', record: [], expect: { veto: 'maybe' } }],
    });
    expectProblem(problems, '/format', 'error', 'schema-const');
    expectProblem(problems, '/colour', 'error', 'schema-additionalProperties');
    expectProblem(problems, '/rules/0/effect', 'error', 'schema-required');
    expectProblem(problems, '/rules/1/id', 'error', 'schema-minLength');
    expectProblem(problems, '/rules/1/effect', 'error', 'schema-required');
    expectProblem(problems, '/rules/2/table', 'error', 'schema-required'); // collect needs "collect"
    expectProblem(problems, '/rules/2/table/inputs', 'error', 'schema-minItems');
    expectProblem(problems, '/rules/2/table/rows/0/cells/0', 'error', 'schema-required');
    expectProblem(problems, '/rules/2/table/rows/0/output', 'error', 'schema-type');
    expectProblem(problems, '/rules/3', 'error', 'schema-required');
    expectProblem(problems, '/tests/0/record', 'error', 'schema-type');
    expectProblem(problems, '/tests/0/expect/veto', 'error', 'schema-enum');
    const unknown = expectProblem(problems, '/colour', 'error', 'schema-additionalProperties');
    expect(unknown.message.en).toContain('the policy format');
    expect(unknown.message['zh-CN']).toContain('规则集格式');
    expect(expectProblem(validatePolicyDocument({}), '', 'error', 'schema-required').message.en).toContain('The policy document');
  });
});

describe('validatePolicyDocument: ids', () => {
  it('finds duplicate field keys, rule ids, row ids, input ids and test ids, and "#" in rule ids', () => {
    const table = complaintTable('t1');
    table.table.rows.push({ id: 'many', cells: [{ op: 'any' }], output: -1 });
    table.table.inputs.push({ id: 'complaints', expression: { var: 'complaints' }, type: 'number' });
    for (const row of table.table.rows) row.cells.push({ op: 'any' });
    const doc = policyDoc([pointsRule('r1', true, -1), pointsRule('r1', true, -2), pointsRule('a#b', true, 1), table], {
      fields: [{ key: 'complaints', type: 'integer' }, { key: 'complaints', type: 'number' }],
      tests: [{ id: 'x', name: 'x', record: {}, expect: {} }, { id: 'x', name: 'y', record: {}, expect: {} }],
    });
    const problems = validatePolicyDocument(doc);
    expectProblem(problems, '/fields/1/key', 'error', 'duplicate-field-key');
    expectProblem(problems, '/rules/1/id', 'error', 'duplicate-rule-id');
    expectProblem(problems, '/rules/2/id', 'error', 'rule-id-hash');
    expectProblem(problems, '/rules/3/table/rows/2/id', 'error', 'duplicate-row-id');
    expectProblem(problems, '/rules/3/table/inputs/1/id', 'error', 'duplicate-input-id');
    expectProblem(problems, '/tests/1/id', 'error', 'duplicate-test-id');
    expect(problems.filter((p) => p.code === 'duplicate-rule-id')).toHaveLength(1);
  });
});

describe('validatePolicyDocument: rules', () => {
  it('points at the bad node inside a rule that does not compile', () => {
    const doc = policyDoc([
      pointsRule('r0', true, 1), pointsRule('r1', true, 1), pointsRule('r2', true, 1),
      pointsRule('r3', { and: [{ '>': [{ var: 'complaints' }, 0] }, { nope: [1] }] }, -1),
      pointsRule('r4', true, { '*': [{ var: 'complaints' }] , extra: 1 }),
    ], { fields: FIELDS });
    const problems = validatePolicyDocument(doc);
    const bad = expectProblem(problems, '/rules/3/when/and/1', 'error', 'logic-compile');
    expect(bad.message.en).toContain('"r3"');
    expectProblem(problems, '/rules/4/effect/amount', 'error', 'logic-compile');
    // A rule that does not compile gets no analysis on top.
    expect(problems.filter((p) => p.pointer.startsWith('/rules/3') && p.code !== 'logic-compile')).toEqual([]);
  });

  it('compiles with the given engine: its plugin operators are known', () => {
    const engine = createLogicEngine({ operators: [...DATE_TIME_OPERATORS, { name: 'acme.double', returns: 'number', args: { min: 1, max: 1, types: ['number'] }, evaluate: ([x]) => Number(x) * 2 }] });
    const doc = policyDoc([pointsRule('r1', { '>': [{ 'acme.double': [{ var: 'complaints' }] }, 4] }, -1)], { fields: FIELDS });
    expectProblem(validatePolicyDocument(doc), '/rules/0/when/>/0', 'error', 'logic-compile');
    const problems = validatePolicyDocument(doc, { engine });
    expect(problems.map((p) => p.code)).toEqual(['not-classic']);
    expectProblem(problems, '/rules/0/when/>/0', 'info', 'not-classic');
  });

  it('warns about fields declared neither in the document nor in the options, suggesting a near name', () => {
    const doc = policyDoc([pointsRule('r1', { '>': [{ var: 'complaint' }, 0] }, { '*': [{ var: 'lateCount' }, -5] })], { fields: FIELDS });
    const problems = validatePolicyDocument(doc);
    expect(expectProblem(problems, '/rules/0/when/>/0', 'warning', 'unknown-field').message.en).toContain('Did you mean "complaints"?');
    expectProblem(problems, '/rules/0/effect/amount/*/0', 'warning', 'unknown-field');
    const withDataset = validatePolicyDocument(doc, { fields: [{ key: 'complaint', type: 'integer' }, { key: 'lateCount', type: 'integer' }] });
    expect(withDataset).toEqual([]);
  });

  it('does not call every field unknown when no field is declared anywhere', () => {
    expect(validatePolicyDocument(policyDoc([pointsRule('r1', { '>': [{ var: 'anything' }, 0] }, -1)]))).toEqual([]);
  });

  it('reads "list[]" as the type of a list\'s items', () => {
    const late = { '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, '08:30'] }, 1, 0] }] }, 0] }, 3] };
    const doc = policyDoc([pointsRule('late', late, -5)], { fields: [{ key: 'signIns[]', type: 'time' }] });
    expect(validatePolicyDocument(doc).filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('knows a list field\'s items from "items", and wants "items" on list fields only', () => {
    const late = { '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, '08:30'] }, 1, 0] }] }, 0] }, 3] };
    const doc = policyDoc([pointsRule('late', late, -5)], { fields: [{ key: 'signIns', type: 'list', items: 'time' }] });
    expect(validatePolicyDocument(doc).filter((p) => p.severity !== 'info')).toEqual([]);
    // The same list from a dataset's fields, and a rule using the list as a number.
    const misuse = policyDoc([pointsRule('late', { '>': [{ var: 'signIns' }, 3] }, -5)]);
    const found = validatePolicyDocument(misuse, { fields: [{ key: 'signIns', type: 'list', items: 'time' }] });
    expect(found.some((p) => p.severity === 'warning' && p.pointer.startsWith('/rules/0/when'))).toBe(true);
    expectProblem(validatePolicyDocument(policyDoc([], { fields: [{ key: 'signIns', type: 'list' }] })), '/fields/0/type', 'error', 'list-items');
    expectProblem(validatePolicyDocument(policyDoc([], { fields: [{ key: 'n', type: 'number', items: 'time' }] })), '/fields/0/items', 'error', 'list-items');
  });

  it('warns about type mismatches the analysis infers', () => {
    const doc = policyDoc([
      pointsRule('r1', { '==': [{ var: 'complaints' }, 'many'] }, -1),
      pointsRule('r2', { '>': [{ var: 'team' }, 0] }, { '+': [{ var: 'team' }, 1] }),
    ], { fields: FIELDS });
    const problems = validatePolicyDocument(doc);
    expectProblem(problems, '/rules/0/when', 'warning', 'logic-compare-type');
    expectProblem(problems, '/rules/1/effect/amount/+/0', 'warning', 'logic-arithmetic-type');
  });

  it('notes every node json-logic-js cannot run (info)', () => {
    const doc = policyDoc([
      pointsRule('r1', { '??': [{ var: 'complaints' }, 0] }, -1),
      flagRule('r2', { '<': [0, { var: 'complaints' }, 5, 9] }, 'odd'),
      pointsRule('r3', { '>': [{ var: 'complaints' }, 0] }, { val: 'complaints' }),
    ], { fields: FIELDS });
    const problems = validatePolicyDocument(doc);
    expectProblem(problems, '/rules/0/when', 'info', 'not-classic');
    expectProblem(problems, '/rules/1/when', 'info', 'not-classic');
    expectProblem(problems, '/rules/2/effect/amount', 'info', 'not-classic');
  });

  it('rejects a points range whose min exceeds its max, in rules and table outputs', () => {
    const table = complaintTable('t1');
    table.table.output = { type: 'points', min: 0, max: -20 };
    const problems = validatePolicyDocument(policyDoc([pointsRule('r1', true, -1, { min: 5, max: 1 }), table]));
    expectProblem(problems, '/rules/0/effect', 'error', 'points-bounds');
    expectProblem(problems, '/rules/1/table/output', 'error', 'points-bounds');
  });

  it('checks decision-table input expressions where they are written', () => {
    const table = complaintTable('t1');
    table.table.inputs[0]!.expression = { var: ['complaints', 0, 'extra'] };
    const problems = validatePolicyDocument(policyDoc([table], { fields: FIELDS }));
    expectProblem(problems, '/rules/0/table/inputs/0/expression', 'error', 'logic-compile');
    const misspelt = complaintTable('t2');
    misspelt.table.inputs[0]!.expression = { var: 'complains' };
    expectProblem(validatePolicyDocument(policyDoc([misspelt], { fields: FIELDS })), '/rules/0/table/inputs/0/expression', 'warning', 'unknown-field');
  });

  it('reports a decision table whose rules the engine refuses (table-compile, at the row)', () => {
    // Inputs this shallow compile; the rules generated from the rows are deeper than the engine allows.
    const shallow = createLogicEngine({ operators: [...DATE_TIME_OPERATORS], limits: { maxDepth: 3 } });
    const table: TableRule = complaintTable('t1');
    const problems = validatePolicyDocument(policyDoc([table]), { engine: shallow });
    expect(problems.filter((p) => p.code !== 'table-gap').every((p) => p.code === 'table-compile')).toBe(true);
    expectProblem(problems, '/rules/0/table/rows/1', 'error', 'table-compile');
  });
});

describe('validatePolicyDocument: test cases', () => {
  it('warns about expectations naming rules that do not exist; rows and whole tables may be named', () => {
    const doc = policyDoc([pointsRule('r1', true, -1), complaintTable('t1')], {
      tests: [{ id: 'a', name: 'a', record: {}, expect: { fired: ['r1', 't1', 't1#many', 'r9'], notFired: ['t1#none'] } }],
    });
    const problems = validatePolicyDocument(doc).filter((p) => p.code !== 'table-gap');
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['test-unknown-rule', '/tests/0/expect/fired/3'],
      ['test-unknown-rule', '/tests/0/expect/notFired/0'],
    ]);
    expectProblem(problems, '/tests/0/expect/fired/3', 'warning', 'test-unknown-rule');
  });

  it('rejects contradictory expectations', () => {
    const doc = policyDoc([capRule('r1', true, 'C')], {
      tests: [
        { id: 'a', name: 'a', record: {}, expect: { fired: ['r1'], notFired: ['r1'] } },
        { id: 'b', name: 'b', record: {}, expect: { veto: 'void', capGrade: 'C' } },
      ],
    });
    const problems = validatePolicyDocument(doc);
    expectProblem(problems, '/tests/0/expect/fired/0', 'error', 'test-contradiction');
    expectProblem(problems, '/tests/1/expect/capGrade', 'error', 'test-contradiction');
  });
});

describe('validatePolicyDocument: decision tables', () => {
  it('reports the table analysis at pointers into the document: overlaps a unique table forbids, and gaps', () => {
    const doc = {
      format: 'scorecard-policy', version: 1, name: 'tables',
      rules: [{
        id: 't', name: 'Complaint bands',
        table: {
          hitPolicy: 'unique', output: { type: 'points' },
          inputs: [{ id: 'c', expression: { var: 'complaints' }, type: 'number', min: 0, max: 10 }],
          rows: [
            { id: 'a', cells: [{ op: 'between', min: 1, max: 3 }], output: -5 },
            { id: 'b', cells: [{ op: '>=', value: 3 }], output: -10 },
          ],
        },
      }],
    };
    const problems = validatePolicyDocument(doc);
    const overlap = problems.find((p) => p.code === 'table-overlap');
    expect(overlap?.severity).toBe('error');
    expect(overlap?.pointer.startsWith('/rules/0/table/rows/')).toBe(true);
    // complaints = 0 (and anything below 1) is covered by no row.
    expect(problems.some((p) => p.code === 'table-gap' && p.pointer.startsWith('/rules/0/table'))).toBe(true);
    expect(problems.every((p) => p.message.en.length > 0 && p.message['zh-CN'].length > 0)).toBe(true);
  });
});
