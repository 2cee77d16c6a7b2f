// Worked examples, one table for the documentation and the tests: test/core/logic/datetime renders
// docs/date-time-operators.md from it and runs every entry, so the doc cannot show a wrong result.
import type { LocalizedText } from '../../localized-text.ts';

interface ExampleBase {
  readonly rule: unknown;
  /** The record; omitted when the rule reads no data. */
  readonly data?: unknown;
  /** A short remark shown next to the example. */
  readonly note?: string;
}

/** Either the value the rule returns or the error type it fails with. */
export type ExampleOutcome = { readonly result: unknown; readonly error?: never } | { readonly error: string; readonly result?: never };

export type DateTimeExample = ExampleBase & ExampleOutcome & {
  /** The operator the example documents. */
  readonly operator: string;
};

export type DateTimeRecipe = ExampleBase & ExampleOutcome & {
  readonly title: LocalizedText;
};

const INVALID = 'Invalid Arguments';

export const DATE_TIME_EXAMPLES: readonly DateTimeExample[] = [
  { operator: 'date.parse', rule: { 'date.parse': ['2025-03-01'] }, result: '2025-03-01' },
  { operator: 'date.parse', rule: { 'date.parse': ['2025/3/1 8:30'] }, result: '2025-03-01T08:30:00', note: 'spreadsheet form' },
  { operator: 'date.parse', rule: { 'date.parse': ['2025-03-01T08:30:15.250+08:00'] }, result: '2025-03-01T08:30:15+08:00', note: 'fractional seconds dropped, offset kept' },
  { operator: 'date.parse', rule: { 'date.parse': ['2024-02-29'] }, result: '2024-02-29', note: 'leap day' },
  { operator: 'date.parse', rule: { 'date.parse': ['2025-02-30'] }, error: INVALID, note: '2025-02 has 28 days' },
  { operator: 'date.parse', rule: { 'date.parse': [{ var: 'signedAt' }] }, data: {}, result: null, note: 'missing value' },
  { operator: 'date.parse', rule: { '??': [{ 'date.parse': [{ var: 'signedAt' }] }, 'not signed'] }, data: { signedAt: '' }, result: 'not signed', note: 'a blank cell counts as missing' },

  { operator: 'time.parse', rule: { 'time.parse': ['8:30'] }, result: '08:30:00' },
  { operator: 'time.parse', rule: { 'time.parse': ['2025-03-01T23:59:59Z'] }, result: '23:59:59', note: 'clock time of a date-time' },
  { operator: 'time.parse', rule: { 'time.parse': ['24:00'] }, error: INVALID, note: 'hours run 0–23' },
  { operator: 'time.parse', rule: { 'time.parse': ['2025-03-01'] }, error: INVALID, note: 'a date has no time of day' },

  { operator: 'time.minutes', rule: { 'time.minutes': ['00:00'] }, result: 0, note: 'midnight' },
  { operator: 'time.minutes', rule: { 'time.minutes': ['23:59'] }, result: 1439 },
  { operator: 'time.minutes', rule: { 'time.minutes': ['08:30:30'] }, result: 510.5 },
  { operator: 'time.minutes', rule: { 'time.minutes': [{ var: 'signIn' }] }, data: { signIn: '2025/3/3 9:05' }, result: 545 },

  { operator: 'date.diffDays', rule: { 'date.diffDays': ['2024-02-28', '2024-03-01'] }, result: 2, note: 'leap year' },
  { operator: 'date.diffDays', rule: { 'date.diffDays': ['2025-02-28', '2025-03-01'] }, result: 1 },
  { operator: 'date.diffDays', rule: { 'date.diffDays': ['2025-01-31T23:59', '2025-02-01T00:01'] }, result: 1, note: 'two minutes apart, one calendar day' },
  { operator: 'date.diffDays', rule: { 'date.diffDays': ['2025-03-10', '2025-03-01'] }, result: -9 },
  { operator: 'date.diffDays', rule: { 'date.diffDays': ['2024-01-01', '2025-01-01'] }, result: 366 },

  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['2025-03-01T08:00', '2025-03-02T09:30'] }, result: 1530 },
  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['2025-03-01T23:50:00', '2025-03-02T00:10:00'] }, result: 20, note: 'across midnight' },
  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['2025-03-01T09:00+08:00', '2025-03-01T02:00Z'] }, result: 60, note: 'both have offsets: compared in UTC' },
  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['2025-03-01T09:00+08:00', '2025-03-01T10:00'] }, result: 60, note: 'one offset only: clock times as written' },
  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['2025-03-01', '2025-03-01T12:00'] }, result: 720, note: 'a date counts as 00:00' },
  { operator: 'date.diffMinutes', rule: { 'date.diffMinutes': ['08:00', '2025-03-01T12:00'] }, error: INVALID, note: 'a time has no date' },

  { operator: 'time.diffMinutes', rule: { 'time.diffMinutes': ['08:30', '17:30'] }, result: 540 },
  { operator: 'time.diffMinutes', rule: { 'time.diffMinutes': ['17:30', '08:30'] }, result: -540 },
  { operator: 'time.diffMinutes', rule: { 'time.diffMinutes': ['23:59', '00:00'] }, result: -1439, note: 'same day, no wrap' },
  { operator: 'time.diffMinutes', rule: { 'time.diffMinutes': ['2025-03-01T09:00', '2025-03-05T09:15'] }, result: 15, note: 'dates ignored' },

  { operator: 'time.after', rule: { 'time.after': ['08:31', '08:30'] }, result: true },
  { operator: 'time.after', rule: { 'time.after': ['08:30', '08:30'] }, result: false, note: 'equal is not later' },
  { operator: 'time.after', rule: { 'time.after': ['08:30:01', '08:30'] }, result: true },
  { operator: 'time.after', rule: { 'time.after': [{ var: 'checkIn' }, '08:30'] }, data: { checkIn: '2025-03-03 08:45:00' }, result: true },
  { operator: 'time.after', rule: { 'time.after': [{ var: 'checkIn' }, '08:30'] }, data: {}, result: null, note: 'no check-in' },
  { operator: 'time.after', rule: { 'time.after': ['8:3', '08:30'] }, error: INVALID, note: 'minutes need two digits' },

  { operator: 'time.before', rule: { 'time.before': ['17:29', '17:30'] }, result: true },
  { operator: 'time.before', rule: { 'time.before': ['17:30', '17:30'] }, result: false, note: 'equal is not earlier' },
  { operator: 'time.before', rule: { 'time.before': ['00:00', '00:01'] }, result: true },

  { operator: 'time.between', rule: { 'time.between': ['12:00', '08:30', '17:30'] }, result: true },
  { operator: 'time.between', rule: { 'time.between': ['08:30', '08:30', '17:30'] }, result: true, note: 'start included' },
  { operator: 'time.between', rule: { 'time.between': ['17:30', '08:30', '17:30'] }, result: false, note: 'end excluded' },
  { operator: 'time.between', rule: { 'time.between': ['23:00', '22:00', '06:00'] }, result: true, note: 'overnight' },
  { operator: 'time.between', rule: { 'time.between': ['05:59', '22:00', '06:00'] }, result: true, note: 'overnight' },
  { operator: 'time.between', rule: { 'time.between': ['06:00', '22:00', '06:00'] }, result: false, note: 'overnight, end excluded' },
  { operator: 'time.between', rule: { 'time.between': ['12:00', '22:00', '06:00'] }, result: false },
  { operator: 'time.between', rule: { 'time.between': ['23:59:59', '22:00', '00:00'] }, result: true, note: 'until midnight' },
  { operator: 'time.between', rule: { 'time.between': ['09:00', '09:00', '09:00'] }, result: false, note: 'empty range' },

  { operator: 'time.lateMinutes', rule: { 'time.lateMinutes': ['08:45', '08:30'] }, result: 15 },
  { operator: 'time.lateMinutes', rule: { 'time.lateMinutes': ['08:20', '08:30'] }, result: 0, note: 'early is not late' },
  { operator: 'time.lateMinutes', rule: { 'time.lateMinutes': ['08:30', '08:30'] }, result: 0 },
  { operator: 'time.lateMinutes', rule: { 'time.lateMinutes': ['2025-03-03T09:10:30', '08:30'] }, result: 40.5 },

  { operator: 'time.earlyMinutes', rule: { 'time.earlyMinutes': ['17:00', '17:30'] }, result: 30 },
  { operator: 'time.earlyMinutes', rule: { 'time.earlyMinutes': ['18:00', '17:30'] }, result: 0 },

  { operator: 'date.before', rule: { 'date.before': ['2025-02-28', '2025-03-01'] }, result: true },
  { operator: 'date.before', rule: { 'date.before': ['2025-03-01', '2025-03-01'] }, result: false, note: 'same day' },
  { operator: 'date.before', rule: { 'date.before': ['2025-03-01T10:00', '2025-03-01T12:00'] }, result: true, note: 'two date-times' },
  { operator: 'date.before', rule: { 'date.before': ['2025-03-01T10:00', '2025-03-01'] }, result: false, note: 'a date alone: days only' },
  { operator: 'date.before', rule: { 'date.before': ['2025-03-01T09:00+08:00', '2025-03-01T02:00Z'] }, result: true, note: '01:00Z is before 02:00Z' },

  { operator: 'date.after', rule: { 'date.after': ['2025-03-01', '2025-02-28'] }, result: true },
  { operator: 'date.after', rule: { 'date.after': ['2025-03-01T00:00', '2025-02-28'] }, result: true },
  { operator: 'date.after', rule: { 'date.after': ['2025-03-01', '2025-03-01'] }, result: false },

  { operator: 'date.between', rule: { 'date.between': ['2025-03-15', '2025-03-01', '2025-03-31'] }, result: true },
  { operator: 'date.between', rule: { 'date.between': ['2025-03-31', '2025-03-01', '2025-03-31'] }, result: true, note: 'end included' },
  { operator: 'date.between', rule: { 'date.between': ['2025-04-01', '2025-03-01', '2025-03-31'] }, result: false },
  { operator: 'date.between', rule: { 'date.between': ['2025-03-31T18:00', '2025-03-01', '2025-03-31'] }, result: true, note: 'days only against dates' },
  { operator: 'date.between', rule: { 'date.between': ['2025-03-15', '2025-03-31', '2025-03-01'] }, error: INVALID, note: 'start after end' },

  { operator: 'date.weekday', rule: { 'date.weekday': ['2025-03-03'] }, result: 1, note: 'Monday' },
  { operator: 'date.weekday', rule: { 'date.weekday': ['2025-03-09'] }, result: 7, note: 'Sunday' },
  { operator: 'date.weekday', rule: { 'date.weekday': ['2024-02-29'] }, result: 4, note: 'Thursday' },

  { operator: 'date.isWeekend', rule: { 'date.isWeekend': ['2025-03-08'] }, result: true, note: 'Saturday' },
  { operator: 'date.isWeekend', rule: { 'date.isWeekend': ['2025-03-07'] }, result: false, note: 'Friday' },
  { operator: 'date.isWeekend', rule: { 'date.isWeekend': ['2025/3/9 23:59'] }, result: true, note: 'Sunday' },

  { operator: 'date.addDays', rule: { 'date.addDays': ['2024-02-28', 1] }, result: '2024-02-29', note: 'leap day' },
  { operator: 'date.addDays', rule: { 'date.addDays': ['2025-02-28', 1] }, result: '2025-03-01' },
  { operator: 'date.addDays', rule: { 'date.addDays': ['2025-12-31', 1] }, result: '2026-01-01' },
  { operator: 'date.addDays', rule: { 'date.addDays': ['2025-03-01', -1] }, result: '2025-02-28' },
  { operator: 'date.addDays', rule: { 'date.addDays': ['2025-03-01T18:30', 30] }, result: '2025-03-31', note: 'time dropped' },
  { operator: 'date.addDays', rule: { 'date.addDays': ['2025-03-01', 1.5] }, error: INVALID, note: 'whole days only' },

  { operator: 'date.year', rule: { 'date.year': ['2025-03-01T08:30'] }, result: 2025 },
  { operator: 'date.year', rule: { 'date.year': ['2024/12/31 23:59'] }, result: 2024, note: 'last minute of the year' },
  { operator: 'date.month', rule: { 'date.month': ['2025/12/31'] }, result: 12 },
  { operator: 'date.month', rule: { 'date.month': ['2025-13-01'] }, error: INVALID, note: 'no month 13' },
  { operator: 'date.day', rule: { 'date.day': ['2024-02-29'] }, result: 29 },
  { operator: 'date.day', rule: { 'date.day': ['2025/3/1'] }, result: 1 },

  { operator: 'date.startOfMonth', rule: { 'date.startOfMonth': ['2025-03-17'] }, result: '2025-03-01' },
  { operator: 'date.startOfMonth', rule: { 'date.startOfMonth': ['2025/3/31 23:59'] }, result: '2025-03-01' },

  { operator: 'date.daysInMonth', rule: { 'date.daysInMonth': ['2024-02-10'] }, result: 29, note: 'leap year' },
  { operator: 'date.daysInMonth', rule: { 'date.daysInMonth': ['2025-02-10'] }, result: 28 },
  { operator: 'date.daysInMonth', rule: { 'date.daysInMonth': ['1900-02-01'] }, result: 28, note: 'centuries are not leap years…' },
  { operator: 'date.daysInMonth', rule: { 'date.daysInMonth': ['2000-02-01'] }, result: 29, note: '…unless divisible by 400' },
  { operator: 'date.daysInMonth', rule: { 'date.daysInMonth': ['2025-04-30'] }, result: 30 },
];

