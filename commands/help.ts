import type { Command } from './types.js';
import { usageOf } from './usage.js';
import { reply } from '../src/reply.js';

export const help = {
  name: 'help',
  description: 'List what the bot can do, with examples.',
  examples: [''],
  options: [],
  run(_options, { engine, commandName, commands }) {
    const { meta, speakers } = engine.article;
    const from = meta.source ? `“${meta.title}” (${meta.source})` : `“${meta.title}”`;
    const lines = commands
      .filter((c) => !c.operator)
      .map((c) => {
        const examples = c.examples
          .filter((e) => e !== '')
          .map((e) => `\`/${commandName} ${c.name} ${e}\``);
        const tail = examples.length ? ` e.g. ${examples.join(', ')}` : '';
        return `• \`${usageOf(c, commandName)}\` — ${c.description}${tail}`;
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
      text: [`Answers come from ${from}, with the paragraph they come from.`, '', ...lines, '', `Or just write in plain words: ${plain}.`].join('\n'),
      ...(meta.source ? { source: meta.source } : {}),
    });
  },
} satisfies Command;
