/** Starts the Discord adapter: one client, listeners attached before login, resolved once ready. */
import { Events, type Client } from 'discord.js';
import type { CommandContext } from '../../../commands/types.js';
import type { DiscordConfig } from './settings.js';
import { reportConnection, type PlatformReporting } from '../../runtime/observe.js';
import type { PostingPort } from '../../posting/posting.js';
import type { Publisher } from '../../posting/publisher.js';
import { createClient, loginReady } from './client.js';
import { createDiscordPublisher } from './publisher.js';
import { describeError } from './errors.js';
import { handleInteraction, interactionDeps, type Log } from './interactions.js';
import type { HandledIds } from '../../store/handled-ids.js';

export interface RunningDiscord {
  readonly name: 'discord';
  readonly client: Client;
  /** Posts the article card through this client (for the posting core). */
  readonly publisher: Publisher;
  /** Closes the gateway connection; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartDiscordOptions {
  log: Log;
  /** Give up when the gateway is not ready within this many ms. Default 30,000. */
  readyTimeoutMs?: number;
  /** Passed to the interaction handler (defer threshold), mainly for tests. */
  deferAfterMs?: number;
  /** Posting bound to Discord, once the ledger is ready; `post` and `status` wait for it. */
  posting?: Promise<PostingPort | undefined>;
  /** Where the connection state, reconnects and replies are reported (health, metrics, observer). */
  reporting?: PlatformReporting;
  /** Interaction ids answered by any instance: a second instance on the same shard stays quiet. */
  handled?: HandledIds;
}

export async function startDiscord(config: DiscordConfig, ctx: CommandContext, options: StartDiscordOptions): Promise<RunningDiscord> {
  const { log, reporting } = options;
  const client = createClient(config);
  const deps = interactionDeps(ctx, options);
  // One client, one shard (DISCORD_SHARDS runs a process per shard), so its events are the connection's.
  const connection = reportConnection('discord', reporting);
  // Before ready a failure is start-up's to report; after stop() the closing socket is expected.
  let live = false;
  const drop = (line: string, level: 'warn' | 'error') => {
    if (!live) return;
    log(line, level);
    connection.down();
  };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));
  client.on(Events.Error, (error) => log(`discord: client error: ${describeError(error)}`, 'error'));
  client.on(Events.ShardReady, () => connection.up());
  client.on(Events.ShardResume, (id) => {
    log(`discord: shard ${id} resumed`);
    connection.up();
  });
  client.on(Events.ShardReconnecting, (id) => drop(`discord: shard ${id} reconnecting`, 'warn'));
  client.on(Events.ShardDisconnect, (event, id) => drop(`discord: shard ${id} disconnected (close code ${event.code}) and will not reconnect`, 'error'));
  client.on(Events.Invalidated, () => drop('discord: the session was invalidated; the client will not reconnect', 'error'));
  await loginReady(client, config.token, options.readyTimeoutMs);
  live = true;
  connection.up(); // ClientReady: every shard of this client is ready
  log(`discord: ready as ${client.user?.tag ?? 'the bot'} in ${client.guilds.cache.size} server(s)`);
  let stopped = false;
  return {
    name: 'discord',
    client,
    publisher: createDiscordPublisher(client),
    async stop() {
      if (stopped) return;
      stopped = true;
      live = false;
      connection.close();
      await client.destroy();
    },
  };
}
