import type { LocalizedText } from '../../src/core/localized-text.ts';
import type { SettingDescriptor } from '../../src/workbench/api.ts';
export { jsonEqual } from '../../src/base/json-equal.ts';

/** A JSON Schema document as plain data (what Monaco's JSON language service accepts). */
export type JsonSchemaObject = Record<string, unknown>;

/** How the JSON mode shows the user's values. */
export function formatSettingsJson(values: Record<string, unknown>): string {
  return `${JSON.stringify(values, null, 2)}\n`;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The schema of the settings JSON, built from the declared settings, so the JSON editor can
 * complete keys and values and flag wrong types. Undeclared keys stay allowed: the settings
 * service keeps values of plugins that are currently disabled.
 */
export function buildSettingsJsonSchema(
  descriptors: readonly SettingDescriptor[],
  text: (value: LocalizedText | undefined) => string,
): JsonSchemaObject {
  const properties: Record<string, JsonSchemaObject> = {};
  for (const { key, schema } of descriptors) {
    const property: JsonSchemaObject = { type: schema.type, default: schema.default };
    const title = text(schema.title);
    const description = text(schema.description);
    if (title) property.title = title;
    if (description || title) property.description = description || title;
    if (schema.enum) property.enum = schema.enum;
    if (schema.enumLabels) property.enumDescriptions = schema.enumLabels.map((label) => text(label));
    if (schema.minimum !== undefined) property.minimum = schema.minimum;
    if (schema.maximum !== undefined) property.maximum = schema.maximum;
    if (schema.pattern !== undefined) property.pattern = schema.pattern;
    if (schema.items !== undefined) property.items = schema.items;
    properties[key] = property;
  }
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties };
}
