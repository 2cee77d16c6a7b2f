import type { LocalizedText } from '../../src/core/localized-text.ts';
import type { PluginManifest } from '../../src/workbench/api.ts';

/** One contributed thing, already translated for display. */
export interface ContributionItem {
  readonly label: string;
  /** Its id (command id, view id, setting key...), shown next to the label when different. */
  readonly detail?: string;
}

/** The contributions of one point (commands, views, scorers...). */
export interface ContributionSection {
  /** Contribution point name; the view shows `plugins-view.contributions.<point>`. */
  readonly point: string;
  readonly items: readonly ContributionItem[];
}

const DOMAIN_POINTS = ['operators', 'scorers', 'weightings', 'importers', 'exporters', 'templates'] as const;

/**
 * What a manifest contributes, point by point, in the order the view lists them. Empty points are
 * left out. `text` translates manifest text (catalog keys or per-language objects).
 */
export function summarizeContributions(
  manifest: PluginManifest,
  text: (value: LocalizedText | undefined) => string,
  isMac: boolean,
): ContributionSection[] {
  const c = manifest.contributes ?? {};
  const sections: ContributionSection[] = [];
  const add = (point: string, items: ContributionItem[]): void => {
    if (items.length) sections.push({ point, items });
  };
  const item = (label: string, detail: string | undefined): ContributionItem =>
    detail === undefined || detail === label ? { label } : { label, detail };

  add('commands', (c.commands ?? []).map((cmd) => {
    const title = text(cmd.title);
    return item(cmd.category ? `${text(cmd.category)}: ${title}` : title, cmd.command);
  }));
  add('keybindings', (c.keybindings ?? []).map((kb) => item(isMac && kb.mac ? kb.mac : kb.key, kb.command)));
  add('menus', Object.entries(c.menus ?? {}).flatMap(([menu, entries]) => (entries ?? []).map((m) => item(m.command, menu))));
  add('viewsContainers', [...(c.viewsContainers?.activitybar ?? []), ...(c.viewsContainers?.panel ?? [])]
    .map((container) => item(text(container.title), container.id)));
  add('views', Object.values(c.views ?? {}).flat().map((view) => item(text(view.name), view.id)));
  add('editors', (c.editors ?? []).map((editor) => item(text(editor.title), editor.kind)));
  add('settings', Object.entries(c.configuration?.properties ?? {}).map(([key, schema]) => item(key, schema.title ? text(schema.title) : undefined)));
  for (const point of DOMAIN_POINTS) {
    add(point, (c[point] ?? []).map((d) => item(d.label ? text(d.label) : d.id, d.id)));
  }
  add('localization', (c.localization ?? []).map((l) => item(l.locale, undefined)));
  return sections;
}

/** How many things a manifest contributes, for the expander's count. */
export function countContributions(sections: readonly ContributionSection[]): number {
  return sections.reduce((sum, s) => sum + s.items.length, 0);
}
