// Public types of "why did this record get its result" explanations (see explain.ts).
import type { LocalizedText } from '../../localized-text.ts';
import type { TraceNode } from '../trace.ts';
import type { LogicEngine } from '../types.ts';

/** A text in both shipped languages. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

/** An iterator item a condition was evaluated on. */
export interface ExplainedItem {
  /** JSON pointer of the iterator (`all` / `some` / `none`). */
  pointer: string;
  /** 0-based position in the list (texts say "item 3" for index 2). */
  index: number;
}

export interface FailingLeaf {
  /** JSON pointer of the condition (a comparison, missing/exists check, custom predicate, or a truthiness test of a value). */
  pointer: string;
  /** The condition as written in the rule. */
  rule: unknown;
  /** Its evaluated arguments (e.g. [72, 90] for {">=": [{"var": "satisfaction"}, 90]}); absent for truthiness tests. */
  args?: unknown[];
  value: unknown;
  /**
   * Whether the condition held. In `whyFalse` a leaf that held sits under a `!` / `none`: the
   * rule needed it not to hold; in `whyTrue` a leaf that failed did so under a `!`.
   */
  truthy: boolean;
  /** The condition in plain language: { en: 'satisfaction ≥ 90', 'zh-CN': '满意度 ≥ 90' }. */
  text: Bilingual;
  /** What was found: { en: 'satisfaction is 72', 'zh-CN': '满意度 为 72' }. */
  actual: Bilingual;
  /** For a condition inside `all` / `some` / `none`: the items it was evaluated on, outermost first. */
  items?: ExplainedItem[];
  /** Those items in words: { en: 'item 3 of tickets', 'zh-CN': 'tickets 第 3 项' }. */
  where?: Bilingual;
}

export interface Explanation {
  value: unknown;
  truthy: boolean;
  error?: { type: string; message: string; pointer?: string };
  /** The full trace tree (from traceLogic); a placeholder root when the rule did not compile. */
  trace: TraceNode;
  /**
   * For a falsy result of a boolean-ish rule: the smallest set of leaves that, if all flipped,
   * would make the rule true (`and`: each failing child; `or`: the cheapest branch; `!`/`none`
   * invert; `if`: the taken branch, or the condition that selected a constant branch; `all`: the
   * failing items; `some`: one leaf for the whole quantifier, "no item satisfied …").
   */
  whyFalse?: FailingLeaf[];
  /** For a truthy result: the leaves that made it true (`or`: the branch that decided; `and`: all). */
  whyTrue?: FailingLeaf[];
  /**
   * Set when a condition the engine skipped (short-circuit) could not be evaluated for the
   * explanation (an error, a scope jump out of an iterator body, the evaluation budget): the
   * leaf lists may then miss conditions.
   */
  incomplete?: true;
  /** One sentence in both languages: en "false because satisfaction ≥ 90 failed (satisfaction is 72) and …". */
  summary: Bilingual;
}

/** A label per field: one for all languages, or per language (missing languages fall back to English). */
export type FieldLabels = Record<string, LocalizedText>;

export interface ExplainOptions {
  /** The engine whose custom operators the rule uses (default: built-ins only). */
  engine?: LogicEngine;
  /** Display names of fields by dotted path; item fields as `list.field` (as renderLogic). */
  fieldLabels?: FieldLabels;
}

/** A rule prepared for explaining many records (see compileExplainer). */
export type Explainer = (data?: unknown) => Explanation;
