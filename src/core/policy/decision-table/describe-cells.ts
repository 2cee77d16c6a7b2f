// Cells and sets of atoms read out as conditions ("complaints > 3", "渠道 属于 phone、email"), for
// analysis messages and the editor's read-only views. Both languages are always produced, so
// findings carry their own bilingual text.
import { resolveLocalized, type LocalizedText, type Locale } from '../../localized-text.ts';
import { renderLogic } from '../../logic/render/plain-language.ts';
import type { TableCell, TableInput } from '../types.ts';
import type { BitSet } from './atom-set.ts';
import type { ColumnDomain, Scalar } from './column-domain.ts';

export interface BilingualText {
  en: string;
  'zh-CN': string;
}

export function bilingual(make: (locale: Locale) => string): BilingualText {
  return { en: make('en'), 'zh-CN': make('zh-CN') };
}

/** The field path of a plain {"var": "path"} (or {"var": ["path", fallback]}) expression. */
export function varPath(expression: unknown): string | undefined {
  if (typeof expression !== 'object' || expression === null || Array.isArray(expression)) return undefined;
  const keys = Object.keys(expression);
  if (keys.length !== 1 || keys[0] !== 'var') return undefined;
  const arg = (expression as { var: unknown }).var;
  const path = Array.isArray(arg) ? arg[0] : arg;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** A column's name: its label, else its field's label, else the field path, else the expression read out. */
export function inputName(input: TableInput, locale: Locale, fieldLabels?: Record<string, LocalizedText>): string {
  const label = resolveLocalized(input.label, locale);
  if (label !== '') return label;
  const path = varPath(input.expression);
  if (path !== undefined) {
    const fieldLabel = resolveLocalized(fieldLabels?.[path], locale);
    return fieldLabel !== '' ? fieldLabel : path;
  }
  return renderLogic(input.expression, locale);
}

export function formatValue(value: unknown, locale: Locale): string {
  if (typeof value === 'boolean') return locale === 'zh-CN' ? (value ? '是' : '否') : String(value);
  if (typeof value === 'string') return value === '' || /[,、]/.test(value) ? JSON.stringify(value) : value;
  return String(value);
}

function list(values: readonly unknown[], locale: Locale): string {
  return values.map((v) => formatValue(v, locale)).join(locale === 'zh-CN' ? '、' : ', ');
}

const SYMBOLS: Record<string, string> = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** A cell as a condition on the column named `name`; "-" for "any". */
export function describeCell(cell: TableCell, name: string, locale: Locale): string {
  switch (cell.op) {
    case 'any':
      return '-';
    case 'between':
      return `${formatValue(cell.min, locale)} ${cell.minExclusive === true ? '<' : '≤'} ${name} ${cell.maxExclusive === true ? '<' : '≤'} ${formatValue(cell.max, locale)}`;
    case 'in':
      return locale === 'zh-CN' ? `${name} 属于 ${list(cell.values, locale)}` : `${name} is one of ${list(cell.values, locale)}`;
    case 'not-in':
      return locale === 'zh-CN' ? `${name} 不属于 ${list(cell.values, locale)}` : `${name} is none of ${list(cell.values, locale)}`;
    default:
      return `${name} ${SYMBOLS[cell.op] ?? cell.op} ${formatValue(cell.value, locale)}`;
  }
}

/**
 * The cells that together say "the value lies in these atoms": one for a category set or a
 * contiguous number range; one per range for scattered number atoms; none when the set is the
 * whole domain.
 */
export function cellsForAtoms(domain: ColumnDomain, set: BitSet): TableCell[] {
  if (set.isFull()) return [];
  if (!domain.numeric) return [valueSetCell(domain, set)];
  return numberRuns(set).map(([from, to]) => rangeCell(domain, from, to));
}

/** Maximal runs of consecutive members, as [first, last] index pairs. */
export function numberRuns(set: BitSet): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of set.members()) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function rangeCell(domain: ColumnDomain, from: number, to: number): TableCell {
  const first = domain.atoms[from];
  const last = domain.atoms[to];
  if (first?.kind !== 'interval' || last?.kind !== 'interval') return { op: 'any' };
  const { lo, loOpen } = first;
  const { hi, hiOpen } = last;
  // Ends that are the column's own bounds need no words: "x < 3" rather than "0 ≤ x < 3" on [0, ∞).
  const noLow = lo === -Infinity || (lo === domain.lo && !loOpen);
  const noHigh = hi === Infinity || (hi === domain.hi && !hiOpen);
  if (lo === hi) return { op: '==', value: lo };
  if (noLow && noHigh) return { op: 'any' };
  if (noLow) return { op: hiOpen ? '<' : '<=', value: hi };
  if (noHigh) return { op: loOpen ? '>' : '>=', value: lo };
  const cell: TableCell = { op: 'between', min: lo, max: hi };
  if (loOpen) cell.minExclusive = true;
  if (hiOpen) cell.maxExclusive = true;
  return cell;
}

function valueSetCell(domain: ColumnDomain, set: BitSet): TableCell {
  const inside: Scalar[] = [];
  const outside: Scalar[] = [];
  let other = false;
  domain.atoms.forEach((atom, i) => {
    if (atom.kind === 'other') other = set.has(i);
    else if (atom.kind === 'value') (set.has(i) ? inside : outside).push(atom.value);
  });
  if (other) {
    if (outside.length === 0) return { op: 'any' };
    return outside.length === 1 ? { op: '!=', value: outside[0]! } : { op: 'not-in', values: outside };
  }
  return inside.length === 1 ? { op: '==', value: inside[0]! } : { op: 'in', values: inside };
}

/** The conditions of a region (one atom set per column), "any" columns left out; "" when none. */
export function describeRegion(
  domains: readonly ColumnDomain[],
  sets: readonly BitSet[],
  locale: Locale,
  fieldLabels?: Record<string, LocalizedText>,
): string {
  const and = locale === 'zh-CN' ? ' 且 ' : ' and ';
  const or = locale === 'zh-CN' ? ' 或 ' : ' or ';
  const parts: string[] = [];
  domains.forEach((domain, c) => {
    const cells = cellsForAtoms(domain, sets[c]!);
    if (cells.length === 0) return;
    const name = inputName(domain.input, locale, fieldLabels);
    const texts = cells.map((cell) => describeCell(cell, name, locale));
    parts.push(texts.length === 1 ? texts[0]! : `(${texts.join(or)})`);
  });
  return parts.join(and);
}
