/**
 * The Bolt app: Socket Mode when an app-level token is configured (no public URL needed),
 * otherwise HTTP mode verifying Slack's signature. Listeners live beside this file by kind.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger, type webApi } from '@slack/bolt';
import type { CommandContext } from '../../commands/types.js';
import type { SlackConfig } from '../config.js';
import { defaultHandlers, registerActions } from './actions.js';
import { registerSlashCommand } from './commands.js';
import { registerMessages } from './messages.js';
import { operatorCheck, type Operators } from './operators.js';
import { RecentIds } from './recent-ids.js';

export type SlackMode = 'socket' | 'http';

/** Who the bot is, from `auth.test` at start-up (Bolt would otherwise call it again, unawaited). */
export interface BotIdentity {
  botUserId: string;
  botId: string;
  /** The workspace (team) id: part of every post's ledger key. */
  teamId: string;
  /** The bot's user name, for "/invite @name" hints. */
  name: string;
}

export interface SlackAppOptions {
  logger: Logger;
  identity: BotIdentity;
  /**
   * Web API retries for replies. Default: 3 retries, 0.5–5 s apart. A `ratelimited` answer is
   * first waited out for its Retry-After seconds.
   */
  retryConfig?: webApi.RetryOptions;
  /** Per-request Web API timeout in ms. Default 10,000. */
  requestTimeoutMs?: number;
  /** Socket Mode: how long to wait for a pong, and the step between reconnect attempts, in ms. Default 5,000. */
  clientPingTimeoutMs?: number;
  /** Slash commands: answer in the acknowledgement when ready within this many ms. Default 2,000. */
  ackWithinMs?: number;
}

export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/** HTTP mode serves commands, events and interactivity on this one path. */
export const HTTP_PATH = '/slack/events';

export function slackMode(config: SlackConfig): SlackMode {
  return config.appToken ? 'socket' : 'http';
}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  /** Ends the Socket Mode connection or closes the HTTP server, and resolves when it is done. */
  stop(): Promise<void>;
}

export function createSlackApp(config: SlackConfig, ctx: CommandContext, options: SlackAppOptions): SlackApp {
  const { logger } = options;
  const apiUrl = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const mode = slackMode(config);
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        ...(options.clientPingTimeoutMs ? { clientPingTimeout: options.clientPingTimeoutMs } : {}),
        // The Socket Mode client keeps its own generous retries for reconnecting.
        installerOptions: { clientOptions: { ...apiUrl } },
      })
    : new HTTPReceiver({ signingSecret: config.signingSecret ?? '', endpoints: HTTP_PATH, logger });
  const app = new App({
    receiver,
    token: config.botToken,
    botId: options.identity.botId,
    botUserId: options.identity.botUserId,
    logger,
    convoStore: false,
    clientOptions: {
      ...apiUrl,
      logger,
      retryConfig: options.retryConfig ?? DEFAULT_RETRY,
      timeout: options.requestTimeoutMs ?? 10_000,
    },
  });
  app.error(async (error) => {
    // One line; Bolt's default would log the error object and throw it again.
    logger.error(`a listener failed: ${error.message}`);
  });
  const operators: Operators = {
    check: operatorCheck(app.client, config.postAllowedUsers),
    ...(config.postAllowedUsers ? { allowedUsers: config.postAllowedUsers } : {}),
  };
  registerSlashCommand(app, ctx, operators, options.ackWithinMs);
  registerMessages(app, ctx, new RecentIds(), operators);
  registerActions(app, defaultHandlers(ctx, operators));
  // SocketModeReceiver#stop does not wait for the socket to close; its client's disconnect does.
  const stop = receiver instanceof SocketModeReceiver ? () => receiver.client.disconnect() : () => app.stop().then(() => {});
  return { app, mode, stop };
}
