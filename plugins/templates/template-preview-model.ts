// What the gallery previews before creating: the indicator tree with local weights, and how ~200
// sample records score (evaluated here, in the page: small enough not to need the worker).
import { resolveLocalized, type Locale } from '../../src/core/localized-text.ts';
import { evaluate } from '../../src/core/scorecard/evaluate.ts';
import { isGroup, type IndicatorNode } from '../../src/core/scorecard/types.ts';
import { instantiateTemplate, type ScorecardTemplate } from '../../src/core/templates/index.ts';

export const PREVIEW_RECORD_COUNT = 200;

export interface PreviewNode {
  id: string;
  name: string;
  depth: number;
  /** Share among its siblings, 0–1 (the root: 1). */
  localWeight: number;
  leaf: boolean;
}

export interface PreviewGrade {
  id: string;
  label: string;
  count: number;
}

export interface TemplatePreview {
  nodes: PreviewNode[];
  records: number;
  grades: PreviewGrade[];
  failed: number;
  mean: number | null;
}

function flatten(node: IndicatorNode, depth: number, share: number, locale: Locale, out: PreviewNode[]): void {
  out.push({ id: node.id, name: resolveLocalized(node.name, locale) || node.id, depth, localWeight: share, leaf: !isGroup(node) });
  if (!isGroup(node)) return;
  const sum = node.children.reduce((s, c) => s + (c.weight > 0 ? c.weight : 0), 0);
  for (const child of node.children) flatten(child, depth + 1, sum > 0 ? Math.max(0, child.weight) / sum : 0, locale, out);
}

export function previewTemplate(template: ScorecardTemplate, locale: Locale, count = PREVIEW_RECORD_COUNT): TemplatePreview {
  const nodes: PreviewNode[] = [];
  flatten(template.scorecard.root, 0, 1, locale, nodes);
  const { scorecard, records } = instantiateTemplate(template, { count });
  const { stats } = evaluate(scorecard, records);
  const grades = scorecard.grades.bands.map((band) => ({ id: band.id, label: resolveLocalized(band.label, locale) || band.id, count: stats.grades[band.id] ?? 0 }));
  return { nodes, records: stats.count, grades, failed: stats.failed, mean: stats.mean };
}
