// date.*: calendar dates. Each accepts a date or a date-time and, except where a description says
// otherwise, uses the calendar date as written (the date part of a date-time, offset ignored).
import { MAX_YEAR, MIN_YEAR, daysInMonth, fromDayNumber, isoWeekday, toDayNumber } from './calendar.ts';
import { compareDateLike, secondsBetween } from './compare.ts';
import { defineOperator } from './define.ts';
import { DATE_ARG, END_ARG, FROM_ARG, START_ARG, TO_ARG } from './labels.ts';
import { formatDate, formatTemporal } from './parse.ts';

export const dateParse = defineOperator({
  name: 'date.parse',
  label: { en: 'Parse date', 'zh-CN': '解析日期' },
  description: {
    en: 'Reads a date or date-time (YYYY-MM-DD or YYYY/M/D, optionally with a time and a Z or ±HH:mm offset) and returns it in ISO form: YYYY-MM-DD, or YYYY-MM-DDTHH:mm:ss followed by the offset when one was written (Z for zero).',
    'zh-CN': '读取日期或日期时间（YYYY-MM-DD 或 YYYY/M/D，可带时间及 Z 或 ±HH:mm 时区偏移），返回 ISO 格式：YYYY-MM-DD，或 YYYY-MM-DDTHH:mm:ss（写了偏移时保留偏移，零偏移写作 Z）。',
  },
  args: [DATE_ARG],
  returns: 'string',
  evaluate: (a) => formatTemporal(a.dateLike(0)),
});

export const dateDiffDays = defineOperator({
  name: 'date.diffDays',
  label: { en: 'Days between', 'zh-CN': '相差天数' },
  description: {
    en: 'Calendar days from the first date to the second (second minus first); negative when the second is earlier. Times of day and offsets are ignored.',
    'zh-CN': '从第一个日期到第二个日期相差的自然日数（后者减前者）；第二个日期较早时为负数。忽略时刻和时区偏移。',
  },
  args: [FROM_ARG, TO_ARG],
  returns: 'number',
  evaluate: (a) => toDayNumber(a.date(1)) - toDayNumber(a.date(0)),
});

export const dateDiffMinutes = defineOperator({
  name: 'date.diffMinutes',
  label: { en: 'Minutes between', 'zh-CN': '相差分钟数' },
  description: {
    en: 'Minutes from the first date-time to the second (second minus first); a date alone counts as 00:00. When both carry an offset (Z or ±HH:mm) they are compared in UTC; otherwise the clock times are compared as written.',
    'zh-CN': '从第一个日期时间到第二个日期时间的分钟数（后者减前者）；只有日期时按 00:00 计。两者都带时区偏移（Z 或 ±HH:mm）时按 UTC 比较，否则按书写的时刻比较。',
  },
  args: [FROM_ARG, TO_ARG],
  returns: 'number',
  evaluate: (a) => secondsBetween(a.dateLike(0), a.dateLike(1)) / 60,
});

export const dateBefore = defineOperator({
  name: 'date.before',
  label: { en: 'Before date', 'zh-CN': '早于日期' },
  description: {
    en: 'True when the first value is strictly earlier than the second. Two date-times compare to the second; if either is a date alone, only the calendar dates count.',
    'zh-CN': '第一个值严格早于第二个值时为真。两个日期时间精确到秒比较；任一只有日期时仅比较日期。',
  },
  args: [DATE_ARG, { label: { en: 'Limit', 'zh-CN': '界限日期' }, type: 'string' }],
  returns: 'boolean',
  evaluate: (a) => compareDateLike(a.dateLike(0), a.dateLike(1)) < 0,
});

export const dateAfter = defineOperator({
  name: 'date.after',
  label: { en: 'After date', 'zh-CN': '晚于日期' },
  description: {
    en: 'True when the first value is strictly later than the second. Two date-times compare to the second; if either is a date alone, only the calendar dates count.',
    'zh-CN': '第一个值严格晚于第二个值时为真。两个日期时间精确到秒比较；任一只有日期时仅比较日期。',
  },
  args: [DATE_ARG, { label: { en: 'Limit', 'zh-CN': '界限日期' }, type: 'string' }],
  returns: 'boolean',
  evaluate: (a) => compareDateLike(a.dateLike(0), a.dateLike(1)) > 0,
});

