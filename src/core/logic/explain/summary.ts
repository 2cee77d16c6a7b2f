// The one-sentence summaries of an explanation, in both languages.
import type { Bilingual, FailingLeaf } from './types.ts';
import { WORDS, bilingual } from './words.ts';

/** Leaves named in a summary; the rest are counted ("and 4 more"). The lists keep them all. */
const MAX_NAMED = 5;

/** "false because satisfaction ≥ 90 failed (satisfaction is 72) and complaints = 0 failed (complaints is 2)". */
export function decidedSummary(value: unknown, truthy: boolean, leaves: readonly FailingLeaf[]): Bilingual {
  return bilingual((l) => {
    const w = WORDS[l];
    const lead = w.lead(value, truthy);
    if (leaves.length === 0) return w.undecided(lead);
    const named = leaves.slice(0, MAX_NAMED).map((leaf) => w.outcome(leaf.text[l], leaf.truthy, leaf.actual[l], leaf.where?.[l]));
    return w.because(lead, named, leaves.length - named.length);
  });
}

/** "= 85 (satisfaction × 0.6 + quality × 0.4)"; no formula for a rule that is a plain value. */
export function computedSummary(value: unknown, formula: Bilingual | undefined): Bilingual {
  return bilingual((l) => WORDS[l].computed(value, formula?.[l]));
}

/** "error: NaN in 1 ÷ days (days is 0): Expected a non-zero divisor". */
export function errorSummary(
  error: { type: string; message: string; pointer?: string },
  where: Bilingual | undefined,
  operands: Bilingual | undefined,
): Bilingual {
  // The engine appends "(at /pointer)" to messages; the summary already says where, in words.
  const suffix = error.pointer === undefined ? undefined : ` (at ${error.pointer === '' ? 'the rule root' : error.pointer})`;
  const message = suffix && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
  return bilingual((l) => WORDS[l].error(error.type, where?.[l] ?? WORDS[l].theRule, operands?.[l], message));
}
