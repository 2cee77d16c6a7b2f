// Immutable edits of a scorecard's grades and forced distribution, for the "Rules and outcomes"
// editor. Each returns a new configuration (the same object when nothing changes) and never
// touches its input; the editor fires the result and the host records it for undo.
import type { Locale, LocalizedText } from '../../../src/core/localized-text.ts';
import { DEFAULT_SCALE, type GradeBand, type GradeConfig, type ScaleConfig, type ScorecardConfig } from '../../../src/core/scorecard/types.ts';

/** Numbers as people write them: no float noise like 0.30000000000000004. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The text with one language replaced, the other kept (a plain string counts for both languages).
 * An empty value removes that language; undefined when no text would be left.
 */
export function setLocalizedText(text: LocalizedText | undefined, locale: Locale, value: string): LocalizedText | undefined {
  const current: Partial<Record<Locale, string>> = text === undefined ? {} : typeof text === 'string' ? { en: text, 'zh-CN': text } : { ...text };
  const trimmed = value.trim();
  if (trimmed) current[locale] = trimmed;
  else delete current[locale];
  return Object.values(current).some((v) => typeof v === 'string' && v !== '') ? current : undefined;
}

export function scaleOf(config: ScorecardConfig): ScaleConfig {
  return config.scale ?? DEFAULT_SCALE;
}

function withGrades(config: ScorecardConfig, grades: GradeConfig): ScorecardConfig {
  return { ...config, grades };
}

function withBands(config: ScorecardConfig, bands: GradeBand[]): ScorecardConfig {
  return withGrades(config, { ...config.grades, bands });
}

// ---- grade bands ------------------------------------------------------------------------------

/** What a band's own fields can be set to; `coefficient` or `color` undefined removes it. */
export type BandPatch = Partial<Pick<GradeBand, 'label' | 'min' | 'coefficient' | 'color'>>;

export function updateBand(config: ScorecardConfig, index: number, patch: BandPatch): ScorecardConfig {
  const band = config.grades.bands[index];
  if (!band) return config;
  const next: GradeBand = { ...band };
  if (patch.label !== undefined) next.label = patch.label;
  if (patch.min !== undefined) next.min = patch.min;
  if ('coefficient' in patch) {
    if (patch.coefficient === undefined) delete next.coefficient;
    else next.coefficient = patch.coefficient;
  }
  if ('color' in patch) {
    if (patch.color === undefined) delete next.color;
    else next.color = patch.color;
  }
  if (JSON.stringify(next) === JSON.stringify(band)) return config;
  return withBands(config, config.grades.bands.map((b, i) => (i === index ? next : b)));
}

/**
 * Renames a band. Forced shares and grade caps of rules that name the old id follow it, unless the
 * old id was shared with another band or the new one is already taken (then which band they mean
 * is unclear, and validation reports the duplicate).
 */
export function renameBand(config: ScorecardConfig, index: number, id: string): ScorecardConfig {
  const band = config.grades.bands[index];
  const newId = id.trim();
  if (!band || newId === '' || newId === band.id) return config;
  const others = config.grades.bands.filter((_, i) => i !== index).map((b) => b.id);
  const follow = !others.includes(band.id) && !others.includes(newId);
  const bands = config.grades.bands.map((b, i) => (i === index ? { ...b, id: newId } : b));
  let grades: GradeConfig = { ...config.grades, bands };
  if (follow && grades.forced) {
    grades = { ...grades, forced: { shares: grades.forced.shares.map((s) => (s.grade === band.id ? { ...s, grade: newId } : s)) } };
  }
  const next = withGrades(config, grades);
  if (!follow || !config.policies) return next;
  return {
    ...next,
    policies: config.policies.map((p) => (p.effect.type === 'veto' && p.effect.mode === 'cap' && p.effect.grade === band.id
      ? { ...p, effect: { ...p.effect, grade: newId } } : p)),
  };
}

