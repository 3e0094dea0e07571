/**
 * `npm run slack:manifest`: writes commands/slack-manifest.json for the configured article and
 * command name (COMMAND_NAME, else the article's slug). Run it after changing either, then
 * update the app at api.slack.com from the file.
 */
import { writeFile } from 'node:fs/promises';
import { boot, EXIT, runProgram } from './bootstrap.js';
import { slackManifest } from './adapters/slack/manifest.js';

export const MANIFEST_PATH = 'commands/slack-manifest.json';

runProgram(
  async () => {
    const { settings, engine, ctx } = await boot();
    const manifest = slackManifest({ commandName: settings.commandName, title: engine.article.meta.title, commands: ctx.commands });
    await writeFile(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
    process.stdout.write(`wrote ${MANIFEST_PATH} for /${settings.commandName}\n`);
    return EXIT.ok;
  },
  { name: 'slack:manifest' },
);
