/**
 * The Slack app manifest, derived from the command registry: the slash command with its usage
 * hint, only the scopes the bot uses, the two events it answers, interactivity (buttons) and
 * Socket Mode. `commands/slack-manifest.json` is this function's output for the shipped article;
 * a test keeps the two equal, and `npm run slack:manifest` rewrites the file.
 */
import type { Command } from '../../../commands/types.js';
import { usageHint } from '../../../commands/usage.js';

/**
 * Bot scopes, each for one thing the bot does:
 * `commands` the slash command; `app_mentions:read` mentions; `im:history` direct messages
 * (the `message.im` event); `chat:write` every reply and post. For `post`: `channels:join` to
 * join a public channel it is not in; `channels:history` and `groups:history` to see whether it
 * is in a channel and to find its own card again after a crash; `users:read` to tell workspace
 * admins and owners (when SLACK_POST_ALLOWED_USERS is unset).
 */
export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'channels:join',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'users:read',
] as const;

export const BOT_EVENTS = ['app_mention', 'message.im'] as const;

export interface ManifestInput {
  commandName: string;
  /** The article's title, for the descriptions. */
  title: string;
  commands: readonly Command[];
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function slackManifest({ commandName, title, commands }: ManifestInput) {
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: cut(`${commandName} article bot`, 35),
      description: cut(`Summaries, quotes and cited answers from “${title}”.`, 140),
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: cut(commandName, 80), always_online: true },
      slash_commands: [
        {
          command: `/${commandName}`,
          description: cut(`Ask about “${title}”`, 100),
          usage_hint: cut(usageHint(commands), 1000),
          // Mentions and channels arrive as ids (<#C…|name>), which `post #channel` needs.
          should_escape: true,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}
