/** Builds what every command handler receives, from the engine and configuration. */
import { commands } from '../commands/index.js';
import type { CommandContext } from '../commands/types.js';
import type { Config } from './config.js';
import type { ArticleEngine } from './engine/engine.js';

export function createContext(engine: ArticleEngine, config: Pick<Config, 'commandName' | 'articleUrl'>): CommandContext {
  const shareUrl = config.articleUrl ?? engine.article.meta.url;
  return {
    engine,
    commandName: config.commandName ?? engine.article.meta.slug,
    ...(shareUrl ? { shareUrl } : {}),
    commands,
  };
}
