import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger, isoTime, prettyLine } from '../src/runtime/log.js';
import { scrubber, secretsOf } from '../src/runtime/secrets.js';
import { captureLog } from './helpers/log-capture.js';

// Obviously fake, shaped like the real ones.
const env = {
  DISCORD_TOKEN: 'FAKE-discord.token.abc123',
  DISCORD_APP_ID: '123456789012345678',
  SLACK_BOT_TOKEN: 'xoxb-fake-0000-bot-token',
  SLACK_APP_TOKEN: 'xapp-fake-1-app-token',
  SLACK_SIGNING_SECRET: 'fake"signing\\secret',
};
const config = loadConfig(env);
const secrets = secretsOf(config);

/** Logs everything a careless caller might: the secrets as fields, inside messages, URLs and errors. */
function logEverything(level: 'info' | 'debug', pretty: boolean) {
  const out = captureLog();
  const log = createLogger({ level, secrets, destination: out, pretty });
  log.info({ config }, 'configuration loaded');
  log.info({ token: env.DISCORD_TOKEN, headers: { authorization: `Bot ${env.DISCORD_TOKEN}` } }, 'request');
  log.warn(`connecting with ${env.SLACK_BOT_TOKEN} to https://slack.example/api?token=${env.SLACK_BOT_TOKEN}`);
  log.error({ err: new Error(`401 Unauthorized for token ${env.DISCORD_TOKEN} (app ${env.SLACK_APP_TOKEN})`) }, 'login failed');
  log.error(new Error(`signature mismatch with ${env.SLACK_SIGNING_SECRET}`));
  log.debug({ nested: { deeper: { secret: env.SLACK_SIGNING_SECRET, botToken: env.SLACK_BOT_TOKEN } } }, 'debug dump');
  return out;
}

describe('logs', () => {
  it('never contain a configured token or signing secret, in JSON or readable form', () => {
    expect(secrets).toHaveLength(4);
    for (const pretty of [false, true]) {
      const out = logEverything('debug', pretty);
      expect(out.lines.length).toBe(6);
      const all = out.lines.join('');
      for (const secret of [...secrets, JSON.stringify(env.SLACK_SIGNING_SECRET).slice(1, -1)]) expect(all).not.toContain(secret);
      // Not even recognisable pieces of them.
      expect(all).not.toMatch(/abc123|0000-bot|1-app|fake.{0,2}signing/);
      expect(all).toContain('[redacted]');
    }
  });

  it('keeps the rest of the line readable around a redaction', () => {
    const out = logEverything('info', false);
    const [, request, warn, failed] = out.records();
    expect(request).toMatchObject({ level: 'info', msg: 'request', token: '[redacted]' });
    expect(warn!.msg).toBe('connecting with [redacted] to https://slack.example/api?token=[redacted]');
    expect((failed!.err as { message: string }).message).toBe('401 Unauthorized for token [redacted] (app [redacted])');
    expect(out.lines).toHaveLength(5); // the debug line is below info
  });

  it('writes one JSON object per line with an ISO time and the level name', () => {
    const out = captureLog();
    createLogger({ destination: out }).info({ platform: 'slack', ms: 12.5 }, 'reply');
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]!.endsWith('\n')).toBe(true);
    expect(out.records()[0]).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), platform: 'slack', ms: 12.5, msg: 'reply' });
  });

  it('writes nothing at silent', () => {
    const out = captureLog();
    const log = createLogger({ level: 'silent', destination: out });
    log.error('boom');
    log.fatal('boom');
    expect(out.lines).toEqual([]);
  });

  it('reads as one short line in a terminal', () => {
    const line = prettyLine('{"level":"info","time":"2026-01-02T03:04:05.678Z","id":"t1","platform":"terminal","command":"summary","kind":"summary","ms":1.2,"msg":"reply"}');
    expect(line).toBe('03:04:05 \x1b[32mINFO \x1b[0m reply id=t1 platform=terminal command=summary kind=summary ms=1.2\n');
    expect(prettyLine('not json\n')).toBe('not json\n');
  });

  it('scrubs the longest secret first and ignores empty ones', () => {
    const scrub = scrubber(['abc', 'abcdef', '', undefined]);
    expect(scrub('x abcdef y abc z')).toBe('x [redacted] y [redacted] z');
    expect(scrubber([])('unchanged')).toBe('unchanged');
  });
});

describe('isoTime', () => {
  it('writes what pino.stdTimeFunctions.isoTime writes, across seconds and every width of milliseconds', () => {
    const now = vi.spyOn(Date, 'now');
    try {
      for (const t of [Date.UTC(2026, 0, 2, 3, 4, 5, 678), Date.UTC(2026, 0, 2, 3, 4, 5, 7), Date.UTC(2026, 0, 2, 3, 4, 6, 42), Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2027, 0, 1, 0, 0, 0, 0)]) {
        now.mockReturnValue(t);
        expect(isoTime()).toBe(pino.stdTimeFunctions.isoTime());
      }
    } finally {
      now.mockRestore();
    }
  });
});
