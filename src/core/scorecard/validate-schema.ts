// Structural validation against schemas/scorecard.schema.json, the same schema Monaco uses for
// completion, with ajv's errors reworded for managers in both languages. The validator is ajv's
// standalone code generated ahead of time (scripts/generate-validators.mjs): nothing is compiled at
// run time, so validation works under a Content-Security-Policy without 'unsafe-eval'.
import type { ErrorObject } from 'ajv';
import scorecardSchema from '../../../schemas/scorecard.schema.json' with { type: 'json' };
import { type StandaloneValidator, validate as generatedValidator } from './generated/scorecard-validator.js';
import { parsePointer } from '../logic/json-pointer.ts';
import { type BilingualMessage, ProblemList, pointerOf } from './config-problems.ts';

export { scorecardSchema };


const TYPE_NAMES: Record<string, BilingualMessage> = {
  string: { en: 'text', 'zh-CN': '文本' },
  number: { en: 'a number', 'zh-CN': '数字' },
  integer: { en: 'a whole number', 'zh-CN': '整数' },
  boolean: { en: 'true or false', 'zh-CN': '布尔值（true/false）' },
  object: { en: 'an object', 'zh-CN': '对象' },
  array: { en: 'a list', 'zh-CN': '列表' },
  null: { en: 'null', 'zh-CN': 'null' },
};

