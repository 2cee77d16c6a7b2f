// A small cache of explainers, so explainLogic(rule, record) called once per clicked record
// compiles the rule once. Keyed by the rule's and labels' JSON (not by identity: an editor may
// change a rule object in place), per engine; a cached explainer works on its own parsed copy,
// so later changes to the caller's objects cannot reach it.
import type { LogicEngine } from '../types.ts';
import type { Explainer, ExplainOptions } from './types.ts';

const MAX_ENTRIES = 32;
const DEFAULT_ENGINE_KEY = {};
const caches = new WeakMap<LogicEngine | object, Map<string, Explainer>>();

/** Is the value plain JSON, that JSON.stringify writes exactly (no undefined, NaN, -0, functions, class instances)? */
function isExactJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth > 256) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isExactJson(value[i], depth + 1)) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!isExactJson((value as Record<string, unknown>)[key], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** JSON of a plain JSON value; undefined for anything JSON would change, cycles and hostile objects. */
function jsonOf(value: unknown): string | undefined {
  try {
    return isExactJson(value, 0) ? JSON.stringify(value) : undefined;
  } catch {
    return undefined; // throwing getters, proxies
  }
}

export function cachedExplainer(
  rule: unknown,
  options: ExplainOptions,
  compile: (rule: unknown, options: ExplainOptions) => Explainer,
): Explainer {
  const ruleJson = jsonOf(rule);
  const labelsJson = options.fieldLabels === undefined ? '' : jsonOf(options.fieldLabels);
  if (ruleJson === undefined || labelsJson === undefined) return compile(rule, options);
  const engineKey = options.engine ?? DEFAULT_ENGINE_KEY;
  let cache = caches.get(engineKey);
  if (!cache) {
    cache = new Map();
    caches.set(engineKey, cache);
  }
  const key = `${labelsJson}\u0000${ruleJson}`;
  let explainer = cache.get(key);
  if (explainer) {
    cache.delete(key); // most recently used last
  } else {
    const copy: ExplainOptions = { ...options, fieldLabels: labelsJson === '' ? undefined : (JSON.parse(labelsJson) as ExplainOptions['fieldLabels']) };
    explainer = compile(JSON.parse(ruleJson) as unknown, copy);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, explainer);
  return explainer;
}
