import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import manifestSchema from '../../../schemas/plugin-manifest.schema.json';
import type { PluginManifest } from './plugin-manifest.ts';

export interface ManifestProblem {
  /** JSON pointer into the manifest. */
  pointer: string;
  message: string;
}

export type ManifestValidation =
  | { ok: true; manifest: PluginManifest; problems: [] }
  | { ok: false; problems: ManifestProblem[] };

let compiled: ReturnType<Ajv2020['compile']> | undefined;

function validator(): ReturnType<Ajv2020['compile']> {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(manifestSchema);
  return compiled;
}

function describe(error: ErrorObject): ManifestProblem {
  const pointer = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    return { pointer, message: `unknown property "${extra}"` };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return { pointer, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` };
  }
  return { pointer, message: error.message ?? error.keyword };
}

/** Validates a plugin.json against schemas/plugin-manifest.schema.json plus checks the schema cannot express. */
export function validateManifest(value: unknown): ManifestValidation {
  const validate = validator();
  if (!validate(value)) {
    // oneOf failures repeat each branch's error; keep the first per pointer+message.
    const seen = new Set<string>();
    const problems: ManifestProblem[] = [];
    for (const e of validate.errors ?? []) {
      const p = describe(e);
      const k = `${p.pointer}|${p.message}`;
      if (!seen.has(k)) {
        seen.add(k);
        problems.push(p);
      }
    }
    return { ok: false, problems };
  }
  const manifest = value as PluginManifest;
  const problems: ManifestProblem[] = [];
  const c = manifest.contributes ?? {};
  const containers = new Set<string>([
    ...(c.viewsContainers?.activitybar ?? []).map((x) => x.id),
    ...(c.viewsContainers?.panel ?? []).map((x) => x.id),
  ]);
  const commandIds = new Set<string>();
  (c.commands ?? []).forEach((cmd, i) => {
    if (commandIds.has(cmd.command)) problems.push({ pointer: `/contributes/commands/${i}/command`, message: `duplicate command "${cmd.command}"` });
    commandIds.add(cmd.command);
  });
  // Views may go into the plugin's own containers or the workbench's built-in ones.
  for (const containerId of Object.keys(c.views ?? {})) {
    if (!containers.has(containerId) && !BUILTIN_CONTAINERS.has(containerId)) {
      problems.push({ pointer: `/contributes/views/${containerId}`, message: `unknown view container "${containerId}"` });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, manifest, problems: [] };
}

/** View containers the workbench itself provides; plugins may add views to them. */
export const BUILTIN_CONTAINERS = new Set(['explorer', 'panel']);
