// Declared field types, looked up by dotted path. Item fields of an array are declared as
// `complaints.severity` (or `complaints[].severity`), the item itself as `complaints[]`.
import { didYouMean } from './suggest.ts';
import { type FieldKind, isFieldKind } from './types.ts';

export type Lookup = FieldKind | 'undeclared';

export class FieldTable {
  private readonly kinds = new Map<string, FieldKind>();
  private readonly itemKinds = new Map<string, FieldKind>();
  readonly declared: boolean;

  constructor(types: Readonly<Record<string, FieldKind>> | undefined) {
    this.declared = types !== undefined && types !== null && typeof types === 'object';
    if (!this.declared || types === undefined) return;
    for (const key of Object.keys(types)) {
      const declared: unknown = types[key];
      const kind = isFieldKind(declared) ? declared : 'unknown';
      const normal = key.replace(/\[\]\./g, '.');
      if (normal.endsWith('[]')) this.itemKinds.set(normal.slice(0, -2), kind);
      else this.kinds.set(normal, kind);
    }
  }

  /** A record field; 'undeclared' only when types were given and nothing covers the path. */
  field(path: string): Lookup {
    return this.declared ? this.find(path, '') : 'unknown';
  }

  /** A field inside the items of `array`; checked only when the item's fields are declared. */
  item(array: string, path: string): Lookup {
    if (!this.declared || !this.hasChildren(array)) return 'unknown';
    return this.find(`${array}.${path}`, array);
  }

  /** What each item of `array` is, when declared as `array[]`. */
  itemOf(array: string): FieldKind {
    return this.itemKinds.get(array) ?? 'unknown';
  }

  suggest(path: string): string | undefined {
    return didYouMean(path, this.kinds.keys());
  }

  private hasChildren(path: string): boolean {
    const prefix = `${path}.`;
    for (const key of this.kinds.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Exact match first; a path with declared children is an object; a path below a declared
   * object, list or unknown field is covered but untyped. `floor` is the iterated array, whose
   * own declaration must not cover its items' fields.
   */
  private find(path: string, floor: string): Lookup {
    const exact = this.kinds.get(path);
    if (exact !== undefined) return exact;
    if (this.hasChildren(path)) return 'object';
    const parts = path.split('.');
    for (let n = parts.length - 1; n > 0; n--) {
      const prefix = parts.slice(0, n).join('.');
      if (prefix.length <= floor.length) break;
      const kind = this.kinds.get(prefix);
      if (kind === 'object' || kind === 'unknown' || kind === 'array') return 'unknown';
      if (kind !== undefined) return 'undeclared';
    }
    return 'undeclared';
  }
}
