/**
 * Fuzzy matching for the command palette and quick open: every query character must appear in
 * order in the label (case-insensitive). Contiguous runs, word starts and an early first match
 * score higher, so "ocs" prefers "Open Command Settings" over "Toggle Docs".
 */
export interface FuzzyMatch {
  /** Higher is better. */
  score: number;
  /** Indices into the label of the matched characters, for highlighting. */
  positions: number[];
}

function isWordStart(label: string, index: number): boolean {
  if (index === 0) return true;
  const prev = label[index - 1] ?? '';
  const cur = label[index] ?? '';
  if (/[\s\-_./:>▸·]/.test(prev)) return true;
  // camelCase boundary
  if (prev.toLowerCase() === prev && cur.toUpperCase() === cur && cur.toLowerCase() !== cur) return true;
  // CJK characters are each a word of their own
  return /[\u3400-\u9fff]/.test(cur);
}

/**
 * Lowercases without changing length: 'İ'.toLowerCase() is two code units, which would shift every
 * later index so positions no longer point at the label's characters.
 */
function lowerSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

export function fuzzyMatch(query: string, label: string): FuzzyMatch | undefined {
  const q = lowerSameLength(query.replace(/\s+/g, ''));
  if (q.length === 0) return { score: 0, positions: [] };
  const lower = lowerSameLength(label);
  if (q.length > lower.length) return undefined;

  // Greedy forward pass proves a match exists; then try to improve by preferring word starts.
  const positions: number[] = [];
  let from = 0;
  for (const ch of q) {
    const found = lower.indexOf(ch, from);
    if (found < 0) return undefined;
    positions.push(found);
    from = found + 1;
  }
  improveWithWordStarts(q, lower, label, positions);

  let score = 0;
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    score += 1;
    if (isWordStart(label, pos)) score += 8;
    if (i > 0 && pos === positions[i - 1]! + 1) score += 5;
    if (label[pos] === query.replace(/\s+/g, '')[i]) score += 1; // exact case
  }
  score -= positions[0]! * 0.5; // earlier is better
  score -= (label.length - q.length) * 0.05; // shorter labels win ties
  if (lower.startsWith(q)) score += 10;
  return { score, positions };
}

/** Moves each matched character later, to a word start, when the rest of the query still fits after it. */
function improveWithWordStarts(q: string, lower: string, label: string, positions: number[]): void {
  for (let i = 0; i < q.length; i++) {
    const current = positions[i]!;
    if (isWordStart(label, current)) continue;
    const limit = i + 1 < q.length ? positions[i + 1]! : lower.length;
    for (let j = current + 1; j < lower.length; j++) {
      if (lower[j] !== q[i] || !isWordStart(label, j)) continue;
      // Re-fit the remaining characters after j.
      const rest: number[] = [];
      let from = j + 1;
      let ok = true;
      for (let k = i + 1; k < q.length; k++) {
        const found = lower.indexOf(q[k]!, from);
        if (found < 0) {
          ok = false;
          break;
        }
        rest.push(found);
        from = found + 1;
      }
      if (ok && (j < limit || rest.length > 0)) {
        positions.splice(i, positions.length - i, j, ...rest);
      }
      break;
    }
  }
}

/** Splits a label into runs for rendering, marking the matched characters. */
export function highlightRuns(label: string, positions: readonly number[]): Array<{ text: string; match: boolean }> {
  const set = new Set(positions);
  const runs: Array<{ text: string; match: boolean }> = [];
  for (let i = 0; i < label.length; i++) {
    const match = set.has(i);
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += label[i];
    else runs.push({ text: label[i]!, match });
  }
  return runs;
}
