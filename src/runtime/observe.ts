/**
 * What every platform does after a reply or a post: one log line and the matching metrics, so
 * Discord, Slack and the terminal are counted and logged the same way.
 */
import { randomUUID } from 'node:crypto';
import type { Health } from './health.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { ReplyKind } from '../core/reply.js';

/**
 * What a reply was: a command's reply kind, or what a button did that is not a command's reply
 * (`shared`: an answer reposted in the channel; `cancelled`: a post preview withdrawn).
 */
export type ObservedKind = ReplyKind | 'shared' | 'cancelled';

/** What a request was answered with: the subcommand (or button) and the reply's kind. */
export interface Answered {
  command: string;
  kind: ObservedKind;
}

/** The "command" a Share to channel click is counted under, on every platform. */
export const SHARE_BUTTON = 'share-button';

export interface ReplyEvent {
  /** The platform's own id for the request (interaction id, event id) when it has one; a fresh one otherwise. */
  id?: string;
  /** "discord", "slack", "terminal". */
  platform: string;
  /** The subcommand that answered ("summary", "quote"…), or "none" when the input was refused before one ran. */
  command: string;
  kind: ObservedKind;
  /** Milliseconds from the request arriving to the reply being handed to the platform. */
  ms: number;
}

export interface PostEvent {
  id?: string;
  platform: string;
  /** Outcome: posted, already, failed, recovered, skipped. */
  state: string;
  /** Where: "#news", or "slack:C0123ABCD". */
  label: string;
  ms: number;
  requestedBy?: string;
  /** Why it failed or why nothing was sent. */
  reason?: string;
}

/** A platform's connection dropping (`down`) or coming back (`up`, after a drop). */
export interface ConnectionEvent {
  platform: string;
  state: 'down' | 'up';
  /** With `up`: how long the connection was down, in milliseconds. */
  outageMs?: number;
}

export interface Observer {
  reply(event: ReplyEvent): void;
  post(event: PostEvent): void;
  /** One log line per drop (warn) and per recovery (info, with the outage's length). */
  connection(event: ConnectionEvent): void;
}

export interface ObserverSetup {
  logger: Logger;
  metrics: Metrics;
  /** Level of the per-reply line. Default info; the terminal uses debug, so a person's screen stays quiet. */
  replyLevel?: 'info' | 'debug' | 'trace';
  /** Told of every reply once it is logged (the idle compactor). */
  afterReply?: () => void;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function createObserver({ logger, metrics, replyLevel = 'info', afterReply }: ObserverSetup): Observer {
  // The reply line holds only our own fields (ids, names, a number), never a credential, so it
  // skips the redaction of fields named like one, which cost four times the rest of the line;
  // like every line, it is still scrubbed of each configured secret value.
  const replies = logger.child({}, { redact: [] });
  return {
    reply({ id = randomUUID(), platform, command, kind, ms }) {
      metrics.reply(platform, command, kind, ms / 1000);
      replies[replyLevel]({ id, platform, command, kind, ms: round(ms) }, 'reply');
      afterReply?.();
    },
    post({ id = randomUUID(), platform, state, label, ms, requestedBy, reason }) {
      metrics.post(platform, state);
      const fields = { id, platform, state, channel: label, ms: round(ms), ...(requestedBy ? { requestedBy } : {}), ...(reason ? { reason } : {}) };
      if (state === 'failed') logger.warn(fields, 'post');
      else logger.info(fields, 'post');
    },
    connection({ platform, state, outageMs }) {
      if (state === 'down') return logger.warn({ platform }, `${platform}: connection lost`);
      const ms = round(outageMs ?? 0);
      logger.info({ platform, outageMs: ms }, `${platform}: connection back after ${(ms / 1000).toFixed(1)} s`);
    },
  };
}

/**
 * What a chat adapter reports to, narrowed to what it needs: its connection state (/healthz,
 * `status`), reconnects and replies (/metrics and the log). Start-up passes the real ones; an
 * adapter started without it (most tests) reports nothing.
 */
export interface PlatformReporting {
  health: Pick<Health, 'register' | 'set'>;
  metrics: Pick<Metrics, 'reconnect'>;
  observer: Pick<Observer, 'reply' | 'connection'>;
}

/**
 * A platform's connection as the adapter sees it: `up` on every (re)connect, `down` on every drop,
 * `close` when the bot itself ends it (a stop is not an outage: no warning, and nothing after counts).
 */
export interface ConnectionReport {
  up(): void;
  down(): void;
  close(): void;
}

/**
 * Registers `platform` (down until it connects) and turns the adapter's connection events into
 * health changes, reconnect counts and log lines: a `down` after an `up` is a drop (warn), and the
 * `up` that follows is one reconnect (info, with how long it was down). Repeated `up`s or `down`s
 * count once. `clock` (ms) is for tests.
 */
export function reportConnection(
  platform: string,
  reporting: (Pick<PlatformReporting, 'health' | 'metrics'> & Partial<Pick<PlatformReporting, 'observer'>>) | undefined,
  clock: () => number = () => performance.now(),
): ConnectionReport {
  reporting?.health.register(platform);
  let state: 'never' | 'up' | 'down' | 'closed' = 'never';
  let downSince = 0;
  return {
    up() {
      if (state === 'up' || state === 'closed') return;
      if (state === 'down') {
        reporting?.metrics.reconnect(platform);
        reporting?.observer?.connection({ platform, state: 'up', outageMs: clock() - downSince });
      }
      state = 'up';
      reporting?.health.set(platform, true);
    },
    down() {
      if (state === 'never') return void reporting?.health.set(platform, false);
      if (state === 'down' || state === 'closed') return;
      state = 'down';
      downSince = clock();
      reporting?.observer?.connection({ platform, state: 'down' });
      reporting?.health.set(platform, false);
    },
    close() {
      state = 'closed';
      reporting?.health.set(platform, false);
    },
  };
}
