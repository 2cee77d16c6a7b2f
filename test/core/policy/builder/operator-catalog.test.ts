// The palette is built from the engine: every operator it knows has an entry, built-ins have names
// in both languages, custom operators bring their own labels and argument schemas.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE, createLogicEngine } from '../../../../src/core/logic/engine.ts';
import { BUILTIN_OPERATORS } from '../../../../src/core/logic/operators/builtins.ts';
import { BUILTIN_LABELS } from '../../../../src/core/policy/builder/builtin-operator-labels.ts';
import { catalogOf, createOperatorCatalog } from '../../../../src/core/policy/builder/operator-catalog.ts';

describe('operator catalog', () => {
  const catalog = createOperatorCatalog();

  it('has a hand-written name for every built-in operator, in both languages', () => {
    for (const name of BUILTIN_OPERATORS.keys()) {
      const names = BUILTIN_LABELS.get(name);
      expect(names, `label for ${name}`).toBeDefined();
      expect(names!.label.en).not.toBe('');
      expect(names!.label['zh-CN']).not.toBe('');
    }
  });

  it('lists every operator of the engine once (plus the two "between" entries)', () => {
    const ops = catalog.operators.filter((e) => !e.id.startsWith('between:')).map((e) => e.op);
    expect(new Set(ops)).toEqual(new Set(DEFAULT_ENGINE.operatorNames()));
    expect(ops.length).toBe(DEFAULT_ENGINE.operatorNames().length);
    expect(catalog.byId('between:<=')).toMatchObject({ op: '<=', node: 'between', min: 3, max: 3, group: 'range' });
  });

  it('takes arity and argument forms from the engine', () => {
    expect(catalog.get('-')).toMatchObject({ min: 1, max: Infinity, single: 'spread', node: 'arith' });
    expect(catalog.get('!')).toMatchObject({ min: 0, max: 1, single: 'one', node: 'not' });
    expect(catalog.get('and')).toMatchObject({ single: 'never', node: 'group' });
    expect(catalog.get('preserve')).toMatchObject({ single: 'data', node: 'raw' });
    expect(catalog.get('cat')).toMatchObject({ node: 'call', returns: 'string' });
  });

  it('takes labels and argument schemas of date/time operators from their specs', () => {
    const after = catalog.get('time.after')!;
    expect(after).toMatchObject({ group: 'time', node: 'call', min: 2, max: 2, returns: 'boolean', custom: true, appliesTo: ['time'] });
    expect(after.label).toEqual(DEFAULT_ENGINE.getOperator('time.after')!.label);
    expect(after.args.map((a) => a.kind)).toEqual(['string', 'string']);
    expect(after.args[1]!.label['zh-CN']).toBe('界限时间 (HH:mm)');
    expect(catalog.get('date.addDays')!.args.map((a) => a.kind)).toEqual(['string', 'number']);
    expect(catalog.get('date.addDays')!.appliesTo).toEqual(['date']);
  });

  it('offers operators by field type', () => {
    const ids = (type: Parameters<typeof catalog.forFieldType>[0]): string[] => catalog.forFieldType(type).map((e) => e.id);
    expect(ids('number')).toEqual(expect.arrayContaining(['>', '>=', '==', 'between:<=', '+', '*']));
    expect(ids('number')).not.toContain('in');
    expect(ids('date')).toEqual(expect.arrayContaining(['>', 'date.after', 'date.between', 'between:<=']));
    expect(ids('date')).not.toContain('time.after');
    expect(ids('time')).toEqual(expect.arrayContaining(['>', 'time.after', 'time.lateMinutes']));
    expect(ids('category')).toEqual(expect.arrayContaining(['==', '!=', 'in']));
    expect(ids('category')).not.toContain('>');
    expect(ids('boolean')).toEqual(expect.arrayContaining(['==', '!=']));
    // Palette order: comparisons first, "==" before ">".
    expect(ids('number').indexOf('==')).toBeLessThan(ids('number').indexOf('>'));
    expect(ids('number').indexOf('>')).toBeLessThan(ids('number').indexOf('+'));
  });

  it('includes a plugin operator with its label and schema, and refreshes when an engine gains one', () => {
    const engine = createLogicEngine();
    const before = catalogOf(engine);
    expect(before.get('acme.weightedAvg')).toBeUndefined();
    expect(catalogOf(engine)).toBe(before);
    engine.addOperator({
      name: 'acme.weightedAvg', label: { en: 'Weighted average', 'zh-CN': '加权平均' },
      args: { min: 2, max: 2, types: ['array', 'array'], labels: [{ en: 'values', 'zh-CN': '数值' }, 'weights'] }, returns: 'number', evaluate: () => 0,
    });
    engine.addOperator({ name: 'acme.score', args: { types: ['number'] }, evaluate: () => 0 });
    const after = catalogOf(engine);
    expect(after.get('acme.weightedAvg')).toMatchObject({
      group: 'custom', node: 'call', min: 2, max: 2, returns: 'number', custom: true, appliesTo: ['list'],
      label: { en: 'Weighted average', 'zh-CN': '加权平均' },
      args: [{ kind: 'array', label: { en: 'values', 'zh-CN': '数值' } }, { kind: 'array', label: { en: 'weights', 'zh-CN': 'weights' } }],
    });
    expect(after.get('acme.score')).toMatchObject({ label: { en: 'acme.score' }, appliesTo: ['number', 'integer'], max: Infinity });
    expect(after.get('date.after')).toBeUndefined(); // not registered on this engine
  });
});
