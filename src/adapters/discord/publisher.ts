/**
 * The Discord `Publisher` the posting core uses: resolves channels, checks the bot's permissions
 * there (naming what is missing), sends and edits the card with no mentions, and finds an earlier
 * post of the same article version by the marker in its embed footer.
 */
import {
  ChannelType,
  DiscordAPIError,
  MessagePayload,
  PermissionFlagsBits,
  REST,
  RESTJSONErrorCodes,
  Routes,
  type APIMessage,
  type Client,
  type GuildBasedChannel,
  type NewsChannel,
  type TextChannel,
} from 'discord.js';
import type { ArticleCard } from '../../core/card.js';
import type { Checked, PostTarget, Publisher, SentMessage } from '../../posting/publisher.js';
import { describeError } from './errors.js';
import { renderCard } from './render-post.js';

/** What the bot needs in a channel to post the card and to look for an earlier one. */
export const NEEDED: readonly [bigint, string][] = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
  [PermissionFlagsBits.ReadMessageHistory, 'Read Message History'],
];

/** Messages `findRecent` looks through, newest first (one REST page). */
export const RECENT = 50;

type PostableChannel = TextChannel | NewsChannel;

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The channel id in "123", "<#123>" or "#123". */
function channelId(text: string): string | undefined {
  return /^(?:<#)?#?(\d{15,22})>?$/.exec(text.trim())?.[1];
}

export function createDiscordPublisher(client: Client): Publisher {
  /**
   * Posts go through their own REST instance that never retries: the shared client retries a
   * request after a 5xx or a timeout, and a POST that failed that way may still have landed, so a
   * retry could post the card twice. The posting core looks in the channel before any resend.
   * (429s are still waited out and retried: Discord did not take the message.)
   */
  let postRest: REST | undefined;
  const noRetry = () => (postRest ??= new REST({ ...client.options.rest, retries: 0 }).setToken(client.token ?? ''));

  async function channelOf(id: string): Promise<PostableChannel | undefined> {
    const channel = client.channels.cache.get(id) ?? (await client.channels.fetch(id).catch(() => null));
    if (!channel || channel.isDMBased()) return undefined;
    const guildChannel = channel as GuildBasedChannel;
    return guildChannel.type === ChannelType.GuildText || guildChannel.type === ChannelType.GuildAnnouncement
      ? (guildChannel as PostableChannel)
      : undefined;
  }

  async function postable(target: PostTarget): Promise<PostableChannel> {
    const channel = await channelOf(target.channel);
    if (!channel) throw new Error(`I cannot see ${target.label} any more; it may have been deleted or hidden from me.`);
    return channel;
  }

  /** One sentence for a refused request, naming what to fix. */
  function refusal(error: unknown, target: PostTarget, doing: string): Error {
    if (error instanceof DiscordAPIError) {
      if (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess) {
        return new Error(`I need ${listOf(NEEDED.map(([, name]) => name))} in ${target.label} (Discord refused ${doing}).`);
      }
      if (error.code === RESTJSONErrorCodes.UnknownChannel) return new Error(`${target.label} no longer exists.`);
    }
    return new Error(`Discord refused ${doing} in ${target.label}: ${describeError(error)}.`);
  }

  return {
    platform: 'discord',

    async resolve(text) {
      const id = channelId(text);
      const channel = id ? await channelOf(id) : undefined;
      if (!channel) return { ok: false, reason: 'I can only post in a text or announcement channel of this server that I can see.' };
      return { ok: true, target: { platform: 'discord', workspace: channel.guildId, channel: channel.id, label: `#${channel.name}` } };
    },

    async check(target): Promise<Checked> {
      const channel = await channelOf(target.channel);
      if (!channel) return { ok: false, reason: `I cannot see ${target.label}; give me View Channel there.` };
      const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
      const permissions = channel.permissionsFor(me);
      const missing = NEEDED.filter(([flag]) => !permissions.has(flag)).map(([, name]) => name);
      return missing.length ? { ok: false, reason: `I need ${listOf(missing)} in ${target.label}.` } : { ok: true };
    },

    async send(target, card: ArticleCard): Promise<SentMessage> {
      const channel = await postable(target);
      try {
        const { body } = MessagePayload.create(channel, renderCard(card)).resolveBody();
        const message = (await noRetry().post(Routes.channelMessages(channel.id), { body })) as APIMessage;
        return { messageId: message.id, permalink: `https://discord.com/channels/${channel.guildId}/${channel.id}/${message.id}` };
      } catch (error) {
        throw refusal(error, target, 'the post');
      }
    },

    async edit(target, messageId, card) {
      const channel = await postable(target);
      try {
        await channel.messages.edit(messageId, renderCard(card));
      } catch (error) {
        throw refusal(error, target, 'the edit');
      }
    },

    async findRecent(target, marker) {
      const channel = await postable(target);
      let recent;
      try {
        recent = await channel.messages.fetch({ limit: RECENT, cache: false });
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.MissingAccess) {
          throw new Error(`I need Read Message History in ${target.label} to check for an earlier post.`);
        }
        throw refusal(error, target, 'reading recent messages');
      }
      const mine = [...recent.values()]
        .filter((m) => m.author.id === client.user?.id && m.embeds.some((e) => e.footer?.text.includes(marker)))
        .sort((a, b) => b.createdTimestamp - a.createdTimestamp);
      const found = mine[0];
      return found ? { messageId: found.id, permalink: found.url } : undefined;
    },
  };
}
