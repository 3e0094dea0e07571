/** The context every Discord test starts from: the shipped article, the real registry. */
import type { Command, CommandContext } from '../../commands/types.js';
import { reply } from '../../src/core/reply.js';
import { createContext } from '../../src/core/context.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { loadArticle } from '../../src/runtime/load-article.js';

export async function articleContext(): Promise<CommandContext> {
  const engine = buildEngine(await loadArticle('content/aleppo.md'));
  return createContext(engine, { commandName: 'aleppo' });
}

/** A subcommand answering after `ms` (150 by default), for the defer path. */
export function slowCommand(ms = 150): Command {
  return {
    name: 'slow',
    description: 'Takes a while, like a posting permission check on a busy day.',
    examples: [],
    options: [],
    run: () => new Promise((resolve) => setTimeout(() => resolve(reply({ kind: 'answer', title: 'Slow answer', text: 'Done.' })), ms)),
  };
}
