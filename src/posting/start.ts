/**
 * Start-up for posting, in the order the posting design asks: the ledger is open and the platforms'
 * publishers exist; settle what a crash left pending, post to POST_CHANNELS, and only then hand
 * the service to the commands (which wait for it).
 */
import type { ArticleEngine } from '../engine/engine.js';
import { createPosting, type Posting, type PostingDeps } from './posting.js';
import type { Ledger } from './ledger.js';
import type { PostChannelRef, Publisher } from './publisher.js';

export interface PostingStartup {
  ledger: Ledger;
  publishers: readonly Publisher[];
  engine: ArticleEngine;
  shareUrl?: string;
  postChannels?: readonly PostChannelRef[];
  /**
   * Told of every post attempt from now on (these and the commands'): pass `observer.post`. When
   * given, it reports start-up's attempts too, and `log` is not used for them.
   */
  onOutcome?: PostingDeps['onOutcome'];
  log: (line: string) => void;
}

/** One line per outcome: "posting: #news (discord) posted", "posting: #news failed: <reason>". */
function line(label: string, status: string, reason: string | undefined, platform?: string): string {
  return `posting: ${label}${platform ? ` (${platform})` : ''} ${status}${reason ? `: ${reason}` : ''}`;
}

export async function startPosting({ ledger, publishers, engine, shareUrl, postChannels, onOutcome, log }: PostingStartup): Promise<Posting> {
  const posting = createPosting({ ledger, publishers, engine, ...(shareUrl ? { shareUrl } : {}), ...(onOutcome ? { onOutcome } : {}) });
  // With `onOutcome`, every attempt below is already reported there; logging it too would double it.
  const say = onOutcome ? () => {} : log;
  for (const outcome of await posting.reconcile()) say(line(outcome.target.label, outcome.status, outcome.reason, outcome.target.platform));
  if (postChannels?.length) {
    // After a correction, a listed channel's earlier card is edited in place, not joined by a second.
    for (const result of await posting.update({ requestedBy: 'POST_CHANNELS', channels: postChannels })) say(line(result.label, result.status, result.reason));
    for (const result of await posting.publishAll(postChannels, { requestedBy: 'POST_CHANNELS' })) say(line(result.label, result.status, result.reason));
  }
  return posting;
}

/**
 * How often a running bot looks for posts another instance left half-done, in ms: the claim's
 * lease (CLAIM_LEASE_MS), after which a silent claimant on another machine counts as dead.
 */
export const RECONCILE_EVERY_MS = 60_000;

/**
 * Keeps settling what other instances leave `pending` while this one runs: an instance killed
 * between sending and recording, on another machine, is noticed once its claim's lease ends,
 * without waiting for anyone to restart. A post another instance is still sending is claimed, so
 * it is left alone. Returns the function that stops the sweep.
 */
export function keepReconciling(posting: Pick<Posting, 'reconcile'>, everyMs = RECONCILE_EVERY_MS): () => void {
  let running = false;
  const sweep = async () => {
    if (running) return; // a slow sweep is never doubled
    running = true;
    try {
      await posting.reconcile();
    } catch {
      // The database is down: /healthz says so, and the next sweep tries again.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
