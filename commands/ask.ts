import type { Command } from './types.js';
import { citationsFor, paragraphMark } from './format.js';
import { reply } from '../src/reply.js';
import { MAX_INPUT } from '../src/limits.js';

export const ask = {
  name: 'ask',
  description: 'Ask a question in plain words; the answer comes from the article, with its paragraph.',
  examples: ['how many people are trapped in Aleppo?'],
  options: [
    {
      name: 'question',
      description: 'Your question, e.g. "who brokered the ceasefire?"',
      type: 'string',
      required: true,
      autocomplete: 'questions',
      maxLength: MAX_INPUT,
    },
  ],
  run(options, { engine, paragraphUrl }) {
    const question = typeof options.question === 'string' ? options.question : '';
    const { meta } = engine.article;
    const source = meta.source ? { source: meta.source } : {};
    const { sentences } = engine.answer(question);
    if (sentences.length === 0) {
      return reply({
        kind: 'not_found',
        title: 'Not in the article',
        text: 'The article does not say. Try the summary, or ask about something it covers.',
        ...source,
      });
    }
    const citations = citationsFor(sentences, paragraphUrl);
    // Words from inside a quotation say who spoke them: "who said…?" is often the very question.
    // A cited piece of a quotation is shown as one: its own marks are cut at sentence edges.
    const line = (c: { paragraph: number; text: string }) => {
      const speakers = sentences.filter((s) => s.paragraph === c.paragraph).map((s) => engine.speakerOf(s)?.name);
      const mark = paragraphMark([c.paragraph]);
      // Only when every cited sentence is someone's words; mixed narration stays as written.
      if (speakers.some((name) => name === undefined)) return `${c.text} (${mark})`;
      return `“${c.text.replace(/[“”"]/g, '')}” — ${[...new Set(speakers)].join(', ')} (${mark})`;
    };
    return reply({
      kind: 'answer',
      title: 'From the article',
      text: citations.map(line).join('\n\n'),
      citations,
      ...source,
    });
  },
} satisfies Command;
