/**
 * The seam between the bot and a surface people talk to it on (Hubot's Adapter, errbot's
 * backends): the terminal, Discord (gateway, shards or HTTP interactions) and Slack (Socket Mode
 * or HTTP) each implement it, and start-up loops over the configured ones (src/main.ts).
 *
 * The life of an adapter: `prepare` checks what can be checked without connecting (tokens), so a
 * bad setting stops start-up before anything listens; `start` connects and answers; `stop` ends it.
 */
import type { CommandContext } from '../../commands/types.js';
import type { Logger } from '../runtime/log.js';
import type { PlatformReporting } from '../runtime/observe.js';
import type { PostingPort } from '../posting/posting.js';
import type { Publisher } from '../posting/publisher.js';
import type { HandledIds } from '../store/handled-ids.js';
import type { WebServer } from '../web/server.js';

/** What start-up lends every adapter: where to log and report, the shared store's ids, the web server. */
export interface AdapterServices {
  logger: Logger;
  reporting: PlatformReporting;
  /** Ids of events and interactions already answered, shared by every instance (the store). */
  handled: HandledIds;
  /** The web server's `mount`, when the web server runs (HTTP modes need it). */
  mount?: WebServer['mount'];
}

export interface Adapter {
  /** The platform's name, as the post ledger, /healthz and the logs write it. */
  readonly name: string;
  /**
   * Connects (or mounts its endpoint) and answers commands with `ctx`. `posting` is this platform's
   * posting service, still on its way: start-up settles interrupted posts after every adapter is up,
   * and the operator commands wait for it.
   */
  start(ctx: CommandContext, posting: Promise<PostingPort | undefined>): Promise<void>;
  /** Posts the article card; there once started (absent when shard processes post for themselves). */
  readonly publisher?: Publisher | undefined;
  /** Ends the connection; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * An adapter that can be configured, reading the settings `S` it declares (its own, plus any
 * general ones it needs): `prepare` runs only when `configured` says its settings are there.
 */
export interface AdapterFactory<S> {
  readonly name: string;
  configured(settings: S): boolean;
  /** Checks tokens (no connection yet); the module behind it is imported only now. */
  prepare(settings: S, services: AdapterServices): Promise<Adapter>;
  /**
   * Logs in only to post (`npm run post`): no commands are answered, so a running bot keeps
   * answering alone. Fails with an `OperatorError` naming the variable when the token is refused.
   */
  connectForPosting(settings: S): Promise<PostingConnection>;
}

/** A platform logged in to post, and nothing else. */
export interface PostingConnection {
  publisher: Publisher;
  stop(): Promise<void>;
}
