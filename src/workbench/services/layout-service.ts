import { Emitter, type Event } from '../../base/event.ts';
import type { StorageService } from '../../platform/storage/storage-service.ts';

export interface LayoutState {
  sidebarVisible: boolean;
  sidebarWidth: number;
  activeContainer: string | undefined;
  /** View ids collapsed in the side bar. */
  collapsedViews: string[];
  panelVisible: boolean;
  panelHeight: number;
  activePanelView: string | undefined;
  /** True once the user has seen the welcome page. */
  welcomed: boolean;
}

const DEFAULTS: LayoutState = {
  sidebarVisible: true,
  sidebarWidth: 260,
  activeContainer: undefined,
  collapsedViews: [],
  panelVisible: true,
  panelHeight: 200,
  activePanelView: undefined,
  welcomed: false,
};

export const SIDEBAR_MIN = 170;
export const SIDEBAR_MAX = 720;
export const PANEL_MIN = 80;

/** Sizes within their limits (also for stored values, which may come from another screen). */
function clamp(state: LayoutState): LayoutState {
  const width = Number.isFinite(state.sidebarWidth) ? state.sidebarWidth : DEFAULTS.sidebarWidth;
  const height = Number.isFinite(state.panelHeight) ? state.panelHeight : DEFAULTS.panelHeight;
  return {
    ...state,
    sidebarWidth: Math.round(Math.min(SIDEBAR_MAX, Math.max(SIDEBAR_MIN, width))),
    panelHeight: Math.round(Math.max(PANEL_MIN, height)),
    collapsedViews: Array.isArray(state.collapsedViews) ? state.collapsedViews : [],
  };
}

/** Side bar and panel visibility and sizes, persisted so a reload looks the same. */
export class LayoutService {
  private state: LayoutState = { ...DEFAULTS };
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _onDidChange = new Emitter<LayoutState>();
  readonly onDidChange: Event<LayoutState> = this._onDidChange.event;

  constructor(private readonly storage: StorageService) {}

  async load(): Promise<void> {
    const stored = await this.storage.get<Partial<LayoutState>>('layout', 'parts');
    this.state = clamp({ ...DEFAULTS, ...(stored ?? {}) });
  }

  get current(): Readonly<LayoutState> {
    return this.state;
  }

  update(patch: Partial<LayoutState>): void {
    const next = clamp({ ...this.state, ...patch });
    this.state = next;
    this._onDidChange.fire(next);
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), 50);
  }

  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.storage.set('layout', 'parts', this.state);
  }

  /** Clicking the active container's icon hides the side bar; another icon shows that container. */
  toggleContainer(id: string): void {
    if (this.state.sidebarVisible && this.state.activeContainer === id) this.update({ sidebarVisible: false });
    else this.update({ sidebarVisible: true, activeContainer: id });
  }

  toggleViewCollapsed(viewId: string): void {
    const set = new Set(this.state.collapsedViews);
    if (set.has(viewId)) set.delete(viewId);
    else set.add(viewId);
    this.update({ collapsedViews: [...set] });
  }
}
