// + - * / % min max. Arguments are evaluated left to right, then coerced with toNumber (the
// suites' rules: numeric strings, booleans and null are numbers, anything else is a "NaN" error);
// a result that is not a finite number is a "NaN" error too. The specialised closures for one or
// two arguments, with constants pre-coerced and fused into chains (numeric-chain.ts), are what
// makes scoring rules fast.
import { invalidArguments, nanError } from '../errors.ts';
import { builtin, type Compiled, type EagerOperatorDef } from '../operator-def.ts';
import type { Evaluator } from '../runtime.ts';
import { finite, toNumber } from '../values.ts';
import { chainStep, steps } from './numeric-chain.ts';

/** The number of a constant argument, or undefined when it is not a constant number (it fails at run time). */
function constantNumber(arg: Compiled): number | undefined {
  if (!arg.constant) return undefined;
  const v = arg.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === 'string') {
    const n = +v;
    return n === n && n - n === 0 ? n : undefined;
  }
  return undefined;
}

const plus = builtin<EagerOperatorDef>({
  name: '+', kind: 'eager', form: 'spread', min: 0, max: Infinity, returns: 'number',
  apply(values, site) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += toNumber(values[i], site.pointer);
    return finite(sum, site.pointer);
  },
  specialize(args, site) {
    const p = site.pointer;
    if (args.length === 0) return () => 0;
    const a = args[0]!.evaluate;
    if (args.length === 1) return chainStep(a, steps.coerce(p), p);
    if (args.length !== 2) return undefined;
    const b = args[1]!.evaluate;
    const ca = constantNumber(args[0]!);
    const cb = constantNumber(args[1]!);
    if (cb !== undefined) return chainStep(a, steps.add(cb, p), p);
    if (ca !== undefined) return chainStep(b, steps.add(ca, p), p);
    return (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return finite(toNumber(x, p) + toNumber(y, p), p);
    };
  },
});

const times = builtin<EagerOperatorDef>({
  name: '*', kind: 'eager', form: 'spread', min: 0, max: Infinity, returns: 'number',
  apply(values, site) {
    let product = 1;
    for (let i = 0; i < values.length; i++) product *= toNumber(values[i], site.pointer);
    return finite(product, site.pointer);
  },
  specialize(args, site) {
    const p = site.pointer;
    if (args.length === 0) return () => 1;
    const a = args[0]!.evaluate;
    if (args.length === 1) return chainStep(a, steps.coerce(p), p);
    if (args.length !== 2) return undefined;
    const b = args[1]!.evaluate;
    const ca = constantNumber(args[0]!);
    const cb = constantNumber(args[1]!);
    if (cb !== undefined) return chainStep(a, steps.multiply(cb, p), p);
    if (ca !== undefined) return chainStep(b, steps.multiply(ca, p), p);
    return (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return finite(toNumber(x, p) * toNumber(y, p), p);
    };
  },
});

const minus = builtin<EagerOperatorDef>({
  name: '-', kind: 'eager', form: 'spread', min: 1, max: Infinity, returns: 'number',
  apply(values, site) {
    const p = site.pointer;
    if (values.length === 0) throw invalidArguments(p, 'at least 1 argument');
    if (values.length === 1) return finite(-toNumber(values[0], p), p);
    let result = toNumber(values[0], p);
    for (let i = 1; i < values.length; i++) result -= toNumber(values[i], p);
    return finite(result, p);
  },
  specialize(args, site) {
    const p = site.pointer;
    const a = args[0]!.evaluate;
    if (args.length === 1) return chainStep(a, steps.negate(p), p);
    if (args.length !== 2) return undefined;
    const b = args[1]!.evaluate;
    const ca = constantNumber(args[0]!);
    const cb = constantNumber(args[1]!);
    if (cb !== undefined) return chainStep(a, steps.subtract(cb, p), p);
    if (ca !== undefined) return chainStep(b, steps.subtractFrom(ca, p), p);
    return (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return finite(toNumber(x, p) - toNumber(y, p), p);
    };
  },
});

