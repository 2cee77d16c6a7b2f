// An industry template: a proven indicator system a consultant starts from and tailors. It carries
// everything a new scorecard needs (the tree with its weights and their derivation, scorers,
// service rules, grades), the rules also as policy-designer documents, and how to generate
// realistic sample records for it. One JSON file; the same shape for the templates the product
// ships, the ones users save from their own scorecards, and the ones they share as files.
import type { FieldProfile } from '../data/field-profile.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { PolicyDocument } from '../policy/types.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';

export const TEMPLATE_FORMAT = 'scorecard-template';
export const TEMPLATE_VERSION = 1;

/** How to draw sample records for the template's scorecard. */
export interface TemplateSample {
  /** Records to generate by default (1–100,000). */
  count: number;
  /** Same seed, same records. */
  seed: number;
  /** Distribution per field key; fields without one get the generator's default for their type. */
  profiles: Record<string, FieldProfile>;
  /**
   * 360-degree scorecards: the field keys each rater class (by class id) rates. A record then gets
   * one object per class under the class's `source`, holding that class's ratings of those fields;
   * fields no class rates stay on the record itself.
   */
  raters?: Record<string, string[]>;
}

export interface ScorecardTemplate {
  $schema?: string;
  format: typeof TEMPLATE_FORMAT;
  version: typeof TEMPLATE_VERSION;
  /** Namespaced and stable: `builtin.call-centre-agent`, `user.<id>`. */
  id: string;
  /** Both languages for the templates the product ships. */
  name: LocalizedText;
  description: LocalizedText;
  /** The industry or role, as the gallery groups templates. */
  industry: LocalizedText;
  /** Where the indicator system comes from (the seed documents, a consultant's note). */
  sources?: string[];
  /** The scorecard, complete and valid (validateConfig): its policies are the service rules. */
  scorecard: ScorecardConfig;
  /**
   * The service rules as policy-designer documents, created next to the scorecard so they can be
   * edited and tested there. Every rule of these documents is also in `scorecard.policies`.
   */
  policyDocuments?: PolicyDocument[];
  sample: TemplateSample;
}
