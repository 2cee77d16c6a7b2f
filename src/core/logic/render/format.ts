// Literal values as a manager reads them: plain decimals (never 1e-7), clipped long text.

const MAX_TEXT = 80;

/** Plain decimal notation; JSON numbers are finite, anything else is shown as JavaScript does. */
export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  return String(n);
}

export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Compact JSON for values that are data rather than logic (`preserve`, multi-key objects). */
export function compactJson(value: unknown, max = 60): string {
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    return clip(json ?? String(value), max);
  } catch {
    return '…'; // cyclic or hostile: nothing sensible to show
  }
}
