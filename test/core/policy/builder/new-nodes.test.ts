// "Add condition" starting points: valid rules the engine compiles, per field type.
import { describe, expect, it } from 'vitest';
import { applyLogic, compileLogic, createLogicEngine } from '../../../../src/core/logic/engine.ts';
import { fromBuilderCondition, fromBuilderExpr } from '../../../../src/core/policy/builder/mapping.ts';
import {
  newArithExpr, newCallExpr, newCondition, newConditionFor, newCountExpr, newGroup, newIfExpr,
} from '../../../../src/core/policy/builder/new-nodes.ts';
import { createOperatorCatalog } from '../../../../src/core/policy/builder/operator-catalog.ts';
import type { FieldInfo } from '../../../../src/core/policy/builder/types.ts';

const FIELDS: FieldInfo[] = [
  { key: 'complaints', type: 'integer' },
  { key: 'score', type: 'number' },
  { key: 'vip', type: 'boolean' },
  { key: 'level', type: 'category', values: ['A', 'B'] },
  { key: 'note', type: 'string', samples: [null, 'ok'] },
  { key: 'signedAt', type: 'date', samples: ['2025-03-01'] },
  { key: 'checkIn', type: 'time' },
];

describe('newCondition', () => {
  it('gives the documented default per field type', () => {
    const json = Object.fromEntries(FIELDS.map((f) => [f.key, fromBuilderCondition(newCondition(f))]));
    expect(json).toEqual({
      complaints: { '>': [{ var: 'complaints' }, 0] },
      score: { '>': [{ var: 'score' }, 0] },
      vip: { '==': [{ var: 'vip' }, true] },
      level: { '==': [{ var: 'level' }, 'A'] },
      note: { '==': [{ var: 'note' }, 'ok'] },
      signedAt: { 'date.after': [{ var: 'signedAt' }, '2025-03-01'] },
      checkIn: { 'time.after': [{ var: 'checkIn' }, '09:00'] },
    });
    expect(fromBuilderCondition(newCondition({ key: 'd', type: 'date' }, { today: '2026-01-31' }))).toEqual({ 'date.after': [{ var: 'd' }, '2026-01-31'] });
  });

  it('counts the items of a list field: "count of clock-ins after 09:00 > 0"', () => {
    const signIns: FieldInfo = { key: 'signIns', type: 'list', items: 'time' };
    const json = fromBuilderCondition(newCondition(signIns));
    expect(json).toEqual({ '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, '09:00'] }, 1, 0] }] }, 0] }, 0] });
    expect(applyLogic(json, { signIns: ['08:50', '09:10'] })).toBe(true);
    expect(applyLogic(json, { signIns: ['08:50', '09:00'] })).toBe(false);
    expect(fromBuilderExpr(newCountExpr({ key: 'scores', type: 'list', items: 'number' }))).toEqual({ reduce: [{ var: 'scores' }, { '+': [{ var: 'accumulator' }, { if: [{ '>': [{ var: 'current' }, 0] }, 1, 0] }] }, 0] });
  });

  it('compiles and runs', () => {
    for (const f of FIELDS) expect(() => compileLogic(fromBuilderCondition(newCondition(f)))).not.toThrow();
    expect(applyLogic(fromBuilderCondition(newCondition(FIELDS[6]!)), { checkIn: '09:15' })).toBe(true);
  });

  it('falls back to ">" for dates when the engine has no date operators', () => {
    const catalog = createOperatorCatalog(createLogicEngine());
    expect(fromBuilderCondition(newCondition({ key: 'd', type: 'date' }, { catalog, today: '2025-01-01' }))).toEqual({ '>': [{ var: 'd' }, '2025-01-01'] });
  });
});

describe('newConditionFor and the value helpers', () => {
  const catalog = createOperatorCatalog();

  it('builds a compilable condition for every palette operator offered for each field type', () => {
    for (const field of FIELDS) {
      for (const entry of catalog.forFieldType(field.type)) {
        const json = fromBuilderCondition(newConditionFor(entry, field, { catalog }));
        expect(() => compileLogic(json), `${entry.id} on ${field.type}: ${JSON.stringify(json)}`).not.toThrow();
      }
    }
  });

  it('shapes', () => {
    const level = FIELDS[3]!;
    expect(fromBuilderCondition(newConditionFor(catalog.get('in')!, level))).toEqual({ in: [{ var: 'level' }, ['A']] });
    expect(fromBuilderCondition(newConditionFor(catalog.byId('between:<=')!, FIELDS[1]!))).toEqual({ '<=': [0, { var: 'score' }, 0] });
    expect(fromBuilderCondition(newConditionFor(catalog.get('date.diffDays')!, FIELDS[5]!))).toEqual({ '>': [{ 'date.diffDays': [{ var: 'signedAt' }, '2025-03-01'] }, 0] });
    expect(fromBuilderExpr(newCallExpr(catalog.get('date.addDays')!, FIELDS[5]!))).toEqual({ 'date.addDays': [{ var: 'signedAt' }, 0] });
    expect(fromBuilderExpr(newArithExpr('/', FIELDS[1]!))).toEqual({ '/': [{ var: 'score' }, 1] });
    expect(fromBuilderExpr(newIfExpr(FIELDS[0]!))).toEqual({ if: [{ '>': [{ var: 'complaints' }, 0] }, 0, 0] });
    expect(fromBuilderCondition(newGroup('none'))).toEqual({ '!': { or: [] } });
  });
});
