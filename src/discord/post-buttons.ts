/**
 * The post preview's buttons. Confirm resolves the channel again (it may have changed since the
 * preview), publishes through the posting core and replaces the preview with the outcome;
 * Cancel replaces it with a line saying nothing was posted.
 */
import type { ButtonInteraction } from 'discord.js';
import { describeError } from './errors.js';
import type { InteractionDeps } from './interactions.js';
import { operatorRefusal } from './operators.js';
import { parseConfirmId, POST_CANCEL, renderCancelled, renderPostResult } from './render-post.js';
import { renderNotice, type DiscordMessage } from './render-embed.js';
import { DEFER_AFTER_MS, respondUpdate, sayPrivately } from './respond.js';

export const POSTING_UNAVAILABLE = 'Posting is not available right now. Please try again in a moment.';

export async function handlePostButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  if (interaction.customId === POST_CANCEL) return respondUpdate(interaction, Promise.resolve(renderCancelled()), deferAfterMs);
  const confirm = parseConfirmId(interaction.customId);
  if (!confirm) return sayPrivately(interaction, POSTING_UNAVAILABLE, deps.log);
  const refused = operatorRefusal(interaction);
  if (refused) return sayPrivately(interaction, refused, deps.log);
  const work = (async (): Promise<DiscordMessage> => {
    const posting = await deps.posting;
    if (!posting) return renderNotice(POSTING_UNAVAILABLE);
    const resolved = await posting.resolve(confirm.channel);
    if (!resolved.ok) return renderNotice(resolved.reason);
    const { user } = interaction;
    const result = await posting.publish(resolved.target, { force: confirm.force, requestedBy: `discord:${user.id} (${user.username})` });
    if (result.status === 'failed') deps.log(`discord: post to ${result.label} failed: ${result.reason ?? 'no reason'}`);
    return renderPostResult(result);
  })();
  try {
    await respondUpdate(interaction, work, deferAfterMs);
  } catch (error) {
    deps.log(`discord: confirming a post failed: ${describeError(error)}`);
    await sayPrivately(interaction, 'Sorry, the post could not be confirmed. Please run the post command again.', deps.log);
  }
}
