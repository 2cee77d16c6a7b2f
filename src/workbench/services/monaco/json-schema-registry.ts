import { toDisposable, type IDisposable } from '../../../base/lifecycle.ts';
import type { JsonSchemaObject } from './json-editor.ts';

/** The part of Monaco's `jsonDefaults` this registry uses (so it can be tested without Monaco). */
export interface JsonDiagnosticsTarget {
  readonly diagnosticsOptions: {
    readonly schemas?: ReadonlyArray<{ readonly uri: string; readonly fileMatch?: string[]; readonly schema?: unknown }>;
  };
  setDiagnosticsOptions(options: Record<string, unknown>): void;
}

export const SCHEMA_URI_PREFIX = 'inmemory://scorecard-designer/schema/';

/**
 * Schemas per model URI. Monaco keeps one global list of JSON schemas; every editor that sets its
 * own would otherwise replace the others'. Each registration here adds one entry matched to its
 * model only, and the list is rebuilt from all registrations, keeping entries others added.
 *
 * A schema with an `$id` is also listed under that id, so a document naming it in `"$schema"`
 * (which the JSON language service prefers over file matching) still finds it instead of trying
 * to fetch it.
 */
export class JsonSchemaRegistry {
  private readonly byModel = new Map<string, JsonSchemaObject>();
  /** `$id` entries this registry added, to tell them from other code's entries. */
  private readonly ownIds = new Set<string>();

  constructor(private readonly target: JsonDiagnosticsTarget) {}

  register(modelUri: string, schema: JsonSchemaObject): IDisposable {
    this.byModel.set(modelUri, schema);
    this.apply();
    return toDisposable(() => {
      // A later registration for the same model replaced this one; leave it.
      if (this.byModel.get(modelUri) !== schema) return;
      this.byModel.delete(modelUri);
      this.apply();
    });
  }

  /** The schema registered for a model, if any. */
  get(modelUri: string): JsonSchemaObject | undefined {
    return this.byModel.get(modelUri);
  }

  private apply(): void {
    const options = this.target.diagnosticsOptions;
    const others = (options.schemas ?? []).filter((s) => !s.uri.startsWith(SCHEMA_URI_PREFIX) && !this.ownIds.has(s.uri));
    const taken = new Set(others.map((s) => s.uri));
    const schemas: Array<{ readonly uri: string; readonly fileMatch?: string[]; readonly schema?: unknown }> = [...others];
    this.ownIds.clear();
    for (const [modelUri, schema] of this.byModel) {
      schemas.push({ uri: schemaUriFor(modelUri), fileMatch: [modelUri], schema });
      const id = typeof schema.$id === 'string' ? schema.$id : undefined;
      if (id && !taken.has(id)) {
        taken.add(id);
        this.ownIds.add(id);
        schemas.push({ uri: id, schema });
      }
    }
    this.target.setDiagnosticsOptions({
      ...options,
      validate: true,
      allowComments: false,
      enableSchemaRequest: false,
      schemas,
    });
  }
}

export function schemaUriFor(modelUri: string): string {
  return `${SCHEMA_URI_PREFIX}${encodeURIComponent(modelUri)}`;
}
