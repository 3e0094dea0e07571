/** Who may run operator subcommands (post, status) and press their buttons: Manage Server, in a server. */
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';

export const NOT_OPERATOR = 'Only members with the Manage Server permission can use that.';
export const SERVER_ONLY = 'That works in a server, not in direct messages.';

/** The refusal for this member, or undefined when they may go ahead. */
export function operatorRefusal(interaction: ChatInputCommandInteraction | ButtonInteraction): string | undefined {
  if (!interaction.inGuild()) return SERVER_ONLY;
  return interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild) ? undefined : NOT_OPERATOR;
}
