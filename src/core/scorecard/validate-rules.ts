// Every JSON-logic rule in a configuration must compile, and may read only declared fields: a
// typo in a field name would otherwise score every record as missing without a word. Type
// mismatches the analysis infers are warnings, since records may hold values of another type.
import { DEFAULT_ENGINE, compileLogic, createLogicEngine } from '../logic/engine.ts';
import { isLogicError } from '../logic/errors.ts';
import { analyzeLogic } from '../logic/analysis/analyze.ts';
import type { FieldType as LogicFieldType, LogicAnalysis } from '../logic/analysis/analyze.ts';
import { DATE_TIME_OPERATORS } from '../logic/datetime/index.ts';
import type { CompiledLogic } from '../logic/types.ts';
import { type BilingualMessage, ProblemList, pointerOf, quoted } from './config-problems.ts';
import { fieldKindEntries } from './field-kinds.ts';
import type { ScorecardConfig } from './types.ts';
import type { TreeIndex } from './validate-tree.ts';

type FieldKinds = Record<string, LogicFieldType['kind']>;

interface RuleSite {
  rule: unknown;
  pointer: string;
  /** "the value of "First-contact resolution"" / "指标“首次解决率”的取值". */
  where: BilingualMessage;
  fields: FieldKinds;
  /** Appended to undeclared-field messages: how this kind of rule names fields. */
  hint?: BilingualMessage;
}

export interface RuleCheckOptions {
  /** Custom operators the evaluating engine will have. Left out, unknown namespaced operators are accepted and reported as unchecked. */
  operators?: readonly string[] | undefined;
}

const NAMESPACED = /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)+$/;

const ERROR_TYPE_ZH: Record<string, string> = {
  'Unknown Operator': '未知运算符',
  'Invalid Arguments': '参数不正确',
  'Invalid Rule': '规则格式不正确',
  'Limit Exceeded': '超出限制',
  NaN: '需要数字',
};

/** The places rules sit in a configuration, with the fields each one can see (docs/scorecard-evaluation.md). */
function ruleSites(config: ScorecardConfig, tree: TreeIndex): RuleSite[] {
  const record: FieldKinds = {};
  for (const field of config.fields) for (const [key, kind] of fieldKindEntries(field)) record[key] = kind;
  // A logic scorer runs on {"value": v, "record": the record (or the rater's ratings)}.
  const scorer: FieldKinds = { value: 'number' };
  for (const field of config.fields) for (const [key, kind] of fieldKindEntries(field, 'record.')) scorer[key] = kind;
  // Policies see the whole record; with raters that is each class's ratings under its source.
  const whole: FieldKinds = { ...record };
  for (const rater of config.raters?.classes ?? []) {
    for (const field of config.fields) for (const [key, kind] of fieldKindEntries(field, `${rater.source}.`)) whole[key] = kind;
  }
  const sites: RuleSite[] = [];
  for (const { node, pointer } of tree.leaves) {
    const name = quoted(node.name, node.id);
    sites.push({ rule: node.value, pointer: pointerOf(pointer, 'value'), fields: record, where: { en: `The value of ${name.en}`, 'zh-CN': `指标${name['zh-CN']}的取值规则` } });
    if (node.scorer.type === 'logic' && 'score' in node.scorer) {
      sites.push({
        rule: node.scorer.score, pointer: pointerOf(pointer, 'scorer', 'score'), fields: scorer,
        where: { en: `The score rule of ${name.en}`, 'zh-CN': `指标${name['zh-CN']}的评分规则` },
        hint: { en: ' A logic scorer reads "value" and "record.<field>".', 'zh-CN': '自定义评分规则只能读取 “value” 和 “record.<字段>”。' },
      });
    }
  }
  (config.policies ?? []).forEach((policy, i) => {
    const at = pointerOf('/policies', i);
    const name = quoted(policy.name, policy.id);
    sites.push({ rule: policy.when, pointer: pointerOf(at, 'when'), fields: whole, where: { en: `The condition of rule ${name.en}`, 'zh-CN': `规则${name['zh-CN']}的触发条件` } });
    const effect = policy.effect;
    if (effect.type === 'points' || effect.type === 'money') {
      const what = effect.type === 'points' ? { en: 'points', zh: '加扣分值' } : { en: 'amount', zh: '金额' };
      sites.push({ rule: effect.amount, pointer: pointerOf(at, 'effect', 'amount'), fields: whole, where: { en: `The ${what.en} of rule ${name.en}`, 'zh-CN': `规则${name['zh-CN']}的${what.zh}` } });
    }
  });
  return sites;
}

