// The operator catalog (src/core/policy/builder/operator-catalog.ts) as the builder's inputs need
// it: the comparisons a field's type offers, and the operators drawn as functions (date/time and
// plugin operators) with one typed input per argument. The one place the builder reads the catalog.
// Every function takes the operators to offer (the workbench's `ruleOperators` service, see
// builder-element.ts), so a plugin operator is drawn, not shown as raw JSON.
import type { LocalizedText } from '../../core/localized-text.ts';
import { DEFAULT_ENGINE } from '../../core/logic/engine.ts';
import { catalogOf, type CatalogOperator, type OperatorCatalog } from '../../core/policy/builder/operator-catalog.ts';
import { newCallExpr } from '../../core/policy/builder/new-nodes.ts';
import type { BuilderExpr, FieldInfo } from '../../core/policy/builder/types.ts';
import type { RuleOperatorSet } from '../services/rule-operators-service.ts';

export interface CallArgument {
  label: LocalizedText;
  /** Types the constant input of the argument (a date picker for a date, HH:mm for a time). */
  field: FieldInfo | undefined;
}

export interface CallOperator {
  name: string;
  label: LocalizedText;
  description?: LocalizedText;
  args: CallArgument[];
  /** True for tests ("is a weekend"), drawn as conditions; false for values ("days between"). */
  condition: boolean;
}

/** The operators of a builder without workbench services (a bare element in a test): the default engine's. */
export const DEFAULT_RULE_OPERATORS: RuleOperatorSet = { engine: DEFAULT_ENGINE, widgets: new Map() };

/** The custom element a plugin provides to edit its operator's arguments, when it has been defined. */
export function operatorWidget(ops: RuleOperatorSet, op: string): string | undefined {
  const tag = ops.widgets.get(op);
  return tag !== undefined && customElements.get(tag) ? tag : undefined;
}

/** The catalog of the operators' engine (catalogOf caches it per engine). */
export function catalog(ops: RuleOperatorSet): OperatorCatalog {
  return catalogOf(ops.engine);
}

/** A pseudo field typing an argument's constant input. */
function argField(entry: CatalogOperator, index: number): FieldInfo | undefined {
  const arg = entry.args[Math.min(index, entry.args.length - 1)];
  if (!arg) return undefined;
  if (arg.kind === 'number') return { key: '', type: 'number' };
  if (arg.kind === 'boolean') return { key: '', type: 'boolean' };
  if (arg.kind !== 'string') return undefined;
  // Dates and times are strings in JSON; the operator's namespace says which picker fits.
  if (entry.group === 'time') return { key: '', type: 'time' };
  if (entry.group === 'date') return { key: '', type: 'date' };
  return { key: '', type: 'string' };
}

function asCall(entry: CatalogOperator): CallOperator {
  const count = Number.isFinite(entry.max) ? entry.max : Math.max(entry.min, entry.args.length);
  return {
    name: entry.op,
    label: entry.label,
    ...(entry.description ? { description: entry.description } : {}),
    args: Array.from({ length: count }, (_, i) => ({ label: entry.args[Math.min(i, entry.args.length - 1)]!.label, field: argField(entry, i) })),
    condition: entry.returns === 'boolean',
  };
}

function calls(ops: RuleOperatorSet): CatalogOperator[] {
  return catalog(ops).operators.filter((e) => e.node === 'call' && e.custom);
}

export function callOperator(ops: RuleOperatorSet, name: string): CallOperator | undefined {
  const entry = catalog(ops).get(name);
  return entry && entry.node === 'call' ? asCall(entry) : undefined;
}

/** Functions offered where a value goes (the current one is included even when it is a condition). */
export function valueFunctions(ops: RuleOperatorSet, current = ''): CallOperator[] {
  return calls(ops).filter((e) => e.returns !== 'boolean' || e.op === current).map(asCall);
}

/** Condition functions offered for a field of this type (all of them when the type is unknown). */
export function conditionFunctions(ops: RuleOperatorSet, type?: FieldInfo['type']): CallOperator[] {
  return calls(ops).filter((e) => e.returns === 'boolean' && (type === undefined || e.appliesTo.includes(type))).map(asCall);
}

/** The comparison entries (compare, between, in) offered for a field type, in palette order. */
export function comparisonsFor(ops: RuleOperatorSet, type: FieldInfo['type'] | undefined): CatalogOperator[] {
  const kinds = new Set(['compare', 'between', 'in']);
  const entries = type === undefined ? catalog(ops).operators : catalog(ops).forFieldType(type);
  return entries.filter((e) => kinds.has(e.node));
}

/** The catalog entry of a comparison choice: "==", "between:<=", "in". */
export function comparisonEntry(ops: RuleOperatorSet, id: string): CatalogOperator | undefined {
  return catalog(ops).byId(id);
}

/** A call with the first field its operator applies to as first argument, defaults for the rest. */
export function startingCall(ops: RuleOperatorSet, name: string, fields: readonly FieldInfo[]): BuilderExpr | undefined {
  const entry = catalog(ops).get(name);
  if (!entry || entry.node !== 'call') return undefined;
  return newCallExpr(entry, fields.find((f) => entry.appliesTo.includes(f.type)));
}
