// The runtime bundle export: one .zip another tool unpacks to evaluate a scorecard without the
// designer — the standalone runtime, the configuration and a usage note. Reproducible: the zip
// writer stamps every entry 1980-01-01 and the entries are always written in the same order, so
// the same document (and the same runtime) gives the same bytes.
import type { Locale } from '../localized-text.ts';
import { ZipWriter } from '../data/xlsx/zip-writer.ts';
import { exportConfigJson } from '../scorecard/export-config.ts';
import type { ScorecardConfig } from '../scorecard/types.ts';
import type { ValidationResult } from '../scorecard/validate.ts';
import { runtimeReadme } from './runtime-readme.ts';

export const RUNTIME_FILE = 'scorecard-runtime.js';
export const CONFIG_FILE = 'scorecard.json';
export const README_FILE = 'README.md';
/** Makes Node read scorecard-runtime.js as an ES module whatever its version's defaults. */
export const PACKAGE_FILE = 'package.json';

const PACKAGE_JSON = `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`;

export interface RuntimePackage {
  /** The zip, or null when the configuration has errors (nothing is exported then). */
  zip: Uint8Array<ArrayBuffer> | null;
  report: ValidationResult;
}

/** Packs `runtimeSource` (the bundled src/core/index.ts) with the validated configuration and a README in `locale`. */
export function runtimePackage(config: ScorecardConfig, runtimeSource: string, locale: Locale): RuntimePackage {
  const { text, report } = exportConfigJson(config);
  if (text === null || !report.config) return { zip: null, report };
  const zip = new ZipWriter(9);
  zip.add(README_FILE, runtimeReadme(report.config, locale));
  zip.add(PACKAGE_FILE, PACKAGE_JSON);
  zip.add(CONFIG_FILE, text);
  zip.add(RUNTIME_FILE, runtimeSource);
  return { zip: zip.finish(), report };
}
