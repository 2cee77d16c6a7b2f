import { Emitter, type Event } from '../../base/event.ts';
import { nextId } from '../../base/ids.ts';

export type Severity = 'info' | 'warning' | 'error';

export interface NotificationAction {
  /** Already-translated label. */
  label: string;
  run(): unknown;
}

export interface Notification {
  readonly id: string;
  readonly severity: Severity;
  /** Already-translated message. */
  readonly message: string;
  readonly source?: string;
  readonly actions: readonly NotificationAction[];
  /** Milliseconds before it hides by itself; 0 keeps it until closed. Errors stay by default. */
  readonly timeout: number;
}

export interface NotifyOptions {
  severity?: Severity;
  message: string;
  source?: string;
  actions?: NotificationAction[];
  timeout?: number;
}

/** Toasts. The workbench renders them; anything may raise one. */
export class NotificationService {
  private readonly items: Notification[] = [];
  private readonly _onDidAdd = new Emitter<Notification>();
  readonly onDidAdd: Event<Notification> = this._onDidAdd.event;
  private readonly _onDidClose = new Emitter<Notification>();
  readonly onDidClose: Event<Notification> = this._onDidClose.event;

  notify(options: NotifyOptions): Notification {
    const severity = options.severity ?? 'info';
    const notification: Notification = {
      id: nextId('notification'),
      severity,
      message: options.message,
      source: options.source,
      actions: options.actions ?? [],
      timeout: options.timeout ?? (severity === 'error' ? 0 : 8000),
    };
    this.items.push(notification);
    this._onDidAdd.fire(notification);
    return notification;
  }

  info(message: string, actions?: NotificationAction[]): Notification {
    return this.notify({ severity: 'info', message, actions });
  }

  warn(message: string, actions?: NotificationAction[]): Notification {
    return this.notify({ severity: 'warning', message, actions });
  }

  error(message: string, actions?: NotificationAction[]): Notification {
    return this.notify({ severity: 'error', message, actions });
  }

  close(id: string): void {
    const i = this.items.findIndex((n) => n.id === id);
    if (i < 0) return;
    const [closed] = this.items.splice(i, 1);
    this._onDidClose.fire(closed!);
  }

  get active(): readonly Notification[] {
    return this.items;
  }
}
