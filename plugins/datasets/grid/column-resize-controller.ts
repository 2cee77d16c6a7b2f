// Resizing a grid column by dragging the edge of its header (pointer capture, so the drag goes on
// outside the handle).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const MIN_COLUMN_WIDTH = 48;

interface Drag {
  readonly key: string;
  readonly startX: number;
  readonly startWidth: number;
  width: number;
}

export interface ColumnResizeHost {
  readonly host: ReactiveControllerHost;
  widthOf(key: string): number | undefined;
  /** Called on every move with the new width. */
  setWidth(key: string, width: number): void;
  /** Called once when a drag that changed the width ends. */
  resized(key: string, width: number): void;
}

export class ColumnResizeController implements ReactiveController {
  private drag: Drag | undefined;

  constructor(private readonly columns: ColumnResizeHost) {
    columns.host.addController(this);
  }

  /** The key of the column being resized, if any. */
  get resizing(): string | undefined {
    return this.drag?.key;
  }

  hostDisconnected(): void {
    this.drag = undefined;
  }

  /** Handlers for a handle element carrying `data-key`. */
  readonly onPointerDown = (e: PointerEvent): void => {
    const handle = e.currentTarget as HTMLElement;
    const key = handle.dataset.key;
    const width = key === undefined ? undefined : this.columns.widthOf(key);
    if (key === undefined || width === undefined || e.button !== 0) return;
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    this.drag = { key, startX: e.clientX, startWidth: width, width };
    this.columns.host.requestUpdate();
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    drag.width = Math.max(MIN_COLUMN_WIDTH, Math.round(drag.startWidth + e.clientX - drag.startX));
    this.columns.setWidth(drag.key, drag.width);
  };

  readonly onPointerEnd = (): void => {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    this.columns.host.requestUpdate();
    if (drag.width !== drag.startWidth) this.columns.resized(drag.key, drag.width);
  };
}
