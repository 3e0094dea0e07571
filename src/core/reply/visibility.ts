/**
 * Who sees an answer. Private by default; the person asking may want it in the channel: the
 * `public` option on Discord, the word `public` at either end of the command text elsewhere. Both
 * are read here, and only member commands' answers (never an operator's, never an error) go out
 * to the channel. A private answer worth sharing offers Share.
 */
import type { Command, CommandOption } from '../../../commands/types.js';
import { isShareable } from './policy.js';
import { LABELS } from './wording.js';
import type { Reply, Visibility } from '../reply.js';

/** The request for a channel answer, as an option every member command takes (Discord's slash option; the word elsewhere). */
export const PUBLIC: CommandOption = {
  name: 'public',
  description: 'Answer in the channel for everyone to see (by default only you see the answer)',
  type: 'boolean',
};

/** Takes a leading or trailing `public` off command text ("summary long public"); one in the middle is a word of the question. */
export function splitPublic(text: string): { text: string; isPublic: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.at(-1)?.toLowerCase() === PUBLIC.name) return { text: words.slice(0, -1).join(' '), isPublic: true };
  if (words[0]?.toLowerCase() === PUBLIC.name) return { text: words.slice(1).join(' '), isPublic: true };
  return { text: words.join(' '), isPublic: false };
}

/** Where the asker wants the answer: in the channel only when they asked and the command is a member's. */
export function wantedVisibility(command: Pick<Command, 'operator'> | undefined, askedPublic: boolean): Visibility {
  return askedPublic && !command?.operator ? 'channel' : 'private';
}

/**
 * The reply as it goes out: in the channel when `wanted` there and it is not an error (a mistake
 * is for the one who made it); private otherwise, with a Share action repeating `share` (what
 * followed /<command>) when the route can share and the answer is worth it.
 */
export function addressed(reply: Reply, wanted: Visibility, share?: string): Reply {
  const visibility: Visibility = wanted === 'channel' && reply.kind !== 'error' ? 'channel' : 'private';
  const offer = visibility === 'private' && share !== undefined && isShareable(reply);
  const actions = reply.actions.filter((a) => a.type !== 'share');
  return { ...reply, visibility, actions: offer ? [...actions, { type: 'share', label: LABELS.share, command: share }] : actions };
}
