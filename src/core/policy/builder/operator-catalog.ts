// The builder's palette: every operator an engine knows, with its label in both languages, its
// arguments, which builder node draws it and which field types it is offered for. Arity and
// argument forms come from the engine's own definitions, and custom operators (date.*, time.*,
// plugins) bring their own labels and argument schemas; only the built-ins' names are hand-written
// (builtin-operator-labels.ts), since the engine has none for them.
import { resolveLocalized, type LocalizedText } from '../../localized-text.ts';
import { DEFAULT_ENGINE } from '../../logic/engine.ts';
import type { OperatorDef } from '../../logic/operator-def.ts';
import { BUILTIN_OPERATORS } from '../../logic/operators/builtins.ts';
import type { LogicEngine, LogicValueType, OperatorSpec } from '../../logic/types.ts';
import { BUILTIN_LABELS, type ArgumentKind, type BilingualText } from './builtin-operator-labels.ts';
import type { FieldInfo } from './types.ts';

export type { ArgumentKind, BilingualText } from './builtin-operator-labels.ts';

export type BuilderFieldType = FieldInfo['type'];

export type OperatorGroup = 'compare' | 'range' | 'membership' | 'arithmetic' | 'quantifier' | 'date' | 'time' | 'custom' | 'logic' | 'other';

/** The builder node that draws an operator (see types.ts); 'raw' for the one it never draws (preserve). */
export type OperatorNodeKind = 'group' | 'not' | 'compare' | 'between' | 'in' | 'quantifier' | 'arith' | 'if' | 'field' | 'call' | 'raw';

/**
 * How `{"op": x}` (a non-array argument) is read: 'one' — x is the one argument; 'spread' — a
 * literal x is the one argument, an operator x computes the argument list; 'never' — invalid;
 * 'data' — x is data, not a rule (preserve).
 */
export type SingleArgumentForm = 'one' | 'spread' | 'never' | 'data';

export interface CatalogArgument {
  kind: ArgumentKind;
  label: BilingualText;
}

export interface CatalogOperator {
  /** Unique in the catalog: the operator name, or `between:<=` / `between:<` for the 3-argument comparisons. */
  id: string;
  /** The JSON-logic operator written in the rule. */
  op: string;
  group: OperatorGroup;
  node: OperatorNodeKind;
  label: BilingualText;
  symbol?: string;
  description?: BilingualText;
  /** By position; when `max` exceeds their number, the last one repeats. */
  args: readonly CatalogArgument[];
  min: number;
  /** Infinity for variadic operators. */
  max: number;
  single: SingleArgumentForm;
  returns: LogicValueType;
  /** Field types (of the first argument) it is offered for; empty: not tied to a field (logic, lists, ...). */
  appliesTo: readonly BuilderFieldType[];
  /** Registered on the engine (date/time and plugin operators) rather than built in. */
  custom: boolean;
}

export interface OperatorCatalog {
  /** Palette order: comparisons, ranges, membership, arithmetic, quantifiers, date, time, custom, then the rest. */
  readonly operators: readonly CatalogOperator[];
  /** The entry of a JSON-logic operator (for "<" and "<=": the two-argument comparison). */
  get(op: string): CatalogOperator | undefined;
  /** The entry with this catalog id. */
  byId(id: string): CatalogOperator | undefined;
  /** The operators offered for a field of this type, in palette order. */
  forFieldType(type: BuilderFieldType): CatalogOperator[];
}

const ALL_TYPES: readonly BuilderFieldType[] = ['number', 'integer', 'boolean', 'date', 'time', 'string', 'category'];
const ORDERED: readonly BuilderFieldType[] = ['number', 'integer', 'date', 'time'];
const NUMERIC: readonly BuilderFieldType[] = ['number', 'integer'];
const TEXTUAL: readonly BuilderFieldType[] = ['category', 'string'];

const GROUP_ORDER: readonly OperatorGroup[] = ['compare', 'range', 'membership', 'arithmetic', 'quantifier', 'date', 'time', 'custom', 'logic', 'other'];
// Within the compare group, the order a manager reads them in.
const COMPARE_ORDER: readonly string[] = ['==', '!=', '>', '>=', '<', '<=', '===', '!=='];

const SINGLE_FORMS: Readonly<Record<OperatorDef['form'], SingleArgumentForm>> = { single: 'one', spread: 'spread', array: 'never', raw: 'data' };

interface BuiltinPlacement {
  group: OperatorGroup;
  node: OperatorNodeKind;
  appliesTo: readonly BuilderFieldType[];
}

function placeBuiltin(name: string): BuiltinPlacement {
  switch (name) {
    case '==': case '!=': case '===': case '!==': return { group: 'compare', node: 'compare', appliesTo: ALL_TYPES };
    case '<': case '<=': case '>': case '>=': return { group: 'compare', node: 'compare', appliesTo: ORDERED };
    case 'in': return { group: 'membership', node: 'in', appliesTo: TEXTUAL };
    case '+': case '-': case '*': case '/': case '%': case 'min': case 'max': return { group: 'arithmetic', node: 'arith', appliesTo: NUMERIC };
    case 'some': case 'all': case 'none': return { group: 'quantifier', node: 'quantifier', appliesTo: ['list'] };
    case 'and': case 'or': return { group: 'logic', node: 'group', appliesTo: [] };
    case '!': return { group: 'logic', node: 'not', appliesTo: [] };
    case 'if': case '?:': return { group: 'logic', node: 'if', appliesTo: [] };
    case 'var': return { group: 'other', node: 'field', appliesTo: [] };
    case 'preserve': return { group: 'other', node: 'raw', appliesTo: [] };
    default: return { group: 'other', node: 'call', appliesTo: [] };
  }
}

