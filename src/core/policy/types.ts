// The policy document: a named set of service rules ("each complaint deducts 10 points; a serious
// complaint caps the grade at C"), authored in the policy designer, tested live against datasets,
// and attached to scorecards (whose `policies` are the expanded rules). Validated by
// schemas/policy.schema.json. Plain JSON data: stored in the workspace as a `policy` document.
import type { LocalizedText } from '../localized-text.ts';
import type { FieldDef, Policy, PolicyEffect } from '../scorecard/types.ts';

export const POLICY_FORMAT = 'scorecard-policy';
export const POLICY_VERSION = 1;

export interface PolicyDocument {
  $schema?: string;
  format: typeof POLICY_FORMAT;
  version: typeof POLICY_VERSION;
  name: LocalizedText;
  description?: LocalizedText;
  /** The record fields the rules read, with their types (for type-aware editing and analysis). */
  fields?: FieldDef[];
  /** Evaluated in this order; the order is also the order of effects (docs/scorecard-evaluation.md §5). */
  rules: PolicyRule[];
  /** Saved test cases: a record and the outcome it must have. */
  tests?: PolicyTestCase[];
}

/** A rule written as a condition and one effect (the scorecard's Policy). */
export interface ConditionRule extends Policy {
  table?: undefined;
}

/**
 * A rule written as a decision table. It has no `when`/`effect` of its own: `expandRules` turns it
 * into plain policies (one per row, ids `<rule id>#<row id>`, or one for a `count` collect).
 */
export interface TableRule {
  id: string;
  name: LocalizedText;
  table: DecisionTable;
  enabled?: boolean;
  comment?: string;
}

export type PolicyRule = ConditionRule | TableRule;

export function isTableRule(rule: PolicyRule): rule is TableRule {
  return (rule as TableRule).table !== undefined;
}

/**
 * Hit policies (as in DMN): unique — rows must not overlap; first — the first matching row in
 * order; priority — the matching row with the highest `priority` (ties: the earlier row); any —
 * rows may overlap only when their outputs are equal; collect — every matching row, combined by
 * `collect` (sum: each row's effect applies; min/max: only the matching row with the smallest or
 * largest output; count: one effect whose amount is the number of matching rows); rule-order —
 * every matching row's effect, in row order.
 */
export type HitPolicy = 'unique' | 'first' | 'priority' | 'any' | 'collect' | 'rule-order';
export type CollectOperator = 'sum' | 'min' | 'max' | 'count';

/** What every row's output means: an amount of points or money, a flag, or a grade cap. */
export type TableOutput =
  | { type: 'points'; min?: number; max?: number }
  | { type: 'money'; currency?: string }
  | { type: 'flag'; severity?: 'info' | 'warning' | 'error' }
  | { type: 'veto-cap' };

export interface DecisionTable {
  hitPolicy: HitPolicy;
  /** Required when hitPolicy is collect. */
  collect?: CollectOperator;
  inputs: TableInput[];
  output: TableOutput;
  rows: TableRow[];
}

/** A column: the value a row's cell tests, with what gap analysis needs to know about its domain. */
export interface TableInput {
  id: string;
  label?: LocalizedText;
  /** JSON-logic over the record, usually {"var": "field"}. */
  expression: unknown;
  type: 'number' | 'string' | 'boolean' | 'category';
  /** The possible values of a category or string column (for gaps). */
  values?: Array<string | number | boolean>;
  /** The domain of a number column (for gaps); unbounded when absent. */
  min?: number;
  max?: number;
}

export type TableCell =
  | { op: 'any' }
  | { op: '==' | '!=' | '<' | '<=' | '>' | '>='; value: string | number | boolean }
  | { op: 'between'; min: number; max: number; minExclusive?: boolean; maxExclusive?: boolean }
  | { op: 'in' | 'not-in'; values: Array<string | number | boolean> };

export interface TableRow {
  id: string;
  /** One cell per input, in the order of `inputs`. */
  cells: TableCell[];
  /** points/money: a number; flag: the flag's name; veto-cap: the grade id. */
  output: number | string;
  /** For the priority hit policy: higher wins. */
  priority?: number;
  comment?: string;
}

/** The outcome a test case expects; only the given parts are checked. */
export interface ExpectedOutcome {
  /** Rule ids (or `<rule>#<row>` for table rows) that must fire. */
  fired?: string[];
  /** Rule ids that must not fire. */
  notFired?: string[];
  /** Sum of points effects (within 1e-9). */
  points?: number;
  money?: number;
  flags?: string[];
  veto?: 'none' | 'void' | 'cap';
  /** With veto 'cap': the grade the record is capped at. */
  capGrade?: string;
}

export interface PolicyTestCase {
  id: string;
  name: string;
  record: Record<string, unknown>;
  /** Where the record was pinned from (informational). */
  source?: { datasetId: string; rowId: number };
  expect: ExpectedOutcome;
}

/** One record's outcome under a policy document. */
export interface PolicyOutcome {
  /** Ids of the expanded policies that fired, in evaluation order. */
  fired: string[];
  points: number;
  money: number;
  flags: string[];
  veto: 'none' | 'void' | 'cap';
  /** With veto 'cap': the grade ids the record was capped at. */
  capGrades: string[];
  /** Rules that failed on this record (the rule is then treated as not firing). */
  errors: Array<{ rule: string; message: string }>;
}

export type { FieldDef, Policy, PolicyEffect };
