import { DisposableStore, type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import { chordFromKeyboardEvent } from '../../platform/keybindings/keybinding.ts';
import type { WorkbenchServices } from '../services/workbench-services.ts';

/** The element that really has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isTextInput(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  return (el as HTMLElement).isContentEditable;
}

/**
 * Routes key presses to commands through the keybinding service, keeping the context keys that
 * when-clauses read (inputFocus, quickInputVisible, sideBarVisible, panelVisible, ...) current.
 */
export function installKeyboardDispatcher(services: WorkbenchServices, target: Window = window): IDisposable {
  const store = new DisposableStore();
  const { contextKeys, keybindings, commands, notifications, i18n, layout, quickInput } = services;

  const updateFocus = () => contextKeys.set('inputFocus', isTextInput(deepActiveElement()));
  const syncLayout = () => {
    contextKeys.set('sideBarVisible', layout.current.sidebarVisible);
    contextKeys.set('panelVisible', layout.current.panelVisible);
    contextKeys.set('activeViewContainer', layout.current.activeContainer ?? '');
  };
  syncLayout();
  store.add(layout.onDidChange(syncLayout));
  store.add(quickInput.onDidChange((request) => contextKeys.set('quickInputVisible', !!request)));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return; // IME composition (Chinese input) owns the keys
    updateFocus();
    const chord = chordFromKeyboardEvent(e);
    if (!chord) return;
    const resolved = keybindings.resolve(chord);
    if (!resolved) return;
    e.preventDefault();
    e.stopPropagation();
    commands.executeCommand(resolved.command, ...resolved.args).catch((error: unknown) => {
      notifications.error(i18n.t('host.command.failed', { command: resolved.command, error: error instanceof Error ? error.message : String(error) }));
    });
  };
  target.addEventListener('keydown', onKeyDown);
  target.addEventListener('focusin', updateFocus);
  store.add(toDisposable(() => {
    target.removeEventListener('keydown', onKeyDown);
    target.removeEventListener('focusin', updateFocus);
  }));
  return store;
}
