// The decision-table part of the policy core: compile a table rule into plain policies, analyse a
// table for problems, overlaps and gaps, and read cells out as conditions.
export { compileDecisionTable } from './compile-table.ts';
export { analyzeDecisionTable } from './analyze-table.ts';
export type {
  AnalyzeOptions, FindingSeverity, TableAnalysis, TableGap, TableOverlap, TableProblem, TableProblemCode,
} from './analysis-types.ts';
export { describeCell, formatValue, inputName, varPath, type BilingualText } from './describe-cells.ts';
export { exampleRecord } from './example-record.ts';
export type { Scalar } from './column-domain.ts';
