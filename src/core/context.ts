/**
 * What every command handler receives, built from the engine, the settings and the registry; and
 * the settings that follow from the configuration and the article, worked out in one place.
 */
import { commands as registry } from '../../commands/index.js';
import type { Command, CommandContext } from '../../commands/types.js';
import type { Article } from '../engine/article.js';
import type { ArticleEngine } from '../engine/engine.js';

/** The configured names and addresses the derived settings come from. */
export interface LinkSettings {
  /** COMMAND_NAME; absent: the article's slug. */
  commandName?: string;
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl?: string;
  /** ARTICLE_URL. */
  articleUrl?: string;
}

/** What follows from the configuration and the article it names. */
export interface Derived {
  /** The top-level chat command: COMMAND_NAME, else the article's slug. */
  commandName: string;
  /** The bot's own article page, PUBLIC_URL/<command>, when PUBLIC_URL is set. */
  pageUrl?: string;
  /** The article's canonical address: ARTICLE_URL, else the article's own url. */
  canonicalUrl?: string;
  /** What `share` links to: the canonical address, else the bot's page. */
  shareUrl?: string;
}

export function deriveSettings(config: LinkSettings, article: Pick<Article, 'meta'>): Derived {
  const commandName = config.commandName ?? article.meta.slug;
  const pageUrl = config.publicUrl ? `${config.publicUrl}/${commandName}` : undefined;
  const canonicalUrl = config.articleUrl ?? article.meta.url;
  // A canonical address wins; our page stands in while it is unknown.
  const shareUrl = canonicalUrl ?? pageUrl;
  return { commandName, ...(pageUrl ? { pageUrl } : {}), ...(canonicalUrl ? { canonicalUrl } : {}), ...(shareUrl ? { shareUrl } : {}) };
}

export function createContext(engine: ArticleEngine, config: LinkSettings, commands: readonly Command[] = registry): CommandContext {
  const { commandName, shareUrl, pageUrl } = deriveSettings(config, engine.article);
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
