// The date.* and time.* operators (src/core/logic/datetime) as SQL over DATE and TIME columns and
// literals. Literals are parsed here, by the same parser as the engine; a call whose arguments are
// all literals was already computed by the engine. As there, an absent argument (null or blank
// text) makes the result null, and a value of the wrong kind makes the call throw.
import { toDayNumber } from '../logic/datetime/calendar.ts';
import { parseTemporal, secondsOfDay } from '../logic/datetime/parse.ts';
import type { Dialect } from './dialect.ts';
import { finiteErr } from './coerce.ts';
import { type Expr, type Translation, FALSE_SQL, TRUE_SQL, and, caseWhen, or, report } from './expr.ts';
import { messages } from './messages.ts';

/** An argument as the operators read it; SQL numbers are doubles. */
interface Temporal {
  /** Calendar day (days since 1970-01-01) and the DATE, for a date or a date-time. */
  day?: string;
  date?: string;
  /** Seconds since midnight, for a time or a date-time. */
  seconds?: string;
  /** A date-time (only literals are; no column holds one). */
  dateTime?: boolean;
  /** A number argument (date.addDays), and whether it may be a fraction. */
  number?: string;
  integerCheck?: string;
}

interface Arg {
  temporal: Temporal;
  /** SQL true when the argument is absent (the call is then null). */
  absent?: string;
  err?: string;
}

const EPOCH = "DATE '1970-01-01'";
const MIN_DAY = toDayNumber({ year: 0, month: 1, day: 1 });
const MAX_DAY = toDayNumber({ year: 9999, month: 12, day: 31 });

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function readArg(e: Expr, d: Dialect): Arg | 'text' | 'mixed' {
  if (e.literal !== undefined) {
    const v = e.literal.value;
    if (v === null || (typeof v === 'string' && v.trim() === '')) return { temporal: {}, absent: TRUE_SQL, err: e.err };
    if (typeof v === 'number') return { temporal: { number: d.double(v), integerCheck: Number.isSafeInteger(v) ? FALSE_SQL : TRUE_SQL }, err: e.err };
    if (typeof v !== 'string') return { temporal: {}, err: e.err };
    const p = parseTemporal(v);
    if (p.kind === 'invalid') return { temporal: {}, err: e.err };
    if (p.kind === 'time') return { temporal: { seconds: d.double(secondsOfDay(p.time)) }, err: e.err };
    const { year, month, day } = p.date;
    const temporal: Temporal = { day: d.double(toDayNumber(p.date)), date: `DATE '${pad(year, 4)}-${pad(month)}-${pad(day)}'` };
    if (p.kind === 'dateTime') Object.assign(temporal, { seconds: d.double(secondsOfDay(p.time)), dateTime: true });
    return { temporal, err: e.err };
  }
  const absent = e.nullable ? `(${e.sql} IS NULL)` : undefined;
  switch (e.kind) {
    case 'date': return { temporal: { day: `CAST(${e.sql} - ${EPOCH} AS ${d.doubleType})`, date: e.sql }, absent, err: e.err };
    case 'time': return {
      temporal: { seconds: `CAST(EXTRACT(HOUR FROM ${e.sql}) * 3600 + EXTRACT(MINUTE FROM ${e.sql}) * 60 + floor(EXTRACT(SECOND FROM ${e.sql})) AS ${d.doubleType})` },
      absent, err: e.err,
    };
    case 'number': return {
      temporal: { number: e.sql, integerCheck: e.integral && !e.unchecked ? FALSE_SQL : `(${e.sql} <> trunc(${e.sql}) OR abs(${e.sql}) > 9007199254740991)` },
      absent, err: or(e.err, finiteErr(e, d)),
    };
    case 'string': return 'text';
    case 'mixed': return 'mixed';
    // Booleans and arrays are not dates: the call throws unless another argument is absent.
    default: return { temporal: {}, absent, err: e.err };
  }
}

/** Thrown inside an operator body when an argument has the wrong kind: the call always throws. */
class WrongKind extends Error {}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new WrongKind();
  return value;
}

interface Result {
  kind: 'number' | 'boolean' | 'date' | 'time';
  sql: string;
  /** Errors that depend on the values (a fractional day count, a range that ends before it starts). */
  err?: string;
}

type Body = (a: readonly Temporal[], d: Dialect) => Result;

const num = (sql: string): Result => ({ kind: 'number', sql });
const bool = (sql: string): Result => ({ kind: 'boolean', sql });
const dayOf = (t: Temporal) => need(t.day);
const secondsOf = (t: Temporal) => need(t.seconds);
/** Seconds on the wall clock since 1970-01-01 00:00 (a date alone is its midnight). */
const instant = (t: Temporal) => (t.dateTime ? `(${dayOf(t)} * 86400 + ${secondsOf(t)})` : `(${dayOf(t)} * 86400)`);
/** compareDateLike's sign as a difference: seconds between two date-times, else days. */
const compare = (x: Temporal, y: Temporal) => (x.dateTime && y.dateTime ? `(${instant(x)} - ${instant(y)})` : `(${dayOf(x)} - ${dayOf(y)})`);
const dateOf = (t: Temporal) => need(t.date);

