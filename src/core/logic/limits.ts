// Default limits and their validation.
import type { LogicLimits } from './types.ts';

export const DEFAULT_LIMITS: Readonly<LogicLimits> = Object.freeze({
  maxDepth: 64,
  maxArrayLength: 1_000_000,
  maxStringLength: 1_000_000,
  maxSteps: 10_000_000,
});

const NAMES = Object.keys(DEFAULT_LIMITS) as Array<keyof LogicLimits>;

/** `base` overridden by `overrides`; each limit must be a positive integer (or Infinity). */
export function resolveLimits(base: Readonly<LogicLimits>, overrides?: Partial<LogicLimits>): Readonly<LogicLimits> {
  if (overrides === undefined) return base;
  const limits: LogicLimits = { ...base };
  for (const name of Object.keys(overrides)) {
    if (!(NAMES as string[]).includes(name)) throw new TypeError(`Unknown logic limit "${name}" (known: ${NAMES.join(', ')})`);
    const value = overrides[name as keyof LogicLimits];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(value === Infinity || (Number.isInteger(value) && value > 0))) {
      throw new TypeError(`Logic limit ${name} must be a positive integer, got ${String(value)}`);
    }
    limits[name as keyof LogicLimits] = value;
  }
  return Object.freeze(limits);
}
