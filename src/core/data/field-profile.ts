// How the sample-record generator draws each field's values: a distribution per field (a
// FieldProfile), or a default by field type. Profiles are checked and compiled once into a
// sampling function, so generating is a tight loop over plain closures.
import type { FieldDef, FieldType } from '../scorecard/types.ts';
import { clockFromMinutes, daysFromIsoDate, isoDateFromDays, minutesFromClock } from './calendar.ts';
import { itemFieldOf, type ListItem } from './list-text.ts';
import { SeededRandom, deriveSeed } from './random.ts';

export type FieldProfile =
  /** Bell curve; redrawn (then clamped) to stay within min/max; `decimals` default 2. */
  | { kind: 'normal'; mean: number; sd: number; min?: number; max?: number; decimals?: number }
  /** Every value of the grid min, min + 10^-decimals, …, max equally likely; `decimals` default 2. */
  | { kind: 'uniform'; min: number; max: number; decimals?: number }
  /** Counts of rare events (complaints, absences) averaging `lambda`. */
  | { kind: 'poisson'; lambda: number }
  /** Survey answers 1…points averaging `mean` (default 4 on 5 points, 5.5 on 7). */
  | { kind: 'likert'; points: 5 | 7; mean?: number }
  /** true with probability `p` (1/0 in number fields). */
  | { kind: 'bernoulli'; p: number }
  /** Category names, each drawn in proportion to its weight. */
  | { kind: 'category'; weights: Record<string, number> }
  /**
   * A minute between two 'HH:mm' times, both included: every minute equally likely, or, when `mean`
   * ('HH:mm') or `sdMinutes` is given, a bell curve around `mean` (default the middle of the range)
   * with that spread (default a sixth of the range), redrawn (then clamped) to stay within from..to.
   */
  | { kind: 'time'; from: string; to: string; mean?: string; sdMinutes?: number }
  /** A day between two 'YYYY-MM-DD' dates, both included. */
  | { kind: 'date'; from: string; to: string }
  /**
   * A list field: a number of items between `length.min` and `length.max` (both included, equally
   * likely), each drawn from `item`, a profile that fits the field's item type (the item type's
   * default when left out).
   */
  | { kind: 'list'; length: { min: number; max: number }; item?: FieldProfile };

export type { ListItem } from './list-text.ts';

export type SampleValue = ListItem | ListItem[];

/** The longest list a profile may ask for: sample data, not a memory test. */
export const MAX_LIST_LENGTH = 1000;

/**
 * The items of a list of times by default: a month of clock-ins around 08:20, so that "late after
 * 08:30" happens about one day in ten, and "late more than 3 times" hits some agents, not all.
 */
export const DEFAULT_CHECK_IN_PROFILE: FieldProfile = { kind: 'time', from: '07:30', to: '09:30', mean: '08:20', sdMinutes: 8 };

/** A compiled profile: draws one value; `edges` are its boundary values (for edge-case records). */
export interface FieldSampler {
  sample(random: SeededRandom): SampleValue;
  edges: readonly SampleValue[];
}

/** The profile a field gets when none is given: plausible scorecard data, fixed so output stays deterministic. */
export function defaultProfile(field: FieldDef): FieldProfile | undefined {
  switch (field.type) {
    case 'number':
      return { kind: 'normal', mean: 75, sd: 10, min: 0, max: 100, decimals: 1 };
    case 'integer':
      return { kind: 'poisson', lambda: 3 };
    case 'boolean':
      return { kind: 'bernoulli', p: 0.5 };
    case 'date':
      return { kind: 'date', from: '2024-01-01', to: '2024-12-31' };
    case 'time':
      return { kind: 'time', from: '08:00', to: '18:00' };
    case 'category': {
      const values = field.values && field.values.length > 0 ? field.values : ['A', 'B', 'C'];
      return { kind: 'category', weights: Object.fromEntries(values.map((v) => [v, 1])) };
    }
    case 'string':
      return undefined; // see stringSampler
    case 'list': {
      // About a month of working days.
      const item = defaultItemProfile(field);
      return { kind: 'list', length: { min: 20, max: 22 }, ...(item ? { item } : {}) };
    }
  }
}

/** The items' profile of a list field without one: the item type's default, but check-in times for times. */
export function defaultItemProfile(field: FieldDef): FieldProfile | undefined {
  return field.items === 'time' ? { ...DEFAULT_CHECK_IN_PROFILE } : defaultProfile(itemFieldOf(field));
}


