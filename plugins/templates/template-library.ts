// The templates the gallery offers (built-in and the user's) and what can be done with them; one
// instance per plugin activation, shared by the gallery and the commands.
import { Emitter, type Event } from '../../src/base/event.ts';
import type { IDisposable } from '../../src/base/lifecycle.ts';
import { type ScorecardTemplate, type TemplateValidation } from '../../src/core/templates/index.ts';
import { downloadText, type WorkbenchApi } from '../../src/workbench/api.ts';
import { loadBuiltinTemplates } from './builtin-templates.ts';
import { createFromTemplate, type CreatedFromTemplate } from './create-from-template.ts';
import type { GalleryEntry } from './gallery-entry.ts';
import { readTemplateFile, serializeTemplate, templateFileName } from './template-file.ts';
import { deleteUserTemplate, listUserTemplates, storeUserTemplate } from './user-templates.ts';

export class TemplateLibrary implements IDisposable {
  private builtins: Promise<GalleryEntry[]> | undefined;
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  constructor(
    private readonly api: WorkbenchApi,
    /** Tests hand in their own built-ins; the product loads the catalog files. */
    private readonly loadBuiltins: () => Promise<GalleryEntry[]> = () => loadBuiltinTemplates(api),
  ) {}

  async list(): Promise<GalleryEntry[]> {
    this.builtins ??= this.loadBuiltins();
    return [...(await this.builtins), ...(await listUserTemplates(this.api.workspace))];
  }

  async saveUserTemplate(template: ScorecardTemplate): Promise<GalleryEntry> {
    const entry = await storeUserTemplate(this.api.workspace, template, this.locale);
    this._onDidChange.fire();
    return entry;
  }

  async deleteUserTemplate(entry: GalleryEntry): Promise<void> {
    if (entry.origin !== 'user' || !entry.docId) return;
    await deleteUserTemplate(this.api.workspace, entry.docId);
    this._onDidChange.fire();
  }

  /** A file's text: added to the user's templates when valid; the problems either way. */
  async importText(text: string): Promise<TemplateValidation> {
    const checked = readTemplateFile(text);
    if (checked.valid && checked.template) await this.saveUserTemplate(checked.template);
    return checked;
  }

  exportTemplate(template: ScorecardTemplate): void {
    downloadText(serializeTemplate(template), templateFileName(template, this.locale), 'application/json;charset=utf-8');
  }

  async create(template: ScorecardTemplate, name: string, count: number): Promise<CreatedFromTemplate> {
    const created = await createFromTemplate(this.api.workspace, template, {
      name, count, locale: this.locale, datasetName: this.api.t('templates.create.datasetName', { name }),
    });
    // The scorecard plugin's public command opens its editor (plugins never import each other).
    await this.api.commands.executeCommand('scorecard.reveal', created.scorecardId, '');
    return created;
  }

  private get locale(): 'en' | 'zh-CN' {
    return this.api.i18n.locale;
  }

  dispose(): void {
    this._onDidChange.dispose();
  }
}
