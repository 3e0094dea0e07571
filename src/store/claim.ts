/**
 * Who may send a post now. A claim is the claimant's id and a lease written on the ledger row in
 * the same transaction that checks it, so of two processes only one gets it. The rule is decided
 * here once, for both back ends; each runs it inside its own locked transaction.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Claim, ClaimOptions, PostRecord } from '../posting/ledger.js';

/**
 * How long a claim holds if its process dies without a word (on another machine: on this one a
 * dead process id is noticed at once). Longer than a send may take with the clients' timeouts and
 * retries, so a slow send is never taken for a dead one.
 */
export const CLAIM_LEASE_MS = 60_000;

/** This process's claimant id: "host/pid/random". The host and pid let a claim by a dead process on this machine be taken over. */
export function newClaimant(): string {
  return `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `row`'s claim still keeps `me` out. */
export function claimHolds(row: PostRecord, me: string, now: Date): boolean {
  if (!row.claimedBy || !row.claimExpiresAt || Date.parse(row.claimExpiresAt) <= now.getTime()) return false;
  const [host, pid] = row.claimedBy.split('/');
  const [myHost, myPid] = me.split('/');
  if (host !== myHost) return true;
  // This process: its own keyed queue already runs one attempt per post at a time.
  if (pid === myPid) return false;
  return alive(Number(pid));
}

/** What the claim transaction does: write the row in `me`'s name (insert or reset), or answer without writing. */
export type ClaimStep = { write: 'insert' | 'reset' } | { answer: Claim };

export function decideClaim(existing: PostRecord | undefined, me: string, now: Date, options: ClaimOptions): ClaimStep {
  if (!existing) return options.onlyPending ? { answer: { status: 'settled' } } : { write: 'insert' };
  if (options.onlyPending && existing.state !== 'pending') return { answer: { status: 'settled', record: existing } };
  if (claimHolds(existing, me, now)) return { answer: { status: 'busy', record: existing } };
  if (existing.state === 'sent' && !options.force) return { answer: { status: 'already', record: existing } };
  return { write: 'reset' };
}

export function leaseEnd(now: Date): string {
  return new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
}
