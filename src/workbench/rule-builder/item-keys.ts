// The keyboard map of a condition or group (rows and groups share it):
//   Alt+ArrowUp / Alt+ArrowDown        move one place up / down within its group (from its first
//                                      or last place: out of the group, just before / after it)
//   Alt+Shift+ArrowRight               indent: into the group just above it (as its last item)
//   Alt+Shift+ArrowLeft                outdent: out of its group, to just after that group
//   Ctrl+D (Cmd+D on macOS)            duplicate (the copy goes below)
//   Delete or Backspace on the handle  remove
// The moves work from any control of the item (select excepted: Alt+ArrowDown opens it there).
import type { BuilderEdit, Path } from './builder-events.ts';

export function itemKeyEdit(e: KeyboardEvent, path: Path, onHandle: boolean): BuilderEdit | undefined {
  const target = e.composedPath()[0];
  const inSelect = target instanceof HTMLSelectElement;
  const inText = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox');
  if (e.altKey && !e.ctrlKey && !e.metaKey && !inSelect) {
    if (!e.shiftKey && e.key === 'ArrowUp') return { type: 'step', path, delta: -1 };
    if (!e.shiftKey && e.key === 'ArrowDown') return { type: 'step', path, delta: 1 };
    if (e.shiftKey && e.key === 'ArrowRight') return { type: 'indent', path };
    if (e.shiftKey && e.key === 'ArrowLeft') return { type: 'outdent', path };
  }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'd' || e.key === 'D')) return { type: 'duplicate', path };
  if (onHandle && !inText && (e.key === 'Delete' || e.key === 'Backspace') && !e.altKey && !e.ctrlKey && !e.metaKey) return { type: 'remove', path };
  return undefined;
}
