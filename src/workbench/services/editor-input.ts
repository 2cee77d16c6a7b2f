import type { LocalizedText } from '../../core/localized-text.ts';

/**
 * What an editor tab shows: plain serialisable data, so open tabs can be restored after a reload
 * by asking the provider of `kind` to create the editor again.
 */
export interface EditorInput {
  /** Unique resource id, e.g. "welcome:", "settings:", "scorecard:3f2a". Opening it again focuses the tab. */
  readonly uri: string;
  /** Which editor provider renders it (a contributed editor kind). */
  readonly kind: string;
  readonly title: LocalizedText;
  /** A codicon name. */
  readonly icon?: string;
  /** Extra provider data (must be structured-cloneable). */
  readonly data?: unknown;
}

/** A live editor created by a provider for one input. */
export interface EditorPane {
  readonly element: HTMLElement;
  /** Unsaved changes (shown as a dot on the tab; closing asks first). */
  isDirty?(): boolean;
  /** Called when the pane should save (Ctrl+S). */
  save?(): Promise<void> | void;
  /** The element fires `sc-dirty-change` when isDirty() changes. */
  dispose?(): void;
}

export interface EditorProvider {
  createEditor(input: EditorInput): EditorPane | Promise<EditorPane>;
}

/** Fired (bubbling, composed) by an editor element when its dirty state changes. */
export const DIRTY_CHANGE_EVENT = 'sc-dirty-change';
