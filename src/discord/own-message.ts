/**
 * Buttons act only on the bot's own messages. Discord sends a click only on the app's own
 * components, but the message in the payload is not ours to take on trust: a Share that copied
 * anyone's message, or a Confirm under someone else's, would speak in the bot's name.
 */
import { ComponentType, MessageFlags, type ButtonInteraction, type Message } from 'discord.js';
import { SHARE_BUTTON_ID } from './render-embed.js';

/** Whether the clicked message was sent by this bot (its replies' author is the bot user). */
export function isOwnMessage(interaction: ButtonInteraction): boolean {
  return interaction.message.author.id === interaction.client.user.id;
}

/**
 * Whether the clicked message is one of the bot's private replies, as every post preview is: Confirm
 * and Cancel act on nothing else, so they can never rewrite a message the whole channel sees.
 */
export function isOwnPrivateMessage(interaction: ButtonInteraction): boolean {
  return isOwnMessage(interaction) && interaction.message.flags.has(MessageFlags.Ephemeral);
}

/** Whether the message carries our Share button: the bot gives one only to answers worth sharing. */
export function offersShare(message: Message): boolean {
  return message.components.some(
    (row) => 'components' in row && row.components.some((c) => c.type === ComponentType.Button && c.customId === SHARE_BUTTON_ID),
  );
}
