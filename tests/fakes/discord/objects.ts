/** Discord API objects as the real API sends them, with obviously fake ids and tokens. */

/** Obviously fake credentials and ids shared by the fake and the tests. */
export const FAKE = {
  token: 'fake-bot-token-for-tests-only',
  appId: '111111111111111111',
  botId: '111111111111111111',
  guildId: '222222222222222222',
  channelId: '333333333333333333',
  userId: '444444444444444444',
  ownerId: '555555555555555555',
  /** A second server the bot is in (FakeDiscordOptions.otherGuild). */
  otherGuildId: '777777777777777777',
} as const;

/** Manage Server and everything a member usually has; 32 = MANAGE_GUILD. */
export const PERMISSIONS = {
  member: String(0x400n | 0x800n | 0x4000n | 0x8000n | 0x10000n | 0x40000n | 0x80000000n),
  manager: String(0x400n | 0x800n | 0x4000n | 0x20n),
  /** VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY */
  bot: String(0x400n | 0x800n | 0x4000n | 0x10000n),
} as const;

let counter = 0n;
/** A fresh snowflake (a timestamp shifted by 22 bits, plus a counter). */
export function snowflake(): string {
  counter += 1n;
  return String(((BigInt(Date.now()) - 1420070400000n) << 22n) + (counter % 4096n));
}

export function user(id: string, name: string, bot = false) {
  return { id, username: name, global_name: name, discriminator: '0', avatar: null, bot, public_flags: 0 };
}

export const BOT_USER = user(FAKE.botId, 'Article Bot', true);

export interface FakeChannel {
  id: string;
  name: string;
  /** Permission bits denied to the bot in this channel (an overwrite on the bot's member). */
  botDenied?: bigint;
  /** The server it belongs to, when not the fake's own (FAKE.guildId). */
  guildId?: string;
}

export function channelObject(channel: FakeChannel, guildId: string) {
  return {
    id: channel.id,
    type: 0,
    guild_id: channel.guildId ?? guildId,
    name: channel.name,
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    permission_overwrites: channel.botDenied
      ? [{ id: FAKE.botId, type: 1, allow: '0', deny: String(channel.botDenied) }]
      : [],
  };
}

export function guildObject(id: string, channels: readonly FakeChannel[]) {
  return {
    id,
    name: 'Fake News Room',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: FAKE.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id,
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: PERMISSIONS.bot,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    stickers: [],
    // GUILD_CREATE extras
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    channels: channels.map((c) => channelObject(c, id)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message object as REST returns it; interaction replies carry `interaction_metadata`. */
export function messageObject(fields: {
  id?: string;
  channelId: string;
  body: Record<string, unknown>;
  author?: ReturnType<typeof user>;
  interaction?: { id: string; type: number; user: ReturnType<typeof user> };
  webhookId?: string;
}) {
  const { body } = fields;
  return {
    id: fields.id ?? snowflake(),
    channel_id: fields.channelId,
    author: fields.author ?? BOT_USER,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: fields.interaction ? 20 : 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(fields.webhookId ? { webhook_id: fields.webhookId, application_id: fields.webhookId } : {}),
    ...(fields.interaction
      ? {
          interaction_metadata: {
            id: fields.interaction.id,
            type: fields.interaction.type,
            user: fields.interaction.user,
            authorizing_integration_owners: {},
          },
        }
      : {}),
  };
}

export type MessageObject = ReturnType<typeof messageObject>;
