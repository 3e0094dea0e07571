/**
 * Buttons act only on the bot's own messages. Discord sends a click only on the app's own
 * components, but the message in the payload is not ours to take on trust: a Share that copied
 * anyone's message, or a Confirm under someone else's, would speak in the bot's name. Each
 * transport reads the clicked message into `ClickedMessage`; the checks below are the same for both.
 */
import { ComponentType, MessageFlags, type APIEmbed, type APIMessage, type ButtonInteraction } from 'discord.js';
import { SHARE_BUTTON_ID } from './render-embed.js';

/** A row of components as API JSON (only what the checks and Share read). */
export interface ComponentRow {
  type: number;
  components?: readonly { type: number; custom_id?: string }[];
}

/** The message a button is on, as any transport reads it. */
export interface ClickedMessage {
  /** Whether this bot sent it (its replies' author is the bot user). */
  own: boolean;
  /** Whether it is a private (ephemeral) reply. */
  ephemeral: boolean;
  embeds: readonly APIEmbed[];
  rows: readonly ComponentRow[];
}

/** Gateway mode: the clicked message of a discord.js button interaction. */
export function clickedMessage(interaction: ButtonInteraction): ClickedMessage {
  const { message } = interaction;
  return {
    own: message.author.id === interaction.client.user.id,
    ephemeral: message.flags.has(MessageFlags.Ephemeral),
    embeds: message.embeds.map((e) => e.toJSON()),
    rows: message.components.map((row) => row.toJSON() as ComponentRow),
  };
}

/** HTTP mode: the clicked message of a raw payload, for the bot user `botId`. */
export function clickedApiMessage(message: Pick<APIMessage, 'embeds' | 'components' | 'flags'> & { author?: { id: string } }, botId: string): ClickedMessage {
  return {
    own: message.author?.id === botId,
    ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    embeds: message.embeds ?? [],
    rows: (message.components ?? []) as readonly ComponentRow[],
  };
}

/**
 * Whether the clicked message is one of the bot's private replies, as every post preview is: Confirm
 * and Cancel act on nothing else, so they can never rewrite a message the whole channel sees.
 */
export function isOwnPrivate(message: ClickedMessage): boolean {
  return message.own && message.ephemeral;
}

/** Whether the message carries our Share button: the bot gives one only to answers worth sharing. */
export function offersShare(message: ClickedMessage): boolean {
  return message.rows.some(
    (row) => row.type === ComponentType.ActionRow && (row.components ?? []).some((c) => c.type === ComponentType.Button && c.custom_id === SHARE_BUTTON_ID),
  );
}
