/**
 * The posting service: decides whether to post, records the intent before sending and the result
 * after, and recovers what a crash interrupted. Platform-free: each platform plugs in a `Publisher`.
 *
 * Exactly-once rests on four rules:
 * 1. write-ahead: a `pending` row is committed before `send`, `sent` with the message id after;
 *    no ledger row (the database is down), no send;
 * 2. an attempt that may have reached the platform (pending, or failed after a send started) is
 *    looked for with `findRecent(marker)` before anything is sent again;
 * 3. attempts on the same channel and article version run one at a time in this process;
 * 4. across processes, the row is claimed (`Ledger.claim`) before sending: one process holds it,
 *    the others wait for its outcome (bounded) and find it sent.
 */
import type { ArticleEngine } from '../engine/engine.js';
import { buildCard, markerFor, type ArticleCard } from '../core/card.js';
import { createKeyedQueue } from './keyed-queue.js';
import { keyOf, targetOf, type Claim, type Ledger, type PostKey, type PostRecord } from './ledger.js';
import { DATABASE_DOWN, isDatabaseDown } from '../store/errors.js';
import { mapLimit } from './map-limit.js';
import type { Checked, Platform, PostChannelRef, PostTarget, Publisher, SentMessage } from './publisher.js';
import type { PreviewOptions, PublishOptions, PostPreview, PublishStatus, PublishResult, UpdateStatus, UpdateResult, PostingOverview, PostingPort } from '../core/posting-port.js';
export type { PreviewOptions, PublishOptions, PostPreview, PublishStatus, PublishResult, UpdateStatus, UpdateResult, PostingOverview, PostingPort };


export interface PostingDeps {
  ledger: Ledger;
  /** At most one per platform; a platform without one cannot be posted to. */
  publishers: readonly Publisher[];
  engine: ArticleEngine;
  /** Share link shown on the card, when one is configured. */
  shareUrl?: string;
  /**
   * Told when each attempt ends (publish, publishAll, reconcile), for one log line and the
   * posts_total metric: pass `observer.post` from src/runtime/observe.ts. Its errors are ignored.
   */
  onOutcome?: (outcome: PostOutcome) => void;
}

/** One finished attempt, as `onOutcome` hears of it. */
export interface PostOutcome {
  platform: Platform;
  /** posted, already, failed (publish); recovered, posted, failed, skipped (reconcile); edited, current, failed (update). */
  state: PublishStatus | ReconcileOutcome['status'] | UpdateStatus;
  label: string;
  /** Milliseconds the attempt took, waiting for its turn included. */
  ms: number;
  requestedBy?: string;
  reason?: string;
}

export interface ReconcileOutcome {
  target: PostTarget;
  contentHash: string;
  /** recovered: found in the channel, not sent again; posted: sent now; skipped: left pending. */
  status: 'recovered' | 'posted' | 'failed' | 'skipped';
  permalink?: string;
  reason?: string;
}

export interface UpdateOptions {
  /** Who asked, for the ledger and `status`. */
  requestedBy: string;
  /** Only posts in these channels (platform and channel id); default every channel in the ledger. */
  channels?: readonly PostChannelRef[];
  /** Only posts on this platform. */
  platform?: Platform;
  /** Only posts in this server or workspace (a Discord operator acts in their own server only). */
  workspace?: string;
  /** Edits running at once. Default 1. */
  concurrency?: number;
  /** Told as each edit ends, for progress lines. Its errors are ignored. */
  onResult?: (result: UpdateResult) => void;
}

export interface Posting {
  /** The card for the current article version (built once: the article never changes in a run). */
  readonly card: ArticleCard;
  platforms(): Platform[];
  resolve(platform: Platform, channel: string): Promise<Checked<{ target: PostTarget }>>;
  preview(target: PostTarget, options?: PreviewOptions): Promise<PostPreview>;
  publish(target: PostTarget, options: PublishOptions): Promise<PublishResult>;
  /** Posts to each configured channel it has not posted this version to yet, one after another. */
  publishAll(channels: readonly PostChannelRef[], options: PublishOptions): Promise<PublishResult[]>;
  /**
   * After a correction (a new content hash): edits every earlier post of an older version in place
   * (`Publisher.edit`) instead of posting again, and records each as this version's post in its
   * channel with the same message id. Edits are idempotent, so a crash midway is repaired by
   * running it again. Resolves with one result per message; an empty list means nothing older was posted.
   */
  update(options: UpdateOptions): Promise<UpdateResult[]>;
  /** Settles every `pending` row left by a crash; run once at start, before accepting commands. */
  reconcile(): Promise<ReconcileOutcome[]>;
  overview(): Promise<PostingOverview>;
  forPlatform(platform: Platform): PostingPort;
}

