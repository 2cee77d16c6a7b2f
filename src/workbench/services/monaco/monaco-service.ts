import type { IDisposable } from '../../../base/lifecycle.ts';
import type { ThemeService } from '../theme-service.ts';
import type { JsonEditorHandle, JsonEditorOptions, MonacoJsonEditor, MonacoRuntime } from './json-editor.ts';
import type { MonacoRuntimeInternal } from './monaco-runtime.ts';
import { createTextareaJsonEditor } from './textarea-json-editor.ts';

/** How the runtime module is loaded; tests pass one that fails or stands in for Monaco. */
export type MonacoRuntimeImport = () => Promise<{ createMonacoRuntime(theme: ThemeService['theme']): MonacoRuntimeInternal }>;

export type MonacoLoadState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Monaco for every plugin, loaded once and lazily: nothing of Monaco is in the initial bundle, and
 * the first `load()` fetches it (its chunk, CSS and workers). It sets the workers up once, keeps
 * Monaco's theme on the workbench's (light, dark, high contrast), and keeps the JSON schemas of all
 * editors side by side. When Monaco cannot load, `createTextareaJsonEditor` gives the same
 * contract with a plain textarea.
 */
export class MonacoService implements IDisposable {
  private loading: Promise<MonacoRuntime> | undefined;
  private themeSubscription: IDisposable | undefined;
  private _state: MonacoLoadState = 'idle';

  constructor(
    private readonly theme: ThemeService,
    private readonly importRuntime: MonacoRuntimeImport = () => import('./monaco-runtime.ts'),
  ) {}

  /** Whether Monaco is loaded, loading, or failed to load on the last attempt. */
  get state(): MonacoLoadState {
    return this._state;
  }

  /** Loads Monaco (once). Rejects where it cannot load; a later call tries again. */
  load(): Promise<MonacoRuntime> {
    this.loading ??= this.start();
    return this.loading;
  }

  /** Loads Monaco if needed and creates a JSON editor (see MonacoRuntime.createJsonEditor). */
  async createJsonEditor(container: HTMLElement, options: JsonEditorOptions): Promise<MonacoJsonEditor> {
    return (await this.load()).createJsonEditor(container, options);
  }

  /** The fallback editor: a textarea with the JsonEditorHandle contract, for when load() fails. */
  createTextareaJsonEditor(container: HTMLElement, options: JsonEditorOptions): JsonEditorHandle {
    return createTextareaJsonEditor(container, options);
  }

  dispose(): void {
    this.themeSubscription?.dispose();
    this.themeSubscription = undefined;
  }

  private async start(): Promise<MonacoRuntime> {
    this._state = 'loading';
    try {
      const module = await this.importRuntime();
      const runtime = module.createMonacoRuntime(this.theme.theme);
      this.themeSubscription ??= this.theme.onDidChange((theme) => runtime.setTheme(theme));
      this._state = 'ready';
      return runtime;
    } catch (error) {
      this._state = 'failed';
      this.loading = undefined;
      throw error;
    }
  }
}
