// Immutable edits of a scorecard's 360-degree rater classes. The weights are used in proportion
// (docs/scorecard-evaluation.md §4: Σ w·T / Σ w), so they need only be positive; the defaults sum
// to 100 so that they read as percents.
import type { RaterClass, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { tidy, uniqueId } from './outcome-edits.ts';

/** A common 360-degree split: the manager 40 %, peers 30 %, customers 20 %, the employee 10 %. */
export function defaultRaters(): RaterClass[] {
  return [
    { id: 'superior', name: { en: 'Manager', 'zh-CN': '上级' }, weight: 40, source: 'superior' },
    { id: 'peer', name: { en: 'Peers', 'zh-CN': '同事' }, weight: 30, source: 'peer' },
    { id: 'customer', name: { en: 'Customers', 'zh-CN': '客户' }, weight: 20, source: 'customer' },
    { id: 'self', name: { en: 'Self', 'zh-CN': '自评' }, weight: 10, source: 'self' },
  ];
}

function withClasses(config: ScorecardConfig, classes: RaterClass[]): ScorecardConfig {
  return { ...config, raters: { ...config.raters, classes } };
}

export function enableRaters(config: ScorecardConfig): ScorecardConfig {
  return config.raters ? config : withClasses(config, defaultRaters());
}

export function disableRaters(config: ScorecardConfig): ScorecardConfig {
  if (!config.raters) return config;
  const { raters: _raters, ...rest } = config;
  return rest;
}

/** Adds a class with its own id and source, weighted like the average class. */
export function addRater(config: ScorecardConfig): { config: ScorecardConfig; index: number } {
  const classes = config.raters?.classes ?? [];
  const id = uniqueId('rater', new Set(classes.map((c) => c.id)));
  const source = uniqueId(id, new Set(classes.map((c) => c.source)));
  const positive = classes.filter((c) => c.weight > 0);
  const weight = positive.length ? tidy(positive.reduce((s, c) => s + c.weight, 0) / positive.length) : 1;
  const n = classes.length + 1;
  const added: RaterClass = { id, name: { en: `Rater class ${n}`, 'zh-CN': `评价者类别 ${n}` }, weight, source };
  return { config: withClasses(config, [...classes, added]), index: classes.length };
}

/** Removes a class; the last one stays (switch 360-degree rating off instead). */
export function removeRater(config: ScorecardConfig, index: number): ScorecardConfig {
  const classes = config.raters?.classes ?? [];
  if (!classes[index] || classes.length <= 1) return config;
  return withClasses(config, classes.filter((_, i) => i !== index));
}

export type RaterPatch = Partial<Pick<RaterClass, 'id' | 'name' | 'weight' | 'source'>>;

export function updateRater(config: ScorecardConfig, index: number, patch: RaterPatch): ScorecardConfig {
  const classes = config.raters?.classes ?? [];
  const rater = classes[index];
  if (!rater) return config;
  const next: RaterClass = { ...rater, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  if (JSON.stringify(next) === JSON.stringify(rater)) return config;
  return withClasses(config, classes.map((c, i) => (i === index ? next : c)));
}

/** Each class's share of the total weight in percent (0 for all when the weights do not add up to anything positive). */
export function raterShares(classes: readonly RaterClass[]): number[] {
  const total = classes.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  return classes.map((c) => (total > 0 && Number.isFinite(c.weight) ? (100 * c.weight) / total : 0));
}
