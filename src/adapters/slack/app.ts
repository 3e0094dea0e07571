/**
 * The Bolt app: Socket Mode when an app-level token is configured (no public URL needed),
 * otherwise HTTP mode verifying Slack's signature. In HTTP mode Bolt never listens itself: its
 * receiver's request listener is mounted on the bot's one web server (see start.ts). Listeners
 * live beside this file by kind.
 */
import type { IncomingMessage, RequestListener } from 'node:http';
import { App, ErrorCode, HTTPReceiver, SocketModeReceiver, type Logger, type webApi } from '@slack/bolt';
import type { CommandContext } from '../../../commands/types.js';
import type { SlackConfig } from './settings.js';
import { reportConnection, type ConnectionReport, type Observer, type PlatformReporting } from '../../runtime/observe.js';
import { defaultHandlers, registerActions } from './actions.js';
import { registerSlashCommand } from './commands.js';
import { registerMessages } from './messages.js';
import { operatorCheck, type Operators } from './operators.js';
import { localHandledIds, type HandledIds } from '../../store/handled-ids.js';

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
  /** Where the connection state, reconnects and replies are reported (health, metrics, observer). */
  reporting?: PlatformReporting;
  /**
   * Ids of events answered already. Pass the shared store's (`sharedHandledIds(store.handled)`)
   * so a retry delivered to another instance is not answered twice. Default: this process's memory.
   */
  handled?: HandledIds;
}

export const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

/** HTTP mode serves commands, events and interactivity on this one path. */
export const HTTP_PATH = '/slack/events';

export function slackMode(config: SlackConfig): SlackMode {
  return config.appToken ? 'socket' : 'http';
}

/** A refusal from a request's headers alone, answered before its body is read. */
export type HeaderScreen = (req: IncomingMessage) => { status: number; text: string } | undefined;

/**
 * Slack signs every request it sends (X-Slack-Signature over the body, X-Slack-Request-Timestamp).
 * A POST without those headers cannot be Slack's: 401 before its body is read, so an unsigned
 * flood costs no memory (Bolt would buffer up to 4 MB of each before checking). A request that
 * has them is read, within the body cap, and Bolt checks the signature itself.
 */
export const unsignedRefused: HeaderScreen = (req) => {
  if (req.method !== 'POST') return undefined; // GET and the rest: 405 from the listener
  const signed = typeof req.headers['x-slack-signature'] === 'string' && typeof req.headers['x-slack-request-timestamp'] === 'string';
  return signed ? undefined : { status: 401, text: 'Slack requests carry X-Slack-Signature and X-Slack-Request-Timestamp.\n' };
};

export interface SlackApp {
  app: App;
  mode: SlackMode;
  /**
   * HTTP mode: Bolt's receiver as a request listener for HTTP_PATH, to mount on the web server
   * with `unsignedRefused` as its screen (the server reads the body, within its cap, for Bolt).
   */
  requestListener?: RequestListener;
  /** The connection as health sees it: Socket Mode reports itself; HTTP mode is up once mounted. */
  connection: ConnectionReport;
  /** Ends the Socket Mode connection, and resolves when it is done (nothing to do in HTTP mode). */
  stop(): Promise<void>;
}

/**
 * Bolt's HTTPReceiver as a plain listener. Bolt sets up the receiver in the App constructor
 * (`receiver.init(app)`), so it handles requests without `app.start()`, which would open a
 * second server. A request it does not take (GET on the path) throws synchronously; answer 405.
 */
function httpListener(receiver: HTTPReceiver): RequestListener {
  return (req, res) => {
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      if ((error as { code?: string }).code !== ErrorCode.HTTPReceiverDeferredRequestError) throw error;
      res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'POST' }).end('Slack sends POST requests here.\n');
    }
  };
}

/** Socket Mode's own events, as connection changes: hello → up; a closed socket or a reconnect → down. */
function watchSocket(receiver: SocketModeReceiver, connection: ConnectionReport): void {
  receiver.client.on('connected', () => connection.up());
  for (const event of ['close', 'reconnecting', 'disconnected']) receiver.client.on(event, () => connection.down());
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
  const connection = reportConnection('slack', options.reporting);
  if (receiver instanceof SocketModeReceiver) watchSocket(receiver, connection);
  app.error(async (error) => {
    // One line; Bolt's default would log the error object and throw it again.
    logger.error(`a listener failed: ${error.message}`);
  });
  const operators: Operators = {
    check: operatorCheck(app.client, config.postAllowedUsers),
    ...(config.postAllowedUsers ? { allowedUsers: config.postAllowedUsers } : {}),
  };
  const observer: Pick<Observer, 'reply'> | undefined = options.reporting?.observer;
  registerSlashCommand(app, ctx, operators, { ...(options.ackWithinMs === undefined ? {} : { ackWithinMs: options.ackWithinMs }), ...(observer ? { observer } : {}) });
  registerMessages(app, ctx, options.handled ?? localHandledIds(), operators, observer);
  registerActions(app, defaultHandlers(ctx, operators, options.identity), observer);
  if (receiver instanceof SocketModeReceiver) {
    const stop = async () => {
      connection.close(); // the socket closing now is ours, not a drop
      // SocketModeReceiver#stop does not wait for the socket to close; its client's disconnect does.
      await receiver.client.disconnect();
    };
    return { app, mode, connection, stop };
  }
  return { app, mode, connection, requestListener: httpListener(receiver), stop: async () => connection.close() };
}
