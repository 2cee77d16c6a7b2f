import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import { DOMAIN_POINTS, type EditorContribution, type MenuItemContribution, type PluginContributions, type ViewContainerContribution, type ViewContribution } from '../../platform/plugins/plugin-manifest.ts';
import type { MenuId } from '../services/menu-service.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/**
 * Teaches the plugin host the workbench's contribution points: view containers, views, editor
 * kinds and the domain points. Each handler returns what undoes it, so disabling a plugin removes
 * its icons, views and editors at once.
 */
export function registerContributionHandlers(services: WorkbenchServices): IDisposable {
  const store = new DisposableStore();
  const { plugins, views, editors, domainContributions, menus } = services;

  store.add(plugins.registerContributionHandler('viewsContainers', (value, manifest, inner) => {
    const containers = value as PluginContributions['viewsContainers'];
    const add = (list: ViewContainerContribution[] | undefined, location: 'sidebar' | 'panel') => {
      for (const c of list ?? []) {
        inner.add(views.registerContainer({ id: c.id, title: c.title, icon: c.icon, location, order: c.order ?? 100, source: manifest.id }));
      }
    };
    add(containers?.activitybar, 'sidebar');
    add(containers?.panel, 'panel');
  }));

  store.add(plugins.registerContributionHandler('views', (value, manifest, inner) => {
    for (const [container, list] of Object.entries(value as Record<string, ViewContribution[]>)) {
      for (const v of list) {
        inner.add(views.registerView({ id: v.id, container, name: v.name, when: v.when, collapsed: v.collapsed, order: v.order ?? 100, source: manifest.id }));
      }
    }
  }));

  store.add(plugins.registerContributionHandler('editors', (value, manifest, inner) => {
    for (const e of value as EditorContribution[]) {
      inner.add(editors.registerKind({ kind: e.kind, title: e.title, icon: e.icon, source: manifest.id }));
    }
  }));

  store.add(plugins.registerContributionHandler('menus', (value, manifest, inner) => {
    for (const [menu, items] of Object.entries(value as Record<MenuId, MenuItemContribution[]>)) {
      for (const item of items) inner.add(menus.register(menu as MenuId, { ...item, source: manifest.id }));
    }
  }));

  for (const point of DOMAIN_POINTS) {
    store.add(plugins.registerContributionHandler(point, (value, manifest, inner) => {
      for (const item of value as PluginContributions[typeof point] & unknown[]) {
        inner.add(domainContributions.register(point, item, manifest.id));
      }
    }));
  }
  return store;
}
