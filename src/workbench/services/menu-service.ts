import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { ContextKeyService } from '../../platform/contextkey/context-key-service.ts';
import { parseWhen, type ContextValue } from '../../platform/contextkey/when-expression.ts';

export const MENU_IDS = ['commandPalette', 'view/title', 'editor/title', 'statusBar'] as const;
export type MenuId = (typeof MENU_IDS)[number];

export interface MenuItem {
  command: string;
  when?: string;
  /** Items sort by group, then by registration order. */
  group?: string;
  source: string;
}

/**
 * Where commands appear besides the palette: view title bars (`view == <id>` in the when-clause),
 * editor title bars (`activeEditorKind == <kind>`), and the palette itself, where an item with a
 * false when-clause hides the command.
 */
export class MenuService {
  private readonly items = new Map<MenuId, MenuItem[]>();
  private readonly _onDidChange = new Emitter<MenuId>();
  readonly onDidChange: Event<MenuId> = this._onDidChange.event;

  constructor(private readonly contextKeys: ContextKeyService) {}

  register(menu: MenuId, item: MenuItem): IDisposable {
    const list = this.items.get(menu) ?? [];
    list.push(item);
    this.items.set(menu, list);
    this._onDidChange.fire(menu);
    return toDisposable(() => {
      const current = this.items.get(menu) ?? [];
      const index = current.indexOf(item);
      if (index >= 0) current.splice(index, 1);
      this._onDidChange.fire(menu);
    });
  }

  /** Items of a menu whose when-clause holds, with extra context (e.g. `{ view: id }`) layered over the context keys. */
  getItems(menu: MenuId, overlay: Record<string, ContextValue> = {}): MenuItem[] {
    const list = this.items.get(menu) ?? [];
    return list
      .filter((item) => this.matches(item.when, overlay))
      .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? ''));
  }

  /** False when a commandPalette item for the command has a when-clause that does not hold now. */
  isShownInPalette(commandId: string): boolean {
    const entries = (this.items.get('commandPalette') ?? []).filter((i) => i.command === commandId);
    return entries.length === 0 || entries.some((i) => this.matches(i.when, {}));
  }

  private matches(when: string | undefined, overlay: Record<string, ContextValue>): boolean {
    if (!when?.trim()) return true;
    try {
      return parseWhen(when).evaluate({ get: (key) => (key in overlay ? overlay[key] : this.contextKeys.get(key)) });
    } catch {
      return false; // a malformed when-clause hides the item instead of breaking the menu
    }
  }
}
