// Largest-remainder rounding (Hamilton's method): shares rounded to whole units whose sum is
// exactly the total asked for, each off by less than one unit. Weights use hundredths, so the
// weights a user sees (two decimals) add up to 100 without a stray 0.01.

/** `units` whole units split in proportion to `shares` (non-negative, positive sum); ties go to the earlier share. */
export function apportion(shares: readonly number[], units: number): number[] {
  const total = shares.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new RangeError('apportion needs shares with a positive sum');
  const exact = shares.map((x) => (x / total) * units);
  const out = exact.map(Math.floor);
  let left = units - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - out[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}
