/**
 * The post preview's buttons. Both belong to the `post` command, so they run through the
 * dispatcher's `runFollowUp('post', …)` and its operator check, and only on the bot's own
 * private preview. Confirm resolves the channel again (it may have changed since the preview, and the
 * payload comes from the client), requires it in the asker's server and publishes through the
 * posting core; Cancel replaces the preview with a line saying nothing was posted.
 */
import type { ButtonInteraction } from 'discord.js';
import { confirmPost } from '../../commands/post.js';
import { runFollowUp } from '../invocation.js';
import type { Answered } from '../observe.js';
import { CANNOT_SHARE } from '../reply.js';
import { describeError } from './errors.js';
import type { InteractionDeps } from './interactions.js';
import { contextFor } from './operators.js';
import { isOwnPrivateMessage } from './own-message.js';
import { parseConfirmId, POST_CANCEL, renderCancelled, renderPostResult } from './render-post.js';
import { renderNotice, type DiscordMessage } from './render-embed.js';
import { DEFER_AFTER_MS, respondUpdate, sayPrivately } from './respond.js';

export const POSTING_UNAVAILABLE = 'Posting is not available right now. Please try again in a moment.';

/** Answers a Confirm or Cancel click; says what was answered, for the logs and metrics. */
export async function handlePostButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Answered> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  const failed: Answered = { command: 'post', kind: 'error' };
  const refuse = (text: string) => sayPrivately(interaction, text, deps.log).then(() => failed);
  if (!isOwnPrivateMessage(interaction)) return refuse(CANNOT_SHARE);
  const confirm = parseConfirmId(interaction.customId);
  if (interaction.customId !== POST_CANCEL && !confirm) return refuse(POSTING_UNAVAILABLE);
  const asked = contextFor(interaction, deps.ctx);
  let answered = failed;
  const outcome = await runFollowUp('post', asked, async () => {
    if (!confirm) {
      answered = { command: 'post', kind: 'cancelled' };
      return respondUpdate(interaction, Promise.resolve(renderCancelled()), deferAfterMs);
    }
    const work = (async (): Promise<DiscordMessage> => {
      const posting = await deps.posting;
      if (!posting) return renderNotice(POSTING_UNAVAILABLE);
      const confirmed = await confirmPost(confirm, { ...asked, posting });
      if (!confirmed.ok) return renderNotice(confirmed.reason);
      const { result } = confirmed;
      if (result.status === 'failed') deps.log(`discord: post to ${result.label} failed: ${result.reason ?? 'no reason'}`, 'warn');
      else answered = { command: 'post', kind: 'post' };
      return renderPostResult(result);
    })();
    try {
      await respondUpdate(interaction, work, deferAfterMs);
    } catch (error) {
      deps.log(`discord: confirming a post failed: ${describeError(error)}`, 'error');
      answered = failed;
      await sayPrivately(interaction, 'Sorry, the post could not be confirmed. Please run the post command again.', deps.log);
    }
  });
  if (!outcome.ok) return refuse(outcome.refusal);
  return answered;
}
