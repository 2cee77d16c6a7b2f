import type { EditorInput } from './editor-input.ts';
import type { WorkbenchServices } from './workbench-services.ts';

/**
 * Asks before closing editors with unsaved changes (one question per dirty editor, through the
 * quick input rather than `confirm()`). Resolves false as soon as one is not confirmed, so a
 * "close all" stops without closing anything. Also for commands that close editors.
 */
export async function confirmCloseDirty(services: WorkbenchServices, inputs: readonly EditorInput[]): Promise<boolean> {
  for (const input of inputs) {
    if (!services.editors.isDirty(input.uri)) continue;
    const picked = await services.quickInput.pick({
      items: [
        { id: 'close', label: services.i18n.t('workbench.editor.discard') },
        { id: 'cancel', label: services.i18n.t('workbench.editor.cancel') },
      ],
      placeholder: services.i18n.t('workbench.editor.unsavedChanges', { title: services.i18n.text(input.title) }),
    });
    if (picked?.id !== 'close') return false;
  }
  return true;
}
