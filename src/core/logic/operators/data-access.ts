// var (classic dotted paths), val (path segments, scope climbing), exists, missing, missing_some.
// Paths known at compile time are split and checked once; forbidden keys read as missing.
import { builtin, type Compiled, type EagerOperatorDef } from '../operator-def.ts';
import {
  type PathKey, type WithProto, fixedPaths, hasOwn, OBJECT_PROTOTYPE, preparePath, readDynamicPath, readName, readOwn, readPath,
} from '../paths.ts';
import { runFree, type Evaluator, type Run } from '../runtime.ts';
import { checkArrayLength, jsString, toNumber } from '../values.ts';

/** The segments of a classic var path, or undefined for "the whole data" (null, "" or no path). */
function varSegments(path: unknown): string[] | undefined {
  if (path === undefined || path === null || path === '') return undefined;
  return jsString(path).split('.');
}

/** Classic var lookup: the value, or undefined when missing. */
function lookupVar(data: unknown, path: unknown): unknown {
  const segments = varSegments(path);
  return segments === undefined ? data : readDynamicPath(data, segments);
}

/**
 * A closure reading fixed keys, `fallback` when missing. Unrolled for the common short paths; those
 * of one or two names are registered in fixedPaths so enclosing operators can read them inline.
 */
function pathReader(keys: readonly PathKey[] | undefined, fallback: unknown): Evaluator {
  // Every reader of one key or more is run-free: undefined and null data both read as missing.
  if (keys === undefined) return runFree(() => fallback);
  switch (keys.length) {
    case 0: return (d) => d;
    case 1: {
      const k0 = keys[0]!;
      const n0 = k0.name;
      const s0 = k0.neverInherited;
      if (k0.index < 0) {
        // Objects inline (the hot case; written out so the load keeps its own feedback), anything else through readName.
        const read = runFree((d) => {
          const v = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
          return v === undefined ? fallback : v;
        });
        fixedPaths.set(read, { names: [n0], fallback });
        return read;
      }
      return runFree((d) => {
        const v = readOwn(d, k0);
        return v === undefined ? fallback : v;
      });
    }
    case 2: {
      const k0 = keys[0]!;
      const k1 = keys[1]!;
      const n0 = k0.name;
      const n1 = k1.name;
      const s0 = k0.neverInherited;
      const s1 = k1.neverInherited;
      if (k0.index < 0 && k1.index < 0) {
        const read = runFree((d) => {
          const m = typeof d === 'object' && d !== null ? ((((d as WithProto).__proto__ === OBJECT_PROTOTYPE && (s0 || !(n0 in OBJECT_PROTOTYPE))) || hasOwn.call(d, n0) ? (d as Record<string, unknown>)[n0] : undefined)) : readName(d, n0);
          const v = typeof m === 'object' && m !== null ? ((((m as WithProto).__proto__ === OBJECT_PROTOTYPE && (s1 || !(n1 in OBJECT_PROTOTYPE))) || hasOwn.call(m, n1) ? (m as Record<string, unknown>)[n1] : undefined)) : readName(m, n1);
          return v === undefined ? fallback : v;
        });
        fixedPaths.set(read, { names: [n0, n1], fallback });
        return read;
      }
      return runFree((d) => {
        const v = readOwn(readOwn(d, k0), k1);
        return v === undefined ? fallback : v;
      });
    }
    default:
      return runFree((d) => {
        const v = readPath(d, keys);
        return v === undefined ? fallback : v;
      });
  }
}

const varOperator = builtin<EagerOperatorDef>({
  name: 'var', kind: 'eager', form: 'single', min: 0, max: 2, pure: false,
  apply(values, _site, data) {
    const value = lookupVar(data, values[0]);
    return value === undefined ? (values.length > 1 ? values[1] : null) : value;
  },
  specialize(args) {
    const path = args[0];
    const fallback = args[1];
    if ((path !== undefined && !path.constant) || (fallback !== undefined && !fallback.constant)) return undefined;
    const segments = varSegments(path?.value);
    if (segments === undefined) return (d) => d;
    return pathReader(preparePath(segments), fallback === undefined ? null : fallback.value);
  },
});