/** Namespaced operators the default engine does not have, with the pointer of their first use. */
function pluginOperators(analyses: ReadonlyArray<{ site: RuleSite; analysis: LogicAnalysis }>): Map<string, string> {
  const found = new Map<string, string>();
  for (const { site, analysis } of analyses) {
    for (const name of analysis.operators) {
      if (found.has(name) || DEFAULT_ENGINE.hasOperator(name) || !NAMESPACED.test(name)) continue;
      const use = analysis.nonClassic.find((entry) => entry.operator === name);
      found.set(name, `${site.pointer}${use?.pointer ?? ''}`);
    }
  }
  return found;
}

/** Plugin operators only need to exist to compile; their behaviour is the plugin's business. */
function compilerFor(custom: readonly string[]): (rule: unknown) => CompiledLogic {
  if (custom.length === 0) return (rule) => compileLogic(rule);
  const engine = createLogicEngine({ operators: [...DATE_TIME_OPERATORS] });
  for (const name of custom) {
    try {
      engine.addOperator({ name, evaluate: () => null });
    } catch {
      // Not a namespaced name, or a built-in one: rules using it fail to compile, which reports it.
    }
  }
  return (rule) => engine.compile(rule);
}

export function checkRules(config: ScorecardConfig, tree: TreeIndex, problems: ProblemList, options: RuleCheckOptions): void {
  const known = options.operators ?? [];
  const customOperators = Object.fromEntries(known.map((name) => [name, {}]));
  const analyses = ruleSites(config, tree).map((site) => ({ site, analysis: analyzeLogic(site.rule, { fieldTypes: site.fields, customOperators }) }));
  const unchecked = options.operators === undefined ? pluginOperators(analyses) : new Map<string, string>();
  for (const [name, pointer] of unchecked) {
    problems.info(pointer, 'unchecked-operator', `The plugin operator "${name}" cannot be checked here; the tool that evaluates this scorecard must provide it.`,
      `此处无法检查插件运算符“${name}”，评估该评分卡的工具必须提供此运算符。`);
  }
  const compile = compilerFor([...known, ...unchecked.keys()]);
  for (const { site, analysis } of analyses) {
    try {
      compile(site.rule);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const type = isLogicError(error) ? error.type : '';
      const pointer = isLogicError(error) ? `${site.pointer}${error.pointer ?? ''}` : site.pointer;
      problems.error(pointer, 'logic-compile', `${site.where.en} is not a valid rule: ${detail}`,
        `${site.where['zh-CN']}不是有效的规则（${ERROR_TYPE_ZH[type] ?? '无法编译'}）：${detail}`);
      continue;
    }
    for (const issue of analysis.typeIssues) {
      const pointer = `${site.pointer}${issue.pointer}`;
      if (issue.code === 'malformed') continue; // the compile above already judged the rule's shape
      if (issue.code === 'unknown-field') {
        problems.error(pointer, 'undeclared-field', `${site.where.en}: ${issue.message.en} Declare it under "fields".${site.hint?.en ?? ''}`,
          `${site.where['zh-CN']}：${issue.message['zh-CN']}请在“fields”中声明该字段。${site.hint?.['zh-CN'] ?? ''}`);
      } else {
        problems.warning(pointer, `logic-${issue.code}`, `${site.where.en}: ${issue.message.en}`, `${site.where['zh-CN']}：${issue.message['zh-CN']}`);
      }
    }
  }
}
