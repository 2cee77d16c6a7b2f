// A configuration compiled once: every rule through the engine, every scorer into a function, the
// tree into index arrays. evaluate() runs the result per record (docs/scorecard-evaluation.md).
import { DEFAULT_ENGINE } from '../logic/engine.ts';
import { isLogicError } from '../logic/errors.ts';
import type { CompiledLogic, LogicEngine } from '../logic/types.ts';
import type { EvaluationIssue } from './result-types.ts';
import { type CompiledPolicy, compilePolicies } from './compile-policies.ts';
import type { BufferSupply } from './packed-evaluation.ts';
import { type FlatTree, flattenTree, leafAt } from './flat-tree.ts';
import { type CompiledScorer, type ScorerFunction, compileScorer } from './scorers.ts';
import { DEFAULT_SCALE, type GradeBand, type RaterClass, type ScaleConfig, type ScorecardConfig } from './types.ts';

export interface EvaluateOptions {
  /** Engine with the custom operators the configuration uses (default: built-ins and date/time). */
  engine?: LogicEngine;
  /** Plugin scorers by type (`namespace.name`). */
  scorers?: Readonly<Record<string, ScorerFunction>>;
  /**
   * Indicator columns kept from earlier evaluations of the same records (see LeafColumnCache): an
   * editor re-evaluating after each edit recomputes only the indicators the edit changed.
   */
  cache?: LeafColumnCache;
  /** Where evaluatePacked takes its columns' buffers: a BufferPool the page hands old columns back to. */
  buffers?: BufferSupply;
}

/** One indicator over all records: raw values, scores, and the problems met (by record). */
export interface LeafColumn {
  readonly values: Float64Array;
  readonly scores: Float64Array;
  readonly issues: ReadonlyMap<number, string>;
}

/**
 * Indicator columns by what decides them (value rule, scorer, scale), for one array of records:
 * a cache given other records (another array) is emptied first. Plugin scorers and custom
 * operators are assumed not to change while a cache is in use (the engine is part of the key).
 */
export class LeafColumnCache {
  private records: readonly unknown[] | undefined;
  private engine: LogicEngine | undefined;
  private columns = new Map<string, LeafColumn>();
  /** Columns kept at most (a scorecard's indicators plus those of the last edits). */
  constructor(readonly capacity = 400) {}

  /** The cache for these records and engine (cleared when either changed since the last use). */
  use(records: readonly unknown[], engine: LogicEngine): this {
    if (records !== this.records || engine !== this.engine) {
      this.records = records;
      this.engine = engine;
      this.columns.clear();
    }
    return this;
  }

  get(key: string): LeafColumn | undefined {
    const column = this.columns.get(key);
    if (column) {
      // Most recently used last, so the oldest are dropped first.
      this.columns.delete(key);
      this.columns.set(key, column);
    }
    return column;
  }

  set(key: string, column: LeafColumn): void {
    this.columns.set(key, column);
    while (this.columns.size > this.capacity) this.columns.delete(this.columns.keys().next().value!);
  }

  get size(): number {
    return this.columns.size;
  }
}

/** Thrown when a configuration cannot be compiled (run validateConfig first for every problem at once). */
export class ScorecardCompileError extends Error {
  constructor(readonly pointer: string, message: string) {
    super(`${pointer || '/'}: ${message}`);
    this.name = 'ScorecardCompileError';
  }
}

