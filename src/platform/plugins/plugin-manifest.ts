import type { LocalizedText, Locale } from '../../core/localized-text.ts';

/** Types mirroring schemas/plugin-manifest.schema.json (the schema is the source of truth). */
export interface CommandContribution {
  command: string;
  title: LocalizedText;
  category?: LocalizedText;
  icon?: string;
  enablement?: string;
}

export interface MenuItemContribution {
  command: string;
  when?: string;
  group?: string;
}

export interface KeybindingContribution {
  key: string;
  mac?: string;
  command: string;
  when?: string;
  args?: unknown[];
}

export interface ViewContainerContribution {
  id: string;
  title: LocalizedText;
  icon: string;
  order?: number;
}

export interface ViewContribution {
  id: string;
  name: LocalizedText;
  when?: string;
  collapsed?: boolean;
  order?: number;
}

export interface EditorContribution {
  kind: string;
  title: LocalizedText;
  icon?: string;
}

export interface SettingSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  default: unknown;
  title?: LocalizedText;
  description?: LocalizedText;
  enum?: unknown[];
  enumLabels?: LocalizedText[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  items?: Record<string, unknown>;
  order?: number;
}

export interface ConfigurationContribution {
  title?: LocalizedText;
  properties: Record<string, SettingSchema>;
}

export interface DomainContribution {
  id: string;
  label?: LocalizedText;
  [key: string]: unknown;
}

export const DOMAIN_POINTS = ['operators', 'scorers', 'weightings', 'importers', 'exporters', 'templates'] as const;
export type DomainPoint = (typeof DOMAIN_POINTS)[number];

export interface PluginContributions {
  commands?: CommandContribution[];
  menus?: Partial<Record<'commandPalette' | 'view/title' | 'editor/title' | 'statusBar', MenuItemContribution[]>>;
  keybindings?: KeybindingContribution[];
  viewsContainers?: { activitybar?: ViewContainerContribution[]; panel?: ViewContainerContribution[] };
  views?: Record<string, ViewContribution[]>;
  editors?: EditorContribution[];
  configuration?: ConfigurationContribution;
  localization?: Array<{ locale: Locale; path: string }>;
  operators?: DomainContribution[];
  scorers?: DomainContribution[];
  weightings?: DomainContribution[];
  importers?: DomainContribution[];
  exporters?: DomainContribution[];
  templates?: DomainContribution[];
}

export interface PluginManifest {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  version: string;
  publisher?: string;
  main?: string;
  activationEvents?: string[];
  contributes?: PluginContributions;
}

/**
 * The events that activate a plugin: the ones it lists, plus those implied by what it contributes
 * (a contributed command implies onCommand:<id>, a view onView:<id>, an editor onEditor:<kind>).
 */
export function activationEventsOf(manifest: PluginManifest): Set<string> {
  const events = new Set(manifest.activationEvents ?? []);
  const c = manifest.contributes ?? {};
  for (const cmd of c.commands ?? []) events.add(`onCommand:${cmd.command}`);
  for (const views of Object.values(c.views ?? {})) for (const v of views) events.add(`onView:${v.id}`);
  for (const e of c.editors ?? []) events.add(`onEditor:${e.kind}`);
  return events;
}
