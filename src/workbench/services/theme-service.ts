import { Emitter, type Event } from '../../base/event.ts';

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeId = (typeof THEMES)[number];
export type ThemeSetting = ThemeId | 'auto';

/**
 * Applies the colour theme as `data-theme` on <html>; the CSS custom properties (named after VS
 * Code's theme colours, e.g. --vscode-editor-background) switch with it. "auto" follows the OS.
 */
export class ThemeService {
  private setting: ThemeSetting = 'auto';
  private applied: ThemeId = 'light';
  private readonly media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  private readonly _onDidChange = new Emitter<ThemeId>();
  readonly onDidChange: Event<ThemeId> = this._onDidChange.event;

  constructor(private readonly root: HTMLElement | undefined = globalThis.document?.documentElement) {
    this.media?.addEventListener('change', () => this.apply());
  }

  get theme(): ThemeId {
    return this.applied;
  }

  set(setting: ThemeSetting): void {
    this.setting = setting;
    this.apply();
  }

  private apply(): void {
    const theme: ThemeId = this.setting === 'auto' ? (this.media?.matches ? 'dark' : 'light') : this.setting;
    this.root?.setAttribute('data-theme', theme);
    if (theme === this.applied && this.root) return;
    this.applied = theme;
    this._onDidChange.fire(theme);
  }
}
