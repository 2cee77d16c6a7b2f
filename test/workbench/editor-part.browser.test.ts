import { expect } from 'chai';
import { MemoryStorageService } from '../../src/platform/storage/storage-service.ts';
import editorEn from '../../src/workbench/nls/editor.en.json';
import editorZh from '../../src/workbench/nls/editor.zh-CN.json';
import type { EditorGroup } from '../../src/workbench/parts/editor/editor-group.ts';
import '../../src/workbench/parts/editor/editor-part.ts';
import type { EditorPart } from '../../src/workbench/parts/editor/editor-part.ts';
import type { TabContextMenu } from '../../src/workbench/parts/editor/tab-context-menu.ts';
import { DIRTY_CHANGE_EVENT, type EditorInput } from '../../src/workbench/services/editor-input.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../src/workbench/services/workbench-services.ts';

interface Harness {
  services: WorkbenchServices;
  part: EditorPart;
  /** uris of disposed panes, in order. */
  disposed: string[];
}

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function setup(): Promise<Harness> {
  const services = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  services.i18n.registerCatalog('en', editorEn);
  services.i18n.registerCatalog('zh-CN', editorZh);
  services.keybindings.register({ key: 'ctrl+shift+p', command: 'workbench.action.showCommands' });
  services.keybindings.register({ key: 'ctrl+p', command: 'workbench.action.quickOpen' });
  services.keybindings.register({ key: 'ctrl+w', command: 'workbench.action.closeActiveEditor' });
  services.editors.registerKind({ kind: 'test', title: 'Test', icon: 'json', source: 'test' });
  services.editors.registerKind({ kind: 'broken', title: 'Broken', source: 'test' });
  const disposed: string[] = [];
  services.editors.registerEditorProvider('test', {
    createEditor: (input) => {
      const element = document.createElement('div');
      element.className = 'test-pane';
      element.dataset.uri = input.uri;
      element.textContent = `pane of ${input.uri}`;
      return { element, dispose: () => disposed.push(input.uri) };
    },
  });
  services.editors.registerEditorProvider('broken', {
    createEditor: () => {
      throw new Error('kaboom');
    },
  });
  const part = document.createElement('sc-editor-part');
  part.services = services;
  part.style.cssText = 'display: flex; width: 900px; height: 400px;';
  document.body.append(part);
  await part.updateComplete;
  cleanups.push(() => {
    services.quickInput.cancel();
    part.remove();
    services.editors.dispose();
  });
  return { services, part, disposed };
}

const input = (name: string, kind = 'test'): EditorInput => ({ uri: `test:${name}`, kind, title: { en: name.toUpperCase(), 'zh-CN': `文件${name}` } });

/** Lets Lit updates and pane promises run. */
async function settle(part: EditorPart): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await part.updateComplete;
    for (const group of groupsOf(part)) await group.updateComplete;
  }
}

function groupsOf(part: EditorPart): EditorGroup[] {
  return [...part.shadowRoot!.querySelectorAll('sc-editor-group')];
}

function groupAt(part: EditorPart, index = 0): EditorGroup {
  const group = groupsOf(part)[index];
  if (!group) throw new Error(`no editor group #${index}`);
  return group;
}

function tabsOf(group: EditorGroup): HTMLElement[] {
  return [...group.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
}

function tab(group: EditorGroup, name: string): HTMLElement {
  const found = tabsOf(group).find((t) => t.dataset.uri === `test:${name}`);
  if (!found) throw new Error(`no tab for ${name}`);
  return found;
}

function tabNames(group: EditorGroup): string[] {
  return tabsOf(group).map((t) => t.dataset.uri!.slice('test:'.length));
}

function modelNames(services: WorkbenchServices, index = 0): string[] {
  return services.editors.model.state.groups[index]!.editors.map((e) => e.uri.slice('test:'.length));
}

function paneOf(group: EditorGroup, name: string): HTMLElement | null {
  return [...group.children].find((c): c is HTMLElement => c instanceof HTMLElement && c.dataset.uri === `test:${name}`) ?? null;
}

function isShown(element: HTMLElement | null): boolean {
  return !!element && !element.hidden && element.checkVisibility();
}

function menuOf(group: EditorGroup): TabContextMenu | null {
  return group.shadowRoot!.querySelector('sc-tab-context-menu');
}

function key(target: Element, keyName: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true, ...init }));
}

function drag(type: string, target: Element, dataTransfer: DataTransfer, clientX = 0): DragEvent {
  const event = new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer, clientX, clientY: 10 });
  target.dispatchEvent(event);
  return event;
}

