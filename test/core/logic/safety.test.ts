// Untrusted rules: no operator name reaches a prototype, var/val read own properties only, no
// operator calls a method of a value, and hostile rules change no global object.
import { describe, expect, it } from 'vitest';
import { applyLogic, compileLogic, createLogicEngine, isLogicError } from '../../../src/core/index.ts';
import { READ_FORMS, settle } from './read-forms.ts';

/** Rules as JSON text, so keys like "__proto__" are own properties, as an attacker would send them. */
const json = (text: string): unknown => JSON.parse(text);

function outcome(rule: unknown, data?: unknown): unknown {
  try {
    return applyLogic(rule, data);
  } catch (error) {
    if (isLogicError(error)) return `error: ${error.type}`;
    throw error;
  }
}

describe('the operator table has no prototype', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf', '__proto__'])('%s is not an operator', (name) => {
    expect(outcome(json(`{"${name}": ["x"]}`))).toBe('error: Unknown Operator');
    expect(createLogicEngine().hasOperator(name)).toBe(false);
  });

  it('lists only real operators', () => {
    const names = createLogicEngine().operatorNames();
    expect(names).toContain('if');
    expect(names).not.toContain('toString');
  });
});

describe('var and val read own properties only', () => {
  const polluted = json('{"__proto__": {"x": 1}, "a": {"b": 2}}');

  it.each([
    [{ var: 'toString' }, {}],
    [{ var: 'constructor' }, {}],
    [{ var: '__proto__' }, {}],
    [{ var: 'hasOwnProperty' }, { a: 1 }],
    [{ var: 'a.constructor.name' }, { a: {} }],
    [{ var: '__proto__.polluted' }, {}],
    [{ var: 'list.map' }, { list: [1] }],
    [{ var: 's.toUpperCase' }, { s: 'abc' }],
    [{ var: 'n.toFixed' }, { n: 1 }],
    [{ val: ['constructor', 'prototype'] }, {}],
    [{ val: 'toString' }, { a: 1 }],
    [{ val: ['a', '__proto__'] }, { a: {} }],
  ])('%j reads nothing from %j', (rule, data) => {
    expect(applyLogic(rule, data)).toBeNull();
  });

  it('refuses the forbidden keys even as own properties (JSON.parse makes "__proto__" one)', () => {
    expect(Object.prototype.hasOwnProperty.call(polluted, '__proto__')).toBe(true);
    expect(applyLogic({ var: '__proto__' }, polluted)).toBeNull();
    expect(applyLogic({ var: '__proto__.x' }, polluted)).toBeNull();
    expect(applyLogic({ val: ['__proto__', 'x'] }, polluted)).toBeNull();
    expect(applyLogic({ var: 'constructor' }, { constructor: 'mine' })).toBeNull();
    expect(applyLogic({ var: 'a.b' }, polluted)).toBe(2);
  });

  it('treats them as missing: the default applies, exists is false, missing lists them', () => {
    expect(applyLogic({ var: ['constructor', 'fallback'] }, {})).toBe('fallback');
    expect(applyLogic({ exists: 'toString' }, {})).toBe(false);
    expect(applyLogic({ missing: ['toString', 'a'] }, { a: 1 })).toEqual(['toString']);
  });

  it('does not read inherited data', () => {
    const data = Object.create({ secret: 1 }) as Record<string, unknown>;
    data.own = 2;
    expect(applyLogic({ var: 'secret' }, data)).toBeNull();
    expect(applyLogic({ val: 'secret' }, data)).toBeNull();
    expect(applyLogic({ var: 'own' }, data)).toBe(2);
  });

  it('still reads array items, string characters and lengths (own properties)', () => {
    expect(applyLogic({ var: 'list.1' }, { list: ['a', 'b'] })).toBe('b');
    expect(applyLogic({ var: 'list.length' }, { list: ['a', 'b'] })).toBe(2);
    expect(applyLogic({ var: 's.0' }, { s: 'xyz' })).toBe('x');
    expect(applyLogic({ var: 's.length' }, { s: 'xyz' })).toBe(3);
  });

  it('refuses forbidden keys in paths computed at run time', () => {
    expect(applyLogic({ var: { cat: ['__pro', 'to__'] } }, {})).toBeNull();
    expect(applyLogic({ val: { var: 'key' } }, { key: 'constructor' })).toBeNull();
  });
});

// Node leaves Object.prototype extensible (the app seals it: sealed-realm.test.ts), so a host's
// prototype-pollution bug can add keys every plain object inherits. A rule must not see them,
// whether it was compiled before the pollution or during it.
describe('a polluted Object.prototype is never read', () => {
  const records: unknown[] = [{}, { a: {} }, { a: { b: {} } }, { p: 7, a: { p: 8, b: { p: 9 } } }, { a: { p: 'x' } }, { p: null }];

  it.each(READ_FORMS.map((rule) => [rule]))('%j', (rule) => {
    const expected = records.map((data) => settle(() => applyLogic(rule, data)));
    const before = compileLogic(rule);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      // Values every form would turn into a different result than a missing key.
      proto.p = 90;
      proto.a = { p: 91, b: { p: 92 } };
      proto.b = { p: 93 };
      const during = compileLogic(rule);
      expect(records.map((data) => settle(() => before(data)))).toEqual(expected);
      expect(records.map((data) => settle(() => during(data)))).toEqual(expected);
      expect(records.map((data) => settle(() => applyLogic(rule, data)))).toEqual(expected);
    } finally {
      delete proto.p;
      delete proto.a;
      delete proto.b;
    }
  });
});

