import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorageService } from '../../src/platform/storage/storage-service.ts';
import type { EditorLayoutState } from '../../src/workbench/services/editor-groups-model.ts';
import type { EditorInput, EditorPane } from '../../src/workbench/services/editor-input.ts';
import { EditorService } from '../../src/workbench/services/editor-service.ts';
import { LayoutService, PANEL_MIN, SIDEBAR_MAX, SIDEBAR_MIN } from '../../src/workbench/services/layout-service.ts';
import { StatusBarService } from '../../src/workbench/services/status-bar-service.ts';
import { type ViewContainerDescriptor, type ViewDescriptor, type ViewPane, ViewService } from '../../src/workbench/services/view-service.ts';

/** A stand-in for a DOM element: the services never touch it. */
function fakeElement(name: string): HTMLElement {
  return { name } as unknown as HTMLElement;
}

function input(uri: string, kind = 'policy'): EditorInput {
  return { uri, kind, title: uri };
}

function paneFor(uri: string, dispose?: () => void): EditorPane {
  return { element: fakeElement(uri), dispose };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('EditorService: layout persistence', () => {
  it('flush() saves the open editors and a new EditorService on the same storage restores them', async () => {
    const storage = new MemoryStorageService();
    const first = new EditorService(storage);
    first.registerKind({ kind: 'policy', title: 'Policy', source: 'p' });
    first.registerKind({ kind: 'dataset', title: 'Dataset', source: 'd' });
    first.open(input('policy:1'));
    first.open({ ...input('dataset:1', 'dataset'), data: { rows: 3 } });
    first.open(input('policy:2'));
    first.open(input('policy:1'), { toSide: true });
    await first.flush();
    const saved = first.model.state;
    first.dispose();

    const second = new EditorService(storage);
    second.registerKind({ kind: 'policy', title: 'Policy', source: 'p' });
    second.registerKind({ kind: 'dataset', title: 'Dataset', source: 'd' });
    await second.restore();
    expect(second.model.state).toEqual(saved);
    expect(second.model.state.groups).toHaveLength(2);
    expect(second.model.allEditors().find((e) => e.uri === 'dataset:1')?.data).toEqual({ rows: 3 });
    second.dispose();
  });

  it('drops editors of kinds nobody provides any more', async () => {
    const storage = new MemoryStorageService();
    const first = new EditorService(storage);
    first.open(input('policy:1'));
    first.open(input('gone:1', 'gone'));
    first.open(input('policy:2'));
    await first.flush();
    first.dispose();

    const second = new EditorService(storage);
    second.registerKind({ kind: 'policy', title: 'Policy', source: 'p' });
    await second.restore();
    expect(second.model.allEditors().map((e) => e.uri)).toEqual(['policy:1', 'policy:2']);
    expect(second.model.activeEditor?.uri).toBe('policy:2');
    second.dispose();
  });

  it('restore() with nothing stored keeps the empty layout', async () => {
    const service = new EditorService(new MemoryStorageService());
    await service.restore();
    expect(service.model.state.groups).toEqual([{ id: 1, editors: [], active: undefined }]);
    service.dispose();
  });

  it('saves by itself shortly after a change', async () => {
    vi.useFakeTimers();
    const storage = new MemoryStorageService();
    const service = new EditorService(storage);
    service.open(input('policy:1'));
    expect(await storage.get('layout', 'editors')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    const stored = await storage.get<EditorLayoutState>('layout', 'editors');
    expect(stored?.groups[0]?.editors.map((e) => e.uri)).toEqual(['policy:1']);
    service.dispose();
  });

  it('dispose() cancels a pending save', async () => {
    vi.useFakeTimers();
    const storage = new MemoryStorageService();
    const service = new EditorService(storage);
    service.open(input('policy:1'));
    service.dispose();
    await vi.advanceTimersByTimeAsync(100);
    expect(await storage.get('layout', 'editors')).toBeUndefined();
  });
});

describe('EditorService: kinds and panes', () => {
  it('registers kinds and removes them on dispose', () => {
    const service = new EditorService(new MemoryStorageService());
    const changed = vi.fn();
    service.onDidChangeKinds(changed);
    const d = service.registerKind({ kind: 'policy', title: 'Policy', source: 'p' });
    expect(service.hasKind('policy')).toBe(true);
    expect(service.getKind('policy')?.source).toBe('p');
    d.dispose();
    expect(service.hasKind('policy')).toBe(false);
    expect(changed).toHaveBeenCalledTimes(2);
    service.dispose();
  });

  it('creates one pane per group and uri, through the provider', async () => {
    const service = new EditorService(new MemoryStorageService());
    const createEditor = vi.fn((i: EditorInput) => paneFor(i.uri));
    service.registerEditorProvider('policy', { createEditor });
    const a = service.getPane(input('policy:1'), 1);
    expect(service.getPane(input('policy:1'), 1)).toBe(a);
    const b = service.getPane(input('policy:1'), 2);
    expect(b).not.toBe(a);
    await Promise.all([a, b]);
    expect(createEditor).toHaveBeenCalledTimes(2);
    service.dispose();
  });

  it('activates onEditor:<kind> when no provider is registered yet', async () => {
    const service = new EditorService(new MemoryStorageService());
    const activator = vi.fn(async (event: string) => {
      if (event === 'onEditor:policy') service.registerEditorProvider('policy', { createEditor: (i) => paneFor(i.uri) });
    });
    service.setActivator(activator);
    const pane = await service.getPane(input('policy:1'), 1);
    expect(pane.element).toEqual({ name: 'policy:1' });
    expect(activator).toHaveBeenCalledWith('onEditor:policy');
    await service.getPane(input('policy:2'), 1);
    expect(activator).toHaveBeenCalledTimes(1);
    service.dispose();
  });

  it('rejects when nobody provides the kind, even after activation', async () => {
    const service = new EditorService(new MemoryStorageService());
    const activator = vi.fn(async () => undefined);
    service.setActivator(activator);
    await expect(service.getPane(input('ghost:1', 'ghost'), 1)).rejects.toThrow(/ghost/);
    expect(activator).toHaveBeenCalledWith('onEditor:ghost');
    service.dispose();
  });

  it('a provider failure rejects getPane, and a retry creates the pane again', async () => {
    const service = new EditorService(new MemoryStorageService());
    let attempts = 0;
    service.registerEditorProvider('policy', {
      createEditor: async (i) => {
        attempts++;
        if (attempts === 1) throw new Error('provider broke');
        return paneFor(i.uri);
      },
    });
    await expect(service.getPane(input('policy:1'), 1)).rejects.toThrow('provider broke');
    const pane = await service.getPane(input('policy:1'), 1);
    expect(pane.element).toEqual({ name: 'policy:1' });
    expect(attempts).toBe(2);
    // Now cached.
    await service.getPane(input('policy:1'), 1);
    expect(attempts).toBe(2);
    service.dispose();
  });

  it('a disposed provider is no longer used', async () => {
    const service = new EditorService(new MemoryStorageService());
    service.registerEditorProvider('policy', { createEditor: (i) => paneFor(i.uri) }).dispose();
    await expect(service.getPane(input('policy:1'), 1)).rejects.toThrow(/policy/);
    service.dispose();
  });
});

describe('EditorService: dirty tracking', () => {
  it('fires onDidChangeDirty only on changes', () => {
    const service = new EditorService(new MemoryStorageService());
    const seen: string[] = [];
    service.onDidChangeDirty((uri) => seen.push(uri));
    service.setDirty('policy:1', true);
    service.setDirty('policy:1', true);
    expect(service.isDirty('policy:1')).toBe(true);
    service.setDirty('policy:1', false);
    service.setDirty('policy:1', false);
    expect(seen).toEqual(['policy:1', 'policy:1']);
    service.dispose();
  });

  it('closing an editor clears its dirty state and disposes its pane', async () => {
    const service = new EditorService(new MemoryStorageService());
    const disposed = vi.fn();
    service.registerEditorProvider('policy', { createEditor: (i) => paneFor(i.uri, disposed) });
    service.open(input('policy:1'));
    service.open(input('policy:2'));
    await service.getPane(input('policy:1'), 1);
    service.setDirty('policy:1', true);
    const seen: string[] = [];
    service.onDidChangeDirty((uri) => seen.push(uri));
    service.close('policy:1');
    expect(service.isDirty('policy:1')).toBe(false);
    expect(seen).toEqual(['policy:1']);
    await Promise.resolve();
    await Promise.resolve();
    expect(disposed).toHaveBeenCalledTimes(1);
    // The pane is created afresh if the editor is opened again.
    service.open(input('policy:1'));
    await service.getPane(input('policy:1'), 1);
    expect(service.isDirty('policy:1')).toBe(false);
    service.dispose();
  });

  it('stays dirty while the editor is still open in the other group', async () => {
    const service = new EditorService(new MemoryStorageService());
    service.registerEditorProvider('policy', { createEditor: (i) => paneFor(i.uri) });
    service.open(input('policy:1'));
    service.open(input('policy:1'), { toSide: true });
    const groups = service.model.state.groups.map((g) => g.id);
    expect(groups).toHaveLength(2);
    await service.getPane(input('policy:1'), groups[0]!);
    await service.getPane(input('policy:1'), groups[1]!);
    service.setDirty('policy:1', true);
    service.close('policy:1', groups[1]!);
    expect(service.isDirty('policy:1')).toBe(true);
    service.close('policy:1', groups[0]!);
    expect(service.isDirty('policy:1')).toBe(false);
    service.dispose();
  });

  it('does not clear another editor\'s dirty state', async () => {
    const service = new EditorService(new MemoryStorageService());
    service.registerEditorProvider('policy', { createEditor: (i) => paneFor(i.uri) });
    service.open(input('policy:1'));
    service.open(input('policy:2'));
    await service.getPane(input('policy:1'), 1);
    await service.getPane(input('policy:2'), 1);
    service.setDirty('policy:1', true);
    service.setDirty('policy:2', true);
    service.close('policy:1');
    expect(service.isDirty('policy:2')).toBe(true);
    service.dispose();
  });
});

describe('LayoutService', () => {
  it('starts from the defaults', async () => {
    const layout = new LayoutService(new MemoryStorageService());
    await layout.load();
    expect(layout.current).toMatchObject({ sidebarVisible: true, sidebarWidth: 260, panelVisible: true, panelHeight: 200, activeContainer: undefined, collapsedViews: [], welcomed: false });
  });

  it('clamps and rounds the side bar width and the panel height', () => {
    const layout = new LayoutService(new MemoryStorageService());
    layout.update({ sidebarWidth: 10 });
    expect(layout.current.sidebarWidth).toBe(SIDEBAR_MIN);
    layout.update({ sidebarWidth: 10_000 });
    expect(layout.current.sidebarWidth).toBe(SIDEBAR_MAX);
    layout.update({ sidebarWidth: 300.6 });
    expect(layout.current.sidebarWidth).toBe(301);
    layout.update({ panelHeight: 5 });
    expect(layout.current.panelHeight).toBe(PANEL_MIN);
    layout.update({ panelHeight: 412.2 });
    expect(layout.current.panelHeight).toBe(412);
  });

  it('fires onDidChange with the new state', () => {
    const layout = new LayoutService(new MemoryStorageService());
    const seen: boolean[] = [];
    layout.onDidChange((s) => seen.push(s.panelVisible));
    layout.update({ panelVisible: false });
    expect(seen).toEqual([false]);
  });

  it('toggleContainer: the active container hides the side bar, another one shows it', () => {
    const layout = new LayoutService(new MemoryStorageService());
    layout.toggleContainer('explorer');
    expect(layout.current).toMatchObject({ sidebarVisible: true, activeContainer: 'explorer' });
    layout.toggleContainer('explorer');
    expect(layout.current).toMatchObject({ sidebarVisible: false, activeContainer: 'explorer' });
    layout.toggleContainer('explorer');
    expect(layout.current).toMatchObject({ sidebarVisible: true, activeContainer: 'explorer' });
    layout.toggleContainer('plugins');
    expect(layout.current).toMatchObject({ sidebarVisible: true, activeContainer: 'plugins' });
    layout.update({ sidebarVisible: false });
    layout.toggleContainer('explorer');
    expect(layout.current).toMatchObject({ sidebarVisible: true, activeContainer: 'explorer' });
  });

  it('toggleViewCollapsed adds and removes a view', () => {
    const layout = new LayoutService(new MemoryStorageService());
    layout.toggleViewCollapsed('a');
    layout.toggleViewCollapsed('b');
    expect([...layout.current.collapsedViews].sort()).toEqual(['a', 'b']);
    layout.toggleViewCollapsed('a');
    expect(layout.current.collapsedViews).toEqual(['b']);
  });

  it('persists through flush() and a new LayoutService on the same storage', async () => {
    const storage = new MemoryStorageService();
    const first = new LayoutService(storage);
    first.update({ sidebarWidth: 333, panelVisible: false, activeContainer: 'plugins', collapsedViews: ['x'], welcomed: true });
    await first.flush();
    const second = new LayoutService(storage);
    await second.load();
    expect(second.current).toEqual(first.current);
    expect(second.current.sidebarWidth).toBe(333);
  });

  it('saves by itself shortly after an update', async () => {
    vi.useFakeTimers();
    const storage = new MemoryStorageService();
    const layout = new LayoutService(storage);
    layout.update({ panelHeight: 321 });
    await vi.advanceTimersByTimeAsync(100);
    const second = new LayoutService(storage);
    await second.load();
    expect(second.current.panelHeight).toBe(321);
  });

  it('fills what an older stored layout lacks with defaults', async () => {
    const storage = new MemoryStorageService();
    await storage.set('layout', 'parts', { sidebarWidth: 400 });
    const layout = new LayoutService(storage);
    await layout.load();
    expect(layout.current).toMatchObject({ sidebarWidth: 400, panelVisible: true, panelHeight: 200, collapsedViews: [] });
  });
});

describe('StatusBarService', () => {
  it('orders each side by priority (higher first), then id; priority defaults to 0', () => {
    const bar = new StatusBarService();
    bar.addItem({ id: 'c', alignment: 'left', text: 'C', priority: 1 });
    bar.addItem({ id: 'a', alignment: 'left', text: 'A' });
    bar.addItem({ id: 'b', alignment: 'left', text: 'B', priority: 10 });
    bar.addItem({ id: 'z', alignment: 'left', text: 'Z' });
    bar.addItem({ id: 'r1', alignment: 'right', text: 'R1', priority: -5 });
    bar.addItem({ id: 'r2', alignment: 'right', text: 'R2', priority: 5 });
    expect(bar.list('left').map((i) => i.id)).toEqual(['b', 'c', 'a', 'z']);
    expect(bar.list('right').map((i) => i.id)).toEqual(['r2', 'r1']);
  });

  it('update() changes the item and fires onDidChange', () => {
    const bar = new StatusBarService();
    const item = bar.addItem({ id: 'problems', alignment: 'left', text: '$(error) 0', command: 'a.b' });
    const changed = vi.fn();
    bar.onDidChange(changed);
    item.update({ text: '$(error) 3', tooltip: '3 problems' });
    expect(item.text).toBe('$(error) 3');
    expect(item.tooltip).toBe('3 problems');
    expect(item.command).toBe('a.b');
    expect(item.id).toBe('problems');
    expect(item.alignment).toBe('left');
    expect(bar.list('left')[0]).toMatchObject({ text: '$(error) 3', tooltip: '3 problems' });
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('update() of priority reorders', () => {
    const bar = new StatusBarService();
    bar.addItem({ id: 'a', alignment: 'right', text: 'A', priority: 2 });
    const b = bar.addItem({ id: 'b', alignment: 'right', text: 'B', priority: 1 });
    b.update({ priority: 3 });
    expect(bar.list('right').map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('dispose() removes the item once; later updates do nothing', () => {
    const bar = new StatusBarService();
    const item = bar.addItem({ id: 'x', alignment: 'left', text: 'X' });
    const changed = vi.fn();
    bar.onDidChange(changed);
    item.dispose();
    item.dispose();
    item.update({ text: 'again' });
    expect(bar.list('left')).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('refuses a duplicate id until the first is disposed', () => {
    const bar = new StatusBarService();
    const first = bar.addItem({ id: 'x', alignment: 'left', text: 'X' });
    expect(() => bar.addItem({ id: 'x', alignment: 'right', text: 'Y' })).toThrow(/x/);
    first.dispose();
    bar.addItem({ id: 'x', alignment: 'right', text: 'Y' });
    expect(bar.list('right').map((i) => i.text)).toEqual(['Y']);
  });

  it('keeps its own copy of the options', () => {
    const bar = new StatusBarService();
    const options = { id: 'x', alignment: 'left' as const, text: 'X' };
    bar.addItem(options);
    options.text = 'mutated';
    expect(bar.list('left')[0]?.text).toBe('X');
  });
});

function container(id: string, extra: Partial<ViewContainerDescriptor> = {}): ViewContainerDescriptor {
  return { id, title: id, icon: 'files', location: 'sidebar', order: 100, source: 'test', ...extra };
}

function view(id: string, containerId: string, extra: Partial<ViewDescriptor> = {}): ViewDescriptor {
  return { id, container: containerId, name: id, order: 100, source: 'test', ...extra };
}

describe('ViewService', () => {
  it('hides containers without views and sorts the rest by order, then id', () => {
    const views = new ViewService();
    views.registerContainer(container('empty', { order: 0 }));
    views.registerContainer(container('b', { order: 5 }));
    views.registerContainer(container('a', { order: 5 }));
    views.registerContainer(container('first', { order: 1 }));
    views.registerContainer(container('bottom', { location: 'panel' }));
    views.registerView(view('b.v', 'b'));
    views.registerView(view('a.v', 'a'));
    views.registerView(view('first.v', 'first'));
    views.registerView(view('bottom.v', 'bottom'));
    expect(views.getContainers('sidebar').map((c) => c.id)).toEqual(['first', 'a', 'b']);
    expect(views.getContainers('panel').map((c) => c.id)).toEqual(['bottom']);
    expect(views.getContainer('empty')).toBeDefined();
  });

  it('a container disappears when its last view is disposed', () => {
    const views = new ViewService();
    views.registerContainer(container('c'));
    const v = views.registerView(view('c.v', 'c'));
    expect(views.getContainers('sidebar')).toHaveLength(1);
    v.dispose();
    expect(views.getContainers('sidebar')).toEqual([]);
  });

  it('sorts views in a container by order, then id', () => {
    const views = new ViewService();
    views.registerView(view('z', 'c', { order: 1 }));
    views.registerView(view('b', 'c', { order: 2 }));
    views.registerView(view('a', 'c', { order: 2 }));
    views.registerView(view('other', 'd'));
    expect(views.getViews('c').map((v) => v.id)).toEqual(['z', 'a', 'b']);
  });

  it('refuses a duplicate view id', () => {
    const views = new ViewService();
    views.registerView(view('v', 'c', { source: 'first' }));
    expect(() => views.registerView(view('v', 'd', { source: 'second' }))).toThrow(/first/);
    expect(views.getView('v')?.container).toBe('c');
  });

  it('registerAll returns one disposable for everything', () => {
    const views = new ViewService();
    const d = views.registerAll([container('c')], [view('v1', 'c'), view('v2', 'c')]);
    expect(views.getViews('c')).toHaveLength(2);
    d.dispose();
    expect(views.getViews('c')).toEqual([]);
    expect(views.getContainer('c')).toBeUndefined();
  });

  it('fires onDidChange on registrations and disposals', () => {
    const views = new ViewService();
    const changed = vi.fn();
    views.onDidChange(changed);
    const c = views.registerContainer(container('c'));
    const v = views.registerView(view('v', 'c'));
    const p = views.registerViewProvider('v', { createView: () => ({ element: fakeElement('v') }) });
    p.dispose();
    v.dispose();
    c.dispose();
    expect(changed).toHaveBeenCalledTimes(6);
  });

  it('createView uses a registered provider without activating anything', async () => {
    const views = new ViewService();
    const activator = vi.fn(async () => undefined);
    views.setActivator(activator);
    const pane: ViewPane = { element: fakeElement('v') };
    views.registerViewProvider('v', { createView: () => pane });
    expect(views.hasProvider('v')).toBe(true);
    expect(await views.createView('v')).toBe(pane);
    expect(activator).not.toHaveBeenCalled();
  });

  it('createView activates onView:<id> and uses the provider the activation registered', async () => {
    const views = new ViewService();
    const pane: ViewPane = { element: fakeElement('lazy') };
    views.setActivator(async (event) => {
      if (event === 'onView:lazy') views.registerViewProvider('lazy', { createView: async () => pane });
    });
    expect(await views.createView('lazy')).toBe(pane);
  });

  it('createView returns undefined when nobody provides the view after activation', async () => {
    const views = new ViewService();
    const activator = vi.fn(async () => undefined);
    views.setActivator(activator);
    views.registerView(view('orphan', 'c'));
    expect(await views.createView('orphan')).toBeUndefined();
    expect(activator).toHaveBeenCalledWith('onView:orphan');
  });

  it('a disposed provider is not used', async () => {
    const views = new ViewService();
    views.registerViewProvider('v', { createView: () => ({ element: fakeElement('v') }) }).dispose();
    expect(views.hasProvider('v')).toBe(false);
    expect(await views.createView('v')).toBeUndefined();
  });
});
