/**
 * Slack for `npm run post`: the Web API only (no Socket Mode, no HTTP listener), the bot token
 * checked with one quick call, and the same publisher the bot uses (it waits out `ratelimited`
 * and spaces messages to a channel about a second apart).
 */
import { webApi } from '@slack/bolt';
import type { SlackConfig } from './settings.js';
import type { Publisher } from '../../posting/publisher.js';
import { createSlackPublisher, postingClient } from './publisher.js';
import { describeStartError, SlackStartError } from './start.js';

export async function connectSlackForPosting(config: SlackConfig, { timeoutMs = 10_000 } = {}): Promise<Publisher> {
  const apiUrl = config.apiUrl ?? 'https://slack.com/api/';
  const client = postingClient(config.botToken, config.apiUrl, timeoutMs);
  let auth: webApi.AuthTestResponse;
  try {
    auth = await client.auth.test();
  } catch (error) {
    throw new SlackStartError(describeStartError(error, 'SLACK_BOT_TOKEN', apiUrl, timeoutMs));
  }
  if (!auth.user_id || !auth.bot_id || !auth.team_id) throw new SlackStartError('SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…).');
  return createSlackPublisher({ client, teamId: auth.team_id, botUserId: auth.user_id, botId: auth.bot_id, botName: auth.user ?? 'the bot' });
}
