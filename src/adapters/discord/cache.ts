/**
 * What discord.js keeps in memory. Left to its defaults it keeps every user and member it ever
 * sees, so a bot in many servers grows with the number of people who use it (about 0.6 KB each).
 * This bot reads nothing about people from the cache (each interaction brings its user, member and
 * permissions), and needs only the servers, their channels and roles (to resolve a channel and check
 * what it may do there) and its own member in each server (its permissions, for posting).
 */
import { Options, type ClientOptions } from 'discord.js';

/** The bot's own user or member: the one person worth keeping. */
const isMe = (entry: { id: string; client: { user: { id: string } | null } }) => entry.id === entry.client.user?.id;

/** Hourly: drop anyone but the bot from the caches the limits below keep at zero. */
const HOURLY = 3600;

export const CACHE_OPTIONS: Pick<ClientOptions, 'makeCache' | 'sweepers'> = {
  makeCache: Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    // Replies and posts go out by REST, and findRecent reads a channel with cache: false.
    MessageManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: isMe },
    GuildMemberManager: { maxSize: 0, keepOverLimit: isMe },
    // Things about people the Guilds intent mostly does not send; none is ever read.
    PresenceManager: 0,
    VoiceStateManager: 0,
    ThreadMemberManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
  }),
  // The limits stop growth as entries arrive; the sweeps also clear anything added around them.
  sweepers: {
    ...Options.DefaultSweeperSettings,
    users: { interval: HOURLY, filter: () => (user) => !isMe(user) },
    guildMembers: { interval: HOURLY, filter: () => (member) => !isMe(member) },
  },
};
