import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import type { MessageArgs } from '../../platform/i18n/i18n-service.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';
import { servicesContext } from './services-context.ts';

/**
 * Base for shell and plugin elements: finds the workbench services through @lit/context (or an
 * explicit `services` property, for tests), re-renders when the display language changes, and
 * disposes its subscriptions when disconnected.
 */
export class WorkbenchElement extends LitElement {
  /** Set explicitly in tests; otherwise provided by the nearest <sc-workbench>. */
  declare services: WorkbenchServices | undefined;

  static override properties: PropertyDeclarations = {
    services: { attribute: false },
  };

  /** Subscriptions living while the element is connected (and services are known). */
  private connectedStore: DisposableStore | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: servicesContext,
      subscribe: true,
      callback: (value) => {
        if (!this.services || this.services !== value) this.services = value;
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.connectedStore = new DisposableStore();
    if (this.services) this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connectedStore?.dispose();
    this.connectedStore = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('services') && this.services && this.isConnected) {
      this.connectedStore?.dispose();
      this.connectedStore = new DisposableStore();
      this.subscribe();
    }
  }

  private subscribe(): void {
    const services = this.services!;
    const store = this.connectedStore!;
    store.add(services.i18n.onDidChangeLocale(() => this.requestUpdate()));
    store.add(services.i18n.onDidChangeCatalogs(() => this.requestUpdate()));
    this.servicesReady(services, store);
  }

  /** Override to subscribe to services; everything added to `store` is disposed on disconnect. */
  protected servicesReady(_services: WorkbenchServices, _store: DisposableStore): void {}

  /** Adds to the current connection's store (safe to call from servicesReady overrides). */
  protected track<T extends IDisposable>(item: T): T {
    if (!this.connectedStore) {
      item.dispose();
      return item;
    }
    return this.connectedStore.add(item);
  }

  protected t(key: string, args?: MessageArgs): string {
    return this.services?.i18n.t(key, args) ?? key;
  }

  protected text(value: LocalizedText | undefined): string {
    return this.services?.i18n.text(value) ?? (typeof value === 'string' ? value : value?.en ?? '');
  }
}
