/**
 * `npm run slack:manifest`: writes commands/slack-manifest.json for the configured article and
 * command name (COMMAND_NAME, else the article's slug). Run it after changing either, then
 * update the app at api.slack.com from the file.
 */
import { writeFile } from 'node:fs/promises';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../config.js';
import { loadArticle } from '../load-article.js';
import { slackManifest } from './manifest.js';

export const MANIFEST_PATH = 'commands/slack-manifest.json';

loadDotenv({ quiet: true });
try {
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const manifest = slackManifest({ commandName: config.commandName ?? article.meta.slug, title: article.meta.title, commands });
  await writeFile(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`wrote ${MANIFEST_PATH} for /${manifest.features.slash_commands[0]!.command.slice(1)}\n`);
} catch (error) {
  process.stderr.write(`slack:manifest: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
