/**
 * Runs each storage operation and reports what the database did: errors to `onError` (metrics),
 * reachability changes to `onAvailability` (health). An unreachable database becomes a
 * `DatabaseDownError`, which callers tell from a bug; the first answer after it means "up again".
 */
import { DatabaseDownError, LedgerError } from './errors.js';
import type { StoreOptions } from './store.js';

export type Guarded = <T>(operation: () => T | Promise<T>) => Promise<T>;

function quietly(report: () => void): void {
  try {
    report();
  } catch {
    // Metrics or health must never change what storage does.
  }
}

export function createGuard({ onError, onAvailability }: StoreOptions, isDown: (error: unknown) => boolean): Guarded {
  let up = true;
  const set = (now: boolean) => {
    if (now === up) return;
    up = now;
    quietly(() => onAvailability?.(now));
  };
  return async (operation) => {
    try {
      const result = await operation();
      set(true);
      return result;
    } catch (error) {
      // The database answered; our own rule refused (e.g. "call begin first").
      if (error instanceof LedgerError) {
        set(true);
        throw error;
      }
      const down = error instanceof DatabaseDownError || isDown(error);
      quietly(() => onError?.(error, down));
      if (!down) throw error;
      set(false);
      throw error instanceof DatabaseDownError ? error : new DatabaseDownError(error);
    }
  };
}
