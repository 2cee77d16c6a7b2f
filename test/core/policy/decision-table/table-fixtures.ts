// Random decision tables and records for the property tests, and a reference DMN evaluator written
// directly over the cells (independent of the compiler) to check the compiled policies against.
import fc from 'fast-check';
import type { CollectOperator, DecisionTable, HitPolicy, TableCell, TableInput, TableRow, TableRule } from '../../../../src/core/policy/types.ts';

export type Scalar = string | number | boolean;

const NUMBERS = [-2, 0, 1, 1.5, 2, 3, 5];
const CATEGORIES = ['a', 'b', 'c'];
const STRINGS = ['x', 'y'];

/** The columns a random table draws from: every input reads its own field `f<i>`. */
function inputArb(index: number): fc.Arbitrary<TableInput> {
  const expression = { var: `f${index}` };
  const id = `in${index}`;
  return fc.oneof(
    fc.record({ min: fc.option(fc.constantFrom(-2, 0), { nil: undefined }), max: fc.option(fc.constantFrom(3, 5), { nil: undefined }) }).map(({ min, max }) => {
      const input: TableInput = { id, expression, type: 'number' };
      if (min !== undefined) input.min = min;
      if (max !== undefined) input.max = max;
      return input;
    }),
    fc.constant<TableInput>({ id, expression, type: 'category', values: CATEGORIES }),
    fc.constant<TableInput>({ id, expression, type: 'string', values: STRINGS }),
    fc.constant<TableInput>({ id, expression, type: 'boolean' }),
  );
}

function valuesOf(input: TableInput): Scalar[] {
  if (input.type === 'number') return NUMBERS;
  if (input.type === 'boolean') return [true, false];
  return input.values ?? [];
}

export function cellArb(input: TableInput): fc.Arbitrary<TableCell> {
  const values = valuesOf(input);
  const value = fc.constantFrom(...values);
  const subset = fc.uniqueArray(value, { minLength: 1, maxLength: Math.min(3, values.length) });
  const any = fc.constant<TableCell>({ op: 'any' });
  if (input.type === 'boolean') {
    return fc.oneof(any, fc.record({ op: fc.constantFrom<'==' | '!='>('==', '!='), value }));
  }
  const equality = fc.record({ op: fc.constantFrom<'==' | '!='>('==', '!='), value });
  const list = fc.record({ op: fc.constantFrom<'in' | 'not-in'>('in', 'not-in'), values: subset });
  if (input.type !== 'number') return fc.oneof(any, equality, list);
  const num = fc.constantFrom(...NUMBERS);
  return fc.oneof(
    any,
    equality,
    list,
    fc.record({ op: fc.constantFrom<'<' | '<=' | '>' | '>='>('<', '<=', '>', '>='), value: num }),
    fc.record({ a: num, b: num, minExclusive: fc.boolean(), maxExclusive: fc.boolean() }).map(({ a, b, minExclusive, maxExclusive }): TableCell => {
      const cell: TableCell = { op: 'between', min: Math.min(a, b), max: Math.max(a, b) };
      if (minExclusive) cell.minExclusive = true;
      if (maxExclusive) cell.maxExclusive = true;
      return cell;
    }),
  );
}

export interface TableArbOptions {
  hitPolicies?: HitPolicy[];
  maxInputs?: number;
  maxRows?: number;
}

export function tableArb(options: TableArbOptions = {}): fc.Arbitrary<DecisionTable> {
  const hitPolicies = options.hitPolicies ?? ['unique', 'first', 'priority', 'any', 'collect', 'rule-order'];
  return fc
    .integer({ min: 1, max: options.maxInputs ?? 3 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => inputArb(i))))
    .chain((inputs) => {
      const row = fc.record({
        cells: fc.tuple(...inputs.map((input) => cellArb(input))),
        output: fc.integer({ min: -3, max: 3 }),
        priority: fc.integer({ min: 0, max: 2 }),
      });
      return fc.record({
        hitPolicy: fc.constantFrom(...hitPolicies),
        collect: fc.constantFrom<CollectOperator>('sum', 'min', 'max', 'count'),
        rows: fc.array(row, { maxLength: options.maxRows ?? 5 }),
      }).map(({ hitPolicy, collect, rows }): DecisionTable => ({
        hitPolicy,
        ...(hitPolicy === 'collect' ? { collect } : {}),
        inputs,
        output: { type: 'points' },
        rows: rows.map((r, i): TableRow => ({ id: `r${i}`, cells: [...r.cells], output: r.output, priority: r.priority })),
      }));
    });
}