function divide(x: number, y: number, p: string): number {
  if (y === 0) throw nanError(p, 'a non-zero divisor');
  return finite(x / y, p);
}

const divided = builtin<EagerOperatorDef>({
  name: '/', kind: 'eager', form: 'spread', min: 1, max: Infinity, returns: 'number',
  apply(values, site) {
    const p = site.pointer;
    if (values.length === 0) throw invalidArguments(p, 'at least 1 argument');
    // One argument is its reciprocal, as in the suites ({"/": 2} is 0.5).
    if (values.length === 1) return divide(1, toNumber(values[0], p), p);
    let result = toNumber(values[0], p);
    for (let i = 1; i < values.length; i++) result = divide(result, toNumber(values[i], p), p);
    return result;
  },
  specialize(args, site) {
    const p = site.pointer;
    const a = args[0]!.evaluate;
    if (args.length === 1) return chainStep(a, steps.divideInto(1, p), p);
    if (args.length !== 2) return undefined;
    const b = args[1]!.evaluate;
    const ca = constantNumber(args[0]!);
    const cb = constantNumber(args[1]!);
    if (cb !== undefined && cb !== 0) return chainStep(a, steps.divideBy(cb, p), p);
    if (ca !== undefined) return chainStep(b, steps.divideInto(ca, p), p);
    return (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return divide(toNumber(x, p), toNumber(y, p), p);
    };
  },
});

const modulo = builtin<EagerOperatorDef>({
  name: '%', kind: 'eager', form: 'spread', min: 2, max: Infinity, returns: 'number',
  apply(values, site) {
    const p = site.pointer;
    if (values.length < 2) throw invalidArguments(p, 'at least 2 arguments');
    let result = toNumber(values[0], p);
    for (let i = 1; i < values.length; i++) result %= toNumber(values[i], p);
    return finite(result, p);
  },
  specialize(args, site) {
    if (args.length !== 2) return undefined;
    const p = site.pointer;
    const a = args[0]!.evaluate;
    const b = args[1]!.evaluate;
    const ca = constantNumber(args[0]!);
    const cb = constantNumber(args[1]!);
    if (cb !== undefined) return chainStep(a, steps.modulo(cb, p), p);
    if (ca !== undefined) return chainStep(b, steps.moduloInto(ca, p), p);
    return (d, r) => {
      const x = a(d, r);
      const y = b(d, r);
      return finite(toNumber(x, p) % toNumber(y, p), p);
    };
  },
});

/** min and max share everything but the comparison. */
function extreme(name: 'min' | 'max'): EagerOperatorDef {
  const pick = name === 'min' ? Math.min : Math.max;
  return builtin<EagerOperatorDef>({
    name, kind: 'eager', form: 'spread', min: 1, max: Infinity, returns: 'number',
    apply(values, site) {
      const p = site.pointer;
      // Classic Math.max() of nothing is -Infinity, which JSON cannot hold.
      if (values.length === 0) throw invalidArguments(p, 'at least 1 argument');
      let result = toNumber(values[0], p);
      for (let i = 1; i < values.length; i++) result = pick(result, toNumber(values[i], p));
      return finite(result, p);
    },
    specialize(args, site): Evaluator | undefined {
      const p = site.pointer;
      const a = args[0]!.evaluate;
      if (args.length === 1) return chainStep(a, steps.coerce(p), p);
      if (args.length !== 2) return undefined;
      const b = args[1]!.evaluate;
      const ca = constantNumber(args[0]!);
      const cb = constantNumber(args[1]!);
      const bound = name === 'min' ? steps.min : steps.max;
      if (ca !== undefined) return chainStep(b, bound(ca, p), p);
      if (cb !== undefined) return chainStep(a, bound(cb, p), p);
      return (d, r) => {
        const x = a(d, r);
        const y = b(d, r);
        return finite(pick(toNumber(x, p), toNumber(y, p)), p);
      };
    },
  });
}

export const arithmeticOperators = [plus, minus, times, divided, modulo, extreme('min'), extreme('max')];
