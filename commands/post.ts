import type { Command } from './types.js';
import { reply, type Reply } from '../src/reply.js';
import type { PostPreviewReply } from '../src/posts/card.js';

/** What `post` and `status` say where there is no posting service (the terminal). */
export const POSTING_NEEDS_PLATFORM =
  'Posting needs Discord or Slack: start the bot with DISCORD_TOKEN or SLACK_BOT_TOKEN set and use this command there.';

const refuse = (title: string, text: string, url?: string): Reply =>
  reply({ kind: 'error', title, text, ...(url ? { url } : {}) });

export const post = {
  name: 'post',
  description: 'Preview the article card for a channel, then confirm to post it there.',
  examples: ['#news', '#news force'],
  operator: true,
  options: [
    { name: 'channel', description: 'Channel to post the article in', type: 'channel', required: true, maxLength: 100 },
    { name: 'force', description: 'Post again even if this version is already in that channel', type: 'boolean' },
  ],
  // Only a preview: the adapter shows Confirm / Cancel and calls `publish` on Confirm.
  async run(options, { posting }) {
    if (!posting) return refuse('Posting is not available here', POSTING_NEEDS_PLATFORM);
    const force = options.force === true || options.force === 'true';
    const resolved = await posting.resolve(String(options.channel ?? '').trim());
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