/** val's optional first argument [n]: how many scopes to climb. */
function climbOf(first: unknown): number | undefined {
  if (!Array.isArray(first) || first.length !== 1) return undefined;
  const n = first[0];
  return typeof n === 'number' ? Math.abs(Math.trunc(n)) : undefined;
}

/** The data `levels` scopes out from the current one (run.scopes is kept when the rule climbs). */
function scopeAt(data: unknown, run: Run, levels: number): unknown {
  if (levels === 0) return data;
  const index = run.scopes.length - 1 - levels;
  return index >= 0 ? run.scopes[index] : undefined;
}

/** val/exists: the value at the path made of `values`, or undefined when missing. */
function lookupVal(values: readonly unknown[], data: unknown, run: Run): unknown {
  let start = 0;
  let value = data;
  const climb = values.length > 0 ? climbOf(values[0]) : undefined;
  if (climb !== undefined) {
    start = 1;
    value = scopeAt(data, run, climb);
  }
  const segments: string[] = [];
  for (let i = start; i < values.length; i++) {
    const segment = values[i];
    if (segment !== null) segments.push(typeof segment === 'string' ? segment : jsString(segment));
  }
  return value === undefined ? undefined : readDynamicPath(value, segments);
}

/** val or exists with constant arguments: the path is prepared once. */
function specializeVal(args: readonly Compiled[], found: (value: unknown) => unknown): Evaluator | undefined {
  if (!args.every((a) => a.constant)) return undefined;
  const values = args.map((a) => a.value);
  const climb = values.length > 0 ? climbOf(values[0]) : undefined;
  const segments = values.slice(climb === undefined ? 0 : 1).filter((s) => s !== null).map((s) => (typeof s === 'string' ? s : jsString(s)));
  const keys = preparePath(segments);
  if (keys === undefined) {
    const missing = found(undefined);
    return () => missing;
  }
  if (climb !== undefined && climb > 0) return (d, r) => found(readPath(scopeAt(d, r, climb), keys));
  if (keys.length === 1) {
    const k0 = keys[0]!;
    const n0 = k0.name;
    if (k0.index < 0) return (d) => found(readName(d, n0));
    return (d) => found(readOwn(d, k0));
  }
  return (d) => found(readPath(d, keys));
}

const undefinedToNull = (value: unknown): unknown => (value === undefined ? null : value);

const val = builtin<EagerOperatorDef>({
  name: 'val', kind: 'eager', form: 'single', min: 0, max: Infinity, pure: false, classic: false,
  apply: (values, _site, data, run) => undefinedToNull(lookupVal(values, data, run)),
  specialize: (args) => specializeVal(args, undefinedToNull),
});

const exists = builtin<EagerOperatorDef>({
  name: 'exists', kind: 'eager', form: 'single', min: 0, max: Infinity, pure: false, classic: false, returns: 'boolean',
  apply: (values, _site, data, run) => lookupVal(values, data, run) !== undefined,
  specialize: (args) => specializeVal(args, (value) => value !== undefined),
});

/** missing: the keys (classic var paths) whose value is missing, null or "". */
function missingKeys(keys: readonly unknown[], data: unknown): unknown[] {
  const out: unknown[] = [];
  for (const key of keys) {
    const value = lookupVar(data, key);
    if (value === undefined || value === null || value === '') out.push(key);
  }
  return out;
}

const missing = builtin<EagerOperatorDef>({
  name: 'missing', kind: 'eager', form: 'single', min: 0, max: Infinity, pure: false, returns: 'array',
  apply(values, site, data) {
    // As in json-logic-js: one array argument is the list of keys (often computed by merge or if).
    const keys = Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
    checkArrayLength(keys.length, site.limits.maxArrayLength, site.pointer);
    return missingKeys(keys, data);
  },
});

const missingSome = builtin<EagerOperatorDef>({
  name: 'missing_some', kind: 'eager', form: 'single', min: 2, max: 2, pure: false, returns: 'array',
  apply(values, site, data) {
    const need = toNumber(values[0], site.pointer);
    const options = Array.isArray(values[1]) ? (values[1] as unknown[]) : [values[1]];
    const absent = missingKeys(options, data);
    return options.length - absent.length >= need ? [] : absent;
  },
});

export const dataOperators = [varOperator, val, exists, missing, missingSome];
