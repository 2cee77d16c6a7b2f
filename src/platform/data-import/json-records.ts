// One JSON record's text → a record of the declared fields. Each value goes through convertCell as
// text (numbers in their shortest exact form, true/false, objects as JSON), so a JSON file and a
// CSV file with the same values give the same records and the same problems.
import { convertCell } from '../../core/data/convert-cell.ts';
import type { ProblemCollector } from '../../core/data/problem-collector.ts';
import { countLineBreaks } from '../../core/data/line-breaks.ts';
import { invalidJsonMessage, notAnObjectMessage } from '../../core/data/problem-messages.ts';
import type { JsonKind } from '../../core/data/problem-messages.ts';
import type { FieldDef } from '../../core/scorecard/types.ts';

export type JsonRecordOutcome =
  | { ok: true; record: Record<string, unknown>; bad: boolean }
  /** Not a record at all (invalid JSON, or not an object): reported, never kept. */
  | { ok: false };

function kindOf(value: unknown): JsonKind | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}

/** The engine's message without its position (which is relative to the record), and the line it points at. */
function syntaxProblem(error: unknown, text: string, line: number): { line: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const lineColumn = /at line (\d+) column \d+/.exec(message);
  const detail = message.replace(/,? *(?:in JSON )?at (?:position \d+|line \d+ column \d+).*$/, '').trim() || message;
  if (position) return { line: line + countLineBreaks(text, 0, Math.min(Number(position[1]), text.length)), detail };
  if (lineColumn) return { line: line + Number(lineColumn[1]) - 1, detail };
  return { line, detail };
}

/** The text convertCell reads for a JSON value; '' (missing) for null. */
export function jsonValueText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return value === null ? '' : JSON.stringify(value);
    default:
      return '';
  }
}

/** Parses a record's text; undefined (with a problem) when it is not a JSON object. */
export function parseJsonObject(text: string, line: number, problems: ProblemCollector): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = syntaxProblem(error, text, line);
    problems.add({ line: found.line, column: '', value: clip(text), code: 'invalid-json', message: invalidJsonMessage(found.detail) });
    return undefined;
  }
  const kind = kindOf(value);
  if (kind !== 'object') {
    problems.add({ line, column: '', value: clip(text), code: 'not-an-object', message: notAnObjectMessage(kind) });
    return undefined;
  }
  return value as Record<string, unknown>;
}

export class JsonRecordReader {
  private readonly template: Record<string, unknown>;

  constructor(
    private readonly fields: readonly FieldDef[],
    private readonly problems: ProblemCollector,
  ) {
    this.template = Object.fromEntries(fields.map((f) => [f.key, null]));
  }

  read(text: string, line: number): JsonRecordOutcome {
    const object = parseJsonObject(text, line, this.problems);
    if (object === undefined) return { ok: false };
    const record: Record<string, unknown> = { ...this.template };
    let bad = false;
    for (const field of this.fields) {
      // Own properties only: a "__proto__" or "constructor" key of the file is just a key.
      if (!Object.hasOwn(object, field.key)) continue;
      const raw = jsonValueText(object[field.key]);
      const converted = convertCell(raw, field);
      if (converted.ok) record[field.key] = converted.value;
      else {
        bad = true;
        this.problems.add({ line, column: field.key, value: raw, code: converted.code, message: converted.message });
      }
    }
    return { ok: true, record, bad };
  }
}
