import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/adapters/slack/render-blocks.js';
import { commandPayload, dmEvent, eventCallback, blockActions } from '../fakes/slack/payloads.js';
import { form, payloadForm, signedPost } from '../fakes/slack/signed-request.js';
import { SIGNING_SECRET, startBot, type Bot } from './harness.js';

let bot: Bot;
beforeAll(async () => {
  bot = await startBot('http');
});
afterAll(async () => {
  await bot?.close();
});

const command = (text: string) => form(commandPayload({ text, responseUrl: bot.fake.responseUrl() }));

describe('HTTP mode, on the bot\'s one web server', () => {
  it('serves the article page, /healthz and /metrics on the same port as Slack\'s requests', async () => {
    const { base } = bot.web!;
    expect(new URL(bot.url).origin).toBe(base);
    const page = await fetch(`${base}/aleppo`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="p11"');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { platforms: unknown }).platforms).toEqual({ slack: 'connected' });
  });

  it('counts and logs an answered command as a Slack reply', async () => {
    const res = await signedPost(bot.url, command('quote Egeland'), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const metrics = await (await fetch(`${bot.web!.base}/metrics`)).text();
    expect(metrics).toMatch(/replies_total\{platform="slack",command="quote",kind="quotes"\} [1-9]/);
    expect(bot.web!.log.records()).toContainEqual(expect.objectContaining({ msg: 'reply', platform: 'slack', command: 'quote', kind: 'quotes' }));
  });

  it('answers 405 to a GET on the Slack path, and 404 elsewhere', async () => {
    expect((await fetch(bot.url)).status).toBe(405);
    expect((await fetch(`${bot.web!.base}/slack/other`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('is down in /healthz once stopped, and Slack\'s path is gone', async () => {
    const other = await startBot('http');
    await other.slack.stop();
    try {
      const health = await fetch(`${other.web!.base}/healthz`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { down: string[] }).down).toEqual(['slack']);
      const res = await signedPost(other.url, command('summary'), { secret: SIGNING_SECRET });
      expect(res.status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('HTTP mode', () => {
  it('answers a command with a good signature in the HTTP response', async () => {
    const res = await signedPost(bot.url, command('summary'), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_type).toBe('ephemeral');
    expect((body.blocks as { type: string }[])[0]!.type).toBe('header');
  });

  it('rejects a bad signature and runs nothing', async () => {
    const before = bot.fake.calls.length + bot.fake.responses.length;
    const wrongSecret = await signedPost(bot.url, command('summary public'), { secret: 'not-the-secret' });
    const garbage = await signedPost(bot.url, command('summary public'), { secret: SIGNING_SECRET, signature: 'v0=00' });
    expect(wrongSecret.status).toBe(401);
    expect(garbage.status).toBe(401);
    expect(wrongSecret.body).not.toContain('response_type');
    expect(bot.fake.calls.length + bot.fake.responses.length).toBe(before);
  });

  it('rejects a stale signature (more than 5 minutes old), even if correctly signed', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await signedPost(bot.url, command('summary'), { secret: SIGNING_SECRET, timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    const fourMinutesAgo = Math.floor(Date.now() / 1000) - 4 * 60;
    expect((await signedPost(bot.url, command('summary'), { secret: SIGNING_SECRET, timestamp: fourMinutesAgo })).status).toBe(200);
  });

  it('answers the URL verification challenge', async () => {
    const body = JSON.stringify({ token: 'verification-test', challenge: 'challenge-123', type: 'url_verification' });
    const res = await signedPost(bot.url, body, { secret: SIGNING_SECRET, contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('challenge-123');
  });

  it('answers a direct message event once, even when Slack retries it', async () => {
    const event = eventCallback(dmEvent({ text: 'summary', channel: 'D0HTTP' }), 'EvHTTP1', bot.fake.botUserId);
    const body = JSON.stringify(event);
    expect((await signedPost(bot.url, body, { secret: SIGNING_SECRET, contentType: 'application/json' })).status).toBe(200);
    const retry = await signedPost(bot.url, body, { secret: SIGNING_SECRET, contentType: 'application/json', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0HTTP');
    const marker = JSON.stringify(eventCallback(dmEvent({ text: 'link', channel: 'D0HTTP2' }), 'EvHTTP2', bot.fake.botUserId));
    await signedPost(bot.url, marker, { secret: SIGNING_SECRET, contentType: 'application/json' });
    await bot.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0HTTP2');
    expect(bot.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0HTTP')).toHaveLength(1);
  });

  it('handles the Share button through the interactivity endpoint', async () => {
    const responseUrl = bot.fake.responseUrl();
    const res = await signedPost(bot.url, payloadForm(blockActions({ actionId: ACTIONS.share, value: 'summary', responseUrl })), { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    const shared = await bot.fake.waitForResponse((r) => r.url === responseUrl && r.body.response_type === 'in_channel');
    expect(shared.body.text).toBeTruthy();
  });
});
