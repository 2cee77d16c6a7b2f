// Checks a template before it is offered or used: its own shape, its scorecard (validateConfig),
// its policy documents (validatePolicyDocument), and that its sample profile fits the scorecard's
// fields. Problems point into the template (`/scorecard/root/children/0/weight`), in both languages.
import { generateRecords } from '../data/generate-records.ts';
import { resolveLocalized, type LocalizedText } from '../localized-text.ts';
import { expandRules } from '../policy/expand-rules.ts';
import { validatePolicyDocument } from '../policy/validate-policy.ts';
import { type ConfigProblem, ProblemList, pointerOf } from '../scorecard/config-problems.ts';
import { validateConfig } from '../scorecard/validate.ts';
import { type ScorecardTemplate, TEMPLATE_FORMAT, TEMPLATE_VERSION } from './types.ts';

export interface TemplateValidation {
  /** No problem of severity `error`. */
  valid: boolean;
  problems: ConfigProblem[];
  /** The template, with its scorecard migrated, whenever its shape allows reading it. */
  template?: ScorecardTemplate;
}

/** Ids like `builtin.call-centre-agent` or `user.my-scheme-2`. */
const TEMPLATE_ID = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

export const MAX_SAMPLE_COUNT = 100_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  return isObject(value) && Object.values(value).some((v) => typeof v === 'string' && v.trim() !== '') && Object.values(value).every((v) => typeof v === 'string');
}

const prefixed = (base: string, items: readonly ConfigProblem[]): ConfigProblem[] => items.map((p) => ({ ...p, pointer: base + p.pointer }));

