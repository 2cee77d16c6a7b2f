// A template as a file to share: deterministic bytes (the same template always gives the same file,
// whatever order its keys were built in), and reading one back through validateTemplate.
import { resolveLocalized, type Locale } from '../../src/core/localized-text.ts';
import { type ScorecardTemplate, type TemplateValidation, validateTemplate } from '../../src/core/templates/index.ts';

export const TEMPLATE_FILE_SUFFIX = '.template.json';

// The top level in reading order (what it is, then the scorecard); unknown keys follow, sorted.
const TOP_LEVEL_ORDER = ['$schema', 'format', 'version', 'id', 'name', 'description', 'industry', 'sources', 'scorecard', 'policyDocuments', 'sample'];

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedKeys((value as Record<string, unknown>)[key]);
  return out;
}

export function serializeTemplate(template: ScorecardTemplate): string {
  const source = template as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  const rest = Object.keys(source).filter((k) => !TOP_LEVEL_ORDER.includes(k)).sort();
  for (const key of [...TOP_LEVEL_ORDER, ...rest]) {
    if (source[key] !== undefined) ordered[key] = sortedKeys(source[key]);
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function templateFileName(template: ScorecardTemplate, locale: Locale): string {
  const name = resolveLocalized(template.name, locale).trim() || template.id;
  return `${name}${TEMPLATE_FILE_SUFFIX}`;
}

/** A file's text checked as a template; a text that is not JSON is one problem at the whole document. */
export function readTemplateFile(text: string): TemplateValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      valid: false,
      problems: [{ pointer: '', severity: 'error', code: 'template-json', message: { en: `The file is not JSON: ${detail}`, 'zh-CN': `文件不是有效的 JSON：${detail}` } }],
    };
  }
  return validateTemplate(parsed);
}
