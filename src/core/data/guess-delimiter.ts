// The CSV separator of a text, from its header line. Kept apart from parse-csv.ts so that code
// reading CSV without papaparse (the streaming import) can use it.

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * The separator the header uses most (ties: , tab ; |). Only the header is read: papaparse's own
 * guess compares rows, and a single data row or a blank last line defeats it. parseCsv and the
 * streaming import (src/platform/data-import) both use it, so they read a file the same way.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      inQuotes = !inQuotes;
      hasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      if (hasContent) break;
      for (const d of DELIMITERS) counts.set(d, 0); // a blank line: the header comes later
    } else {
      const count = counts.get(ch);
      if (count !== undefined) counts.set(ch, count + 1);
      else if (ch.trim() !== '') hasContent = true;
    }
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
