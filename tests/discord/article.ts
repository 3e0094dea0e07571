/** The context every Discord test starts from: the shipped article, the real registry. */
import type { CommandContext } from '../../commands/types.js';
import { createContext } from '../../src/context.js';
import { buildEngine } from '../../src/build-engine.js';
import { loadArticle } from '../../src/load-article.js';

export async function articleContext(): Promise<CommandContext> {
  const engine = buildEngine(await loadArticle('content/aleppo.md'));
  return createContext(engine, { commandName: 'aleppo' });
}
