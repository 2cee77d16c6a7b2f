// Reading what people type into a table cell: numbers, and lists separated by commas (ASCII or
// Chinese), typed for the column so that "3" in a number column is the number 3.
import type { TableInput } from '../../../src/core/policy/types.ts';

export type CellValue = string | number | boolean;

/** A number from text, or undefined when the text is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** One value typed for the column; undefined when a number column gets something else. */
export function parseValue(text: string, input: TableInput): CellValue | undefined {
  if (input.type === 'number') return parseNumber(text);
  if (input.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  return text.trim();
}

export function splitList(text: string): string[] {
  return text.split(/[,，、]/).map((part) => part.trim()).filter((part) => part !== '');
}

/** A typed list; undefined when any item does not fit the column. */
export function parseList(text: string, input: TableInput): CellValue[] | undefined {
  const values: CellValue[] = [];
  for (const part of splitList(text)) {
    const value = parseValue(part, input);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

export function listText(values: readonly CellValue[]): string {
  return values.map((v) => String(v)).join(', ');
}
