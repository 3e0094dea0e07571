/**
 * The Slack side of posting (`Publisher` in src/posting/publisher.ts): find the channel, make sure
 * the bot can post there (it joins a public channel itself when it sends, and asks to be invited
 * to a private one), send the card, and find it again by its marker after a crash.
 *
 * Its Web API client never retries on its own: a request that timed out may still have posted,
 * and retrying it blind could post twice. A `ratelimited` answer means Slack did nothing, so that
 * one is waited out (Retry-After) and sent again; while one call waits, the others hold back too
 * (Slack's limits are per workspace and method, not per call). Messages to one channel go out at
 * most about one per second, Slack's rule for chat.postMessage.
 */
import { webApi } from '@slack/bolt';
import type { ArticleCard } from '../../core/card.js';
import type { Checked, PostTarget, Publisher, SentMessage } from '../../posting/publisher.js';
import { renderCard } from './render-post.js';

export interface SlackPublisherOptions {
  /** A client made by `postingClient` (no automatic retries, rate limits rejected to us). */
  client: webApi.WebClient;
  teamId: string;
  botUserId: string;
  botId: string;
  /** The bot's name, for "invite me" hints: /invite @name. */
  botName: string;
  /** Most Retry-After waits for one call before it fails: a limit that never lifts is reported, not waited forever. Default 20. */
  rateLimitRetries?: number;
  /** Least time between two messages (posts or edits) to one channel, in ms. Default 1,000. */
  channelIntervalMs?: number;
}

/** How many recent messages `findRecent` reads. */
export const RECENT_MESSAGES = 50;

export function postingClient(token: string, slackApiUrl: string | undefined, timeoutMs = 10_000): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
    logLevel: webApi.LogLevel.ERROR,
  });
}

