/** Opens the store configuration asks for: PostgreSQL with DATABASE_URL, else SQLite in DATA_DIR. */
import type { Store, StoreOptions } from './store.js';

/** Where the store lives: a PostgreSQL URL, or the folder of the SQLite file. */
export type StoreLocation = { databaseUrl?: string; dataDir: string } | { databaseUrl: string };

export async function openStore(where: StoreLocation, options: StoreOptions = {}): Promise<Store> {
  if (where.databaseUrl) {
    // Imported only when used: an embedded bot never loads the PostgreSQL driver.
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(where.databaseUrl, options);
  }
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore((where as { dataDir: string }).dataDir, options);
}
