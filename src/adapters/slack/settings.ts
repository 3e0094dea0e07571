/**
 * Slack's settings (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL,
 * SLACK_POST_ALLOWED_USERS) and what the rest of the bot needs to know of the platform: its
 * name, the variable that turns it on, and how its channel ids look (POST_CHANNELS, --to).
 */
import { url, value, type Env } from '../../runtime/env.js';
import { ConfigError } from '../../core/errors.js';

export const slackPlatform = {
  name: 'slack',
  label: 'Slack',
  tokenVariable: 'SLACK_BOT_TOKEN',
  /** Public (C…) or private (G…) conversations. */
  channelId: /^[CG][A-Z0-9]{8,}$/,
  channelHint: 'a Slack channel id (C… or G…, capital letters and digits)',
} as const;

export interface SlackConfig {
  botToken: string;
  /** Socket Mode app-level token (xapp-…); when absent, HTTP mode with the signing secret. */
  appToken?: string;
  signingSecret?: string;
  /** Web API base, e.g. http://127.0.0.1:PORT/api/ (GovSlack, tests). */
  apiUrl?: string;
  /**
   * Who may use the operator commands (post, status): Slack user ids. When absent, workspace
   * admins and owners may.
   */
  postAllowedUsers?: readonly string[];
}

/** Slack's settings, or undefined when no Slack variable is set. */
export function slackSettings(env: Env): SlackConfig | undefined {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  if (!botToken && !appToken && !signingSecret) return undefined;
  if (!botToken || !botToken.startsWith('xoxb-')) {
    throw new ConfigError('SLACK_BOT_TOKEN', 'must be the bot token, starting with xoxb-.');
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    throw new ConfigError('SLACK_APP_TOKEN', 'must be the app-level token for Socket Mode, starting with xapp-.');
  }
  const apiUrl = url(env, 'SLACK_API_URL');
  const allowed = (value(env, 'SLACK_POST_ALLOWED_USERS') ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  const bad = allowed.find((u) => !/^[UW][A-Z0-9]{2,}$/.test(u));
  if (bad !== undefined) {
    throw new ConfigError('SLACK_POST_ALLOWED_USERS', `"${bad}" is not a Slack user id; use comma-separated member ids such as U0123ABCD (Profile → ⋮ → Copy member ID).`);
  }
  return {
    botToken,
    ...(appToken ? { appToken } : {}),
    ...(signingSecret ? { signingSecret } : {}),
    ...(apiUrl ? { apiUrl } : {}),
    ...(allowed.length ? { postAllowedUsers: [...new Set(allowed)] } : {}),
  };
}
