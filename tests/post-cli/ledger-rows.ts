/** The ledger's last row per channel, read from a data dir the CLI wrote to (opened and closed here). */
import { openSqliteStore } from '../../src/store/sqlite.js';

export async function ledgerRows(dataDir: string) {
  const store = openSqliteStore(dataDir);
  try {
    return await store.ledger.listLatest();
  } finally {
    await store.close();
  }
}