/** How long an attempt waits for another process's claim on the same post to end, and how often it looks, in ms. */
export const CLAIM_WAIT = { totalMs: 20_000, stepMs: 100 };

const BUSY = (label: string) => `Another instance of the bot is posting to ${label} right now, and it did not finish in time; try again in a minute.`;

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'The platform refused the post without saying why.';
}

function notSetUp(platform: Platform): string {
  return `Posting to ${platform.charAt(0).toUpperCase()}${platform.slice(1)} is not set up in this bot.`;
}

const keyId = (key: PostKey) => [key.platform, key.workspace, key.channel, key.contentHash].join('\u0000');

export function createPosting({ ledger, publishers, engine, shareUrl, onOutcome }: PostingDeps): Posting {
  const card = buildCard(engine, shareUrl);
  const tell = (outcome: PostOutcome) => {
    try {
      onOutcome?.(outcome);
    } catch {
      // Logging or metrics must never change what posting does.
    }
  };
  const byPlatform = new Map(publishers.map((p) => [p.platform, p]));
  const serialize = createKeyedQueue();

  /**
   * One attempt on a row already marked `pending`: optionally look for an earlier landing, then
   * check, send and record. Never throws; every failure ends as a `failed` row with its reason.
   */
  async function deliver(publisher: Publisher, target: PostTarget, key: PostKey, lookFirst: boolean) {
    const marker = markerFor(key.contentHash);
    /** Records the failure (best effort: the database may be what failed) and says why. */
    const failWith = async (reason: string) => {
      await ledger.markFailed(key, reason).catch(() => {});
      return { outcome: 'failed' as const, reason };
    };
    if (lookFirst) {
      try {
        const found = await publisher.findRecent(target, marker);
        if (found) {
          await ledger.markSent(key, found.messageId, found.permalink).catch(() => {});
          return { outcome: 'recovered' as const, ...found };
        }
      } catch (error) {
        // Posting blind could double the post; leave it failed and say what to fix.
        return failWith(`Could not look in ${target.label} for an earlier post, so I did not post again: ${reasonOf(error)}`);
      }
    }
    if (key.contentHash !== card.contentHash) return failWith('The article changed since this post was started; post the current version instead.');
    let sent: SentMessage;
    try {
      const check = await publisher.check(target);
      if (!check.ok) return await failWith(check.reason);
      // Without this write there is no send: a database that just went away stops the post here.
      await ledger.markSending(key);
      sent = await publisher.send(target, card);
    } catch (error) {
      return failWith(isDatabaseDown(error) ? DATABASE_DOWN : reasonOf(error));
    }
    // The message is out: if the ledger cannot say so now, the row stays pending under our claim,
    // and the next attempt or start finds the message by its marker instead of sending again.
    await ledger.markSent(key, sent.messageId, sent.permalink).catch(() => {});
    return { outcome: 'posted' as const, ...sent };
  }

  /**
   * Claims the post for this process; while another process holds it, waits (bounded) for its
   * outcome. A database that cannot be reached is an answer too: nothing may be sent.
   */
  async function claimOrWait(key: PostKey, requestedBy: string, options: { label: string; force?: boolean; onlyPending?: boolean }): Promise<Claim | 'down'> {
    const tries = Math.ceil(CLAIM_WAIT.totalMs / CLAIM_WAIT.stepMs);
    for (let tried = 0; ; tried++) {
      let claim: Claim;
      try {
        claim = await ledger.claim(key, requestedBy, options);
      } catch (error) {
        if (isDatabaseDown(error)) return 'down';
        throw error;
      }
      if (claim.status !== 'busy' || tried >= tries) return claim;
      await new Promise((resolve) => setTimeout(resolve, CLAIM_WAIT.stepMs));
    }
  }

  async function preview(target: PostTarget, { force = false }: PreviewOptions = {}): Promise<PostPreview> {
    const publisher = byPlatform.get(target.platform);
    const check: Checked = publisher
      ? await publisher.check(target).catch((e: unknown) => ({ ok: false as const, reason: reasonOf(e) }))
      : { ok: false, reason: notSetUp(target.platform) };
    // An unreachable database shows as no earlier post here; publish is what refuses.
    const existing = await ledger.get(keyOf(target, card.contentHash)).catch(() => undefined);
    if (existing?.state !== 'sent' || force) return { card, target, check };
    const refusal = {
      reason: `This article is already posted in ${target.label}. Use force to post it again.`,
      ...(existing.permalink ? { permalink: existing.permalink } : {}),
    };
    return { card, target, check, refusal };
  }

  async function publish(target: PostTarget, options: PublishOptions): Promise<PublishResult> {
    const started = performance.now();
    const result = await publishOnce(target, options);
    const { status: state, label, reason } = result;
    tell({ platform: target.platform, state, label, ms: performance.now() - started, requestedBy: options.requestedBy, ...(reason ? { reason } : {}) });
    return result;
  }

  function publishOnce(target: PostTarget, { force = false, requestedBy }: PublishOptions): Promise<PublishResult> {
    const key = keyOf(target, card.contentHash);
    return serialize(keyId(key), async () => {
      const label = target.label;
      const publisher = byPlatform.get(target.platform);
      if (!publisher) return { status: 'failed', label, reason: notSetUp(target.platform) };
      const claim = await claimOrWait(key, requestedBy, { label, force });
      if (claim === 'down') return { status: 'failed', label, reason: DATABASE_DOWN };
      if (claim.status === 'already') {
        const existing = claim.record;
        const permalink = existing.permalink ? { permalink: existing.permalink } : {};
        return { status: 'already', label, messageId: existing.messageId!, ...permalink, reason: `Already posted in ${label}.` };
      }
      if (claim.status !== 'claimed') return { status: 'failed', label, reason: BUSY(label) };
      // A pending row, or a failure after a send started, may have reached the channel.
      const existing = claim.previous;
      const mayHaveLanded = existing !== undefined && (existing.state === 'pending' || existing.attemptedAt !== undefined);
      const result = await deliver(publisher, target, key, mayHaveLanded && !force);
      if (result.outcome === 'failed') return { status: 'failed', label, reason: result.reason };
      const { messageId, permalink } = result;
      const status = result.outcome === 'posted' ? 'posted' : 'already';
      return { status, label, messageId, ...(permalink ? { permalink } : {}) };
    });
  }

  async function reconcileOne(row: PostRecord): Promise<ReconcileOutcome> {
    const target = targetOf(row);
    const base = { target, contentHash: row.contentHash };
    const publisher = byPlatform.get(row.platform);
    if (!publisher) return { ...base, status: 'skipped', reason: notSetUp(row.platform) };
    return serialize(keyId(row), async () => {
      // Someone (here or in another instance) may have settled it while we waited our turn.
      const claim = await claimOrWait(row, row.requestedBy, { label: row.label, onlyPending: true });
      if (claim === 'down') return { ...base, status: 'failed', reason: DATABASE_DOWN };
      if (claim.status === 'settled' || claim.status === 'already') return { ...base, status: 'skipped', reason: 'No longer pending.' };
      if (claim.status === 'busy') return { ...base, status: 'skipped', reason: 'Another instance is posting it.' };
      const result = await deliver(publisher, target, row, true);
      if (result.outcome === 'failed') return { ...base, status: 'failed', reason: result.reason };
      return { ...base, status: result.outcome, ...(result.permalink ? { permalink: result.permalink } : {}) };
    });
  }

  /** One earlier message (maybe several rows: v1 edited to v2 keeps both) brought up to this version. */
  async function editOne(rows: readonly PostRecord[], requestedBy: string): Promise<UpdateResult> {
    const newest = rows[0]!;
    const target = targetOf(newest);
    const messageId = newest.messageId!;
    const key = keyOf(target, card.contentHash);
    const base = { target, label: target.label, messageId, fromHash: newest.contentHash, ...(newest.permalink ? { permalink: newest.permalink } : {}) };
    return serialize(keyId(key), async (): Promise<UpdateResult> => {
      const current = await ledger.get(key);
      if (rows.every((r) => r.editedTo === card.contentHash) || (current?.state === 'sent' && current.messageId === messageId)) {
        return { ...base, status: 'current' };
      }
      const publisher = byPlatform.get(target.platform);
      if (!publisher) return { ...base, status: 'failed', reason: notSetUp(target.platform) };
      try {
        await publisher.edit(target, messageId, card);
      } catch (error) {
        const reason = `Could not update the earlier post in ${target.label}: ${reasonOf(error)}`;
        // Shown by status as this version's failure in that channel; a later post sends afresh.
        if (current?.state !== 'sent') {
          // Best effort: another instance may hold this version's row right now.
          await ledger
            .begin(key, requestedBy, { label: target.label })
            .then(() => ledger.markFailed(key, reason))
            .catch(() => {});
        }
        return { ...base, status: 'failed', reason };
      }
      for (const row of rows) await ledger.markEdited(row, card.contentHash);
      await ledger.recordEdit(key, requestedBy, { label: target.label, messageId, ...(newest.permalink ? { permalink: newest.permalink } : {}) });
      return { ...base, status: 'edited' };
    });
  }

  async function update({ requestedBy, channels, platform, workspace, concurrency = 1, onResult }: UpdateOptions): Promise<UpdateResult[]> {
    const wanted = (row: PostRecord) =>
      (!platform || row.platform === platform) &&
      (!workspace || row.workspace === workspace) &&
      (!channels || channels.some((c) => c.platform === row.platform && c.channel === row.channel));
    // One entry per message: rows of several older versions may point at the same edited message.
    const byMessage = new Map<string, PostRecord[]>();
    for (const row of await ledger.sentForOtherHashes(card.contentHash)) {
      if (!row.messageId || !wanted(row)) continue;
      const id = [row.platform, row.workspace, row.channel, row.messageId].join('\u0000');
      byMessage.set(id, [...(byMessage.get(id) ?? []), row]);
    }
    return mapLimit([...byMessage.values()], concurrency, async (rows) => {
      const started = performance.now();
      const result = await editOne(rows, requestedBy);
      const { status: state, target, reason } = result;
      tell({ platform: target.platform, state, label: target.label, ms: performance.now() - started, requestedBy, ...(reason ? { reason } : {}) });
      try {
        onResult?.(result);
      } catch {
        // Progress output must never change what posting does.
      }
      return result;
    });
  }

  const posting: Posting = {
    card,
    platforms: () => [...byPlatform.keys()],
    async resolve(platform, channel) {
      const publisher = byPlatform.get(platform);
      return publisher ? publisher.resolve(channel) : { ok: false, reason: notSetUp(platform) };
    },
    preview,
    publish,
    async publishAll(channels, options) {
      const results: PublishResult[] = [];
      // One after another: gentler on rate limits than a burst, and the log reads in order.
      for (const ref of channels) {
        const resolved = await posting.resolve(ref.platform, ref.channel).catch((e: unknown) => ({ ok: false as const, reason: reasonOf(e) }));
        if (!resolved.ok) {
          const failed = { status: 'failed' as const, label: `${ref.platform}:${ref.channel}`, reason: resolved.reason };
          tell({ platform: ref.platform, state: failed.status, label: failed.label, ms: 0, requestedBy: options.requestedBy, reason: failed.reason });
          results.push(failed);
        } else results.push(await publish(resolved.target, options));
      }
      return results;
    },
    async reconcile() {
      const outcomes: ReconcileOutcome[] = [];
      for (const row of await ledger.pending()) {
        const started = performance.now();
        const outcome = await reconcileOne(row);
        const { status: state, target, reason } = outcome;
        tell({ platform: target.platform, state, label: target.label, ms: performance.now() - started, ...(reason ? { reason } : {}) });
        outcomes.push(outcome);
      }
      return outcomes;
    },
    update,
    overview: async () => ({ latest: await ledger.listLatest(), failed: await ledger.failed() }),
    forPlatform(platform) {
      return {
        resolve: (channel) => posting.resolve(platform, channel),
        preview,
        publish,
        update: ({ requestedBy, channel, workspace }) =>
          update({ requestedBy, platform, ...(workspace ? { workspace } : {}), ...(channel ? { channels: [{ platform, channel: channel.channel }] } : {}) }),
        overview: posting.overview,
        contentHash: card.contentHash,
      };
    },
  };
  return posting;
}
