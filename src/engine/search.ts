/**
 * Questions → the sentences that answer them. Misspelt words are first corrected against the
 * article's own vocabulary, then MiniSearch ranks sentences (BM25); a sentence that is part of a quote also carries its speaker's names and
 * role, boosted, so "why did Egeland blame the delay" reaches his words. A ranked sentence only
 * counts as an answer when it covers most of what the question is about, weighted by how rare
 * each word is in the article: "the weather in Aleppo" shares "Aleppo" with many sentences but
 * says nothing of weather, so the honest reply is "the article does not say".
 */
import MiniSearch from 'minisearch';
import type { Article, Sentence } from './article.js';
import { LEANS_BACK } from './lexicon.js';
import { pointsAtMedia } from './media.js';
import { quotedSentences } from './quoted-sentences.js';
import { allowedEdits, editDistance } from './fuzzy.js';
import { questionTerms, terms, tokenize, toTerm } from './terms.js';

export interface SearchIndex {
  /** Answering sentences in reading order; empty when the article does not cover the question. */
  answer(question: string): Sentence[];
}

/** Share of the question's weight a sentence must cover to count as an answer. */
const MIN_COVERAGE = 0.55;
/** Misspellings remembered at most (a few KiB); the map starts over when full. */
const MAX_CORRECTIONS = 5000;
/** A second sentence is added when it scores at least this share of the best. */
const SECOND_ANSWER = 0.8;

type QuestionKind = 'count' | 'time' | 'reason' | 'person' | 'place' | 'other';

function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  if (/\bhow (?:many|much|long|big|large|far|old)\b|\bwhat (?:number|percentage|amount)\b/.test(q)) return 'count';
  if (/\bwhen\b|\bwhat (?:day|date|time|year)\b|\bhow soon\b/.test(q)) return 'time';
  if (/\bwhy\b|\bwhat (?:caused|is the reason|was the reason)\b|\bhow come\b/.test(q)) return 'reason';
  if (/\bwho\b|\bwhom\b/.test(q)) return 'person';
  if (/\bwhere\b/.test(q)) return 'place';
  return 'other';
}

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|quarter)\b/i;
const TIME = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|tonight|week|month|year|hours?|days?|since|until|ago|(?:19|20)\d\d)\b/i;
const REASON = /\b(?:because|due to|reason|caused? by|so that|in order to|after|since|as a result|blamed?|concern(?:ed)?|unable)\b/i;
const PLACE = /\b(?:in|at|into|near|from|across)\s+(?:the\s+)?\p{Lu}/u;
const PERSON = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** Small lift for a sentence of the kind the question asks for (a number for "how many"). */
function kindBonus(kind: QuestionKind, text: string): number {
  switch (kind) {
    case 'count':
      return NUMBER.test(text) ? 0.15 : 0;
    case 'time':
      return TIME.test(text) ? 0.12 : 0;
    case 'reason':
      return REASON.test(text) ? 0.1 : 0;
    case 'person':
      return PERSON.test(text) ? 0.05 : 0;
    case 'place':
      return PLACE.test(text) ? 0.05 : 0;
    default:
      return 0;
  }
}

/** What a sentence must hold to answer some kinds of question on its own. */
const NEEDS: Partial<Record<QuestionKind, RegExp>> = { count: NUMBER, time: TIME };

/** A searchable unit; every kind resolves to the sentences it holds, which are what is answered. */
interface Doc {
  id: string;
  text: string;
  speaker: string;
  /** Sentence ids, in reading order. */
  sentences: number[];
  /** BM25 scores differ with document length, so a long paragraph must not outrank its own sentence. */
  weight: number;
}

/** Weight of each kind of document in the ranking. */
const WEIGHT = { sentence: 1, quote: 0.9, paragraph: 0.8 } as const;