async function openAll(h: Harness, ...names: string[]): Promise<EditorGroup> {
  for (const name of names) h.services.editors.open(input(name));
  await settle(h.part);
  return groupAt(h.part);
}

describe('<sc-editor-part>', () => {
  it('marks itself as the editor part and shows an empty state with keybinding hints', async () => {
    const { part, services } = await setup();
    expect(part.dataset.part).to.equal('editor');
    const empty = part.shadowRoot!.querySelector('.empty')!;
    expect(empty.textContent).to.contain('Scorecard Designer');
    expect(empty.textContent).to.contain('Show All Commands');
    expect([...empty.querySelectorAll('kbd')].map((k) => k.textContent)).to.deep.equal(['Ctrl', 'Shift', 'P', 'Ctrl', 'P']);
    expect(groupsOf(part)).to.have.length(0);
    services.i18n.setLocale('zh-CN');
    await part.updateComplete;
    expect(part.shadowRoot!.querySelector('.empty')!.textContent).to.contain('计分卡设计器');
  });

  it('renders one tab per editor in order, with icon, title, uri and the active one selected', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b', 'c');
    expect(part(h).querySelector('.empty')).to.equal(null);
    expect(tabNames(group)).to.deep.equal(['a', 'b', 'c']);
    expect(group.shadowRoot!.querySelector('[role="tablist"]')).to.not.equal(null);
    const c = tab(group, 'c');
    expect(c.getAttribute('aria-selected')).to.equal('true');
    expect(tab(group, 'a').getAttribute('aria-selected')).to.equal('false');
    expect(c.querySelector('sc-codicon')!.getAttribute('name')).to.equal('file');
    expect(c.querySelector('.label')!.textContent).to.equal('C');
    expect(c.querySelector<HTMLElement>('.close')!.title).to.equal('Close (Ctrl+W)');
    expect(h.services.contextKeys.get('activeEditor')).to.equal('test:c');
    expect(h.services.contextKeys.get('activeEditorKind')).to.equal('test');
    expect(h.services.contextKeys.get('editorGroupCount')).to.equal(1);
    h.services.i18n.setLocale('zh-CN');
    await settle(h.part);
    expect(c.querySelector('.label')!.textContent).to.equal('文件c');
    expect(c.querySelector<HTMLElement>('.close')!.title).to.equal('关闭 (Ctrl+W)');
  });

  it('clicking a tab activates it and shows only its pane, keeping the others alive', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b');
    expect(isShown(paneOf(group, 'b'))).to.equal(true);
    expect(paneOf(group, 'a'), 'panes are created when first shown').to.equal(null);
    tab(group, 'a').click();
    await settle(h.part);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:a');
    expect(tab(group, 'a').getAttribute('aria-selected')).to.equal('true');
    expect(isShown(paneOf(group, 'a'))).to.equal(true);
    const b = paneOf(group, 'b')!;
    expect(b.isConnected).to.equal(true);
    expect(isShown(b)).to.equal(false);
    expect(h.services.contextKeys.get('activeEditor')).to.equal('test:a');
    tab(group, 'b').click();
    await settle(h.part);
    expect(paneOf(group, 'b')).to.equal(b);
    expect(isShown(b)).to.equal(true);
    expect(isShown(paneOf(group, 'a'))).to.equal(false);
  });

  it('the close button closes the tab and activates its neighbour; middle-click closes too', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b', 'c');
    tab(group, 'b').click();
    await settle(h.part);
    tab(group, 'b').querySelector<HTMLElement>('.close')!.click();
    await settle(h.part);
    expect(tabNames(group)).to.deep.equal(['a', 'c']);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:c');
    expect(paneOf(group, 'b')).to.equal(null);
    expect(h.disposed).to.include('test:b');
    expect(isShown(paneOf(group, 'c'))).to.equal(true);
    tab(group, 'a').dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    await settle(h.part);
    expect(tabNames(group)).to.deep.equal(['c']);
  });

  it('shows a dirty marker on sc-dirty-change and asks before closing a dirty tab', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b');
    const pane = paneOf(group, 'b')!;
    pane.dispatchEvent(new CustomEvent(DIRTY_CHANGE_EVENT, { detail: { dirty: true }, bubbles: true, composed: true }));
    await settle(h.part);
    expect(h.services.editors.isDirty('test:b')).to.equal(true);
    expect(tab(group, 'b').querySelector('.dirty-dot')).to.not.equal(null);
    expect(tab(group, 'a').querySelector('.dirty-dot')).to.equal(null);

    tab(group, 'b').querySelector<HTMLElement>('.close')!.click();
    await settle(h.part);
    const request = h.services.quickInput.current!;
    expect(request.placeholder).to.contain('"B" has unsaved changes');
    expect(request.items.map((i) => i.id)).to.deep.equal(['close', 'cancel']);
    h.services.quickInput.accept(request.items[1]!);
    await settle(h.part);
    expect(tabNames(group)).to.deep.equal(['a', 'b']);

    tab(group, 'b').querySelector<HTMLElement>('.close')!.click();
    await settle(h.part);
    h.services.quickInput.accept(h.services.quickInput.current!.items[0]!);
    await settle(h.part);
    expect(tabNames(group)).to.deep.equal(['a']);
    expect(h.services.editors.isDirty('test:b')).to.equal(false);

    // A pane that becomes clean again clears the marker.
    paneOf(group, 'a')?.dispatchEvent(new CustomEvent(DIRTY_CHANGE_EVENT, { detail: { dirty: true }, bubbles: true }));
    await settle(h.part);
    expect(tab(group, 'a').querySelector('.dirty-dot')).to.not.equal(null);
    paneOf(group, 'a')?.dispatchEvent(new CustomEvent(DIRTY_CHANGE_EVENT, { detail: { dirty: false }, bubbles: true }));
    await settle(h.part);
    expect(tab(group, 'a').querySelector('.dirty-dot')).to.equal(null);
  });

  it('reorders tabs by drag and drop, showing a drop indicator while dragging', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b', 'c');
    const transfer = new DataTransfer();
    drag('dragstart', tab(group, 'a'), transfer);
    const c = tab(group, 'c');
    const right = c.getBoundingClientRect().right - 2;
    const over = drag('dragover', c, transfer, right);
    expect(over.defaultPrevented, 'the strip accepts the drop').to.equal(true);
    await settle(h.part);
    expect(c.classList.contains('drop-after')).to.equal(true);
    drag('drop', c, transfer, right);
    drag('dragend', tab(group, 'a'), transfer);
    await settle(h.part);
    expect(modelNames(h.services)).to.deep.equal(['b', 'c', 'a']);
    expect(tabNames(group)).to.deep.equal(['b', 'c', 'a']);
    expect(group.shadowRoot!.querySelector('.drop-before, .drop-after')).to.equal(null);

    // Onto the left half of a tab further right: just before it.
    const transfer2 = new DataTransfer();
    drag('dragstart', tab(group, 'b'), transfer2);
    const a = tab(group, 'a');
    drag('dragover', a, transfer2, a.getBoundingClientRect().left + 2);
    await settle(h.part);
    expect(a.classList.contains('drop-before')).to.equal(true);
    drag('drop', a, transfer2, a.getBoundingClientRect().left + 2);
    drag('dragend', tab(group, 'b'), transfer2);
    await settle(h.part);
    expect(modelNames(h.services)).to.deep.equal(['c', 'b', 'a']);

    // Onto the left half of the first tab: to the front.
    const transfer3 = new DataTransfer();
    drag('dragstart', tab(group, 'a'), transfer3);
    const c2 = tab(group, 'c');
    drag('dragover', c2, transfer3, c2.getBoundingClientRect().left + 2);
    drag('drop', c2, transfer3, c2.getBoundingClientRect().left + 2);
    drag('dragend', tab(group, 'a'), transfer3);
    await settle(h.part);
    expect(modelNames(h.services)).to.deep.equal(['a', 'c', 'b']);
  });

  it('moves a tab onto the other group by dropping it on its body or tab strip', async () => {
    const h = await setup();
    const first = await openAll(h, 'a', 'b', 'c');
    h.services.editors.model.split('test:c');
    await settle(h.part);
    const second = groupAt(h.part, 1);
    expect(tabNames(second)).to.deep.equal(['c']);

    const transfer = new DataTransfer();
    drag('dragstart', tab(first, 'a'), transfer);
    const body = second.shadowRoot!.querySelector('.body')!;
    expect(drag('dragover', body, transfer).defaultPrevented).to.equal(true);
    await settle(h.part);
    expect(body.classList.contains('drop-target')).to.equal(true);
    drag('drop', body, transfer);
    drag('dragend', tab(first, 'a'), transfer);
    await settle(h.part);
    expect(tabNames(first)).to.deep.equal(['b', 'c']);
    expect(tabNames(second)).to.deep.equal(['c', 'a']);
    expect(h.services.editors.model.state.activeGroup).to.equal(h.services.editors.model.state.groups[1]!.id);
    expect(isShown(paneOf(second, 'a'))).to.equal(true);

    // A group's own body does not take its own tab.
    const transfer2 = new DataTransfer();
    drag('dragstart', tab(second, 'a'), transfer2);
    expect(drag('dragover', second.shadowRoot!.querySelector('.body')!, transfer2).defaultPrevented).to.equal(false);
    // ...but the other group's tab strip does, at the drop position.
    const strip = first.shadowRoot!.querySelector('[role="tablist"]')!;
    const b = tab(first, 'b');
    drag('dragover', b, transfer2, b.getBoundingClientRect().left + 2);
    drag('drop', b, transfer2, b.getBoundingClientRect().left + 2);
    drag('dragend', tab(second, 'a'), transfer2);
    await settle(h.part);
    expect(strip.isConnected).to.equal(true);
    expect(tabNames(first)).to.deep.equal(['a', 'b', 'c']);
    expect(tabNames(second)).to.deep.equal(['c']);
  });

  it('context menu: Close Others by keyboard, Escape and outside clicks dismiss it', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b', 'c');
    const b = tab(group, 'b');
    const rect = b.getBoundingClientRect();
    b.dispatchEvent(new MouseEvent('contextmenu', { button: 2, clientX: rect.left + 5, clientY: rect.bottom, bubbles: true, composed: true, cancelable: true }));
    await settle(h.part);
    let menu = menuOf(group)!;
    expect(menu).to.not.equal(null);
    await menu.updateComplete;
    const items = [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items.map((i) => i.querySelector('.label')!.textContent)).to.deep.equal(['Close', 'Close Others', 'Close All', 'Split Right']);
    expect(menu.shadowRoot!.activeElement).to.equal(items[0]);

    key(items[0]!, 'Escape');
    await settle(h.part);
    expect(menuOf(group)).to.equal(null);
    expect(group.shadowRoot!.activeElement).to.equal(b);

    // Shift+F10 on the focused tab opens it again; an outside click closes it.
    key(b, 'F10', { shiftKey: true });
    await settle(h.part);
    menu = menuOf(group)!;
    expect(menu).to.not.equal(null);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(h.part);
    expect(menuOf(group)).to.equal(null);

    key(b, 'ContextMenu');
    await settle(h.part);
    menu = menuOf(group)!;
    await menu.updateComplete;
    const focused = () => menu.shadowRoot!.activeElement as HTMLElement;
    key(focused(), 'ArrowDown');
    expect(focused().dataset.id).to.equal('closeOthers');
    key(focused(), 'Enter');
    await settle(h.part);
    expect(menuOf(group)).to.equal(null);
    expect(tabNames(group)).to.deep.equal(['b']);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:b');
  });

  it('Split Right creates a second group; closing its last tab removes the group', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b');
    tab(group, 'a').dispatchEvent(new MouseEvent('contextmenu', { button: 2, clientX: 20, clientY: 20, bubbles: true, composed: true, cancelable: true }));
    await settle(h.part);
    const menu = menuOf(group)!;
    await menu.updateComplete;
    menu.shadowRoot!.querySelector<HTMLElement>('[data-id="splitRight"]')!.click();
    await settle(h.part);
    expect(groupsOf(h.part)).to.have.length(2);
    const second = groupAt(h.part, 1);
    expect(groupAt(h.part, 0)).to.equal(group);
    expect(tabNames(second)).to.deep.equal(['a']);
    expect(second.hasAttribute('active')).to.equal(true);
    expect(group.hasAttribute('active')).to.equal(false);
    expect(isShown(paneOf(second, 'a'))).to.equal(true);
    expect(h.services.contextKeys.get('editorGroupCount')).to.equal(2);
    expect(h.part.shadowRoot!.querySelector('sc-sash')).to.not.equal(null);

    // Clicking into a group focuses it.
    group.shadowRoot!.querySelector('.body')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(h.part);
    expect(group.hasAttribute('active')).to.equal(true);
    expect(h.services.contextKeys.get('activeEditor')).to.equal('test:b');

    tab(second, 'a').querySelector<HTMLElement>('.close')!.click();
    await settle(h.part);
    expect(groupsOf(h.part)).to.deep.equal([group]);
    expect(tabNames(group)).to.deep.equal(['a', 'b']);
    expect(h.part.shadowRoot!.querySelector('sc-sash')).to.equal(null);
    expect(h.services.contextKeys.get('editorGroupCount')).to.equal(1);
  });

  it('the sash resizes the groups with the keyboard and the pointer', async () => {
    const h = await setup();
    await openAll(h, 'a');
    h.services.editors.model.split('test:a');
    await settle(h.part);
    const sash = h.part.shadowRoot!.querySelector('sc-sash')!;
    const width = h.part.shadowRoot!.querySelector('.groups')!.getBoundingClientRect().width;
    const firstWidth = () => groupAt(h.part, 0).getBoundingClientRect().width;
    expect(firstWidth()).to.be.closeTo(width / 2, 2);
    key(sash, 'ArrowRight', { shiftKey: true });
    await settle(h.part);
    expect(h.services.editors.model.state.splitRatio).to.be.closeTo(0.5 + 50 / width, 1e-9);
    expect(firstWidth()).to.be.closeTo(width / 2 + 50, 2);
    key(sash, 'ArrowLeft');
    await settle(h.part);
    expect(h.services.editors.model.state.splitRatio).to.be.closeTo(0.5 + 40 / width, 1e-9);
    expect(sash.getAttribute('aria-valuenow')).to.equal(String(Math.round((0.5 + 40 / width) * 100)));

    const x = sash.getBoundingClientRect().left + 2;
    const pointer = (type: string, clientX: number) =>
      sash.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, isPrimary: true, clientX, clientY: 50, bubbles: true, composed: true, cancelable: true }));
    pointer('pointerdown', x);
    pointer('pointermove', x - 90);
    pointer('pointerup', x - 90);
    await settle(h.part);
    expect(h.services.editors.model.state.splitRatio).to.be.closeTo(0.5 - 50 / width, 1e-9);
    // Clamped at the edges.
    pointer('pointerdown', x);
    pointer('pointerup', x - 2000);
    expect(h.services.editors.model.state.splitRatio).to.equal(0.15);
  });

  it('moves focus among tabs with the arrow keys, activates with Enter and closes with Delete', async () => {
    const h = await setup();
    const group = await openAll(h, 'a', 'b', 'c');
    const c = tab(group, 'c');
    expect(tabsOf(group).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0]);
    c.focus();
    key(c, 'ArrowRight');
    await settle(h.part);
    expect(group.shadowRoot!.activeElement).to.equal(tab(group, 'a'), 'wraps around');
    expect(tabsOf(group).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    key(tab(group, 'a'), 'ArrowRight');
    await settle(h.part);
    expect(group.shadowRoot!.activeElement).to.equal(tab(group, 'b'));
    expect(h.services.editors.model.activeEditor?.uri, 'arrows only move focus').to.equal('test:c');
    key(tab(group, 'b'), 'ArrowLeft');
    key(tab(group, 'a'), 'End');
    await settle(h.part);
    expect(group.shadowRoot!.activeElement).to.equal(tab(group, 'c'));
    key(tab(group, 'c'), 'Home');
    await settle(h.part);
    key(tab(group, 'a'), 'Enter');
    await settle(h.part);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:a');
    key(tab(group, 'a'), 'ArrowRight');
    await settle(h.part);
    key(tab(group, 'b'), ' ');
    await settle(h.part);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:b');
    key(tab(group, 'b'), 'Delete');
    await settle(h.part);
    expect(tabNames(group)).to.deep.equal(['a', 'c']);
    expect(h.services.editors.model.activeEditor?.uri).to.equal('test:c');
    expect(group.shadowRoot!.activeElement).to.equal(tab(group, 'c'));
  });

  it('shows the error of a failing editor provider in the body instead of throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    cleanups.push(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    });
    const h = await setup();
    const group = await openAll(h, 'a');
    h.services.editors.open(input('x', 'broken'));
    await settle(h.part);
    const alert = group.shadowRoot!.querySelector('.body [role="alert"]');
    expect(alert?.textContent).to.contain('Could not open "X"');
    expect(alert?.textContent).to.contain('kaboom');
    expect(isShown(paneOf(group, 'a'))).to.equal(false);
    tab(group, 'a').click();
    await settle(h.part);
    expect(group.shadowRoot!.querySelector('.body [role="alert"]')).to.equal(null);
    expect(isShown(paneOf(group, 'a'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});

function part(h: Harness): ShadowRoot {
  return h.part.shadowRoot!;
}
