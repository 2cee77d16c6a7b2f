// The configuration as other tools receive it: validated, `$schema` first so editors that read it
// (VS Code, JetBrains) validate and complete it, and the same bytes every time for the same document.
import scorecardSchema from '../../../schemas/scorecard.schema.json' with { type: 'json' };
import type { ScorecardConfig } from './types.ts';
import { validateConfig, type ValidationResult } from './validate.ts';

export const SCORECARD_SCHEMA_ID: string = (scorecardSchema as { $id: string }).$id;

export interface ConfigExport {
  /** The JSON text (two-space indent, final newline), or null when the configuration has errors. */
  text: string | null;
  report: ValidationResult;
}

/** Validates `config` and writes it with `$schema`; refuses (text null) when there are errors. */
export function exportConfigJson(config: ScorecardConfig): ConfigExport {
  const report = validateConfig(config);
  if (!report.valid || !report.config) return { text: null, report };
  const { $schema: _previous, ...rest } = report.config;
  return { text: `${JSON.stringify({ $schema: SCORECARD_SCHEMA_ID, ...rest }, null, 2)}\n`, report };
}
