/**
 * `npm run post` against the fake Discord, as a separate process with the real discord.js client
 * and a ledger on disk: a crash between Discord accepting the post and the ledger recording it,
 * 50 channels under 429s, an update in place, a refused duplicate and a failing channel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerRows } from './ledger-rows.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FAKE, type FakeChannel } from '../fakes/discord/objects.js';
import { runPost, spawnPost } from '../helpers/spawn-post.js';

const NEWS = '333333333333333334';
const LOCKED = '333333333333333335';
const UNKNOWN = '399999999999999999';

let fake: FakeDiscord | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function setUp(channels?: FakeChannel[]) {
  fake = await FakeDiscord.start(channels ? { channels } : {});
  dir = mkdtempSync(join(tmpdir(), 'post-cli-discord-'));
  const env = { DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dir };
  return { fake, dir, env };
}

/** Messages the bot created in a channel (accepted by the fake), oldest first. */
const inChannel = (id: string) => fake!.messages.get(id) ?? [];



describe('npm run post, Discord', () => {
  it('posts once after being killed between Discord accepting the post and the ledger recording it', async () => {
    const { fake, dir, env } = await setUp();
    const held = fake.holdResponse('POST', new RegExp(`^/channels/${NEWS}/messages$`));
    const first = spawnPost(['--to', `discord:${NEWS}`], env);
    await held; // Discord has the message; the bot has not heard back.
    first.kill();
    expect((await first.done).code).toBeNull(); // killed, not exited
    expect(inChannel(NEWS)).toHaveLength(1);
    expect((await ledgerRows(dir))[0]).toMatchObject({ channel: NEWS, state: 'pending' });

    const again = await runPost(['--to', `discord:${NEWS}`], env);
    expect(again.stdout).toMatch(new RegExp(`^discord:${NEWS} #news: already there https://discord\\.com/channels/${FAKE.guildId}/${NEWS}/\\d+$`, 'm'));
    expect(again.stdout).toMatch(/^posted 0, already there 1, failed 0$/m);
    expect(again.code).toBe(0);
    expect(inChannel(NEWS)).toHaveLength(1);
    expect((await ledgerRows(dir))[0]).toMatchObject({ channel: NEWS, state: 'sent', messageId: inChannel(NEWS)[0]!.id });
  });

  it('posts to 50 channels exactly once while Discord answers 429 with Retry-After', async () => {
    const channels = Array.from({ length: 50 }, (_, i) => ({ id: String(400000000000000000n + BigInt(i)), name: `news-${i}` }));
    const { fake, dir, env } = await setUp(channels);
    fake.fail({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429, retryAfter: 0.25, times: 20 });
    const started = performance.now();
    const run = await runPost(channels.flatMap((c) => ['--to', `discord:${c.id}`]), env, 60_000);
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^posted 50, already there 0, failed 0$/m);
    expect(run.code).toBe(0);
    const limited = fake.requests.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(20);
    for (const c of channels) expect(inChannel(c.id), c.name).toHaveLength(1);
    expect((await ledgerRows(dir)).filter((r) => r.state === 'sent')).toHaveLength(50);
    console.info(`npm run post: 50 Discord channels, ${limited.length} answers 429, in ${seconds.toFixed(1)} s`);

    const again = await runPost(channels.flatMap((c) => ['--to', `discord:${c.id}`]), env, 60_000);
    expect(again.stdout).toMatch(/^posted 0, already there 50, failed 0$/m);
    for (const c of channels) expect(inChannel(c.id)).toHaveLength(1);
  }, 90_000);

  it('refuses a duplicate, reports a failing channel while posting the others, and exits 1', async () => {
    const { fake, env } = await setUp([
      { id: FAKE.channelId, name: 'general' },
      { id: NEWS, name: 'news' },
      { id: LOCKED, name: 'locked', botDenied: 0x800n }, // Send Messages
    ]);
    expect((await runPost(['--to', `discord:${NEWS}`], env)).code).toBe(0);
    const run = await runPost(['--to', `discord:${NEWS},discord:${LOCKED}`, '--to', `discord:${FAKE.channelId}`, '--to', `discord:${UNKNOWN}`], env);
    expect(run.stdout).toMatch(new RegExp(`^discord:${NEWS} #news: already there https://`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^discord:${LOCKED} #locked: failed: I need Send Messages in #locked\\.$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^discord:${UNKNOWN}: failed: .+$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^discord:${FAKE.channelId} #general: posted https://`, 'm'));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('posted 1, already there 1, failed 2');
    expect(run.code).toBe(1);
    expect(inChannel(NEWS)).toHaveLength(1);
    expect(inChannel(LOCKED)).toHaveLength(0);
    expect(fake.sends.every((r) => JSON.stringify(r.body.allowed_mentions) === '{"parse":[]}')).toBe(true);
  });

  it('uses POST_CHANNELS without --to, and posts again with --force', async () => {
    const { env } = await setUp();
    const withChannels = { ...env, POST_CHANNELS: `discord:${NEWS}` };
    expect((await runPost([], withChannels)).stdout).toMatch(/^posted 1, already there 0, failed 0$/m);
    expect((await runPost(['--force'], withChannels)).stdout).toMatch(/^posted 1, already there 0, failed 0$/m);
    expect(inChannel(NEWS)).toHaveLength(2);
  });

  it('edits the earlier post in place after a correction, with --update', async () => {
    const { fake, dir, env } = await setUp();
    const article = join(dir, 'article.md');
    writeFileSync(article, readFileSync('content/aleppo.md', 'utf8'));
    expect((await runPost(['--to', `discord:${NEWS}`], { ...env, ARTICLE_PATH: article })).code).toBe(0);
    const [original] = inChannel(NEWS);
    const before = JSON.stringify(original!.embeds);

    writeFileSync(article, readFileSync('content/aleppo.md', 'utf8').trimEnd() + '\n\nAid groups said further convoys were being prepared.\n');
    const run = await runPost(['--update'], { ...env, ARTICLE_PATH: article });
    expect(run.stdout).toMatch(new RegExp(`^discord:${NEWS} #news: edited in place https://discord\\.com/channels/${FAKE.guildId}/${NEWS}/${original!.id}$`, 'm'));
    expect(run.stdout).toMatch(/^edited 1, already up to date 0, failed 0$/m);
    expect(run.code).toBe(0);
    expect(inChannel(NEWS)).toHaveLength(1); // no new message
    expect(fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/channels/${NEWS}/messages/${original!.id}`)).toHaveLength(1);
    expect(JSON.stringify(inChannel(NEWS)[0]!.embeds)).not.toBe(before);

    // The edited post is now this version's: posting it again is refused, updating again edits nothing.
    expect((await runPost(['--to', `discord:${NEWS}`], { ...env, ARTICLE_PATH: article })).stdout).toMatch(/already there 1/);
    expect((await runPost(['--update'], { ...env, ARTICLE_PATH: article })).stdout).toMatch(/^edited 0, already up to date 1, failed 0$/m);
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(inChannel(NEWS)).toHaveLength(1);
  });

  it('says so when there is nothing to update', async () => {
    const { env } = await setUp();
    const run = await runPost(['--update'], env);
    expect(run.stdout).toMatch(/^Nothing to update: no earlier version of the article was posted\.$/m);
    expect(run.code).toBe(0);
  });
});
