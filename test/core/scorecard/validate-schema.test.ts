// schemas/scorecard.schema.json: compiles under ajv's strict mode, documents every property for
// Monaco, and cannot drift from src/core/scorecard/types.ts (read as text) without a test failing.
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORECARD_VERSION } from '../../../src/core/scorecard/types.ts';

type Schema = { [key: string]: unknown };

const schema = JSON.parse(readFileSync(new URL('../../../schemas/scorecard.schema.json', import.meta.url), 'utf8')) as Schema;
const typesSource = readFileSync(new URL('../../../src/core/scorecard/types.ts', import.meta.url), 'utf8');

/** The schema object at a path of property names. */
function at(...path: string[]): Schema {
  let node: unknown = schema;
  for (const key of path) node = (node as Schema)[key];
  expect(node, path.join('/')).toBeTypeOf('object');
  return node as Schema;
}

const def = (name: string): Schema => at('$defs', name);
const propertiesOf = (node: Schema): string[] => Object.keys(node['properties'] as Schema).sort();

/** Property names of an interface in types.ts, with those it extends. */
function interfaceProperties(name: string): string[] {
  const match = new RegExp(`interface ${name}(?: extends (\\w+))? \\{\\n([\\s\\S]*?)\\n\\}`).exec(typesSource);
  expect(match, `interface ${name} in types.ts`).not.toBeNull();
  const [, base, body] = match as RegExpExecArray;
  const own = [...(body ?? '').matchAll(/^ {2}([$\w]+|'[^']+')\??:/gm)].map((m) => (m[1] ?? '').replace(/'/g, ''));
  return [...(base === undefined ? [] : interfaceProperties(base)), ...own].sort();
}

/** The string literals of a type alias in types.ts (`export type X = 'a' | 'b';`). */
function aliasLiterals(name: string): string[] {
  const match = new RegExp(`export type ${name} = ([^;]+);`).exec(typesSource);
  expect(match, `type ${name} in types.ts`).not.toBeNull();
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '').sort();
}

/** The text of a union type alias, from `export type X =` to the blank line that ends it. */
function aliasBlock(name: string): string {
  const start = typesSource.indexOf(`export type ${name} =`);
  expect(start, `type ${name} in types.ts`).toBeGreaterThanOrEqual(0);
  const end = typesSource.indexOf('\n\n', start);
  return typesSource.slice(start, end);
}

describe('scorecard schema', () => {
  it('compiles under ajv strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('is JSON Schema 2020-12 with an $id, at the code\'s version', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://scorecard-designer.local/schemas/scorecard.schema.json');
    expect(at('properties', 'version')['const']).toBe(SCORECARD_VERSION);
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
        // `if` branches only select; `then`/`else` may require (`true`) or forbid (`false`) a property.
        if (key === 'if') continue;
        if (key === 'properties') {
          for (const [name, property] of Object.entries(value as Schema)) {
            if (typeof property === 'boolean') continue;
            const p = property as Schema;
            if (typeof p['title'] !== 'string' || typeof p['description'] !== 'string') missing.push(`${path}/properties/${name}`);
            visit(p, `${path}/properties/${name}`);
          }
        } else {
          visit(value, `${path}/${key}`);
        }
      }
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });
});

