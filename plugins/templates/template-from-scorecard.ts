// "Save as template": a user template from a scorecard as it is. Sample profiles stay empty (the
// generator's defaults per field type): a saved scorecard says nothing about its data's spread.
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { TEMPLATE_FORMAT, TEMPLATE_VERSION, type ScorecardTemplate } from '../../src/core/templates/index.ts';

export const USER_SAMPLE_COUNT = 200;

export interface TemplateDetails {
  name: string;
  description: string;
  industry: string;
}

/** Unique enough within one workspace, and valid for validateTemplate (lower-case, namespaced). */
export function newUserTemplateId(now = Date.now()): string {
  return `user.t-${now.toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export function templateFromScorecard(config: ScorecardConfig, details: TemplateDetails, id = newUserTemplateId()): ScorecardTemplate {
  return {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    id,
    name: details.name.trim(),
    description: details.description.trim() || details.name.trim(),
    industry: details.industry.trim(),
    scorecard: structuredClone(config),
    sample: { count: USER_SAMPLE_COUNT, seed: 1, profiles: {} },
  };
}
