/** Who may run operator subcommands (post, status) and press their buttons: Manage Server, in a server. */
import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../commands/types.js';

export const NOT_OPERATOR = 'Only members with the Manage Server permission can use that.';
export const SERVER_ONLY = 'That works in a server, not in direct messages.';

type Asked = ChatInputCommandInteraction | ButtonInteraction;

/** The refusal for this member, or undefined when they may go ahead. */
export function operatorRefusal(interaction: Asked): string | undefined {
  if (!interaction.inGuild()) return SERVER_ONLY;
  return interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild) ? undefined : NOT_OPERATOR;
}

/**
 * What a command or button runs with for this interaction: who asked (as the ledger records it),
 * the server it came from, and the operator check the dispatcher runs for operator commands.
 */
export function contextFor(interaction: Asked, ctx: CommandContext): CommandContext {
  const { user } = interaction;
  return {
    ...ctx,
    requestedBy: `discord:${user.id} (${user.username})`,
    ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
    checkOperator: async () => operatorRefusal(interaction),
  };
}
