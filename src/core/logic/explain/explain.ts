// "Why did this record get this result?" for the feedback interview: the leaves of a rule that
// decided a record's result, in plain language with the record's values, from a traced run.
//
//   explainLogic({and: [{'>=': [{var: 'satisfaction'}, 90]}, {'==': [{var: 'complaints'}, 0]}]},
//                {satisfaction: 72, complaints: 2}).summary.en
//   // "false because satisfaction ≥ 90 failed (satisfaction is 72) and complaints = 0 failed (complaints is 2)"
//
// Only boolean-ish rules get whyFalse / whyTrue; a score gets "= 85 (formula)". Never throws:
// a rule that fails to compile or run is explained by its error.
import { analyzeLogic } from '../analysis/analyze.ts';
import { readOperation } from '../analysis/rule-shape.ts';
import { isLogicError } from '../errors.ts';
import { type TraceNode, type TracedLogic, compileTraced } from '../trace.ts';
import { isTruthy } from '../values.ts';
import { cachedExplainer } from './cache.ts';
import { LeafWriter } from './leaves.ts';
import { Reasons } from './reasons.ts';
import { RuleTexts } from './rule-texts.ts';
import { computedSummary, decidedSummary, errorSummary } from './summary.ts';
import { type Ctx, RuleParts, TraceView, errorOrigin } from './trace-view.ts';
import type { Explainer, ExplainOptions, Explanation, FailingLeaf } from './types.ts';

type ExplainedError = NonNullable<Explanation['error']>;

function describe(error: unknown): ExplainedError {
  if (isLogicError(error)) return error.pointer === undefined ? { type: error.type, message: error.message } : { type: error.type, message: error.message, pointer: error.pointer };
  return { type: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A condition, as opposed to a formula: its inferred type is boolean, or it is an and/or with a
 * boolean argument ({"and": [{">": …}, {"var": "active"}]} returns the value of `active`).
 */
function isConditionShaped(rule: unknown): boolean {
  if (analyzeLogic(rule).resultType === 'boolean') return true;
  const op = readOperation(rule);
  return !!op && (op.name === 'and' || op.name === 'or') && op.args.some((arg) => analyzeLogic(arg).resultType === 'boolean');
}

/**
 * Prepares a rule for explaining records one by one: the traced variant, the rule's texts and
 * the sub-rules used to fill in short-circuited parts are built once and shared by every call.
 */
export function compileExplainer(rule: unknown, options: ExplainOptions = {}): Explainer {
  const engine = options.engine;
  const texts = new RuleTexts(rule, options.fieldLabels, engine);
  const writer = new LeafWriter(texts);
  const parts = new RuleParts((pointer) => texts.node(pointer), engine);
  let traced: TracedLogic | undefined;
  let compileError: ExplainedError | undefined;
  try {
    traced = compileTraced(rule, engine ? { engine } : {});
  } catch (error) {
    compileError = describe(error);
  }
  let conditionShaped: boolean | undefined;

  const failed = (error: ExplainedError, trace: TraceNode): Explanation => {
    const at = errorOrigin(trace, error.pointer);
    const where = error.pointer === undefined || texts.node(error.pointer) === undefined ? undefined : texts.at(error.pointer);
    return { value: undefined, truthy: false, error, trace, summary: errorSummary(error, where, at ? writer.operands(at) : undefined) };
  };

  return (data?: unknown): Explanation => {
    if (!traced) {
      const error = compileError ?? { type: 'Error', message: 'the rule did not compile' };
      return failed(error, { pointer: '', op: null, kind: 'literal', value: undefined, truthy: false, children: [], error });
    }
    const result = traced(data);
    if (result.error) return failed(describe(result.error), result.trace);
    const { value, trace } = result;
    const truthy = isTruthy(value);
    if (typeof value !== 'boolean' && !(conditionShaped ??= isConditionShaped(rule))) {
      return { value, truthy, trace, summary: computedSummary(value, readOperation(rule) ? texts.at('') : undefined) };
    }
    const view = new TraceView(parts);
    const reasons = new Reasons(view);
    const root: Ctx = { data, frames: 0, items: [] };
    let leaves: FailingLeaf[] = [];
    let incomplete = false;
    try {
      const found = truthy ? reasons.support(trace, root) : reasons.flip(trace, root, true) ?? [];
      leaves = found.map((reason) => writer.write(reason));
      incomplete = view.incomplete;
    } catch {
      // Hostile values (throwing getters) in the data: keep the result, say less about it.
      incomplete = true;
    }
    const explanation: Explanation = { value, truthy, trace, summary: decidedSummary(value, truthy, leaves) };
    if (truthy) explanation.whyTrue = leaves;
    else explanation.whyFalse = leaves;
    if (incomplete) explanation.incomplete = true;
    return explanation;
  };
}

/**
 * Explains one record. Explainers are cached by the rule's JSON and the labels (per engine), so
 * explaining the records of a table one click at a time compiles the rule once.
 */
export function explainLogic(rule: unknown, data?: unknown, options: ExplainOptions = {}): Explanation {
  return cachedExplainer(rule, options, compileExplainer)(data);
}
