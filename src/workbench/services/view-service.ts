import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable, DisposableStore } from '../../base/lifecycle.ts';
import type { LocalizedText } from '../../core/localized-text.ts';

export type ContainerLocation = 'sidebar' | 'panel';

export interface ViewContainerDescriptor {
  id: string;
  title: LocalizedText;
  icon: string;
  location: ContainerLocation;
  order: number;
  source: string;
}

export interface ViewDescriptor {
  id: string;
  container: string;
  name: LocalizedText;
  when?: string;
  collapsed?: boolean;
  order: number;
  source: string;
}

/** A live view body created by a provider. */
export interface ViewPane {
  readonly element: HTMLElement;
  dispose?(): void;
}

export interface ViewProvider {
  createView(): ViewPane | Promise<ViewPane>;
}

/**
 * View containers (activity bar icons, panel tabs) and the views inside them. Manifests declare
 * them; plugin code provides their bodies on first show (activation event onView:<id>).
 */
export class ViewService implements IDisposable {
  private readonly containers = new Map<string, ViewContainerDescriptor>();
  private readonly views = new Map<string, ViewDescriptor>();
  private readonly providers = new Map<string, ViewProvider>();
  private activator: (event: string) => Promise<void> = async () => undefined;

  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  setActivator(activator: (event: string) => Promise<void>): void {
    this.activator = activator;
  }

  registerContainer(container: ViewContainerDescriptor): IDisposable {
    const existing = this.containers.get(container.id);
    if (existing) throw new Error(`View container "${container.id}" is already contributed by ${existing.source}`);
    this.containers.set(container.id, container);
    this._onDidChange.fire();
    return toDisposable(() => {
      if (this.containers.get(container.id) === container) this.containers.delete(container.id);
      this._onDidChange.fire();
    });
  }

  registerView(view: ViewDescriptor): IDisposable {
    if (this.views.has(view.id)) throw new Error(`View "${view.id}" is already registered by ${this.views.get(view.id)!.source}`);
    this.views.set(view.id, view);
    this._onDidChange.fire();
    return toDisposable(() => {
      if (this.views.get(view.id) === view) this.views.delete(view.id);
      this._onDidChange.fire();
    });
  }

  registerViewProvider(viewId: string, provider: ViewProvider): IDisposable {
    this.providers.set(viewId, provider);
    this._onDidChange.fire();
    return toDisposable(() => {
      if (this.providers.get(viewId) === provider) this.providers.delete(viewId);
      this._onDidChange.fire();
    });
  }

  /** Registers several descriptors and returns one disposable for all of them. */
  registerAll(containers: ViewContainerDescriptor[], views: ViewDescriptor[]): IDisposable {
    const store = new DisposableStore();
    for (const c of containers) store.add(this.registerContainer(c));
    for (const v of views) store.add(this.registerView(v));
    return store;
  }

  getContainers(location: ContainerLocation): ViewContainerDescriptor[] {
    return [...this.containers.values()]
      .filter((c) => c.location === location && this.getViews(c.id).length > 0)
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }

  getContainer(id: string): ViewContainerDescriptor | undefined {
    return this.containers.get(id);
  }

  getViews(containerId: string): ViewDescriptor[] {
    return [...this.views.values()].filter((v) => v.container === containerId).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }

  getView(id: string): ViewDescriptor | undefined {
    return this.views.get(id);
  }

  hasProvider(viewId: string): boolean {
    return this.providers.has(viewId);
  }

  /** Activates the plugin behind a view if needed and creates its body; undefined if nobody provides it. */
  async createView(viewId: string): Promise<ViewPane | undefined> {
    if (!this.providers.has(viewId)) await this.activator(`onView:${viewId}`);
    const provider = this.providers.get(viewId);
    return provider ? provider.createView() : undefined;
  }

  dispose(): void {
    this._onDidChange.dispose();
  }
}
