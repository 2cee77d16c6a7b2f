// The record fields a scorecard reads: what the sample-data generator must produce to try it, with
// the declared definitions (type, allowed values, unit) where config.fields has them.
import { analyzeLogic } from '../../logic/analysis/analyze.ts';
import { fieldsReadBy } from '../../policy/fields-read.ts';
import { POLICY_FORMAT, POLICY_VERSION } from '../../policy/types.ts';
import { type FieldDef, type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';

function readsOf(rule: unknown): string[] {
  try {
    return analyzeLogic(rule).fields;
  } catch {
    // analyzeLogic reports instead of throwing; this only guards hostile input. It reads nothing we can name.
    return [];
  }
}

/** A logic scorer sees { value, record }: only `record.<field>` reads are record fields. */
function recordReads(scoreRule: unknown): string[] {
  return readsOf(scoreRule).filter((path) => path.startsWith('record.')).map((path) => path.slice('record.'.length));
}

/**
 * Field paths read by the leaves' values and logic scorers (tree order) and then by the enabled
 * policies' conditions and amounts (read as the policy designer reads them), without repeats.
 * With 360-degree raters the indicators read these fields inside each rater class's `source` object.
 */
export function fieldsReadByScorecard(config: ScorecardConfig): string[] {
  const seen = new Set<string>();
  const visit = (node: IndicatorNode): void => {
    if (isGroup(node)) {
      node.children.forEach(visit);
      return;
    }
    for (const path of readsOf(node.value)) seen.add(path);
    if (node.scorer.type === 'logic' && 'score' in node.scorer) for (const path of recordReads(node.scorer.score)) seen.add(path);
  };
  visit(config.root);
  const policies = config.policies ?? [];
  if (policies.length > 0) {
    for (const path of fieldsReadBy({ format: POLICY_FORMAT, version: POLICY_VERSION, name: config.name, rules: policies })) seen.add(path);
  }
  return [...seen];
}

/**
 * Field definitions for paths: the declared one (a rater-prefixed path `peer.csat` takes the
 * definition of `csat`), else a number field, as the sample-data generator expects.
 */
export function declaredFieldsFor(paths: readonly string[], declared: readonly FieldDef[], raterSources: readonly string[] = []): FieldDef[] {
  const byKey = new Map(declared.map((field) => [field.key, field]));
  return paths.map((key) => {
    const source = raterSources.find((s) => key.startsWith(`${s}.`));
    const field = byKey.get(key) ?? (source === undefined ? undefined : byKey.get(key.slice(source.length + 1)));
    return field === undefined ? { key, type: 'number' } : { ...field, key };
  });
}

/** What the sample-data generator gets for a scorecard: every field it reads, with its declared definition. */
export function sampleFieldsFor(config: ScorecardConfig): FieldDef[] {
  return declaredFieldsFor(fieldsReadByScorecard(config), config.fields, (config.raters?.classes ?? []).map((c) => c.source));
}
