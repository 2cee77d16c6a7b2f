// The scorecard configuration: the document this product exports and other tools evaluate.
// schemas/scorecard.schema.json describes the same shape for JSON Schema tools; a test keeps the
// two in step. docs/scorecard-evaluation.md explains how each part is computed.
import type { LocalizedText } from '../localized-text.ts';
import type { LogicRule } from '../logic/types.ts';

/** The configuration format this code writes; older documents are migrated (migrate.ts). */
export const SCORECARD_VERSION = 1;

/** The kinds of single value a field (or each item of a list field) holds. */
export type ScalarFieldType = 'number' | 'integer' | 'boolean' | 'date' | 'time' | 'string' | 'category';

/** A field's kind: a single value, or a list of values of one kind (`items`), e.g. a month's clock-in times. */
export type FieldType = ScalarFieldType | 'list';

/** A record field the scorecard reads. */
export interface FieldDef {
  key: string;
  type: FieldType;
  label?: LocalizedText;
  unit?: LocalizedText;
  /** The allowed values of a category field (or of the items of a list of categories). */
  values?: string[];
  /** What each item of a list field is (required when `type` is 'list', absent otherwise). */
  items?: ScalarFieldType;
  description?: LocalizedText;
}

/** Which fields identify and name the appraised person in a record (shown in results and reports). */
export interface SubjectFields {
  id?: string;
  name?: string;
}

/** Maps an indicator's value to a score on the scale. */
export type Scorer =
  | LinearScorer
  | BandsScorer
  | LikertScorer
  | PassFailScorer
  | TargetScorer
  | LogicScorer
  | PluginScorer;

/** Straight line from `worst` (scale minimum) to `best` (scale maximum), clamped. worst > best means lower is better. */
export interface LinearScorer {
  type: 'linear';
  worst: number;
  best: number;
}

/** One band: the value is at least `min` (inclusive) and below `max` (exclusive); either may be left out. */
export interface ScoreBand {
  min?: number;
  max?: number;
  score: number;
  label?: LocalizedText;
}

/** Thresholds: the first band the value falls in gives the score; `otherwise` (default scale minimum) when none does. */
export interface BandsScorer {
  type: 'bands';
  bands: ScoreBand[];
  otherwise?: number;
}

/** A survey answer from 1 to `points` mapped linearly onto the scale (averages like 4.2 allowed; clamped). */
export interface LikertScorer {
  type: 'likert';
  points: 5 | 7;
  /** 1 is best instead of worst. */
  reverse?: boolean;
}

/** A truthy value passes. Scores default to the scale's maximum and minimum. */
export interface PassFailScorer {
  type: 'pass-fail';
  pass?: number;
  fail?: number;
}

/**
 * Completion against a target: `floor` (default 0) scores the scale minimum, `target` the scale
 * maximum; beyond the target the score keeps rising linearly until `stretch`, where it reaches
 * `cap` (default: no rise above the maximum). floor > target means lower is better.
 */
export interface TargetScorer {
  type: 'target';
  target: number;
  floor?: number;
  stretch?: number;
  cap?: number;
}

/** A JSON-logic score over `{ "value": <the indicator's value>, "record": <the record> }`, clamped to the scale. */
export interface LogicScorer {
  type: 'logic';
  score: LogicRule;
}

/** A scorer contributed by a plugin, named `namespace.name`, with its own parameters. */
export interface PluginScorer {
  type: `${string}.${string}`;
  params?: Record<string, unknown>;
}

export type Aggregation = 'weighted-sum' | 'weighted-geometric' | 'min';

/**
 * What an inner node does when some children have no score: re-normalise the weights over the
 * children that have one (default), count the missing ones as the scale minimum, or fail the record.
 */
export type MissingPolicy = 'renormalize' | 'zero' | 'fail';

/** The SMART checklist an indicator is reviewed against (metadata for the designer and reports). */
export interface SmartNotes {
  specific?: string;
  measurable?: string;
  attainable?: string;
  realistic?: string;
  timeBound?: string;
}

interface NodeBase {
  id: string;
  name: LocalizedText;
  /** Local weight among siblings; siblings sum to 100 unless the parent sets `normalize`. */
  weight: number;
  description?: LocalizedText;
  /** The designer keeps a locked weight when it balances siblings. */
  locked?: boolean;
}

