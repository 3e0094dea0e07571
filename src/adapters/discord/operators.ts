/** Who may run operator subcommands (post, status) and press their buttons: Manage Server, in a server. */
import { PermissionFlagsBits, PermissionsBitField, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../../commands/types.js';

export const NOT_OPERATOR = 'Only members with the Manage Server permission can use that.';
export const SERVER_ONLY = 'That works in a server, not in direct messages.';

type Asked = ChatInputCommandInteraction | ButtonInteraction;

/** Who is asking, and where, as any transport reads it (the gateway's objects or an HTTP payload). */
export interface Asking {
  user: { id: string; username: string };
  /** The server it was used in; absent in a DM. */
  guildId: string | undefined;
  /** The member's permissions there (Discord's bitfield); absent in a DM. */
  permissions: bigint | string | undefined;
}

/** What gateway mode reads from a command or a click. */
export function askingOf(interaction: Asked): Asking {
  return {
    user: interaction.user,
    guildId: interaction.guildId ?? undefined,
    permissions: interaction.inGuild() ? interaction.memberPermissions.bitfield : undefined,
  };
}

/**
 * The refusal for this member, or undefined when they may go ahead: the server's id and the
 * member's permission bits there (absent in a DM). Administrators pass, as discord.js's `has` lets them.
 */
export function operatorRefusal({ guildId, permissions }: Pick<Asking, 'guildId' | 'permissions'>): string | undefined {
  if (!guildId || permissions === undefined) return SERVER_ONLY;
  return new PermissionsBitField(BigInt(permissions)).has(PermissionFlagsBits.ManageGuild) ? undefined : NOT_OPERATOR;
}

/**
 * What a command or button runs with for this interaction: who asked (as the ledger records it),
 * the server it came from, and the operator check the dispatcher runs for operator commands.
 */
export function contextFor(asking: Asking, ctx: CommandContext): CommandContext {
  const { user, guildId } = asking;
  return {
    ...ctx,
    requestedBy: `discord:${user.id} (${user.username})`,
    ...(guildId ? { workspace: guildId } : {}),
    checkOperator: async () => operatorRefusal(asking),
  };
}
