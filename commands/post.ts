import type { Command, CommandContext } from './types.js';
import { reply, type Reply } from '../src/core/reply.js';
import { code, link, list, text, type Span } from '../src/core/reply/blocks.js';
import { postPreview, shortVersion as short } from '../src/core/card.js';
import type { Checked, PostingPort, PostTarget, PublishResult, UpdateResult } from '../src/core/posting-port.js';

/** What `post` and `status` say where there is no posting service (the terminal). */
export const POSTING_NEEDS_PLATFORM =
  'Posting needs Discord or Slack: start the bot with DISCORD_TOKEN or SLACK_BOT_TOKEN set and use this command there.';

/** A channel of another server or workspace: an operator of one is nobody in another. */
export const NOT_THIS_SERVER = 'That channel is not in this server; pick one of this server’s channels.';

const refuse = (title: string, words: string | Span[], url?: string): Reply =>
  reply({ kind: 'error', title, text: words, ...(url ? { url } : {}) });

/**
 * The channel as the request names it (the option, or a Confirm button's payload, which the client
 * sends back), resolved on this platform and kept only when it is in the server or workspace the
 * request came from. A request that does not say where it came from reaches no channel.
 */
export async function resolveHere(posting: PostingPort, channel: string, workspace: string | undefined): Promise<Checked<{ target: PostTarget }>> {
  const resolved = await posting.resolve(channel);
  if (resolved.ok && resolved.target.workspace !== workspace) return { ok: false, reason: NOT_THIS_SERVER };
  return resolved;
}

/**
 * Confirm under a preview: the channel is resolved again (it may have changed since the preview),
 * must still be in the asker's server, and gets the card once. The adapter runs this through
 * `runFollowUp('post', …)`, so the operator check holds for the button as for the command.
 */
export async function confirmPost(
  wanted: { channel: string; force: boolean },
  { posting, requestedBy, workspace }: CommandContext & { posting: PostingPort },
): Promise<Checked<{ result: PublishResult }>> {
  const resolved = await resolveHere(posting, wanted.channel, workspace);
  if (!resolved.ok) return resolved;
  return { ok: true, result: await posting.publish(resolved.target, { force: wanted.force, requestedBy: requestedBy ?? 'a command' }) };
}

/** " · open", linking an earlier post, after a line about it. */
export function linkToPost(permalink: string | undefined): Span[] {
  return permalink ? [text(' · '), link('open', permalink)] : [];
}

/** One list item per edited post: where, what happened, and the link or the reason. */
export function updateLine(result: UpdateResult): Span[] {
  if (result.status === 'edited') return [text(`${result.label} — updated in place from ${short(result.fromHash)}`), ...linkToPost(result.permalink)];
  if (result.status === 'current') return [text(`${result.label} — already shows this version`), ...linkToPost(result.permalink)];
  return [text(`${result.label} — ${result.reason ?? 'not updated'}`)];
}

/** `post update`: edits the earlier posts (all of this platform's, or the one channel's) in place, at once. */
async function update(posting: PostingPort, target: PostTarget | undefined, requestedBy: string, workspace: string | undefined) {
  const results = await posting.update({ requestedBy, ...(target ? { channel: target } : {}), ...(workspace ? { workspace } : {}) });
  const where = target ? ` in ${target.label}` : '';
  if (!results.length) {
    return reply({ kind: 'post', title: 'Nothing to update', text: `No earlier version of the article was posted${where}, so there is nothing to update.` });
  }
  const failed = results.filter((r) => r.status === 'failed').length;
  const edited = results.filter((r) => r.status === 'edited').length;
  const title = failed ? `Updated ${edited}, ${failed} failed` : `Updated ${edited} earlier post${edited === 1 ? '' : 's'}`;
  const lead = [text('Now showing version '), code(short(posting.contentHash)), text(':')];
  return reply({ kind: failed ? 'error' : 'post', title, blocks: [list(results.map(updateLine), { lead })] });
}

export const post = {
  name: 'post',
  description: 'Preview the article card for a channel, then confirm to post it there.',
  examples: ['#news', '#news force', 'update'],
  operator: true,
  options: [
    // Not required: `post update` alone updates every channel.
    { name: 'channel', description: 'Channel to post the article in', type: 'channel', maxLength: 100 },
    { name: 'force', description: 'Post again even if this version is already in that channel', type: 'boolean' },
    { name: 'update', description: 'After a correction: edit earlier posts in place (all channels, or this one)', type: 'boolean' },
  ],
  // Only a preview: the adapter shows Confirm / Cancel and calls `publish` on Confirm.
  async run(options, { posting, commandName, requestedBy, workspace }) {
    if (!posting) return refuse('Posting is not available here', POSTING_NEEDS_PLATFORM);
    const force = options.force === true || options.force === 'true';
    const channel = String(options.channel ?? '').trim();
    if (options.update === true || options.update === 'true') {
      if (force) return refuse('Choose one', 'Use update to edit earlier posts, or force to post again, not both.');
      const resolved = channel ? await resolveHere(posting, channel, workspace) : undefined;
      if (resolved && !resolved.ok) return refuse('Cannot update there', resolved.reason);
      return update(posting, resolved?.target, requestedBy ?? 'a command', workspace);
    }
    if (!channel) {
      const usage = [code(`/${commandName} post <channel>`), text(' (or '), code(`/${commandName} post update`), text(' after a correction).')];
      return refuse('Sorry', [text('That needs a channel: '), ...usage]);
    }
    const resolved = await resolveHere(posting, channel, workspace);
    if (!resolved.ok) return refuse('Cannot post there', resolved.reason);
    const { target } = resolved;
    const preview = await posting.preview(target, { force });
    if (preview.refusal) {
      const { reason, permalink } = preview.refusal;
      return refuse('Already posted', permalink ? [text(`${reason} `), link('See the earlier post', permalink), text('.')] : reason, permalink);
    }
    if (!preview.check.ok) return refuse('Cannot post there', preview.check.reason);
    return postPreview(preview.card, target, force);
  },
} satisfies Command;
