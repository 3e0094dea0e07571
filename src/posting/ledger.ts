/**
 * The post ledger's contract: where the bot has posted which version of the article. It is what
 * makes posting exactly-once across restarts and across instances: a row is claimed (`pending`,
 * with the claimant's id) before a send and becomes `sent` after it. Asynchronous, because one
 * implementation talks to PostgreSQL; both live in src/store/ (SQLite is the default).
 */
import type { Platform, PostTarget } from './publisher.js';

export { LedgerError } from '../store/errors.js';
import type { PostState, PostKey, PostRecord } from '../core/posting-port.js';
export type { PostState, PostKey, PostRecord };

export interface ClaimOptions {
  /** Channel as people see it; default the channel id. */
  label?: string;
  /** Post again even when this version is `sent` there. Default false. */
  force?: boolean;
  /** Only claim a row that is `pending` now (reconcile); anything else answers `settled`. */
  onlyPending?: boolean;
}

/**
 * The answer to a claim. `claimed`: this process may send, and the row is `pending` in its name
 * (`previous` is the row as it was, to tell whether an earlier send may have landed). `already`:
 * sent and not forced. `busy`: another live process holds it. `settled`: `onlyPending` and it is not.
 */
export type Claim =
  | { status: 'claimed'; record: PostRecord; previous?: PostRecord }
  | { status: 'already'; record: PostRecord }
  | { status: 'busy'; record: PostRecord }
  | { status: 'settled'; record?: PostRecord };

export interface Ledger {
  get(key: PostKey): Promise<PostRecord | undefined>;
  /** The channel's most recently updated row, whatever the article version. */
  latestForChannel(platform: Platform, workspace: string, channel: string): Promise<PostRecord | undefined>;
  /**
   * Claims the row before sending, in one transaction that excludes every other process on the
   * same database: inserts a `pending` row, or resets a `failed` (or abandoned `pending`) one, in
   * this process's name. A claim lasts until `markSent` / `markFailed`, or until its lease runs
   * out (its process went away without saying).
   */
  claim(key: PostKey, requestedBy: string, options?: ClaimOptions): Promise<Claim>;
  /** `claim`, for callers that must have it: throws a LedgerError when it is not `claimed`. */
  begin(key: PostKey, requestedBy: string, options?: { label?: string; force?: boolean }): Promise<PostRecord>;
  /** Notes that a send is starting now (see `PostRecord.attemptedAt`). */
  markSending(key: PostKey): Promise<PostRecord>;
  /** Records the message and ends the claim. */
  markSent(key: PostKey, messageId: string, permalink?: string): Promise<PostRecord>;
  /** Records why the attempt failed and ends the claim. */
  markFailed(key: PostKey, reason: string): Promise<PostRecord>;
  /** The last row of every channel, newest first. */
  listLatest(): Promise<PostRecord[]>;
  /** Rows left `pending` (a send interrupted by a crash), oldest first. */
  pending(): Promise<PostRecord[]>;
  /** Rows `failed`, newest first. */
  failed(): Promise<PostRecord[]>;
  /** Posts of other article versions that were sent (to edit in place after a correction), newest first. */
  sentForOtherHashes(contentHash: string): Promise<PostRecord[]>;
  /** Notes that the message of this (sent) row was edited in place to show `contentHash`. */
  markEdited(key: PostKey, contentHash: string): Promise<PostRecord>;
  /**
   * Records an edited message as this version's post in its channel, in one transaction: the row
   * for `key` becomes `sent` with `messageId`, unless it is already `sent` (then it is left alone
   * and returned as it is).
   */
  recordEdit(key: PostKey, requestedBy: string, sent: { label: string; messageId: string; permalink?: string }): Promise<PostRecord>;
  /** Every row, oldest first (copying a ledger elsewhere). */
  all(): Promise<PostRecord[]>;
  /** Adds rows as they are (claims dropped), keeping any row already there. Resolves with how many were added. */
  importRows(rows: readonly PostRecord[]): Promise<number>;
}

export function keyOf(target: Pick<PostTarget, 'platform' | 'workspace' | 'channel'>, contentHash: string): PostKey {
  return { platform: target.platform, workspace: target.workspace, channel: target.channel, contentHash };
}

export function targetOf(record: PostRecord): PostTarget {
  return { platform: record.platform, workspace: record.workspace, channel: record.channel, label: record.label };
}
