import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-test-bot', SLACK_APP_TOKEN: 'xapp-test-app' };

describe('Slack configuration', () => {
  it('reads SLACK_POST_ALLOWED_USERS as a list of member ids, spaces and repeats forgiven', () => {
    const config = loadConfig({ ...base, SLACK_POST_ALLOWED_USERS: ' U0123ABCD, W0456EFGH ,U0123ABCD' });
    expect(config.slack?.postAllowedUsers).toEqual(['U0123ABCD', 'W0456EFGH']);
    expect(loadConfig(base).slack?.postAllowedUsers).toBeUndefined();
  });

  it('names the variable and the bad entry when an id is not a Slack member id', () => {
    expect(() => loadConfig({ ...base, SLACK_POST_ALLOWED_USERS: 'U0123ABCD,@alice' })).toThrowError(ConfigError);
    expect(() => loadConfig({ ...base, SLACK_POST_ALLOWED_USERS: '@alice' })).toThrowError(/^SLACK_POST_ALLOWED_USERS: "@alice" is not a Slack user id/);
  });

  it('never repeats a token in an error', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'not-a-real-secret' })).toThrowError(/^SLACK_BOT_TOKEN: must be the bot token/);
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'not-a-real-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('not-a-real-secret');
    }
  });
});
