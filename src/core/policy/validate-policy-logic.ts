// Every JSON-logic rule in a policy document must compile with the engine that will run it, and is
// analysed against the declared fields: a misspelt field would never fire without a word, and a
// type mismatch usually means a rule that does not say what its author meant. Rules that tools
// built on json-logic-js cannot run are noted (info), since a policy may be exported to them.
import { isLogicError } from '../logic/errors.ts';
import { type AnalyzeOptions, analyzeLogic } from '../logic/analysis/analyze.ts';
import { isDateTimeOperator } from '../logic/analysis/rule-shape.ts';
import type { LogicEngine, LogicValueType } from '../logic/types.ts';
import { type BilingualMessage, ProblemList, num, pointerOf, quoted } from '../scorecard/config-problems.ts';
import { asListField, fieldKindEntries } from '../scorecard/field-kinds.ts';
import type { FieldDef } from '../scorecard/types.ts';
import { compileDecisionTable } from './decision-table/compile-table.ts';
import { type ConditionRule, type PolicyDocument, type TableRule, isTableRule } from './types.ts';

type FieldKinds = NonNullable<AnalyzeOptions['fieldTypes']>;
type CustomOperators = NonNullable<AnalyzeOptions['customOperators']>;

interface LogicSite {
  rule: unknown;
  pointer: string;
  /** "The condition of rule "Late"" / "规则“迟到”的触发条件". */
  where: BilingualMessage;
}

/**
 * The declared fields as the analyser reads them; `key[]` declares a list's items (`signIns[]`:
 * time), which also makes `key` a list. Undefined when nothing is declared: every field would
 * then be "unknown", which says nothing.
 */
export function fieldKinds(...lists: ReadonlyArray<readonly FieldDef[] | undefined>): FieldKinds | undefined {
  // No prototype: a field may be called "constructor" or "__proto__".
  const kinds = Object.create(null) as FieldKinds;
  let any = false;
  for (const list of lists) {
    for (const field of list ?? []) {
      any = true;
      for (const [key, kind] of fieldKindEntries(asListField(field))) if (!Object.hasOwn(kinds, key)) kinds[key] = kind;
    }
  }
  return any ? kinds : undefined;
}

const KIND_OF: Record<LogicValueType, 'number' | 'string' | 'boolean' | 'array' | 'object' | undefined> = {
  number: 'number', string: 'string', boolean: 'boolean', array: 'array', object: 'object', any: undefined,
};

/** The engine's plugin operators with their declared types (the analyser knows the built-in and date/time ones). */
function customOperatorsOf(engine: LogicEngine): CustomOperators {
  const custom: CustomOperators = {};
  for (const name of engine.operatorNames()) {
    const spec = engine.getOperator(name);
    if (spec === undefined || isDateTimeOperator(name)) continue;
    const returns = spec.returns === undefined ? undefined : KIND_OF[spec.returns];
    const args = spec.args?.types?.map((t) => KIND_OF[t] ?? 'any');
    custom[name] = { ...(returns === undefined ? {} : { returns }), ...(args === undefined ? {} : { args }) };
  }
  return custom;
}

function conditionSites(rule: ConditionRule, at: string): LogicSite[] {
  const name = quoted(rule.name, rule.id);
  const sites: LogicSite[] = [{ rule: rule.when, pointer: pointerOf(at, 'when'), where: { en: `The condition of rule ${name.en}`, 'zh-CN': `规则${name['zh-CN']}的触发条件` } }];
  const effect = rule.effect;
  if (effect.type === 'points' || effect.type === 'money') {
    const what = effect.type === 'points' ? { en: 'points', zh: '加扣分值' } : { en: 'amount', zh: '金额' };
    sites.push({ rule: effect.amount, pointer: pointerOf(at, 'effect', 'amount'), where: { en: `The ${what.en} of rule ${name.en}`, 'zh-CN': `规则${name['zh-CN']}的${what.zh}` } });
  }
  return sites;
}

