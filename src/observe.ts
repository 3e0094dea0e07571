/**
 * What every platform does after a reply or a post: one log line and the matching metrics, so
 * Discord, Slack and the terminal are counted and logged the same way.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { ReplyKind } from './reply.js';

export interface ReplyEvent {
  /** The platform's own id for the request (interaction id, event id) when it has one; a fresh one otherwise. */
  id?: string;
  /** "discord", "slack", "terminal". */
  platform: string;
  /** The subcommand that answered ("summary", "quote"…), or "none" when the input was refused before one ran. */
  command: string;
  kind: ReplyKind;
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

export interface Observer {
  reply(event: ReplyEvent): void;
  post(event: PostEvent): void;
}

export interface ObserverSetup {
  logger: Logger;
  metrics: Metrics;
  /** Level of the per-reply line. Default info; the terminal uses debug, so a person's screen stays quiet. */
  replyLevel?: 'info' | 'debug' | 'trace';
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function createObserver({ logger, metrics, replyLevel = 'info' }: ObserverSetup): Observer {
  return {
    reply({ id = randomUUID(), platform, command, kind, ms }) {
      metrics.reply(platform, command, kind, ms / 1000);
      logger[replyLevel]({ id, platform, command, kind, ms: round(ms) }, 'reply');
    },
    post({ id = randomUUID(), platform, state, label, ms, requestedBy, reason }) {
      metrics.post(platform, state);
      const fields = { id, platform, state, channel: label, ms: round(ms), ...(requestedBy ? { requestedBy } : {}), ...(reason ? { reason } : {}) };
      if (state === 'failed') logger.warn(fields, 'post');
      else logger.info(fields, 'post');
    },
  };
}
