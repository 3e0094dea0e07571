/**
 * HTTP mode's discord.js client: never logged in to the gateway, REST only. It knows its own user
 * (GET /users/@me, which also checks DISCORD_TOKEN at start-up) and fetches a server and channel
 * before each posting step, so the gateway's publisher (permission checks, sends, the marker
 * search) runs unchanged on data the gateway would have cached.
 */
import { ClientUser, DiscordAPIError, Routes, type APIChannel, type APIUser, type Client } from 'discord.js';
import { type DiscordConfig } from '../settings.js';
import { ConfigError } from '../../../core/errors.js';
import type { Publisher } from '../../../posting/publisher.js';
import { createClient } from '../client.js';
import { describeError } from '../errors.js';
import { createDiscordPublisher } from '../publisher.js';

/** ClientUser's constructor is internal to discord.js; READY calls it with the same user object. */
const NewClientUser = ClientUser as unknown as new (client: Client, data: APIUser) => ClientUser;

/** A REST-only client that knows who it is; a rejected token is a ConfigError naming DISCORD_TOKEN. */
export async function connectRest(config: Pick<DiscordConfig, 'apiUrl' | 'token'>): Promise<Client<true>> {
  const client = createClient(config) as Client<true>;
  client.token = config.token;
  client.rest.setToken(config.token);
  try {
    client.user = new NewClientUser(client, (await client.rest.get(Routes.user('@me'))) as APIUser);
  } catch (error) {
    await client.destroy();
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new ConfigError('DISCORD_TOKEN', 'was rejected by Discord; copy the bot token again from the Developer Portal (Bot → Reset Token).');
    }
    throw new Error(`Discord: could not reach the REST API: ${describeError(error)}`);
  }
  return client;
}

/** The gateway's publisher over REST: the server and channel are fetched afresh before each step. */
export function createRestPublisher(client: Client<true>): Publisher {
  const inner = createDiscordPublisher(client);
  async function fresh(channel: string, guild?: string): Promise<void> {
    client.channels.cache.delete(channel);
    const guildId = guild ?? ((await client.rest.get(Routes.channel(channel)).catch(() => undefined)) as (APIChannel & { guild_id?: string }) | undefined)?.guild_id;
    if (guildId) await client.guilds.fetch({ guild: guildId, force: true }).catch(() => undefined);
  }
  return {
    ...inner,
    async resolve(text) {
      const id = /\d{15,22}/.exec(text)?.[0];
      if (id) await fresh(id);
      return inner.resolve(text);
    },
    async check(target) {
      await fresh(target.channel, target.workspace);
      return inner.check(target);
    },
    async send(target, card) {
      if (!client.guilds.cache.has(target.workspace)) await fresh(target.channel, target.workspace);
      return inner.send(target, card);
    },
    async edit(target, messageId, card) {
      await fresh(target.channel, target.workspace);
      return inner.edit(target, messageId, card);
    },
    async findRecent(target, marker) {
      if (!client.guilds.cache.has(target.workspace)) await fresh(target.channel, target.workspace);
      return inner.findRecent(target, marker);
    },
  };
}
