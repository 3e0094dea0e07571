/**
 * All state the bot shares between restarts and between instances, behind one asynchronous
 * interface: the post ledger (with its per-post claim) and the ids of handled events. Two
 * implementations: SQLite in DATA_DIR (the default; no server) and PostgreSQL (DATABASE_URL).
 */
import type { Ledger } from '../posting/ledger.js';
import type { HandledIds } from './handled-ids.js';
import type { Migration } from './migrations.js';

export type Backend = 'sqlite' | 'postgres';

export interface Store {
  readonly backend: Backend;
  /** Where the data lives, for logs: the SQLite file, or the URL without its password. */
  readonly where: string;
  readonly ledger: Ledger;
  readonly handled: HandledIds;
  /** Resolves when the database answers a trivial query; rejects with DatabaseDownError otherwise. */
  ping(): Promise<void>;
  /** The schema version the database is at (migrations applied). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Clock for row times and expiry; tests pass their own. */
  now?: () => Date;
  /**
   * Who this store claims posts as; default "host/pid/random" (`newClaimant`). Tests give two
   * stores in one process different hosts, to act as two instances.
   */
  claimant?: string;
  /** Schema; defaults to `MIGRATIONS`. */
  migrations?: readonly Migration[];
  /**
   * Told of every error that came from the database (for the database_errors_total metric);
   * `down` when it could not be reached at all. Its own errors are ignored.
   */
  onError?: (error: unknown, down: boolean) => void;
  /** Told when the database goes from reachable to unreachable and back (for /healthz). */
  onAvailability?: (up: boolean) => void;
}
