// time.*: times of day. A date-time stands for its clock time as written (date and offset ignored),
// so a sign-in timestamp can be checked against "08:30" directly.
import { defineOperator } from './define.ts';
import { END_ARG, FROM_ARG, LIMIT_ARG, START_ARG, TIME_ARG, TO_ARG } from './labels.ts';
import { formatTime, secondsOfDay } from './parse.ts';

// Minutes are seconds / 60: exact, so 08:30:30 is 0.5 minutes after 08:30 and `time.after` and
// `time.lateMinutes` always agree on whether someone was late.
const SECONDS_PER_MINUTE = 60;

export const timeParse = defineOperator({
  name: 'time.parse',
  label: { en: 'Parse time', 'zh-CN': '解析时间' },
  description: {
    en: 'Reads a time (H:mm or HH:mm:ss) or the clock time of a date-time and returns it as HH:mm:ss.',
    'zh-CN': '读取时间（H:mm 或 HH:mm:ss）或日期时间中的时刻，返回 HH:mm:ss 格式。',
  },
  args: [TIME_ARG],
  returns: 'string',
  evaluate: (a) => formatTime(a.timeOfDay(0)),
});

export const timeMinutes = defineOperator({
  name: 'time.minutes',
  label: { en: 'Minutes since midnight', 'zh-CN': '距零点分钟数' },
  description: {
    en: 'Minutes from 00:00 to the time of day (0 to just under 1440); seconds count as fractions of a minute.',
    'zh-CN': '从 00:00 到该时刻的分钟数（0 至 1440 以内）；秒按分钟的小数计。',
  },
  args: [TIME_ARG],
  returns: 'number',
  evaluate: (a) => secondsOfDay(a.timeOfDay(0)) / SECONDS_PER_MINUTE,
});

export const timeDiffMinutes = defineOperator({
  name: 'time.diffMinutes',
  label: { en: 'Minutes between times', 'zh-CN': '时间差（分钟）' },
  description: {
    en: 'Minutes from the first time of day to the second (second minus first) within one day; negative when the second is earlier.',
    'zh-CN': '同一天内从第一个时刻到第二个时刻的分钟数（后者减前者）；第二个时刻较早时为负数。',
  },
  args: [FROM_ARG, TO_ARG],
  returns: 'number',
  evaluate: (a) => (secondsOfDay(a.timeOfDay(1)) - secondsOfDay(a.timeOfDay(0))) / SECONDS_PER_MINUTE,
});

export const timeAfter = defineOperator({
  name: 'time.after',
  label: { en: 'Later than', 'zh-CN': '晚于' },
  description: {
    en: 'True when the time of day is strictly later than the limit; the limit itself is not later. Seconds count: 08:30:01 is after 08:30.',
    'zh-CN': '时刻严格晚于界限时间时为真；等于界限时间不算晚于。秒也计算在内：08:30:01 晚于 08:30。',
  },
  args: [TIME_ARG, LIMIT_ARG],
  returns: 'boolean',
  evaluate: (a) => secondsOfDay(a.timeOfDay(0)) > secondsOfDay(a.timeOfDay(1)),
});

export const timeBefore = defineOperator({
  name: 'time.before',
  label: { en: 'Earlier than', 'zh-CN': '早于' },
  description: {
    en: 'True when the time of day is strictly earlier than the limit; the limit itself is not earlier.',
    'zh-CN': '时刻严格早于界限时间时为真；等于界限时间不算早于。',
  },
  args: [TIME_ARG, LIMIT_ARG],
  returns: 'boolean',
  evaluate: (a) => secondsOfDay(a.timeOfDay(0)) < secondsOfDay(a.timeOfDay(1)),
});

export const timeBetween = defineOperator({
  name: 'time.between',
  label: { en: 'Within time range', 'zh-CN': '在时间段内' },
  description: {
    en: 'True when start ≤ time < end. A start later than the end is an overnight range (22:00–06:00 holds 23:00 and 05:59, not 06:00); equal start and end is an empty range.',
    'zh-CN': '开始 ≤ 时刻 < 结束时为真。开始晚于结束表示跨夜时段（22:00–06:00 包含 23:00 和 05:59，不含 06:00）；开始等于结束表示空时段。',
  },
  args: [TIME_ARG, START_ARG, END_ARG],
  returns: 'boolean',
  evaluate: (a) => {
    const t = secondsOfDay(a.timeOfDay(0));
    const start = secondsOfDay(a.timeOfDay(1));
    const end = secondsOfDay(a.timeOfDay(2));
    return start <= end ? start <= t && t < end : t >= start || t < end;
  },
});

export const timeLateMinutes = defineOperator({
  name: 'time.lateMinutes',
  label: { en: 'Minutes late', 'zh-CN': '迟到分钟数' },
  description: {
    en: 'Minutes by which the time of day is later than the limit, or 0 when it is not later. Same day only: it does not wrap past midnight.',
    'zh-CN': '时刻晚于界限时间的分钟数，不晚于时为 0。仅限同一天，不跨越零点。',
  },
  args: [TIME_ARG, LIMIT_ARG],
  returns: 'number',
  evaluate: (a) => Math.max(0, secondsOfDay(a.timeOfDay(0)) - secondsOfDay(a.timeOfDay(1))) / SECONDS_PER_MINUTE,
});

export const timeEarlyMinutes = defineOperator({
  name: 'time.earlyMinutes',
  label: { en: 'Minutes early', 'zh-CN': '早退分钟数' },
  description: {
    en: 'Minutes by which the time of day is earlier than the limit (leaving before 17:30), or 0 when it is not earlier. Same day only.',
    'zh-CN': '时刻早于界限时间的分钟数（如 17:30 前离开），不早于时为 0。仅限同一天。',
  },
  args: [TIME_ARG, LIMIT_ARG],
  returns: 'number',
  evaluate: (a) => Math.max(0, secondsOfDay(a.timeOfDay(1)) - secondsOfDay(a.timeOfDay(0))) / SECONDS_PER_MINUTE,
});

export const TIME_OPERATORS = [
  timeParse, timeMinutes, timeDiffMinutes, timeAfter, timeBefore, timeBetween, timeLateMinutes, timeEarlyMinutes,
];
