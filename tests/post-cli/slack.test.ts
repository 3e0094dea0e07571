/**
 * `npm run post` against the fake Slack, as a separate process with the real Web API client and a
 * ledger on disk: a crash between Slack accepting the post and the ledger recording it, 50
 * channels under `ratelimited`, an update in place, a refused duplicate and a failing channel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markerFor } from '../../src/core/card.js';
import { ledgerRows } from './ledger-rows.js';
import { FakeSlack, type FakeSlackOptions } from '../fakes/slack/fake-slack.js';
import { runPost, spawnPost } from '../helpers/spawn-post.js';

const NEWS = 'C0NEWS123';
const SECRET = 'G0SECRET12';
const PERMALINK = (channel: string) => `https://test\\.slack\\.com/archives/${channel}/p\\d+`;

let fake: FakeSlack | undefined;
let dir: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

async function setUp(options: FakeSlackOptions = {}) {
  fake = await FakeSlack.start({ channels: { [NEWS]: { is_member: true }, [SECRET]: { is_private: true, is_member: false } }, ...options });
  dir = mkdtempSync(join(tmpdir(), 'post-cli-slack-'));
  // HTTP-mode settings: the CLI uses the Web API only, whatever the bot's mode.
  const env = { SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 'signing-secret-test', SLACK_API_URL: fake.apiUrl, DATA_DIR: dir };
  return { fake, dir, env };
}



describe('npm run post, Slack', () => {
  it('posts once after being killed between Slack accepting the post and the ledger recording it', async () => {
    const { fake, dir, env } = await setUp();
    const held = fake.holdResponse('chat.postMessage');
    const first = spawnPost(['--to', `slack:${NEWS}`], env);
    await held; // Slack has the message; the bot has not heard back.
    first.kill();
    expect((await first.done).code).toBeNull();
    expect(fake.messagesIn(NEWS)).toHaveLength(1);
    expect((await ledgerRows(dir))[0]).toMatchObject({ channel: NEWS, state: 'pending' });

    const again = await runPost(['--to', `slack:${NEWS}`], env);
    expect(again.stdout).toMatch(new RegExp(`^slack:${NEWS} #${NEWS}: already there ${PERMALINK(NEWS)}$`, 'm'));
    expect(again.stdout).toMatch(/^posted 0, already there 1, failed 0$/m);
    expect(again.code).toBe(0);
    expect(fake.messagesIn(NEWS)).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await ledgerRows(dir))[0]).toMatchObject({ channel: NEWS, state: 'sent', messageId: fake.messagesIn(NEWS)[0]!.ts });
  });

  it('posts to 50 channels exactly once while Slack answers ratelimited', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `C0CHAN${String(i).padStart(3, '0')}`);
    const { fake, dir, env } = await setUp();
    fake.rateLimitNext('chat.postMessage', 1, 3);
    fake.rateLimitNext('conversations.history', 1, 2);
    const started = performance.now();
    const run = await runPost(ids.flatMap((id) => ['--to', `slack:${id}`]), env, 60_000);
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^posted 50, already there 0, failed 0$/m);
    expect(run.code).toBe(0);
    expect(fake.calls.filter((c) => c.limited)).toHaveLength(5);
    for (const id of ids) expect(fake.messagesIn(id), id).toHaveLength(1);
    expect((await ledgerRows(dir)).filter((r) => r.state === 'sent')).toHaveLength(50);
    console.info(`npm run post: 50 Slack channels, 5 answers ratelimited (Retry-After 1 s), in ${seconds.toFixed(1)} s`);
  }, 90_000);

  it('refuses a duplicate, reports a failing channel while posting the others, and exits 1', async () => {
    const { fake, env } = await setUp();
    expect((await runPost(['--to', `slack:${NEWS}`], env)).code).toBe(0);
    const run = await runPost(['--to', `slack:${NEWS},slack:${SECRET}`, '--to', 'slack:C0OTHER12'], env);
    expect(run.stdout).toMatch(new RegExp(`^slack:${NEWS} #${NEWS}: already there ${PERMALINK(NEWS)}$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^slack:${SECRET} #${SECRET}: failed: Invite me to #${SECRET} first \\(/invite @aleppo\\), then try again\\.$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^slack:C0OTHER12 #C0OTHER12: posted ${PERMALINK('C0OTHER12')}$`, 'm'));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('posted 1, already there 1, failed 1');
    expect(run.code).toBe(1);
    expect(fake.messagesIn(NEWS)).toHaveLength(1);
    expect(fake.messagesIn(SECRET)).toHaveLength(0);
  });

  it('edits the earlier post in place after a correction, with --update', async () => {
    const { fake, dir, env } = await setUp();
    const article = join(dir, 'article.md');
    const text = readFileSync('content/aleppo.md', 'utf8');
    writeFileSync(article, text);
    expect((await runPost(['--to', `slack:${NEWS}`], { ...env, ARTICLE_PATH: article })).code).toBe(0);
    const [original] = fake.messagesIn(NEWS);

    writeFileSync(article, text.trimEnd() + '\n\nAid groups said further convoys were being prepared.\n');
    const run = await runPost(['--update', '--to', `slack:${NEWS}`], { ...env, ARTICLE_PATH: article });
    expect(run.stdout).toMatch(new RegExp(`^slack:${NEWS} #${NEWS}: edited in place ${PERMALINK(NEWS)}$`, 'm'));
    expect(run.stdout).toMatch(/^edited 1, already up to date 0, failed 0$/m);
    expect(run.code).toBe(0);
    const messages = fake.messagesIn(NEWS);
    expect(messages).toHaveLength(1); // no new message
    expect(messages[0]!.ts).toBe(original!.ts);
    expect(fake.callsTo('chat.update')).toHaveLength(1);
    const newHash = (await ledgerRows(dir)).find((r) => r.channel === NEWS)!.contentHash;
    expect(JSON.stringify(messages[0]!.blocks)).toContain(markerFor(newHash));
    expect(JSON.stringify(messages[0]!.blocks)).not.toBe(JSON.stringify(original!.blocks));
    expect((await ledgerRows(dir)).find((r) => r.channel === NEWS)).toMatchObject({ state: 'sent', messageId: original!.ts, requestedBy: 'npm run post' });
  });

  it('names the variable when the token is refused, and exits 1', async () => {
    const { env } = await setUp();
    const run = await runPost(['--to', `slack:${NEWS}`], { ...env, SLACK_BOT_TOKEN: 'xoxb-wrong' });
    expect(run.stdout).toMatch(new RegExp(`^slack:${NEWS}: failed: SLACK_BOT_TOKEN was refused by Slack \\(invalid_auth\\)`, 'm'));
    expect(run.code).toBe(1);
  });
});
