// What holds for every date/time operator: spec shape, null propagation, argument errors, constant
// folding and compile-time checks. Per-operator behaviour is in date-/time-operators.test.ts.
import { describe, expect, it } from 'vitest';
import { createLogicEngine, isLogicError } from '../../../../src/core/logic/index.ts';
import type { EagerOperatorSpec, OperatorSpec } from '../../../../src/core/logic/index.ts';
import { DATE_TIME_OPERATORS } from '../../../../src/core/logic/datetime/index.ts';
import { call, callFailure, engine, failure, run } from './helpers.ts';

/** A valid argument list per operator; every operator must be listed. */
const VALID: Record<string, unknown[]> = {
  'date.parse': ['2025-03-01'],
  'date.diffDays': ['2025-03-01', '2025-03-02'],
  'date.diffMinutes': ['2025-03-01T08:00', '2025-03-01T09:00'],
  'date.before': ['2025-03-01', '2025-03-02'],
  'date.after': ['2025-03-01', '2025-03-02'],
  'date.between': ['2025-03-02', '2025-03-01', '2025-03-03'],
  'date.weekday': ['2025-03-01'],
  'date.isWeekend': ['2025-03-01'],
  'date.addDays': ['2025-03-01', 1],
  'date.year': ['2025-03-01'],
  'date.month': ['2025-03-01'],
  'date.day': ['2025-03-01'],
  'date.startOfMonth': ['2025-03-01'],
  'date.daysInMonth': ['2025-03-01'],
  'time.parse': ['08:30'],
  'time.minutes': ['08:30'],
  'time.diffMinutes': ['08:30', '09:00'],
  'time.after': ['08:30', '08:00'],
  'time.before': ['08:30', '08:00'],
  'time.between': ['08:30', '08:00', '09:00'],
  'time.lateMinutes': ['08:30', '08:00'],
  'time.earlyMinutes': ['08:30', '08:00'],
};

const NAMES = DATE_TIME_OPERATORS.map((s) => s.name);

function eager(spec: OperatorSpec): EagerOperatorSpec {
  if (spec.lazy === true) throw new Error(`${spec.name} is lazy`);
  return spec;
}

function localized(text: unknown): void {
  expect(text).toEqual({ en: expect.any(String), 'zh-CN': expect.any(String) });
  const { en, 'zh-CN': zh } = text as { en: string; 'zh-CN': string };
  expect(en.trim()).not.toBe('');
  expect(zh.trim()).not.toBe('');
}

describe('DATE_TIME_OPERATORS', () => {
  it('lists each operator once, and VALID covers exactly them', () => {
    expect(new Set(NAMES).size).toBe(NAMES.length);
    expect([...NAMES].sort()).toEqual(Object.keys(VALID).sort());
  });

  it('registers on an engine', () => {
    for (const name of NAMES) expect(engine.hasOperator(name)).toBe(true);
    expect(engine.getOperator('time.after')?.label).toEqual({ en: 'Later than', 'zh-CN': '晚于' });
  });

  it.each(NAMES)('%s: eager, pure, namespaced, labelled and typed', (name) => {
    const spec = eager(DATE_TIME_OPERATORS.find((s) => s.name === name)!);
    expect(name).toMatch(/^(date|time)\.[a-zA-Z]+$/);
    expect(spec.pure).toBe(true);
    expect(spec.lazy).not.toBe(true);
    expect(Object.isFrozen(spec)).toBe(true);
    localized(spec.label);
    localized(spec.description);
    expect(spec.returns).toMatch(/^(string|number|boolean)$/);
    const n = VALID[name]!.length;
    expect(spec.args).toMatchObject({ min: n, max: n });
    expect(spec.args?.types).toHaveLength(n);
    expect(spec.args?.labels).toHaveLength(n);
    for (const label of spec.args?.labels ?? []) localized(label);
  });

  it.each(NAMES)('%s: returns its declared type for valid arguments', (name) => {
    const spec = DATE_TIME_OPERATORS.find((s) => s.name === name)!;
    expect(typeof call(name, ...VALID[name]!)).toBe(spec.returns);
  });
});

describe('missing values', () => {
  it.each(NAMES)('%s: null, missing or blank in any position gives null', (name) => {
    const valid = VALID[name]!;
    valid.forEach((_, i) => {
      const args = (absent: unknown): unknown[] => valid.map((v, j) => (j === i ? absent : v));
      expect(call(name, ...args(null))).toBeNull();
      expect(call(name, ...args(''))).toBeNull();
      expect(call(name, ...args('   '))).toBeNull();
      const rule = { [name]: valid.map((v, j) => (j === i ? { var: 'absent' } : v)) };
      expect(run(rule, {})).toBeNull();
      expect(run(rule)).toBeNull();
    });
  });

  it('lets rules fall back with ?? and literal null pass the compile-time type check', () => {
    expect(run({ '??': [{ 'date.diffDays': [{ var: 'from' }, '2025-03-01'] }, -1] }, {})).toBe(-1);
    expect(run({ 'time.after': [null, '08:30'] })).toBeNull();
    expect(run({ 'date.addDays': ['2025-03-01', null] })).toBeNull();
  });
});

