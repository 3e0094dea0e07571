/**
 * The post preview's buttons in gateway mode: the click read into the shared shapes and answered
 * by `answerPostButton` (answers.ts), which HTTP mode uses too: the operator check through the
 * dispatcher's `runFollowUp('post', …)`, only on the bot's own private preview, the channel in the
 * asker's server.
 */
import type { ButtonInteraction } from 'discord.js';
import type { Answered } from '../../runtime/observe.js';
import { answerPostButton } from './answers.js';
import type { InteractionDeps } from './interactions.js';
import { askingOf } from './operators.js';
import { clickedMessage } from './own-message.js';
import { DEFER_AFTER_MS, respondUpdate, sayPrivately } from './respond.js';

export { POSTING_UNAVAILABLE } from './answers.js';

/** Answers a Confirm or Cancel click; says what was answered, for the logs and metrics. */
export function handlePostButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Answered> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  const click = { ...askingOf(interaction), customId: interaction.customId, message: clickedMessage(interaction) };
  return answerPostButton(click, deps, {
    privately: (text) => sayPrivately(interaction, text, deps.log),
    update: (work) => respondUpdate(interaction, work, deferAfterMs),
  });
}
