import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { createHealth } from '../../src/runtime/health.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createLogger as createPinoLogger } from '../../src/runtime/log.js';
import { createObserver } from '../../src/runtime/observe.js';
import { captureLog } from '../helpers/log-capture.js';
import { createLogger } from '../../src/adapters/slack/logger.js';
import { ACTIONS } from '../../src/adapters/slack/render-blocks.js';
import { HTTP_MODE_NEEDS_WEB, startSlack, SlackStartError } from '../../src/adapters/slack/start.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { dmEvent } from '../fakes/slack/payloads.js';
import { articleContext, startBot, type Bot } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
async function bot(...args: Parameters<typeof startBot>): Promise<Bot> {
  const b = await startBot(...args);
  cleanups.push(() => b.close());
  return b;
}

describe('buttons', () => {
  it('Share to channel posts the same answer in the channel and removes the private copy', async () => {
    const { fake } = await bot('socket');
    const command = await fake.slashCommand('summary');
    const blocks = command.payload!.blocks as { elements?: { action_id: string; value?: string }[] }[];
    const share = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTIONS.share)!;
    const click = await fake.action({ actionId: ACTIONS.share, value: share.value! });
    const [shared, removed] = await fake.waitForResponses(2);
    expect(shared!.url).toBe(click.responseUrl);
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.text).toBe(command.payload!.text);
    expect(JSON.stringify(shared!.body.blocks)).not.toContain(ACTIONS.share);
    expect(removed!.body).toEqual({ delete_original: true });
  });

  it('acknowledges a click on the article link button', async () => {
    const { fake } = await bot('socket');
    const ack = await fake.action({ actionId: ACTIONS.openLink });
    expect(ack.envelope_id).toBeDefined();
  });
});

describe('Socket Mode connection', () => {
  it('reconnects after Slack sends disconnect, and answers the next command', async () => {
    const { fake } = await bot('socket', { clientPingTimeoutMs: 300 });
    fake.disconnectSocket();
    await fake.waitForConnections(2);
    const ack = await fake.slashCommand('summary');
    expect(ack.payload!.response_type).toBe('ephemeral');
  });

  it('reports the Socket Mode connection to health, down on disconnect and up again, counting the reconnect', async () => {
    const health = createHealth();
    const metrics = createMetrics();
    const changes: string[] = [];
    const log = captureLog();
    const reporting = {
      health: { register: (p: string) => health.register(p), set: (p: string, up: boolean) => (changes.push(`${p} ${up ? 'up' : 'down'}`), health.set(p, up)) },
      metrics,
      observer: createObserver({ logger: createPinoLogger({ destination: log }), metrics }),
    };
    const { fake, slack } = await bot('socket', { clientPingTimeoutMs: 300, reporting });
    expect(health.platforms()).toEqual({ slack: 'connected' });
    fake.disconnectSocket();
    await fake.waitForConnections(2);
    await fake.slashCommand('summary'); // answered, so the new connection is up
    expect(changes).toEqual(['slack up', 'slack down', 'slack up']);
    expect(await metrics.render()).toContain('platform_reconnects_total{platform="slack"} 1');
    // At the default level: a warning when it drops, and how long it was down when it is back.
    const lines = log.records().filter((r) => r.msg !== 'reply');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', platform: 'slack', msg: 'slack: connection lost' }),
      expect.objectContaining({ level: 'info', platform: 'slack', msg: expect.stringMatching(/^slack: connection back after \d+\.\d s$/), outageMs: expect.any(Number) }),
    ]);
    // Stopping the bot is not an outage.
    await slack.stop();
    expect(log.records().filter((r) => r.msg !== 'reply')).toHaveLength(2);
    expect(health.platforms()).toEqual({ slack: 'disconnected' });
  });
});

describe('rate limits', () => {
  it('waits out a ratelimited answer for its Retry-After, then sends the reply once', async () => {
    const { fake } = await bot('socket');
    fake.rateLimitNext('chat.postMessage', 1);
    await fake.event(dmEvent({ text: 'summary', channel: 'D0LIMIT' }));
    const sent = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0LIMIT');
    const limited = fake.calls.find((c) => c.method === 'chat.postMessage' && c.limited)!;
    expect(limited).toBeDefined();
    expect(sent.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0LIMIT')).toHaveLength(1);
  });
});

describe('failed start', () => {
  const quietLogger = () => createLogger(LogLevel.ERROR, () => {});

  async function failedStart(config: Parameters<typeof startSlack>[0], startTimeoutMs = 10_000) {
    const began = Date.now();
    const error = await startSlack(config, articleContext(), { logger: quietLogger(), startTimeoutMs }).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error: error as Error, ms: Date.now() - began };
  }

  it('ends within seconds naming SLACK_BOT_TOKEN when the bot token is refused, without repeating it', async () => {
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const { error, ms } = await failedStart({ botToken: 'xoxb-test-wrong-token', appToken: fake.appToken, apiUrl: fake.apiUrl });
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toMatch(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(error.message).not.toContain('xoxb-test-wrong-token');
    expect(ms).toBeLessThan(3000);
  });

  it('ends within seconds naming SLACK_APP_TOKEN when the app token is refused', async () => {
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const { error, ms } = await failedStart({ botToken: fake.botToken, appToken: 'xapp-test-wrong-token', apiUrl: fake.apiUrl });
    expect(error.message).toMatch(/^SLACK_APP_TOKEN was refused by Slack/);
    expect(error.message).not.toContain('xapp-test-wrong-token');
    expect(ms).toBeLessThan(3000);
    expect(fake.connections).toBe(0);
  });

  it('ends within seconds when the API is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { error, ms } = await failedStart({ botToken: 'xoxb-test-bot', appToken: 'xapp-test-app', apiUrl: `http://127.0.0.1:${port}/api/` });
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error.message).toMatch(/^Cannot reach the Slack API at http:\/\/127\.0\.0\.1:\d+\/api\/ \(ECONNREFUSED\)/);
    expect(ms).toBeLessThan(3000);
  });

  it('ends within its time limit when the API accepts connections but never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const port = (silent.address() as AddressInfo).port;
    const sockets: import('node:net').Socket[] = [];
    silent.on('connection', (s) => sockets.push(s));
    cleanups.push(async () => sockets.forEach((s) => s.destroy()));
    const { error, ms } = await failedStart({ botToken: 'xoxb-test-bot', appToken: 'xapp-test-app', apiUrl: `http://127.0.0.1:${port}/api/` }, 1000);
    expect(error.message).toMatch(/no answer within 1 s/);
    expect(ms).toBeLessThan(2500);
  });

  it('says HTTP mode needs the web server, naming WEB, when there is none to mount on', async () => {
    const fake = await FakeSlack.start();
    cleanups.push(() => fake.close());
    const error = await startSlack({ botToken: fake.botToken, signingSecret: 'secret', apiUrl: fake.apiUrl }, articleContext(), {
      logger: quietLogger(),
    }).then(() => undefined, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(SlackStartError);
    expect(error?.message).toBe(HTTP_MODE_NEEDS_WEB);
    expect(error?.message).toMatch(/set WEB=on/);
  });
});