describe('invalid arguments', () => {
  it.each(NAMES)('%s: each argument refuses wrong values with "Invalid Arguments"', (name) => {
    const spec = DATE_TIME_OPERATORS.find((s) => s.name === name)!;
    const valid = VALID[name]!;
    valid.forEach((_, i) => {
      const bad = spec.args?.types?.[i] === 'number' ? ['1', 1.5, true, [], {}, 2 ** 53] : ['soon', '2025-02-30', '08:61', 20250301, true, ['2025-03-01'], { date: '2025-03-01' }];
      for (const value of bad) {
        const error = callFailure(name, ...valid.map((v, j) => (j === i ? value : v)));
        expect(error.type).toBe('Invalid Arguments');
        expect(error.message).toContain(`"${name}": argument ${i + 1} must be`);
      }
    });
  });

  it('refuses a time where a date is needed and a date where a time is needed', () => {
    expect(callFailure('date.weekday', '08:30').message).toContain('got the time "08:30"');
    expect(callFailure('time.after', '2025-03-01', '08:30').message).toContain('got the date "2025-03-01", which has no time of day');
    expect(callFailure('time.between', '08:30', '08:00', '2025-03-01').message).toContain('argument 3');
  });

  it('names the reason and the node', () => {
    const error = failure({ if: [true, { 'date.parse': ['2025-02-30'] }] });
    expect(error.type).toBe('Invalid Arguments');
    expect(error.pointer).toBe('/if/1');
    expect(error.message).toContain('"2025-02-30": 2025-02 has no day 30 (it has 28 days)');
  });

  it('can be caught by try', () => {
    expect(run({ try: [{ 'date.parse': [{ var: 'd' }] }, 'unreadable'] }, { d: '2025/02/30' })).toBe('unreadable');
    expect(run({ try: [{ 'time.parse': ['25:00'] }, { var: 'type' }] })).toBe('Invalid Arguments');
  });

  it('checks literal argument types and arity at compile time', () => {
    const compileError = (rule: unknown): string => {
      try {
        engine.compile(rule);
      } catch (error) {
        if (isLogicError(error)) return error.type;
        throw error;
      }
      return 'compiled';
    };
    expect(compileError({ 'date.parse': [20250301] })).toBe('Invalid Arguments');
    expect(compileError({ 'date.addDays': ['2025-03-01', '1'] })).toBe('Invalid Arguments');
    expect(compileError({ 'time.after': [{ '+': [1, 2] }, '08:30'] })).toBe('Invalid Arguments');
    expect(compileError({ 'date.parse': [] })).toBe('Invalid Arguments');
    expect(compileError({ 'time.after': ['08:30'] })).toBe('Invalid Arguments');
    expect(compileError({ 'time.between': ['08:30', '08:00', '09:00', '10:00'] })).toBe('Invalid Arguments');
    // Results feed typed arguments of other operators: date.addDays returns a string.
    expect(compileError({ 'date.weekday': [{ 'date.addDays': ['2025-03-01', 1] }] })).toBe('compiled');
    expect(compileError({ 'date.addDays': ['2025-03-01', { 'date.weekday': ['2025-03-01'] }] })).toBe('compiled');
    expect(compileError({ 'time.after': [{ 'date.weekday': ['2025-03-01'] }, '08:30'] })).toBe('Invalid Arguments');
  });

  it('takes a single non-array argument as the one argument', () => {
    expect(run({ 'date.parse': '2025/3/1' })).toBe('2025-03-01');
    expect(run({ 'date.weekday': { var: 'd' } }, { d: '2025-03-03' })).toBe(1);
  });
});

describe('constant folding', () => {
  /** The operators with a counter around one of them, to see when it runs. */
  function counting(name: string): { operators: OperatorSpec[]; calls: () => number } {
    let calls = 0;
    const operators = DATE_TIME_OPERATORS.map((spec): OperatorSpec => {
      if (spec.name !== name) return spec;
      const inner = eager(spec);
      return { ...inner, evaluate: (args, context) => { calls++; return inner.evaluate(args, context); } };
    });
    return { operators, calls: () => calls };
  }

  it('evaluates a call with literal arguments once, at compile time, needing no data', () => {
    const { operators, calls } = counting('date.diffDays');
    const compiled = createLogicEngine({ operators }).compile({ '+': [{ 'date.diffDays': ['2024-02-28', '2024-03-01'] }, 1] });
    expect(calls()).toBe(1);
    expect(compiled(undefined)).toBe(3);
    expect(compiled({ anything: true })).toBe(3);
    expect(calls()).toBe(1);
  });

  it('folds nested constant calls', () => {
    const { operators, calls } = counting('date.addDays');
    const compiled = createLogicEngine({ operators }).compile({ 'date.weekday': [{ 'date.addDays': ['2025-02-28', 1] }] });
    expect(calls()).toBe(1);
    expect(compiled(null)).toBe(6);
  });

  it('evaluates per record when an argument reads data', () => {
    const { operators, calls } = counting('time.after');
    const compiled = createLogicEngine({ operators }).compile({ 'time.after': [{ var: 't' }, '08:30'] });
    expect(calls()).toBe(0);
    expect([compiled({ t: '08:29' }), compiled({ t: '08:31' })]).toEqual([false, true]);
    expect(calls()).toBe(2);
  });

  it('leaves an invalid constant call to fail when the rule runs, not when it compiles', () => {
    const compiled = engine.compile({ 'date.parse': ['2025-02-30'] });
    expect(() => compiled(null)).toThrow(/has no day 30/);
  });
});

describe('time-zone independence', () => {
  it.each(['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'America/St_Johns'])('gives the same results with TZ=%s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(run({ 'date.parse': ['2025-03-09T02:30'] })).toBe('2025-03-09T02:30:00'); // a US DST gap
      expect(run({ 'date.diffMinutes': ['2025-03-08T12:00', '2025-03-09T12:00'] })).toBe(1440);
      expect(run({ 'date.diffDays': ['2025-03-29', '2025-03-31'] })).toBe(2); // an EU DST change
      expect(run({ 'date.weekday': ['2025-01-01'] })).toBe(3);
      expect(run({ 'time.minutes': ['2025-11-02T01:30'] })).toBe(90); // a repeated US hour
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
