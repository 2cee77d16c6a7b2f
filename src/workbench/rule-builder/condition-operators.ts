// The operator select of a condition row: which choices a field's type offers, which choice a
// condition shows, and the condition a new choice turns it into (keeping what the user typed: the
// subject always, the compared value where the new shape has a place for it).
import type { BuilderCondition, BuilderExpr, CompareOp, FieldInfo } from '../../core/policy/builder/types.ts';
import { callOperator, comparisonsFor, conditionFunctions } from './builder-catalog.ts';
import { defaultValueFor } from './field-types.ts';
import type { RuleOperatorSet } from '../services/rule-operators-service.ts';

/** A choice of the select: a comparison, between, in, not in, "is true" or a condition function (`call:<op>`). */
export type OperatorChoice = CompareOp | 'between' | 'between-strict' | 'in' | 'not-in' | 'truthy' | `call:${string}`;

const COMPARE: readonly CompareOp[] = ['==', '!=', '<', '<=', '>', '>=', '===', '!=='];
/** Strict (in)equality reads the same as == to a manager: offered only where a rule already uses it. */
const STRICT: ReadonlySet<string> = new Set(['===', '!==']);

/** The choice of a catalog comparison entry (its id: "==", "between:<=", "in"). */
function choiceOfEntry(id: string): OperatorChoice {
  return id === 'between:<=' ? 'between' : id === 'between:<' ? 'between-strict' : (id as OperatorChoice);
}

/** The catalog id of a choice, for its label; undefined for the builder's own (not-in, truthy, functions). */
export function entryIdOf(choice: OperatorChoice): string | undefined {
  if (choice === 'between') return 'between:<=';
  if (choice === 'between-strict') return 'between:<';
  return isCompareOp(choice) || choice === 'in' ? choice : undefined;
}

/** What the catalog offers for the field's type, with "is not one of" after "is one of" and "is true" for yes/no fields. */
export function choicesFor(ops: RuleOperatorSet, field: FieldInfo | undefined, current: OperatorChoice | undefined): OperatorChoice[] {
  const type = field?.type;
  const choices: OperatorChoice[] = [];
  if (type === 'boolean' || type === undefined) choices.push('truthy');
  for (const entry of comparisonsFor(ops, type)) {
    if (STRICT.has(entry.id)) continue;
    choices.push(choiceOfEntry(entry.id));
    if (entry.id === 'in') choices.push('not-in');
  }
  for (const op of conditionFunctions(ops, type)) choices.push(`call:${op.name}`);
  if (current && !choices.includes(current)) choices.push(current);
  return choices;
}

/** The choice a condition shows, or undefined when the row draws it another way (group, quantifier, raw...). */
export function choiceOf(ops: RuleOperatorSet, node: BuilderCondition): OperatorChoice | undefined {
  switch (node.kind) {
    case 'compare': return node.op;
    case 'between': return node.op === '<=' ? 'between' : 'between-strict';
    case 'in': return 'in';
    case 'not': return node.condition.kind === 'in' ? 'not-in' : undefined;
    case 'test':
      if (node.expr.kind === 'call' && callOperator(ops, node.expr.op)?.condition && node.expr.args.length > 0) return `call:${node.expr.op}`;
      return node.expr.kind === 'field' ? 'truthy' : undefined;
    default: return undefined;
  }
}

/** What the condition is about: the left side, the tested value, the first argument. */
export function subjectOf(node: BuilderCondition): BuilderExpr | undefined {
  switch (node.kind) {
    case 'compare': return node.left;
    case 'between': return node.value;
    case 'in': return node.value;
    case 'not': return node.condition.kind === 'in' ? node.condition.value : undefined;
    case 'test': return node.expr.kind === 'call' ? node.expr.args[0] : node.expr;
    default: return undefined;
  }
}

/** The value the subject is compared with, when there is one. */
function comparedOf(node: BuilderCondition): BuilderExpr | undefined {
  switch (node.kind) {
    case 'compare': return node.right;
    case 'between': return node.low;
    case 'in': return node.list.kind === 'literal' && Array.isArray(node.list.value) && node.list.value.length > 0 ? { kind: 'literal', value: node.list.value[0]! } : undefined;
    case 'test': return node.expr.kind === 'call' ? node.expr.args[1] : undefined;
    default: return undefined;
  }
}

function constant(field: FieldInfo | undefined): BuilderExpr {
  return { kind: 'literal', value: defaultValueFor(field) };
}

/** The condition `node` becomes when the user picks `choice`. */
export function withChoice(ops: RuleOperatorSet, node: BuilderCondition, choice: OperatorChoice, field: FieldInfo | undefined): BuilderCondition {
  const subject = subjectOf(node) ?? { kind: 'field', path: field?.key ?? '', form: 'string' };
  const compared = comparedOf(node);
  const scalar = compared && !(compared.kind === 'literal' && Array.isArray(compared.value)) ? compared : constant(field);
  if (choice === 'between' || choice === 'between-strict') {
    const op = choice === 'between' ? '<=' : '<';
    if (node.kind === 'between') return { ...node, op };
    return { kind: 'between', op, low: scalar, value: subject, high: scalar };
  }
  if (choice === 'in' || choice === 'not-in') {
    const list: BuilderExpr = node.kind === 'in' ? node.list : node.kind === 'not' && node.condition.kind === 'in' ? node.condition.list
      : { kind: 'literal', value: scalar.kind === 'literal' && !Array.isArray(scalar.value) && scalar.value !== '' ? [scalar.value] : [] };
    const inNode: BuilderCondition = { kind: 'in', value: subject, list };
    return choice === 'in' ? inNode : { kind: 'not', condition: inNode };
  }
  if (choice === 'truthy') return { kind: 'test', expr: subject };
  if (choice.startsWith('call:')) {
    const op = callOperator(ops, choice.slice(5));
    const rest = (op?.args.slice(1) ?? []).map((arg, i): BuilderExpr => (i === 0 && compared ? compared : { kind: 'literal', value: defaultValueFor(arg.field) }));
    return { kind: 'test', expr: { kind: 'call', op: choice.slice(5), args: [subject, ...rest], form: 'array' } };
  }
  return { kind: 'compare', op: choice as CompareOp, left: subject, right: scalar };
}

export function isCompareOp(choice: string): choice is CompareOp {
  return (COMPARE as readonly string[]).includes(choice);
}

/** The catalog key of the builder's own choices (the others are named by the operator catalog). */
export function choiceKey(choice: 'not-in' | 'truthy'): string {
  return `workbench.builder.op.${choice}`;
}
