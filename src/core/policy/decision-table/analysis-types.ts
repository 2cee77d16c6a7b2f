// What analyzeDecisionTable finds. Every finding carries its message in both languages and a JSON
// pointer into the table (`/rows/2/cells/1`, `/inputs/0`, `/collect`), so editors can put it next
// to the cell it is about.
import type { TableCell } from '../types.ts';
import type { Scalar } from './column-domain.ts';
import type { BilingualText } from './describe-cells.ts';

export type FindingSeverity = 'error' | 'warning' | 'info';

export type TableProblemCode =
  | 'no-inputs'
  | 'no-rows'
  | 'duplicate-input-id'
  | 'duplicate-row-id'
  | 'bad-expression'
  | 'bad-domain'
  | 'no-values'
  | 'cell-count'
  | 'cell-type'
  | 'unknown-value'
  | 'bad-operator'
  | 'empty-between'
  | 'empty-list'
  | 'collect-operator'
  | 'collect-output'
  | 'output-type'
  | 'output-range'
  | 'no-priority'
  | 'unreachable-row';

export interface TableProblem {
  code: TableProblemCode;
  severity: FindingSeverity;
  message: BilingualText;
  pointer: string;
}

/** Two rows that can both match. */
export interface TableOverlap {
  /** Row indexes, the earlier first. */
  rows: [number, number];
  severity: FindingSeverity;
  message: BilingualText;
  /** The later row. */
  pointer: string;
  /** The conditions under which both match ("" when both rows match everything). */
  region: BilingualText;
  /** An input (value per input id) that both rows match. */
  example: Record<string, Scalar>;
  /** The same example as a record, when every input reads a plain field ({"var": "path"}). */
  record?: Record<string, unknown>;
}

/** Input combinations no row covers. */
export interface TableGap {
  severity: FindingSeverity;
  message: BilingualText;
  /** Where a row would go: `/rows`. */
  pointer: string;
  /** The uncovered conditions ("" when no row covers anything at all). */
  conditions: BilingualText;
  /** A row's cells that cover exactly this gap (for "Add a row for this gap"). */
  cells: TableCell[];
  example: Record<string, Scalar>;
  record?: Record<string, unknown>;
}

export interface TableAnalysis {
  problems: TableProblem[];
  overlaps: TableOverlap[];
  gaps: TableGap[];
  /** More overlapping pairs than reported. */
  overlapsCapped: boolean;
  /** The search for gaps stopped at its cell budget (or more gaps than reported): gaps may be missing. */
  gapsCapped: boolean;
  /** Input combinations the gap search looked at. */
  cellsExamined: number;
  /** Error-severity findings of all three kinds. */
  errorCount: number;
}

export interface AnalyzeOptions {
  /** Field labels by path, for messages ("投诉次数 > 3" rather than "complaints > 3"). */
  fieldLabels?: Record<string, import('../../localized-text.ts').LocalizedText>;
  /** Budget of input combinations for the gap search (default 20,000). */
  maxCells?: number;
  /** Most overlaps and gaps reported (default 100 each). */
  maxFindings?: number;
}
