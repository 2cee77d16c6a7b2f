import { resolveLocalized } from '../../src/core/localized-text.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { validateTemplate } from '../../src/core/templates/index.ts';
import type { EditorInput, PluginContext, WorkbenchApi } from '../../src/workbench/api.ts';
import { SaveTemplateDialogElement } from './save-template-dialog.ts';
import { TemplateGalleryElement } from './template-gallery.ts';
import { templateFromScorecard } from './template-from-scorecard.ts';
import { TemplateLibrary } from './template-library.ts';

export const GALLERY_INPUT: EditorInput = { uri: 'template-gallery:', kind: 'template-gallery', title: 'templates.gallery.title', icon: 'library' };
// The scorecard plugin's editor inputs are `scorecard:<document id>` (its editor contribution is public; its files are not).
const SCORECARD_URI_PREFIX = 'scorecard:';

/**
 * Scorecard templates: the gallery of built-in and saved templates ("New Scorecard from
 * Template…"), saving a scorecard as a template, and templates as files to share.
 */
export function activate(context: PluginContext<WorkbenchApi>, library = new TemplateLibrary(context.api)): void {
  const { api } = context;
  context.subscriptions.add(library);
  let gallery: TemplateGalleryElement | undefined;

  context.subscriptions.add(api.editors.registerEditorProvider('template-gallery', {
    createEditor: () => {
      const element = new TemplateGalleryElement();
      element.services = api;
      element.library = library;
      element.addEventListener('gallery-close', () => api.editors.close(GALLERY_INPUT.uri));
      gallery = element;
      return { element, dispose: () => { if (gallery === element) gallery = undefined; } };
    },
  }));

  const openGallery = async (): Promise<TemplateGalleryElement> => {
    api.editors.open(GALLERY_INPUT);
    const element = (await api.editors.getPane(GALLERY_INPUT, api.editors.model.activeGroup.id)).element as TemplateGalleryElement;
    // Once the editor part has attached and shown the pane (not awaited: until then it never renders),
    // and after the palette has handed focus back.
    void element.updateComplete.then(() => requestAnimationFrame(() => element.focusList()));
    return element;
  };

  const saveAsTemplate = async (docIdArg?: unknown): Promise<void> => {
    const uri = api.editors.model.activeEditor?.uri;
    const docId = typeof docIdArg === 'string' ? docIdArg : uri?.startsWith(SCORECARD_URI_PREFIX) ? uri.slice(SCORECARD_URI_PREFIX.length) : undefined;
    if (!docId) {
      api.notifications.info(api.t('templates.save.noScorecard'));
      return;
    }
    await api.workspace.flushAll();
    const doc = await api.workspace.getDocument<ScorecardConfig>(docId);
    if (!doc || doc.kind !== 'scorecard') {
      api.notifications.info(api.t('templates.save.noScorecard'));
      return;
    }
    const locale = api.i18n.locale;
    const dialog = new SaveTemplateDialogElement();
    dialog.services = api;
    dialog.industries = [...new Set((await library.list()).map((e) => resolveLocalized(e.template.industry, locale)))].sort((a, b) => a.localeCompare(b, locale));
    document.body.append(dialog);
    try {
      const details = await dialog.ask({ name: doc.name, description: resolveLocalized(doc.content.description, locale), industry: '' });
      if (!details) return;
      const checked = validateTemplate(templateFromScorecard(doc.content, details));
      if (!checked.valid || !checked.template) {
        const first = checked.problems.find((p) => p.severity === 'error');
        api.notifications.error(api.t('templates.save.invalid', { count: checked.problems.filter((p) => p.severity === 'error').length, first: first ? `${first.pointer} ${first.message[locale] ?? first.message.en}` : '' }));
        return;
      }
      await library.saveUserTemplate(checked.template);
      api.notifications.info(api.t('templates.save.done', { name: details.name.trim() }));
    } finally {
      dialog.remove();
    }
  };

  const exportTemplate = async (idArg?: unknown): Promise<void> => {
    const entries = await library.list();
    let entry = entries.find((e) => e.template.id === idArg);
    if (!entry) {
      const picked = await api.quickInput.pick({
        placeholder: api.t('templates.export.placeholder'),
        items: entries.map((e, i) => ({
          id: String(i), label: api.i18n.text(e.template.name), description: api.i18n.text(e.template.industry),
          group: e.origin === 'user' ? api.t('templates.gallery.mine') : api.t('templates.gallery.builtinOrigin'),
        })),
        emptyText: api.t('templates.gallery.empty'),
      });
      entry = picked ? entries[Number(picked.id)] : undefined;
    }
    if (entry) library.exportTemplate(entry.template);
  };

  const commands: Array<[string, (...args: unknown[]) => unknown]> = [
    ['templates.newFromTemplate', () => openGallery()],
    ['templates.saveAsTemplate', (docId) => saveAsTemplate(docId)],
    ['templates.importTemplate', async () => {
      const element = await openGallery();
      void element.updateComplete.then(() => element.chooseImportFile());
    }],
    ['templates.exportTemplate', (id) => exportTemplate(id)],
  ];
  for (const [id, handler] of commands) context.subscriptions.add(api.commands.registerCommand(id, handler));

  context.subscriptions.add(api.quickOpen.registerProvider({
    provideEntries: () => [{ input: GALLERY_INPUT, label: api.t('templates.gallery.title'), description: api.t('templates.quickOpen.description') }],
  }));
}
