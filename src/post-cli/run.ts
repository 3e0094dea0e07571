/**
 * The work of `npm run post`, given a posting service: post to (or update) each channel, a few
 * at a time, printing a line as each one ends, then the summary. Returns the exit code: 0 when
 * nothing failed, 1 otherwise. Platform-free, so it is tested with a recording publisher.
 */
import { mapLimit } from '../posting/map-limit.js';
import type { Posting, PublishResult } from '../posting/posting.js';
import type { Platform, PostChannelRef } from '../posting/publisher.js';
import { emptyTally, nothingToUpdateLine, publishLine, summaryLine, updateLine } from './report.js';

/** Channels worked on at once. The publishers wait out rate limits; this only bounds the burst. */
export const CONCURRENCY = 4;

export interface PostRun {
  posting: Posting;
  /** Prints one line (stdout). */
  out: (line: string) => void;
  requestedBy: string;
  /** Platforms that could not be reached, with the reason: their channels fail with it. */
  unavailable?: ReadonlyMap<Platform, string>;
  concurrency?: number;
}

/** Posts the card to each channel once (again with `force`). */
export async function postTo(refs: readonly PostChannelRef[], { force }: { force: boolean }, run: PostRun): Promise<number> {
  const { posting, out, requestedBy, unavailable, concurrency = CONCURRENCY } = run;
  const tally = emptyTally();
  await mapLimit(refs, concurrency, async (ref) => {
    const result = await postOne(ref, force, unavailable?.get(ref.platform), posting, requestedBy);
    tally[result.status === 'posted' ? 'posted' : result.status === 'already' ? 'already' : 'failed'] += 1;
    out(publishLine(ref, result));
  });
  out(summaryLine(tally, 'post'));
  return tally.failed ? 1 : 0;
}

async function postOne(ref: PostChannelRef, force: boolean, down: string | undefined, posting: Posting, requestedBy: string): Promise<PublishResult> {
  const label = `${ref.platform}:${ref.channel}`;
  if (down) return { status: 'failed', label, reason: down };
  const resolved = await posting.resolve(ref.platform, ref.channel).catch((e: unknown) => ({ ok: false as const, reason: (e as Error).message }));
  if (!resolved.ok) return { status: 'failed', label, reason: resolved.reason };
  return posting.publish(resolved.target, { force, requestedBy });
}

/** Edits earlier posts of older versions in place: in `refs` only, or everywhere when absent. */
export async function updateIn(refs: readonly PostChannelRef[] | undefined, run: PostRun): Promise<number> {
  const { posting, out, requestedBy, unavailable, concurrency = CONCURRENCY } = run;
  const tally = emptyTally();
  const results = await posting.update({
    requestedBy,
    concurrency,
    ...(refs ? { channels: refs } : {}),
    onResult(result) {
      // A platform that could not be reached: say why, rather than "not set up".
      const down = result.status === 'failed' ? unavailable?.get(result.target.platform) : undefined;
      const shown = down ? { ...result, reason: down } : result;
      tally[shown.status] += 1;
      out(updateLine(shown));
    },
  });
  for (const ref of refs ?? []) {
    if (!results.some((r) => r.target.platform === ref.platform && r.target.channel === ref.channel)) out(nothingToUpdateLine(ref));
  }
  if (!results.length) {
    out(`Nothing to update: no earlier version of the article was posted${refs ? ' in those channels' : ''}.`);
    return 0;
  }
  out(summaryLine(tally, 'update'));
  return tally.failed ? 1 : 0;
}
