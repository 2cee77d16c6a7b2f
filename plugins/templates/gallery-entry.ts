// What the gallery lists: a template and where it comes from (shipped with the product, or saved by
// the user in the workspace, where `docId` is its plugin-state document).
import type { ScorecardTemplate } from '../../src/core/templates/index.ts';

export interface GalleryEntry {
  template: ScorecardTemplate;
  origin: 'builtin' | 'user';
  docId?: string;
}
