// What the JSON view tells about record fields: completion items for {"var": "…"} paths and the
// hover over a path. Pure (no Monaco): the providers in monaco-providers.ts adapt the results.
import type { LocalizedText } from '../../core/localized-text.ts';
import type { FieldInfo } from '../../core/policy/builder/types.ts';
import { varPathAt } from './var-path-context.ts';

export interface AssistMessages {
  t(key: string, args?: Record<string, string | number>): string;
  text(value: LocalizedText | undefined): string;
}

const TYPE_KEYS: Record<FieldInfo['type'], string> = {
  number: 'workbench.json.type.number',
  integer: 'workbench.json.type.integer',
  boolean: 'workbench.json.type.boolean',
  date: 'workbench.json.type.date',
  time: 'workbench.json.type.time',
  string: 'workbench.json.type.string',
  category: 'workbench.json.type.category',
  list: 'workbench.json.type.list',
};

/** Values listed in a hover before "and N more". */
const MAX_LISTED_VALUES = 12;
/** Longest sample shown, in characters. */
const MAX_SAMPLE_LENGTH = 60;

/** Markdown inline code that survives backticks in the value. */
export function markdownCode(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Escapes Markdown's punctuation, so names and units from user data show as written. */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > MAX_SAMPLE_LENGTH ? `${text.slice(0, MAX_SAMPLE_LENGTH - 1)}…` : text;
}

function valueList(values: readonly unknown[], messages: AssistMessages): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).map((v) => markdownCode(showValue(v))).join(', ');
  const more = values.length - MAX_LISTED_VALUES;
  return more > 0 ? `${shown} ${messages.t('workbench.json.hover.more', { count: more })}` : shown;
}

const FIELD_TYPES = new Set(Object.keys(TYPE_KEYS));

/**
 * The host's fields (which know the dataset's samples) plus those the document declares in its
 * `fields` that the host does not list yet: a field declared in the JSON a moment ago completes at
 * once. `document` is any parsed JSON; malformed entries are skipped.
 */
export function withDeclaredFields(fields: readonly FieldInfo[], document: unknown): FieldInfo[] {
  const declared = (document as { fields?: unknown } | null | undefined)?.fields;
  if (!Array.isArray(declared)) return [...fields];
  const known = new Set(fields.map((f) => f.key));
  const added: FieldInfo[] = [];
  for (const entry of declared as unknown[]) {
    const { key, type, label, unit, values, items } = (entry ?? {}) as Record<string, unknown>;
    if (typeof key !== 'string' || !key || known.has(key)) continue;
    known.add(key);
    const field: FieldInfo = { key, type: FIELD_TYPES.has(type as string) ? (type as FieldInfo['type']) : 'string' };
    if (typeof label === 'string' || (typeof label === 'object' && label !== null)) field.label = label as FieldInfo['label'];
    if (typeof unit === 'string' || (typeof unit === 'object' && unit !== null)) field.unit = unit as FieldInfo['unit'];
    if (Array.isArray(values) && values.every((v) => typeof v === 'string')) field.values = values as string[];
    if (field.type === 'list' && typeof items === 'string' && items !== 'list' && FIELD_TYPES.has(items)) field.items = items as FieldInfo['items'];
    added.push(field);
  }
  return [...fields, ...added];
}

/** "Number", or for a list "List (Time)". */
export function typeLabel(type: FieldInfo['type'], messages: AssistMessages, items?: FieldInfo['items']): string {
  if (type === 'list') return messages.t('workbench.json.type.list', { items: messages.t(TYPE_KEYS[items ?? 'string']) });
  return messages.t(TYPE_KEYS[type] ?? 'workbench.json.type.string');
}

/** One line under the field name: its type and unit, e.g. "Number · minutes". */
export function fieldDetail(field: FieldInfo, messages: AssistMessages): string {
  const unit = messages.text(field.unit);
  const type = typeLabel(field.type, messages, field.items);
  return unit ? `${type} · ${unit}` : type;
}

/** The hover (and completion documentation) of a field, as Markdown. */
export function fieldMarkdown(field: FieldInfo, messages: AssistMessages): string {
  const label = messages.text(field.label);
  const unit = messages.text(field.unit);
  const lines = [`${markdownCode(field.key)}${label && label !== field.key ? ` — ${markdownText(label)}` : ''}`];
  lines.push(messages.t('workbench.json.hover.type', { type: markdownText(typeLabel(field.type, messages, field.items)) }));
  if (unit) lines.push(messages.t('workbench.json.hover.unit', { unit: markdownText(unit) }));
  if (field.min !== undefined && field.max !== undefined) {
    lines.push(messages.t('workbench.json.hover.range', { min: markdownCode(String(field.min)), max: markdownCode(String(field.max)) }));
  }
  if (field.values?.length) lines.push(messages.t('workbench.json.hover.values', { values: valueList(field.values, messages) }));
  if (field.samples?.length) lines.push(messages.t('workbench.json.hover.samples', { values: valueList(field.samples, messages) }));
  // Two trailing spaces: a Markdown line break, so each fact gets its own line in one paragraph.
  return lines.join('  \n');
}

export interface FieldCompletion {
  label: string;
  /** The field's label in the current language, shown beside the key. */
  description: string;
  detail: string;
  documentation: string;
  insertText: string;
  sortText: string;
}

export interface FieldCompletions {
  /** The path string's content, which a chosen item replaces. */
  start: number;
  end: number;
  items: FieldCompletion[];
}

/** Field names to complete at `offset`, when it lies in a var path; undefined elsewhere. */
export function fieldCompletionsAt(text: string, offset: number, fields: readonly FieldInfo[], messages: AssistMessages): FieldCompletions | undefined {
  const at = varPathAt(text, offset);
  if (!at) return undefined;
  const items = fields.map((field, index) => ({
    label: field.key,
    description: messages.text(field.label),
    detail: fieldDetail(field, messages),
    documentation: fieldMarkdown(field, messages),
    // A path is inserted raw between the quotes: escape what JSON needs escaped.
    insertText: JSON.stringify(field.key).slice(1, -1),
    sortText: String(index).padStart(5, '0'),
  }));
  return { start: at.start, end: at.end, items };
}

export interface FieldHover {
  start: number;
  end: number;
  markdown: string;
}

/** The hover over a var path naming a known field; undefined elsewhere (unknown fields are the host's problems). */
export function fieldHoverAt(text: string, offset: number, fields: readonly FieldInfo[], messages: AssistMessages): FieldHover | undefined {
  const at = varPathAt(text, offset);
  if (!at) return undefined;
  const field = fields.find((f) => f.key === at.path);
  return field && { start: at.start, end: at.end, markdown: fieldMarkdown(field, messages) };
}
