import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { usageHint } from '../../commands/usage.js';
import { parseArticle } from '../../src/engine/parse.js';
import { slackManifest } from '../../src/adapters/slack/manifest.js';

const manifest = JSON.parse(readFileSync('commands/slack-manifest.json', 'utf8'));
const article = parseArticle(readFileSync('content/aleppo.md', 'utf8'));

describe('Slack app manifest', () => {
  it('is what the registry produces for the shipped article (run npm run slack:manifest after changing commands)', () => {
    expect(manifest).toEqual(slackManifest({ commandName: article.meta.slug, title: article.meta.title, commands }));
  });

  it('declares the one slash command, with the usage hint derived from the registry', () => {
    expect(manifest.features.slash_commands).toHaveLength(1);
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe('/aleppo');
    expect(command.usage_hint).toBe(usageHint(commands));
    for (const c of commands.filter((c) => !c.operator)) expect(command.usage_hint).toContain(c.name);
  });

  it('asks only for the scopes the bot uses, and subscribes to mentions and direct messages', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read', // app_mention events
      'channels:history', // post: am I in the channel, and findRecent after a crash
      'channels:join', // post: join a public channel
      'chat:write', // replies and posts
      'commands', // /aleppo
      'groups:history', // post: the same in private channels it was invited to
      'im:history', // message.im events
      'users:read', // post and status: admins and owners
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
  });

  it('turns on interactivity (buttons), Socket Mode and the DM tab', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('keeps within Slack’s field lengths', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });
});
