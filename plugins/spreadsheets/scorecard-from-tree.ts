// A new scorecard around an imported indicator tree: the fields its indicators read (as numbers,
// the common case; the editor's field list corrects them), and the four grade bands a new
// scorecard starts with, so it validates and evaluates as soon as it is created.
import type { Locale } from '../../src/core/localized-text.ts';
import type { LogicRule } from '../../src/core/logic/types.ts';
import { type FieldDef, type IndicatorGroup, type IndicatorNode, SCORECARD_VERSION, type ScorecardConfig, isGroup } from '../../src/core/scorecard/types.ts';

/** Field names read by {"var": "name"} anywhere in a rule (the first segment of a dotted path). */
function collectVars(rule: LogicRule, into: Set<string>): void {
  if (Array.isArray(rule)) {
    for (const item of rule) collectVars(item as LogicRule, into);
    return;
  }
  if (rule === null || typeof rule !== 'object') return;
  for (const [key, arg] of Object.entries(rule)) {
    const name = key === 'var' ? (Array.isArray(arg) ? arg[0] : arg) : undefined;
    if (typeof name === 'string' && name !== '') into.add(name.split('.')[0]!);
    else collectVars(arg as LogicRule, into);
  }
}

function collectFields(node: IndicatorNode, into: Set<string>): void {
  if (isGroup(node)) for (const child of node.children) collectFields(child, into);
  else collectVars(node.value, into);
}

export function scorecardFromTree(root: IndicatorGroup, id: string, name: string, locale: Locale): ScorecardConfig {
  const keys = new Set<string>();
  collectFields(root, keys);
  const fields: FieldDef[] = [...keys].map((key) => ({ key, type: 'number' }));
  return {
    version: SCORECARD_VERSION,
    id,
    name: locale === 'zh-CN' ? { 'zh-CN': name } : { en: name },
    fields,
    root,
    grades: {
      bands: [
        { id: 'A', label: { en: 'Excellent', 'zh-CN': '优秀' }, min: 90 },
        { id: 'B', label: { en: 'Good', 'zh-CN': '良好' }, min: 75 },
        { id: 'C', label: { en: 'Satisfactory', 'zh-CN': '合格' }, min: 60 },
        { id: 'D', label: { en: 'Needs improvement', 'zh-CN': '待改进' }, min: 0 },
      ],
    },
  };
}
