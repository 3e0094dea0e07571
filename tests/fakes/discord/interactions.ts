/**
 * INTERACTION_CREATE payloads shaped like Discord's: chat input, autocomplete and button. They
 * carry `entitlements`, `authorizing_integration_owners` and `member` (in a server) or `user` (in
 * a DM), without which discord.js fails inside its gateway handler.
 */
import { BOT_USER, FAKE, PERMISSIONS, snowflake, user, type MessageObject } from './objects.js';

export interface Asker {
  /** In a server (default) or a DM with the bot. */
  where?: 'guild' | 'dm';
  /** The server asked in; default FAKE.guildId. */
  guildId?: string;
  userId?: string;
  username?: string;
  /** The member's permissions in the channel (a bitfield string). */
  permissions?: string;
  channelId?: string;
}

export type OptionValue = string | boolean;

let tokens = 0;

function base(type: number, data: Record<string, unknown>, asker: Asker = {}) {
  const id = snowflake();
  const who = user(asker.userId ?? FAKE.userId, asker.username ?? 'reader');
  const channelId = asker.channelId ?? FAKE.channelId;
  const common = {
    id,
    application_id: FAKE.appId,
    type,
    data,
    token: `fake-interaction-token-${++tokens}`,
    version: 1,
    locale: 'en-US',
    app_permissions: PERMISSIONS.bot,
    entitlements: [],
    attachment_size_limit: 8388608,
  };
  if (asker.where === 'dm') {
    return {
      ...common,
      user: who,
      channel: { id: channelId, type: 1, recipients: [who], last_message_id: null, flags: 0 },
      channel_id: channelId,
      context: 1,
      authorizing_integration_owners: { '0': FAKE.guildId },
    };
  }
  const guildId = asker.guildId ?? FAKE.guildId;
  return {
    ...common,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-US', features: [] },
    guild_locale: 'en-US',
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'general', flags: 0, permissions: asker.permissions ?? PERMISSIONS.member },
    channel_id: channelId,
    member: {
      user: who,
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      permissions: asker.permissions ?? PERMISSIONS.member,
    },
    context: 0,
    authorizing_integration_owners: { '0': guildId },
  };
}

function optionType(value: OptionValue, isChannel: boolean): number {
  if (isChannel) return 7;
  return typeof value === 'boolean' ? 5 : 3;
}

export interface CommandCall {
  /** Top-level command, e.g. "aleppo". */
  command: string;
  subcommand: string;
  options?: Record<string, OptionValue>;
  /** Option names whose value is a channel id. */
  channels?: Record<string, { name: string }>;
}

export function chatInput(call: CommandCall, asker: Asker = {}) {
  const options = Object.entries(call.options ?? {}).map(([name, value]) => ({
    name,
    type: optionType(value, Boolean(call.channels?.[name])),
    value,
  }));
  const resolvedChannels = Object.entries(call.channels ?? {}).map(([name, c]) => {
    const id = String(call.options?.[name]);
    return [id, { id, name: c.name, type: 0, permissions: PERMISSIONS.member, flags: 0 }] as const;
  });
  return base(
    2,
    {
      id: '666666666666666666',
      name: call.command,
      type: 1,
      ...(asker.where === 'dm' ? {} : { guild_id: asker.guildId ?? FAKE.guildId }),
      options: [{ name: call.subcommand, type: 1, options }],
      ...(resolvedChannels.length ? { resolved: { channels: Object.fromEntries(resolvedChannels) } } : {}),
    },
    asker,
  );
}

export function autocomplete(call: CommandCall & { focused: string }, asker: Asker = {}) {
  const options = Object.entries(call.options ?? {}).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : 3,
    value,
    ...(name === call.focused ? { focused: true } : {}),
  }));
  return base(
    4,
    { id: '666666666666666666', name: call.command, type: 1, options: [{ name: call.subcommand, type: 1, options }] },
    asker,
  );
}

/**
 * A button press on `message` (which Discord includes, ephemeral or not), sent by the bot unless
 * `author` says otherwise (Discord only sends clicks on the app's own messages; a crafted one may not).
 */
export function button(customId: string, message: MessageObject, asker: Asker = {}, author: MessageObject['author'] = BOT_USER) {
  return { ...base(3, { custom_id: customId, component_type: 2 }, asker), message: { ...message, author } };
}

export type InteractionPayload = ReturnType<typeof base> & { message?: unknown };
