// Date and time operators for service rules ("late after 08:30", "handled within 1 day"). Register
// them per engine: createLogicEngine({ operators: DATE_TIME_OPERATORS }). See docs/date-time-operators.md.
import type { OperatorSpec } from '../types.ts';
import { DATE_OPERATORS } from './date-operators.ts';
import { TIME_OPERATORS } from './time-operators.ts';

export const DATE_TIME_OPERATORS: OperatorSpec[] = [...DATE_OPERATORS, ...TIME_OPERATORS];

export { DATE_TIME_EXAMPLES, DATE_TIME_RECIPES } from './examples.ts';
export type { DateTimeExample, DateTimeRecipe } from './examples.ts';
