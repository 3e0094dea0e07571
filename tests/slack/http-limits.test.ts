/**
 * Slack's HTTP mode on the bot's web server, with the real Bolt app: an unsigned request is 401
 * before its body is read, a body past the cap is 413 at once, and signed commands are still
 * answered. Each refusal is checked on a request whose body never ends: waiting for the body
 * (as Bolt alone does, up to 4 MB) would never answer it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/web/limits.js';
import { commandPayload } from '../fakes/slack/payloads.js';
import { form, signature, signedPost } from '../fakes/slack/signed-request.js';
import { openPost, type Answer, type OpenPost } from '../helpers/open-post.js';
import { SIGNING_SECRET, startBot, type Bot } from './harness.js';

let bot: Bot;
const posts: OpenPost[] = [];
beforeAll(async () => {
  bot = await startBot('http');
});
afterAll(async () => {
  for (const post of posts) post.destroy();
  await bot?.close();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Headers Slack would sign `body` with, now. */
function signed(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return { ...FORM, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SIGNING_SECRET, timestamp, body) };
}

function post(headers: Record<string, string | number>): OpenPost {
  const opened = openPost(bot.url, headers);
  posts.push(opened);
  return opened;
}

/** The answer, or a failure after `ms`: a server that waits for the body would never answer. */
function within(answer: Promise<Answer>, ms = 2000): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: the server is waiting for the body`)), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

const command = (text: string) => form(commandPayload({ text, responseUrl: bot.fake.responseUrl() }));

describe('slack HTTP mode: request bodies', () => {
  it('answers a signed command (the baseline)', async () => {
    const res = await signedPost(bot.url, command('summary'), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    expect(res.json().response_type).toBe('ephemeral');
  });

  it('refuses a request without signature headers with 401 before reading its body', async () => {
    const before = bot.fake.calls.length + bot.fake.responses.length;
    for (const missing of ['x-slack-signature', 'x-slack-request-timestamp']) {
      const headers = signed(command('summary public'));
      delete headers[missing];
      const unsigned = post(headers);
      unsigned.write(Buffer.alloc(64 * 1024, 'a')); // and never the end
      expect((await within(unsigned.answer)).status, missing).toBe(401);
    }
    expect(bot.fake.calls.length + bot.fake.responses.length).toBe(before);
  });

  it('refuses with 413, at once, a signed request whose Content-Length passes 1 MB', async () => {
    const big = post({ ...signed('x'.repeat(3_900_000)), 'content-length': 3_900_000 });
    big.write(Buffer.alloc(64 * 1024, 'x'));
    expect((await within(big.answer)).status).toBe(413);
  });

  it('refuses with 413 a signed chunked body as soon as it passes 1 MB', async () => {
    const chunked = post(signed('x'.repeat(3_900_000)));
    chunked.write(Buffer.alloc(DEFAULT_MAX_BODY_BYTES, 'x'));
    chunked.write('x'); // one byte past; the body never ends
    expect((await within(chunked.answer)).status).toBe(413);
  });

  it('still answers a command after the refusals', async () => {
    const res = await signedPost(bot.url, command('quote Egeland'), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
  });
});
