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
  const records = generateRecords(scorecard.fields, count, {
    seed: options.seed ?? template.sample.seed,
    profiles: template.sample.profiles,
    ...(scorecard.subject?.id ? { idField: scorecard.subject.id } : {}),
  });
  return { scorecard, policyDocuments: structuredClone(template.policyDocuments ?? []), records };
}
