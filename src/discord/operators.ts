/** Who may run operator subcommands (post, status) and press their buttons: Manage Server, in a server. */
import { PermissionFlagsBits, PermissionsBitField, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';

export const NOT_OPERATOR = 'Only members with the Manage Server permission can use that.';
export const SERVER_ONLY = 'That works in a server, not in direct messages.';

/** The refusal for this member, or undefined when they may go ahead. */
export function operatorRefusal(interaction: ChatInputCommandInteraction | ButtonInteraction): string | undefined {
  return operatorRefusalFor(interaction.guildId ?? undefined, interaction.inGuild() ? interaction.memberPermissions.bitfield : undefined);
}

/**
 * The same check on what any transport reads: the server's id and the member's permission bits
 * there (absent in a DM). Administrators pass, as discord.js's `has` lets them.
 */
export function operatorRefusalFor(guildId: string | undefined, permissions: bigint | string | undefined): string | undefined {
  if (!guildId || permissions === undefined) return SERVER_ONLY;
  return new PermissionsBitField(BigInt(permissions)).has(PermissionFlagsBits.ManageGuild) ? undefined : NOT_OPERATOR;
}
