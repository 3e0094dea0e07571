import type { Command } from './types.js';
import { citationsFor } from './format.js';
import { reply } from '../src/core/reply.js';

export const summary = {
  name: 'summary',
  description: 'Summarize the article in a few sentences (short) or a paragraph (long).',
  examples: ['', 'long'],
  options: [
    {
      name: 'length',
      description: 'short (2–3 sentences, the default) or long (up to 6)',
      type: 'string',
      choices: [
        { name: 'short', value: 'short' },
        { name: 'long', value: 'long' },
      ],
    },
  ],
  run(options, { engine, paragraphUrl }) {
    const length = options.length === 'long' ? 'long' : 'short';
    const result = engine.summary(length);
    const { meta } = engine.article;
    return reply({
      kind: 'summary',
      title: meta.title,
      text: result.editorial ?? result.sentences.map((s) => s.text).join(' '),
      citations: result.editorial ? [] : citationsFor(result.sentences, paragraphUrl),
      ...(meta.source ? { source: meta.source } : {}),
    });
  },
} satisfies Command;
