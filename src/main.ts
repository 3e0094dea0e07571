/**
 * Start-up, in one visible place: configuration, the article, the engine, then the platforms
 * that are configured (the terminal when none is). Errors end with one line and a non-zero exit.
 */
import { config as loadDotenv } from 'dotenv';
import type { Runtime } from '../commands/types.js';
import { ConfigError, DEFAULT_DATA_DIR, loadConfig } from './config.js';
import { createContext } from './context.js';
import { createEngine } from './engine/engine.js';
import { ArticleError } from './engine/parse.js';
import { loadArticle } from './load-article.js';
import { startDiscordPlatform } from './discord/index.js';
import { openLedger } from './posts/ledger.js';
import type { Posting } from './posts/posting.js';
import type { Publisher } from './posts/publisher.js';
import { startPosting } from './start-posting.js';
import { runTerminal } from './terminal/terminal.js';

async function main(): Promise<void> {
  // DOTENV_CONFIG_PATH (dotenv's own convention) lets tests and operators point at another file.
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  const config = loadConfig(process.env, process.argv.slice(2));
  const article = await loadArticle(config.articlePath);
  const engine = createEngine(article);
  const ctx = createContext(engine, config);
  // Each platform adds itself below (Slack too), and to this condition.
  if (config.discord) {
    const log = (line: string) => void process.stderr.write(`${line}\n`);
    const platforms: { name: string; publisher?: Publisher; stop(): Promise<void> }[] = [];
    const runtime: Runtime = { startedAt: new Date(), platforms: () => platforms.map((p) => p.name) };
    const ledger = openLedger(config.dataDir ?? DEFAULT_DATA_DIR);
    // Commands may arrive as soon as a platform is connected; post and status wait for this.
    let postingReady!: (posting: Posting | undefined) => void;
    const posting = new Promise<Posting | undefined>((resolve) => (postingReady = resolve));
    if (config.discord) {
      const forDiscord = posting.then((p) => p?.forPlatform('discord'));
      platforms.push(await startDiscordPlatform({ ...config, discord: config.discord }, { ...ctx, runtime }, { log, posting: forDiscord }));
    }
    const publishers = platforms.flatMap((p) => (p.publisher ? [p.publisher] : []));
    const shareUrl = ctx.shareUrl;
    postingReady(await startPosting({ ledger, publishers, engine, log, ...(shareUrl ? { shareUrl } : {}), ...(config.postChannels ? { postChannels: config.postChannels } : {}) }));
    // Serve until asked to stop, then close every connection and the ledger, and exit 0.
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await Promise.allSettled(platforms.map((p) => p.stop()));
    ledger.close();
    return;
  }
  await runTerminal({
    input: process.stdin,
    output: process.stdout,
    ctx,
    json: config.json,
    interactive: Boolean(process.stdin.isTTY) && !config.json,
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof ArticleError;
    process.stderr.write(`article-bot: ${known ? (error as Error).message : `failed to start: ${(error as Error)?.message ?? error}`}\n`);
    process.exit(1);
  },
);
