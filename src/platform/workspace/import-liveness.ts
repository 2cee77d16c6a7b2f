// Which imports are still being written? Each open service holds a Web Lock named after its session
// for as long as it lives; the browser releases it when the tab or worker goes away, crash or not.
// An import whose session holds no lock is orphaned. Without Web Locks (older browsers, Node), an
// import counts as live while it wrote a batch within `staleMs`.
import { randomId } from '../../base/ids.ts';
import type { ImportMeta } from './record-store.ts';

export type LockManagerLike = Pick<LockManager, 'request' | 'query'>;

/** Without locks: an import untouched this long is taken as abandoned. */
export const DEFAULT_STALE_IMPORT_MS = 10 * 60_000;

export class SessionLiveness {
  readonly session = randomId();
  private release: (() => void) | undefined;

  private constructor(
    private readonly prefix: string,
    private readonly locks: LockManagerLike | undefined,
    private readonly staleMs: number,
    private readonly now: () => number,
  ) {}

  static async start(databaseName: string, options: { locks?: LockManagerLike | null; staleMs?: number; now: () => number }): Promise<SessionLiveness> {
    const locks = options.locks === null ? undefined : (options.locks ?? globalThis.navigator?.locks);
    const liveness = new SessionLiveness(`scorecard-workspace:${databaseName}:session:`, locks, options.staleMs ?? DEFAULT_STALE_IMPORT_MS, options.now);
    await liveness.hold();
    return liveness;
  }

  /** A session that holds no lock (memory workspaces: nothing outlives the tab anyway). */
  static unlocked(databaseName: string, now: () => number = Date.now): SessionLiveness {
    return new SessionLiveness(`scorecard-workspace:${databaseName}:session:`, undefined, DEFAULT_STALE_IMPORT_MS, now);
  }

  private async hold(): Promise<void> {
    if (!this.locks) return;
    await new Promise<void>((granted) => {
      void this.locks!.request(this.prefix + this.session, () => {
        granted();
        return new Promise<void>((resolve) => (this.release = resolve));
      });
    });
  }

  /** A predicate over import records, from one look at the locks held right now. */
  async livenessCheck(): Promise<(meta: ImportMeta) => boolean> {
    if (this.locks) {
      const held = new Set(((await this.locks.query()).held ?? []).map((lock) => lock.name));
      return (meta) => meta.session === this.session || held.has(this.prefix + meta.session);
    }
    const cutoff = this.now() - this.staleMs;
    return (meta) => meta.session === this.session || meta.touchedAt > cutoff;
  }

  dispose(): void {
    this.release?.();
    this.release = undefined;
  }
}
