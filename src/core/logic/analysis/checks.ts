// The type rules: which operand kinds make a comparison, an arithmetic step, `in`, `substr` or an
// iterator meaningless. Unknown kinds never produce a finding; only declared or literal ones do.
import { type Message, why } from './messages.ts';
import { type Family, type Kind, type TypeInfo, family, familyOf, isNumericString, looksLikeDate, looksLikeTime } from './types.ts';

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly why: Message;
}

const error = (reason: Message): Finding => ({ severity: 'error', why: reason });
const warning = (reason: Message): Finding => ({ severity: 'warning', why: reason });

const ORDERING = new Set(['<', '<=', '>', '>=']);

/** Text compared with a date or time is fine when it is a literal in that format. */
function textAgainstTemporal(temporal: Family, text: TypeInfo): Finding | undefined {
  const fits = temporal === 'date' ? looksLikeDate : looksLikeTime;
  if (text.hasLiteral && fits(text.literal)) return undefined;
  return warning(temporal === 'date' ? why.textDate : why.textTime);
}

export function compareFinding(op: string, a: TypeInfo, b: TypeInfo): Finding | undefined {
  const fa = family(a);
  const fb = family(b);
  if (fa === undefined || fb === undefined) return undefined;
  const ordering = ORDERING.has(op);
  const strict = op === '===' || op === '!==';
  if (fa === fb) {
    if (ordering && fa === 'boolean') return warning(why.orderBooleans);
    if (ordering && (fa === 'array' || fa === 'object')) return error(why.meaningless);
    return undefined;
  }
  const pair = new Set<Family>([fa, fb]);
  const side = (f: Family): TypeInfo => (fa === f ? a : b);
  if (pair.has('number') && pair.has('string')) {
    const textSide = side('string');
    if (textSide.hasLiteral && isNumericString(textSide.literal)) return strict ? error(why.neverEqual) : undefined;
    if (textSide.hasLiteral || ordering) return error(strict || !ordering ? why.neverEqual : why.meaningless);
    return strict ? error(why.neverEqual) : warning(why.coerced);
  }
  if (pair.has('number') && pair.has('boolean')) return strict ? error(why.neverEqual) : warning(why.booleanAsNumber);
  for (const temporal of ['date', 'time'] as const) {
    if (pair.has(temporal) && pair.has('string')) return textAgainstTemporal(temporal, side('string'));
  }
  if (ordering) return error(why.meaningless);
  return strict ? error(why.neverEqual) : warning(why.coerced);
}

/** `unaryCast`: `{"+": x}` with one argument is the documented way to turn text into a number. */
export function arithmeticFinding(t: TypeInfo, unaryCast: boolean): Finding | undefined {
  const f = family(t);
  if (f === undefined || f === 'number') return undefined;
  if (f === 'string') {
    if ((t.hasLiteral && isNumericString(t.literal)) || unaryCast) return undefined;
    return error(why.notNumber);
  }
  if (f === 'boolean') return warning(why.booleanAsNumber);
  return error(why.notNumber);
}

export function inHaystackFinding(t: TypeInfo): boolean {
  const f = family(t);
  return f === 'number' || f === 'boolean' || f === 'object';
}

/** Dates and times are ISO text in records, so taking part of them ("2024-05") is fine. */
export function substrSourceFinding(t: TypeInfo): Finding | undefined {
  const f = family(t);
  if (f === 'number') return warning(why.numberAsText);
  if (f === 'boolean' || f === 'array' || f === 'object') return error(why.notText);
  return undefined;
}

export function substrIndexFinding(t: TypeInfo): boolean {
  const f = family(t);
  if (f === undefined || f === 'number') return false;
  return !(t.hasLiteral && isNumericString(t.literal));
}

export function iterateFinding(t: TypeInfo): boolean {
  const f = family(t);
  return f !== undefined && f !== 'array';
}

/** Declared argument kinds of plugin operators: same family, or a literal in the right format. */
export function argumentFinding(expected: Kind | 'any', t: TypeInfo): boolean {
  if (expected === 'any') return false;
  const want = familyOf(expected);
  const got = family(t);
  if (want === undefined || got === undefined || want === got) return false;
  if ((want === 'date' || want === 'time') && got === 'string') return textAgainstTemporal(want, t) !== undefined;
  return true;
}
