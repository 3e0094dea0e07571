/**
 * The storage errors callers tell apart. `LedgerError`: the data or its schema is wrong, one line
 * for the operator (start-up prints it as it is). `DatabaseDownError`: the database cannot be
 * reached now; what needs it refuses, the rest goes on, and it recovers by itself.
 */
import { OperatorError } from '../core/errors.js';

export class LedgerError extends OperatorError {
  constructor(message: string) {
    super(`Post ledger: ${message}`);
  }
}

/** What a user reads when a post needs the database and it is down. */
export const DATABASE_DOWN = "I can't reach the database; nothing was posted.";

export class DatabaseDownError extends Error {
  constructor(cause: unknown) {
    super(DATABASE_DOWN, { cause });
    this.name = 'DatabaseDownError';
  }
}

export function isDatabaseDown(error: unknown): error is DatabaseDownError {
  return error instanceof DatabaseDownError;
}
