import type { Command } from './types.js';
import { citation } from './format.js';
import { quoteRef, reportedRef } from '../src/core/reply/quote-refs.js';
import { reply, type QuoteRef } from '../src/core/reply.js';
import { quoteBlock } from '../src/core/reply/blocks.js';
import { safeEcho } from '../src/core/echo.js';

export const quote = {
  name: 'quote',
  description: 'Show what the people in the article said, or one speaker by name or role.',
  examples: ['', 'Egeland', 'the UN adviser'],
  options: [
    {
      name: 'speaker',
      description: 'Name, surname or role, e.g. Egeland or "the UN adviser"; all quotes when empty',
      type: 'string',
      autocomplete: 'speakers',
      maxLength: 100,
    },
  ],
  run(options, { engine, paragraphUrl }) {
    const { article } = engine;
    const source = article.meta.source ? { source: article.meta.source } : {};
    const asked = typeof options.speaker === 'string' ? options.speaker.trim() : '';
    const all = article.quotes.filter((q) => q.speaker !== undefined);
    if (all.length === 0 && (!asked || article.reported.length === 0)) {
      return reply({ kind: 'not_found', title: 'No quotes', text: 'The article quotes no one directly.', ...source });
    }
    if (!asked) return quotesReply(all.map((q) => quoteRef(article, q)), `Quotes from “${article.meta.title}”`, source, paragraphUrl);
    const matches = engine.findSpeakers(asked);
    const best = matches[0];
    if (!best) {
      const names = article.speakers.map((s) => s.name).join(', ');
      const echoed = safeEcho(asked);
      return reply({
        kind: 'not_found',
        title: 'No such speaker',
        text: `The article does not quote ${echoed ? `“${echoed}”` : 'anyone by that name'}. It quotes: ${names}.`,
        ...source,
      });
    }
    // Several people can fit one word ("the official"); show everyone who fits equally well.
    const tied = new Set(matches.filter((m) => m.score >= best.score - 1e-9).map((m) => m.speaker));
    const joinBodies = (body: (s: (typeof article.speakers)[number]) => number | undefined) =>
      article.speakers.forEach((s, i) => {
        const b = body(s);
        if (b !== undefined && tied.has(b)) tied.add(i);
      });
    // A body speaks through its spokesperson: "what did the hotel say" shows both.
    joinBodies((s) => s.speaksFor);
    // A body the article never quotes directly ("the airport says …") speaks through its head or
    // its named spokesperson: "what did Eastmoor Airport say" shows what its chief executive said too.
    if (!all.some((q) => tied.has(q.speaker!))) joinBodies((s) => s.heads);
    // Their direct quotes first, then what the article reports they said.
    const refs = [
      ...all.filter((q) => tied.has(q.speaker!)).map((q) => quoteRef(article, q)),
      ...article.reported.filter((r) => tied.has(r.speaker)).map((r) => reportedRef(article, r)),
    ];
    // "What a police spokesperson said": an unnamed speaker's article is lowercase mid-sentence.
    const names = [...tied].map((i) => article.speakers[i]!.name.replace(/^(A|An|The) /, (w) => w.toLowerCase()));
    return quotesReply(refs, `What ${names.join(' and ')} said`, source, paragraphUrl);
  },
} satisfies Command;

function quotesReply(quotes: QuoteRef[], title: string, source: { source?: string }, paragraphUrl?: (paragraph: number) => string) {
  return reply({
    kind: 'quotes',
    title,
    blocks: quotes.map(quoteBlock),
    quotes,
    citations: quotes.map((q) => citation(q.paragraph, q.text, paragraphUrl)),
    ...source,
  });
}
