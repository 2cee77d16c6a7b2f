// The rows of the results grid: which records to show (filter) in which order (sort), computed from
// the evaluation's columns without building an object per record.
import type { LocalizedText } from '../../src/core/localized-text.ts';
import { hasFired, type PolicyEvaluation } from '../../src/core/policy/evaluation-types.ts';
import { expandRules } from '../../src/core/policy/expand-rules.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';

export type OutcomeFilter = 'all' | 'hit' | 'not-hit' | 'veto' | 'errors';
export type OutcomeSort = 'row' | 'points-asc' | 'points-desc' | 'money-desc';

/** Whether any rule fired on record i (a non-zero byte in its slice of the bitmap). */
export function anyFired(result: PolicyEvaluation, i: number): boolean {
  const base = i * result.firedStride;
  for (let b = 0; b < result.firedStride; b++) if (result.fired[base + b] !== 0) return true;
  return false;
}

export function visibleRows(result: PolicyEvaluation, filter: OutcomeFilter, sort: OutcomeSort, ruleIndex?: number): Uint32Array {
  const n = result.evaluated;
  const keep = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (ruleIndex !== undefined && !hasFired(result, i, ruleIndex)) continue;
    const ok = filter === 'all' || (filter === 'hit' ? anyFired(result, i)
      : filter === 'not-hit' ? !anyFired(result, i)
        : filter === 'veto' ? result.veto[i]! > 0 : result.errors[i]! > 0);
    if (ok) keep[count++] = i;
  }
  const rows = keep.slice(0, count);
  if (sort === 'row') return rows;
  const key = sort === 'money-desc' ? result.money : result.points;
  const sign = sort === 'points-asc' ? 1 : -1;
  // Stable: ties keep row order.
  return Uint32Array.from([...rows].sort((a, b) => sign * (key[a]! - key[b]!) || a - b));
}

/** The ids of the rules that fired on record `index`. */
export function firedRules(result: PolicyEvaluation, index: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < result.rules.length; r++) if (hasFired(result, index, r)) out.push(result.rules[r]!.id);
  return out;
}

const namesCache = new WeakMap<PolicyDocument, Map<string, string>>();

/** Display names of the expanded rules of a document, by id (a table row: "table name · row id"). */
export function ruleNames(document: PolicyDocument, text: (value: LocalizedText) => string): Map<string, string> {
  let names = namesCache.get(document);
  if (names) return names;
  names = new Map();
  try {
    for (const p of expandRules(document.rules)) names.set(p.id, p.rowId === undefined ? text(p.policy.name) : `${text(document.rules[p.ruleIndex]!.name)} · ${p.rowId}`);
  } catch {
    // A table that does not compile has no rows to name; ids are shown instead.
  }
  namesCache.set(document, names);
  return names;
}
