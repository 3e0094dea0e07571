/**
 * Start-up for posting, in the order the posting design asks: the ledger is open and the platforms'
 * publishers exist; settle what a crash left pending, post to POST_CHANNELS, and only then hand
 * the service to the commands (which wait for it).
 */
import type { ArticleEngine } from './engine/engine.js';
import { createPosting, type Posting } from './posts/posting.js';
import type { Ledger } from './posts/ledger.js';
import type { PostChannelRef, Publisher } from './posts/publisher.js';

export interface PostingStartup {
  ledger: Ledger;
  publishers: readonly Publisher[];
  engine: ArticleEngine;
  shareUrl?: string;
  postChannels?: readonly PostChannelRef[];
  log: (line: string) => void;
}

export async function startPosting({ ledger, publishers, engine, shareUrl, postChannels, log }: PostingStartup): Promise<Posting> {
  const posting = createPosting({ ledger, publishers, engine, ...(shareUrl ? { shareUrl } : {}) });
  for (const outcome of await posting.reconcile()) {
    log(`posting: ${outcome.target.label} (${outcome.target.platform}) ${outcome.status}${outcome.reason ? `: ${outcome.reason}` : ''}`);
  }
  if (postChannels?.length) {
    // After a correction, a listed channel's earlier card is edited in place, not joined by a second.
    for (const result of await posting.update({ requestedBy: 'POST_CHANNELS', channels: postChannels })) {
      log(`posting: ${result.label} ${result.status}${result.reason ? `: ${result.reason}` : ''}`);
    }
    for (const result of await posting.publishAll(postChannels, { requestedBy: 'POST_CHANNELS' })) {
      log(`posting: ${result.label} ${result.status}${result.reason ? `: ${result.reason}` : ''}`);
    }
  }
  return posting;
}
