/**
 * Bounded start-up. The tokens are checked first with one quick call each and no retries, so a
 * bad token or an unreachable API ends start-up within seconds with one clear line (Bolt alone
 * retries `apps.connections.open` for minutes, and its constructor's `auth.test` can fail as an
 * unhandled rejection). Then Socket Mode connects within a time limit, or HTTP mode mounts Bolt's
 * receiver on the bot's web server (one port for everything); `stop()` ends it cleanly.
 */
import { webApi, type App, type Logger } from '@slack/bolt';
import type { RequestListener } from 'node:http';
import type { CommandContext } from '../../../commands/types.js';
import type { SlackConfig } from './settings.js';
import { createSlackApp, HTTP_PATH, slackMode, unsignedRefused, type BotIdentity, type HeaderScreen, type SlackAppOptions, type SlackMode } from './app.js';
import { createLogger } from './logger.js';
import { createSlackPublisher, postingClient } from './publisher.js';
import type { Publisher } from '../../posting/publisher.js';
import { OperatorError } from '../../core/errors.js';

/** A start-up failure an operator can act on; the message names the variable or the address. */
export class SlackStartError extends OperatorError {}

/**
 * Puts a request listener on the web server at `path`, with a screen that sees each request's
 * headers before its body is read; returns the function that takes it off (WebServer.mount).
 */
export type Mount = (path: string, listener: RequestListener, screen: HeaderScreen) => () => void;

export interface StartSlackOptions extends Partial<Omit<SlackAppOptions, 'identity'>> {
  /**
   * HTTP mode: where Slack's requests come in, at HTTP_PATH on the bot's web server. Required in
   * HTTP mode (Bolt does not listen on a port of its own); unused in Socket Mode.
   */
  mount?: Mount;
  /** The whole start-up, in ms: token checks, then connecting. Default 10,000. */
  startTimeoutMs?: number;
}

export interface RunningSlack {
  mode: SlackMode;
  app: App;
  stop(): Promise<void>;
}

/** HTTP mode without the web server: said at start-up, naming the variables. */
export const HTTP_MODE_NEEDS_WEB = 'Slack HTTP mode (SLACK_SIGNING_SECRET without SLACK_APP_TOKEN) receives requests on the web server at /slack/events; set WEB=on, or SLACK_APP_TOKEN for Socket Mode.';

const REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** One line naming the variable to fix, for a failed token check. */
export function describeStartError(error: unknown, variable: string, apiUrl: string, waitMs: number): string {
  const e = error as { code?: string; data?: { error?: string }; original?: Error; statusCode?: number };
  if (e.code === webApi.ErrorCode.PlatformError) {
    const why = e.data?.error ?? 'error';
    if (REFUSED.has(why)) {
      const hint = variable === 'SLACK_APP_TOKEN'
        ? 'use an app-level token (xapp-…) with the connections:write scope, from Basic Information'
        : 'use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions';
      return `${variable} was refused by Slack (${why}): ${hint}.`;
    }
    return `Slack answered ${why} when checking ${variable}.`;
  }
  if (e.code === webApi.ErrorCode.HTTPError) return `The Slack API at ${apiUrl} answered HTTP ${e.statusCode}; check SLACK_API_URL.`;
  const cause = e.original as (Error & { cause?: { code?: string } }) | undefined;
  const detail = cause?.name === 'TimeoutError' ? `no answer within ${Math.round(waitMs / 1000)} s` : (cause?.cause?.code ?? cause?.message ?? String(error));
  return `Cannot reach the Slack API at ${apiUrl} (${detail}); check the network or SLACK_API_URL.`;
}

