// Scorecard documents in the workspace: a new one, and the editor input that opens one.
import type { Locale } from '../../src/core/localized-text.ts';
import { SCORECARD_VERSION, type ScorecardConfig } from '../../src/core/scorecard/types.ts';
import type { EditorInput } from '../../src/workbench/api.ts';

export const SCORECARD_URI_PREFIX = 'scorecard:';

export function scorecardInput(id: string, name: string): EditorInput {
  return { uri: `${SCORECARD_URI_PREFIX}${id}`, kind: 'scorecard', title: name, icon: 'graph', data: { documentId: id } };
}

export function scorecardIdOf(uri: string | undefined): string | undefined {
  return uri?.startsWith(SCORECARD_URI_PREFIX) ? uri.slice(SCORECARD_URI_PREFIX.length) : undefined;
}

/**
 * A small scorecard that validates and evaluates as it is: one dimension with one indicator
 * (satisfaction, 60 → 0 points, 100 → full points) and four grade bands — something to edit, not a
 * blank page.
 */
export function newScorecard(id: string, name: string, locale: Locale): ScorecardConfig {
  const zh = locale === 'zh-CN';
  return {
    version: SCORECARD_VERSION,
    id,
    name: zh ? { en: 'Scorecard', 'zh-CN': name } : { en: name, 'zh-CN': '考核方案' },
    fields: [{ key: 'satisfaction', type: 'number', label: { en: 'Satisfaction', 'zh-CN': '满意度' } }],
    root: {
      id: 'total', name: { en: 'Total', 'zh-CN': '总分' }, weight: 100,
      children: [{
        id: 'quality', name: { en: 'Service quality', 'zh-CN': '服务质量' }, weight: 100,
        children: [{
          id: 'csat', name: { en: 'Customer satisfaction', 'zh-CN': '客户满意度' }, weight: 100,
          value: { var: 'satisfaction' }, scorer: { type: 'linear', worst: 60, best: 100 }, direction: 'higher',
        }],
      }],
    },
    grades: {
      bands: [
        { id: 'A', label: { en: 'Excellent', 'zh-CN': '优秀' }, min: 90, color: '#2e7d32' },
        { id: 'B', label: { en: 'Good', 'zh-CN': '良好' }, min: 75, color: '#1565c0' },
        { id: 'C', label: { en: 'Satisfactory', 'zh-CN': '合格' }, min: 60, color: '#f9a825' },
        { id: 'D', label: { en: 'Needs improvement', 'zh-CN': '待改进' }, min: 0, color: '#c62828' },
      ],
    },
  };
}
