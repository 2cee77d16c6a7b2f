// The visual builder's model of a JSON-logic rule. `toBuilderCondition(json)` and `fromBuilderCondition(model)`
// (builder/mapping.ts; likewise toBuilderExpr/fromBuilderExpr) are exact inverses on every input:
// fromBuilderCondition(toBuilderCondition(x)) deep-equals x for ANY JSON value x. Whatever the builder cannot draw becomes a `raw` node holding the JSON
// as it was, shown as an editable JSON block: nothing is ever dropped.

/** A condition: something true or false. */
export type BuilderCondition =
  /** {"and": [...]}, {"or": [...]}, {"!": {"or": [...]}} (none). */
  | { kind: 'group'; combinator: 'all' | 'any' | 'none'; children: BuilderCondition[] }
  /** {"<op>": [left, right]} */
  | { kind: 'compare'; op: CompareOp; left: BuilderExpr; right: BuilderExpr }
  /** {"<=": [low, value, high]} or {"<": [...]}: low ≤ value ≤ high. */
  | { kind: 'between'; op: '<' | '<='; low: BuilderExpr; value: BuilderExpr; high: BuilderExpr }
  /** {"in": [value, list]} */
  | { kind: 'in'; value: BuilderExpr; list: BuilderExpr }
  /** {"some"|"all"|"none": [array, condition]}: a condition on the items of an array field. */
  | { kind: 'quantifier'; quantifier: 'some' | 'all' | 'none'; array: BuilderExpr; condition: BuilderCondition }
  /**
   * {"!": x} where x is not an "or" group; {"!": [x]} when `form` is 'array' (absent: the single
   * form, which is what the builder writes for new nodes).
   */
  | { kind: 'not'; condition: BuilderCondition; form?: 'single' | 'array' }
  /** Any expression used as a condition: a boolean field, {"date.isLate": ...}, a plugin operator. */
  | { kind: 'test'; expr: BuilderExpr }
  | RawNode;

export type CompareOp = '==' | '===' | '!=' | '!==' | '<' | '<=' | '>' | '>=';

/** A value: a number, a field, a computation. */
export type BuilderExpr =
  /** {"var": "path"} or {"var": ["path", fallback]}. */
  | { kind: 'field'; path: string; fallback?: unknown; form: 'string' | 'array' }
  /** A JSON scalar, or an array of scalars (the list of an `in`). */
  | { kind: 'literal'; value: string | number | boolean | null | Array<string | number | boolean | null> }
  /** {"+": [...]}, {"-": [...]}, {"*": [...]}, {"/": [a, b]}, {"%": [a, b]}, {"min": [...]}, {"max": [...]}. */
  | { kind: 'arith'; op: ArithOp; args: BuilderExpr[] }
  /** {"if": [c1, v1, c2, v2, ..., otherwise]}; `otherwise` absent when the if has an even number of arguments. */
  | {
    kind: 'if';
    branches: Array<{ when: BuilderCondition; then: BuilderExpr }>;
    otherwise?: BuilderExpr;
    /** '?:' for json-logic's ternary alias, which means the same as "if" (absent: "if"). */
    op?: 'if' | '?:';
  }
  /**
   * An operator with a known argument list that the builder draws with its own widget: the date
   * and time operators (date.*, time.*) and plugin operators registered with an argument schema,
   * and the built-ins without a node of their own (cat, substr, merge, missing, ??, map, ...).
   * `args` keep the original array/single form in `form`. Which operators are calls, and their
   * arities, come from the operator catalog (operator-catalog.ts) of the mapping's engine.
   */
  | { kind: 'call'; op: string; args: BuilderExpr[]; form: 'array' | 'single' }
  /**
   * How many items of a list satisfy a condition, written as the classic
   * {"reduce": [array, {"+": [{"var": "accumulator"}, {"if": [condition, 1, 0]}]}, 0]}, so any
   * JSON-logic tool runs it. Inside `condition` the item is {"var": "current"}.
   */
  | { kind: 'count'; array: BuilderExpr; condition: BuilderCondition }
  /** A condition used as a value, e.g. {"if": [...]} branches are conditions; {"+": [{">": ...}]} is not common but legal. */
  | { kind: 'condition'; condition: BuilderCondition }
  | RawNode;

export type ArithOp = '+' | '-' | '*' | '/' | '%' | 'min' | 'max';

/** JSON the builder does not draw, kept exactly. */
export interface RawNode {
  kind: 'raw';
  json: unknown;
}

/** What the builder knows about a record field, for type-aware inputs (from the policy's fields and the chosen dataset). */
export interface FieldInfo {
  key: string;
  /** A list field's value is an array of `items` (a month's clock-in times): drawn as quantifiers and counts. */
  type: 'number' | 'integer' | 'boolean' | 'date' | 'time' | 'string' | 'category' | 'list';
  items?: 'number' | 'integer' | 'boolean' | 'date' | 'time' | 'string' | 'category';
  label?: import('../../localized-text.ts').LocalizedText;
  unit?: import('../../localized-text.ts').LocalizedText;
  /** Category values (or the distinct values seen in the data, up to a few dozen). */
  values?: string[];
  /** A few sample values from the dataset, for hovers and placeholders. */
  samples?: unknown[];
  min?: number;
  max?: number;
}

/**
 * A plugin's own editor for the arguments of its operator. A plugin declares `"widget": "<tag>"` on
 * an operator in its manifest and defines that custom element; the visual builder then draws calls
 * of the operator with it instead of one generic input per argument. The element receives, as
 * properties, `args` (the call's arguments as JSON-logic), `fields` (FieldInfo[]) and `services`,
 * and fires `args-change` (bubbling, composed) with this detail on every user edit — never on
 * programmatic changes.
 */
export interface OperatorWidgetChange {
  args: unknown[];
}