/** One call with no retries and a short timeout; returns its result or a SlackStartError. */
async function check<T>(call: () => Promise<T>, variable: string, apiUrl: string, waitMs: number): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new SlackStartError(describeStartError(error, variable, apiUrl, waitMs));
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new SlackStartError(message)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Tokens checked, clients built, nothing connected yet: the posting core can take `publisher` now. */
export interface PreparedSlack {
  identity: BotIdentity;
  /** Posts the article card for the shared posting core (same ledger as Discord). */
  publisher: Publisher;
  /** Connects (Socket Mode) or listens (HTTP mode) with the context commands will run in. */
  start(ctx: CommandContext): Promise<RunningSlack>;
}

/**
 * Checks the tokens with one quick call each (no retries), so a bad token or an unreachable API
 * fails here within seconds, then builds the publisher. Call `start` when the context is ready.
 */
export async function prepareSlack(config: SlackConfig, options: StartSlackOptions): Promise<PreparedSlack> {
  const logger = options.logger ?? createLogger();
  const budget = options.startTimeoutMs ?? 10_000;
  const waitMs = Math.min(5000, budget);
  const apiUrl = config.apiUrl ?? 'https://slack.com/api/';
  const quiet = createLogger(webApi.LogLevel.ERROR, () => {});
  const quick = { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, timeout: waitMs, logger: quiet };

  const auth = await check(() => new webApi.WebClient(config.botToken, quick).auth.test(), 'SLACK_BOT_TOKEN', apiUrl, waitMs);
  if (!auth.user_id || !auth.bot_id || !auth.team_id) throw new SlackStartError('SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…).');
  const identity: BotIdentity = { botUserId: auth.user_id, botId: auth.bot_id, teamId: auth.team_id, name: auth.user ?? 'the bot' };
  if (config.appToken) {
    const socket = new webApi.WebClient(undefined, { ...quick, headers: { Authorization: `Bearer ${config.appToken}` } });
    await check(() => socket.apps.connections.open(), 'SLACK_APP_TOKEN', apiUrl, waitMs);
  }
  const publisher = createSlackPublisher({
    client: postingClient(config.botToken, config.apiUrl, options.requestTimeoutMs),
    teamId: identity.teamId,
    botUserId: identity.botUserId,
    botId: identity.botId,
    botName: identity.name,
  });
  return {
    identity,
    publisher,
    start: (ctx) => connect(config, ctx, { ...options, logger }, identity, budget),
  };
}

async function connect(config: SlackConfig, ctx: CommandContext, options: StartSlackOptions & { logger: Logger }, identity: BotIdentity, budget: number): Promise<RunningSlack> {
  const { logger } = options;
  if (slackMode(config) === 'http' && !options.mount) throw new SlackStartError(HTTP_MODE_NEEDS_WEB);
  const { app, mode, requestListener, connection, stop } = createSlackApp(config, ctx, { ...options, identity });
  const left = Math.max(1000, budget);
  let unmount = () => {};
  if (mode === 'socket') {
    try {
      await withTimeout(app.start(), left, `Slack did not open the Socket Mode connection within ${Math.round(left / 1000)} s; check SLACK_APP_TOKEN and the network.`);
    } catch (error) {
      await stop().catch(() => {});
      if (error instanceof SlackStartError) throw error;
      throw new SlackStartError(`Slack did not start: ${(error as Error).message}`);
    }
    logger.info(`connected to Slack in Socket Mode as ${identity.name}`);
  } else {
    // No app.start(): Bolt readied the receiver in the App constructor; the web server listens.
    unmount = options.mount!(HTTP_PATH, requestListener!, unsignedRefused);
    connection.up();
    logger.info(`Slack HTTP mode: receiving requests at ${HTTP_PATH} on the web server`);
  }
  let stopping: Promise<void> | undefined;
  return {
    mode,
    app,
    stop() {
      stopping ??= (async () => {
        unmount();
        await stop();
      })();
      return stopping;
    },
  };
}

/** Prepares and starts in one go, for when posting is not wired (tests, a Slack-only bot). */
export async function startSlack(config: SlackConfig, ctx: CommandContext, options: StartSlackOptions): Promise<RunningSlack> {
  return (await prepareSlack(config, options)).start(ctx);
}

export { slackMode };
