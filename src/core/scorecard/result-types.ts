// What evaluate() returns: plain data (typed arrays and plain objects), so a Web Worker can post it
// to the page and a test can compare it, with per-node numbers kept in columns for speed.

/** A problem met while evaluating one record (a rule that threw, a non-numeric amount). */
export interface EvaluationIssue {
  /** Indicator or policy id. */
  source: string;
  message: string;
}

export interface FiredPolicy {
  policy: string;
  effect: 'points' | 'money' | 'veto' | 'flag';
  /** Points or money added (negative for deductions). */
  amount?: number;
  /** void, or the grade a cap veto allows at best. */
  veto?: 'void' | 'cap';
  grade?: string;
  flag?: string;
}

export interface RecordResult {
  index: number;
  /** The subject id field, or the 1-based record number. */
  id: string;
  name?: string;
  status: 'ok' | 'failed';
  /** Why the record failed: the node whose `missing: "fail"` policy stopped it. */
  failure?: { node: string; message: string };
  /** Aggregated total before policies (unrounded); null when failed. */
  totalBefore: number | null;
  /** Sum of the points effects that fired. */
  adjustment: number;
  /** Sum of the money effects that fired. */
  money: number;
  /** Final total after adjustments, vetoes, clamping and rounding; null when failed. */
  total: number | null;
  grade: string | null;
  coefficient: number | null;
  rank: number | null;
  percentile: number | null;
  veto?: 'void' | 'cap';
  fired: FiredPolicy[];
  flags: string[];
  errors: EvaluationIssue[];
  /** 360-degree: each rater class's total (null when the class has no ratings). */
  raters?: Record<string, number | null>;
}

export interface NodeInfo {
  id: string;
  parent: string | null;
  depth: number;
  leaf: boolean;
  /** Weight among siblings, as a fraction of the siblings' sum. */
  localWeight: number;
  /** Weight in the total (product of local weights from the root), for weighted-sum trees. */
  absoluteWeight: number;
}

export interface EvaluationStats {
  count: number;
  failed: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Records per grade id (failed records are not counted). */
  grades: Record<string, number>;
}

export interface ScorecardEvaluation {
  /** Nodes in pre-order (root first); the column order of `values` and `scores`. */
  nodes: NodeInfo[];
  records: RecordResult[];
  /** Raw value of node k for record i at [i * nodes.length + k]; NaN when missing or an inner node. */
  values: Float64Array;
  /** Score of node k for record i at [i * nodes.length + k]; NaN when missing. */
  scores: Float64Array;
  stats: EvaluationStats;
}
