import { describe, expect, it } from 'vitest';
import { checkServing, ConfigError, loadConfig } from '../src/config.js';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('web, public address and log configuration', () => {
  it('defaults to 127.0.0.1:3000, logs at info, no public address, and leaves the web choice to start-up', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', logLevel: 'info' });
    expect(config.web).toBeUndefined(); // on, except for piped terminal input
    expect(config.publicUrl).toBeUndefined();
  });

  it('takes PUBLIC_URL as a base address without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://bot.example.org/' }).publicUrl).toBe('https://bot.example.org');
    expect(loadConfig({ PUBLIC_URL: ' http://10.0.0.5:8080/news ' }).publicUrl).toBe('http://10.0.0.5:8080/news');
  });

  it('names PUBLIC_URL when it is not an http(s) base address', () => {
    for (const bad of ['bot.example.org', 'ftp://bot.example.org', 'https://bot.example.org/?x=1', 'https://bot.example.org/#top']) {
      const error = errorOf(() => loadConfig({ PUBLIC_URL: bad }));
      expect(error.variable, bad).toBe('PUBLIC_URL');
      expect(error.message).toMatch(/^PUBLIC_URL: .*https?:\/\//);
    }
  });

  it('turns the web server off with WEB=off or --no-web, and refuses other words', () => {
    expect(loadConfig({ WEB: 'off' }).web).toBe(false);
    expect(loadConfig({ WEB: 'OFF' }).web).toBe(false);
    expect(loadConfig({ WEB: 'on' }).web).toBe(true);
    expect(loadConfig({}, ['--no-web']).web).toBe(false);
    expect(loadConfig({ WEB: 'on' }, ['--no-web', '--json'])).toMatchObject({ web: false, json: true });
    expect(errorOf(() => loadConfig({ WEB: 'maybe' })).message).toBe('WEB: must be on or off.');
  });

  it('refuses WEB=off in Slack HTTP mode, which receives through the web server, naming WEB', () => {
    const http = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-value' };
    expect(errorOf(() => checkServing(loadConfig({ ...http, WEB: 'off' }))).message).toMatch(/^WEB: must be on in Slack HTTP mode .*set SLACK_APP_TOKEN for Socket Mode\.$/);
    expect(errorOf(() => checkServing(loadConfig(http, ['--no-web']))).message).toMatch(/^WEB: /);
    expect(errorOf(() => checkServing(loadConfig(http, ['--no-web']))).message).not.toContain('signing-secret-value');
    expect(() => checkServing(loadConfig({ ...http, SLACK_APP_TOKEN: 'xapp-test', WEB: 'off' }))).not.toThrow();
    expect(() => checkServing(loadConfig(http))).not.toThrow();
  });

  it('needs an app token or a signing secret to serve Slack, but not to post with the bot token alone', () => {
    const botOnly = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test' });
    expect(botOnly.slack).toMatchObject({ botToken: 'xoxb-test' });
    expect(errorOf(() => checkServing(botOnly)).message).toBe('SLACK_SIGNING_SECRET: is required in HTTP mode (set SLACK_APP_TOKEN for Socket Mode instead).');
  });

  it('accepts pino levels and silent in LOG_LEVEL, naming it otherwise', () => {
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'Silent' }).logLevel).toBe('silent');
    const error = errorOf(() => loadConfig({ LOG_LEVEL: 'verbose' }));
    expect(error.variable).toBe('LOG_LEVEL');
    expect(error.message).toContain('debug');
  });

  it('caps request bodies at 1 MB unless MAX_BODY_BYTES says otherwise, naming it when it is not a byte count', () => {
    expect(loadConfig({}).maxBodyBytes).toBe(1_048_576);
    expect(loadConfig({ MAX_BODY_BYTES: '65536' }).maxBodyBytes).toBe(65_536);
    expect(loadConfig({ MAX_BODY_BYTES: '1024' }).maxBodyBytes).toBe(1024);
    for (const bad of ['1023', '1mb', '-5', '2.5', '67108865']) {
      const error = errorOf(() => loadConfig({ MAX_BODY_BYTES: bad }));
      expect(error.variable, bad).toBe('MAX_BODY_BYTES');
      expect(error.message).toBe('MAX_BODY_BYTES: must be a whole number of bytes from 1024 to 67108864, for example 1048576 (1 MB, the default).');
    }
  });

  it('takes PORT=0 (any free port) and HOST', () => {
    expect(loadConfig({ PORT: '0', HOST: '0.0.0.0' })).toMatchObject({ port: 0, host: '0.0.0.0' });
    expect(errorOf(() => loadConfig({ PORT: '70000' })).variable).toBe('PORT');
  });
});

describe('DATABASE_URL', () => {
  it('is off by default (SQLite in DATA_DIR) and takes a postgres:// URL', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://bot:pw@db.example.org:5432/articlebot' }).databaseUrl).toBe('postgres://bot:pw@db.example.org:5432/articlebot');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db.example.org/articlebot' }).databaseUrl).toBe('postgresql://db.example.org/articlebot');
  });

  it('names DATABASE_URL when it is not a PostgreSQL URL with a database, without repeating its password', () => {
    for (const bad of ['mysql://root:hunter2@db/x', 'not a url hunter2', 'postgres://root:hunter2@db.example.org']) {
      const error = errorOf(() => loadConfig({ DATABASE_URL: bad }));
      expect(error.variable).toBe('DATABASE_URL');
      expect(error.message).not.toContain('hunter2');
    }
  });

  it('counts its password among the secrets the logs blank out', async () => {
    const { secretsOf } = await import('../src/runtime/secrets.js');
    expect(secretsOf(loadConfig({ DATABASE_URL: 'postgres://bot:p%40ss@db.example.org/articlebot' }))).toEqual(['p%40ss', 'p@ss']);
  });
});

describe('DISCORD_PUBLIC_KEY', () => {
  const discord = { DISCORD_TOKEN: 'fake-bot-token-for-tests-only', DISCORD_APP_ID: '111111111111111111' };
  const key = 'AB'.repeat(32);

  it('is off by default (gateway mode) and takes 64 hex characters, lowercased', () => {
    expect(loadConfig(discord).discord?.publicKey).toBeUndefined();
    expect(loadConfig({ ...discord, DISCORD_PUBLIC_KEY: key }).discord?.publicKey).toBe(key.toLowerCase());
  });

  it('names DISCORD_PUBLIC_KEY when it is not 64 hex characters', () => {
    for (const bad of ['abc', 'zz'.repeat(32), `${key}00`]) {
      expect(errorOf(() => loadConfig({ ...discord, DISCORD_PUBLIC_KEY: bad })).message).toMatch(/^DISCORD_PUBLIC_KEY: must be .*64 hexadecimal characters/);
    }
  });

  it('refuses DISCORD_SHARDS beside it, and WEB=off when serving, naming the variable', () => {
    expect(errorOf(() => loadConfig({ ...discord, DISCORD_PUBLIC_KEY: key, DISCORD_SHARDS: '2' })).variable).toBe('DISCORD_SHARDS');
    expect(errorOf(() => checkServing(loadConfig({ ...discord, DISCORD_PUBLIC_KEY: key, WEB: 'off' }))).message).toMatch(/^WEB: must be on when DISCORD_PUBLIC_KEY is set/);
    expect(() => checkServing(loadConfig({ ...discord, WEB: 'off' }))).not.toThrow();
  });
});