const COMPATIBLE: Record<FieldProfile['kind'], readonly FieldType[]> = {
  normal: ['number', 'integer'],
  uniform: ['number', 'integer'],
  poisson: ['number', 'integer'],
  likert: ['number', 'integer'],
  bernoulli: ['boolean', 'number', 'integer'],
  category: ['category', 'string'],
  time: ['time'],
  date: ['date'],
  list: ['list'],
};

function fail(field: FieldDef, problem: string): never {
  throw new TypeError(`Sample profile of field "${field.key}": ${problem}`);
}

function requireNumber(field: FieldDef, name: string, value: unknown, check: (n: number) => boolean = () => true): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) fail(field, `${name} is not valid (${String(value)})`);
  return value;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0; // + 0: never -0
}

function decimalsOf(field: FieldDef, decimals: number | undefined): number {
  if (field.type === 'integer') return 0;
  return requireNumber(field, 'decimals', decimals ?? 2, (d) => Number.isInteger(d) && d >= 0 && d <= 10);
}

/**
 * Draws an integer in [from, to] and returns its text, made once per distinct integer: sample
 * data repeats a few hundred dates or times, and shared strings spare the allocations.
 */
function textOfInteger(from: number, to: number, format: (n: number) => string): (random: SeededRandom) => string {
  if (to - from > 100_000) return (random) => format(random.int(from, to));
  const cache: (string | undefined)[] = new Array<string | undefined>(to - from + 1);
  return (random) => {
    const n = random.int(from, to);
    return (cache[n - from] ??= format(n));
  };
}

/** Different strings for a free-text field: its key and a number ("name-0042"). */
function stringSampler(field: FieldDef): FieldSampler {
  return { sample: textOfInteger(1, 9999, (n) => `${field.key}-${String(n).padStart(4, '0')}`), edges: [] };
}

/**
 * Checks a profile against its field and compiles it; throws a TypeError that names the field.
 * `seed` draws the items of a list field's longest-list edge case.
 */
export function compileProfile(field: FieldDef, given?: FieldProfile, seed = 1): FieldSampler {
  const profile = given ?? defaultProfile(field);
  if (profile === undefined) return stringSampler(field);
  if (!COMPATIBLE[profile.kind]?.includes(field.type)) fail(field, `a "${String(profile.kind)}" profile does not fit a ${field.type} field`);
  switch (profile.kind) {
    case 'normal': {
      const mean = requireNumber(field, 'mean', profile.mean);
      const sd = requireNumber(field, 'sd', profile.sd, (n) => n >= 0);
      const min = profile.min === undefined ? -Infinity : requireNumber(field, 'min', profile.min);
      const max = profile.max === undefined ? Infinity : requireNumber(field, 'max', profile.max, (n) => n >= min);
      const decimals = decimalsOf(field, profile.decimals);
      const clamp = (x: number): number => Math.min(max, Math.max(min, x));
      const edges = [profile.min ?? mean - 3 * sd, profile.max ?? mean + 3 * sd].map((x) => clamp(roundTo(x, decimals)));
      return {
        edges: [...new Set(edges)],
        sample(random) {
          let x = mean + sd * random.normal();
          // Redraw rather than clamp, so the bounds do not pile up values; give up after a few tries.
          for (let tries = 0; (x < min || x > max) && tries < 16; tries++) x = mean + sd * random.normal();
          return clamp(roundTo(clamp(x), decimals));
        },
      };
    }
    case 'uniform': {
      const min = requireNumber(field, 'min', profile.min);
      const max = requireNumber(field, 'max', profile.max, (n) => n >= min);
      const factor = 10 ** decimalsOf(field, profile.decimals);
      const [low, high] = [Math.ceil(min * factor - 1e-9), Math.floor(max * factor + 1e-9)];
      if (low > high) fail(field, `no value with ${Math.log10(factor)} decimals lies between ${min} and ${max}`);
      return { edges: [...new Set([low / factor, high / factor])], sample: (random) => random.int(low, high) / factor + 0 };
    }
    case 'poisson': {
      const lambda = requireNumber(field, 'lambda', profile.lambda, (n) => n >= 0);
      return { edges: [0], sample: (random) => random.poisson(lambda) };
    }
    case 'likert': {
      const points = profile.points;
      if (points !== 5 && points !== 7) fail(field, `points must be 5 or 7 (${String(points)})`);
      const mean = requireNumber(field, 'mean', profile.mean ?? (points === 5 ? 4 : 5.5), (n) => n >= 1 && n <= points);
      // 1 + Binomial(points − 1, p) has exactly the requested mean and stays on the scale.
      const p = (mean - 1) / (points - 1);
      return { edges: [1, points], sample: (random) => 1 + random.binomial(points - 1, p) };
    }
    case 'bernoulli': {
      const p = requireNumber(field, 'p', profile.p, (n) => n >= 0 && n <= 1);
      if (field.type === 'boolean') return { edges: [], sample: (random) => random.next() < p };
      return { edges: [], sample: (random) => (random.next() < p ? 1 : 0) };
    }
    case 'category':
      return categorySampler(field, profile.weights);
    case 'time':
      return timeSampler(field, profile);
    case 'date': {
      const from = daysFromIsoDate(profile.from);
      const to = daysFromIsoDate(profile.to);
      if (from === undefined || to === undefined || from > to) fail(field, `from/to must be dates 'YYYY-MM-DD' with from <= to (${profile.from}, ${profile.to})`);
      return { edges: [...new Set([profile.from, profile.to])], sample: textOfInteger(from, to, isoDateFromDays) };
    }
    case 'list':
      return listSampler(field, profile, seed);
  }
}

