/** Gateway drops and resumes, REST rate limits and failures, slow answers: every interaction still answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILED } from '../../src/adapters/discord/interactions.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { createHealth } from '../../src/runtime/health.js';
import { createLogger } from '../../src/runtime/log.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createObserver } from '../../src/runtime/observe.js';
import { captureLog } from '../helpers/log-capture.js';
import { articleContext, startHarness, type Harness } from './harness.js';
import { slowCommand } from './article.js';

describe('discord: gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ fake: { heartbeatIntervalMs: 200 } });
  });
  afterAll(async () => h?.stop());

  const summary = () => h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));

  it('acknowledges heartbeats', async () => {
    await h.fake.waitForGateway((p) => p.op === 1);
    expect(h.bot.client.ws.ping).toBeGreaterThanOrEqual(-1);
  });

  it('resumes after the connection drops and answers the next command', async () => {
    const resumesBefore = h.fake.received.filter((p) => p.op === 6).length;
    h.fake.gateway.drop(4000);
    await h.fake.waitForGateway((p) => p.op === 6 && h.fake.received.filter((q) => q.op === 6).length > resumesBefore, 8000);
    const resume = h.fake.received.filter((p) => p.op === 6).at(-1)!;
    expect((resume.d as { session_id: string }).session_id).toBe(h.fake.gateway.sessionIds[0]);
    const payload = summary();
    expect((await h.fake.callbackOf(payload, 8000)).body.type).toBe(4);
    expect(h.fake.received.filter((p) => p.op === 2)).toHaveLength(1); // resumed, never re-identified
  });

  it('resumes when Discord asks it to reconnect (op 7) and answers the next command', async () => {
    const resumesBefore = h.fake.received.filter((p) => p.op === 6).length;
    h.fake.gateway.requestReconnect();
    await h.fake.waitForGateway(() => h.fake.received.filter((q) => q.op === 6).length > resumesBefore, 8000);
    const payload = summary();
    expect((await h.fake.callbackOf(payload, 8000)).body.type).toBe(4);
  });

  it('answers a command Discord sent while the connection was down, once resumed', async () => {
    const resumesBefore = h.fake.received.filter((p) => p.op === 6).length;
    h.fake.gateway.drop(4000);
    const payload = summary(); // kept by the fake and replayed on RESUME, as Discord does
    await h.fake.waitForGateway(() => h.fake.received.filter((q) => q.op === 6).length > resumesBefore, 8000);
    expect((await h.fake.callbackOf(payload, 8000)).body.type).toBe(4);
  });
});

describe('discord: connection drops in the log', () => {
  let h: Harness;
  const log = captureLog();
  const metrics = createMetrics();
  beforeAll(async () => {
    const reporting = { health: createHealth(), metrics, observer: createObserver({ logger: createLogger({ destination: log }), metrics }) };
    h = await startHarness({ fake: { heartbeatIntervalMs: 200 }, reporting });
  });
  afterAll(async () => h?.stop());

  it('warns when the gateway connection drops, and says how long it was down when it is back', async () => {
    const release = h.fake.gateway.holdResumes(); // the outage lasts until the fake answers RESUME
    h.fake.gateway.drop(4000);
    await h.fake.waitForGateway((p) => p.op === 6, 8000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    release();
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    expect((await h.fake.callbackOf(payload, 8000)).body.type).toBe(4);
    const lines = log.records().filter((r) => r.platform === 'discord' && r.msg !== 'reply');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', msg: 'discord: connection lost' }),
      expect.objectContaining({ level: 'info', msg: expect.stringMatching(/^discord: connection back after \d+\.\d s$/) }),
    ]);
    expect(lines[1]!.outageMs).toBeGreaterThanOrEqual(250);
    expect(await metrics.render()).toContain('platform_reconnects_total{platform="discord"} 1');
  });

  it('logs no outage when the bot itself stops', async () => {
    const outages = () => log.records().filter((r) => r.msg !== 'reply');
    const before = outages().length;
    await h.bot.stop();
    expect(outages()).toHaveLength(before);
  });
});

describe('discord: REST trouble', () => {
  let h: Harness;
  const slow = slowCommand();
  beforeAll(async () => {
    const ctx = await articleContext();
    h = await startHarness({ ctx: { ...ctx, commands: [...ctx.commands, slow] }, deferAfterMs: 50 });
  });
  afterAll(async () => h?.stop());

  it('retries a reply that got 429 with Retry-After, after waiting that long', async () => {
    h.fake.fail({ method: 'POST', path: /\/callback$/, status: 429, retryAfter: 0.3 });
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    const ok = await h.fake.callbackOf(payload);
    const attempts = h.fake.requests.filter((r) => r.path.includes(payload.token));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(280);
    expect(ok.body.type).toBe(4);
  });

  it('answers with a clear private error when Discord keeps failing with 500', async () => {
    // discord.js retries a 5xx three times; the fourth failure reaches our handler.
    h.fake.fail({ method: 'POST', path: /\/callback$/, status: 500, times: 4 });
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' }));
    const answered = await h.fake.callbackOf(payload);
    expect(answered.body.data).toMatchObject({ content: FAILED, flags: 64, allowed_mentions: { parse: [] } });
    expect(h.logs.some((l) => /500/.test(l) && !l.includes(payload.token))).toBe(true);
  });

  it('defers a slow answer privately within the window, then edits in the answer', async () => {
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'slow' }));
    const deferred = await h.fake.callbackOf(payload);
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`${payload.token}/messages/@original`));
    expect(edit.body.embeds[0].title).toBe('Slow answer');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('defers a slow public answer without the ephemeral flag', async () => {
    const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'slow', options: { public: true } }));
    const deferred = await h.fake.callbackOf(payload);
    expect(deferred.body.type).toBe(5);
    expect(deferred.body.data?.flags ?? 0).toBe(0);
    await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(payload.token));
  });
});
