/**
 * The engine's one entry point: build once from an `Article`, then answer from memory.
 * Pure TypeScript; no platform library, no process globals.
 */
import { initialsOf, initialsOfName, spellOutInitials, type Initials } from './initials.js';
import type { Article, ArticleImage, Quote, Sentence, Speaker } from './article.js';
import { summarize, type SummaryLength, type SummaryResult } from './summary.js';
import { buildSearchIndex, type SearchIndex, type SearchResult } from './search.js';
import type { RelatedWords } from './lexicon-table.js';
import { WHAT_DID, speakerFinder, type SpeakerMatch } from './speaker-match.js';
import { suggestQuestions } from './suggestions.js';
import { toTerm } from './terms.js';
import { lazy, memo } from './memo.js';
import { quotedSentences } from './quoted-sentences.js';
import { imagesAskedAbout } from './images.js';
import { ageAskedOfHolder, roleHolder } from './role-holder.js';
import { speakerByDeed } from './speaker-by-deed.js';
import { speakerByResult } from './speaker-by-result.js';
import { relativeByFamilyName, speakerByKin } from './speaker-by-kin.js';
import { speakerByAge } from './speaker-by-age.js';
import { speakerByClause } from './speaker-by-clause.js';
import { ageStated, deathStated } from './stated-facts.js';
import { readQuestion, writtenOut } from './chat-spelling.js';

export type { SummaryLength, SummaryResult } from './summary.js';
export type { SpeakerMatch } from './speaker-match.js';

export type { Confidence } from './search.js';

/**
 * What the article says to a question. `high`: `sentences` answer it. `low`: the article does not
 * answer it directly, but `passages` are the closest it comes. `none`: nothing in it is related.
 */
export type Answer = Omit<SearchResult, 'evidence'>;

export interface EngineOptions {
  /** Words that can stand for each other (derived from WordNet at build time); exact words only when absent. */
  related?: RelatedWords;
}

export interface EngineStats {
  paragraphs: number;
  sentences: number;
  quotes: number;
  speakers: number;
}

export interface ArticleEngine {
  readonly article: Article;
  /** Extractive summary (or the editor's summary, when the article has one). */
  summary(length: SummaryLength): SummaryResult;
  /** Speakers matching a name, surname, role or a misspelling of one; best first, empty when none. */
  findSpeakers(query: string): SpeakerMatch[];
  /** Quotes by one speaker (index into `article.speakers`), or every quote when omitted. */
  quotes(speaker?: number): Quote[];
  answer(question: string): Answer;
  /** The pictures (caption and credit) a question asks about ("who took the photo?"); empty for other questions. */
  images(question: string): ArticleImage[];
  /**
   * The speaker of a sentence that is wholly someone's words (inside an attributed quotation, with
   * no narration such as "asked Mary Lee" in it); undefined otherwise.
   */
  speakerOf(sentence: Sentence): Speaker | undefined;
  /** Speakers for autocomplete: those matching `prefix` (all when empty), at most `limit`. */
  suggestSpeakers(prefix: string, limit?: number): Speaker[];
  /** Questions the article can answer, for autocomplete and help. */
  suggestQuestions(prefix: string, limit?: number): string[];
  stats(): EngineStats;
  /** Builds what is otherwise built on first use (the search index, suggestions). */
  warm(): void;
}

/**
 * A question as the search is given it: chat spellings written out ("whats", "ppl"), and initials
 * only the article spells out read as its names. The fit scripts (tests/eval/fit-*.ts) read their
 * questions through it too: a model fitted on questions as typed learns from words ("whats" as a
 * word to cover) the search never sees.
 */
export const questionAsSearched = (question: string, initials: Initials, related?: RelatedWords): string =>
  spellOutInitials(readQuestion(question), initials, related?.spelledOut);

/**
 * Builds the engine. The search index and the suggested questions are built on first use: a
 * one-shot `summary` never needs them, and the first question pays ~10 ms once. Call `warm()` to
 * build them up front (a long-running bot does, so no reader waits).
 */
