// One place that turns a compact definition into an engine OperatorSpec, so every date/time
// operator is eager, pure (constant calls fold at compile time), fixed-arity and null-propagating.
import type { LocalizedText } from '../../localized-text.ts';
import type { EagerOperatorSpec, LogicValueType } from '../types.ts';
import { DateTimeArgs, isAbsent } from './args.ts';

export interface ArgDefinition {
  readonly label: LocalizedText;
  /** Dates and times are strings in JSON; the only other argument is a day count. */
  readonly type: 'string' | 'number';
}

export interface DateTimeOperatorDefinition {
  readonly name: string;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly args: readonly ArgDefinition[];
  readonly returns: LogicValueType;
  /** Called only when no argument is absent. */
  evaluate(args: DateTimeArgs): unknown;
}

export function defineOperator(definition: DateTimeOperatorDefinition): EagerOperatorSpec {
  const { name, label, description, args, returns, evaluate } = definition;
  return Object.freeze({
    name,
    label,
    description,
    args: Object.freeze({
      min: args.length,
      max: args.length,
      types: args.map((a) => a.type),
      labels: args.map((a) => a.label),
    }),
    returns,
    pure: true,
    lazy: false,
    evaluate(values: readonly unknown[], context) {
      if (values.some(isAbsent)) return null;
      return evaluate(new DateTimeArgs(name, values, context));
    },
  } satisfies EagerOperatorSpec);
}
