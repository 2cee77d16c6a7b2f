// schemas/policy.schema.json: compiles under ajv's strict mode, documents every property for Monaco,
// accepts the shipped fixture, agrees with src/core/policy/types.ts, and describes effects and fields
// exactly as the scorecard schema does (a policy's rules become a scorecard's policies).
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate as generated } from '../../../src/core/policy/generated/policy-validator.js';
import { POLICY_FORMAT, POLICY_VERSION } from '../../../src/core/policy/types.ts';
import { serviceRules } from './policy-fixtures.ts';

type Schema = { [key: string]: unknown };

const read = (path: string): Schema => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Schema;
const schema = read('../../../schemas/policy.schema.json');
const scorecardSchema = read('../../../schemas/scorecard.schema.json');
const typesSource = readFileSync(new URL('../../../src/core/policy/types.ts', import.meta.url), 'utf8');
const AJV_OPTIONS = { strict: true, allErrors: true, allowUnionTypes: true, keywords: ['markdownDescription'] };

const defs = (s: Schema): Schema => s['$defs'] as Schema;

/** The schema without its documentation: what it accepts, not what it says. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node as Schema).filter(([k]) => !['title', 'description', 'markdownDescription'].includes(k)).map(([k, v]) => [k, shape(v)]));
}

/** A validator for one definition of a schema, with the schema's other definitions reachable. */
function validatorFor(root: Schema, def: string): (value: unknown) => boolean {
  const ajv = new Ajv2020(AJV_OPTIONS);
  ajv.addSchema(root);
  const validate = ajv.getSchema(`${String(root['$id'])}#/$defs/${def}`);
  if (validate === undefined) throw new Error(`no $defs/${def}`);
  return (value) => validate(value) === true;
}

/** Property names of an interface in types.ts. */
function interfaceProperties(name: string): string[] {
  const match = new RegExp(`interface ${name}(?: extends (\\w+))? \\{\\n([\\s\\S]*?)\\n\\}`).exec(typesSource);
  expect(match, `interface ${name} in types.ts`).not.toBeNull();
  const body = (match as RegExpExecArray)[2] ?? '';
  return [...body.matchAll(/^ {2}([$\w]+)\??:/gm)].map((m) => m[1] ?? '').sort();
}

function aliasLiterals(name: string): string[] {
  const match = new RegExp(`export type ${name} = ([^;]+);`).exec(typesSource);
  expect(match, `type ${name}`).not.toBeNull();
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').sort();
}

describe('policy schema', () => {
  it('compiles under ajv strict mode (markdownDescription declared as an annotation)', () => {
    expect(() => new Ajv2020(AJV_OPTIONS).compile(schema)).not.toThrow();
  });

  it('is JSON Schema 2020-12 with an $id, at the code\'s format and version', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://scorecard-designer.local/schemas/policy.schema.json');
    expect((schema['properties'] as Schema)['format']).toMatchObject({ const: POLICY_FORMAT });
    expect((schema['properties'] as Schema)['version']).toMatchObject({ const: POLICY_VERSION });
  });

  it('gives every property a title and a description, for Monaco\'s hovers and completions', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        node.forEach((item, i) => visit(item, `${path}/${i}`));
        return;
      }
      for (const [key, value] of Object.entries(node as Schema)) {
        if (key === 'if') continue; // `if` branches only select
        if (key === 'properties') {
          for (const [name, property] of Object.entries(value as Schema)) {
            if (typeof property === 'boolean') continue;
            const p = property as Schema;
            if (typeof p['title'] !== 'string' || typeof p['description'] !== 'string' || p['description'] === '') missing.push(`${path}/properties/${name}`);
            visit(p, `${path}/properties/${name}`);
          }
        } else visit(value, `${path}/${key}`);
      }
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
    for (const [name, def] of Object.entries(defs(schema))) expect(typeof (def as Schema)['description'], name).toBe('string');
  });

  it('accepts the shipped fixture (the generated validator and ajv agree)', () => {
    const doc = serviceRules();
    expect(generated(doc), JSON.stringify(generated.errors)).toBe(true);
    expect(new Ajv2020(AJV_OPTIONS).compile(schema)(doc)).toBe(true);
  });
});