export function createEngine(article: Article, options: EngineOptions = {}): ArticleEngine {
  const index = lazy<SearchIndex>(() => buildSearchIndex(article, options.related));
  const questions = lazy(() => suggestQuestions(article, (q) => index().answer(q).confidence === 'high'));
  // (A word the related-words table knows is English, never a name misspelt by its sound.)
  const related = options.related;
  const findSpeakers = speakerFinder(article.speakers, related ? (word) => related.related(toTerm(word) ?? word) !== undefined : undefined);
  const quoted = quotedSentences(article);
  const speakersFor = memo(2000, (query) => findSpeakers(query));
  const initials = lazy(() => initialsOf(article));
  // "the govt", "the uni": chat shorthand, written out first (else "govt" may pass for a
  // misspelt name), and as asked when that finds no one (a speaker may go by "Min").
  // "What did the PM say", "the EA": initials nobody in the article goes by, read as what they stand for.
  const speakersNamed = (query: string) => {
    const asked = query.trim();
    // ("Callum's father": not Callum, whom the words find, but the relative who shares his name.)
    const relative = relativeByFamilyName(article, asked);
    if (relative.length) return relative;
    const written = writtenOut(asked);
    const byWords = written === asked ? [] : speakersFor(written.toLowerCase());
    if (byWords.length) return byWords;
    const found = speakersFor(asked.toLowerCase());
    // ("The board member who voted no": the clause chooses among the board members; it never
    // rules out whom the words found.)
    // ("The winning coach": the words find both coaches; the story's result chooses.)
    if (found.length) {
      const bySide = speakerByResult(article, found, asked);
      if (bySide.length) return bySide;
      const chosen = byClause(asked);
      return chosen?.length ? chosen : found;
    }
    const spelled = spellOutInitials(asked, initials(), options.related?.spelledOut);
    const bySpelling = spelled === asked ? found : speakersFor(spelled.toLowerCase());
    if (bySpelling.length) return bySpelling;
    // ("What did Health and Safety Executive say" of "HSE inspector Lewis Drummond": a name the
    // article both spells out and shortens to its initials, asked for in full.)
    const short = initialsOfName(asked, initials());
    const byInitials = short === undefined ? [] : speakersFor(short);
    if (byInitials.length) return byInitials;
    // ("The 19-year-old", "the rescuer": nobody goes by it, but one speaker is given that age,
    // or is named as the one who rescued.)
    return described(asked);
  };
  const described = memo(2000, (query) => {
    const byAge = speakerByAge(article, query);
    if (byAge.length) return byAge;
    const byDeed = related ? speakerByDeed(article, related, query) : [];
    if (byDeed.length) return byDeed;
    const byKin = speakerByKin(article, query);
    if (byKin.length) return byKin;
    const chosen = byClause(query);
    // (Last, by what a reader's other word for the role does: "the critic" of "who has reviewed restaurants".)
    return chosen?.length ? chosen : related ? speakerByDeed(article, related, query, true) : [];
  });
  const byClause = memo(2000, (query) => speakerByClause(article, speakersFor, query));
  // Same question, same answer: people ask the same few things, and the article does not change.
  // (Without the search's evidence: its closures hold the search's whole working state, about
  // 18 KB an answer, which the memo would keep for 2,000 answers. Only the fit scripts read it,
  // from the index itself.)
  const answer = memo(2000, (question): Answer => {
    const held = roleHolder(article, findSpeakers, question);
    // ("how old is the CEO" asked by the CEO's name, when that finds the age: else as asked.)
    const byName = held ? undefined : ageAskedOfHolder(article, findSpeakers, question);
    const named = byName === undefined ? undefined : index().answer(byName);
    const { confidence, sentences, passages } = held ? { confidence: 'high' as const, sentences: held, passages: [] } : named?.confidence === 'high' ? named : index().answer(question);
    // ("how old is Fensome", "when did she die": the closest passage gives the age beside the
    // name, or the date beside "died"; see `ageStated`, `deathStated`.)
    const stated = confidence === 'low' && passages[0] !== undefined && (ageStated(question, passages[0]) || deathStated(question, passages[0]));
    const found: Answer = stated ? { confidence: 'high', sentences: passages[0]!, passages: [] } : { confidence, sentences, passages };
    // "What did Volta say about the rules", of a body the article never quotes: a sentence that
    // only names it is close at best, never its words.
    const whose = found.confidence === 'high' ? WHAT_DID.exec(question.trim().replace(/[?!.]+$/, ''))?.[1] : undefined;
    if (whose === undefined || speakersNamed(whose).length > 0) return found;
    return { ...found, confidence: 'low', sentences: [], passages: [found.sentences] };
  });
  // The article never changes while it is served: each summary length is worked out once, on first use.
  const summaries = new Map<SummaryLength, SummaryResult>();
  return {
    article,
    summary(length) {
      let result = summaries.get(length);
      if (!result) summaries.set(length, (result = summarize(article, length)));
      return result;
    },
    findSpeakers: speakersNamed,
    quotes: (speaker) =>
      speaker === undefined ? article.quotes : article.quotes.filter((q) => q.speaker === speaker),
    answer: (question) => answer(questionAsSearched(question, initials(), related)),
    images: (question) => imagesAskedAbout(article, question),
    speakerOf(sentence) {
      const index = quoted.get(sentence.id);
      const quote = index === undefined ? undefined : article.quotes[index];
      if (quote?.speaker === undefined) return undefined;
      const words = sentence.text.replace(/[“”"]/g, '').replace(/[\s,;:]+$/, '').trim();
      return quote.text.includes(words) ? article.speakers[quote.speaker] : undefined;
    },
    suggestSpeakers(prefix, limit = 25) {
      const all = article.speakers;
      if (!prefix.trim()) return all.slice(0, limit);
      return findSpeakers(prefix, { prefix: true })
        .slice(0, limit)
        .map((m) => all[m.speaker]!);
    },
    suggestQuestions(prefix, limit = 25) {
      const p = prefix.trim().toLowerCase();
      const hits = p ? questions().filter((q) => q.toLowerCase().includes(p)) : questions();
      return hits.slice(0, limit);
    },
    warm() {
      questions();
    },
    stats: () => ({
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
      quotes: article.quotes.length,
      speakers: article.speakers.length,
    }),
  };
}