export function buildSearchIndex(article: Article): SearchIndex {
  const speakerOfSentence = sentenceSpeakers(article);
  const speakerLabel = (index: number | undefined) => {
    const speaker = index === undefined ? undefined : article.speakers[index];
    return speaker ? [speaker.name, ...speaker.aliases].join(' ') : '';
  };
  // Quote id → its sentence ids, in reading order (the map iterates by sentence id).
  const sentencesOfQuote = new Map<number, number[]>();
  for (const [sentence, quote] of quotedSentences(article)) sentencesOfQuote.set(quote, [...(sentencesOfQuote.get(quote) ?? []), sentence]);
  // Sentences, whole paragraphs (for answers that run over two sentences) and whole quotations.
  const docs: Doc[] = [
    ...article.sentences.map((s) => ({ id: `s${s.id}`, text: s.text, speaker: speakerOfSentence.get(s.id) ?? '', sentences: [s.id], weight: WEIGHT.sentence })),
    ...article.paragraphs
      .filter((p) => p.sentences.length > 1)
      .map((p) => ({
        id: `p${p.number}`,
        text: p.text,
        speaker: [...new Set(p.sentences.map((s) => speakerOfSentence.get(s.id) ?? ''))].join(' '),
        sentences: p.sentences.map((s) => s.id),
        weight: WEIGHT.paragraph,
      })),
    ...article.quotes.map((q) => ({
      id: `q${q.id}`,
      text: q.text,
      speaker: speakerLabel(q.speaker),
      sentences: sentencesOfQuote.get(q.id) ?? [],
      weight: WEIGHT.quote,
    })),
  ].filter((d) => d.sentences.length > 0);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<Doc>({
    fields: ['text', 'speaker'],
    tokenize,
    processTerm: (term) => toTerm(term),
    searchOptions: {
      boost: { speaker: 1.5 },
      // Questions arrive as index terms already (see `answer`), so search-time processing is identity.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
    },
  });
  index.addAll(docs);

  // Each sentence's terms, its speaker's names included: what an answer built from it covers.
  const sentenceTerms = article.sentences.map((s) => new Set([...terms(s.text), ...terms(speakerOfSentence.get(s.id) ?? '')]));
  // Document frequency per term over sentences, for the coverage weights.
  const df = new Map<string, number>();
  for (const ts of sentenceTerms) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const n = article.sentences.length;
  // A word the article never uses weighs as much as its rarest word: enough that "the weather in
  // Aleppo" is not answered by a sentence about Aleppo, not so much that one unknown verb ("lost")
  // sinks a question whose nouns all match.
  const idf = (term: string) => Math.log(1 + n / (df.get(term) ?? 1));
  const vocabulary = [...df.keys()];

  /**
   * A misspelt question word becomes the article's nearest word ("traped" → "trap"), if one is near.
   * Remembered per word (bounded): the scan over the vocabulary is the costliest step of an answer.
   */
  const corrections = new Map<string, string>();
  const correct = (term: string): string => {
    if (df.has(term) || /^\d/.test(term)) return term;
    const known = corrections.get(term);
    if (known !== undefined) return known;
    if (corrections.size >= MAX_CORRECTIONS) corrections.clear();
    const corrected = nearest(term);
    corrections.set(term, corrected);
    return corrected;
  };
  const nearest = (term: string): string => {
    const edits = allowedEdits(term.length);
    let best = term;
    let bestDistance = edits + 1;
    for (const v of vocabulary) {
      const d = editDistance(term, v, edits);
      if (d < bestDistance || (d === bestDistance && best !== term && (df.get(v) ?? 0) > (df.get(best) ?? 0))) {
        best = v;
        bestDistance = d;
      }
    }
    return best;
  };

  /**
   * The sentences of a hit that answer: its best sentence, and a second one of the same document
   * only when the first alone falls short and the two together cover the question. Coverage is what the chosen sentences
   * themselves cover, so a paragraph never answers with words spread over sentences it leaves out.
   */
  const pick = (doc: Doc, asked: readonly string[], total: number, kind: QuestionKind) => {
    const usable = doc.sentences.filter((id) => !pointsAtMedia(article.sentences[id]!.text));
    const weightOf = (ids: readonly number[]) =>
      asked.filter((t) => ids.some((id) => sentenceTerms[id]!.has(t))).reduce((sum, t) => sum + idf(t), 0) / total;
    const ranked = usable.map((id) => ({ id, covered: weightOf([id]) })).sort((a, b) => b.covered - a.covered || a.id - b.id);
    const first = ranked[0];
    if (!first) return undefined;
    // "How many…" answered without a number, or "when…" without a time, falls short too.
    const hasWhatIsAsked = (id: number) => !NEEDS[kind] || NEEDS[kind]!.test(article.sentences[id]!.text);
    if (first.covered >= MIN_COVERAGE && hasWhatIsAsked(first.id)) return { ids: [first.id], covered: first.covered };
    let best = { ids: [first.id], covered: first.covered };
    for (const other of ranked.slice(1)) {
      const both = weightOf([first.id, other.id]);
      if (both > best.covered + 1e-9 || (both >= best.covered - 1e-9 && best.ids.length === 1 && !hasWhatIsAsked(first.id) && hasWhatIsAsked(other.id))) {
        best = { ids: [first.id, other.id].sort((a, b) => a - b), covered: both };
      }
    }
    return best;
  };

  return {
    answer(question: string): Sentence[] {
      const asked = [...new Set(questionTerms(question).map(correct))];
      if (asked.length === 0) return [];
      const total = asked.reduce((sum, t) => sum + idf(t), 0);
      const kind = questionKind(question);
      // "Who is X?" wants the sentence that introduces X, not X's own words.
      const fields = kind === 'person' ? ['text'] : ['text', 'speaker'];
      const results = index.search(asked.join(' '), { combineWith: 'OR', fields });
      const top = Math.max(0, ...results.slice(0, 40).map((r) => r.score * byId.get(r.id as string)!.weight));
      if (!top) return [];
      const seen = new Set<string>();
      const ranked = results
        .slice(0, 40)
        .flatMap((r) => {
          const doc = byId.get(r.id as string)!;
          const picked = pick(doc, asked, total, kind);
          if (!picked || picked.covered < MIN_COVERAGE) return [];
          const key = picked.ids.join(',');
          if (seen.has(key)) return [];
          seen.add(key);
          const text = picked.ids.map((id) => article.sentences[id]!.text).join(' ');
          return [{ ids: picked.ids, score: ((r.score * doc.weight) / top) * 0.6 + picked.covered * 0.4 + kindBonus(kind, text) }];
        })
        .sort((a, b) => b.score - a.score || a.ids[0]! - b.ids[0]!);
      const best = ranked[0];
      if (!best) return [];
      const chosen = new Set(best.ids);
      const second = ranked.slice(1).find((r) => r.ids.every((id) => !chosen.has(id)));
      if (second && second.score >= best.score * SECOND_ANSWER && best.ids.length === 1 && second.ids.length === 1) chosen.add(second.ids[0]!);
      return withContext(article, [...chosen].map((id) => article.sentences[id]!));
    },
  };
}

/** Adds the sentence before any chosen one that leans on it, then puts all in reading order. */
function withContext(article: Article, chosen: Sentence[]): Sentence[] {
  const ids = new Set(chosen.map((s) => s.id));
  for (const s of chosen) {
    const prev = article.sentences[s.id - 1];
    if (prev && prev.paragraph === s.paragraph && LEANS_BACK.test(s.text)) ids.add(prev.id);
  }
  return [...ids].sort((a, b) => a - b).map((id) => article.sentences[id]!);
}

/** Speaker names and aliases for each sentence that lies inside a quote. */
function sentenceSpeakers(article: Article): Map<number, string> {
  const out = new Map<number, string>();
  for (const [sentence, quoteId] of quotedSentences(article)) {
    const speaker = article.quotes[quoteId]!.speaker;
    if (speaker === undefined) continue;
    const { name, aliases } = article.speakers[speaker]!;
    out.set(sentence, [name, ...aliases].join(' '));
  }
  return out;
}