function bilingual(text: LocalizedText | undefined, fallback: string): BilingualText {
  if (text === undefined) return { en: fallback, 'zh-CN': fallback };
  return { en: resolveLocalized(text, 'en') || fallback, 'zh-CN': resolveLocalized(text, 'zh-CN') || fallback };
}

function builtinEntries(def: OperatorDef): CatalogOperator[] {
  const place = placeBuiltin(def.name);
  const names = BUILTIN_LABELS.get(def.name);
  const entry: CatalogOperator = {
    id: def.name, op: def.name, ...place,
    label: names?.label ?? { en: def.name, 'zh-CN': def.name },
    ...(names?.symbol === undefined ? {} : { symbol: names.symbol }),
    args: names?.args ?? [{ kind: 'any', label: { en: 'Value', 'zh-CN': '值' } }],
    min: def.min, max: def.max, single: SINGLE_FORMS[def.form], returns: def.returns, custom: false,
  };
  if (def.name !== '<' && def.name !== '<=') return [entry];
  // low < value < high: the builder's "between", drawn by its own node.
  const inclusive = def.name === '<=';
  const bound = (en: string, zh: string): CatalogArgument => ({ kind: 'any', label: { en, 'zh-CN': zh } });
  return [entry, {
    ...entry, id: `between:${def.name}`, group: 'range', node: 'between',
    label: inclusive ? { en: 'between (inclusive)', 'zh-CN': '介于（含两端）' } : { en: 'strictly between', 'zh-CN': '介于（不含两端）' },
    args: [bound('Low', '下限'), bound('Value', '值'), bound('High', '上限')], min: 3, max: 3,
  }];
}

/** Field types a custom operator is offered for: by namespace for date/time, else by its first argument's type. */
function customAppliesTo(spec: OperatorSpec, group: OperatorGroup): readonly BuilderFieldType[] {
  if (group === 'date') return ['date'];
  if (group === 'time') return ['time'];
  switch (spec.args?.types?.[0]) {
    case 'number': return NUMERIC;
    case 'string': return TEXTUAL;
    case 'boolean': return ['boolean'];
    case 'array': return ['list'];
    case 'any': return ALL_TYPES;
    default: return [];
  }
}

function customEntry(spec: OperatorSpec): CatalogOperator {
  const group: OperatorGroup = spec.name.startsWith('date.') ? 'date' : spec.name.startsWith('time.') ? 'time' : 'custom';
  const { min = 0, max = Infinity, types = [], labels = [] } = spec.args ?? {};
  const count = Math.max(types.length, labels.length, min, 1);
  const args = Array.from({ length: count }, (_, i): CatalogArgument => ({
    kind: types[Math.min(i, types.length - 1)] ?? 'any',
    label: bilingual(labels[i], `#${i + 1}`),
  }));
  return {
    id: spec.name, op: spec.name, group, node: 'call',
    label: bilingual(spec.label, spec.name),
    ...(spec.description === undefined ? {} : { description: bilingual(spec.description, '') }),
    args, min, max, single: 'one', returns: spec.returns ?? 'any',
    appliesTo: customAppliesTo(spec, group), custom: true,
  };
}

function rank(entry: CatalogOperator): number {
  const compare = COMPARE_ORDER.indexOf(entry.id);
  return GROUP_ORDER.indexOf(entry.group) * 100 + (compare < 0 ? 99 : compare);
}

/** The catalog of an engine's operators (default: the engine behind applyLogic, with date.* and time.*). */
export function createOperatorCatalog(engine: LogicEngine = DEFAULT_ENGINE): OperatorCatalog {
  const entries: CatalogOperator[] = [];
  for (const name of engine.operatorNames()) {
    const spec = engine.getOperator(name);
    if (spec !== undefined) entries.push(customEntry(spec));
    else {
      const def = BUILTIN_OPERATORS.get(name);
      if (def !== undefined) entries.push(...builtinEntries(def));
    }
  }
  // Stable sort: operators of one group keep the engine's order.
  const operators = Object.freeze(entries.map((e, i) => [rank(e), i, e] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , e]) => e));
  const ids = new Map(operators.map((e) => [e.id, e] as const));
  return {
    operators,
    get: (op) => ids.get(op),
    byId: (id) => ids.get(id),
    forFieldType: (type) => operators.filter((e) => e.appliesTo.includes(type)),
  };
}

const cache = new WeakMap<LogicEngine, { count: number; catalog: OperatorCatalog }>();

/**
 * The catalog of an engine, built once per set of operators: engines only ever gain operators,
 * so their count tells whether a cached catalog is still current.
 */
export function catalogOf(engine: LogicEngine = DEFAULT_ENGINE): OperatorCatalog {
  const count = engine.operatorNames().length;
  const hit = cache.get(engine);
  if (hit !== undefined && hit.count === count) return hit.catalog;
  const catalog = createOperatorCatalog(engine);
  cache.set(engine, { count, catalog });
  return catalog;
}
