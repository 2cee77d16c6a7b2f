// Whether json-logic-js (the classic interpreter, used for the cross-check feature) would run an
// operation the same way the community-spec engine does. Only shape is checked here; the
// logic-chaining case needs the argument's type and is checked by the walker.
import { BUILTIN_OPERATORS, CLASSIC_OPERATORS, LIST_ONLY_OPERATORS, type Operation, isDateTimeOperator } from './rule-shape.ts';

/** Reasons are English: they are for the cross-check report, not for the rule author. */
export function classicReason(op: Operation, declaredCustom: boolean): string | undefined {
  const { name, args } = op;
  if (!CLASSIC_OPERATORS.has(name)) {
    if (declaredCustom) return 'custom operator; json-logic-js does not have it';
    if (isDateTimeOperator(name)) return 'date/time operator; json-logic-js does not have it';
    if (BUILTIN_OPERATORS.has(name)) return `"${name}" is not a json-logic-js operator`;
    return 'unknown operator';
  }
  if (LIST_ONLY_OPERATORS.has(name) && !op.listed) {
    return 'argument is not a list: json-logic-js wraps it in one, the engine rejects it';
  }
  switch (name) {
    case '<':
    case '<=':
      return args.length > 3 ? 'chained comparison with 4 or more arguments; json-logic-js checks at most 3' : undefined;
    case '>':
    case '>=':
    case '==':
    case '===':
    case '!=':
    case '!==':
      return args.length > 2 ? 'chained comparison; json-logic-js compares only the first two arguments' : undefined;
    case '/':
    case '%':
      return args.length === 2 ? undefined : 'json-logic-js needs exactly two arguments here';
    case '-':
      if (args.length === 0) return 'no arguments; json-logic-js returns NaN';
      return args.length > 2 ? 'json-logic-js subtracts only the first two arguments' : undefined;
    case '*':
      return args.length === 0 ? 'no arguments; json-logic-js fails' : undefined;
    case 'and':
    case 'or':
      return args.length === 0 ? 'no arguments; json-logic-js returns nothing instead of false' : undefined;
    case 'min':
    case 'max':
      return args.length === 0 ? 'no arguments; json-logic-js returns an infinity' : undefined;
    default:
      return undefined;
  }
}

/** Operators whose single computed argument the spec spreads into an argument list. */
export const CHAINABLE: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', 'min', 'max', 'cat']);

export const CHAINED_REASON = 'argument list computed by an operation (logic chaining); json-logic-js passes the list as one argument';
