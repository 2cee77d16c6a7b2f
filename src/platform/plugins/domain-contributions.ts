import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { DomainContribution, DomainPoint } from './plugin-manifest.ts';

export interface RegisteredDomainContribution extends DomainContribution {
  readonly point: DomainPoint;
  /** Contributing plugin id. */
  readonly source: string;
}

/**
 * The declarations of the domain contribution points (operators, scorers, weightings, importers,
 * exporters, templates). Ids are namespaced and unique per point, so a configuration that names
 * `acme.weightedAvg` resolves to exactly one plugin.
 */
export class DomainContributionRegistry {
  private readonly entries = new Map<string, RegisteredDomainContribution>();
  private readonly _onDidChange = new Emitter<DomainPoint>();
  readonly onDidChange: Event<DomainPoint> = this._onDidChange.event;

  register(point: DomainPoint, contribution: DomainContribution, source: string): IDisposable {
    const key = `${point}\u0000${contribution.id}`;
    const existing = this.entries.get(key);
    if (existing) throw new Error(`${point} "${contribution.id}" is already contributed by ${existing.source}`);
    const entry: RegisteredDomainContribution = { ...contribution, point, source };
    this.entries.set(key, entry);
    this._onDidChange.fire(point);
    return toDisposable(() => {
      if (this.entries.get(key) === entry) {
        this.entries.delete(key);
        this._onDidChange.fire(point);
      }
    });
  }

  list(point: DomainPoint): RegisteredDomainContribution[] {
    return [...this.entries.values()].filter((e) => e.point === point);
  }

  get(point: DomainPoint, id: string): RegisteredDomainContribution | undefined {
    return this.entries.get(`${point}\u0000${id}`);
  }
}