describe('scorecard schema and types.ts agree', () => {
  it('has every scorer type literal of types.ts', () => {
    const scorerTypes = [...aliasBlock('Scorer').matchAll(/\| (\w+)/g)].map((m) => m[1] ?? '');
    const literals = scorerTypes.filter((name) => name !== 'PluginScorer').map((name) => {
      const body = new RegExp(`interface ${name} \\{[\\s\\S]*?type: '([^']+)'`).exec(typesSource);
      expect(body, name).not.toBeNull();
      return body?.[1] ?? '';
    });
    expect(literals.sort()).toEqual(['bands', 'likert', 'linear', 'logic', 'pass-fail', 'target']);
    const pattern = new RegExp(String(at('$defs', 'scorer', 'properties', 'type')['pattern']));
    const branches = (def('scorer')['allOf'] as Schema[]).map((branch) => ((branch['if'] as Schema)['properties'] as Schema)['type'] as Schema);
    for (const literal of literals) {
      expect(pattern.test(literal), literal).toBe(true);
      expect(branches.some((b) => b['const'] === literal), literal).toBe(true);
      const variant = Object.values(schema['$defs'] as Schema).find((d) => ((d as Schema)['properties'] as Schema | undefined)?.['type'] !== undefined
        && (((d as Schema)['properties'] as Schema)['type'] as Schema)['const'] === literal && String((d as Schema)['description']).length > 0);
      expect(variant, `a $defs variant for scorer ${literal}`).toBeDefined();
    }
    // The plugin scorer's `${string}.${string}` template, as the pattern the brief fixes.
    expect(typesSource).toContain('type: `${string}.${string}`;');
    expect(at('$defs', 'pluginScorer', 'properties', 'type')['pattern']).toBe('^[a-z][\\w-]*\\.[\\w.-]+$');
    expect(pattern.test('acme.percentile')).toBe(true);
    expect(pattern.test('Linear')).toBe(false);
  });

  it('has every effect type literal of types.ts, with the same properties', () => {
    const block = aliasBlock('PolicyEffect');
    const variants = [...block.matchAll(/\{ type: '([^']+)';([^}]*)\}/g)];
    const keysByType = new Map<string, Set<string>>();
    for (const [, type = '', rest = ''] of variants) {
      const keys = keysByType.get(type) ?? new Set<string>(['type']);
      for (const m of rest.matchAll(/(\w+)\??:/g)) keys.add(m[1] ?? '');
      keysByType.set(type, keys);
    }
    expect([...keysByType.keys()].sort()).toEqual(['flag', 'money', 'points', 'veto']);
    expect((at('$defs', 'effect', 'properties', 'type')['enum'] as string[]).slice().sort()).toEqual([...keysByType.keys()].sort());
    for (const [type, keys] of keysByType) expect(propertiesOf(def(`${type}Effect`)), type).toEqual([...keys].sort());
    expect(at('$defs', 'vetoEffect', 'properties', 'mode')['enum']).toEqual([...block.matchAll(/mode: '(\w+)'/g)].map((m) => m[1]));
  });

  it('has the same enumerations', () => {
    expect((at('$defs', 'field', 'properties', 'type')['enum'] as string[]).slice().sort()).toEqual([...aliasLiterals('ScalarFieldType'), 'list'].sort());
    expect(aliasBlock('FieldType')).toContain("ScalarFieldType | 'list'");
    expect((at('$defs', 'field', 'properties', 'items')['enum'] as string[]).slice().sort()).toEqual(aliasLiterals('ScalarFieldType'));
    expect((at('$defs', 'group', 'properties', 'aggregate')['enum'] as string[]).slice().sort()).toEqual(aliasLiterals('Aggregation'));
    expect((at('$defs', 'group', 'properties', 'missing')['enum'] as string[]).slice().sort()).toEqual(aliasLiterals('MissingPolicy'));
    const derivation = aliasBlock('WeightDerivation');
    const methods = [...derivation.matchAll(/method: ([^;]+);/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((l) => l[1]));
    expect((at('$defs', 'weightDerivation', 'properties', 'method')['enum'] as string[]).slice().sort()).toEqual(methods.sort());
    expect(at('$defs', 'ahpDerivation', 'properties', 'computation')['enum']).toEqual([...(/computation: ([^;]+);/.exec(derivation)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]));
    expect(at('$defs', 'ahpDerivation', 'properties', 'riTable')['enum']).toEqual([...(/riTable: ([^;]+);/.exec(derivation)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]));
  });

  it('has the same properties on every closed shape', () => {
    const pairs: Array<[string, Schema]> = [
      ['ScorecardConfig', schema],
      ['FieldDef', def('field')],
      ['SubjectFields', at('properties', 'subject')],
      ['LinearScorer', def('linearScorer')],
      ['BandsScorer', def('bandsScorer')],
      ['ScoreBand', at('$defs', 'bandsScorer', 'properties', 'bands', 'items')],
      ['LikertScorer', def('likertScorer')],
      ['PassFailScorer', def('passFailScorer')],
      ['TargetScorer', def('targetScorer')],
      ['LogicScorer', def('logicScorer')],
      ['PluginScorer', def('pluginScorer')],
      ['SmartNotes', at('$defs', 'leaf', 'properties', 'smart')],
      ['IndicatorLeaf', def('leaf')],
      ['IndicatorGroup', def('group')],
      ['RaterConfig', at('properties', 'raters')],
      ['RaterClass', def('raterClass')],
      ['Policy', def('policy')],
      ['GradeBand', def('gradeBand')],
      ['GradeConfig', at('properties', 'grades')],
      ['ForcedDistribution', at('properties', 'grades', 'properties', 'forced')],
      ['ScaleConfig', at('properties', 'scale')],
    ];
    for (const [name, node] of pairs) {
      expect(propertiesOf(node), name).toEqual(interfaceProperties(name));
      expect(node['additionalProperties'], name).toBe(false);
    }
  });
});
