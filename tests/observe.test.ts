import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/runtime/log.js';
import { createMetrics } from '../src/runtime/metrics.js';
import { createObserver, reportConnection } from '../src/runtime/observe.js';
import { createHealth } from '../src/runtime/health.js';
import { IN_MEMORY, openSqliteStore } from '../src/store/sqlite.js';
import { createPosting } from '../src/posting/posting.js';
import { aleppoEngine } from './posts/article.js';
import { RecordingPublisher } from './posts/recording-publisher.js';
import { captureLog } from './helpers/log-capture.js';

function setup(replyLevel?: 'info' | 'debug', level: 'info' | 'debug' = 'info') {
  const out = captureLog();
  const metrics = createMetrics();
  const observer = createObserver({ logger: createLogger({ level, destination: out }), metrics, ...(replyLevel ? { replyLevel } : {}) });
  return { out, metrics, observer };
}

describe('one log line and the metrics per reply and per post', () => {
  it('logs a reply with its id, platform, command, kind and time, and counts it', async () => {
    const { out, metrics, observer } = setup();
    observer.reply({ id: 'interaction-1', platform: 'discord', command: 'ask', kind: 'not_found', ms: 12.345 });
    expect(out.records()).toEqual([
      expect.objectContaining({ level: 'info', msg: 'reply', id: 'interaction-1', platform: 'discord', command: 'ask', kind: 'not_found', ms: 12.3 }),
    ]);
    const text = await metrics.render();
    expect(text).toContain('replies_total{platform="discord",command="ask",kind="not_found"} 1');
    expect(text).toContain('not_found_total{platform="discord",command="ask"} 1');
    expect(text).toContain('reply_latency_seconds_bucket{le="0.025",platform="discord",command="ask"} 1');
    expect(text).toContain('reply_latency_seconds_bucket{le="0.01",platform="discord",command="ask"} 0');
  });

  it('never writes a configured secret in a reply line', () => {
    const out = captureLog();
    const observer = createObserver({ logger: createLogger({ destination: out, secrets: ['xoxb-fake-secret'] }), metrics: createMetrics() });
    observer.reply({ id: 'trigger xoxb-fake-secret', platform: 'slack', command: 'ask', kind: 'answer', ms: 1 });
    expect(out.lines.join('')).not.toContain('xoxb-fake-secret');
    expect(out.records()[0]).toMatchObject({ id: 'trigger [redacted]', platform: 'slack' });
  });

  it('gives a reply without an id a fresh one, and keeps terminal replies at debug', () => {
    const quiet = setup('debug');
    quiet.observer.reply({ platform: 'terminal', command: 'summary', kind: 'summary', ms: 1 });
    expect(quiet.out.lines).toEqual([]);
    const verbose = setup('debug', 'debug');
    verbose.observer.reply({ platform: 'terminal', command: 'summary', kind: 'summary', ms: 1 });
    verbose.observer.reply({ platform: 'terminal', command: 'summary', kind: 'summary', ms: 1 });
    const [a, b] = verbose.out.records();
    expect(a).toMatchObject({ level: 'debug', platform: 'terminal' });
    expect(a!.id).toEqual(expect.any(String));
    expect(a!.id).not.toBe(b!.id);
  });

  it('logs and counts each post attempt the posting service finishes', async () => {
    const { out, metrics, observer } = setup();
    const store = openSqliteStore(IN_MEMORY);
    const { ledger } = store;
    try {
      const discord = new RecordingPublisher('discord', 'guild-1');
      const posting = createPosting({ ledger, publishers: [discord], engine: aleppoEngine(), onOutcome: observer.post });
      discord.deny('locked', 'The bot cannot send messages in #locked: give it Send Messages.');
      await posting.publish(discord.target('news'), { requestedBy: 'discord:42 (Ana)' });
      await posting.publish(discord.target('news'), { requestedBy: 'discord:42 (Ana)' });
      await posting.publish(discord.target('locked'), { requestedBy: 'POST_CHANNELS' });
      const lines = out.records();
      expect(lines.map((l) => [l.msg, l.level, l.state, l.channel])).toEqual([
        ['post', 'info', 'posted', '#news'],
        ['post', 'info', 'already', '#news'],
        ['post', 'warn', 'failed', '#locked'],
      ]);
      expect(lines[2]).toMatchObject({ platform: 'discord', requestedBy: 'POST_CHANNELS', reason: expect.stringContaining('Send Messages') });
      const text = await metrics.render();
      expect(text).toContain('posts_total{platform="discord",state="posted"} 1');
      expect(text).toContain('posts_total{platform="discord",state="already"} 1');
      expect(text).toContain('posts_total{platform="discord",state="failed"} 1');
    } finally {
      await store.close();
    }
  });

  it('counts reconnects', async () => {
    const metrics = createMetrics();
    metrics.reconnect('slack');
    metrics.reconnect('slack');
    expect(await metrics.render()).toContain('platform_reconnects_total{platform="slack"} 2');
  });
});

describe('a platform connection, as health and metrics see it', () => {
  it('is down until it connects, then counts each return after a drop as one reconnect', async () => {
    const health = createHealth();
    const metrics = createMetrics();
    const connection = reportConnection('discord', { health, metrics });
    expect(health.platforms()).toEqual({ discord: 'disconnected' });
    connection.down(); // a failed first attempt is not a reconnect
    connection.up();
    connection.up();
    expect(health.platforms()).toEqual({ discord: 'connected' });
    connection.down();
    connection.down();
    expect(health.platforms()).toEqual({ discord: 'disconnected' });
    connection.up();
    expect(health.connected()).toEqual(['discord']);
    expect(await metrics.render()).toContain('platform_reconnects_total{platform="discord"} 1');
  });

  it('logs a drop at warn and the return at info with the outage’s length, and a stop as neither', () => {
    const { out, metrics, observer } = setup();
    let now = 1000;
    const connection = reportConnection('slack', { health: createHealth(), metrics, observer }, () => now);
    connection.down(); // not connected yet: not a drop
    connection.up();
    connection.down();
    now += 5250;
    connection.down();
    connection.up();
    connection.close();
    connection.up(); // a late event after the stop
    expect(out.records()).toEqual([
      expect.objectContaining({ level: 'warn', platform: 'slack', msg: 'slack: connection lost' }),
      expect.objectContaining({ level: 'info', platform: 'slack', outageMs: 5250, msg: 'slack: connection back after 5.3 s' }),
    ]);
  });

  it('reports nothing when the adapter runs without reporting', () => {
    const connection = reportConnection('slack', undefined);
    expect(() => (connection.up(), connection.down(), connection.up(), connection.close())).not.toThrow();
  });
});