export interface CompiledScorecard {
  readonly config: ScorecardConfig;
  readonly tree: FlatTree;
  readonly scale: Readonly<ScaleConfig>;
  readonly bands: readonly GradeBand[];
  readonly policies: readonly CompiledPolicy[];
  readonly raters: readonly RaterClass[];
  readonly scorers: readonly (CompiledScorer | undefined)[];
  /**
   * Scores the tree on `data` into `values`/`scores` at `offset` (NaN = missing). Returns the index
   * of the node whose `fail` policy stopped the record, or -1.
   */
  scoreTree(data: unknown, record: unknown, values: Float64Array, scores: Float64Array, offset: number, issues: EvaluationIssue[]): number;
  /**
   * The same in two steps, for all records at once: each indicator as a column (reusable through a
   * LeafColumnCache), then the groups of one record from its indicators' scores.
   */
  leafColumn(j: number, records: readonly unknown[]): LeafColumn;
  /** Cache key of indicator j (its value rule, scorer and the scale). */
  leafKey(j: number): string;
  aggregateTree(values: Float64Array, scores: Float64Array, offset: number): number;
  /** Engine the rules were compiled with (part of a cache's identity). */
  readonly engine: LogicEngine;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function compileScorecard(config: ScorecardConfig, options: EvaluateOptions = {}): CompiledScorecard {
  const engine = options.engine ?? DEFAULT_ENGINE;
  const scale: Readonly<ScaleConfig> = { ...DEFAULT_SCALE, ...config.scale };
  const tree = flattenTree(config.root);
  const valueRules: (CompiledLogic | undefined)[] = [];
  const scorers: (CompiledScorer | undefined)[] = [];
  const pointers = nodePointers(config);
  for (let k = 0; k < tree.nodes.length; k++) {
    if (!tree.nodes[k]!.leaf) {
      valueRules.push(undefined);
      scorers.push(undefined);
      continue;
    }
    const leaf = leafAt(tree, k);
    try {
      valueRules.push(engine.compile(leaf.value));
    } catch (error) {
      throw new ScorecardCompileError(`${pointers[k]}/value${isLogicError(error) ? error.pointer : ''}`, message(error));
    }
    try {
      scorers.push(compileScorer(leaf.scorer, scale, engine, options.scorers));
    } catch (error) {
      throw new ScorecardCompileError(`${pointers[k]}/scorer`, message(error));
    }
  }
  const policies = compilePolicies(config.policies ?? [], engine, (pointer, error) => new ScorecardCompileError(pointer, message(error)));

  const { leaves, groupsBottomUp, children, childWeights, aggregate, missing, nodes } = tree;
  const leafRules = leaves.map((k) => valueRules[k]!);
  const leafScorers = leaves.map((k) => scorers[k]!);
  const leafIds = leaves.map((k) => nodes[k]!.id);
  const minScore = scale.min;

  const leafColumn = (j: number, records: readonly unknown[]): LeafColumn => {
    const rule = leafRules[j]!;
    const scorer = leafScorers[j]!;
    const n = records.length;
    const values = new Float64Array(n);
    const scores = new Float64Array(n);
    const issues = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const record = records[i];
      let v = NaN;
      try {
        v = scorer.numeric(rule(record));
      } catch (error) {
        issues.set(i, message(error));
      }
      values[i] = v;
      let s = NaN;
      if (v === v) {
        try {
          s = scorer.score(v, record);
        } catch (error) {
          issues.set(i, message(error));
        }
      }
      scores[i] = s;
    }
    return { values, scores, issues };
  };
  const leafKeys = leaves.map((k) => {
    const leaf = leafAt(tree, k);
    return JSON.stringify([leaf.value, leaf.scorer, scale]);
  });

  const aggregateTree = (values: Float64Array, scores: Float64Array, offset: number): number => {
    for (let g = 0; g < groupsBottomUp.length; g++) {
      const k = groupsBottomUp[g]!;
      const kids = children[k]!;
      const weights = childWeights[k]!;
      const policy = missing[k]!;
      const mode = aggregate[k]!;
      let wSum = 0;
      let acc = mode === 'min' ? Infinity : 0;
      for (let c = 0; c < kids.length; c++) {
        let s = scores[offset + kids[c]!]!;
        if (s !== s) {
          if (policy === 'fail') return k;
          if (policy === 'renormalize') continue;
          s = minScore;
        }
        const w = weights[c]!;
        wSum += w;
        if (mode === 'weighted-sum') acc += w * s;
        else if (mode === 'min') acc = s < acc ? s : acc;
        else if (w > 0) acc += w * Math.log(s > 0 ? s : 0); // log 0 = −∞ makes the mean 0; a weight of 0 takes no part (0^0 = 1)
      }
      values[offset + k] = NaN;
      if (mode === 'min') scores[offset + k] = acc === Infinity ? NaN : acc;
      else if (wSum <= 0) scores[offset + k] = NaN;
      else scores[offset + k] = mode === 'weighted-sum' ? acc / wSum : Math.exp(acc / wSum);
    }
    return -1;
  };

  const scoreTree = (data: unknown, record: unknown, values: Float64Array, scores: Float64Array, offset: number, issues: EvaluationIssue[]): number => {
    for (let j = 0; j < leaves.length; j++) {
      const k = leaves[j]!;
      const scorer = leafScorers[j]!;
      let v = NaN;
      try {
        v = scorer.numeric(leafRules[j]!(data));
      } catch (error) {
        issues.push({ source: leafIds[j]!, message: message(error) });
      }
      values[offset + k] = v;
      let s = NaN;
      if (v === v) {
        try {
          s = scorer.score(v, record);
        } catch (error) {
          issues.push({ source: leafIds[j]!, message: message(error) });
        }
      }
      scores[offset + k] = s;
    }
    return aggregateTree(values, scores, offset);
  };

  return {
    config, tree, scale, bands: config.grades.bands, policies, raters: config.raters?.classes ?? [], scorers, scoreTree,
    leafColumn, leafKey: (j) => leafKeys[j]!, aggregateTree, engine,
  };
}

/** JSON pointer of every node, in the flat tree's pre-order. */
export function nodePointers(config: ScorecardConfig): string[] {
  const out: string[] = [];
  const visit = (node: ScorecardConfig['root'] | ScorecardConfig['root']['children'][number], pointer: string): void => {
    out.push(pointer);
    const kids = (node as { children?: ScorecardConfig['root']['children'] }).children;
    if (Array.isArray(kids)) kids.forEach((child, i) => visit(child, `${pointer}/children/${i}`));
  };
  visit(config.root, '/root');
  return out;
}
