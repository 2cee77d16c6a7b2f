// Upgrades scorecard documents written by older versions of the designer, one version at a time,
// by steps identified by id (the tldraw model): a document exported years ago still opens, and the
// steps it went through can be shown. Steps never see the caller's document, only a copy.
import { SCORECARD_VERSION } from './types.ts';

type Document = Record<string, unknown>;

/** Upgrades a document of version `from` to version `to` (normally from + 1). */
export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  /** Stable name of the step, e.g. `scorecard-1-to-2-rename-root`, reported in `applied`. */
  readonly id: string;
  /** Returns the upgraded document; may build on its argument, which is a private copy. */
  migrate(doc: Document): Document;
}

/**
 * Version 1 is the first format, and documents were not versioned before it existed: a document
 * without `version` is read as version 1 rather than refused.
 */
export const UNVERSIONED_DOCUMENT_VERSION = 1;

/** The steps of the shipped code, keyed by the version they upgrade from. None yet: 1 is the first version. */
export const SCORECARD_MIGRATIONS: readonly MigrationStep[] = [];

export interface MigrationResult {
  /** The upgraded document; the input itself when nothing had to change. */
  config: unknown;
  /** The version the document was written in. */
  from: number;
  /** The version it has now. */
  to: number;
  /** Ids of the steps run, in order. */
  applied: string[];
}

export type MigrationErrorCode = 'not-an-object' | 'version-invalid' | 'version-newer' | 'version-unsupported' | 'step-failed';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    /** The document's version, when it has a readable one. */
    readonly version?: number,
    /** The newest version the steps reach. */
    readonly supported?: number,
  ) {
    super(message);
  }
}

function isDocument(value: unknown): value is Document {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The version a document declares: a positive integer, `undefined` when it declares none (read as
 * UNVERSIONED_DOCUMENT_VERSION), or `null` when it is not a document or the version is unreadable.
 */
export function readVersion(doc: unknown): number | undefined | null {
  if (!isDocument(doc)) return null;
  const version = doc['version'];
  if (version === undefined) return undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** The version a step list upgrades to: the newest `to`, or the code's own version. */
export function targetVersion(steps: readonly MigrationStep[]): number {
  return steps.reduce((newest, step) => Math.max(newest, step.to), SCORECARD_VERSION);
}

/**
 * Upgrades `doc` to the newest version `steps` reach. Throws MigrationError for a document that is
 * not an object, has an unreadable version, is newer than the steps know, or has no path forward.
 * The input is never modified.
 */
export function migrateConfig(doc: unknown, steps: readonly MigrationStep[] = SCORECARD_MIGRATIONS): MigrationResult {
  const target = targetVersion(steps);
  if (!isDocument(doc)) throw new MigrationError('not-an-object', 'A scorecard configuration must be a JSON object');
  const declared = readVersion(doc);
  if (declared === null) throw new MigrationError('version-invalid', `Unreadable version ${JSON.stringify(doc['version'])}: expected a positive integer`);
  const from = declared ?? UNVERSIONED_DOCUMENT_VERSION;
  if (from > target) {
    throw new MigrationError('version-newer', `The document has format version ${from}, newer than the ${target} this code reads`, from, target);
  }
  const applied: string[] = [];
  if (from === target) return { config: declared === undefined ? { ...doc, version: from } : doc, from, to: target, applied };

  let current: Document = structuredClone(doc);
  let version = from;
  while (version < target) {
    const step = steps.find((s) => s.from === version);
    if (step === undefined || step.to <= version) {
      throw new MigrationError('version-unsupported', `No migration from format version ${version}`, from, target);
    }
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (error) {
      throw new MigrationError('step-failed', `Migration ${step.id} failed: ${error instanceof Error ? error.message : String(error)}`, from, target);
    }
    if (!isDocument(next)) throw new MigrationError('step-failed', `Migration ${step.id} did not return a document`, from, target);
    current = { ...next, version: step.to };
    version = step.to;
    applied.push(step.id);
  }
  return { config: current, from, to: version, applied };
}
