import { Emitter, type Event } from '../../base/event.ts';

export type MarkerSeverity = 'error' | 'warning' | 'info';

/** A problem in a document, shown in the Problems panel. */
export interface Marker {
  severity: MarkerSeverity;
  /** Already-translated message. */
  message: string;
  /** Document the problem is in, e.g. "scorecard://abc". */
  resource: string;
  /** Where inside the document, as a JSON pointer. */
  pointer?: string;
  /** Who reported it, e.g. "validation" or "engine". */
  source?: string;
  /** What clicking the problem does (typically: open the document and reveal the node). */
  command?: { id: string; args?: unknown[] };
}

/** Problems by owner and resource; an owner replaces its own markers for a resource at once. */
export class MarkerService {
  private readonly byOwner = new Map<string, Map<string, Marker[]>>();
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  changeMarkers(owner: string, resource: string, markers: Marker[]): void {
    const resources = this.byOwner.get(owner) ?? new Map<string, Marker[]>();
    if (markers.length) resources.set(resource, markers);
    else resources.delete(resource);
    this.byOwner.set(owner, resources);
    this._onDidChange.fire();
  }

  clear(owner: string): void {
    if (this.byOwner.delete(owner)) this._onDidChange.fire();
  }

  all(): Marker[] {
    const out: Marker[] = [];
    for (const resources of this.byOwner.values()) for (const list of resources.values()) out.push(...list);
    const rank: Record<MarkerSeverity, number> = { error: 0, warning: 1, info: 2 };
    return out.sort((a, b) => rank[a.severity] - rank[b.severity] || a.resource.localeCompare(b.resource));
  }

  counts(): Record<MarkerSeverity, number> {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const m of this.all()) counts[m.severity]++;
    return counts;
  }
}