function timeSampler(field: FieldDef, profile: Extract<FieldProfile, { kind: 'time' }>): FieldSampler {
  const from = minutesFromClock(profile.from);
  const to = minutesFromClock(profile.to);
  if (from === undefined || to === undefined || from > to) fail(field, `from/to must be times 'HH:mm' with from <= to (${profile.from}, ${profile.to})`);
  const edges = [...new Set([profile.from, profile.to])];
  if (profile.mean === undefined && profile.sdMinutes === undefined) return { edges, sample: textOfInteger(from, to, clockFromMinutes) };
  const mean = profile.mean === undefined ? (from + to) / 2 : minutesFromClock(profile.mean);
  if (mean === undefined || mean < from || mean > to) fail(field, `mean must be a time 'HH:mm' within from..to (${String(profile.mean)})`);
  const sd = requireNumber(field, 'sdMinutes', profile.sdMinutes ?? (to - from) / 6, (n) => n >= 0);
  const texts: string[] = [];
  for (let m = from; m <= to; m++) texts.push(clockFromMinutes(m));
  return {
    edges,
    sample(random) {
      // Redraw rather than clamp, as the normal profile does, so the bounds do not pile up values.
      let x = mean + sd * random.normal();
      for (let tries = 0; (x < from - 0.5 || x >= to + 0.5) && tries < 16; tries++) x = mean + sd * random.normal();
      return texts[Math.min(to, Math.max(from, Math.round(x))) - from] as string;
    },
  };
}

/** A list field: its length from the field's stream, then each item from the same stream. */
function listSampler(field: FieldDef, profile: Extract<FieldProfile, { kind: 'list' }>, seed: number): FieldSampler {
  if (field.items === undefined) fail(field, 'a list field needs an item type (items)');
  const length = profile.length as { min?: unknown; max?: unknown } | undefined;
  const isLength = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= MAX_LIST_LENGTH;
  const min = requireNumber(field, 'length.min', length?.min, isLength);
  const max = requireNumber(field, 'length.max', length?.max, (n) => isLength(n) && n >= min);
  const itemField = itemFieldOf(field);
  let item: FieldSampler;
  try {
    item = compileProfile(itemField, profile.item ?? defaultItemProfile(field));
  } catch (error) {
    throw error instanceof TypeError ? new TypeError(`${error.message} (the items of list field "${field.key}")`) : error;
  }
  const draw = (random: SeededRandom, count: number): ListItem[] => {
    const items: ListItem[] = new Array<ListItem>(count);
    for (let i = 0; i < count; i++) items[i] = item.sample(random) as ListItem;
    return items;
  };
  // Edge cases: no items at all, and as many as the profile allows (drawn from a stream of their own).
  const longest = draw(new SeededRandom(deriveSeed(seed, `longest-list:${field.key}`)), max);
  return {
    edges: max > 0 ? [[], longest] : [[]],
    sample: (random) => draw(random, random.int(min, max)),
  };
}

function categorySampler(field: FieldDef, weights: Record<string, number>): FieldSampler {
  const names = Object.keys(weights);
  const allowed = field.values && field.values.length > 0 ? new Set(field.values) : undefined;
  const cumulative: number[] = [];
  let total = 0;
  for (const name of names) {
    if (allowed && !allowed.has(name)) fail(field, `"${name}" is not one of the field's values`);
    if (name.trim() === '' || name !== name.trim()) fail(field, `category "${name}" is blank or has edge spaces`);
    total += requireNumber(field, `weight of "${name}"`, weights[name], (n) => n >= 0);
    cumulative.push(total);
  }
  if (!(total > 0)) fail(field, 'the category weights must not all be zero');
  return {
    edges: [],
    sample(random) {
      const u = random.next() * total;
      let i = 0;
      while (i < cumulative.length - 1 && u >= (cumulative[i] as number)) i++;
      return names[i] as string;
    },
  };
}
