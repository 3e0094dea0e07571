/**
 * The post preview's buttons. Confirm resolves the channel again (it may have changed since the
 * preview), publishes through the posting core and replaces the preview with the outcome;
 * Cancel replaces it with a line saying nothing was posted.
 */
import type { ButtonInteraction } from 'discord.js';
import { describeError } from './errors.js';
import type { Answered } from '../observe.js';
import type { InteractionDeps } from './interactions.js';
import { operatorRefusal } from './operators.js';
import { parseConfirmId, POST_CANCEL, renderCancelled } from './render-post.js';
import { confirmPost, POSTING_UNAVAILABLE } from './answers.js';
import { DEFER_AFTER_MS, respondUpdate, sayPrivately } from './respond.js';

export { POSTING_UNAVAILABLE } from './answers.js';

/** Answers a Confirm or Cancel click; says what was answered, for the logs and metrics. */
export async function handlePostButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Answered> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  if (interaction.customId === POST_CANCEL) {
    await respondUpdate(interaction, Promise.resolve(renderCancelled()), deferAfterMs);
    return { command: 'post', kind: 'cancelled' };
  }
  const failed: Answered = { command: 'post', kind: 'error' };
  const confirm = parseConfirmId(interaction.customId);
  if (!confirm) return sayPrivately(interaction, POSTING_UNAVAILABLE, deps.log).then(() => failed);
  const refused = operatorRefusal(interaction);
  if (refused) return sayPrivately(interaction, refused, deps.log).then(() => failed);
  let answered = failed;
  const asker = { id: interaction.user.id, username: interaction.user.username, guildId: interaction.guildId ?? '' };
  const work = confirmPost(confirm, asker, deps, (a) => (answered = a));
  try {
    await respondUpdate(interaction, work, deferAfterMs);
    return answered;
  } catch (error) {
    deps.log(`discord: confirming a post failed: ${describeError(error)}`, 'error');
    await sayPrivately(interaction, 'Sorry, the post could not be confirmed. Please run the post command again.', deps.log);
    return failed;
  }
}
