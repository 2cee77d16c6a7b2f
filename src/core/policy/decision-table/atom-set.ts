// A fixed-size set of small integers (atoms of a column's domain, or rows of a table) as a bitset:
// coverage search intersects these sets millions of times on large tables.
export class BitSet {
  private readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static full(size: number): BitSet {
    const set = new BitSet(size);
    for (let i = 0; i < size; i++) set.add(i);
    return set;
  }

  static of(size: number, members: Iterable<number>): BitSet {
    const set = new BitSet(size);
    for (const i of members) set.add(i);
    return set;
  }

  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  isEmpty(): boolean {
    return this.words.every((w) => w === 0);
  }

  isFull(): boolean {
    return this.count() === this.size;
  }

  count(): number {
    let n = 0;
    for (let w of this.words) {
      while (w !== 0) {
        w &= w - 1;
        n++;
      }
    }
    return n;
  }

  intersects(other: BitSet): boolean {
    for (let i = 0; i < this.words.length; i++) if ((this.words[i]! & other.words[i]!) !== 0) return true;
    return false;
  }

  and(other: BitSet): BitSet {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) words[i] = this.words[i]! & other.words[i]!;
    return new BitSet(this.size, words);
  }

  or(other: BitSet): BitSet {
    const words = new Uint32Array(this.words.length);
    for (let i = 0; i < words.length; i++) words[i] = this.words[i]! | other.words[i]!;
    return new BitSet(this.size, words);
  }

  /** Members in ascending order. */
  members(): number[] {
    const result: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.has(i)) result.push(i);
    return result;
  }

  first(): number | undefined {
    for (let i = 0; i < this.size; i++) if (this.has(i)) return i;
    return undefined;
  }

  /** A stable text key (for grouping equal sets). */
  key(): string {
    if (this.words.length === 1) return String(this.words[0]);
    return Array.from(this.words, (w) => w.toString(36)).join('.');
  }
}
