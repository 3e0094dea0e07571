/** The ledger's last row per channel, read from a data dir the CLI wrote to (opened and closed here). */
import { openLedger } from '../../src/posts/ledger.js';

export function ledgerRows(dataDir: string) {
  const ledger = openLedger(dataDir);
  try {
    return ledger.listLatest();
  } finally {
    ledger.close();
  }
}
