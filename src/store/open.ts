/** Opens the store configuration asks for: PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR. */
import type { Config } from '../config.js';
import { DEFAULT_DATA_DIR } from '../config.js';
import type { Store, StoreOptions } from './store.js';

export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, options: StoreOptions = {}): Promise<Store> {
  if (config.databaseUrl) {
    // Imported only when used: an embedded bot never loads the PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(config.databaseUrl, options);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(config.dataDir ?? DEFAULT_DATA_DIR, options);
}
