/** The context every Discord test starts from: the shipped article, the real registry. */
import type { CommandContext } from '../../commands/types.js';
import { createContext } from '../../src/context.js';
import { createEngine } from '../../src/engine/engine.js';
import { loadArticle } from '../../src/load-article.js';

export async function articleContext(): Promise<CommandContext> {
  const engine = createEngine(await loadArticle('content/aleppo.md'));
  return createContext(engine, { commandName: 'aleppo' });
}