/** A record with a value for every input of `table`, including values no row names. */
export function recordArb(table: DecisionTable): fc.Arbitrary<Record<string, Scalar>> {
  return fc.tuple(...table.inputs.map((input) => valueArb(input))).map((values) => {
    const record: Record<string, Scalar> = {};
    values.forEach((v, i) => { record[`f${i}`] = v; });
    return record;
  });
}

function valueArb(input: TableInput): fc.Arbitrary<Scalar> {
  if (input.type === 'number') {
    const lo = input.min ?? -10;
    const hi = input.max ?? 10;
    return fc.oneof(fc.constantFrom(...NUMBERS.filter((n) => n >= lo && n <= hi)), fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)));
  }
  if (input.type === 'boolean') return fc.boolean();
  if (input.type === 'string') return fc.constantFrom(...(input.values ?? []), 'zzz');
  return fc.constantFrom(...(input.values ?? []));
}

export function asRule(table: DecisionTable, id = 'T'): TableRule {
  return { id, name: { en: 'Table', 'zh-CN': '表' }, table };
}

/** The reference meaning of one cell. */
export function cellMatches(cell: TableCell | undefined, v: Scalar): boolean {
  if (cell === undefined) return true;
  switch (cell.op) {
    case 'any': return true;
    case '==': return v === cell.value;
    case '!=': return v !== cell.value;
    case '<': return v < cell.value;
    case '<=': return v <= cell.value;
    case '>': return v > cell.value;
    case '>=': return v >= cell.value;
    case 'between': {
      const n = v as number;
      return (cell.minExclusive ? n > cell.min : n >= cell.min) && (cell.maxExclusive ? n < cell.max : n <= cell.max);
    }
    case 'in': return cell.values.includes(v);
    case 'not-in': return !cell.values.includes(v);
  }
}

export function matchingRows(table: DecisionTable, record: Record<string, Scalar>): number[] {
  const result: number[] = [];
  table.rows.forEach((row, r) => {
    if (table.inputs.every((_, i) => cellMatches(row.cells[i], record[`f${i}`]!))) result.push(r);
  });
  return result;
}

/** What DMN says fires: row ids (or the count for collect count). */
export function dmnAnswer(table: DecisionTable, record: Record<string, Scalar>): { fired: string[]; count?: number } {
  const matching = matchingRows(table, record);
  const ids = (indexes: number[]): string[] => indexes.map((i) => table.rows[i]!.id);
  const best = (better: (a: TableRow, b: TableRow) => boolean): string[] => {
    let winner: number | undefined;
    for (const i of matching) if (winner === undefined || better(table.rows[i]!, table.rows[winner]!)) winner = i;
    return winner === undefined ? [] : ids([winner]);
  };
  switch (table.hitPolicy) {
    case 'first': return { fired: ids(matching.slice(0, 1)) };
    case 'priority': return { fired: best((a, b) => (a.priority ?? 0) > (b.priority ?? 0)) };
    case 'collect':
      if (table.collect === 'count') return { fired: matching.length > 0 ? ['count'] : [], count: matching.length };
      if (table.collect === 'min') return { fired: best((a, b) => (a.output as number) < (b.output as number)) };
      if (table.collect === 'max') return { fired: best((a, b) => (a.output as number) > (b.output as number)) };
      return { fired: ids(matching) };
    default: return { fired: ids(matching) };
  }
}