export const dateBetween = defineOperator({
  name: 'date.between',
  label: { en: 'Within date range', 'zh-CN': '在日期范围内' },
  description: {
    en: 'True when start ≤ date ≤ end, both ends included, compared as date.before does. A start later than the end fails.',
    'zh-CN': '开始 ≤ 日期 ≤ 结束时为真（含两端），比较方式同“早于日期”。开始晚于结束时报错。',
  },
  args: [DATE_ARG, START_ARG, END_ARG],
  returns: 'boolean',
  evaluate: (a) => {
    const date = a.dateLike(0);
    const start = a.dateLike(1);
    const end = a.dateLike(2);
    if (compareDateLike(start, end) > 0) a.fail('the start of the range is after its end');
    return compareDateLike(start, date) <= 0 && compareDateLike(date, end) <= 0;
  },
});

export const dateWeekday = defineOperator({
  name: 'date.weekday',
  label: { en: 'Day of week', 'zh-CN': '星期几' },
  description: {
    en: 'The ISO day of the week: 1 = Monday … 7 = Sunday.',
    'zh-CN': 'ISO 星期序号：1 = 星期一 … 7 = 星期日。',
  },
  args: [DATE_ARG],
  returns: 'number',
  evaluate: (a) => isoWeekday(a.date(0)),
});

export const dateIsWeekend = defineOperator({
  name: 'date.isWeekend',
  label: { en: 'Is weekend', 'zh-CN': '是否周末' },
  description: {
    en: 'True on Saturday and Sunday. Public holidays and make-up working days are not known.',
    'zh-CN': '星期六和星期日为真。不识别法定节假日和调休工作日。',
  },
  args: [DATE_ARG],
  returns: 'boolean',
  evaluate: (a) => isoWeekday(a.date(0)) >= 6,
});

export const dateAddDays = defineOperator({
  name: 'date.addDays',
  label: { en: 'Add days', 'zh-CN': '加天数' },
  description: {
    en: 'The date that many calendar days later (earlier when negative), as YYYY-MM-DD; the time of a date-time is dropped.',
    'zh-CN': '加上指定自然日数后的日期（负数则往前），格式 YYYY-MM-DD；日期时间的时刻部分被舍去。',
  },
  args: [DATE_ARG, { label: { en: 'Days', 'zh-CN': '天数' }, type: 'number' }],
  returns: 'string',
  evaluate: (a) => {
    const result = fromDayNumber(toDayNumber(a.date(0)) + a.integer(1));
    if (result.year < MIN_YEAR || result.year > MAX_YEAR) a.fail('the result is outside the years 0000–9999');
    return formatDate(result);
  },
});

export const dateYear = defineOperator({
  name: 'date.year',
  label: { en: 'Year', 'zh-CN': '年份' },
  description: { en: 'The year, e.g. 2025.', 'zh-CN': '年份，如 2025。' },
  args: [DATE_ARG],
  returns: 'number',
  evaluate: (a) => a.date(0).year,
});

export const dateMonth = defineOperator({
  name: 'date.month',
  label: { en: 'Month', 'zh-CN': '月份' },
  description: { en: 'The month, 1 (January) to 12 (December).', 'zh-CN': '月份，1（一月）至 12（十二月）。' },
  args: [DATE_ARG],
  returns: 'number',
  evaluate: (a) => a.date(0).month,
});

export const dateDay = defineOperator({
  name: 'date.day',
  label: { en: 'Day of month', 'zh-CN': '日' },
  description: { en: 'The day of the month, 1 to 31.', 'zh-CN': '当月第几日，1 至 31。' },
  args: [DATE_ARG],
  returns: 'number',
  evaluate: (a) => a.date(0).day,
});

export const dateStartOfMonth = defineOperator({
  name: 'date.startOfMonth',
  label: { en: 'First day of month', 'zh-CN': '月初日期' },
  description: { en: 'The first day of the same month, as YYYY-MM-01.', 'zh-CN': '同月第一天，格式 YYYY-MM-01。' },
  args: [DATE_ARG],
  returns: 'string',
  evaluate: (a) => formatDate({ ...a.date(0), day: 1 }),
});

export const dateDaysInMonth = defineOperator({
  name: 'date.daysInMonth',
  label: { en: 'Days in month', 'zh-CN': '当月天数' },
  description: { en: 'How many days the month has: 28 to 31 (29 in February of a leap year).', 'zh-CN': '当月的天数：28 至 31（闰年二月为 29）。' },
  args: [DATE_ARG],
  returns: 'number',
  evaluate: (a) => {
    const { year, month } = a.date(0);
    return daysInMonth(year, month);
  },
});

export const DATE_OPERATORS = [
  dateParse, dateDiffDays, dateDiffMinutes, dateBefore, dateAfter, dateBetween, dateWeekday, dateIsWeekend, dateAddDays,
  dateYear, dateMonth, dateDay, dateStartOfMonth, dateDaysInMonth,
];
