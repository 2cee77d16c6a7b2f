// Starting points for "add condition" and "add value": a node that is already a valid rule for the
// chosen field, so the first thing a manager sees is something sensible to adjust, not a blank.
import type { LogicEngine } from '../../logic/types.ts';
import { catalogOf, type ArgumentKind, type CatalogOperator, type OperatorCatalog } from './operator-catalog.ts';
import type { ArithOp, BuilderCondition, BuilderExpr, CompareOp, FieldInfo } from './types.ts';

export interface NewNodeOptions {
  /** Where date.*, time.* and plugin operators come from; default: the catalog of `engine`. */
  catalog?: OperatorCatalog;
  engine?: LogicEngine;
  /** The date a new date condition starts from (YYYY-MM-DD); default: the field's first sample, else blank. */
  today?: string;
}

/** When a check-in counts as late, unless the data says otherwise: a common start of the working day. */
const DEFAULT_TIME = '09:00';

export function fieldExpr(path: string): BuilderExpr {
  return { kind: 'field', path, form: 'string' };
}

export function literal(value: string | number | boolean | null): BuilderExpr {
  return { kind: 'literal', value };
}

function firstStringSample(field: FieldInfo): string | undefined {
  return field.samples?.find((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/** Inside a count, the item being tested is {"var": "current"} (the reduce's item). */
export const COUNTED_ITEM_PATH = 'current';

/** The item of a list field, as the field a count's condition reads. */
export function countedItemField(list: FieldInfo | undefined): FieldInfo {
  const type = list?.items ?? 'number';
  return {
    key: COUNTED_ITEM_PATH, type,
    label: { en: 'The item', 'zh-CN': '当前项' },
    ...(list?.unit ? { unit: list.unit } : {}),
    ...(list?.values ? { values: list.values } : {}),
    ...(list?.samples ? { samples: list.samples } : {}),
  };
}

/** "count of the items of `list` where <the usual condition on one item>". */
export function newCountExpr(list: FieldInfo, options?: NewNodeOptions): BuilderExpr {
  return { kind: 'count', array: fieldExpr(list.key), condition: newCondition(countedItemField(list), options) };
}

/** A literal a field is typically compared with. */
export function defaultValue(field: FieldInfo, options?: NewNodeOptions): BuilderExpr {
  switch (field.type) {
    case 'list': return literal(0);
    case 'number':
    case 'integer': return literal(0);
    case 'boolean': return literal(true);
    case 'category': return literal(field.values?.[0] ?? firstStringSample(field) ?? '');
    case 'string': return literal(firstStringSample(field) ?? '');
    case 'date': return literal(options?.today ?? firstStringSample(field) ?? '');
    case 'time': return literal(DEFAULT_TIME);
  }
}

function catalog(options: NewNodeOptions | undefined): OperatorCatalog {
  return options?.catalog ?? catalogOf(options?.engine);
}

/**
 * The condition "add condition" creates for a field: number > 0, boolean = true, category = its
 * first value, text = a sample, date after a date (date.after), time after 09:00 (time.after).
 * Without the date/time operators in the catalog, dates and times are compared with ">".
 */
export function newCondition(field: FieldInfo, options?: NewNodeOptions): BuilderCondition {
  // A list is counted: "count of clock-ins after 09:00 > 0", the shape of lateness rules.
  if (field.type === 'list') return { kind: 'compare', op: '>', left: newCountExpr(field, options), right: literal(0) };
  const left = fieldExpr(field.key);
  const right = defaultValue(field, options);
  switch (field.type) {
    case 'boolean':
    case 'category':
    case 'string': return { kind: 'compare', op: '==', left, right };
    case 'date':
    case 'time': {
      const after = catalog(options).get(field.type === 'date' ? 'date.after' : 'time.after');
      if (after !== undefined) return { kind: 'test', expr: { kind: 'call', op: after.op, args: [left, right], form: 'array' } };
      return { kind: 'compare', op: '>', left, right };
    }
    default: return { kind: 'compare', op: '>', left, right };
  }
}

function valueOfKind(kind: ArgumentKind, field: FieldInfo | undefined, options: NewNodeOptions | undefined): BuilderExpr {
  switch (kind) {
    case 'number': return literal(0);
    case 'boolean': return literal(true);
    case 'array': return { kind: 'literal', value: [] };
    case 'condition': return { kind: 'condition', condition: newGroup('all') };
    case 'string': return field !== undefined && (field.type === 'date' || field.type === 'time') ? defaultValue(field, options) : literal('');
    default: return field !== undefined ? defaultValue(field, options) : literal(null);
  }
}

/** A call of a catalog operator: the field as first argument when given, defaults for the rest. */
export function newCallExpr(entry: CatalogOperator, field?: FieldInfo, options?: NewNodeOptions): BuilderExpr {
  const count = Math.max(entry.min, Math.min(entry.args.length, entry.max));
  const args = Array.from({ length: count }, (_, i) => {
    if (i === 0 && field !== undefined) return fieldExpr(field.key);
    const kind = entry.args[Math.min(i, entry.args.length - 1)]?.kind ?? 'any';
    return valueOfKind(kind, field, options);
  });
  return { kind: 'call', op: entry.op, args, form: 'array' };
}

/** `field op 0`, or `0 op 0` without a field. */
export function newArithExpr(op: ArithOp, field?: FieldInfo): BuilderExpr {
  return { kind: 'arith', op, args: [field !== undefined ? fieldExpr(field.key) : literal(0), literal(op === '/' || op === '%' ? 1 : 0)] };
}

/** if <condition on the field> then 0 else 0. */
export function newIfExpr(field?: FieldInfo, options?: NewNodeOptions): BuilderExpr {
  return { kind: 'if', branches: [{ when: field !== undefined ? newCondition(field, options) : newGroup('all'), then: literal(0) }], otherwise: literal(0) };
}

export function newGroup(combinator: 'all' | 'any' | 'none' = 'all', children: BuilderCondition[] = []): BuilderCondition {
  return { kind: 'group', combinator, children };
}

/**
 * The condition for a palette operator picked for a field: a comparison, a range, a membership, a
 * quantifier over a list field, or a call (tested directly when it returns a boolean, else `> 0`).
 */
export function newConditionFor(entry: CatalogOperator, field: FieldInfo, options?: NewNodeOptions): BuilderCondition {
  const value = fieldExpr(field.key);
  const zero = defaultValue(field, options);
  switch (entry.node) {
    case 'compare': return { kind: 'compare', op: entry.op as CompareOp, left: value, right: zero };
    case 'between': return { kind: 'between', op: entry.op === '<' ? '<' : '<=', low: zero, value, high: zero };
    case 'in': {
      // A list of values (not a text, which would test for a substring).
      const first = field.type === 'category' ? field.values?.[0] : firstStringSample(field);
      return { kind: 'in', value, list: { kind: 'literal', value: first === undefined ? [] : [first] } };
    }
    case 'quantifier': return { kind: 'quantifier', quantifier: entry.op as 'some' | 'all' | 'none', array: value, condition: newGroup('all') };
    case 'arith': return { kind: 'compare', op: '>', left: newArithExpr(entry.op as ArithOp, field), right: literal(0) };
    case 'call': {
      const call = newCallExpr(entry, field, options);
      return entry.returns === 'boolean' ? { kind: 'test', expr: call } : { kind: 'compare', op: '>', left: call, right: literal(0) };
    }
    default: return newCondition(field, options);
  }
}