const BODIES: Record<string, Body> = {
  'date.parse': ([x]) => ({ kind: 'date', sql: dateOf(x!) }),
  'date.diffDays': ([x, y]) => num(`(${dayOf(y!)} - ${dayOf(x!)})`),
  'date.diffMinutes': ([x, y]) => num(`((${instant(y!)} - ${instant(x!)}) / 60)`),
  'date.before': ([x, y]) => bool(`(${compare(x!, y!)} < 0)`),
  'date.after': ([x, y]) => bool(`(${compare(x!, y!)} > 0)`),
  'date.between': ([x, s, e]) => ({ kind: 'boolean', sql: and(`(${compare(s!, x!)} <= 0)`, `(${compare(x!, e!)} <= 0)`), err: `(${compare(s!, e!)} > 0)` }),
  'date.weekday': ([x], d) => num(`CAST(EXTRACT(ISODOW FROM ${dateOf(x!)}) AS ${d.doubleType})`),
  'date.isWeekend': ([x]) => bool(`(EXTRACT(ISODOW FROM ${dateOf(x!)}) >= 6)`),
  'date.addDays': ([x, n]) => {
    const r = `(${dayOf(x!)} + ${need(n!.number)})`;
    const inRange = `(${r} BETWEEN ${MIN_DAY} AND ${MAX_DAY})`;
    return { kind: 'date', sql: `CASE WHEN ${n!.integerCheck} THEN NULL WHEN ${inRange} THEN ${EPOCH} + CAST(${r} AS integer) END`, err: or(n!.integerCheck, `(NOT ${inRange})`) };
  },
  'date.year': ([x], d) => num(`CAST(EXTRACT(YEAR FROM ${dateOf(x!)}) AS ${d.doubleType})`),
  'date.month': ([x], d) => num(`CAST(EXTRACT(MONTH FROM ${dateOf(x!)}) AS ${d.doubleType})`),
  'date.day': ([x], d) => num(`CAST(EXTRACT(DAY FROM ${dateOf(x!)}) AS ${d.doubleType})`),
  'date.startOfMonth': ([x]) => ({ kind: 'date', sql: `(${dateOf(x!)} - CAST(EXTRACT(DAY FROM ${dateOf(x!)}) - 1 AS integer))` }),
  'date.daysInMonth': ([x], d) => {
    const y = `EXTRACT(YEAR FROM ${dateOf(x!)})`;
    const m = `EXTRACT(MONTH FROM ${dateOf(x!)})`;
    const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
    return num(`CASE WHEN ${m} = 2 THEN CASE WHEN ${leap} THEN ${d.double(29)} ELSE ${d.double(28)} END WHEN ${m} IN (4, 6, 9, 11) THEN ${d.double(30)} ELSE ${d.double(31)} END`);
  },
  'time.parse': ([x]) => {
    secondsOf(x!);
    return { kind: 'time', sql: '' };
  },
  'time.minutes': ([x]) => num(`(${secondsOf(x!)} / 60)`),
  'time.diffMinutes': ([x, y]) => num(`((${secondsOf(y!)} - ${secondsOf(x!)}) / 60)`),
  'time.after': ([x, y]) => bool(`(${secondsOf(x!)} > ${secondsOf(y!)})`),
  'time.before': ([x, y]) => bool(`(${secondsOf(x!)} < ${secondsOf(y!)})`),
  'time.between': ([x, s, e]) => {
    const [t, a, b] = [secondsOf(x!), secondsOf(s!), secondsOf(e!)];
    // start > end is an overnight range.
    return bool(`CASE WHEN ${a} <= ${b} THEN (${a} <= ${t} AND ${t} < ${b}) ELSE (${t} >= ${a} OR ${t} < ${b}) END`);
  },
  'time.lateMinutes': ([x, y]) => num(`(GREATEST(0, ${secondsOf(x!)} - ${secondsOf(y!)}) / 60)`),
  'time.earlyMinutes': ([x, y]) => num(`(GREATEST(0, ${secondsOf(y!)} - ${secondsOf(x!)}) / 60)`),
};

export function translateDateTime(op: string, args: Expr[], t: Translation, pointer: string): Expr {
  const d = t.dialect;
  const body = BODIES[op];
  if (body === undefined) return report(t, pointer, messages.operator(op));
  const read = args.map((a) => readArg(a, d));
  if (read.includes('text')) return report(t, pointer, messages.textDate(op));
  if (read.includes('mixed')) return report(t, pointer, messages.operator(op));
  const parts = read as Arg[];
  const absent = or(...parts.map((p) => p.absent));
  const argErr = or(...parts.map((p) => p.err));
  const present = absent === undefined ? TRUE_SQL : `(NOT ${absent})`;
  let result: Result;
  try {
    result = body(parts.map((p) => p.temporal), d);
  } catch (error) {
    if (!(error instanceof WrongKind)) throw error;
    return { kind: 'null', sql: 'NULL', nullable: true, err: or(argErr, present) };
  }
  // time.parse gives the time it read back, as a TIME.
  const sql = op === 'time.parse' ? args[0]!.sql : result.sql;
  const kind = result.kind;
  const value = absent === undefined ? sql : caseWhen([{ when: absent, then: 'NULL' }], sql);
  const nullable = absent !== undefined || kind === 'date';
  const err = or(argErr, result.err === undefined ? undefined : and(present, result.err));
  // Day and minute counts between years 0000 and 9999 are far from overflowing.
  return { kind, sql: value, nullable, err, integral: op !== 'date.diffMinutes' && op.startsWith('date.') && kind === 'number', bound: 1e12 };
}
