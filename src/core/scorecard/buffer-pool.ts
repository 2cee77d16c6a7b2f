// Array buffers kept for reuse by size. Memory a process has not written yet costs a page fault
// per 4 KB page on its first write: 25 MB of fresh Float64Array took 73 ms to fill on the CI machine
// and 1 ms the second time. An editor evaluating 100,000 records on every edit allocates the same
// column sizes again and again, so a worker that gets the page's old columns back reuses them.

export class BufferPool {
  private readonly free = new Map<number, ArrayBuffer[]>();
  private held = 0;

  /** @param maxBytes - the most it holds; buffers beyond are dropped (left to the collector). */
  constructor(private readonly maxBytes = 256 * 1024 * 1024) {}

  /** A buffer of exactly `byteLength` bytes: a kept one (its old contents still in it) or a new one. */
  take(byteLength: number): ArrayBuffer {
    const kept = this.free.get(byteLength)?.pop();
    if (!kept) return new ArrayBuffer(byteLength);
    this.held -= byteLength;
    return kept;
  }

  /** Keeps buffers for later; detached ones (already transferred elsewhere) are skipped. */
  give(buffers: Iterable<ArrayBuffer>): void {
    for (const buffer of buffers) {
      const length = buffer.byteLength;
      if (length === 0 || this.held + length > this.maxBytes) continue;
      let list = this.free.get(length);
      if (!list) this.free.set(length, (list = []));
      if (list.includes(buffer)) continue;
      list.push(buffer);
      this.held += length;
    }
  }

  /** Bytes held for reuse. */
  get size(): number {
    return this.held;
  }

  clear(): void {
    this.free.clear();
    this.held = 0;
  }
}
