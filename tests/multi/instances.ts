/**
 * Several instances of the built bot (`node dist/src/main.js`) sharing one PostgreSQL schema,
 * against one fake Discord and/or one fake Slack, as an operator runs them behind one database.
 * Only tests/ helpers and node/npm modules here: the bot is driven from the outside.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscord, RecordedRequest } from '../fakes/discord/fake-discord.js';
import { button, chatInput, type Asker, type InteractionPayload } from '../fakes/discord/interactions.js';
import { FAKE, PERMISSIONS, type MessageObject } from '../fakes/discord/objects.js';
import type { FakeSlack } from '../fakes/slack/fake-slack.js';
import { startBot, type RunningBot } from '../helpers/spawn-bot.js';
import type { TestSchema } from '../store/pg-schema.js';

/** A Discord channel of the fake's server that the tests post to (the fake's default "news"). */
export const NEWS = '333333333333333334';
/** A Slack channel id for POST_CHANNELS (the fake lets the bot post anywhere it is not told otherwise). */
export const SLACK_NEWS = 'C0NEWS0001';
/** Someone with Manage Server: may use /aleppo post. */
export const OPERATOR: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };

export interface Instance {
  bot: RunningBot;
  /** Its own DATA_DIR (unused with DATABASE_URL: were it used, the instances could not see each other). */
  dataDir: string;
  /** The `post` outcome log lines written so far. */
  posts(): PostLine[];
  /** Resolves with the post outcomes once at least `count` of them (those `which` keeps) are logged; bounded. */
  waitForPosts(count: number, timeoutMs?: number, which?: (line: PostLine) => boolean): Promise<PostLine[]>;
}

/** One `post` log record (src/observe.ts): what an attempt ended as. */
export interface PostLine {
  platform: string;
  state: string;
  channel: string;
  requestedBy?: string;
  reason?: string;
}

const running: Instance[] = [];

/** The environment for an instance: the fakes that are given, the shared schema, quiet web. */
export function instanceEnv(options: { schema: TestSchema; discord?: FakeDiscord; slack?: FakeSlack; postChannels?: string }): Record<string, string> {
  const { schema, discord, slack, postChannels } = options;
  return {
    DATABASE_URL: schema.url,
    LOG_LEVEL: 'info',
    PORT: '0',
    ...(discord ? { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: discord.apiUrl } : {}),
    ...(slack ? { SLACK_BOT_TOKEN: slack.botToken, SLACK_APP_TOKEN: slack.appToken, SLACK_API_URL: slack.apiUrl } : {}),
    ...(postChannels ? { POST_CHANNELS: postChannels } : {}),
  };
}

/** The JSON log records on `text` (stderr) whose msg is "post". */
function postLines(text: string): PostLine[] {
  const lines: PostLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const record = JSON.parse(line) as { msg?: string } & PostLine;
      if (record.msg === 'post') lines.push(record);
    } catch {
      // a partial line: the rest is still coming
    }
  }
  return lines;
}

/** Starts one instance of the built bot; `stopInstances` (afterEach) kills it. */
export function startInstance(env: Record<string, string>): Instance {
  const dataDir = mkdtempSync(join(tmpdir(), 'article-bot-multi-'));
  const bot = startBot([], { DATA_DIR: dataDir, ...env });
  const instance: Instance = {
    bot,
    dataDir,
    posts: () => postLines(bot.stderr()),
    async waitForPosts(count, timeoutMs = 20_000, which = () => true) {
      const kept = () => postLines(bot.stderr()).filter(which);
      await until(() => (kept().length >= count ? true : undefined), `${count} post outcome(s) from pid ${bot.pid}`, timeoutMs, () => bot.stderr());
      return kept();
    },
  };
  running.push(instance);
  return instance;
}

