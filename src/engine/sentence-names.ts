/**
 * The name mentions of each sentence, alone and read with the next one (as the search reads two
 * sentences side by side), found once when the article is parsed and kept with its analysis.
 *
 * Why at parse time: the name finder runs a few hundred patterns, and in a fresh process their
 * first use costs ~80 ms of compiling, most of a one-shot terminal's wait for its first answer. A
 * process that reads a cached analysis (see runtime/analysis-cache.ts) reads these instead and
 * never runs the finder over the article.
 */
import type { Sentence } from './article.js';
import { findNames, type NameMention } from './names.js';

export interface SentenceNames {
  /** By sentence id: the mentions in its text. */
  alone: NameMention[][];
  /** By sentence id: the mentions in its text read with the next sentence's (`readWithNext`); empty for the last. */
  withNext: NameMention[][];
}

/** A sentence read with the next one: the text the search weighs when two sentences answer together. */
export const readWithNext = (sentence: Sentence, next: Sentence | undefined): string => (next ? `${sentence.text} ${next.text}` : sentence.text);

export function findSentenceNames(sentences: readonly Sentence[]): SentenceNames {
  return {
    alone: sentences.map((s) => findNames(s.text)),
    withNext: sentences.map((s, i) => (sentences[i + 1] ? findNames(readWithNext(s, sentences[i + 1])) : [])),
  };
}

/** The mentions `names` holds, by the text they were found in. */
export function namesByText(sentences: readonly Sentence[], names: SentenceNames): Map<string, NameMention[]> {
  const out = new Map<string, NameMention[]>();
  sentences.forEach((s, i) => {
    const alone = names.alone[i];
    if (alone) out.set(s.text, alone);
    const together = names.withNext[i];
    if (together && sentences[i + 1]) out.set(readWithNext(s, sentences[i + 1]), together);
  });
  return out;
}