/** The top of band `index`'s score range: the scale maximum for the best band, else the next better band's minimum. */
function upperOf(bands: readonly GradeBand[], index: number, scale: ScaleConfig): number {
  return index === 0 ? scale.max : (bands[index - 1]?.min ?? scale.max);
}

/** A point between `low` and `high`: a whole number when one fits strictly between them. */
function between(low: number, high: number): number {
  const mid = (low + high) / 2;
  const round = Math.round(mid);
  return round > low && round < high ? round : tidy(mid);
}

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#rrggbb` for a hex colour (`#rgb` expanded), else undefined. */
export function hexColor(color: string | undefined): string | undefined {
  const m = color === undefined ? null : HEX.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return `#${hex.toLowerCase()}`;
}

/** The colour halfway between two hex colours (the one given when the other is not hex). */
export function mixColors(a: string | undefined, b: string | undefined): string | undefined {
  const x = hexColor(a);
  const y = hexColor(b);
  if (!x || !y) return x ?? y;
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round((channel(x, i) + channel(y, i)) / 2).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Adds a grade by splitting the widest score range: the new grade takes its upper half and sits just
 * above the band it split, named after it (`D+` above `D`), with the colour between its neighbours.
 * Returns the new configuration and the new band's index.
 */
export function addBand(config: ScorecardConfig): { config: ScorecardConfig; index: number } {
  const bands = config.grades.bands;
  const scale = scaleOf(config);
  let widest = bands.length - 1;
  let width = -Infinity;
  bands.forEach((band, i) => {
    const w = upperOf(bands, i, scale) - band.min;
    if (w > width) { width = w; widest = i; }
  });
  const split = bands[widest];
  if (!split) {
    const band: GradeBand = { id: 'A', label: 'A', min: scale.min };
    return { config: withBands(config, [band]), index: 0 };
  }
  const upper = upperOf(bands, widest, scale);
  const min = width > 0 ? between(split.min, upper) : split.min;
  const id = uniqueId(`${split.id}+`, new Set(bands.map((b) => b.id)));
  const band: GradeBand = { id, label: id, min };
  const color = mixColors(split.color, bands[widest - 1]?.color);
  if (color !== undefined) band.color = color;
  return { config: withBands(config, [...bands.slice(0, widest), band, ...bands.slice(widest)]), index: widest };
}

/**
 * Removes a band (never the only one). The band below takes over its score range — or, when the
 * lowest band goes, the one above now starts at the scale minimum — and its forced share.
 */
export function removeBand(config: ScorecardConfig, index: number): ScorecardConfig {
  const bands = config.grades.bands;
  const gone = bands[index];
  if (!gone || bands.length <= 1) return config;
  const heirIndex = index + 1 < bands.length ? index + 1 : index - 1;
  const heir = bands[heirIndex]!;
  const nextBands = bands.flatMap((b, i) => {
    if (i === index) return [];
    if (i === heirIndex && index === bands.length - 1) return [{ ...b, min: scaleOf(config).min }];
    return [b];
  });
  let grades: GradeConfig = { ...config.grades, bands: nextBands };
  const forced = config.grades.forced;
  if (forced) {
    const moved = forced.shares.filter((s) => s.grade === gone.id).reduce((sum, s) => sum + s.share, 0);
    const stillNamed = nextBands.some((b) => b.id === gone.id);
    let shares = stillNamed ? forced.shares : forced.shares.filter((s) => s.grade !== gone.id);
    if (!stillNamed && moved !== 0) {
      shares = shares.some((s) => s.grade === heir.id)
        ? shares.map((s) => (s.grade === heir.id ? { ...s, share: tidy(s.share + moved) } : s))
        : sharesInBandOrder(nextBands, [...shares, { grade: heir.id, share: moved }]);
    }
    if (shares.length > 0) grades = { ...grades, forced: { shares } };
    else delete grades.forced;
  }
  return withGrades(config, grades);
}

/**
 * Moves a band up (-1) or down (+1). The minimums stay where they are — they must fall from the
 * best band to the worst — so the grade moves to the neighbouring score range.
 */
export function moveBand(config: ScorecardConfig, index: number, delta: -1 | 1): ScorecardConfig {
  const bands = config.grades.bands;
  const target = index + delta;
  const a = bands[index];
  const b = bands[target];
  if (!a || !b) return config;
  const next = [...bands];
  next[target] = { ...a, min: b.min };
  next[index] = { ...b, min: a.min };
  return withBands(config, next);
}

// ---- forced distribution ----------------------------------------------------------------------

/** Conventional forced-distribution shares in percent, best grade first (20/70/10 for three grades). */
export function defaultShares(count: number): number[] {
  const known: Record<number, number[]> = { 1: [100], 2: [30, 70], 3: [20, 70, 10], 4: [10, 20, 60, 10], 5: [10, 20, 40, 20, 10] };
  if (count <= 0) return [];
  const preset = known[count];
  if (preset) return [...preset];
  // More grades: equal whole percents, the remainder to the middle grades.
  const base = Math.floor(100 / count);
  const shares = new Array<number>(count).fill(base);
  let rest = 100 - base * count;
  for (let i = Math.floor((count - rest) / 2); rest > 0; i++, rest--) shares[i]! += 1;
  return shares;
}

/** The shares of existing grades in band order, then any naming unknown grades (first entry per grade kept). */
function sharesInBandOrder(bands: readonly GradeBand[], shares: ReadonlyArray<{ grade: string; share: number }>): Array<{ grade: string; share: number }> {
  const byGrade = new Map<string, number>();
  for (const s of shares) if (!byGrade.has(s.grade)) byGrade.set(s.grade, s.share);
  const ids = new Set(bands.map((b) => b.id));
  const known = bands.filter((b) => byGrade.has(b.id)).map((b) => ({ grade: b.id, share: byGrade.get(b.id)! }));
  return [...known, ...shares.filter((s) => !ids.has(s.grade))];
}

export function enableForced(config: ScorecardConfig): ScorecardConfig {
  if (config.grades.forced) return config;
  const bands = config.grades.bands;
  const shares = defaultShares(bands.length).map((share, i) => ({ grade: bands[i]!.id, share }));
  return withGrades(config, { ...config.grades, forced: { shares } });
}

export function disableForced(config: ScorecardConfig): ScorecardConfig {
  if (!config.grades.forced) return config;
  const { forced: _forced, ...grades } = config.grades;
  return withGrades(config, grades);
}

/** Sets a grade's share (adding the grade to the distribution when it had none). */
export function setShare(config: ScorecardConfig, grade: string, share: number): ScorecardConfig {
  const forced = config.grades.forced;
  if (!forced) return config;
  const current = forced.shares.find((s) => s.grade === grade);
  if (current?.share === share) return config;
  const shares = current
    ? forced.shares.map((s) => (s === current ? { ...s, share } : s))
    : sharesInBandOrder(config.grades.bands, [...forced.shares, { grade, share }]);
  return withGrades(config, { ...config.grades, forced: { shares } });
}

/** Removes one entry of the distribution (a share naming a grade that no longer exists). */
export function removeShare(config: ScorecardConfig, index: number): ScorecardConfig {
  const forced = config.grades.forced;
  if (!forced || !forced.shares[index] || forced.shares.length <= 1) return config;
  return withGrades(config, { ...config.grades, forced: { shares: forced.shares.filter((_, i) => i !== index) } });
}

const SHARE_TOLERANCE = 1e-6;

/** How the shares are written: fractions of 1, percents of 100, or neither (validation rejects that). */
export function shareUnit(total: number): 'fraction' | 'percent' | undefined {
  if (Math.abs(total - 1) <= SHARE_TOLERANCE) return 'fraction';
  if (Math.abs(total - 100) <= SHARE_TOLERANCE) return 'percent';
  return undefined;
}

export function shareTotal(shares: ReadonlyArray<{ share: number }>): number {
  return tidy(shares.reduce((sum, s) => sum + s.share, 0));
}
