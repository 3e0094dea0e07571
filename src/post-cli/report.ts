/** What `npm run post` prints: one line per channel, then a summary. Pure. */
import type { PublishResult, UpdateResult } from '../posting/posting.js';
import type { PostChannelRef } from '../posting/publisher.js';

/** "discord:123456789012345678". */
export const refName = (ref: PostChannelRef) => `${ref.platform}:${ref.channel}`;

/** "discord:1234… #news" (the label only when the channel was resolved to one). */
function where(ref: PostChannelRef, label: string): string {
  return label && label !== refName(ref) ? `${refName(ref)} ${label}` : refName(ref);
}

const linkOf = (permalink?: string) => (permalink ? ` ${permalink}` : '');

/** `discord:123 #news: posted <permalink>` / `already there <permalink>` / `failed: <reason>`. */
export function publishLine(ref: PostChannelRef, result: PublishResult): string {
  if (result.status === 'posted') return `${where(ref, result.label)}: posted${linkOf(result.permalink)}`;
  if (result.status === 'already') return `${where(ref, result.label)}: already there${linkOf(result.permalink)}`;
  return `${where(ref, result.label)}: failed: ${result.reason ?? 'no reason given'}`;
}

/** `slack:C0123 #news: edited in place <permalink>` / `already up to date <permalink>` / `failed: <reason>`. */
export function updateLine(result: UpdateResult): string {
  const ref = { platform: result.target.platform, channel: result.target.channel };
  if (result.status === 'edited') return `${where(ref, result.label)}: edited in place${linkOf(result.permalink)}`;
  if (result.status === 'current') return `${where(ref, result.label)}: already up to date${linkOf(result.permalink)}`;
  return `${where(ref, result.label)}: failed: ${result.reason ?? 'no reason given'}`;
}

/** A channel given with --update that holds no earlier version. */
export function nothingToUpdateLine(ref: PostChannelRef): string {
  return `${refName(ref)}: nothing to update (no earlier version was posted here)`;
}

/** Counts in the order they are printed. */
export interface Tally {
  posted: number;
  already: number;
  edited: number;
  current: number;
  failed: number;
}

export const emptyTally = (): Tally => ({ posted: 0, already: 0, edited: 0, current: 0, failed: 0 });

/** "posted 3, already there 1, failed 1" or, for --update, "edited 2, already up to date 1, failed 0". */
export function summaryLine(tally: Tally, mode: 'post' | 'update'): string {
  return mode === 'post'
    ? `posted ${tally.posted}, already there ${tally.already}, failed ${tally.failed}`
    : `edited ${tally.edited}, already up to date ${tally.current}, failed ${tally.failed}`;
}
