/**
 * Bounded start-up. The tokens are checked first with one quick call each and no retries, so a
 * bad token or an unreachable API ends start-up within seconds with one clear line (Bolt alone
 * retries `apps.connections.open` for minutes, and its constructor's `auth.test` can fail as an
 * unhandled rejection). Then the app starts, within a time limit, and `stop()` ends it cleanly.
 */
import { webApi, type App, type Logger } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { CommandContext } from '../../commands/types.js';
import type { SlackConfig } from '../config.js';
import { createSlackApp, HTTP_PATH, slackMode, type BotIdentity, type SlackAppOptions, type SlackMode } from './app.js';
import { createLogger } from './logger.js';
import { createSlackPublisher, postingClient } from './publisher.js';
import type { Publisher } from '../posts/publisher.js';

/** A start-up failure an operator can act on; the message names the variable or the address. */
export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

export interface StartSlackOptions extends Partial<Omit<SlackAppOptions, 'identity'>> {
  /** HTTP mode listens here (Config.host / Config.port). */
  host: string;
  port: number;
  /** The whole start-up, in ms: token checks, then connecting or listening. Default 10,000. */
  startTimeoutMs?: number;
}

export interface RunningSlack {
  mode: SlackMode;
  /** HTTP mode: the port actually listened on (useful with PORT=0). */
  port?: number;
  app: App;
  stop(): Promise<void>;
}

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
  const { app, mode, stop } = createSlackApp(config, ctx, { ...options, identity });
  const left = Math.max(1000, budget);
  let port: number | undefined;
  try {
    if (mode === 'socket') {
      await withTimeout(app.start(), left, `Slack did not open the Socket Mode connection within ${Math.round(left / 1000)} s; check SLACK_APP_TOKEN and the network.`);
    } else {
      const server = (await withTimeout(app.start({ port: options.port, host: options.host }), left, `Could not listen on ${options.host}:${options.port}.`)) as Server;
      port = (server.address() as AddressInfo).port;
    }
  } catch (error) {
    await stop().catch(() => {});
    if (error instanceof SlackStartError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new SlackStartError(`Cannot listen on ${options.host}:${options.port} (${code}); set PORT (and HOST) to a free address.`);
    }
    throw new SlackStartError(`Slack did not start: ${(error as Error).message}`);
  }
  logger.info(mode === 'socket' ? `connected to Slack in Socket Mode as ${identity.name}` : `listening for Slack on http://${options.host}:${port}${HTTP_PATH}`);
  let stopping: Promise<void> | undefined;
  return {
    mode,
    app,
    ...(port === undefined ? {} : { port }),
    stop() {
      stopping ??= stop();
      return stopping;
    },
  };
}

/** Prepares and starts in one go, for when posting is not wired (tests, a Slack-only bot). */
export async function startSlack(config: SlackConfig, ctx: CommandContext, options: StartSlackOptions): Promise<RunningSlack> {
  return (await prepareSlack(config, options)).start(ctx);
}

export { slackMode };