export function validateTemplate(doc: unknown): TemplateValidation {
  const problems = new ProblemList();
  if (!isObject(doc)) {
    problems.error('', 'template-shape', 'A template is a JSON object.', '模板应为一个 JSON 对象。');
    return { valid: false, problems: problems.items };
  }
  if (doc.format !== TEMPLATE_FORMAT) problems.error('/format', 'template-format', `"format" must be "${TEMPLATE_FORMAT}".`, `“format”应为“${TEMPLATE_FORMAT}”。`);
  if (doc.version !== TEMPLATE_VERSION) problems.error('/version', 'template-version', `This product reads template version ${TEMPLATE_VERSION}.`, `本产品读取第 ${TEMPLATE_VERSION} 版模板。`);
  if (typeof doc.id !== 'string' || !TEMPLATE_ID.test(doc.id)) problems.error('/id', 'template-id', 'The id must be namespaced lower-case words, like "user.my-scheme".', 'id 应为带命名空间的小写单词，例如“user.my-scheme”。');
  for (const key of ['name', 'description', 'industry'] as const) {
    if (!isText(doc[key])) problems.error(`/${key}`, 'template-text', `"${key}" is required: a text, or one per language.`, `缺少“${key}”：一段文字，或每种语言一段。`);
  }
  const sample = doc.sample;
  if (!isObject(sample)) problems.error('/sample', 'template-sample', 'The sample settings (count, seed, profiles) are missing.', '缺少样本设置（数量、种子、分布）。');
  else {
    if (!Number.isInteger(sample.count) || (sample.count as number) < 1 || (sample.count as number) > MAX_SAMPLE_COUNT) problems.error('/sample/count', 'template-sample-count', `The sample count must be a whole number from 1 to ${MAX_SAMPLE_COUNT.toLocaleString('en')}.`, `样本数量应为 1 到 ${MAX_SAMPLE_COUNT} 之间的整数。`);
    if (!Number.isInteger(sample.seed)) problems.error('/sample/seed', 'template-sample-seed', 'The sample seed must be a whole number.', '样本种子应为整数。');
    if (!isObject(sample.profiles)) problems.error('/sample/profiles', 'template-sample-profiles', 'The sample profiles must be an object of field keys.', '样本分布应为以字段键为名的对象。');
  }

  const checked = validateConfig(doc.scorecard);
  const all = [...problems.items, ...prefixed('/scorecard', checked.problems)];
  const config = checked.config;

  const documents = doc.policyDocuments;
  if (documents !== undefined && !Array.isArray(documents)) {
    all.push({ pointer: '/policyDocuments', severity: 'error', code: 'template-policy-documents', message: { en: '"policyDocuments" must be a list of policy documents.', 'zh-CN': '“policyDocuments”应为策略文档列表。' } });
  } else if (documents) {
    const ids = new Set((config?.policies ?? []).map((p) => p.id));
    documents.forEach((policyDoc: unknown, d) => {
      const base = pointerOf('/policyDocuments', d);
      const found = validatePolicyDocument(policyDoc);
      all.push(...prefixed(base, found));
      if (found.some((p) => p.severity === 'error') || !config) return;
      const rules = (policyDoc as { rules: Parameters<typeof expandRules>[0] }).rules;
      const missing = expandRules(rules).filter((e) => !ids.has(e.id));
      for (const e of missing) {
        all.push({ pointer: pointerOf(base, 'rules', e.ruleIndex), severity: 'error', code: 'template-policy-not-in-scorecard', message: { en: `The rule "${e.id}" is not among the scorecard's policies.`, 'zh-CN': `规则“${e.id}”不在计分卡的规则中。` } });
      }
    });
  }

  if (config && isObject(sample) && isObject(sample.profiles)) {
    const keys = new Set(config.fields.map((f) => f.key));
    for (const key of Object.keys(sample.profiles)) {
      if (!keys.has(key)) all.push({ pointer: pointerOf('/sample/profiles', key), severity: 'error', code: 'template-profile-field', message: { en: `There is a profile for "${key}", which the scorecard does not declare.`, 'zh-CN': `为“${key}”设置了分布，但计分卡没有声明该字段。` } });
    }
    const classes = new Map((config.raters?.classes ?? []).map((c) => [c.id, c]));
    const rated = isObject(sample.raters) ? sample.raters : undefined;
    if (sample.raters !== undefined && !rated) all.push({ pointer: '/sample/raters', severity: 'error', code: 'template-sample-raters', message: { en: '"raters" must map rater class ids to the field keys each rates.', 'zh-CN': '“raters”应将评价者类别 id 映射到其评价的字段键。' } });
    if (classes.size > 0 && !rated) all.push({ pointer: '/sample', severity: 'error', code: 'template-sample-raters', message: { en: 'A 360-degree scorecard needs "raters" in its sample: the fields each rater class rates.', 'zh-CN': '360 度计分卡的样本需要“raters”：每类评价者评价的字段。' } });
    for (const [id, keysRated] of Object.entries(rated ?? {})) {
      const at = pointerOf('/sample/raters', id);
      if (!classes.has(id)) all.push({ pointer: at, severity: 'error', code: 'template-sample-rater-class', message: { en: `The scorecard has no rater class "${id}".`, 'zh-CN': `计分卡没有评价者类别“${id}”。` } });
      if (!Array.isArray(keysRated) || keysRated.some((k) => typeof k !== 'string' || !keys.has(k))) all.push({ pointer: at, severity: 'error', code: 'template-sample-rater-fields', message: { en: `The fields class "${id}" rates must be declared field keys.`, 'zh-CN': `类别“${id}”评价的字段必须是已声明的字段键。` } });
    }
    if (!all.some((p) => p.pointer.startsWith('/sample') && p.severity === 'error')) {
      try {
        generateRecords(config.fields, 5, { seed: sample.seed as number, profiles: sample.profiles as ScorecardTemplate['sample']['profiles'] });
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        all.push({ pointer: '/sample/profiles', severity: 'error', code: 'template-profile', message: { en: `The sample profiles cannot generate records: ${text}`, 'zh-CN': `样本分布无法生成记录：${text}` } });
      }
    }
  }

  const valid = !all.some((p) => p.severity === 'error');
  const shapeOk = config !== undefined && isObject(sample) && typeof doc.id === 'string';
  return shapeOk ? { valid, problems: all, template: { ...(doc as unknown as ScorecardTemplate), scorecard: config } } : { valid, problems: all };
}

/** The template's name in a language (for lists and messages). */
export function templateName(template: Pick<ScorecardTemplate, 'name' | 'id'>, locale: Parameters<typeof resolveLocalized>[1]): string {
  return resolveLocalized(template.name, locale) || template.id;
}