interface ApiError {
  code?: string;
  data?: { error?: string; needed?: string };
  retryAfter?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces calls per key by at least `intervalMs`: each caller is given the next free slot and
 * waits for it, so concurrent callers on one key queue up instead of bursting.
 */
export function createPacer(intervalMs: number): (key: string) => Promise<void> {
  const next = new Map<string, number>();
  return async (key) => {
    const now = Date.now();
    const slot = Math.max(now, next.get(key) ?? 0);
    next.set(key, slot + intervalMs);
    if (slot > now) await sleep(slot - now);
  };
}

const platformError = (error: unknown) => ((error as ApiError).code === webApi.ErrorCode.PlatformError ? (error as ApiError).data?.error : undefined);

const CHANNEL_REF = /^<#([CG][A-Z0-9]+)(?:\|([^>]*))?>$/;
const CHANNEL_ID = /^[CG][A-Z0-9]{8,}$/;

export function createSlackPublisher({ client, teamId, botUserId, botId, botName, rateLimitRetries = 20, channelIntervalMs = 1000 }: SlackPublisherOptions): Publisher {
  const pace = createPacer(channelIntervalMs);
  /** Until when every call holds back, after Slack answered `ratelimited` (ms since the epoch). */
  let quietUntil = 0;
  const inviteMe = (label: string) => `Invite me to ${label} first (/invite @${botName}), then try again.`;

  /** One sentence an operator can act on, for a failed call about `label`. */
  function reason(error: unknown, label: string): string {
    const why = platformError(error);
    if (why === 'not_in_channel' || why === 'channel_not_found') return inviteMe(label);
    if (why === 'is_archived') return `${label} is archived; unarchive it or choose another channel.`;
    if (why === 'missing_scope') {
      const needed = (error as ApiError).data?.needed ?? 'a missing';
      return `The Slack app needs the ${needed} scope for that: add it under OAuth & Permissions and reinstall the app.`;
    }
    if (why === 'restricted_action' || why === 'cant_post_in_channel' || why === 'ekm_access_denied') return `Slack does not let me post in ${label} (${why}).`;
    if (why) return `Slack refused (${why}) for ${label}.`;
    if ((error as ApiError).code === webApi.ErrorCode.RateLimitedError) return `Slack kept rate-limiting me for ${label}; try again in a minute.`;
    return `Slack did not answer about ${label} in time; try again.`;
  }

  /** Waits out `ratelimited` (nothing was done) and tries again; anything else goes to the caller. */
  async function call<T>(request: () => Promise<T>): Promise<T> {
    for (let waits = 0; ; waits++) {
      while (Date.now() < quietUntil) await sleep(quietUntil - Date.now());
      try {
        return await request();
      } catch (error) {
        const retryAfter = (error as ApiError).retryAfter;
        if ((error as ApiError).code !== webApi.ErrorCode.RateLimitedError || waits >= rateLimitRetries) throw error;
        quietUntil = Math.max(quietUntil, Date.now() + Math.max(0, retryAfter ?? 1) * 1000);
      }
    }
  }

  async function permalink(channel: string, ts: string): Promise<string | undefined> {
    // The post is made either way; a missing link is not worth failing it.
    return call(() => client.chat.getPermalink({ channel, message_ts: ts })).then(
      (res) => res.permalink,
      () => undefined,
    );
  }

  return {
    platform: 'slack',

    async resolve(text) {
      const trimmed = text.trim();
      const ref = CHANNEL_REF.exec(trimmed);
      const id = ref?.[1] ?? (CHANNEL_ID.test(trimmed) ? trimmed : undefined);
      if (!id) {
        return {
          ok: false,
          reason: trimmed.startsWith('#')
            ? `Pick ${trimmed} from the list Slack shows as you type #, so I get the channel itself, or give its id (C…).`
            : 'Name a channel: type # and pick it from the list, e.g. /post #news.',
        };
      }
      const name = ref?.[2];
      return { ok: true, target: { platform: 'slack', workspace: teamId, channel: id, label: `#${name || id}` } };
    },

    async check(target): Promise<Checked> {
      // No side effects: a preview someone cancels must not leave the bot in the channel.
      try {
        // Reading the channel works exactly when the bot is in it.
        await call(() => client.conversations.history({ channel: target.channel, limit: 1 }));
        return { ok: true };
      } catch (error) {
        // Public and not joined yet: `send` joins it. Private and not invited: channel_not_found.
        if (platformError(error) === 'not_in_channel') return { ok: true };
        return { ok: false, reason: reason(error, target.label) };
      }
    },

    async send(target: PostTarget, card: ArticleCard): Promise<SentMessage> {
      const message = renderCard(card);
      const post = () =>
        call(async () => {
          await pace(target.channel);
          return client.chat.postMessage({ channel: target.channel, ...message, unfurl_links: false, unfurl_media: false });
        });
      let ts: string | undefined;
      try {
        ts = (await post()).ts;
      } catch (error) {
        // not_in_channel means nothing was posted, so joining and posting again cannot double it.
        if (platformError(error) !== 'not_in_channel') throw new Error(reason(error, target.label));
        try {
          await call(() => client.conversations.join({ channel: target.channel }));
        } catch (joinError) {
          const why = platformError(joinError);
          throw new Error(why === 'method_not_supported_for_channel_type' || why === 'channel_not_found' ? inviteMe(target.label) : reason(joinError, target.label));
        }
        try {
          ts = (await post()).ts;
        } catch (retryError) {
          throw new Error(reason(retryError, target.label));
        }
      }
      if (!ts) throw new Error(`Slack accepted the post in ${target.label} but gave no message id.`);
      const link = await permalink(target.channel, ts);
      return { messageId: ts, ...(link ? { permalink: link } : {}) };
    },

    async edit(target, messageId, card) {
      try {
        await call(async () => {
          await pace(target.channel);
          return client.chat.update({ channel: target.channel, ts: messageId, ...renderCard(card) });
        });
      } catch (error) {
        throw new Error(reason(error, target.label));
      }
    },

    async findRecent(target, marker) {
      let messages: { ts?: string; bot_id?: string; user?: string; blocks?: unknown }[];
      try {
        const res = await call(() => client.conversations.history({ channel: target.channel, limit: RECENT_MESSAGES }));
        messages = (res.messages ?? []) as typeof messages;
      } catch (error) {
        throw new Error(reason(error, target.label));
      }
      const ours = messages.find((m) => (m.bot_id === botId || m.user === botUserId) && m.ts && JSON.stringify(m.blocks ?? []).includes(marker));
      if (!ours?.ts) return undefined;
      const link = await permalink(target.channel, ours.ts);
      return { messageId: ours.ts, ...(link ? { permalink: link } : {}) };
    },
  };
}
