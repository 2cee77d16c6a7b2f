// What "create from template" makes: a fresh copy of the scorecard and its policy documents (the
// template itself is never changed), and the template's sample records.
import { generateRecords } from '../data/generate-records.ts';
import type { PolicyDocument } from '../policy/types.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import type { ScorecardTemplate } from './types.ts';

export interface TemplateInstance {
  scorecard: ScorecardConfig;
  policyDocuments: PolicyDocument[];
  /** The sample records (`count` overrides the template's default). */
  records: Record<string, unknown>[];
}

export function instantiateTemplate(template: ScorecardTemplate, options: { count?: number; seed?: number } = {}): TemplateInstance {
  const scorecard = structuredClone(template.scorecard);
  const count = options.count ?? template.sample.count;
  const seed = options.seed ?? template.sample.seed;
  const draw = (s: number): Record<string, unknown>[] => generateRecords(scorecard.fields, count, {
    seed: s,
    profiles: template.sample.profiles,
    ...(scorecard.subject?.id ? { idField: scorecard.subject.id } : {}),
  });
  const records = draw(seed);
  const classes = scorecard.raters?.classes ?? [];
  if (classes.length > 0 && template.sample.raters) rateByClass(records, classes, template.sample.raters, (c) => draw(seed + 1 + c));
  return { scorecard, policyDocuments: structuredClone(template.policyDocuments ?? []), records };
}

/** How often a rater class's rating is the person's own level rather than a view of its own. */
const AGREEMENT = 0.7;

/**
 * Moves the rated fields into one object per class. Raters mostly agree about a person (the
 * record's own draw) and sometimes differ (another draw from the same distribution), so a person's
 * classes are correlated as real ones are, instead of six independent draws averaging to the middle.
 */
function rateByClass(records: Record<string, unknown>[], classes: ReadonlyArray<{ id: string; source: string }>, rated: Readonly<Record<string, readonly string[]>>, otherView: (c: number) => Record<string, unknown>[]): void {
  const ratedKeys = new Set(Object.values(rated).flat());
  // A fixed pseudo-random sequence (not Math.random): the same seed gives the same sample.
  let state = 0x9e3779b9 ^ records.length;
  const next = (): number => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296;
  };
  const views = classes.map((_, c) => otherView(c));
  records.forEach((record, i) => {
    classes.forEach((rater, c) => {
      const ratings: Record<string, unknown> = {};
      for (const key of rated[rater.id] ?? []) ratings[key] = next() < AGREEMENT ? record[key] : views[c]![i]![key];
      record[rater.source] = ratings;
    });
    for (const key of ratedKeys) delete record[key];
  });
}
