// Random JSON-logic rules over the typed fields of logic-harness.ts: the operators scorecards use,
// nested, with literals of every type (numeric and non-numeric strings, dates, times, null).
import fc from 'fast-check';

const FIELD_KEYS = ['n1', 'n2', 'i1', 'b1', 's1', 'c1', 'd1', 'd2', 't1'];

const literal = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.constantFrom(0.5, 2.25, -1.5, 0.1, 1e308),
  fc.constantFrom('', 'a', 'abc', '5', ' 3 ', 'A', '2025-03-01', '08:30', 'x1'),
  fc.boolean(),
  fc.constant(null),
);

const field = fc.constantFrom(...FIELD_KEYS).map((key) => ({ var: key }));
const dateArg = fc.oneof(fc.constantFrom({ var: 'd1' }, { var: 'd2' }), fc.constantFrom('2025-03-01', '2024-12-31T18:00', '2025/3/9', '', null), fc.constantFrom({ var: 't1' }, { var: 'n1' }));
const timeArg = fc.oneof(fc.constant({ var: 't1' }), fc.constantFrom('08:30', '17:30:00', '2025-03-03T12:15', '22:00', ''), fc.constantFrom({ var: 'd1' }));

export const ruleArbitrary: fc.Arbitrary<unknown> = fc.letrec<{ rule: unknown }>((tie) => {
  const rule = tie('rule');
  const args = (min: number, max: number) => fc.array(rule, { minLength: min, maxLength: max });
  const op = (name: string, a: fc.Arbitrary<unknown[]>) => a.map((xs) => ({ [name]: xs }));
  return {
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      field,
      literal,
      fc.constantFrom('<', '<=', '>', '>=', '==', '!=', '===', '!==').chain((name) => op(name, args(2, 3))),
      fc.constantFrom('+', '*', '-', '/', 'min', 'max').chain((name) => op(name, args(1, 3))),
      op('%', args(2, 2)),
      fc.constantFrom('and', 'or').chain((name) => op(name, args(0, 3))),
      fc.constantFrom('!', '!!').chain((name) => op(name, args(1, 1))),
      fc.constantFrom('if', '?:').chain((name) => op(name, args(1, 5))),
      op('??', args(1, 3)),
      op('cat', args(0, 3)),
      op('substr', args(1, 3)),
      fc.tuple(rule, fc.oneof(fc.array(literal, { maxLength: 3 }), rule)).map((xs) => ({ in: xs })),
      fc.subarray(FIELD_KEYS, { minLength: 1 }).map((keys) => ({ missing: keys })),
      fc.tuple(fc.integer({ min: 0, max: 3 }), fc.subarray(FIELD_KEYS, { minLength: 1 })).map((xs) => ({ missing_some: xs })),
      fc.constantFrom('date.diffDays', 'date.diffMinutes', 'date.before', 'date.after').chain((name) => op(name, fc.tuple(dateArg, dateArg))),
      op('date.between', fc.tuple(dateArg, dateArg, dateArg)),
      fc.constantFrom('date.weekday', 'date.isWeekend', 'date.year', 'date.month', 'date.day', 'date.startOfMonth', 'date.daysInMonth', 'date.parse').chain((name) => op(name, fc.tuple(dateArg))),
      op('date.addDays', fc.tuple(dateArg, fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom({ var: 'i1' }, { var: 'n1' }, 1.5)))),
      fc.constantFrom('time.diffMinutes', 'time.after', 'time.before', 'time.lateMinutes', 'time.earlyMinutes').chain((name) => op(name, fc.tuple(timeArg, timeArg))),
      op('time.between', fc.tuple(timeArg, timeArg, timeArg)),
      op('time.minutes', fc.tuple(timeArg)),
    ),
  };
}).rule;
