// Small builders for scorecard configurations in tests: a leaf reading one field, a group, a config.
import type { GradeBand, IndicatorGroup, IndicatorLeaf, IndicatorNode, Scorer, ScorecardConfig } from '../../../src/core/scorecard/types.ts';

export function leaf(id: string, weight: number, scorer: Scorer, field = id): IndicatorLeaf {
  return { id, name: id, weight, value: { var: field }, scorer };
}

export function group(id: string, weight: number, children: IndicatorNode[], extra: Partial<IndicatorGroup> = {}): IndicatorGroup {
  return { id, name: id, weight, children, ...extra };
}

export const ABCD: GradeBand[] = [
  { id: 'A', label: { en: 'Excellent', 'zh-CN': '优秀' }, min: 90, coefficient: 1.2 },
  { id: 'B', label: { en: 'Good', 'zh-CN': '良好' }, min: 75, coefficient: 1 },
  { id: 'C', label: { en: 'Pass', 'zh-CN': '合格' }, min: 60, coefficient: 0.8 },
  { id: 'D', label: { en: 'Fail', 'zh-CN': '不合格' }, min: 0, coefficient: 0 },
];

export function config(root: IndicatorGroup, extra: Partial<ScorecardConfig> = {}): ScorecardConfig {
  const fields = new Set<string>();
  const collect = (node: IndicatorNode): void => {
    if ('children' in node) node.children.forEach(collect);
    else {
      const path = (node.value as { var?: unknown }).var;
      if (typeof path === 'string') fields.add(path);
    }
  };
  collect(root);
  return {
    version: 1,
    id: 'test',
    name: 'Test',
    fields: [...fields].map((key) => ({ key, type: 'number' as const })),
    root,
    grades: { bands: ABCD },
    ...extra,
  };
}
