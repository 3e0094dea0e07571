/**
 * Start-up for posting, in the order the posting design asks: the ledger is open and the platforms'
 * publishers exist; settle what a crash left pending, post to POST_CHANNELS, and only then hand
 * the service to the commands (which wait for it).
 */
import type { ArticleEngine } from './engine/engine.js';
import { createPosting, type Posting, type PostingDeps } from './posts/posting.js';
import type { Ledger } from './posts/ledger.js';
import type { PostChannelRef, Publisher } from './posts/publisher.js';

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
