// Static analysis of a raw JSON-logic rule: what it reads, which operators it uses, whether the
// classic interpreter (json-logic-js) can run it, and type problems against declared fields.
// Works on the rule as written, so it can run on a half-typed rule in the editor; never throws.
import { text } from './messages.ts';
import { ROOT } from './paths.ts';
import { isPlainObject } from './rule-shape.ts';
import { type FieldKind, resultKind } from './types.ts';
import { type CustomOperatorSignature, Walker } from './walker.ts';

export interface FieldType {
  kind: 'number' | 'integer' | 'string' | 'boolean' | 'date' | 'time' | 'array' | 'object' | 'category' | 'unknown';
}

export interface LogicAnalysis {
  /** Record fields the rule reads from the top-level data: dotted paths from var ("a.b"), and val arrays joined with "." — excluding reads inside iterator bodies that refer to the current item (report those separately as itemFields with the iterated field). */
  fields: string[];
  itemFields: Array<{ array: string; path: string }>;
  operators: string[]; // sorted unique
  /** Only json-logic-js's classic operator set (var, missing, missing_some, if, ?:, ==, ===, !=, !==, !, !!, or, and, >, >=, <, <=, max, min, +, -, *, /, %, map, reduce, filter, all, none, some, merge, in, cat, substr, log) is used, and used in ways json-logic-js supports (e.g. no `val`, `??`, `try`, `throw`, `exists`, no chained comparisons with 4+ args). */
  classicOnly: boolean;
  /** Why not classic, with JSON pointers (RFC 6901, e.g. "/and/1/>/0"). */
  nonClassic: Array<{ pointer: string; operator: string; reason: string }>;
  /** Type problems found by inference against declared field types. */
  typeIssues: Array<{ pointer: string; severity: 'error' | 'warning'; code: string; message: { en: string; 'zh-CN': string } }>;
  /** Inferred result type of the whole rule. */
  resultType: FieldType['kind'] | 'mixed';
}

export interface AnalyzeOptions {
  /** Declared record fields by dotted path; item fields as `list.field`, a list's items as `list[]`. */
  fieldTypes?: Record<string, FieldType['kind']>;
  /** Plugin operators (namespaced, e.g. `acme.weightedAvg`) with their declared signatures. */
  customOperators?: Record<string, { returns?: FieldType['kind']; args?: Array<FieldType['kind'] | 'any'> }>;
}

/**
 * Issue codes: `malformed` (bad shape, wrong argument count, unknown operator), `unknown-field`,
 * `compare-type`, `arithmetic-type`, `in-type`, `substr-type`, `iterate-type`, `argument-type`,
 * `reduce-scope`. Pointers name the operation for comparisons and shape problems, the offending
 * argument for arithmetic, `in`, `substr`, iterator sources and plugin arguments, and the read
 * itself for unknown fields.
 */
export function analyzeLogic(rule: unknown, options?: AnalyzeOptions): LogicAnalysis {
  const fieldTypes = isPlainObject(options?.fieldTypes) ? (options?.fieldTypes as Record<string, FieldKind>) : undefined;
  const custom = isPlainObject(options?.customOperators)
    ? (options?.customOperators as Record<string, CustomOperatorSignature>)
    : undefined;
  const walker = new Walker(fieldTypes, custom);
  let resultType: LogicAnalysis['resultType'] = 'unknown';
  try {
    resultType = resultKind(walker.visit(rule, '', ROOT, 0));
  } catch {
    // Only a hostile input (throwing getters, proxies) gets here; report, don't crash the editor.
    walker.issue('', 'error', 'malformed', text.internal());
  }
  return {
    fields: walker.fields,
    itemFields: walker.itemFields,
    operators: [...walker.operators].sort(),
    classicOnly: walker.nonClassic.length === 0,
    nonClassic: walker.nonClassic,
    typeIssues: walker.issues,
    resultType,
  };
}