/** The value a pointer names in the document, for naming list items by their id. */
function valueAt(doc: unknown, pointer: string): unknown {
  let value = doc;
  for (const token of parsePointer(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

/** How messages name a kind of document: the whole of it, and its format (other documents reuse the wording). */
export interface SchemaWording {
  document: BilingualMessage;
  format: BilingualMessage;
}

const SCORECARD_WORDING: SchemaWording = {
  document: { en: 'The configuration', 'zh-CN': '配置' },
  format: { en: 'the scorecard format', 'zh-CN': '评分卡格式' },
};

/** What the message calls the value at a pointer: its property name, its position in a list (and id), or the document. */
function subject(doc: unknown, pointer: string, wording: SchemaWording): BilingualMessage {
  const last = parsePointer(pointer).at(-1);
  if (last === undefined) return wording.document;
  if (!/^\d+$/.test(last)) return { en: `"${last}"`, 'zh-CN': `“${last}”` };
  const value = valueAt(doc, pointer);
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const id = typeof record['id'] === 'string' ? record['id'] : typeof record['key'] === 'string' ? record['key'] : undefined;
  const n = Number(last) + 1;
  return id === undefined ? { en: `Item ${n}`, 'zh-CN': `第 ${n} 项` } : { en: `Item ${n} ("${id}")`, 'zh-CN': `第 ${n} 项（“${id}”）` };
}

const COMPARISONS: Record<string, BilingualMessage> = {
  '<=': { en: 'at most', 'zh-CN': '不能大于' },
  '>=': { en: 'at least', 'zh-CN': '不能小于' },
  '<': { en: 'less than', 'zh-CN': '必须小于' },
  '>': { en: 'greater than', 'zh-CN': '必须大于' },
};

/** Patterns whose regular expression would mean nothing to a manager, by the pattern (ajv's schemaPath is relative to a $ref). */
const PATTERN_WORDS: Record<string, BilingualMessage> = {
  '^(linear|bands|likert|pass-fail|target|logic|[a-z][\\w-]*\\.[\\w.-]+)$': {
    en: 'use linear, bands, likert, pass-fail, target, logic, or a plugin scorer named namespace.name',
    'zh-CN': '可用 linear、bands、likert、pass-fail、target、logic，或以“命名空间.名称”命名的插件评分方法',
  },
};

function listOf(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function typeNames(type: unknown): BilingualMessage {
  const types = (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? { en: String(t), 'zh-CN': String(t) });
  return { en: types.map((t) => t.en).join(' or '), 'zh-CN': types.map((t) => t['zh-CN']).join('或') };
}

interface Worded {
  pointer: string;
  en: string;
  zh: string;
}

/** One template per ajv keyword; anything unexpected falls back to ajv's own English text. */
function word(error: ErrorObject, doc: unknown, wording: SchemaWording): Worded {
  const pointer = error.instancePath;
  const s = subject(doc, pointer, wording);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const name = String(params['missingProperty']);
      return { pointer, en: `${s.en} is missing the required property "${name}".`, zh: `${s['zh-CN']}缺少必填属性“${name}”。` };
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      return { pointer: pointerOf(pointer, name), en: `Unknown property "${name}": it is not part of ${wording.format.en} here.`, zh: `未知属性“${name}”：${wording.format['zh-CN']}在此处没有该属性。` };
    }
    case 'false schema':
      return { pointer, en: `${s.en} is not allowed here.`, zh: `此处不允许${s['zh-CN']}。` };
    case 'type': {
      const t = typeNames(params['type']);
      return { pointer, en: `${s.en} must be ${t.en}.`, zh: `${s['zh-CN']}必须是${t['zh-CN']}。` };
    }
    case 'const':
      return { pointer, en: `${s.en} must be ${JSON.stringify(params['allowedValue'])}.`, zh: `${s['zh-CN']}必须为 ${JSON.stringify(params['allowedValue'])}。` };
    case 'enum': {
      const values = listOf(Array.isArray(params['allowedValues']) ? params['allowedValues'] : []);
      return { pointer, en: `${s.en} must be one of ${values}.`, zh: `${s['zh-CN']}必须是以下之一：${values}。` };
    }
    case 'pattern': {
      const words = PATTERN_WORDS[String(params['pattern'])];
      const value = JSON.stringify(valueAt(doc, pointer));
      return words === undefined
        ? { pointer, en: `${s.en} does not have the expected form (${String(params['pattern'])}).`, zh: `${s['zh-CN']}的格式不正确（应符合 ${String(params['pattern'])}）。` }
        : { pointer, en: `${s.en} cannot be ${value}: ${words.en}.`, zh: `${s['zh-CN']}不能为 ${value}：${words['zh-CN']}。` };
    }
    case 'minLength':
      return params['limit'] === 1
        ? { pointer, en: `${s.en} must not be empty.`, zh: `${s['zh-CN']}不能为空。` }
        : { pointer, en: `${s.en} must have at least ${String(params['limit'])} characters.`, zh: `${s['zh-CN']}至少需要 ${String(params['limit'])} 个字符。` };
    case 'minItems':
      return { pointer, en: `${s.en} must have at least ${String(params['limit'])} item(s).`, zh: `${s['zh-CN']}至少需要 ${String(params['limit'])} 项。` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = COMPARISONS[String(params['comparison'])] ?? { en: String(params['comparison']), 'zh-CN': String(params['comparison']) };
      const limit = String(params['limit']);
      return { pointer, en: `${s.en} must be ${comparison.en} ${limit}.`, zh: `${s['zh-CN']}${comparison['zh-CN']} ${limit}。` };
    }
    default:
      return { pointer, en: `${s.en} ${error.message ?? `fails the "${error.keyword}" check`}.`, zh: `${s['zh-CN']}不符合格式要求（${error.keyword}）：${error.message ?? ''}` };
  }
}

/** Schema problems, code `schema-<ajv keyword>`; an empty list means the document has the configuration's shape. */
export function checkSchema(doc: unknown): ProblemList {
  return checkSchemaWith(generatedValidator, doc, SCORECARD_WORDING);
}

/** The same reworded schema problems for any generated validator (the policy document's too). */
export function checkSchemaWith(validate: StandaloneValidator, doc: unknown, wording: SchemaWording): ProblemList {
  const problems = new ProblemList();
  if (validate(doc)) return problems;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // "must match the then/else schema" only repeats the errors of the branch that failed.
    if (error.keyword === 'if') continue;
    const worded = word(error, doc, wording);
    const code = `schema-${error.keyword.replace(/\s+/g, '-')}`;
    const key = `${worded.pointer}\u0000${code}\u0000${worded.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.error(worded.pointer, code, worded.en, worded.zh);
  }
  return problems;
}