describe('no operator calls a method of a value', () => {
  let calls = 0;
  const spy = (): never => {
    calls++;
    throw new Error('a method of the data was called');
  };
  const hostile = {
    toString: spy,
    valueOf: spy,
    toJSON: spy,
    indexOf: spy,
    includes: spy,
    concat: spy,
    [Symbol.toPrimitive]: spy,
  };
  const data = { x: hostile, list: Object.assign([1, 2], { map: spy, filter: spy, reduce: spy, indexOf: spy, includes: spy, join: spy }), s: 'abc' };

  it.each([
    { cat: [{ var: 'x' }, 'y'] },
    { cat: [{ var: 'list' }] },
    { '+': [{ var: 'x' }, 1] },
    { '*': [{ var: 'x' }] },
    { '==': [{ var: 'x' }, 1] },
    { '==': [{ var: 'x' }, 'a'] },
    { '<': [{ var: 'x' }, 'a'] },
    { max: [{ var: 'x' }] },
    { in: [{ var: 'x' }, { var: 's' }] },
    { in: ['a', { var: 'x' }] },
    { in: [1, { var: 'list' }] },
    { substr: [{ var: 'x' }, 1] },
    { merge: [{ var: 'list' }, { var: 'x' }] },
    { map: [{ var: 'list' }, { var: '' }] },
    { filter: [{ var: 'list' }, true] },
    { reduce: [{ var: 'list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
    { all: [{ var: 'list' }, true] },
    { missing: [{ var: 'x' }] },
    { var: { var: 'x' } },
    { throw: { var: 'x' } },
    { '!!': { var: 'x' } },
    { if: [{ var: 'x' }, 1, 2] },
  ])('%j', (rule) => {
    calls = 0;
    try {
      compileLogic(rule)(data);
    } catch (error) {
      expect(isLogicError(error), String(error)).toBe(true);
    }
    expect(calls).toBe(0);
  });
});

describe('hostile rules change no global object', () => {
  const globals: Array<[string, object]> = [
    ['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype], ['Function.prototype', Function.prototype],
    ['String.prototype', String.prototype], ['Number.prototype', Number.prototype], ['Boolean.prototype', Boolean.prototype],
    ['Object', Object], ['Array', Array], ['globalThis', globalThis],
  ];

  function snapshot(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, target] of globals) out[name] = Reflect.ownKeys(target).map(String).sort();
    return out;
  }

  const hostileRules = [
    '{"var": "__proto__.polluted"}',
    '{"var": "constructor.prototype.polluted"}',
    '{"val": ["constructor", "prototype"]}',
    '{"val": ["__proto__", "polluted"]}',
    '{"merge": [{"preserve": {"__proto__": {"polluted": true}}}, [{"__proto__": []}]]}',
    '{"preserve": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}',
    '{"reduce": [[1, 2], {"preserve": {"__proto__": {"polluted": true}}}, {"preserve": {}}]}',
    '{"reduce": [{"var": "items"}, {"merge": [{"var": "accumulator"}, {"var": "current"}]}, []]}',
    '{"map": [{"preserve": [{"__proto__": {"polluted": 1}}]}, {"var": "__proto__"}]}',
    '{"try": [{"throw": {"preserve": {"type": "x", "__proto__": {"polluted": 1}}}}, {"val": "__proto__"}]}',
    '{"missing": ["__proto__.polluted", "constructor.prototype"]}',
    '{"cat": ["__proto__", {"var": "__proto__"}]}',
    '{"if": [{"var": "constructor"}, {"var": "constructor.constructor"}, {"var": "__proto__.__proto__"}]}',
    '{"exists": ["__proto__", "polluted"]}',
    '{"filter": [{"var": "items"}, {"val": [[1], "__proto__"]}]}',
  ];

  it('leaves prototypes and globals as they were', () => {
    const before = snapshot();
    const data = json('{"items": [{"__proto__": {"polluted": 1}}, {"constructor": {"prototype": {"polluted": 1}}}], "__proto__": {"polluted": 1}}');
    for (const text of hostileRules) {
      const result = outcome(json(text), data);
      expect(typeof result).not.toBe('function');
    }
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('keeps "__proto__" of literal data an own property, not a prototype', () => {
    const value = applyLogic(json('{"preserve": {"__proto__": {"polluted": true}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(value.polluted).toBeUndefined();
  });
});

describe('compiled rules are isolated from their input and their callers', () => {
  it('does not see later changes to the rule object', () => {
    const rule = { '+': [1, { var: 'x' }] };
    const run = compileLogic(rule);
    (rule['+'] as unknown[])[0] = 100;
    expect(run({ x: 1 })).toBe(2);
  });

  it('returns constants frozen, so a caller cannot change later results', () => {
    const run = compileLogic({ merge: [[1], [2, { preserve: { a: 1 } }]] });
    const first = run(null) as unknown[];
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as number[]).push(3);
    }).toThrow(TypeError);
    expect(run(null)).toEqual([1, 2, { a: 1 }]);
  });
});
