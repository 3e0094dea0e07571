/**
 * Opens the store and connects it to the bot's health and metrics: /healthz shows
 * `database: down` (503) while it cannot be reached, /metrics counts its errors, and a probe every
 * few seconds notices an outage (and the recovery) even when nothing else asks.
 */
import type { Health } from '../runtime/health.js';
import type { Metrics } from '../runtime/metrics.js';
import { openStore, type StoreLocation } from './open.js';
import type { Store } from './store.js';

/** How often the database is asked `SELECT 1` for /healthz, in ms. */
export const PROBE_EVERY_MS = 5000;

export interface StoreWatch {
  health: Health;
  metrics: Pick<Metrics, 'databaseError'>;
  log: (line: string, level?: 'info' | 'warn' | 'error') => void;
  /** Probe period in ms; tests shorten it. */
  probeEveryMs?: number;
}

export interface RunningStore {
  store: Store;
  /** Stops the probe and closes the store. */
  stop(): Promise<void>;
}

export async function startStore(config: StoreLocation, { health, metrics, log, probeEveryMs = PROBE_EVERY_MS }: StoreWatch): Promise<RunningStore> {
  const backend = config.databaseUrl ? 'postgres' : 'sqlite';
  const store = await openStore(config, {
    onError: (_error, down) => metrics.databaseError(backend, down ? 'unreachable' : 'query'),
    onAvailability(up) {
      health.dependency('database', up);
      // No error text: a driver's message may quote the connection string.
      if (up) log('database: reachable again');
      else log('database: cannot be reached; posting refuses until it is back', 'warn');
    },
  });
  health.dependency('database', true);
  log(`storage: ${backend === 'postgres' ? 'PostgreSQL' : 'SQLite'} at ${store.where}`);
  const probe = setInterval(() => void store.ping().catch(() => {}), probeEveryMs);
  probe.unref();
  return {
    store,
    async stop() {
      clearInterval(probe);
      await store.close();
    },
  };
}
