// The user's own templates, kept in the workspace as plugin-state documents (so they travel with
// workspace backups and other tabs see them), one document per template.
import { validateTemplate, type ScorecardTemplate } from '../../src/core/templates/index.ts';
import { resolveLocalized, type Locale } from '../../src/core/localized-text.ts';
import type { WorkspaceService } from '../../src/workbench/api.ts';
import type { GalleryEntry } from './gallery-entry.ts';

/** Marks this plugin's plugin-state documents among those of other plugins. */
export const USER_TEMPLATE_OWNER = 'templates.user-template';

export interface UserTemplateState {
  owner: typeof USER_TEMPLATE_OWNER;
  template: ScorecardTemplate;
}

function isUserTemplateState(content: unknown): content is UserTemplateState {
  return typeof content === 'object' && content !== null && (content as { owner?: unknown }).owner === USER_TEMPLATE_OWNER;
}

export async function listUserTemplates(workspace: WorkspaceService): Promise<GalleryEntry[]> {
  const docs = await workspace.listDocuments('plugin-state');
  const entries: GalleryEntry[] = [];
  for (const doc of docs.sort((a, b) => a.createdAt - b.createdAt)) {
    if (!isUserTemplateState(doc.content)) continue;
    // A stored template that no longer validates (edited elsewhere, older product) is left out, not deleted.
    const checked = validateTemplate(doc.content.template);
    if (checked.valid && checked.template) entries.push({ template: checked.template, origin: 'user', docId: doc.id });
  }
  return entries;
}

/** Stores the template; one with the same id is replaced (importing a file again updates it). */
export async function storeUserTemplate(workspace: WorkspaceService, template: ScorecardTemplate, locale: Locale): Promise<GalleryEntry> {
  const content: UserTemplateState = { owner: USER_TEMPLATE_OWNER, template };
  const existing = (await listUserTemplates(workspace)).find((e) => e.template.id === template.id);
  if (existing?.docId) {
    const doc = await workspace.getDocument(existing.docId);
    if (doc) {
      await workspace.putDocument(existing.docId, content, doc.revision);
      return { template, origin: 'user', docId: existing.docId };
    }
  }
  const doc = await workspace.createDocument('plugin-state', resolveLocalized(template.name, locale) || template.id, content);
  return { template, origin: 'user', docId: doc.id };
}

export function deleteUserTemplate(workspace: WorkspaceService, docId: string): Promise<void> {
  return workspace.deleteDocument(docId);
}