export interface IndicatorLeaf extends NodeBase {
  /** JSON-logic over the record giving the raw value; null, undefined, NaN and "" mean missing. */
  value: LogicRule;
  scorer: Scorer;
  unit?: LocalizedText;
  /** Whether a higher raw value is better (metadata for charts and explanations; the scorer decides). */
  direction?: 'higher' | 'lower';
  smart?: SmartNotes;
}

export interface IndicatorGroup extends NodeBase {
  children: IndicatorNode[];
  aggregate?: Aggregation;
  missing?: MissingPolicy;
  /** The children's weights need not sum to 100: they are used in proportion. */
  normalize?: boolean;
}

export type IndicatorNode = IndicatorLeaf | IndicatorGroup;

export function isGroup(node: IndicatorNode): node is IndicatorGroup {
  return Array.isArray((node as IndicatorGroup).children);
}

/** How a node's children's weights were derived, kept so the derivation can be audited and redone. */
export type WeightDerivation =
  | { node: string; method: 'direct'; note?: string }
  | {
      node: string;
      method: 'ahp';
      /** Child ids in the order of the matrix rows. */
      items: string[];
      /** Pairwise judgments on Saaty's 1–9 scale; matrix[i][j] = importance of item i over item j. */
      matrix: number[][];
      computation: 'eigenvector' | 'sum-product' | 'geometric-mean';
      riTable: 'saaty' | 'chinese';
      lambdaMax?: number;
      ci?: number;
      cr?: number;
    }
  | {
      node: string;
      method: 'entropy' | 'critic';
      items: string[];
      /** Dataset the weights came from, and how many records it had. */
      dataset?: string;
      records?: number;
      /** Weights (summing to 1) in the order of `items`. */
      weights: number[];
    };

/** 360-degree appraisal: the tree is scored once per rater class, from `record[source]`, and the totals weighted. */
export interface RaterClass {
  id: string;
  name: LocalizedText;
  weight: number;
  /** Key of the record property holding this class's ratings (an object with the indicator fields). */
  source: string;
}

export interface RaterConfig {
  classes: RaterClass[];
}

export type PolicyEffect =
  /** Bonus (positive) or deduction (negative) points, optionally bounded per record. */
  | { type: 'points'; amount: LogicRule; min?: number; max?: number }
  /** Money added (positive) or withheld (negative); reported, not scored. */
  | { type: 'money'; amount: LogicRule; currency?: string }
  /** One-vote veto: void the appraisal (lowest grade, total = scale minimum) or cap the grade. */
  | { type: 'veto'; mode: 'void' }
  | { type: 'veto'; mode: 'cap'; grade: string }
  | { type: 'flag'; flag: string; severity?: 'info' | 'warning' | 'error' };

/** A service rule: when `when` holds for a record, its effect applies. */
export interface Policy {
  id: string;
  name: LocalizedText;
  when: LogicRule;
  effect: PolicyEffect;
  enabled?: boolean;
  comment?: string;
}

export interface GradeBand {
  id: string;
  label: LocalizedText;
  /** Lowest total (inclusive) that earns this grade. */
  min: number;
  /** Bonus coefficient applied to the pay of this grade (1 = unchanged). */
  coefficient?: number;
  color?: string;
}

/** Grades by rank instead of by score: the best `share` of the ranked records get the first band, and so on. */
export interface ForcedDistribution {
  shares: { grade: string; share: number }[];
}

export interface GradeConfig {
  /** Best first, each `min` lower than the previous; the last one's `min` is the scale minimum. */
  bands: GradeBand[];
  forced?: ForcedDistribution;
}

export interface ScaleConfig {
  min: number;
  max: number;
  /** Decimal places of the final total. */
  decimals: number;
  /** half-up (四舍五入, the default) or half-even (banker's rounding). */
  rounding?: 'half-up' | 'half-even';
  /** Keep the total inside [min, max] after bonus points (default true). */
  clamp?: boolean;
}

export interface ScorecardConfig {
  $schema?: string;
  version: typeof SCORECARD_VERSION;
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  subject?: SubjectFields;
  fields: FieldDef[];
  root: IndicatorGroup;
  weighting?: WeightDerivation[];
  raters?: RaterConfig;
  policies?: Policy[];
  grades: GradeConfig;
  scale?: ScaleConfig;
}

export const DEFAULT_SCALE: Readonly<ScaleConfig> = Object.freeze({ min: 0, max: 100, decimals: 2, rounding: 'half-up', clamp: true });
