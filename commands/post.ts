import type { Command } from './types.js';
import { reply, type Reply } from '../src/reply.js';
import { shortVersion as short, type PostPreviewReply } from '../src/posts/card.js';
import type { PostingPort, UpdateResult } from '../src/posts/posting.js';
import type { PostTarget } from '../src/posts/publisher.js';

/** What `post` and `status` say where there is no posting service (the terminal). */
export const POSTING_NEEDS_PLATFORM =
  'Posting needs Discord or Slack: start the bot with DISCORD_TOKEN or SLACK_BOT_TOKEN set and use this command there.';

const refuse = (title: string, text: string, url?: string): Reply =>
  reply({ kind: 'error', title, text, ...(url ? { url } : {}) });


/** One line per edited post: where, what happened, and the link or the reason. */
export function updateLine(result: UpdateResult): string {
  const link = result.permalink ? ` · [open](${result.permalink})` : '';
  if (result.status === 'edited') return `• ${result.label} — updated in place from ${short(result.fromHash)}${link}`;
  if (result.status === 'current') return `• ${result.label} — already shows this version${link}`;
  return `• ${result.label} — ${result.reason ?? 'not updated'}`;
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
  return reply({ kind: failed ? 'error' : 'post', title, text: [`Now showing version \`${short(posting.contentHash)}\`:`, ...results.map(updateLine)].join('\n') });
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
      const resolved = channel ? await posting.resolve(channel) : undefined;
      if (resolved && !resolved.ok) return refuse('Cannot update there', resolved.reason);
      return update(posting, resolved?.target, requestedBy ?? 'a command', workspace);
    }
    if (!channel) return refuse('Sorry', `That needs a channel: \`/${commandName} post <channel>\` (or \`/${commandName} post update\` after a correction).`);
    const resolved = await posting.resolve(channel);
    if (!resolved.ok) return refuse('Cannot post there', resolved.reason);
    const { target } = resolved;
    const preview = await posting.preview(target, { force });
    if (preview.refusal) {
      const { reason, permalink } = preview.refusal;
      return refuse('Already posted', permalink ? `${reason} [See the earlier post](${permalink}).` : reason, permalink);
    }
    if (!preview.check.ok) return refuse('Cannot post there', preview.check.reason);
    const prompt = force ? `Post this to ${target.label} again?` : `Post this to ${target.label}?`;
    return { ...preview.card, post: { target, force, prompt } } satisfies PostPreviewReply;
  },
} satisfies Command;
