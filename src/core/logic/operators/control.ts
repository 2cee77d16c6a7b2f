// throw, try, preserve, log.
import { ErrorType, LogicError } from '../errors.ts';
import { builtin, type EagerOperatorDef, type LazyOperatorDef } from '../operator-def.ts';
import type { Evaluator } from '../runtime.ts';
import { jsString } from '../values.ts';

/** The error type a thrown value stands for: a string, or the string `type` of an object. */
function thrownType(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, 'type')) {
    const type = (value as { type: unknown }).type;
    if (typeof type === 'string') return type;
  }
  return jsString(value);
}

const throwOperator = builtin<EagerOperatorDef>({
  name: 'throw', kind: 'eager', form: 'single', min: 1, max: 1, classic: false,
  apply(values, site) {
    const type = thrownType(values[0]);
    throw new LogicError(type, `The rule threw ${JSON.stringify(type)}`, { pointer: site.pointer, thrown: values[0] });
  },
});

/** Errors a rule may catch: its own, not the engine's limits or internal failures. */
function catchable(error: unknown): LogicError {
  if (error instanceof LogicError && error.type !== ErrorType.LimitExceeded) return error;
  throw error;
}

/**
 * try(a, b, ...): the first argument that does not fail. Each fallback is evaluated against
 * {type} of the previous error (so {"val": "type"} reads it); if all fail, the last error stands.
 */
const tryOperator = builtin<LazyOperatorDef>({
  name: 'try', kind: 'lazy', form: 'single', min: 1, max: Infinity, classic: false,
  compile(args, site) {
    const evs = args.map((a) => a.evaluate);
    const scoped = site.scoped;
    const first: Evaluator = evs[0]!;
    return (d, r) => {
      const scopes = r.scopes;
      const base = scopes.length;
      let error: LogicError;
      try {
        return first(d, r);
      } catch (e) {
        error = catchable(e);
      }
      for (let i = 1; i < evs.length; i++) {
        const context = { type: error.type };
        // The failed evaluation may have left scopes pushed; the fallback starts from ours.
        scopes.length = base;
        if (scoped) scopes.push(null, context);
        try {
          const value = evs[i]!(context, r);
          scopes.length = base;
          return value;
        } catch (e) {
          error = catchable(e);
        }
      }
      scopes.length = base;
      throw error;
    };
  },
});

/** preserve: its argument is data, returned as written (how to write a literal object). */
const preserve = builtin<EagerOperatorDef>({
  name: 'preserve', kind: 'eager', form: 'raw', min: 1, max: 1, classic: false,
  apply: (values) => values[0],
});

/** log: returns its argument. Unlike json-logic-js it writes nothing to the console: traces show values. */
const log = builtin<EagerOperatorDef>({
  name: 'log', kind: 'eager', form: 'single', min: 1, max: 1,
  apply: (values) => values[0],
});

export const controlOperators = [throwOperator, tryOperator, preserve, log];
