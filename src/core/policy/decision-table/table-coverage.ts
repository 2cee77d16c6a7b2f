// Which inputs each row covers, as one atom set per column (a "box"), and the two coverage
// questions on boxes: which rows intersect (overlaps), and what part of a region no row covers
// (gaps, and rows that earlier rows shadow). Exact, because atoms are exact (column-domain.ts).
import type { DecisionTable } from '../types.ts';
import { BitSet } from './atom-set.ts';
import { cellAtoms, columnDomain, type ColumnDomain, type Scalar } from './column-domain.ts';

export type Box = BitSet[];

export interface TableCoverage {
  domains: ColumnDomain[];
  /** Per row, the atoms each of its cells holds on. */
  rowBoxes: Box[];
  /** Per column and atom, the rows whose cell holds on it. */
  rowsByAtom: BitSet[][];
}

export function tableCoverage(table: DecisionTable): TableCoverage {
  const domains = table.inputs.map((input, c) => columnDomain(input, table.rows.map((row) => row.cells[c])));
  const rowBoxes = table.rows.map((row) => domains.map((domain, c) => cellAtoms(row.cells[c], domain)));
  const rowsByAtom = domains.map((domain, c) =>
    domain.atoms.map((_, a) => BitSet.of(table.rows.length, rowBoxes.flatMap((box, r) => (box[c]!.has(a) ? [r] : [])))));
  return { domains, rowBoxes, rowsByAtom };
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.every((set, c) => set.intersects(b[c]!));
}

export function intersectBoxes(a: Box, b: Box): Box {
  return a.map((set, c) => set.and(b[c]!));
}

export function isEmptyBox(box: Box): boolean {
  return box.some((set) => set.isEmpty());
}

/** A value per input id from the first atom of each column of a non-empty box. */
export function boxExample(coverage: TableCoverage, box: Box): Record<string, Scalar> {
  const example: Record<string, Scalar> = {};
  coverage.domains.forEach((domain, c) => {
    const atom = domain.atoms[box[c]!.first() ?? 0];
    if (atom !== undefined) example[domain.input.id] = atom.sample;
  });
  return example;
}

export interface UncoveredResult {
  boxes: Box[];
  /** Input combinations (search steps) looked at. */
  examined: number;
  /** Stopped early: the budget ran out or `maxBoxes` were found. */
  capped: boolean;
}

/**
 * The parts of `region` that none of `rows` covers, as disjoint boxes. Depth-first over the
 * columns, keeping only the rows still covering the combination chosen so far. A column's atoms
 * are taken in classes, atoms on which exactly the same live rows hold, since everything below
 * them is the same; and when no row is left, everything under the choice is one uncovered box at
 * once. So the search walks far fewer combinations than the product of the columns' atoms.
 */
export function findUncovered(coverage: TableCoverage, region: Box, rows: BitSet, budget: number, maxBoxes: number): UncoveredResult {
  const result: UncoveredResult = { boxes: [], examined: 0, capped: false };
  if (isEmptyBox(region)) return result;
  const copy = (set: BitSet): BitSet => set.or(new BitSet(set.size));
  if (rows.isEmpty()) {
    result.boxes.push(region.map(copy));
    return result;
  }
  const columns = coverage.domains.length;
  const chosen: BitSet[] = [];
  const visit = (c: number, live: BitSet): void => {
    if (c === columns) return; // some row covers this whole combination
    const classes = new Map<string, { atoms: number[]; rows: BitSet }>();
    for (const a of region[c]!.members()) {
      const still = live.and(coverage.rowsByAtom[c]![a]!);
      const key = still.key();
      const found = classes.get(key);
      if (found) found.atoms.push(a);
      else classes.set(key, { atoms: [a], rows: still });
    }
    for (const { atoms, rows: still } of classes.values()) {
      if (result.capped) return;
      if (++result.examined > budget || result.boxes.length >= maxBoxes) {
        result.capped = true;
        return;
      }
      const set = BitSet.of(region[c]!.size, atoms);
      if (still.isEmpty()) {
        result.boxes.push([...chosen, set, ...region.slice(c + 1).map(copy)]);
      } else {
        chosen.push(set);
        visit(c + 1, still);
        chosen.pop();
      }
    }
  };
  visit(0, rows);
  return result;
}

/**
 * Fewer, larger boxes that each read as one row of cells: boxes equal in every column but one
 * are joined in that column, then number columns are split into contiguous ranges (a cell holds
 * one range), and joined again where ranges meet.
 */
export function simplifyBoxes(coverage: TableCoverage, boxes: Box[]): Box[] {
  const joined = joinBoxes(coverage, boxes, false);
  const split = joined.flatMap((box) => splitRanges(coverage, box));
  return joinBoxes(coverage, split, true);
}

function joinBoxes(coverage: TableCoverage, boxes: Box[], keepRanges: boolean): Box[] {
  let current = boxes;
  for (let pass = 0; pass < 4 * Math.max(1, coverage.domains.length); pass++) {
    let changed = false;
    coverage.domains.forEach((domain, c) => {
      const groups = new Map<string, Box[]>();
      for (const box of current) {
        const key = box.map((set, k) => (k === c ? '*' : set.key())).join('|');
        const group = groups.get(key);
        if (group) group.push(box);
        else groups.set(key, [box]);
      }
      const next: Box[] = [];
      for (const group of groups.values()) {
        if (group.length === 1) {
          next.push(group[0]!);
          continue;
        }
        // Boxes from the search are disjoint, so boxes equal elsewhere are disjoint in column c.
        const union = group.reduce((acc, box) => acc.or(box[c]!), new BitSet(group[0]![c]!.size));
        const parts = keepRanges && domain.numeric ? contiguousParts(union) : [union];
        if (parts.length < group.length) changed = true;
        for (const part of parts) next.push(group[0]!.map((set, k) => (k === c ? part : set)));
      }
      current = next;
    });
    if (!changed) break;
  }
  return current;
}

/** One box per combination of the contiguous ranges of its number columns. */
function splitRanges(coverage: TableCoverage, box: Box): Box[] {
  let result: Box[] = [[]];
  box.forEach((set, c) => {
    const parts = coverage.domains[c]!.numeric ? contiguousParts(set) : [set];
    result = result.flatMap((prefix) => parts.map((part) => [...prefix, part]));
  });
  return result;
}

function contiguousParts(set: BitSet): BitSet[] {
  const parts: BitSet[] = [];
  let run: number[] = [];
  for (const i of set.members()) {
    if (run.length > 0 && run[run.length - 1] !== i - 1) {
      parts.push(BitSet.of(set.size, run));
      run = [];
    }
    run.push(i);
  }
  if (run.length > 0) parts.push(BitSet.of(set.size, run));
  return parts;
}
