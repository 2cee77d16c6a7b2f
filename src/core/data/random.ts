// A small seeded pseudo-random generator for sample data: sfc32 (Chris Doty-Humphrey's Small Fast
// Counting generator, passes PractRand), seeded through splitmix32 so that nearby seeds give
// unrelated streams. Not for anything secret. Same seed, same numbers, on every JavaScript engine:
// only 32-bit integer arithmetic and Math.log/sqrt/cos/exp, which are deterministic enough for
// sample data (the values are rounded to a few decimals afterwards).

/** Mixes a 32-bit state into a well-spread 32-bit value (splitmix32 finaliser). */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A seed for an independent stream named `label` (a field key, say) under `seed`. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return mix32(mix32(seed >>> 0) ^ (h >>> 0));
}

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box–Muller makes normals in pairs; the second one waits here. */
  private spareNormal: number | undefined;

  constructor(seed: number) {
    const s = seed >>> 0;
    this.a = mix32(s);
    this.b = mix32(s ^ 0x6a09e667);
    this.c = mix32(s ^ 0xbb67ae85);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32(); // leave the seeding transient
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Standard normal (mean 0, sd 1). */
  normal(): number {
    if (this.spareNormal !== undefined) {
      const spare = this.spareNormal;
      this.spareNormal = undefined;
      return spare;
    }
    const u = 1 - this.next(); // (0, 1]: log(0) is avoided
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /**
   * Poisson with mean `lambda`: exact inversion up to 100 (about lambda steps), then a rounded
   * normal approximation, whose error (skewness 1/√λ < 0.1) does not matter for sample data.
   */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 100) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const u = this.next();
    let k = 0;
    let p = Math.exp(-lambda);
    let cumulative = p;
    while (u > cumulative && p > 0) {
      k++;
      p *= lambda / k;
      cumulative += p;
    }
    return k;
  }

  /** Number of successes in `n` trials of probability `p` (n is small here: Likert points). */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.next() < p) k++;
    return k;
  }
}
