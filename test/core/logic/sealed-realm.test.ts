// The engine in a realm whose Object.prototype is non-extensible, as the app, its workers and the
// CLI run it (src/base/seal-object-prototype.ts). Reads of keys Object.prototype lacks then skip
// the own-property lookup for plain objects; everything else must still read own properties only.
// Vitest runs each test file in its own process, so sealing here touches no other test file.
import '../../../src/base/seal-object-prototype.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLogic, compileLogic } from '../../../src/core/index.ts';
import { neverInherited } from '../../../src/core/logic/paths.ts';
import { describeCompatSuites } from './compat-suite-cases.ts';
import { READ_FORMS, settle } from './read-forms.ts';

/** The record as own enumerable data only: what the engine must see of any record. */
const ownDataOnly = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('a sealed Object.prototype', () => {
  it('cannot gain keys: assigning one throws, and nothing is added', () => {
    expect(Object.isExtensible(Object.prototype)).toBe(false);
    expect(() => {
      (Object.prototype as Record<string, unknown>).polluted = 1;
    }).toThrow(TypeError);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('still lets objects set their own toString (its existing keys stay writable)', () => {
    const o: Record<string, unknown> = {};
    o.toString = () => 'mine';
    expect(String(o)).toBe('mine');
  });

  it('makes the keys it lacks never inherited, and only those', () => {
    expect(neverInherited('p')).toBe(true);
    expect(neverInherited('kpi')).toBe(true);
    for (const key of ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf']) expect(neverInherited(key)).toBe(false);
  });
});

describe('reads stay own-only for every kind of object', () => {
  let getterCalls = 0;
  class WithGetter {
    own = 1;
    get p(): number {
      getterCalls++;
      return 90;
    }
  }
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { p: 4, a: { p: 5 } });
  const records: Array<[string, unknown]> = [
    ['inherits p from its own prototype', Object.create({ p: 90, a: { p: 91 } }) as unknown],
    ['plain, inheriting nothing', { p: 7, a: { p: 8, b: { p: 9 } } }],
    ['a class instance with a getter p on its prototype', new WithGetter()],
    ['an object under a with a getter p on its prototype', { a: new WithGetter() }],
    ['no prototype at all', nullProto],
    ['an own "__proto__" key, as JSON.parse makes it', JSON.parse('{"__proto__": {"p": 90}, "a": {"__proto__": {"p": 91}}}') as unknown],
    ['an array of objects', [{ p: 1 }, { a: { p: 2 } }]],
    ['toString and valueOf own', { p: 1, toString: 2, valueOf: 3 }],
  ];

  it.each(records)('%s', (_label, data) => {
    getterCalls = 0;
    for (const rule of READ_FORMS) {
      expect(settle(() => compileLogic(rule)(data)), JSON.stringify(rule)).toEqual(settle(() => applyLogic(rule, ownDataOnly(data))));
    }
    expect(getterCalls).toBe(0);
  });

  it('reads Object.prototype\'s own key names as missing unless the record has them', () => {
    for (const key of ['toString', 'hasOwnProperty', 'valueOf']) {
      expect(applyLogic({ var: key }, {})).toBeNull();
      expect(applyLogic({ var: `a.${key}` }, { a: {} })).toBeNull();
      expect(applyLogic({ var: key }, { [key]: 5 })).toBe(5);
    }
  });

  it('agrees with a reference own-property reader on random records, prototypes and paths', () => {
    const key = fc.constantFrom('p', 'q', 'a', 'b', 'toString', 'valueOf', 'length', '0');
    const leaf = fc.oneof(fc.integer({ min: -5, max: 100 }), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean());
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
        fc.array(tie('tree'), { maxLength: 3 }),
      ),
    }));
    // Each object of the record gets one of: Object.prototype, no prototype, or a prototype of its own with keys.
    const protoKind = fc.constantFrom('plain', 'null', 'inheriting');
    const withPrototypes = (value: unknown, kinds: string[], i = { n: 0 }): unknown => {
      if (value === null || typeof value !== 'object') return value;
      if (Array.isArray(value)) return value.map((v) => withPrototypes(v, kinds, i));
      const kind = kinds[i.n++ % kinds.length];
      const proto = kind === 'null' ? null : kind === 'inheriting' ? { p: 90, q: 91, a: { p: 92 } } : Object.prototype;
      const out = Object.create(proto) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) out[k] = withPrototypes(v, kinds, i);
      return out;
    };
    const path = fc.array(key, { minLength: 1, maxLength: 3 }).map((keys) => keys.join('.'));
    fc.assert(fc.property(tree, fc.array(protoKind, { minLength: 1, maxLength: 4 }), path, (plain, kinds, p) => {
      const data = withPrototypes(plain, kinds);
      for (const rule of [{ var: p }, { val: p.split('.') }, { '+': [{ var: p }, 1] }, { if: [{ '>': [{ var: p }, 3] }, 1, 0] }]) {
        expect(settle(() => compileLogic(rule)(data))).toEqual(settle(() => applyLogic(rule, ownDataOnly(data))));
      }
    }), { seed: 20_261_128, numRuns: 3_000 });
  });
});

describeCompatSuites('Object.prototype sealed');
