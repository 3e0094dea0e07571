import type { Command } from './types.js';
import { usageOf } from './usage.js';
import { reply } from '../src/core/reply.js';
import { code, list, paragraph, text, type Span } from '../src/core/reply/blocks.js';

export const help = {
  name: 'help',
  description: 'List what the bot can do, with examples.',
  examples: [''],
  options: [],
  run(_options, { engine, commandName, commands }) {
    const { meta, speakers } = engine.article;
    const from = meta.source ? `“${meta.title}” (${meta.source})` : `“${meta.title}”`;
    const items = commands
      .filter((c) => !c.operator)
      .map((c): Span[] => {
        const examples = c.examples.filter((e) => e !== '').map((e) => code(`/${commandName} ${c.name} ${e}`));
        const tail = examples.flatMap((example, i) => [text(i === 0 ? ' e.g. ' : ', '), example]);
        return [code(usageOf(c, commandName)), text(` — ${c.description}`), ...tail];
      });
    // Free-text examples come from this article, so help never names people it does not quote.
    const surname = speakers[0]?.name.split(' ').at(-1);
    const question = engine.suggestQuestions('', 1)[0];
    const plain = [surname && `“what did ${surname} say”`, question && `“${question}”`, '“summary”', '“link”']
      .filter(Boolean)
      .join(', ');
    return reply({
      kind: 'help',
      title: `/${commandName}: ask about ${meta.title}`,
      blocks: [paragraph(`Answers come from ${from}, with the paragraph they come from.`), list(items), paragraph(`Or just write in plain words: ${plain}.`)],
      ...(meta.source ? { source: meta.source } : {}),
    });
  },
} satisfies Command;
