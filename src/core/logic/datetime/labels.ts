// Argument names shared by several operators, so the builder shows the same words everywhere.
import type { ArgDefinition } from './define.ts';

export const DATE_ARG: ArgDefinition = { label: { en: 'Date', 'zh-CN': '日期' }, type: 'string' };
export const TIME_ARG: ArgDefinition = { label: { en: 'Time', 'zh-CN': '时间' }, type: 'string' };
export const LIMIT_ARG: ArgDefinition = { label: { en: 'Limit (HH:mm)', 'zh-CN': '界限时间 (HH:mm)' }, type: 'string' };
export const FROM_ARG: ArgDefinition = { label: { en: 'From', 'zh-CN': '起始' }, type: 'string' };
export const TO_ARG: ArgDefinition = { label: { en: 'To', 'zh-CN': '结束' }, type: 'string' };
export const START_ARG: ArgDefinition = { label: { en: 'Start', 'zh-CN': '开始' }, type: 'string' };
export const END_ARG: ArgDefinition = { label: { en: 'End', 'zh-CN': '结束' }, type: 'string' };
