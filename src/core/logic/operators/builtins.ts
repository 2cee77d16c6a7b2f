// The table of built-in operators. A Map, not an object: no name can reach a prototype.
import type { OperatorDef } from '../operator-def.ts';
import { arithmeticOperators } from './arithmetic.ts';
import { comparisonOperators } from './comparison.ts';
import { controlOperators } from './control.ts';
import { dataOperators } from './data-access.ts';
import { iteratorOperators } from './iterators.ts';
import { logicOperators } from './logic.ts';
import { stringOperators } from './strings.ts';

export const BUILTIN_OPERATORS: ReadonlyMap<string, OperatorDef> = new Map(
  [...arithmeticOperators, ...comparisonOperators, ...logicOperators, ...dataOperators, ...stringOperators, ...iteratorOperators, ...controlOperators]
    .map((def) => [def.name, Object.freeze(def)] as const),
);

/** The operators of json-logic-js (the classic interpreter), which this engine also implements. */
export const CLASSIC_OPERATORS: ReadonlySet<string> = new Set(
  [...BUILTIN_OPERATORS.values()].filter((def) => def.classic).map((def) => def.name),
);