describe('policy schema: effects and fields are the scorecard schema\'s', () => {
  it('copies the effect, field, id, text and rule definitions without changing what they accept', () => {
    for (const name of ['effect', 'pointsEffect', 'moneyEffect', 'vetoEffect', 'flagEffect', 'field', 'id', 'localizedText', 'logicRule']) {
      expect(shape(defs(schema)[name]), name).toEqual(shape(defs(scorecardSchema)[name]));
    }
    // A condition rule is the scorecard's policy.
    expect(shape(defs(schema)['conditionRule'])).toEqual(shape(defs(scorecardSchema)['policy']));
  });

  const samples: unknown[] = [
    { type: 'points', amount: -10 },
    { type: 'points', amount: { '*': [{ var: 'complaints' }, -10] }, min: -50, max: 0 },
    { type: 'points' },
    { type: 'points', amount: 1, min: '0' },
    { type: 'points', amount: 1, currency: 'CNY' },
    { type: 'money', amount: 100, currency: 'CNY' },
    { type: 'money', amount: 100, min: 0 },
    { type: 'money' },
    { type: 'veto', mode: 'void' },
    { type: 'veto', mode: 'void', grade: 'C' },
    { type: 'veto', mode: 'cap', grade: 'C' },
    { type: 'veto', mode: 'cap' },
    { type: 'veto', mode: 'cap', grade: '' },
    { type: 'veto', mode: 'maybe' },
    { type: 'veto' },
    { type: 'flag', flag: 'review', severity: 'warning' },
    { type: 'flag', flag: '' },
    { type: 'flag', flag: 'x', severity: 'fatal' },
    { type: 'flag' },
    { type: 'bonus', amount: 1 },
    { amount: 1 },
    { type: 'points', amount: null },
    'points',
    null,
    [],
    { type: 'points', amount: 1, extra: true },
  ];

  const policyEffect = validatorFor(schema, 'effect');
  const scorecardEffect = validatorFor(scorecardSchema, 'effect');

  it.each(samples.map((s) => [JSON.stringify(s), s] as const))('effect %s: same verdict in both schemas', (_, sample) => {
    expect(policyEffect(sample)).toBe(scorecardEffect(sample));
  });

  it('the samples cover both verdicts', () => {
    const verdicts = new Set(samples.map((s) => policyEffect(s)));
    expect([...verdicts].sort()).toEqual([false, true]);
  });
});

describe('policy schema and types.ts agree', () => {
  const at = (...path: string[]): Schema => path.reduce<Schema>((node, key) => node[key] as Schema, schema);
  const propertiesOf = (node: Schema): string[] => Object.keys(node['properties'] as Schema).sort();

  it('has the same properties on every closed shape', () => {
    const pairs: Array<[string, Schema]> = [
      ['PolicyDocument', schema],
      ['TableRule', at('$defs', 'tableRule')],
      ['DecisionTable', at('$defs', 'decisionTable')],
      ['TableInput', at('$defs', 'tableInput')],
      ['TableRow', at('$defs', 'tableRow')],
      ['ExpectedOutcome', at('$defs', 'expectedOutcome')],
      ['PolicyTestCase', at('$defs', 'testCase')],
    ];
    for (const [name, node] of pairs) {
      expect(propertiesOf(node), name).toEqual(interfaceProperties(name));
      expect(node['additionalProperties'], name).toBe(false);
    }
  });

  it('has the same enumerations', () => {
    expect((at('$defs', 'decisionTable', 'properties', 'hitPolicy')['enum'] as string[]).slice().sort()).toEqual(aliasLiterals('HitPolicy'));
    expect((at('$defs', 'decisionTable', 'properties', 'collect')['enum'] as string[]).slice().sort()).toEqual(aliasLiterals('CollectOperator'));
    const cellOps = /export type TableCell =([\s\S]*?);\n/.exec(typesSource)?.[1] ?? '';
    expect((at('$defs', 'tableCell', 'properties', 'op')['enum'] as string[]).slice().sort()).toEqual([...cellOps.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort());
    const outputs = /export type TableOutput =([\s\S]*?);\n/.exec(typesSource)?.[1] ?? '';
    expect((at('$defs', 'tableOutput', 'properties', 'type')['enum'] as string[]).slice().sort()).toEqual([...outputs.matchAll(/type: '([^']+)'/g)].map((m) => m[1]).sort());
    expect((at('$defs', 'tableInput', 'properties', 'type')['enum'] as string[]).slice().sort()).toEqual(['boolean', 'category', 'number', 'string']);
  });
});
