import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * Small key-value state: layout, settings, per-plugin state. Values are structured-cloneable.
 * The workspace documents get their own store later; this one stays tiny and fast.
 */
export interface StorageService {
  get<T>(scope: string, key: string): Promise<T | undefined>;
  set(scope: string, key: string, value: unknown): Promise<void>;
  delete(scope: string, key: string): Promise<void>;
  keys(scope: string): Promise<string[]>;
  /** True when values survive a reload (false when IndexedDB is unavailable and memory is used). */
  readonly persistent: boolean;
}

interface StateDb extends DBSchema {
  state: { key: [string, string]; value: { scope: string; key: string; value: unknown } ; indexes: { scope: string } };
}

export const STATE_DB_NAME = 'scorecard-designer-state';
const STATE_DB_VERSION = 1;

export class IdbStorageService implements StorageService {
  readonly persistent = true;

  private constructor(private readonly db: IDBPDatabase<StateDb>) {}

  static async open(name = STATE_DB_NAME): Promise<IdbStorageService> {
    const db = await openDB<StateDb>(name, STATE_DB_VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('state', { keyPath: ['scope', 'key'] });
        store.createIndex('scope', 'scope');
      },
      blocked() {
        // Another tab holds an older version open; our open waits until it closes.
      },
    });
    return new IdbStorageService(db);
  }

  async get<T>(scope: string, key: string): Promise<T | undefined> {
    const row = await this.db.get('state', [scope, key]);
    return row?.value as T | undefined;
  }

  async set(scope: string, key: string, value: unknown): Promise<void> {
    await this.db.put('state', { scope, key, value });
  }

  async delete(scope: string, key: string): Promise<void> {
    await this.db.delete('state', [scope, key]);
  }

  async keys(scope: string): Promise<string[]> {
    const rows = await this.db.getAllFromIndex('state', 'scope', scope);
    return rows.map((r) => r.key);
  }

  close(): void {
    this.db.close();
  }
}

/** Used in tests and when IndexedDB cannot be opened (e.g. some private modes). */
export class MemoryStorageService implements StorageService {
  readonly persistent = false;
  private readonly data = new Map<string, unknown>();

  async get<T>(scope: string, key: string): Promise<T | undefined> {
    const value = this.data.get(`${scope}\u0000${key}`);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  async set(scope: string, key: string, value: unknown): Promise<void> {
    this.data.set(`${scope}\u0000${key}`, structuredClone(value));
  }

  async delete(scope: string, key: string): Promise<void> {
    this.data.delete(`${scope}\u0000${key}`);
  }

  async keys(scope: string): Promise<string[]> {
    const prefix = `${scope}\u0000`;
    return [...this.data.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }
}

/** Opens IndexedDB storage, falling back to memory (and saying so) when the browser refuses. */
export async function openStorage(): Promise<{ storage: StorageService; error?: unknown }> {
  try {
    return { storage: await IdbStorageService.open() };
  } catch (error) {
    return { storage: new MemoryStorageService(), error };
  }
}
