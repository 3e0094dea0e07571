/** Loads the shipped article and our own test articles through the real parser and engine. */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/engine/parse.js';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import type { Article } from '../../src/engine/article.js';
import type { ArticleEngine } from '../../src/engine/engine.js';

export const FIXTURES = 'tests/fixtures/articles';

export function article(path: string): Article {
  return parseArticle(readFileSync(path, 'utf8'));
}

export const seed = () => article('content/aleppo.md');
export const harbor = () => article(`${FIXTURES}/harbor-bridge.txt`);
export const mars = () => article(`${FIXTURES}/mars-sample.md`);
export const library = () => article(`${FIXTURES}/no-quotes.txt`);
export const storm = () => article(`${FIXTURES}/coastal-storm.txt`);
export const plant = () => article(`${FIXTURES}/plant-fire.txt`);
export const transit = () => article(`${FIXTURES}/transit-plan.md`);
export const recall = () => article(`${FIXTURES}/heater-recall.txt`);
export const rates = () => article(`${FIXTURES}/rate-decision.txt`);

export const engineFor = (a: Article) => buildEngine(a);

/** "Name" of the speaker of each quote, in order ("?" when unattributed). */
/** Who the article says spoke the quote holding `words` (undefined when no quote holds them, or it has no speaker). */
export function speakerOfQuote(a: Article, words: string): string | undefined {
  // (The quote that holds the words most closely: one inside a Q&A answer is its speaker's own.)
  const q = a.quotes.filter((x) => x.text.includes(words)).sort((x, y) => x.text.length - y.text.length)[0];
  return q?.speaker === undefined ? undefined : a.speakers[q.speaker]!.name;
}

/** The names of the speakers a reader's words find, best first. */
export function speakersAskedFor(a: Article, words: string): string[] {
  return findSpeakers(a.speakers, words).map((m) => a.speakers[m.speaker]!.name);
}

/**
 * The names of the speakers a reader's words find through the whole engine (a name spelt by its
 * sound, an age, a deed, a clause), best first: a finder for one engine, built once.
 */
export function speakersFoundBy(engine: ArticleEngine): (words: string) => string[] {
  return (words) => engine.findSpeakers(words).map((m) => engine.article.speakers[m.speaker]!.name);
}

/** The name of the speaker a reader's words find first ("the Lib Dem councillor"). */
export function firstSpeakerAskedFor(a: Article, words: string): string | undefined {
  return speakersAskedFor(a, words)[0];
}

export function speakersOfQuotes(a: Article): string[] {
  return a.quotes.map((q) => (q.speaker === undefined ? '?' : a.speakers[q.speaker]!.name));
}
