import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig } from '../../src/config.js';
import { parsePostChannels } from '../../src/config.js';

const discordEnv = { DISCORD_TOKEN: 'fake-token', DISCORD_APP_ID: '123456789012345678' };
const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_APP_TOKEN: 'xapp-fake' };

describe('POST_CHANNELS', () => {
  it('reads platform:id pairs, allowing spaces and dropping duplicates', () => {
    expect(parsePostChannels(' discord:123456789012345678 , slack:C0123ABCD,slack:G0123ABCD,discord:123456789012345678')).toEqual([
      { platform: 'discord', channel: '123456789012345678' },
      { platform: 'slack', channel: 'C0123ABCD' },
      { platform: 'slack', channel: 'G0123ABCD' },
    ]);
    expect(parsePostChannels('')).toEqual([]);
  });

  it.each([
    ['teams:123', /"teams:123" must start with discord: or slack:/],
    ['123456789012345678', /must start with discord: or slack:/],
    ['discord:#news', /needs a Discord channel id/],
    ['slack:general', /needs a Slack channel id/],
    ['slack:c0123abcd', /needs a Slack channel id/],
    ['discord:123456789012345678:extra', /needs a Discord channel id/],
  ])('names POST_CHANNELS and shows a good value for %s', (entry, message) => {
    let error: unknown;
    try {
      parsePostChannels(entry);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('POST_CHANNELS');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('discord:123456789012345678,slack:C0123ABCD');
  });

  it('refuses a channel on a platform that is not configured', () => {
    expect(() => loadConfig({ ...discordEnv, POST_CHANNELS: 'slack:C0123ABCD' })).toThrow(/POST_CHANNELS: .*SLACK_BOT_TOKEN/);
    expect(loadConfig({ ...discordEnv, ...slackEnv, POST_CHANNELS: 'slack:C0123ABCD' }).postChannels).toEqual([
      { platform: 'slack', channel: 'C0123ABCD' },
    ]);
  });
});

describe('DATA_DIR', () => {
  it('defaults to ./data and takes the configured folder', () => {
    expect(loadConfig({}).dataDir).toBe(DEFAULT_DATA_DIR);
    expect(loadConfig({ DATA_DIR: ' /var/lib/article-bot ' }).dataDir).toBe('/var/lib/article-bot');
    expect(loadConfig({}).postChannels).toBeUndefined();
  });
});
