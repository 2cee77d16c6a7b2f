import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { Emitter, type Event } from '../../base/event.ts';
import { jsonEqual } from '../../base/json-equal.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { SettingSchema } from '../plugins/plugin-manifest.ts';
import type { StorageService } from '../storage/storage-service.ts';

export interface SettingDescriptor {
  key: string;
  schema: SettingSchema;
  /** Plugin id or "workbench". */
  source: string;
  /** Section title (the contributing configuration's title). */
  section?: LocalizedText;
}

export class SettingsValidationError extends Error {
  readonly type = 'InvalidSetting';
  constructor(readonly key: string, readonly reason: string) {
    super(`${key}: ${reason}`);
  }
}

export interface SettingsProblem {
  key: string;
  message: string;
}

const STORAGE_SCOPE = 'settings';
const STORAGE_KEY = 'user';

/**
 * User settings over plugin-contributed schemas. Only values different from the default are
 * stored; values of settings nobody declares (e.g. of a disabled plugin) are kept, not dropped.
 */
export class SettingsService implements IDisposable {
  private readonly descriptors = new Map<string, SettingDescriptor>();
  private readonly validators = new Map<string, ValidateFunction>();
  private values: Record<string, unknown> = {};
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });

  private readonly _onDidChange = new Emitter<ReadonlySet<string>>();
  /** Keys whose effective value changed. */
  readonly onDidChange: Event<ReadonlySet<string>> = this._onDidChange.event;
  private readonly _onDidChangeSchema = new Emitter<void>();
  readonly onDidChangeSchema: Event<void> = this._onDidChangeSchema.event;

  /**
   * @param translate turns a problem into the display language (`host.settings.*` keys); where it
   *   has no text (or is not given), problems are described in English.
   */
  constructor(
    private readonly storage: StorageService,
    private readonly translate: (key: string, args: Record<string, string | number>) => string | undefined = () => undefined,
  ) {}

  private message(key: string, args: Record<string, string | number>): string {
    return this.translate(key, args) ?? englishProblem(key, args);
  }

  async load(): Promise<void> {
    const stored = await this.storage.get<Record<string, unknown>>(STORAGE_SCOPE, STORAGE_KEY);
    this.values = stored && typeof stored === 'object' ? { ...stored } : {};
  }

  register(descriptor: SettingDescriptor): IDisposable {
    if (this.descriptors.has(descriptor.key)) {
      throw new Error(`Setting "${descriptor.key}" is already declared by ${this.descriptors.get(descriptor.key)!.source}`);
    }
    this.descriptors.set(descriptor.key, descriptor);
    this.validators.set(descriptor.key, this.ajv.compile(toJsonSchema(descriptor.schema)));
    this._onDidChangeSchema.fire();
    return toDisposable(() => {
      if (this.descriptors.get(descriptor.key) === descriptor) {
        this.descriptors.delete(descriptor.key);
        this.validators.delete(descriptor.key);
        this._onDidChangeSchema.fire();
      }
    });
  }

  list(): SettingDescriptor[] {
    return [...this.descriptors.values()].sort(
      (a, b) => (a.schema.order ?? 0) - (b.schema.order ?? 0) || a.key.localeCompare(b.key),
    );
  }

  describe(key: string): SettingDescriptor | undefined {
    return this.descriptors.get(key);
  }

  get<T>(key: string): T {
    if (Object.prototype.hasOwnProperty.call(this.values, key)) return this.values[key] as T;
    return this.descriptors.get(key)?.schema.default as T;
  }

  /** Values that differ from the defaults, as shown in the JSON editor. */
  userValues(): Record<string, unknown> {
    return structuredClone(this.values);
  }

  /** Problem with a value for a key, or undefined when it is acceptable. */
  check(key: string, value: unknown): string | undefined {
    const validate = this.validators.get(key);
    if (!validate) return undefined;
    if (validate(value)) return undefined;
    return (validate.errors ?? []).map((e) => this.describeError(e)).join('; ');
  }

  private describeError(error: ErrorObject): string {
    const where = error.instancePath ? `${error.instancePath}: ` : '';
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'type':
        return where + this.message('host.settings.type', { type: String(params.type) });
      case 'enum':
        return where + this.message('host.settings.enum', { values: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
      case 'minimum':
        return where + this.message('host.settings.minimum', { limit: Number(params.limit) });
      case 'maximum':
        return where + this.message('host.settings.maximum', { limit: Number(params.limit) });
      case 'pattern':
        return where + this.message('host.settings.pattern', { pattern: String(params.pattern) });
      default:
        return where + (error.message ?? error.keyword);
    }
  }

  async update(key: string, value: unknown): Promise<void> {
    // undefined means "back to the default" and needs no validation.
    const problem = value === undefined ? undefined : this.check(key, value);
    if (problem) throw new SettingsValidationError(key, problem);
    const next = { ...this.values };
    const descriptor = this.descriptors.get(key);
    if (value === undefined || (descriptor && jsonEqual(value, descriptor.schema.default))) delete next[key];
    else next[key] = value;
    await this.commit(next);
  }

  async reset(key: string): Promise<void> {
    await this.update(key, undefined);
  }

  /**
   * Replaces all user values at once (the JSON editor). Nothing is applied when any value is
   * invalid; every problem is returned so the editor can show them all.
   */
  async replaceAll(values: unknown): Promise<SettingsProblem[]> {
    if (!values || typeof values !== 'object' || Array.isArray(values)) {
      return [{ key: '', message: 'Settings must be a JSON object' }];
    }
    const problems: SettingsProblem[] = [];
    for (const [key, value] of Object.entries(values)) {
      const problem = this.check(key, value);
      if (problem) problems.push({ key, message: problem });
    }
    if (problems.length) return problems;
    const next: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      const descriptor = this.descriptors.get(key);
      if (!descriptor || !jsonEqual(value, descriptor.schema.default)) next[key] = value;
    }
    await this.commit(next);
    return [];
  }

  private async commit(next: Record<string, unknown>): Promise<void> {
    const keys = new Set([...Object.keys(this.values), ...Object.keys(next)]);
    const changed = new Set<string>();
    for (const key of keys) if (!jsonEqual(this.values[key], next[key])) changed.add(key);
    this.values = next;
    await this.storage.set(STORAGE_SCOPE, STORAGE_KEY, next);
    if (changed.size) this._onDidChange.fire(changed);
  }

  dispose(): void {
    this._onDidChange.dispose();
    this._onDidChangeSchema.dispose();
  }
}

function toJsonSchema(schema: SettingSchema): Record<string, unknown> {
  const out: Record<string, unknown> = { type: schema.type };
  if (schema.enum) out.enum = schema.enum;
  if (schema.minimum !== undefined) out.minimum = schema.minimum;
  if (schema.maximum !== undefined) out.maximum = schema.maximum;
  if (schema.pattern !== undefined) out.pattern = schema.pattern;
  if (schema.items !== undefined) out.items = schema.items;
  return out;
}

const ENGLISH_PROBLEMS: Record<string, string> = {
  'host.settings.type': 'must be of type {type}',
  'host.settings.enum': 'must be one of {values}',
  'host.settings.minimum': 'must be at least {limit}',
  'host.settings.maximum': 'must be at most {limit}',
  'host.settings.pattern': 'must match the pattern {pattern}',
};

function englishProblem(key: string, args: Record<string, string | number>): string {
  return (ENGLISH_PROBLEMS[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(args[name] ?? whole));
}
