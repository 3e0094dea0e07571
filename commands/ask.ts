import type { Command } from './types.js';
import type { Sentence } from '../src/engine/article.js';
import { citation, citationsFor } from './format.js';
import { reply } from '../src/core/reply.js';
import { paragraph, type Block } from '../src/core/reply/blocks.js';
import { HEDGE } from '../src/core/reply/wording.js';
import { MAX_INPUT } from '../src/core/limits.js';

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
    // A picture's caption and credit are metadata, not body text: asked about directly, they answer.
    const images = engine.images(question).map((image) => ({
      paragraph: image.afterParagraph || 1,
      // The credit as the article words it ("Image by …"): the reader sees the article's words.
      text: [image.caption, image.creditLine].filter(Boolean).join(' '),
    }));
    if (images.length > 0) {
      return reply({
        kind: 'answer',
        confidence: 'high',
        title: images.length === 1 ? 'The picture' : 'The pictures',
        blocks: images.map((image) => paragraph(image.text, { paragraphs: [image.paragraph], beside: true })),
        citations: images.map((image) => citation(image.paragraph, image.text, paragraphUrl)),
        ...source,
      });
    }
    const answer = engine.answer(question);
    if (answer.confidence === 'none') {
      return reply({
        kind: 'not_found',
        title: 'Not in the article',
        text: 'The article does not say. Try the summary, or ask about something it covers.',
        ...source,
      });
    }
    // Words from inside a quotation say who spoke them: "who said…?" is often the very question.
    // A cited piece of a quotation is shown as one: its own marks are cut at sentence edges.
    const line = (sentences: readonly Sentence[]) => (c: { paragraph: number; text: string }): Block => {
      const speakers = sentences.filter((s) => s.paragraph === c.paragraph).map((s) => engine.speakerOf(s)?.name);
      const cite = { paragraphs: [c.paragraph] };
      // Only when every cited sentence is someone's words; mixed narration stays as written.
      if (speakers.some((name) => name === undefined)) return paragraph(c.text, cite);
      return paragraph(`“${c.text.replace(/[“”"]/g, '')}” — ${[...new Set(speakers)].join(', ')}`, cite);
    };
    if (answer.confidence === 'low') {
      // Not sure: say so in words, then the closest passages, each with its paragraph.
      const cited = answer.passages.map((passage) => ({ passage, citations: citationsFor(passage, paragraphUrl) }));
      const citations = cited.flatMap((c) => c.citations);
      const shown = cited.flatMap((c) => c.citations.map(line(c.passage)));
      return reply({
        kind: 'not_found',
        confidence: 'low',
        title: 'Not answered directly',
        blocks: [paragraph(HEDGE), ...shown],
        citations,
        ...source,
      });
    }
    const citations = citationsFor(answer.sentences, paragraphUrl);
    return reply({
      kind: 'answer',
      confidence: 'high',
      title: 'From the article',
      blocks: citations.map(line(answer.sentences)),
      citations,
      ...source,
    });
  },
} satisfies Command;
