// Number conventions shared by evaluate() and the SQL export (docs/scorecard-evaluation.md §1, §5).
import type { ScaleConfig } from './types.ts';

/**
 * The numeric value of a raw indicator value, NaN when missing: numbers as they are, booleans as
 * 1/0, strings holding a finite number as that number; everything else is missing.
 */
export function numericValue(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return NaN;
    const n = Number(text);
    return Number.isFinite(n) ? n : NaN;
  }
  return NaN;
}

/** Rounding to `decimals` places with the scale's mode; the same formula is written into the SQL. */
export function roundTotal(x: number, decimals: number, mode: ScaleConfig['rounding']): number {
  const f = 10 ** decimals;
  const a = Math.abs(x) * f;
  if (mode === 'half-even') {
    const fl = Math.floor(a);
    const diff = a - fl;
    // Within 1e-9 of a half: to the even neighbour; otherwise to the nearest.
    const r = Math.abs(diff - 0.5) <= 1e-9 ? (fl % 2 === 0 ? fl : fl + 1) : Math.floor(a + 0.5);
    return (Math.sign(x) * r) / f;
  }
  return (Math.sign(x) * Math.floor(a + 0.5 + 1e-9)) / f;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
