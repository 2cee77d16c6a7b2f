// A column's domain cut into "atoms": pieces on which every cell of the column is either true
// everywhere or false everywhere. Number columns are cut at every constant any cell uses (points
// and the open intervals between them); other columns are their values, plus "any other value"
// when the list is open. Coverage questions then become exact finite set questions.
import { compileLogic } from '../../logic/engine.ts';
import type { TableCell, TableInput } from '../types.ts';
import { BitSet } from './atom-set.ts';
import { cellCondition } from './cell-condition.ts';

export type Scalar = string | number | boolean;

export type Atom =
  /** A point (lo === hi, both closed) or an open interval; lo may be -Infinity and hi Infinity. */
  | { kind: 'interval'; lo: number; hi: number; loOpen: boolean; hiOpen: boolean; sample: number }
  | { kind: 'value'; value: Scalar; sample: Scalar }
  /** Every value the column may take that no cell and no declared value names. */
  | { kind: 'other'; known: Scalar[]; sample: string };

export interface ColumnDomain {
  input: TableInput;
  numeric: boolean;
  atoms: Atom[];
  /** The number domain's ends (open at ±Infinity), for plain conditions like "x < 3" on [0, ∞). */
  lo: number;
  hi: number;
}

/** The value a cell compares with, read the way the engine's loose comparisons read it. */
export function looseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Whether a number column's declared bounds are usable (analysis reports them otherwise). */
export function numberBounds(input: TableInput): { lo: number; hi: number } {
  const lo = typeof input.min === 'number' && Number.isFinite(input.min) ? input.min : -Infinity;
  const hi = typeof input.max === 'number' && Number.isFinite(input.max) ? input.max : Infinity;
  return lo <= hi ? { lo, hi } : { lo: -Infinity, hi: Infinity };
}

export function columnDomain(input: TableInput, cells: Array<TableCell | undefined>): ColumnDomain {
  if (input.type === 'number') return numberDomain(input, cells);
  return { input, numeric: false, atoms: valueAtoms(input, cells), lo: -Infinity, hi: Infinity };
}

function numberDomain(input: TableInput, cells: Array<TableCell | undefined>): ColumnDomain {
  const { lo, hi } = numberBounds(input);
  const points = new Set<number>();
  if (lo !== -Infinity) points.add(lo);
  if (hi !== Infinity) points.add(hi);
  const add = (n: number | undefined): void => {
    if (n !== undefined && n >= lo && n <= hi) points.add(Object.is(n, -0) ? 0 : n);
  };
  for (const cell of cells) {
    if (cell === undefined) continue;
    switch (cell.op) {
      case 'any':
        break;
      case 'between':
        add(looseNumber(cell.min));
        add(looseNumber(cell.max));
        break;
      case 'in':
      case 'not-in':
        // `in` compares strictly: only numbers can ever equal a number
        for (const v of Array.isArray(cell.values) ? cell.values : []) if (typeof v === 'number') add(looseNumber(v));
        break;
      default:
        add(looseNumber(cell.value));
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const atoms: Atom[] = [];
  const open = (a: number, b: number): void => {
    const sample = sampleBetween(a, b);
    if (sample !== undefined) atoms.push({ kind: 'interval', lo: a, hi: b, loOpen: true, hiOpen: true, sample });
  };
  if (sorted.length === 0) open(-Infinity, Infinity);
  else {
    if (lo === -Infinity) open(-Infinity, sorted[0]!);
    sorted.forEach((p, i) => {
      atoms.push({ kind: 'interval', lo: p, hi: p, loOpen: false, hiOpen: false, sample: p });
      if (i + 1 < sorted.length) open(p, sorted[i + 1]!);
    });
    if (hi === Infinity) open(sorted[sorted.length - 1]!, Infinity);
  }
  return { input, numeric: true, atoms, lo, hi };
}

/** A finite number strictly between a and b, preferring a whole one; none when no double fits. */
export function sampleBetween(a: number, b: number): number | undefined {
  const candidates =
    a === -Infinity && b === Infinity ? [0]
      : a === -Infinity ? [Math.ceil(b) - 1, b - Math.abs(b) - 1, b * 2, -Number.MAX_VALUE]
        : b === Infinity ? [Math.floor(a) + 1, a + Math.abs(a) + 1, a * 2, Number.MAX_VALUE]
          : [Math.floor(a) + 1, a / 2 + b / 2];
  return candidates.find((c) => Number.isFinite(c) && c > a && c < b);
}

function scalarKey(v: Scalar): string {
  return `${typeof v}:${String(v)}`;
}

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

function valueAtoms(input: TableInput, cells: Array<TableCell | undefined>): Atom[] {
  const declared = (Array.isArray(input.values) ? input.values : []).filter(isScalar);
  const known: Scalar[] = input.type === 'boolean' && declared.length === 0 ? [true, false] : [...declared];
  // A category with declared values is closed; strings (and undeclared categories) are open:
  // values named in cells join the list and the rest is "any other value".
  const closed = input.type === 'boolean' || (input.type === 'category' && declared.length > 0);
  if (!closed) {
    for (const cell of cells) {
      if (cell === undefined) continue;
      if (cell.op === 'in' || cell.op === 'not-in') known.push(...(Array.isArray(cell.values) ? cell.values : []).filter(isScalar));
      else if ('value' in cell && isScalar(cell.value)) known.push(cell.value);
    }
  }
  const seen = new Set<string>();
  const atoms: Atom[] = [];
  for (const v of known) {
    const key = scalarKey(v);
    if (seen.has(key)) continue;
    seen.add(key);
    atoms.push({ kind: 'value', value: v, sample: v });
  }
  if (!closed) {
    const values = atoms.map((a) => (a as { value: Scalar }).value);
    const texts = new Set(values.map((v) => String(v)));
    let sample = 'other';
    for (let i = 2; texts.has(sample); i++) sample = `other ${i}`;
    atoms.push({ kind: 'other', known: values, sample });
  }
  return atoms;
}

/**
 * The atoms on which a cell holds, decided by running the cell's own JSON-logic (the compiled
 * policies' semantics, including loose equality) on each atom's sample; a cell that fails on a
 * value (a number compared with a word) does not hold there, as a failing policy does not fire.
 */
export function cellAtoms(cell: TableCell | undefined, domain: ColumnDomain): BitSet {
  if (cell === undefined || cell.op === 'any') return BitSet.full(domain.atoms.length);
  let test: (data: unknown) => unknown;
  try {
    test = compileLogic(cellCondition(cell, { var: 'v' }));
  } catch {
    return new BitSet(domain.atoms.length); // a malformed cell matches nothing (analysis reports it)
  }
  const set = new BitSet(domain.atoms.length);
  domain.atoms.forEach((atom, i) => {
    try {
      if (test({ v: atom.sample }) === true) set.add(i);
    } catch {
      // does not hold on this value
    }
  });
  return set;
}