// "Late" below means signed in after 08:30. One reduce counts per record, so no extra operator is needed.
const LATE_COUNT = {
  reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, '08:30'] }, 1, 0] }] }, 0],
};
const WEEK_OF_SIGN_INS = {
  signIns: ['2025-03-03T08:25:00', '2025-03-04T08:31:00', '2025-03-05T08:45:00', '2025-03-06T09:02:00', '2025-03-07T08:40:00'],
};

export const DATE_TIME_RECIPES: readonly DateTimeRecipe[] = [
  {
    title: { en: 'Late more than 3 times', 'zh-CN': '迟到超过 3 次' },
    rule: { '>': [LATE_COUNT, 3] },
    data: WEEK_OF_SIGN_INS,
    result: true,
    note: '4 of 5 sign-ins are after 08:30',
  },
  {
    title: { en: 'Late after 08:30 more than 3 times deducts 5', 'zh-CN': '08:30 后签到超过 3 次扣 5 分' },
    rule: { if: [{ '>': [LATE_COUNT, 3] }, -5, 0] },
    data: { signIns: ['08:25', '08:30', '08:31', '2025/3/6 8:29'] },
    result: 0,
    note: 'only 08:31 is late: 08:30 itself is on time',
  },
  {
    title: { en: 'Total minutes late', 'zh-CN': '累计迟到分钟数' },
    rule: { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { 'time.lateMinutes': [{ var: 'current' }, '08:30'] }] }, 0] },
    data: { signIns: ['08:25', '08:31', '08:45'] },
    result: 16,
  },
  {
    title: { en: 'Complaint handled within 1 day (24 hours)', 'zh-CN': '投诉 1 天（24 小时）内处理' },
    rule: { '<=': [{ 'date.diffMinutes': [{ var: 'receivedAt' }, { var: 'handledAt' }] }, 1440] },
    data: { receivedAt: '2025/3/3 16:20', handledAt: '2025-03-04T15:05:00' },
    result: true,
  },
  {
    title: { en: 'Complaint handled by the next calendar day', 'zh-CN': '投诉次日内处理' },
    rule: { '<=': [{ 'date.diffDays': [{ var: 'receivedAt' }, { var: 'handledAt' }] }, 1] },
    data: { receivedAt: '2025-03-03T16:20', handledAt: '2025-03-05T09:00' },
    result: false,
  },
  {
    title: { en: 'Unhandled complaint counts as late', 'zh-CN': '未处理的投诉按超时计' },
    rule: { if: [{ missing: ['handledAt'] }, false, { '<=': [{ 'date.diffMinutes': [{ var: 'receivedAt' }, { var: 'handledAt' }] }, 1440] }] },
    data: { receivedAt: '2025-03-03T16:20' },
    result: false,
    note: 'without `handledAt`, `date.diffMinutes` is null and `<=` would compare null as 0, so check `missing` first',
  },
  {
    title: { en: 'Working hours 08:30–17:30 with sign-in', 'zh-CN': '工作时间 08:30–17:30 且已签到' },
    rule: {
      and: [
        { '!': [{ missing: ['signIn', 'signOut'] }] },
        { '!': [{ 'time.after': [{ var: 'signIn' }, '08:30'] }] },
        { '!': [{ 'time.before': [{ var: 'signOut' }, '17:30'] }] },
      ],
    },
    data: { signIn: '2025-03-03 08:29', signOut: '2025-03-03 17:31' },
    result: true,
  },
  {
    title: { en: 'Working hours: no sign-out is not compliant', 'zh-CN': '工作时间：未签退视为不合规' },
    rule: {
      and: [
        { '!': [{ missing: ['signIn', 'signOut'] }] },
        { '!': [{ 'time.after': [{ var: 'signIn' }, '08:30'] }] },
        { '!': [{ 'time.before': [{ var: 'signOut' }, '17:30'] }] },
      ],
    },
    data: { signIn: '2025-03-03 08:10' },
    result: false,
    note: 'without the `missing` check, `time.before` would give null, and `!` of null is true',
  },
  {
    title: { en: 'Night-shift calls (22:00–06:00)', 'zh-CN': '夜班来电（22:00–06:00）' },
    rule: { reduce: [{ var: 'calls' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.between': [{ var: 'current' }, '22:00', '06:00'] }, 1, 0] }] }, 0] },
    data: { calls: ['2025-03-03T21:59', '2025-03-03T22:00', '2025-03-04T02:30', '2025-03-04T06:00'] },
    result: 2,
  },
  {
    title: { en: 'Sign-ins on weekends', 'zh-CN': '周末签到次数' },
    rule: { reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'date.isWeekend': [{ var: 'current' }] }, 1, 0] }] }, 0] },
    data: { signIns: ['2025-03-07 08:20', '2025-03-08 08:20', '2025-03-09 09:00'] },
    result: 2,
  },
];
