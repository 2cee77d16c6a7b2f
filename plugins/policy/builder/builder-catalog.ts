// The operator catalog (src/core/policy/builder/operator-catalog.ts) as the builder's inputs need
// it: the comparisons a field's type offers, and the operators drawn as functions (date/time and
// plugin operators) with one typed input per argument. The one place the builder reads the catalog.
import type { LocalizedText } from '../../../src/core/localized-text.ts';
import { DEFAULT_ENGINE } from '../../../src/core/logic/engine.ts';
import type { LogicEngine } from '../../../src/core/logic/types.ts';
import { catalogOf, type CatalogOperator, type OperatorCatalog } from '../../../src/core/policy/builder/operator-catalog.ts';
import { newCallExpr } from '../../../src/core/policy/builder/new-nodes.ts';
import type { BuilderExpr, FieldInfo } from '../../../src/core/policy/builder/types.ts';

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

let currentEngine: LogicEngine = DEFAULT_ENGINE;
let currentWidgets: ReadonlyMap<string, string> = new Map();

/**
 * The engine whose operators the builder offers: the default one (built-ins, date.*, time.*) plus
 * the operators plugins declare. The policy plugin sets it when the declarations change; the
 * mapping, the palette and the summaries all read it, so a plugin operator is drawn, not raw JSON.
 */
export function setBuilderEngine(engine: LogicEngine, widgets: ReadonlyMap<string, string> = new Map()): void {
  currentEngine = engine;
  currentWidgets = widgets;
}

export function builderEngine(): LogicEngine {
  return currentEngine;
}

/** The custom element a plugin provides to edit its operator's arguments, when it has been defined. */
export function operatorWidget(op: string): string | undefined {
  const tag = currentWidgets.get(op);
  return tag !== undefined && customElements.get(tag) ? tag : undefined;
}

/** The catalog of the builder's engine; rebuilt only when operators are added. */
export function catalog(): OperatorCatalog {
  return catalogOf(currentEngine);
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

function calls(): CatalogOperator[] {
  return catalog().operators.filter((e) => e.node === 'call' && e.custom);
}

export function callOperator(name: string): CallOperator | undefined {
  const entry = catalog().get(name);
  return entry && entry.node === 'call' ? asCall(entry) : undefined;
}

/** Functions offered where a value goes (the current one is included even when it is a condition). */
export function valueFunctions(current = ''): CallOperator[] {
  return calls().filter((e) => e.returns !== 'boolean' || e.op === current).map(asCall);
}

/** Condition functions offered for a field of this type (all of them when the type is unknown). */
export function conditionFunctions(type?: FieldInfo['type']): CallOperator[] {
  return calls().filter((e) => e.returns === 'boolean' && (type === undefined || e.appliesTo.includes(type))).map(asCall);
}

/** The comparison entries (compare, between, in) offered for a field type, in palette order. */
export function comparisonsFor(type: FieldInfo['type'] | undefined): CatalogOperator[] {
  const kinds = new Set(['compare', 'between', 'in']);
  const entries = type === undefined ? catalog().operators : catalog().forFieldType(type);
  return entries.filter((e) => kinds.has(e.node));
}

/** The catalog entry of a comparison choice: "==", "between:<=", "in". */
export function comparisonEntry(id: string): CatalogOperator | undefined {
  return catalog().byId(id);
}

/** A call with the first field its operator applies to as first argument, defaults for the rest. */
export function startingCall(name: string, fields: readonly FieldInfo[]): BuilderExpr | undefined {
  const entry = catalog().get(name);
  if (!entry || entry.node !== 'call') return undefined;
  return newCallExpr(entry, fields.find((f) => entry.appliesTo.includes(f.type)));
}
