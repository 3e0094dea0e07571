/**
 * Discord over HTTP: mounts the Interactions Endpoint on the bot's web server and answers there,
 * with no gateway connection, so any number of instances behind a load balancer can serve it.
 * DISCORD_TOKEN is used for REST only (its check at start-up, and posting).
 */
import { Routes, type APIInteraction } from 'discord.js';
import type { CommandContext } from '../../../../commands/types.js';
import type { DiscordConfig } from '../settings.js';
import { reportConnection, type PlatformReporting } from '../../../runtime/observe.js';
import type { PostingPort } from '../../../posting/posting.js';
import type { Publisher } from '../../../posting/publisher.js';
import type { WebServer } from '../../../web/server.js';
import { interactionDeps } from '../interactions.js';
import type { Log } from '../respond.js';
import { INTERACTIONS_PATH, interactionsEndpoint, screenInteraction, type Webhook } from './endpoint.js';
import { handleHttpInteraction } from './handle.js';
import { connectRest, createRestPublisher } from './rest-client.js';
import { publicKeyFromHex } from './verify.js';

export interface StartDiscordHttpOptions {
  log: Log;
  /** The web server's `mount`: the endpoint is served at INTERACTIONS_PATH. */
  mount: WebServer['mount'];
  /** Passed to the interaction handler (defer threshold), mainly for tests. */
  deferAfterMs?: number;
  posting?: Promise<PostingPort | undefined>;
  reporting?: PlatformReporting;
  /** The clock request signatures are dated against (tests). */
  now?: () => number;
}

export interface RunningDiscordHttp {
  readonly name: 'discord';
  readonly publisher: Publisher;
  /** Unmounts the endpoint; safe to call twice. */
  stop(): Promise<void>;
}

export async function startDiscordHttp(config: DiscordConfig & { publicKey: string }, ctx: CommandContext, options: StartDiscordHttpOptions): Promise<RunningDiscordHttp> {
  const { log, reporting } = options;
  const client = await connectRest(config);
  // Interaction webhooks authenticate with the interaction's token, not the bot's.
  const webhook: Webhook = {
    async editOriginal(payload, body) {
      await client.rest.patch(Routes.webhookMessage(payload.application_id, payload.token, '@original'), { body, auth: false });
    },
    async followUp(payload, body) {
      await client.rest.post(Routes.webhook(payload.application_id, payload.token), { body, auth: false });
    },
  };
  const deps = { ...interactionDeps(ctx, options), botId: client.user.id };
  const unmount = options.mount(
    INTERACTIONS_PATH,
    interactionsEndpoint({
      publicKey: publicKeyFromHex(config.publicKey),
      webhook,
      handle: (payload: APIInteraction, turn) => handleHttpInteraction(payload, turn, deps),
      log,
      ...(options.now ? { now: options.now } : {}),
    }),
    screenInteraction,
  );
  // Nothing to connect: the adapter is up once Discord's requests can arrive.
  const connection = reportConnection('discord', reporting);
  connection.up();
  log(`discord: answering interactions over HTTP at ${INTERACTIONS_PATH} as ${client.user.tag}`);
  let stopped = false;
  return {
    name: 'discord',
    publisher: createRestPublisher(client),
    async stop() {
      if (stopped) return;
      stopped = true;
      unmount();
      // A stop is not an outage: no warning, and nothing after counts.
      connection.close();
      await client.destroy();
    },
  };
}
