// Plain-language rendering of a raw JSON-logic rule for the people who write service rules:
// {"and":[{">=":[{"var":"satisfaction"},90]},{"==":[{"var":"complaints"},0]}]} reads
// "satisfaction ≥ 90 and complaints = 0" / "满意度 ≥ 90 且 投诉次数 = 0". Never throws.
import { ROOT } from '../analysis/paths.ts';
import { isPlainObject } from '../analysis/rule-shape.ts';
import { Renderer } from './renderer.ts';

/**
 * `fieldLabels` maps field paths to display names; fields inside list items are looked up as
 * `list.field` first, then `field`. `operatorLabels` names custom operators (`acme.weightedAvg`),
 * rendered as `label(args)`.
 */
export function renderLogic(
  rule: unknown,
  locale: 'en' | 'zh-CN',
  options?: { fieldLabels?: Record<string, string>; operatorLabels?: Record<string, string> },
): string {
  const renderer = new Renderer(locale === 'zh-CN' ? 'zh-CN' : 'en', {
    fieldLabels: isPlainObject(options?.fieldLabels) ? options?.fieldLabels : undefined,
    operatorLabels: isPlainObject(options?.operatorLabels) ? options?.operatorLabels : undefined,
  });
  try {
    return renderer.render(rule, ROOT, 0).text;
  } catch {
    return '…'; // hostile input (throwing getters, proxies): show something rather than crash
  }
}