/** Kills every instance still running (SIGKILL) and removes their folders: for afterEach. */
export async function stopInstances(): Promise<void> {
  for (const { bot, dataDir } of running.splice(0)) {
    bot.kill();
    await bot.stop('SIGKILL', 5000).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Polls `check` every 50 ms until it returns a value, for at most `timeoutMs`. */
export async function until<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000, output?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${output ? `; output: ${output().slice(-1500)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rows of the shared ledger, as the bot wrote them. */
export interface LedgerRow {
  platform: string;
  channel: string;
  state: string;
  message_id: string | null;
  claimed_by: string | null;
  attempted_at: string | null;
}

export async function ledgerRows(schema: TestSchema): Promise<LedgerRow[]> {
  return (await schema.query<LedgerRow>('SELECT platform, channel, state, message_id, claimed_by, attempted_at FROM posts ORDER BY id')).rows;
}

// ---- Discord ----------------------------------------------------------------------------------

/**
 * Starts a Discord instance and resolves with it and its gateway session id, once it has identified.
 * Start instances one after another with this, so each session is known to be whose.
 */
export async function startDiscordInstance(fake: FakeDiscord, env: Record<string, string>, timeoutMs = 20_000): Promise<{ instance: Instance; session: string }> {
  const before = new Set(fake.gateway.sessionIds);
  const instance = startInstance(env);
  const session = await until(() => fake.gateway.liveSessionIds.find((id) => !before.has(id)), `a gateway session for pid ${instance.bot.pid}`, timeoutMs, () => instance.bot.stderr());
  await instance.bot.waitForStderr(/discord: ready as/, timeoutMs);
  return { instance, session };
}

/** Bot messages created in a Discord channel through REST (the article card), as the fake stored them. */
export function cardsIn(fake: FakeDiscord, channel: string): MessageObject[] {
  return (fake.messages.get(channel) ?? []).filter((m) => !m.webhook_id);
}

/** POST /channels/:id/messages requests the fake answered or held. */
export function createRequests(fake: FakeDiscord, channel: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
}

/**
 * The answer an interaction got: the accepted callback's data (type 4 or 7), or, after a deferral
 * (type 5 or 6), the edit of the original that followed. Rejects (bounded) when none was accepted.
 */
export async function answerOf(fake: FakeDiscord, payload: InteractionPayload, timeoutMs = 20_000): Promise<{ type: number; data: Record<string, unknown> }> {
  const callback = await fake.callbackOf(payload, timeoutMs);
  const type = callback.body.type as number;
  if (type === 4 || type === 7) return { type, data: callback.body.data as Record<string, unknown> };
  const edit = await fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path === `/webhooks/${FAKE.appId}/${payload.token}/messages/@original` && r.status < 300,
    timeoutMs,
  );
  return { type, data: edit.body as Record<string, unknown> };
}

/**
 * `/aleppo post channel:<channel>` by the operator, delivered to `session`: resolves with the
 * private preview message (to click on) and the Confirm button's custom id.
 */
export async function previewPost(fake: FakeDiscord, session: string, channel = NEWS, name = 'news'): Promise<{ message: MessageObject; confirmId: string }> {
  const payload = fake.interact(chatInput({ command: 'aleppo', subcommand: 'post', options: { channel }, channels: { channel: { name } } }, OPERATOR), [session]);
  const { data } = await answerOf(fake, payload);
  const rows = (data.components ?? []) as { components: { label?: string; custom_id?: string }[] }[];
  const confirm = rows.flatMap((r) => r.components).find((b) => b.label === 'Confirm');
  if (!confirm?.custom_id) throw new Error(`no Confirm button in the preview: ${JSON.stringify(data).slice(0, 500)}`);
  return { message: fake.original(payload)!, confirmId: confirm.custom_id };
}

/** A click on Confirm in the preview `message`, by the operator (not yet delivered). */
export function confirmClick(confirmId: string, message: MessageObject): InteractionPayload {
  return button(confirmId, message, OPERATOR);
}

/** The one sentence of an answer that replaced a post preview ("Posted in #news.", …). */
export function resultText(data: Record<string, unknown>): string {
  const embeds = (data.embeds ?? []) as { description?: string }[];
  return embeds[0]?.description ?? String(data.content ?? '');
}
