/** Builds what every command handler receives, from the engine and configuration. */
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/types.js';
import type { Config } from './config.js';
import type { ArticleEngine } from './engine/engine.js';

/** The bot's own article page, PUBLIC_URL/<command>, when PUBLIC_URL is set. */
export function articlePageUrl(publicUrl: string | undefined, commandName: string): string | undefined {
  return publicUrl ? `${publicUrl}/${commandName}` : undefined;
}

export function createContext(
  engine: ArticleEngine,
  config: Pick<Config, 'commandName' | 'articleUrl' | 'publicUrl'>,
): CommandContext {
  const commandName = config.commandName ?? engine.article.meta.slug;
  const pageUrl = articlePageUrl(config.publicUrl, commandName);
  // A canonical address (configured, or the article's own) wins; our page stands in while it is unknown.
  const shareUrl = config.articleUrl ?? engine.article.meta.url ?? pageUrl;
  return {
    engine,
    commandName,
    ...(shareUrl ? { shareUrl } : {}),
    // Citations point into our page even when a canonical url exists: only our page has the #p anchors.
    ...(pageUrl ? { paragraphUrl: (n: number) => `${pageUrl}#p${n}` } : {}),
    commands,
  };
}

/**
 * What anyone may run with: the article, its links and the registry, and nothing of the request
 * (no posting, no operator check, no asker). Operator commands refuse it.
 */
export function readerContext({ engine, commandName, shareUrl, paragraphUrl, commands }: CommandContext): CommandContext {
  return { engine, commandName, commands, ...(shareUrl ? { shareUrl } : {}), ...(paragraphUrl ? { paragraphUrl } : {}) };
}
