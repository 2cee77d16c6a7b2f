import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable } from '../../base/lifecycle.ts';

export interface StatusBarItemOptions {
  id: string;
  alignment: 'left' | 'right';
  /** Higher is further left within its side. */
  priority?: number;
  /** Already-translated text; `$(icon-name)` renders a codicon. */
  text: string;
  tooltip?: string;
  command?: string;
  args?: unknown[];
  source?: string;
}

export interface StatusBarItem extends Readonly<StatusBarItemOptions> {
  update(patch: Partial<Omit<StatusBarItemOptions, 'id' | 'alignment'>>): void;
}

/** Items in the status bar, contributed by the workbench and plugins. */
export class StatusBarService {
  private readonly items = new Map<string, StatusBarItemOptions>();
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  addItem(options: StatusBarItemOptions): StatusBarItem & IDisposable {
    if (this.items.has(options.id)) throw new Error(`Status bar item "${options.id}" exists already`);
    this.items.set(options.id, { ...options });
    this._onDidChange.fire();
    const service = this;
    return {
      get id() { return options.id; },
      get alignment() { return options.alignment; },
      get text() { return service.items.get(options.id)?.text ?? ''; },
      get tooltip() { return service.items.get(options.id)?.tooltip; },
      get command() { return service.items.get(options.id)?.command; },
      get args() { return service.items.get(options.id)?.args; },
      get priority() { return service.items.get(options.id)?.priority; },
      get source() { return service.items.get(options.id)?.source; },
      update(patch) {
        const current = service.items.get(options.id);
        if (!current) return;
        service.items.set(options.id, { ...current, ...patch });
        service._onDidChange.fire();
      },
      dispose() {
        if (service.items.delete(options.id)) service._onDidChange.fire();
      },
    };
  }

  list(alignment: 'left' | 'right'): StatusBarItemOptions[] {
    return [...this.items.values()]
      .filter((i) => i.alignment === alignment)
      .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.id.localeCompare(b.id));
  }
}
