// Malformed rules fail at compile time, with the JSON pointer of the offending node and what was
// expected; a rule that compiled fails at run time only with a LogicError.
import { describe, expect, it } from 'vitest';
import { LogicError, compileLogic, createLogicEngine, isLogicError } from '../../../src/core/index.ts';

function compileError(rule: unknown): LogicError {
  try {
    compileLogic(rule);
  } catch (error) {
    expect(isLogicError(error), String(error)).toBe(true);
    return error as LogicError;
  }
  throw new Error(`compiled: ${JSON.stringify(rule)}`);
}

describe('unknown operators', () => {
  it('names the pointer of the unknown operator', () => {
    const error = compileError({ and: [true, { foo: 1 }] });
    expect(error).toMatchObject({ type: 'Unknown Operator', pointer: '/and/1' });
    expect(error.message).toContain('"foo"');
    expect(error.message).toContain('/and/1');
  });

  it('points deep into nested operators', () => {
    expect(compileError({ and: [true, { '>': [{ nope: [] }, 2] }] }).pointer).toBe('/and/1/>/0');
    expect(compileError({ if: [{ var: 'x' }, { map: [[1], { 'acme.x': [] }] }, 0] }).pointer).toBe('/if/1/map/1');
  });

  it('rejects unknown operators in branches that would never run', () => {
    expect(compileError({ if: [true, 1, { foo: 1 }] }).pointer).toBe('/if/2');
  });

  it('escapes pointer tokens (RFC 6901)', () => {
    expect(compileError({ preserve: { 'a/b': { 'c~d': [1, Number.NaN] } } }).pointer).toBe('/preserve/a~1b/c~0d/1');
  });
});

describe('arity', () => {
  it.each([
    [{ in: ['a'] }, '', '2 arguments'],
    [{ if: [true, { '%': [1] }] }, '/if/1', 'at least 2 arguments'],
    [{ and: [{ '!': [1, 2] }] }, '/and/0', 'at most 1 argument'],
    [{ map: [[1, 2]] }, '', '2 arguments'],
    [{ reduce: [[1], { var: 'current' }, 0, 1] }, '', '2 to 3 arguments'],
    [{ var: ['a', 1, 2] }, '', 'at most 2 arguments'],
    [{ '<': [1] }, '', 'at least 2 arguments'],
  ])('%j fails at %j expecting %s', (rule, pointer, expected) => {
    const error = compileError(rule);
    expect(error).toMatchObject({ type: 'Invalid Arguments', pointer, expected });
  });

  it('requires an array of arguments where the suites do', () => {
    expect(compileError({ and: true })).toMatchObject({ type: 'Invalid Arguments', pointer: '/and' });
    expect(compileError({ '==': { preserve: [1, 1] } })).toMatchObject({ type: 'Invalid Arguments', pointer: '/==' });
  });

  it('rejects a literal null list or body of an iterator', () => {
    expect(compileError({ map: [null, { var: '' }] }).pointer).toBe('/map/0');
    expect(compileError({ filter: [{ var: 'xs' }, null] }).pointer).toBe('/filter/1');
  });

  it('checks computed argument lists at run time, at the operator', () => {
    const run = compileLogic({ '%': { var: 'xs' } });
    expect(run({ xs: [7, 4] })).toBe(3);
    expect(() => run({ xs: [7] })).toThrow(expect.objectContaining({ type: 'Invalid Arguments', pointer: '' }));
  });
});

describe('values that are not JSON', () => {
  class Money {
    amount = 1;
  }
  const sym = Symbol('s');
  const getter = Object.defineProperty({}, 'var', { get: () => 'x', enumerable: true });
  it.each([
    ['a function', { '+': [1, () => 1] }, '/+/1'],
    ['undefined', { var: undefined }, '/var'],
    ['NaN', { '+': [Number.NaN] }, '/+/0'],
    ['Infinity', { '*': [2, Number.POSITIVE_INFINITY] }, '/*/1'],
    ['-Infinity', [Number.NEGATIVE_INFINITY], '/0'],
    ['a Date', { '==': [new Date(0), 1] }, '/==/0'],
    ['a Map', { in: ['a', new Map()] }, '/in/1'],
    ['a class instance', { '!!': [new Money()] }, '/!!/0'],
    ['a bigint', { '+': [1n] }, '/+/0'],
    ['a symbol', { cat: [sym] }, '/cat/0'],
    ['symbol keys', { [sym]: 1 }, ''],
    ['an accessor', getter, '/var'],
    ['a hole in an array', { cat: [1, , 2] }, '/cat/1'],
  ])('rejects %s', (_what, rule, pointer) => {
    const error = compileError(rule);
    expect(error.type).toBe('Invalid Rule');
    expect(error.pointer).toBe(pointer);
    expect(error.message).toMatch(/^Not JSON/);
  });

  it('rejects objects with several keys, suggesting preserve', () => {
    const error = compileError({ if: [{ a: 1, b: 2 }, 1, 2] });
    expect(error).toMatchObject({ type: 'Invalid Rule', pointer: '/if/0', expected: 'an operator object with exactly one key' });
    expect(error.message).toContain('preserve');
  });

  it('accepts the same data inside preserve, as data', () => {
    expect(compileLogic({ preserve: { a: 1, b: [2, { '+': 3 }] } })(null)).toEqual({ a: 1, b: [2, { '+': 3 }] });
    expect(compileError({ preserve: { a: () => 1 } }).pointer).toBe('/preserve/a');
  });
});

describe('errors', () => {
  it('carry type, pointer and message, and are instances of LogicError and Error', () => {
    const error = compileError({ cat: [{ nope: 1 }] });
    expect(error).toBeInstanceOf(LogicError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LogicError');
    expect(typeof error.type).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(error.pointer).toBe('/cat/0');
  });

  it('name the operator at run time', () => {
    const run = compileLogic({ and: [true, { '/': [1, { var: 'd' }] }] });
    expect(() => run({ d: 0 })).toThrow(expect.objectContaining({ type: 'NaN', pointer: '/and/1' }));
  });

  it('never crash a compiled rule with anything but LogicError, whatever the data', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const datas: unknown[] = [undefined, null, 0, 'x', [], {}, cyclic, { x: cyclic }, { x: { toString: 5, valueOf: 'x' } }, Object.create(null), [1, [2, [3]]], { x: 10n }, { x: Symbol('s') }];
    const rules: unknown[] = [
      { cat: [{ var: 'x' }, { var: '' }] }, { '+': [{ var: 'x' }, 1] }, { '<': [{ var: 'x' }, { var: '' }] }, { '==': [{ var: 'x' }, 'a'] },
      { in: [{ var: 'x' }, { var: '' }] }, { substr: [{ var: 'x' }, 1] }, { merge: [{ var: 'x' }, { var: '' }] }, { map: [{ var: '' }, { cat: [{ var: '' }] }] },
      { missing: [{ var: 'x' }] }, { all: [{ var: '' }, { var: '' }] }, { max: { var: '' } }, { val: [[3], 'x'] }, { exists: ['x', 'y'] },
      { reduce: [{ var: '' }, { cat: [{ var: 'accumulator' }, { var: 'current' }] }, ''] }, { throw: { var: 'x' } }, { '!': { var: 'x' } },
    ];
    const engine = createLogicEngine({ limits: { maxDepth: 16 } });
    for (const rule of rules) {
      const run = engine.compile(rule);
      for (const data of datas) {
        try {
          run(data);
        } catch (error) {
          expect(isLogicError(error), `${JSON.stringify(rule)}: ${String(error)}`).toBe(true);
        }
      }
    }
  });
});