function tableSites(rule: TableRule, at: string): LogicSite[] {
  const table = quoted(rule.name, rule.id);
  return rule.table.inputs.map((input, k) => {
    const column = quoted(input.label, input.id);
    return {
      rule: input.expression,
      pointer: pointerOf(at, 'table', 'inputs', k, 'expression'),
      where: { en: `Column ${column.en} of decision table ${table.en}`, 'zh-CN': `决策表${table['zh-CN']}的输入列${column['zh-CN']}` },
    };
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks one rule; false when it does not compile (the analysis then has nothing sound to say). */
function checkSite(site: LogicSite, engine: LogicEngine, analyze: AnalyzeOptions, problems: ProblemList): boolean {
  try {
    engine.compile(site.rule);
  } catch (error) {
    const pointer = isLogicError(error) ? `${site.pointer}${error.pointer ?? ''}` : site.pointer;
    problems.error(pointer, 'logic-compile', `${site.where.en} is not a valid rule: ${describe(error)}`, `${site.where['zh-CN']}不是有效的规则：${describe(error)}`);
    return false;
  }
  const analysis = analyzeLogic(site.rule, analyze);
  for (const issue of analysis.typeIssues) {
    const pointer = `${site.pointer}${issue.pointer}`;
    if (issue.code === 'malformed') continue; // the compile above already judged the rule's shape
    if (issue.code === 'unknown-field') {
      problems.warning(pointer, 'unknown-field', `${site.where.en}: ${issue.message.en} Declare it under "fields".`,
        `${site.where['zh-CN']}：${issue.message['zh-CN']}请在“fields”中声明该字段。`);
    } else {
      problems.warning(pointer, `logic-${issue.code}`, `${site.where.en}: ${issue.message.en}`, `${site.where['zh-CN']}：${issue.message['zh-CN']}`);
    }
  }
  for (const entry of analysis.nonClassic) {
    problems.info(`${site.pointer}${entry.pointer}`, 'not-classic',
      `${site.where.en} uses "${entry.operator}": json-logic-js based tools cannot run this (${entry.reason}).`,
      `${site.where['zh-CN']}使用了“${entry.operator}”：基于 json-logic-js 的工具无法运行此规则（${entry.reason}）。`);
  }
  return true;
}

function checkPointsBounds(bounds: { min?: number; max?: number }, pointer: string, name: BilingualMessage, problems: ProblemList): void {
  if (bounds.min === undefined || bounds.max === undefined || bounds.min <= bounds.max) return;
  problems.error(pointer, 'points-bounds', `The points of ${name.en} are bounded from ${num(bounds.min)} to ${num(bounds.max)}; "min" must not exceed "max".`,
    `${name['zh-CN']}的加扣分范围为 ${num(bounds.min)} 至 ${num(bounds.max)}，下限（min）不能大于上限（max）。`);
}

/** The decision-table compiler's output must compile too; its failures are the table's, not a node's. */
function checkTableCompiles(rule: TableRule, at: string, engine: LogicEngine, problems: ProblemList): void {
  const name = quoted(rule.name, rule.id);
  const fail = (pointer: string, error: unknown): void => problems.error(pointer, 'table-compile',
    `Decision table ${name.en} cannot be turned into rules: ${describe(error)}`, `决策表${name['zh-CN']}无法转换为规则：${describe(error)}`);
  let policies;
  try {
    policies = compileDecisionTable({ ...rule, enabled: true });
  } catch (error) {
    fail(pointerOf(at, 'table'), error);
    return;
  }
  for (const policy of policies) {
    const row = rule.table.rows.findIndex((r) => policy.id === `${rule.id}#${r.id}`);
    const pointer = row < 0 ? pointerOf(at, 'table') : pointerOf(at, 'table', 'rows', row);
    try {
      engine.compile(policy.when);
      if (policy.effect.type === 'points' || policy.effect.type === 'money') engine.compile(policy.effect.amount);
    } catch (error) {
      fail(pointer, error);
    }
  }
}

export interface LogicCheckOptions {
  engine: LogicEngine;
  fields?: readonly FieldDef[] | undefined;
}

export function checkPolicyLogic(doc: PolicyDocument, problems: ProblemList, options: LogicCheckOptions): void {
  const { engine } = options;
  const fieldTypes = fieldKinds(doc.fields, options.fields);
  const analyze: AnalyzeOptions = { customOperators: customOperatorsOf(engine), ...(fieldTypes === undefined ? {} : { fieldTypes }) };
  doc.rules.forEach((rule, i) => {
    const at = pointerOf('/rules', i);
    const name = quoted(rule.name, rule.id);
    if (!isTableRule(rule)) {
      for (const site of conditionSites(rule, at)) checkSite(site, engine, analyze, problems);
      if (rule.effect.type === 'points') checkPointsBounds(rule.effect, pointerOf(at, 'effect'), { en: `rule ${name.en}`, 'zh-CN': `规则${name['zh-CN']}` }, problems);
      return;
    }
    let inputsCompile = true;
    for (const site of tableSites(rule, at)) inputsCompile = checkSite(site, engine, analyze, problems) && inputsCompile;
    const output = rule.table.output;
    if (output.type === 'points') checkPointsBounds(output, pointerOf(at, 'table', 'output'), { en: `decision table ${name.en}`, 'zh-CN': `决策表${name['zh-CN']}` }, problems);
    if (inputsCompile) checkTableCompiles(rule, at, engine, problems);
  });
}
