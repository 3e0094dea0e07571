/**
 * Questions → the sentences that answer them, and how sure the engine is.
 *
 * 1. The question's words become index terms; a misspelt word is corrected against the article's
 *    own vocabulary, an irregular form is lemmatised ("paid" → "pay"), and each term is matched to
 *    the article's words that can stand for it (the related-words table, from WordNet: "jailed"
 *    meets "imprisoned", "quit" meets "resigned", "decision" meets "decided"), each with a weight.
 * 2. MiniSearch finds the sentences that hold any of those words (BM25; a quoted sentence also
 *    carries its speaker's names, so "why did Egeland blame…" reaches his words).
 * 3. Each sentence, alone or with its neighbour in the same paragraph, is scored by how much of
 *    the question it covers, weighted by how rare each word is in the article, and by whether it
 *    holds what the question asks for (a date for "when", an amount for "how much", a cause for
 *    "why", a name the question does not already give for "who").
 * 4. High coverage of the right type is an answer; partial coverage gives the closest passages,
 *    said to be such; nothing related is "the article does not say".
 */
import MiniSearch from 'minisearch';
import type { Article, Sentence } from './article.js';
import { LEANS_BACK } from './lexicon.js';
import { countsPeople, findNames } from './names.js';
import { namesByText, readWithNext } from './sentence-names.js';
import { lazy, memo } from './memo.js';
import { pointsAtMedia } from './media.js';
import { quotedSentences } from './quoted-sentences.js';
import { readsAsTitle } from './sentences.js';
import { escapeRegExp } from './regexp.js';
import { allowedEdits, editDistance } from './fuzzy.js';
import { ANSWER_LINE, QUESTION_LINE } from './interview.js';
import { kindsOfHead, orgAccepts } from './organisations.js';
import { measuredNouns, ordinalsInWords, phrasalTerms, questionTerms, STOP_WORDS, tokenize, tokensAt, toTerm } from './terms.js';
import { NO_RELATED_WORDS, PARAPHRASE_WEIGHT, type RelatedWords } from './lexicon-table.js';
import { isSure, type AnswerSignals } from './confidence.js';
import { rankScore, type PassageFeatures } from './ranking.js';
import { expectedTypes, NOT_GIVEN, STATES_CAUSE, typeLocator, typeWords, type AnswerType } from './answer-types.js';

export type Confidence = 'high' | 'low' | 'none';

export interface SearchResult {
  /** `high`: `sentences` answer the question. `low`: only related passages. `none`: nothing related. */
  confidence: Confidence;
  /** The answering sentences in reading order (confidence `high`); empty otherwise. */
  sentences: Sentence[];
  /** The closest passages, best first, each in reading order (confidence `low`); empty otherwise. */
  passages: Sentence[][];
  /** Why: the best unit's coverage of the question (0..1), and its lead over the next unrelated one. */
  evidence?: {
    coverage: number;
    margin: number;
    typed: boolean;
    terms: number;
    /** What the confidence model weighed (only for a passage that may answer at all), and what a sure answer would show (to fit the model). */
    signals?: AnswerSignals;
    shows: () => Sentence[];
    /** Every passage weighed, with what the ranking model weighed of it (to fit the model). */
    weighed: () => Array<{ sentences: Sentence[]; features: PassageFeatures }>;
  };
}

export interface SearchIndex {
  answer(question: string): SearchResult;
}

/** Share of the question's weight an answer must cover to be given with confidence. */
const HIGH = 0.68;
/**
 * The same for a question that asks for no kind of thing ("what does the union think", "how did
 * they get caught"): no typed answer backs the words up, so more of them must be there. Measured
 * on the fresh set (0.68 → 0.75): 52 fewer confident wrong answers for 45 fewer confident right,
 * 21 more right passages shown (as closest passages), 11 more unanswerable questions declined.
 */
const HIGH_UNTYPED = 0.75;
/**
 * What a synonym or a broader word counts for, against the word itself: the table's weights
 * (0.6–0.8) rank relatives among themselves, and none of them is as sure as the reader's own
 * word. Measured: at full weight, a sentence that shares only relatives of the question's words
 * was as often given with confidence as one that shares the words, and was wrong far more often.
 */
const RELATED_WEIGHT = 0.7;
/**
 * A phrasal verb's own words, met on their own, count for less than the phrase: "where did she
 * PASS AWAY" is not answered by "when she PASSED the bar", nor "how many houses BURNED DOWN" by
 * any fire that burned. Their relatives keep their (lower) weight: "hand over" still finds "give
 * it to a courier". Measured on the fresh set against full weight: 8 more right passages shown,
 * 3 fewer confident wrong answers, 3 fewer confident right (0.65: 8 more shown, 9 fewer wrong,
 * 10 fewer right; scaling the relatives too cost "hand over" → "give").
 */
const PHRASE_WORD_WEIGHT = 0.75;
/** A derivation ("injured" → "injuries", "decide" → "decision") is the word itself in another part of speech: it keeps its weight. */
const DERIVED = 0.9;
/** A synonym's weight in the table (a broader word or a looser relative weighs less). */
const SYNONYM = 0.8;
/**
 * Share below which a passage is not even related, so not one of the closest passages. Never a
 * sure answer, so lower only shows more: "how long until the debt gets wiped" shares little with
 * "with any balance written off after 40 years", and a hedge showing it beats a flat "does not
 * say". Measured on the fresh set (0.3 → 0.2): 49 more right passages shown, 80 more of 4,445
 * unanswerable questions get passages (4,317 do), no confident answer changed. (0.15: 5 more.
 * A lower share for a passage holding the kind asked, 0.2 until now, at 0.15 showed 3 fewer.)
 */
const LOW = 0.2;
/**
 * …but a passage that holds only the headline's words is about the story, not the question:
 * "what is the weather in Aleppo" is declined by an article on Aleppo's fighting. (At 0.2 too:
 * 10 more right passages shown, and 35 more unanswerable questions got passages.)
 */
const HEADLINE_LOW = 0.3;
/**
 * What a headline word counts for in a sentence that does not say it: the story is about it
 * throughout ("the likely cause was rot in two beams" is about the collapse the headline names).
 * For ranking only, never towards coverage. Measured: 0.3–0.7 all raise the passages shown and
 * lower confident wrong answers (a rival about the story too leads by less); counted towards
 * coverage as well, they raised confident right and wrong answers alike.
 */
const TOPIC = 0.5;
/**
 * What a question word counts for, for ranking only, in a sentence that does not say it when a
 * sentence before it in the paragraph does: "… approved a frequent-commuter discount … Cash
 * customers and commercial vehicles are not eligible." is about the discount. Measured on the
 * fresh set: 22 more right passages shown, 10 fewer confident wrong answers, 3 fewer confident
 * right (0.7: 32 fewer confident right).
 */
const PARAGRAPH_TOPIC = 0.5;
/** Sentences back that count for that. */
const PARAGRAPH_REACH = 3;
/**
 * The same from the sentence right after, at a little over half that: "Cash customers are not
 * eligible. The discount begins July 1." (Measured at full weight: 11 more right passages shown
 * than this, for 8 fewer confident right answers.)
 */
const PARAGRAPH_NEXT = 0.6;
/**
 * …and for a paragraph's first sentence, from the last of the paragraph before, at the same
 * share: a paragraph often opens on what the one before set up ("The council approved a
 * discount for commuters. ¶ Cash customers will not get it."). Measured on the fresh set: 17
 * more right passages shown, 4 fewer confident wrong, 1 fewer confident right (at full weight,
 * 8 fewer confident right).
 */
const PARAGRAPH_BEFORE = 0.6;
/** A passage related only through word vectors must cover more of the question to be shown. */
const LOW_BY_VECTORS = 0.4;
/** A word of letters joined by hyphens: "cease-fire", not "48-hour". */
const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;
/** Sentences, best by BM25 first, that are scored in full (with their neighbours). */
const CANDIDATES = 20;
/** Further sentences holding the kind of thing asked, scored beyond the first CANDIDATES. */
const TYPED_CANDIDATES = 10;
/** Verbs that make a "who" question ask for a speaker. */
const SAYING = /\b(?:said|say|says|told|tell|asked|warned|wrote|claimed|stated|announced|added|called|urged|insisted|described)\b/i;
/** Closest passages shown when unsure. */
const PASSAGES = 3;
/** Kinds of thing specific enough that the few sentences giving one are close to a question asking for it. */
const RARE_KINDS: ReadonlySet<AnswerType> = new Set(['age', 'clock', 'money', 'measure', 'length', 'percent', 'duration', 'frequency', 'score', 'speed', 'temperature', 'weight']);
/** How few: at most this many sentences (measured on the fresh set: 3 → 16 more right passages shown, 6 → 30, 8 → 36, each losing a few that ranked lower). */
const RARELY = 6;
/** …asked by a question whose words the article mostly knows (by weight). */
const KNOWN_SHARE = 0.5;
/** Sentences a closest passage may grow to when the next unit goes on from it. */
const JOINED_PASSAGE = 4;
/** Misspellings (and words' vector neighbours) remembered at most; each map starts over when full. */
const MAX_CORRECTIONS = 1000;
/** Lift for the paragraph under an explainer's heading when the question asks the heading's question. */
const HEADING_BONUS = 0.3;
/** Share of the heading's words the question must have for that. */
const HEADING_SHARE = 0.5;
/** What a passage under an explainer's heading that asks the same kind of thing gains. */
const HEADING_KIND_BONUS = 0.1;
/** A second, separate answer is added when it scores at least this share of the best. */
const SECOND_ANSWER = 0.85;
/**
 * Words up to which a sure answer of one sentence is shorter than a news sentence usually is, and
 * comes with the next sentence of its paragraph. Measured on the fresh set: 18 more right
 * sentences shown, 16 more confident right answers and as many fewer wrong, nothing lost (at 12
 * words: 10; with every answer: 36, at the cost of long answers where one long sentence says it).
 * It lengthens 601 of the 7,526 sure answers there: most of the added sentences are context the
 * evaluation does not ask for, as a closest passage's next sentence is.
 * Only when the next sentence shares a word with the answer or the question: 11, as the sentence
 * that says what the short one amounts to seldom repeats its words ("Earlier, the council voted
 * to add a community benefits agreement. It requires that 30% of construction work hours …").
 */
const SHORT_ANSWER = 20;
/** What reading two sentences as one passage costs. */
const PAIR_COST = 0.04;
/** A confident answer must lead the next unrelated passage by this much: a tie is a guess. */
const MARGIN = 0.1;
/** How far two answers given together must lead the next passage. */
const PAIR_LEAD = 0.2;
/** What holding only a second kind of answer costs ("how long" answered by a date, not a duration). */
const SECONDARY_TYPE = 0.05;
/** News puts the main facts first: a small lift for the opening paragraphs. */
const LEAD_BONUS = 0.03;
/** "How many farms…" answered by "11,500 farms": a number right before the asked noun. */
const COUNTED_BONUS = 0.15;
/** For "what is it called": a name right after a naming verb ("nicknamed Pebble", "named Muusoctopus lumenae"). */
const NAMED_BONUS = 0.15;
/**
 * For "who did it": a name right after a passive verb's "by" ("funded by the Granger Foundation",
 * "led by Dr Mara Tan"), which says who did what the sentence tells, counted as near the question's
 * words however long the sentence. Measured on the fresh set: 17 more right passages shown, 13
 * more confident right answers, 3 fewer confident wrong (0.15 the same; 0.2 less; any word before
 * "by", not only a participle, 2 more confident wrong and 1 fewer right on the main set).
 */
const AGENT_BONUS = 0.1;
/** Text that ends on a passive verb's "by" and up to four words of the name's own ("supplied by Pittsburgh-based"). */
const BY_AGENT = /\b(?:\p{Ll}{3,}(?:ed|en|wn|ne|lt|pt|ught)|run|made|set|put|held|led|kept|paid|sold|won|hit|cut|shut|hired|met)\s+(?:\p{Ll}+ly\s+)?by\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,4}$/u;
const NAMED_AS = /\b(?:named|nicknamed|called|dubbed|christened|known\s+as|renamed|titled|entitled|branded)\s+(?:the\s+)?$/i;
/** The naming verbs as index terms, looked up for a question asking a name ("called", "known" are too common). */
const NAMING_TERMS = ['named', 'nicknamed', 'dubbed', 'christened', 'renamed', 'titled', 'entitled'].map((w) => toTerm(w)!);
/** Cosine above which two words' vectors make them related, and the most such a match weighs. */
/**
 * For "why…", a passage that states a cause outright (see STATES_CAUSE) ranks a little above one
 * that only may. Measured on the fresh set: 2 more confident right answers, 2 fewer confident wrong.
 */
const STATED_CAUSE_BONUS = 0.1;
/** A speaker's age as readers ask for it: "78-year-old". */
const AGE_ALIAS = /^\d{1,3}-year-old$/;
/** Words in a headline that say it heads a live page. */
const LIVE_PAGE = /\blive(?:\s+(?:updates?|blog|coverage))?\b(?=\s*(?:[:–—-]|$))|\bas it happened\b/gi;
/** A date said only roughly, relative to the story's day: "next month", "later this year", "in the coming weeks". */
const ROUGH_DATE = /^(?:(?:last|next|this|early|late|mid|in the|by the|until the)\s+(?:week|weekend|month|year|quarter|spring|summer|autumn|fall|winter|season)|earlier this|later this|(?:the )?end of|(?:in|within|over) the (?:coming|next))\b/i;
const ROUGH_DATE_COST = 0.08;
/**
 * Predicates that say only that something was touched by the event: "affected", "impacted"; and
 * how often a thing is so ("how many do they USUALLY sell": "typically", "in a normal July"); and
 * "think", which asks for an opinion in whatever words it was given ("what did the referee THINK
 * of the pitch" → "had described the pitch as very good").
 */
const LIGHT_TERMS: ReadonlySet<string> = new Set(['affected', 'impacted', 'involved', 'usually', 'typically', 'think'].map((w) => toTerm(w)!));
const LIGHT_WEIGHT = 0.5;
const SIMILAR = 0.7;
const SIMILAR_WEIGHT = 0.65;
/**
 * The cosine at which words count as used alike when looking for the closest passages to a
 * question the engine is not sure of. Measured, as a single threshold of 0.62 for everything: 53
 * more right passages shown on the fresh set, but 19 fewer confident right answers, as the looser
 * neighbours reweighed the question; so the first pass keeps SIMILAR, and a second pass at this
 * cosine, for questions the first found only related passages for, adds its passages after each
 * of the first's: 66 more right passages shown on the fresh set (0.54: 81, 0.62: 37), 3 on the
 * main set, nothing confident changed. Its passages first showed more (101) but put a worse one
 * first; letting it answer questions nothing related to ("what is the capital of France") showed
 * passages where the honest reply is that the article does not say.
 */
const SIMILAR_SHOWN = 0.58;

/** What a second-pass passage's score gives up against the first pass's, ranked together (see `answer`). */
const WIDE_PASSAGE_COST = 0.05;
/** Counting words as index terms ("two" farms, "dozens of" people). */
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen several'.split(' ').map((w) => toTerm(w)!),
);
/** A sentence's opening adverbial ("On Sunday 23 March,", "In Durham,", "At 2:47 a.m.,"), to its comma. */
const FRONTED = /^(?:On|In|At|By|Since|Until|Before|After|During|Early|Late|Last|Shortly after|Just after|Just before)\s+(?:[^,;:.!?“”"‘’]|(?<=\d)\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.|(?<=\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec))\.){1,40},/;
/** Kinds of thing such an opening phrase gives. */
const SETTING: ReadonlySet<AnswerType> = new Set(['date', 'time', 'clock', 'place']);
/**
 * Words of a question that say only what kind of answer it wants ("how much MONEY", "what
 * PROPORTION"): held by a passage that gives one near the question's other words. Measured on the
 * fresh set, for money and shares: 49 more confident right answers, 4 more wrong. (For every type
 * word, "name", "called" and "total" among them: 36 more right, 47 more wrong.) "How far AWAY",
 * "how big" (read as SIZE): 23 more right, 1 more wrong. "What SHARE of" (see `kindOnly`): 10
 * more right, none wrong.
 */
const KIND_ONLY: ReadonlySet<string> = new Set(['money', 'amount', 'sum', 'percentage', 'percent', 'proportion', 'size', 'away'].map((w) => toTerm(w)!));
const SHARE_TERM = toTerm('share')!;
const WHAT_SHARE = /\bwhat share\b/i;
/** A question asking about something not done, or not so. */
const NEGATED_QUESTION = /\b(?:not|never)\b|n['’]t\b/i;
/** A question opening with a verb: it asks for a yes or a no. */
const ASKS_YES_OR_NO = /^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might|must)(?:n['’]t)?\b/i;
/** A passage saying something was not done, or not so. */
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|unable|fail\w*|refus\w*|declin\w*|lack\w*|miss(?:ed|es|ing)?|absent|instead|rather than|un[a-z]{3,}(?:ed|able|id))\b|n['’]t\b/i;
/** Two or more capitalised words in a row, with the small words names hold ("Bank of England"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’.&-]*(?:,?\s+(?:(?:of|the|de|du|la|and|for|on|upon|&)\s+)*\p{Lu}[\p{L}\p{N}'’.&-]*)+/gu;
/** Kinds of answer that a name between it and the question's words does not hold apart from them. */
const WHEN_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'time', 'clock']);
/** What a name counts for between an answer and the question's words, in characters. */
const NAME_LENGTH = 8;
/** Characters between a typed answer and a question word for the two to count as near. */
const NEAR = 60;
/**
 * "Has been suspended from the ruling group and removed from the cabinet after an investigation
 * found …": a cause stated outright ("because", "blaming", "after an …") answers the verb it
 * follows within its clause, however long the verb's own phrase (up to CAUSE_REACH characters on).
 * Not across a relative clause (", who asked not to be named because …" is why someone is not
 * named) nor a clause's end. Measured on the fresh set: 7 more confident right answers, 1 more
 * wrong. (Any cause word "after", "since", "lower" so: 17 more right, 6 more wrong; a plain
 * reach of 80 or 100 characters for every cause was tried before and dropped.)
 */
const FAR_CAUSE = new RegExp(`^(?:${STATES_CAUSE.source.slice(2, -2)}|(?:after|following) (?:an?|the|his|her|their|its)\\b)`, 'i');
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\b/i;
const CAUSE_REACH = 160;
/** Does a cause stated outright at `cause` follow the word at `from` in `text`, in the same clause? */
const causeFollows = (text: string, from: number, cause: number): boolean => {
  if (cause <= from || cause - from > CAUSE_REACH || !FAR_CAUSE.test(text.slice(cause))) return false;
  const between = text.slice(from, cause);
  return !CLAUSE_END.test(between) && !RELATIVE_CLAUSE.test(between);
};
/** Lift for a unit whose typed answer stands near the question's words. */
const NEAR_BONUS = 0.05;
/**
 * What ranking a passage that is wholly a quotation costs it. Measured on four sets: at 0.05, the
 * fresh set showed 15 more right passages (3092 → 3107), 7 more confident right and 5 fewer
 * confident wrong; the main set 2 more right passages; rounds 36 and 37, 3 more right passages
 * and one more confident wrong. 0.03, 0.07 and 0.1 gained less or cost more.
 */
const QUOTED_WORDS = 0.05;
/**
 * A reader's word for anyone at all ("how many PEOPLE died?") stands for the article's kinds of
 * person ("Three soldiers were killed"), as a synonym does. (The related-words table keeps a
 * hypernym one way, child to parent, so that "people" does not find every kind of person through it.)
 */
const PEOPLE = new Set(['peopl', 'person', 'individu']);
const PEOPLE_WEIGHT = 0.6 * RELATED_WEIGHT;
/** How much a speaker's name on a quoted sentence counts towards covering the question. */
const SPEAKER_WEIGHT = 0.8;

const NOTHING: SearchResult = { confidence: 'none', sentences: [], passages: [] };

interface Unit {
  ids: number[];
  coverage: number;
  /** Coverage, counting the words that name the kind of answer as covered when the unit holds one. */
  relaxed: number;
  /** Shares a word with the question (itself or a derivation), not only looser relatives. */
  anchored: boolean;
  /** Shares a word or a synonym with the question (not only a word used alike). */
  linked: boolean;
  /** Anchored, or holds a word used like one of the question's (word vectors): related enough to show. */
  related: boolean;
  typed: boolean;
  /** Question words the unit covers not at all. */
  missing: number;
  /** Holds a question word the headline does not: about more than the story's subject. */
  beyondHeadline: boolean;
  /** Two sentences read together only because the second holds what was asked: close, never sure. */
  loose?: boolean;
  /** What the ranking model weighed (see ranking.ts). */
  features: PassageFeatures;
  /** Holds the first kind of answer asked ("how long": a duration, not only a date). */
  primary: boolean;
  score: number;
}

export function buildSearchIndex(article: Article, related: RelatedWords = NO_RELATED_WORDS): SearchIndex {
  const sentences = article.sentences;
  const speakerOfSentence = sentenceSpeakers(article);
  /**
   * A token's terms: its own, and its lemma's when the stemmer parts the two ("died" → "di" and
   * "die", "paid" → "paid" and "pay"). The index and the coverage both count these.
   */
  const tokenTerms = (token: string): string[] => {
    const own = toTerm(token);
    if (!own) return [];
    const lemma = related.lemma(token.toLowerCase());
    const lemmaTerm = lemma ? toTerm(lemma) : null;
    // ("cease-fire", "co-founder", "line-up": also as readers write them closed, "ceasefire".)
    const closed = HYPHENATED.test(token) ? toTerm(token.replace(/-/g, '')) : null;
    return [own, ...(lemmaTerm && lemmaTerm !== own ? [lemmaTerm] : []), ...(closed && closed !== own ? [closed] : [])];
  };
  const termsOf = (text: string): string[] => tokenize(text).flatMap(tokenTerms);
  const phrasesOf = (text: string): string[] => phrasesIn(text, related).map((p) => p.term);
  const sentencePhrases = sentences.map((s) => phrasesOf(s.text));
  // ("Storm Hollis live: …", "LIVE UPDATES: …", "… – as it happened": the page's format, not what
  // the story is about; "how many people live in Harlan Springs" asks nothing of it.)
  const headlineTerms = new Set(termsOf(article.meta.title.replace(LIVE_PAGE, ' ')));
  const textTerms = sentences.map((s, i) => new Set([...termsOf(s.text), ...sentencePhrases[i]!]));
  // Each sentence's terms with where they stand, for "is the answer near the question's words?".
  // (With an irregular form's lemma too: "shares fell 23%" is near "drop" through "fall", "four
  // grandchildren" counts "grandkids" through "grandchild".)
  // `term` is the word as written; `forms`, that and its lemma's term.
  const termsAt: Array<Array<{ term: string; at: number; forms: readonly string[] }>> = sentences.map((s) =>
    tokensAt(s.text).flatMap(({ token, at }) => {
      const forms = tokenTerms(token);
      return forms.length ? [{ term: forms[0]!, at, forms }] : [];
    }),
  );
  /** Whether the word at a place in a sentence is one of `terms`, as written or by its lemma. */
  const isOneOf = (t: { forms: readonly string[] }, terms: ReadonlySet<string>): boolean => {
    for (const form of t.forms) if (terms.has(form)) return true;
    return false;
  };
  // In a Q&A, an answer is about what was asked: "A: The bus was $38,000." answers "Q: How much
  // did it cost?", so each sentence of an answer also carries the question's words (counted as a
  // speaker's name is, a little below its own words).
  const openings = paragraphOpenings(sentences);
  const askedBefore = interviewQuestions(sentences, openings);
  // The paragraph right under an explainer's heading answers it ("What are the side effects?" ¶
  // "The most common were nausea, …"): its sentences with the heading's own words, to lift them
  // for a reader who asks the heading's question.
  const headingTermsOf = new Map<number, Set<string>>();
  const termsOfHeading = new Map<number, Set<string>>();
  const headingKindOf = new Map<number, AnswerType>();
  for (const s of sentences) {
    const heading = openings.get(s.paragraph - 1);
    if (!heading || !isHeading(heading, sentences)) continue;
    let terms = termsOfHeading.get(heading.id);
    if (!terms) termsOfHeading.set(heading.id, (terms = new Set(tokenize(heading.text).flatMap((t) => toTerm(t) ?? []))));
    if (terms.size > 0) headingTermsOf.set(s.id, terms);
    // "How old do I have to be?" ¶ "Eighteen, up from 16 …": the kind of thing the heading asks.
    const kind = /\?\s*$/.test(heading.text) ? expectedTypes(heading.text)[0] : undefined;
    if (kind) headingKindOf.set(s.id, kind);
  }
  // A live update's time stamp opening each entry ("9:10 a.m. — …"), by paragraph.
  const stampOf = new Map([...openings].filter(([, first]) => TIME_STAMP.test(first.text)).map(([paragraph, first]) => [paragraph, first.id]));
  /** `ids` with the time stamp of any live-update entry they sit in. */
  const stampedIds = (ids: readonly number[]): number[] => [...new Set([...ids.flatMap((k) => stampOf.get(sentences[k]!.paragraph) ?? []), ...ids])];
  // The headline retells the lead: "Eleven injured as train derails after suspected landslip" is
  // what "Eleven people were hurt when a passenger train came off the tracks…" is about, so the
  // lead's sentences carry the headline's words too (as an interview answer carries its question's).
  // Measured: fresh set 5 more confident right answers, 3 fewer confident wrong, 2 fewer shown.
  const leadParagraph = sentences.find((s) => s.text.split(/\s+/).length >= 12)?.paragraph;
  /** What a sentence is said in the context of: its speaker, the question it answers. */
  // Each sentence's names, found once for the answer types, the pronouns and "who" (a bound on the
  // texts: the article's sentences and the pairs of them a question reads together).
  // (Read from the analysis when it holds them: see sentence-names.ts.)
  const known = article.names ? namesByText(sentences, article.names) : new Map<string, ReturnType<typeof findNames>>();
  const namesOf = memo(4 * sentences.length + 64, (text) => known.get(text) ?? findNames(text));
  const referentOf = pronounReferents(article, namesOf);
  /** The terms of the person a sentence's opening "He", "She", "His" or "Her" is, or the body its "The company" is (see `pronounReferents`). */
  const referentTerms = sentences.map((s) => (referentOf.has(s.id) ? termsOf(referentOf.get(s.id)!) : undefined));
  /** The same, for a sentence opening on a noun ("The farm’s owner"), not a pronoun. */
  const describedTerms = sentences.map((s, i) => (/^The\s/.test(s.text) ? referentTerms[i] : undefined));
  const contextOf = (s: Sentence): string => `${speakerOfSentence.get(s.id) ?? ''} ${askedBefore.get(s.id) ?? ''} ${referentOf.get(s.id) ?? ''}`;
  // The headline's words count for the lead once another question word finds it; they do not
  // find it themselves (in the index, they pulled the lead over better passages: 3 more right
  // passages lost on the fresh set, 2 fewer confident right answers).
  const speakerTerms = sentences.map((s) => new Set([...termsOf(contextOf(s)), ...(s.paragraph === leadParagraph ? headlineTerms : [])]));
  // (Apart from the speaker's: a role counts where the sentence names its holder, and weighs in
  // no word's rarity.)
  const roleTerms = rolesOfNamed(article, referentOf, termsOf);
  const df = new Map<string, number>();
  sentences.forEach((_, i) => {
    for (const t of new Set([...textTerms[i]!, ...speakerTerms[i]!])) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const n = sentences.length;
  // A word the article never uses weighs as much as its rarest word: "the weather in Aleppo" is
  // not answered by a sentence about Aleppo that says nothing of weather.
  const idf = (term: string) => Math.log(1 + n / (df.get(term) ?? 1));

  // Each article term's vector: the mean of its words' vectors ("killed", "kills" → "kill"), each
  // word counted as often as it occurs. A vector is looked up once per distinct word: the loader
  // reads it from disk.
  const termVectors: Array<[string, Float32Array]> = [];
  {
    const occurrences = new Map<string, Map<string, number>>();
    for (const s of sentences) {
      for (const token of tokenize(s.text)) {
        const term = toTerm(token);
        if (!term) continue;
        const word = token.toLowerCase();
        let words = occurrences.get(term);
        if (!words) occurrences.set(term, (words = new Map()));
        words.set(word, (words.get(word) ?? 0) + 1);
      }
    }
    const sums = new Map<string, Float32Array>();
    for (const [term, words] of occurrences) {
      for (const [word, count] of words) {
        const v = related.vector(word);
        if (!v) continue;
        let sum = sums.get(term);
        if (!sum) sums.set(term, (sum = new Float32Array(v.length)));
        for (let i = 0; i < v.length; i++) sum[i]! += count * v[i]!;
      }
    }
    for (const [term, sum] of sums) {
      const norm = Math.hypot(...sum) || 1;
      termVectors.push([term, sum.map((x) => x / norm)]);
    }
  }
  /** Article terms whose words are used like `word` in news text, with weights below a shared word's. */
  // Per word, those at SIMILAR and those at SIMILAR_SHOWN, worked out together.
  const similarOf = memo(MAX_CORRECTIONS, (word) => {
    const known: { close: Array<[string, number]>; wide: Array<[string, number]> } = { close: [], wide: [] };
    const v = related.vector(word);
    if (v) {
      for (const [term, u] of termVectors) {
        let dot = 0;
        for (let i = 0; i < u.length; i++) dot += u[i]! * v[i]!;
        const cos = dot / 127;
        if (cos < SIMILAR_SHOWN) continue;
        const entry: [string, number] = [term, Math.min(SIMILAR_WEIGHT, cos * SIMILAR_WEIGHT)];
        known.wide.push(entry);
        if (cos >= SIMILAR) known.close.push(entry);
      }
    }
    return known;
  });
  const similarTo = (word: string, similar = SIMILAR): Array<[string, number]> => {
    const known = similarOf(word);
    return similar >= SIMILAR ? known.close : known.wide;
  };

  /** Article terms that can stand for a question term, with weights (1 for the word itself). */
  // The stemmer cuts one word two ways ("injury" → "injuri", "injured" → "injur"): a related word
  // reaches the article's form of it through the shared stem.
  const twinOf = new Map<string, string>();
  for (const term of df.keys()) if (term.length >= 5) twinOf.set(stemKey(term), term);
  // The article's words for kinds of person ("soldiers", "residents"): what a reader's "people" counts.
  const personTerms = [...df.keys()].filter((t) => !PEOPLE.has(t) && related.namesPerson(t));
  // Per term, worked out once: the table's relatives are decoded from bytes on each look-up, and
  // readers' questions share most of their words (measured: an eighth of what the search
  // allocated, which the minor collections behind the slowest answers are paid for).
  const matchesOf: (term: string) => ReadonlyMap<string, number> = memo(MAX_CORRECTIONS, (term) => relativesOf(term));
  const relativesOf = (term: string, word?: string): Map<string, number> => {
    const out = new Map<string, number>();
    if (df.has(term)) out.set(term, 1);
    if (PEOPLE.has(term)) for (const t of personTerms) out.set(t, PEOPLE_WEIGHT);
    const inArticle = (other: string) => (df.has(other) ? other : other.length >= 5 ? twinOf.get(stemKey(other)) : undefined);
    for (const [other, weight] of related.related(term) ?? []) {
      const found = inArticle(other);
      if (found !== undefined) {
        // (A news paraphrase, "hurt" for "injured", keeps its weight as a derivation does: measured on
        // the fresh set against a synonym's weight, 289 more confident right answers, 39 more
        // confident wrong, 23 fewer unanswerable questions declined.)
        if (!out.has(found)) out.set(found, weight >= PARAPHRASE_WEIGHT ? weight : weight * RELATED_WEIGHT);
        continue;
      }
      // "when did the crash happen": the table gives "collision", the article says "collided".
      // A synonym the article does not use is met through its own derivations, as the word is.
      if (weight < SYNONYM || weight >= DERIVED) continue;
      for (const [derived, w] of related.related(other) ?? []) {
        const reached = w >= DERIVED ? inArticle(derived) : undefined;
        if (reached !== undefined && reached !== term && !out.has(reached)) out.set(reached, weight * RELATED_WEIGHT);
      }
    }
    if (word) for (const [other, weight] of similarTo(word)) if ((out.get(other) ?? 0) < weight) out.set(other, weight);
    return out;
  };

  const index = new MiniSearch<{ id: number; text: string; speaker: string; phrases: string }>({
    fields: ['text', 'speaker', 'phrases'],
    // Phrasal verbs arrive as index terms already ("bounc_back").
    tokenize: (text, field) => (field === 'phrases' ? text.split(' ').filter(Boolean) : tokenize(text)),
    // The same terms the coverage counts.
    processTerm: (token, field) => (field === 'phrases' ? token : tokenTerms(token)),
    searchOptions: {
      boost: { speaker: 1.5 },
      // Queries arrive as index terms already, so search-time processing is identity.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
    },
  });
  index.addAll(sentences.map((s, i) => ({ id: s.id, text: s.text, speaker: contextOf(s), phrases: sentencePhrases[i]!.join(' ') })));

  /**
   * The article's words as written, each with its term, for spelling: a misspelling is nearer the
   * word than the stems ("funral" is one letter from "funeral", two from its stem "funer").
   */
  const spelled = lazy(() => {
    const out = new Map<string, string>();
    for (const s of sentences) for (const token of tokenize(s.text)) {
      const word = token.toLowerCase();
      const term = /^\p{Ll}{4,}$/u.test(word) && !out.has(word) ? toTerm(token) : null;
      if (term && df.has(term)) out.set(word, term);
    }
    return byLength(out);
  });
  /** The article's terms by length, for the same search over stems. */
  const stems = lazy(() => byLength(new Map([...df.keys()].map((v) => [v, v]))));
  /**
   * The term nearest `target` among `candidates` (word → term, by the word's length) within the
   * edits its length allows; `fallback` when none is. Only words of a near length are compared.
   */
  const nearest = (target: string, candidates: ReadonlyMap<number, ReadonlyArray<readonly [string, string]>>, fallback: string): string => {
    const edits = allowedEdits(target.length);
    let best = fallback;
    let bestDistance = edits + 1;
    for (let length = target.length - edits; length <= target.length + edits; length++) for (const [v, term] of candidates.get(length) ?? []) {
      const d = editDistance(target, v, edits);
      if (d < bestDistance || (d === bestDistance && best !== fallback && (df.get(term) ?? 0) > (df.get(best) ?? 0))) {
        best = term;
        bestDistance = d;
      }
    }
    return best;
  };
  /** A misspelt question word becomes the article's nearest word ("traped" → "trap"), if one is near. */
  const corrections = new Map<string, string>();
  const correct = (term: string, word?: string): string => {
    if (df.has(term) || /^\d/.test(term) || related.related(term)) return term;
    const known = corrections.get(`${term} ${word ?? ''}`);
    if (known !== undefined) return known;
    if (corrections.size >= MAX_CORRECTIONS) corrections.clear();
    const byWord = word !== undefined && /^\p{Ll}{4,}$/u.test(word.toLowerCase()) ? nearest(word.toLowerCase(), spelled(), term) : term;
    const best = byWord !== term ? byWord : nearest(term, stems(), term);
    corrections.set(`${term} ${word ?? ''}`, best);
    return best;
  };

  // The interviewer's questions ask; they never answer.
  const usableIds = sentences.map((s) => !pointsAtMedia(s.text) && !QUESTION_LINE.test(openings.get(s.paragraph)!.text) && !isHeading(s, sentences));
  const usable = (id: number) => usableIds[id] === true;
  /** The standfirst under the headline: a first paragraph a byline follows, or with no full stop at its end ("… could lose commercial flights by spring"). */
  const standfirst = article.paragraphs[0]?.standfirst || (article.paragraphs.length >= 3 && !/[.!?…]["”’']?$/.test(article.paragraphs[0]!.text.trim())) ? 1 : 0;
  const isStandfirst = (id: number) => sentences[id]!.paragraph === standfirst;
  // Two sentences read as one passage only when the second goes on from the first ("She was 84.",
  // "It took three years instead."): side by side, they are seldom one answer (measured: allowing
  // them raised confident wrong answers by a tenth).
  const goesOn = (first: number, second: number): boolean => {
    const [a, b] = [sentences[first], sentences[second]];
    if (a === undefined || b === undefined || !usable(first) || !usable(second)) return false;
    // "…signing of Emil Sandvik. ¶ The 23-year-old has signed a five-year contract": a new
    // paragraph that opens on the person by their age goes on about them (so does "The cause was …").
    if (opensOn(a, b) && sentences[second - 1]!.paragraph === a.paragraph) return true;
    return a.paragraph === b.paragraph && LEANS_BACK.test(b.text);
  };
  // The text of each sentence read with the next, made once rather than per question.
  const withNext = sentences.map((s, i) => readWithNext(s, sentences[i + 1]));
  /** Each sentence's words, counted once (a passage's are its sentences' sum). */
  const wordsIn = sentences.map((s) => s.text.split(' ').length);
  const unitText = (ids: readonly number[]) =>
    ids.length === 1 ? sentences[ids[0]!]!.text : Math.abs(ids[0]! - ids[1]!) === 1 ? withNext[Math.min(...ids)]! : ids.map((k) => sentences[k]!.text).join(' ');
  // The opening sentence of the next paragraph, when it goes on about this one ("The cause was …").
  const anaphorAfter = sentences.map((s) => {
    let k = s.id + 1;
    while (sentences[k] && sentences[k]!.paragraph === s.paragraph) k++;
    const next = sentences[k];
    return next && opensOn(s, next) && k !== s.id + 1 ? k : undefined;
  });
  /**
   * Does the paragraph after sentence `id` open on the words of someone `id` names? "Jamal
   * Whitcombe … said ending the two-tier scale mattered more to him than the raise. ¶ “I was
   * making $3 less an hour than the guy next to me,” Whitcombe said.": the quotation says why.
   */
  const quotesOnFrom = (id: number): boolean => {
    const next = sentences[id + 1];
    const speaker = next && next.paragraph === sentences[id]!.paragraph + 1 ? speakerOfSentence.get(next.id) : undefined;
    if (!speaker) return false;
    const names = tokenize(speaker).filter((w) => /^\p{Lu}/u.test(w)).flatMap((w) => toTerm(w) ?? []);
    return names.some((t) => textTerms[id]!.has(t));
  };
  /** Is sentence `id` the second and last of a paragraph of two? */
  const closesPairParagraph = (id: number): boolean => {
    const p = sentences[id]!.paragraph;
    return sentences[id - 1]?.paragraph === p && sentences[id - 2]?.paragraph !== p && sentences[id + 1]?.paragraph !== p;
  };
  /**
   * Is sentence `id` a paragraph of its own, with a paragraph after it? Wire copy gives most
   * sentences a paragraph, so the sentence after one is as often the next paragraph's first.
   */
  const oneSentenceParagraph = (id: number): boolean => {
    const p = sentences[id]!.paragraph;
    return sentences[id - 1]?.paragraph !== p && sentences[id + 1]?.paragraph === p + 1 && !isTitle(sentences[id]!, sentences);
  };
  // "Library levy passes", "17:48 Company apologises to neighbours": a title says what the
  // entry under it tells; its first sentence comes with it, as an answer or as a closest passage.
  const entryOpening = (id: number): number[] =>
    isTitle(sentences[id]!, sentences) && sentences[id + 1]?.paragraph === sentences[id]!.paragraph + 1 ? [id + 1] : [];
  const locateIn = typeLocator(sentences.map((s) => s.text), namesOf);
  // "11:58 — Hollins Park have had a second bid rejected": a live entry's stamp says when it was
  // posted, the answer to "what time" at most; never the number, sum or length of anything asked.
  const locate: typeof locateIn = (types, text, question) =>
    locateIn(types, types.some((t) => t === 'time' || t === 'clock') || !STAMP_DIGITS.test(text) ? text : text.replace(STAMPS, (m) => ' '.repeat(m.length)), question);
  const answersType = (types: readonly AnswerType[], text: string, question: string) => {
    const at = locate(types, text, question);
    return at === undefined || at.length > 0;
  };
  /**
   * The usable sentences that hold a thing of `type` (the locator leaves out what the question
   * itself gives), up to `most`: the caller only needs to know when there are more.
   */
  const typedIds = (type: AnswerType, question: string, most: number): number[] => {
    const found: number[] = [];
    for (const s of sentences) {
      if (!usable(s.id) || !answersType([type], s.text, question)) continue;
      found.push(s.id);
      if (found.length > most) break;
    }
    return found;
  };
  /** Each sentence's place in its paragraph (0: the first). */
  const placeInParagraph = sentences.map((s) => s.id - (openings.get(s.paragraph)?.id ?? s.id));
  /** Each sentence's opening adverbial, its length (see FRONTED): read once, not per question. */
  const frontedLength = sentences.map((s) => FRONTED.exec(s.text)?.[0].length);
  /**
   * Each sentence's runs of capitalised words ("Cape Canaveral Space Force Station", "St
   * Michael's Church, Kellingford"): a name is one thing, however long it is written, so it
   * stands between an answer and the question's words as one short word does.
   */
  const nameRuns = sentences.map((s) => [...s.text.matchAll(NAME_RUN)].map((m) => [m.index!, m.index! + m[0].length] as const));
  /** Characters between two places of sentence `id`, each name between them counted as `NAME_LENGTH`. */
  const gapIn = (id: number, a: number, b: number): number => {
    const [from, to] = a < b ? [a, b] : [b, a];
    let gap = to - from;
    for (const [start, end] of nameRuns[id]!) if (start >= from && end <= to) gap -= end - start - NAME_LENGTH;
    return gap;
  };
  // Worked out here, once, so that no reader's question pays for it: what each sentence (and each
  // sentence read with the one that leans on it) holds.
  for (const s of sentences) {
    answersType(['person'], s.text, '');
    const next = sentences[s.id + 1];
    if (next && next.paragraph === s.paragraph && LEANS_BACK.test(next.text)) answersType(['person'], withNext[s.id]!, '');
  }
  // "A Massachusetts cardiologist was charged Wednesday … ¶ Dr. Alan Voss, 61, of Newton, was
  // arrested …": a sentence that gives someone by their role only, and the next that opens on a
  // person's name, say who together. Worked out per sentence when a question first asks "who".
  const namedNext: Array<number | null | undefined> = [];
  const nameAfter = (id: number): number | undefined => {
    let known = namedNext[id];
    if (known === undefined) {
      const next = sentences[id + 1];
      const opensOnName = next !== undefined && next.paragraph - sentences[id]!.paragraph <= 1 && namesOf(next.text).some((m) => m.personLike && m.start <= 4);
      known = namedNext[id] = opensOnName && !namesOf(sentences[id]!.text).some((m) => m.personLike) ? id + 1 : null;
    }
    return known ?? undefined;
  };
  // The story's opening, where a question about the story itself is answered: its first three
  // paragraphs of prose, past a standfirst, a byline or a dateline (see `leadPassages`).
  const openingEnds = Math.max(3, [...new Set(sentences.filter((s) => usable(s.id) && PROSE.test(s.text)).map((s) => s.paragraph))][2] ?? 3);
  /** The first sentences of the story's opening paragraphs that hold what is asked (see DIMENSIONS). */
  const leadPassages = (types: readonly AnswerType[], question: string): SearchResult => {
    // Prose, not the byline and date lines above it ("By Hannah Ostrowski Wednesday 3 September 2025").
    // So is a short sentence that goes on from prose ("… died on Sunday at her home. She was 84."),
    // shown with it.
    // ("She is 104 years old.": a short sentence that says someone's age outright is an answer of its own.)
    const statedAge = (s: Sentence) => types[0] === 'age' && STATED_AGE.test(s.text);
    const holds = (s: Sentence) => usable(s.id) && (PROSE.test(s.text) || statedAge(s) || (goesOn(s.id - 1, s.id) && PROSE.test(sentences[s.id - 1]!.text))) && answersType(types, s.text, question);
    // (An age said outright before a year of birth: "She is 104 years old." over "born March 3, 1921".)
    const byStatedAge = (list: Sentence[]) => [...list.filter(statedAge), ...list.filter((s) => !statedAge(s))];
    let lead = byStatedAge(sentences.filter((s) => s.paragraph <= openingEnds && holds(s))).slice(0, 2);
    // "How hot did it get?": a temperature anywhere in the story is about the story, when its
    // opening gives none (a date or a number is in every paragraph; a dimension's units and a
    // clock time are not).
    // So is a share asked for alone ("what percentage were against it?").
    // So is an age asked of "she" or "the guy" ("She is 104 years old." further down).
    if (lead.length === 0 && (DIMENSIONS.has(types[0]!) || (types.length === 1 && (types[0] === 'percent' || types[0] === 'age')))) lead = byStatedAge(sentences.filter(holds)).slice(0, 2);
    // "What caused it?": the sentences that state a cause outright ("Downland Water blamed an
    // electrical fault …"), wherever they stand, after the lead's.
    if (types[0] === 'cause') {
      const stated = sentences.filter((s) => !lead.includes(s) && holds(s) && STATES_CAUSE.test(s.text) && !speakerOfSentence.has(s.id));
      lead = [...lead.slice(0, 1), ...stated].slice(0, PASSAGES);
    }
    // Then, up to PASSAGES, the story's next sentences holding what was asked, in reading order:
    // "how fast was it going" finds the opening's "weighing 312 grams", and the sentence further
    // down, "entered the atmosphere at roughly 38,000 miles per hour", is the answer. (Only once
    // the opening gives one, so a question it does not answer stays declined. Measured on the
    // fresh set: 14 more right passages shown, none fewer.)
    if (lead.length > 0 && lead.length < PASSAGES) {
      const next = sentences.filter((s) => s.paragraph > openingEnds && !lead.some((l) => Math.abs(l.id - s.id) <= 1) && holds(s));
      lead = [...lead, ...next].slice(0, PASSAGES);
    }
    return lead.length ? { confidence: 'low', sentences: [], passages: lead.map((s) => (PROSE.test(s.text) ? [s] : [sentences[s.id - 1]!, s])) } : NOTHING;
  };

  /**
   * The story's lead: its first sentence of prose past the headline, a standfirst, a byline or a dateline
   * (and the next when it goes on from it: "… at her home. She was 84."), as a sure answer.
   */
  const storyLead = (): SearchResult => {
    // (A standfirst or a dek ends with no full stop: "Brannigan inspires five-try win as …".)
    const first = sentences.find((s) => usable(s.id) && !isStandfirst(s.id) && s.paragraph > 0 && PROSE.test(s.text) && /[.!?…]["”’']?$/.test(s.text.trim()) && !speakerOfSentence.has(s.id));
    if (!first) return NOTHING;
    const next = sentences[first.id + 1];
    const lead = next && next.paragraph === first.paragraph && goesOn(first.id, next.id) ? [first, next] : [first];
    return { confidence: 'high', sentences: lead, passages: [] };
  };

  /**
   * The answer to `question` (its `words`, worked out once for both passes), with words met
   * through their vectors at cosine `similar` or above; `through`, the only article words to look
   * sentences up by (the second pass's: see `answer`).
   */
  // Each closest passage's unit score, so that the two passes' passages can be ranked together.
  const passageScore = new WeakMap<Sentence[], number>();
  const answerAt = (question: string, words: readonly QuestionWord[], similar: number, through?: ReadonlySet<string>): SearchResult => {
      const asked = words.map((w) => correct(w.term, w.word));
      const wordOf = new Map(asked.map((t, i) => [t, words[i]!.word]));
      // A phrasal verb stands for what the article says in its words ("step down" → "resign"), and
      // for its own words; one made of filler only ("going up") counts only when the article has it.
      const alsoOf = new Map(asked.map((t, i) => [t, words[i]!.also]));
      const heldAsOf = new Map(asked.map((t, i) => [t, words[i]!.heldAs]));
      // `sure`: the word itself and its relatives in the table, what can make a passage sure;
      // `all`: those and the vector neighbours of the reader's words, for ranking and relatedness.
      const matchesWithAlso = (t: string): { all: Map<string, number>; sure: Map<string, number> } => {
        const also = alsoOf.get(t) ?? [];
        const sure = new Map(matchesOf(t));
        // ("how deep": "18 inches deep" holds the depth asked as surely as "a depth of".)
        const adjective = heldAsOf.get(t);
        if (adjective !== undefined && df.has(adjective)) sure.set(adjective, 1);
        for (const other of also) {
          for (const [m, w] of matchesOf(correct(other.term))) {
            const capped = Math.min(w, PHRASE_WORD_WEIGHT);
            if ((sure.get(m) ?? 0) < capped) sure.set(m, capped);
          }
        }
        const all = new Map(sure);
        for (const word of [wordOf.get(t), ...also.map((o) => o.word)]) if (word) for (const [m, w] of similarTo(word, similar)) if ((all.get(m) ?? 0) < w) all.set(m, w);
        return { all, sure };
      };
      const fillerOnly = (t: string) => alsoOf.get(t)?.length === 0;
      const kept = [...new Set(asked)].filter((t) => !fillerOnly(t) || df.has(t) || df.has(heldAsOf.get(t) ?? '')).map((t) => [t, matchesWithAlso(t)] as const);
      const unique = kept.map(([t]) => t);
      const types = expectedTypes(question);
      // "Where did it happen?", "when was that?": nothing but the type is asked, and the reader
      // means the story itself, which the lead tells. Offered as the closest passages, never as sure.
      if (unique.length === 0) return types.length ? leadPassages(types, question) : NOTHING;
      // "How much did these things cost?": nothing but words for the kind of answer. The story's
      // lead holds its main figures, and a sentence that only says "cost" may hold none.
      // Words that name the kind of answer ("what will the factory COST", "what DATES").
      const namesType = typeWords(types, question);
      if (unique.every((t) => namesType.has(t)) && !unique.some((t) => df.has(t))) return leadPassages(types, question);
      const matches = kept.map(([, m]) => m.all);
      // Article words met only through word vectors rank passages and make them related, never
      // sure: measured, an answer they made sure was right about half the time (on the fresh set,
      // leaving them out of coverage: 12 more right passages shown, 24 more unanswerable questions
      // declined, 62 fewer confident wrong answers, 62 fewer confident right; even beside the kind
      // of thing asked, they were wrong more often than right).
      const sureMatches = kept.map(([, m]) => m.sure);
      // Article words met only through word vectors: enough to call a passage related, never sure.
      const alike = unique.map((t) => {
        const word = wordOf.get(t);
        return new Set(word ? similarTo(word, similar).map(([term]) => term) : []);
      });
      // A question word weighs what its best match in the article weighs (its own rarity when the
      // article never uses it or anything like it).
      const weights = unique.map((t, i) => {
        const best = [...matches[i]!].sort((a, b) => b[1] - a[1])[0];
        return best ? idf(best[0]) : idf(t);
      });
      // "How many customers were affected": a light predicate says little of what is asked; its
      // absence from "exposed data on 412,000 customers" does not keep that sentence from answering.
      unique.forEach((t, i) => {
        if (LIGHT_TERMS.has(t)) weights[i]! *= LIGHT_WEIGHT;
      });
      const total = weights.reduce((a, b) => a + b, 0);
      // A word the article never uses, nor anything like it ("where is Corvane HEADQUARTERED"),
      // cannot be covered by any passage: it keeps a passage from being sure, never from being
      // shown as one of the closest, when the passage holds another of the question's words itself
      // ("the capital of France" is not "the city") and the kind of thing asked, near it ("what is
      // the weather in Aleppo" asks for no kind). Measured on three sets: 4 more right passages
      // shown, no confident answer changed, 3 unanswerable questions hedged instead of declined.
      const knownWeight = weights.reduce((a, w, i) => a + (matches[i]!.size > 0 ? w : 0), 0);
      const knownTotal = knownWeight || total;
      // A word of the headline is what the whole story is about: every sentence speaks of it a little.
      const topical = unique.map((_, i) => ([...matches[i]!].some(([m, w]) => w >= DERIVED && headlineTerms.has(m)) ? TOPIC : 0));
      const who = types.includes('person');
      const asksTime = types[0] === 'clock' || types[0] === 'time' || (types[0] === 'date' && types.includes('time'));
      /** What is shown for `ids`: for a time question, with their entry's time stamp. */
      const shownIds = (ids: readonly number[]): number[] => (asksTime ? stampedIds(ids) : [...ids]);
      // "Who said…", "who warned…": the speaker of a quotation is the answer, not a name in the text.
      const whoSaid = who && SAYING.test(question);

      // Every unit a sentence is part of asks again how much it covers: worked out once per
      // question word and sentence (-1: not yet).
      const covered = [new Float64Array(unique.length * sentences.length).fill(-1), new Float64Array(unique.length * sentences.length).fill(-1)];
      // "How many farms…": the article's words for the counted noun, looked up once per question.
      const counted = countedNounOf(question);
      const countedNoun = counted?.noun;
      const modifiers = (counted?.modifiers ?? []).filter((w) => !COUNT_MODIFIERS.has(w)).flatMap((w) => toTerm(w) ?? []).map((t) => unique.indexOf(correct(t))).filter((i) => i >= 0);
      const countedTerm = countedNoun ? toTerm(countedNoun) : null;
      const nounMatches = countedTerm ? relativesOf(correct(countedTerm), countedNoun) : undefined;
      /**
       * Does sentence `id` put a number before a word `counts` accepts, at most `reach` terms on
       * and in the same phrase ("11,500 farms")? "Tom Becerra, 58, said he and his wife…" does not
       * count wives.
       */
      const countedIn = (id: number, reach: number, counts: (term: string, word: string) => boolean): boolean => {
        const at = termsAt[id]!;
        const text = sentences[id]!.text;
        return at.some((t, k) => (/^\d/.test(t.term) || NUMBER_WORDS.has(t.term)) && at.slice(k + 1, k + reach).some((u) => u.forms.some((form) => counts(form, text.slice(u.at))) && countedBy(text.slice(t.at, u.at))));
      };
      // "How many people were on board?" is answered by "131 passengers and 14 crew": a number of
      // people under their own noun covers "people".
      const peopleWord = countedTerm && PEOPLE.has(countedTerm) ? unique.indexOf(countedTerm) : -1;
      // "How many people signed the petition?" → "1,140 signatures": people are counted by what
      // they did, under the noun of the question's own verb (a derivation, not the word itself).
      const deeds = peopleWord < 0 ? undefined : new Set(matches.flatMap((m, i) => (i === peopleWord ? [] : [...m].filter(([t, w]) => w >= DERIVED && w < 1 && t !== unique[i]).map(([t]) => t))));
      /** A number within three words before a word matching the counted noun. */
      const countsIt = (ids: readonly number[]): boolean => nounMatches !== undefined && ids.some((id) => countedIn(id, 8, (term) => nounMatches.has(term) || deeds?.has(term) === true));
      const countsPersons = (id: number): boolean => countedIn(id, 4, (_, from) => countsPeople(/^[\p{L}-]+/u.exec(from)?.[0] ?? ''));
      /** How much of one question word a sentence covers (0..1). */
      const coverOne = (i: number, id: number, sure = false): number => {
        const memo = covered[sure ? 1 : 0]!;
        const at = i * sentences.length + id;
        if (memo[at]! >= 0) return memo[at]!;
        // The sentence's few terms are looked up among the word's matches (often hundreds of
        // relatives and vector neighbours), not the other way round.
        const found = (sure ? sureMatches : matches)[i]!;
        const own = textTerms[id]!;
        let best = 0;
        for (const term of own) best = Math.max(best, found.get(term) ?? 0);
        // "Who said…" wants the sentence, not its speaker's name; a speaker counts less anyway.
        // (But what "The farm’s owner" stands for is what the sentence is about: "who owns Prairie
        // Crest". Not "He" or a surname: "who is Callum" is not answered by every sentence about him.)
        const context = who ? (describedTerms[id] ?? []) : speakerTerms[id]!;
        for (const term of context) if (!own.has(term)) best = Math.max(best, (found.get(term) ?? 0) * SPEAKER_WEIGHT);
        // (Not a role asked of its holder by name: "how long has Hartsfield been CEO" is not
        // answered by any sentence naming him.)
        if (!who) for (const role of roleTerms[id] ?? []) if (!unique.includes(role.holder)) for (const term of role.terms) if (!own.has(term)) best = Math.max(best, (found.get(term) ?? 0) * SPEAKER_WEIGHT);
        // (For ranking: towards confidence it answered more unanswerable questions than it got right.)
        if (i === peopleWord && best < 1 && !sure && countsPersons(id)) best = 1;
        memo[at] = best;
        return best;
      };
      // A passage holding the kind of thing asked covers the words that name it, for ranking,
      // never towards confidence.
      const typeWord = unique.map((t) => namesType.has(t));
      // "What's the deadline for refunds?": a date something must be done by ("must finish
      // refunding … by Dec. 31") covers "deadline", for ranking too.
      const deadlineWord = unique.map((t) => t === DEADLINE_TERM);
      // The question's words that only name the kind asked (see KIND_ONLY), and "what SHARE of
      // sales were first-time buyers" (not "how many people bought shares").
      const asksShare = WHAT_SHARE.test(question);
      const kindOnly = unique.map((t, i) => typeWord[i]! && (KIND_ONLY.has(t) || (asksShare && t === SHARE_TERM)));
      /**
       * The word as the sentences around `id` have it, or a relative of it: what its paragraph is
       * about. (Relatives as well as the word itself: 20 more right passages shown on the fresh set,
       * 2 fewer confident wrong.)
       */
      const saidAround = (i: number, id: number): number => {
        const paragraph = sentences[id]!.paragraph;
        let best = sentences[id + 1]?.paragraph === paragraph ? PARAGRAPH_NEXT * coverOne(i, id + 1) : 0;
        let k = id - 1;
        for (; k >= 0 && k >= id - PARAGRAPH_REACH && sentences[k]!.paragraph === paragraph; k--) best = Math.max(best, coverOne(i, k));
        if (k >= 0 && k === id - 1 && sentences[k]!.paragraph === paragraph - 1) best = Math.max(best, PARAGRAPH_BEFORE * coverOne(i, k));
        return best;
      };
      const coverage = (ids: readonly number[], holdsType: boolean) => {
        const byDate = deadlineWord.some(Boolean) && ids.some((id) => BY_DATE.test(sentences[id]!.text));
        const opening = Math.min(...ids);
        let sum = 0;
        let relaxed = 0;
        let anchored = false;
        let linked = false;
        let missing = 0;
        let beyondHeadline = false;
        unique.forEach((_, i) => {
          let best = 0;
          let sure = 0;
          for (const id of ids) {
            best = Math.max(best, coverOne(i, id));
            sure = Math.max(sure, coverOne(i, id, true));
          }
          // "How much money has the appeal brought in?" → "An appeal … has raised £48,200": a sum of money
          // is the money asked of, though the passage never says "money".
          if (holdsType && kindOnly[i]) sure = 1;
          // (And "deadline" by a date something must be done by: 7 more right, none wrong.)
          if (byDate && deadlineWord[i]) sure = 1;
          if (best >= 0.85 * SPEAKER_WEIGHT) anchored = true;
          // A synonym ("hurt" → "injuries") is enough to show a passage, never to be sure of it.
          if (best >= 0.85 * SPEAKER_WEIGHT * RELATED_WEIGHT) linked = true;
          if (best > 0 && topical[i] === 0) beyondHeadline = true;
          if (sure === 0 && !LIGHT_TERMS.has(unique[i]!)) missing++;
          sum += weights[i]! * sure;
          relaxed += weights[i]! * ((holdsType && typeWord[i]) || (byDate && deadlineWord[i]) ? 1 : Math.max(best, topical[i]!, best > 0 ? 0 : PARAGRAPH_TOPIC * saidAround(i, opening)));
        });
        return { coverage: sum / total, relaxed: relaxed / (anchored && holdsType ? knownTotal : total), anchored, linked, missing, beyondHeadline };
      };

      const matchedTerms = new Set(matches.flatMap((m) => [...m].filter(([, w]) => w >= 0.6).map(([t]) => t)));
      /** The question's own words (and derivations) as the article has them. */
      // (Each word's own, for word order: see `closePairs`.)
      const ownOf = matches.map((m) => new Set([...m].filter(([, w]) => w >= DERIVED).map(([t]) => t)));
      const ownTerms = new Set(ownOf.flatMap((own) => [...own]));
      // A name between a time and the question's words counts as one word (see `gapIn`); only for
      // a time: a name is what "which", "where" and "who" ask for.
      const namesAsOne = WHEN_TYPES.has(types[0]!);
      /** Is any typed span within NEAR characters of a word that matches the question? */
      const isNear = (spans: readonly number[], ids: readonly number[]): boolean => {
        let offset = 0;
        for (const id of ids.length > 1 && ids[0]! > ids[1]! ? [ids[1]!, ids[0]!] : ids) {
          // "The 23-year-old" stands for the person the sentence before names ("The cause" for its event).
          if (offset > 0 && PARAGRAPH_ANAPHOR.test(sentences[id]!.text) && spans.some((s) => Math.abs(offset - s) <= NEAR)) return true;
          // "He estimates the delay cost him about $38,000": the "He" is the Vossberg asked about.
          if (referentTerms[id] !== undefined && referentTerms[id]!.some((t) => matchedTerms.has(t)) && spans.some((s) => Math.abs(offset - s) <= NEAR)) return true;
          const inside = (s: number) => namesAsOne && s >= offset && s <= offset + sentences[id]!.text.length;
          const text = sentences[id]!.text;
          for (const t of termsAt[id]!) {
            if (!isOneOf(t, matchedTerms)) continue;
            if (spans.some((s) => (inside(s) ? gapIn(id, t.at, s - offset) : Math.abs(t.at + offset - s)) <= NEAR)) return true;
            // (A stated cause, further on in the same clause: see FAR_CAUSE.)
            if (types[0] === 'cause' && spans.some((s) => causeFollows(text, t.at, s - offset))) return true;
          }
          // "On Sunday 23 March, after more than three centuries, its doors will close.": a phrase
          // that opens the sentence sets the time or place of all of it, however far the verb.
          const fronted = SETTING.has(types[0]!) ? frontedLength[id] : undefined;
          if (fronted !== undefined && spans.some((s) => s >= offset && s < offset + fronted) && termsAt[id]!.some((t) => t.at >= fronted && isOneOf(t, matchedTerms))) return true;
          offset += sentences[id]!.text.length + 1;
        }
        return false;
      };
      /**
       * Does a clause saying something is not given ("A company spokesperson declined to say how
       * many of the 1,800 positions were outside the United States") hold more of the question than
       * the rest of the passage? Then the passage says the article does not know; the rest of
       * "… did not say how many users were affected, but DownWatch received 41,000 reports" still answers.
       */
      const saysNotGiven = (ids: readonly number[]): boolean => {
        let inside = 0;
        let outside = 0;
        let found = false;
        for (const id of ids) {
          const text = sentences[id]!.text;
          const m = NOT_GIVEN.exec(text);
          if (m) found = true;
          // ("The cause of the explosion remains under investigation": what is not known stands
          // before a verb of state, from the clause's start; what someone declined to say, after.)
          const clauseOpens = m && STATE_NOT_GIVEN.test(m[0]) ? Math.max(0, ...[',', ';', '—', '–'].map((c) => text.lastIndexOf(c, m.index) + 1)) : undefined;
          const start = m ? (clauseOpens ?? m.index) : text.length;
          const cut = m ? text.slice(start).search(CLAUSE_END) : -1;
          const end = cut >= 0 ? start + cut : text.length;
          unique.forEach((_, i) => {
            let a = 0;
            let b = 0;
            for (const { forms, at } of termsAt[id]!) {
              let w = 0;
              for (const form of forms) w = Math.max(w, matches[i]!.get(form) ?? 0);
              if (at >= start && at < end) a = Math.max(a, w);
              else b = Math.max(b, w);
            }
            inside += weights[i]! * a;
            outside += weights[i]! * b;
          });
        }
        return found && inside >= outside;
      };
      const lowerQuestion = question.toLowerCase();
      // Where each unit holds the kind asked: worked out once while ranking, read again by the
      // answer's checks and the confidence model's signals.
      const locatedIn = new Map<string, readonly number[] | undefined>();
      const located = (ids: readonly number[], text = unitText(ids)): readonly number[] | undefined => {
        const key = ids.join(',');
        if (!locatedIn.has(key)) locatedIn.set(key, locate(types, text, question));
        return locatedIn.get(key);
      };
      /** The distinctive things of the asked kind a unit holds ("1,800", "2029", "Kiptanui"), less what the question says. */
      const answerTokens = (ids: readonly number[]): string[] => {
        const text = unitText(ids);
        return (located(ids, text) ?? []).flatMap((at) => {
          const token = /^[$£€]?[\p{L}\p{N}][\p{L}\p{N},.:%-]*/u.exec(text.slice(at))?.[0].replace(/[.,:]+$/, '');
          return token && DISTINCTIVE.test(token) && !COMMON_CAPITALS.test(token) && !lowerQuestion.includes(token.toLowerCase()) ? [token] : [];
        });
      };
      /**
       * "What caused the collapse?" is not answered by "46 hours after the collapse": a time
       * word's cause ("after", "since", "following") that is the asked event itself is none.
       */
      const causeOf = (spans: readonly number[] | undefined, text: string): readonly number[] | undefined =>
        types[0] !== 'cause' || !spans
          ? spans
          : spans.filter((at) => {
              const m = /^(?:after|since|following)\s+((?:\S+\s+){0,3}\S+)/i.exec(text.slice(at));
              return !m || !tokenize(m[1]!).some((w) => ownTerms.has(toTerm(w) ?? ''));
            });
      // "What's the seal called?": "The pup, nicknamed Pebble by her carers" names it with a
      // naming verb, whatever it calls the thing; such sentences are looked up too.
      // (Not "which countries was it run in": a kind of thing, not what something is called.)
      const asksName = types[0] === 'name' && /\b(?:names?|called|call)\b/i.test(question);
      const asksAgent = types[0] === 'person' || types[0] === 'organisation';
      const query = [...new Set([...matches.flatMap((m) => [...m.keys()]), ...(asksName ? NAMING_TERMS.filter((t) => df.has(t)) : [])])];
      // "What time does it kick in?": no word of the question is the article's, nor like one, and
      // "it" is the story, which its lead tells. Offered as the closest passages, as above; "how
      // much does a ticket to Mars cost" is declined.
      // So is a question whose only words are the headline's ("what caused the derailment" under
      // "Eleven injured as train derails …") when no sentence of the story itself holds them.
      const aboutTheStory = types.length > 0 && (STORY_PRONOUN.test(question) || unique.every((t) => headlineTerms.has(t)));
      // "How old is the victim?" → "Daniel Ruegsegger, 58, was …": a kind of thing the article
      // gives only a few times (an age, a clock time, a sum of money) is close to any question
      // asking for it, in whatever words; those sentences are looked at too (second pass aside).
      const rarelyGiven = new Set<number>();
      // (When the article knows most of the question's words, or it asks someone's age: "how much
      // does a ticket to Mars cost" asks of nothing here.)
      if (!through && types.length > 0 && RARE_KINDS.has(types[0]!) && (knownWeight >= KNOWN_SHARE * total || types[0] === 'age')) {
        const given = typedIds(types[0]!, question, RARELY);
        if (given.length <= RARELY) for (const id of given) rarelyGiven.add(id);
      }
      if (query.length === 0 && rarelyGiven.size === 0) return aboutTheStory ? leadPassages(types, question) : NOTHING;
      // (The second pass looks up only the sentences its looser neighbours reach: the rest the first scored.)
      const hits = query.length === 0 ? [] : index.search((through ? [...through] : query).join(' '), { combineWith: 'OR' });
      const top = hits[0]?.score ?? 0;
      if (!top && rarelyGiven.size === 0) return aboutTheStory ? leadPassages(types, question) : NOTHING;
      // "…launch an on-demand van service, called BexGo. Riders will book trips … at $2.50 a ride.":
      // the next sentence of the same paragraph holds what was asked, the sentence itself does not.
      // Shown among the closest passages, never as sure (as a sure answer: 5 more wrong for 2
      // more right on two sets); measured so, 4 more right passages shown and nothing else moves.
      // So may the sentence before ("The game turned on 67 minutes. Frew hauled down Hartigan …").
      const completes = (first: number, second: number, hit: number): boolean => {
        // (Or across a paragraph for "how old": "A landlord who crammed 19 tenants … has been
        // jailed. ¶ Graham Ashworth-Beale, 61, of …" says whose the age is; see `nameAfter`.)
        const namesThem = types[0] === 'age' && first >= 0 && second === first + 1 && nameAfter(first) === second;
        if (types.length === 0 || second !== first + 1 || (sentences[first]?.paragraph !== sentences[second]?.paragraph && !namesThem) || !usable(first) || !usable(second)) return false;
        const other = hit === first ? second : first;
        return answersType(types, sentences[other]!.text, question) && !answersType(types, sentences[hit]!.text, question);
      };
      /** Share of the question's consecutive words the unit holds within three words of each other, in either order. */
      const closePairs = (ids: readonly number[]): number => {
        if (unique.length < 2) return 0;
        let found = 0;
        for (let i = 0; i + 1 < unique.length; i++) {
          const [a, b] = [ownOf[i]!, ownOf[i + 1]!];
          const near = ids.some((id) => {
            const at = termsAt[id]!;
            for (let k = 0; k < at.length; k++) {
              if (!a.has(at[k]!.term)) continue;
              for (let l = Math.max(0, k - 3); l <= Math.min(at.length - 1, k + 3); l++) if (l !== k && b.has(at[l]!.term)) return true;
            }
            return false;
          });
          if (near) found++;
        }
        return found / (unique.length - 1);
      };
      // The question's names ("Egeland", "Aleppo"): words in capitals past its first.
      const questionNames = tokensAt(question).slice(1).filter(({ token }) => /^\p{Lu}/u.test(token)).flatMap(({ token }) => toTerm(token) ?? []);
      /** Share of the question's names the unit holds (1 when it names none). */
      const namesHeld = (ids: readonly number[]): number =>
        questionNames.length === 0 ? 1 : questionNames.filter((t) => ids.some((id) => textTerms[id]!.has(t) || speakerTerms[id]!.has(t))).length / questionNames.length;
      const weightiest = weights.indexOf(Math.max(...weights));
      const units: Unit[] = [];
      // Candidates by how much of the question they hold, each question word counted once at its
      // best match: BM25 alone multiplies a sentence's score by the number of query terms it holds,
      // so a sentence with a handful of vague neighbours of one word outranks one that holds
      // another question word itself.
      const held = (hit: { match: Record<string, unknown> }) =>
        matches.reduce((sum, m, i) => {
          let best = 0;
          for (const t in hit.match) best = Math.max(best, m.get(t) ?? 0);
          return sum + weights[i]! * best;
        }, 0);
      const ranked = hits.map((hit) => ({ hit, held: held(hit) })).sort((a, b) => b.held - a.held || b.hit.score - a.hit.score);
      const heldShare = new Map(ranked.map((c) => [c.hit.id as number, total ? c.held / total : 0]));
      const candidates: Array<{ id: unknown; score: number }> = ranked.slice(0, CANDIDATES).map((c) => c.hit);
      if (types.length > 0) for (const c of ranked.slice(CANDIDATES).filter((c) => answersType(types, sentences[c.hit.id as number]!.text, question)).slice(0, TYPED_CANDIDATES)) candidates.push(c.hit);
      // "What caused the collapse?": "… the likely cause was rot in two of the main support
      // beams" may not name the collapse; in the writer's words, a sentence stating a cause is
      // about the story's event (its headline's words count for it a little, see `topical`).
      const statedCauses = new Set<number>();
      const looked = new Set(candidates.map((c) => c.id));
      if (types[0] === 'cause' && unique.some((_, i) => topical[i]! > 0)) {
        for (const s of sentences) if (!looked.has(s.id) && STATES_CAUSE.test(s.text) && !speakerOfSentence.has(s.id)) statedCauses.add(s.id);
        for (const id of statedCauses) {
          candidates.push({ id, score: 0 });
          looked.add(id);
        }
      }
      for (const id of rarelyGiven) if (!looked.has(id)) candidates.push({ id, score: 0 });
      for (const hit of candidates) {
        const id = hit.id as number;
        if (!usable(id)) continue;
        const bm25 = top ? hit.score / top : 0;
        // The sentence alone, and with the sentence after it (the answer often sits next to the
        // sentence that shares the question's words: "She was 84.") or before it.
        const across = anaphorAfter[id];
        for (const ids of across === undefined ? [[id], [id, id + 1], [id - 1, id]] : [[id], [id, id + 1], [id - 1, id], [id, across]]) {
          const loose = ids.length > 1 && !goesOn(ids[0]!, ids[1]!);
          if (loose && !completes(ids[0]!, ids[1]!, id)) continue;
          const joined = ids.length === 1 ? 0 : PAIR_COST;
          const text = unitText(ids);
          // "Who said…?" is answered by a quotation's speaker as well as by a name in the text.
          const spans = causeOf(located(ids, text), text);
          const quoted = whoSaid && ids.some((k) => speakerTerms[k]!.size > 0);
          // Live updates: "9:10 a.m. — KIPTANUI WINS. Elias Kiptanui crosses the line …": the
          // entry's time is when everything in it happened.
          const stamped = asksTime && ids.some((k) => stampOf.has(sentences[k]!.paragraph));
          const typed = spans === undefined || spans.length > 0 || quoted || stamped;
          // The answer stands near the question's words ("directed by Ivan Petrosyan"); a name or
          // a date at the other end of a long sentence is more often about something else.
          // ("The pup, nicknamed Pebble by her carers": the naming verb says what the name is of.)
          const namedHere = asksName && spans !== undefined && spans.some((at) => NAMED_AS.test(text.slice(Math.max(0, at - 24), at)));
          // "Who paid for the study?" → "funded by the Granger Foundation": whoever a passive verb
          // says did it is the one asked for.
          const agentHere = asksAgent && spans !== undefined && spans.some((at) => BY_AGENT.test(text.slice(Math.max(0, at - 60), at)));
          const near = spans === undefined || quoted || stamped || namedHere || agentHere || (spans.length > 0 && isNear(spans, ids));
          const { coverage: cov, relaxed, anchored, linked, missing, beyondHeadline } = coverage(ids, typed && near && spans !== undefined);
          const relatedPassage = linked || statedCauses.has(id) || ids.some((k) => rarelyGiven.has(k)) || alike.some((terms) => ids.some((id) => sharesAny(terms, textTerms[id]!)));
          const lead = sentences[id]!.paragraph <= 2 ? LEAD_BONUS : 0;
          const counted = countsIt(ids) ? COUNTED_BONUS : namedHere ? NAMED_BONUS : agentHere ? AGENT_BONUS : 0;
          const stated = types[0] === 'cause' && STATES_CAUSE.test(text) ? STATED_CAUSE_BONUS : 0;
          // The first kind asked is what the reader means most ("how long" → a duration, before a date).
          const secondary = types.length > 1 && !quoted && locate([types[0]!], text, question)!.length === 0 ? SECONDARY_TYPE : 0;
          // "Will close its main runway … starting next month" tells when only roughly; the story
          // gives the day further down ("will shut at 10 p.m. on April 7"), which is what "when" asks.
          const rough = types[0] === 'date' && spans !== undefined && spans.length > 0 && spans.every((at) => ROUGH_DATE.test(text.slice(at))) ? ROUGH_DATE_COST : 0;
          // Someone's own words ("I thought I won the fight") tell what they think; the writer's
          // tell what happened ("Okafor … won a split decision"): for a fact of a kind (who, where,
          // how many), a quotation ranks a little below narration, unless the question asks who
          // said something. (Questions of no kind too: 9 more right passages, but an unanswerable
          // question answered and one more confident wrong on the main set.)
          const wholeQuote = ids.every((k) => speakerOfSentence.has(k));
          const opinion = types.length > 0 && !whoSaid && wholeQuote ? QUOTED_WORDS : 0;
          const heading = headingTermsOf.get(ids[0]!);
          const asked = heading === undefined ? 0 : [...heading].filter((t) => ownTerms.has(t)).length / heading.size;
          const asksHeading = (asked >= HEADING_SHARE ? HEADING_BONUS * asked : 0) + (types.length > 0 && headingKindOf.get(ids[0]!) === types[0] ? HEADING_KIND_BONUS : 0);
          const score = relaxed + (types.length ? (typed ? 0.15 - secondary : -0.2) : 0) + 0.05 * bm25 - joined + lead + counted + stated - opinion + asksHeading - rough + (near && types.length ? NEAR_BONUS : 0);
          const features: PassageFeatures = {
            score, coverage: cov, relaxed, bm25, held: heldShare.get(id) ?? 0, typed, near, primary: secondary === 0, anchored, linked, related: relatedPassage, missing,
            pair: ids.length > 1, loose, paragraph: sentences[ids[0]!]!.paragraph, inParagraph: placeInParagraph[ids[0]!]!, standfirst: ids.every(isStandfirst),
            quoted: wholeQuote, spans: spans?.length ?? 0, pairs: closePairs(ids), names: namesHeld(ids), words: ids.reduce((n, k) => n + wordsIn[k]!, 0),
            counted: counted > 0, statesCause: stated > 0, kinded: types.length > 0, terms: unique.length, type: types[0] ?? 'none',
            topHeld: Math.max(...ids.map((k) => coverOne(weightiest, k, true))), heading: asked,
          };
          units.push({ ids, coverage: cov, relaxed, anchored, linked, missing, beyondHeadline, related: relatedPassage, typed: typed && near, primary: secondary === 0, ...(loose ? { loose } : {}), score: rankScore(features), features });
        }
      }
      units.sort((a, b) => b.score - a.score || a.ids[0]! - b.ids[0]!);
      // A loose pair is only ever one of the closest passages: it does not push a sure answer aside.
      // (Nor the standfirst alone: it tells the story's gist in a line of its own words, and the
      // story's own sentence that gives the same fact is what a reader can check.)
      const best = units.find((u) => !u.loose && !u.ids.every(isStandfirst)) ?? units[0];
      // (Another unit that holds enough of the question is still one of the closest passages when
      // the best-ranked does not: a loose pair, "The tally … was 112 in favor and 75 opposed. That
      // amounts to 59.9% …", or one ranked below a typed passage that holds little of the question.)
      // (A sentence giving a kind of thing the article rarely gives is close to a question asking
      // for it, whatever it shares: see `rarelyGiven`. Never sure: it shares no word.)
      const lowFor = (u: Unit) => (u.beyondHeadline ? LOW : HEADLINE_LOW);
      const closeEnough = (u: Unit) => (u.related && u.relaxed >= (u.linked ? lowFor(u) : LOW_BY_VECTORS)) || (u.ids.length === 1 && rarelyGiven.has(u.ids[0]!));
      if (!best || (best.relaxed < lowFor(best) && !units.some(closeEnough))) return aboutTheStory && !units.some((u) => u.anchored) ? leadPassages(types, question) : NOTHING;
      // A pair is worth its second sentence only when that sentence adds what was asked or more
      // of the question; otherwise the sentence alone is the answer.
      // "…for what was supposed to be an 18-month renovation. It took three years instead.": a
      // sentence that leans back on `id` and holds what was asked itself belongs with it, even when
      // `id` holds something of the same kind.
      const leansWithAnswer = (id: number, next: number): boolean =>
        types.length > 0 && goesOn(id, next) && answersType(types, sentences[next]!.text, question);
      const trimmed = (u: Unit): number[] => {
        if (u.ids.length === 1 || u.loose) return u.ids;
        if (leansWithAnswer(u.ids[0]!, u.ids[1]!)) return u.ids;
        const alone = units.find((v) => v.ids.length === 1 && u.ids.includes(v.ids[0]!) && v.typed === u.typed && v.coverage >= u.coverage - 1e-9);
        return alone ? alone.ids : u.ids;
      };
      const rival = units.find((u) => !u.loose && u.ids.every((id) => !best.ids.includes(id)));
      const standing = { coverage: best.coverage, margin: best.score - (rival?.score ?? 0), typed: best.typed, terms: unique.length };
      // News tells its main facts twice (the lead, then the detail): a rival that gives the same
      // answer ("1,800 jobs" in both) is agreement, not doubt.
      const agrees = () => rival !== undefined && types.length > 0 && sameAnswer(answerTokens(best.ids), answerTokens(rival.ids));
      // A question that asks for no kind of thing ("has the carer been disciplined?") is about all
      // of its words: a passage missing one of them is only close. Measured: 3 fewer confident
      // wrong answers on the main set, 1 on the fresh set, for 1 fewer right. So is one for a
      // person, a body or a name (see WHO_WHICH).
      const aboutAllWords = types.length === 0 || WHO_WHICH.has(types[0]!);
      // Nor is a passage that says what was asked is not given ("declined to say how many …").
      // "How fast was the ferry going?" is not answered by "400 metres from the pier": a
      // dimension's own units, not any measure, make a passage sure.
      // "How many staff does Brisklane have?" is not answered by "at least 14 similar complaints
      // from Brisklane staff": a count the article can give of the noun asked must count it.
      // (Not "how many VOTED", "how many GOT airlifted": a verb counts whoever did it.)
      // "How many LIBRARY jobs": the count of jobs must be the library's, not "40 seasonal jobs"
      // in the parks department.
      const countsWhatIsAsked = (ids: readonly number[]) => countsIt(ids) && modifiers.every((i) => ids.some((id) => coverOne(i, id, true) > 0));
      const countable = nounMatches !== undefined && !NOT_A_NOUN.test(countedNoun!) && [...nounMatches.keys()].some((t) => df.has(t));
      // "How many sirens didn't go off?", "what happens if you don't pay?": the question's words
      // are there in any passage about sirens or paying; one that says nothing is not done is no
      // answer. (Not for "why": the cause of something not done is said without a negation, "the
      // alarm had been disabled"; nor for a yes or no, which the passage may be.)
      const negated = types[0] !== 'cause' && !ASKS_YES_OR_NO.test(question) && NEGATED_QUESTION.test(question);
      // What an answer must be, however much of the question it covers: its kind, near the
      // question's own words, all of them for a question about all its words, a count of what
      // "how many" asks, a negation for a question about what was not done, and not a passage
      // saying the thing is not given.
      const mayAnswer = (u: Unit) => !u.loose && (!negated || u.ids.some((id) => NEGATION.test(sentences[id]!.text))) && u.typed && u.anchored && (u.missing === 0 || !aboutAllWords) && (u.primary || !(DIMENSIONS.has(types[0]!) || types[0] === 'duration')) && (!countable || countsWhatIsAsked(u.ids)) && !saysNotGiven(u.ids);
      const covers = (u: Unit) => u.coverage >= (types.length === 0 ? HIGH_UNTYPED : HIGH);
      const answers = (u: Unit) => covers(u) && mayAnswer(u);
      const bestMayAnswer = mayAnswer(best);
      const bestAnswers = bestMayAnswer && covers(best);
      /** What the confidence model weighs of the best passage (see confidence.ts). */
      const answerSignals = (): AnswerSignals => {
        const held = unique.map((_, i) => Math.max(...best.ids.map((id) => coverOne(i, id, true))));
        const agreed = agrees();
        const leads = standing.margin >= MARGIN;
        return {
          coverage: best.coverage, relaxed: best.relaxed, score: best.score, rivalScore: rival?.score ?? 0, rivalCoverage: rival?.coverage ?? 0,
          typed: best.typed, primary: best.primary, anchored: best.anchored, linked: best.linked, related: best.related, missing: best.missing,
          kinded: types.length > 0, aboutAllWords, terms: unique.length, answersByRule: bestAnswers, leads, sureByRule: bestAnswers && (leads || agreed), agrees: agreed, pair: best.ids.length > 1,
          sureUnits: units.filter((v) => !v.loose && v.coverage >= HIGH).length, units: units.length, paragraph: sentences[best.ids[0]!]!.paragraph,
          countable, whoSaid, topCovered: held[weightiest] ?? 0, maxMissed: Math.max(0, ...weights.map((w, i) => (held[i] === 0 ? w / total : 0))),
          spans: types.length ? (located(best.ids) ?? []).length : 0, quoted: best.features.quoted, type: types[0] ?? 'none',
        };
      };
      // (Weighed only for a passage that may answer at all: the rest are never sure.)
      const signals = bestMayAnswer ? answerSignals() : undefined;
      /** What a sure answer shows: the best passage, with what completes it. */
      const sureAnswer = (): Sentence[] => {
        const chosen = new Set(trimmed(best));
        // The sentence after, when it goes on from the answer and holds what was asked itself.
        const last = Math.max(...chosen);
        if (chosen.size === 1 && leansWithAnswer(last, last + 1)) chosen.add(last + 1);
        const named = who && chosen.size === 1 ? nameAfter(last) : undefined;
        if (named !== undefined) chosen.add(named);
        if (chosen.size === 1) for (const id of entryOpening(last)) chosen.add(id);
        // A second passage as good as the best answers too, when the best leads the rest clearly
        // (else the two are a choice, and the model weighed only the first).
        // (As good: it holds the first kind asked if the best does; "how long was the meeting" is
        // not answered by a date beside "lasted nearly five hours".)
        const second = units.find((u) => u.ids.length === 1 && !chosen.has(u.ids[0]!) && u.typed && (u.primary || !best.primary) && u.coverage >= HIGH);
        if (signals?.sureByRule && second && second.score >= best.score * SECOND_ANSWER && chosen.size === 1) chosen.add(second.ids[0]!);
        // A short answer comes with the sentence after it in its paragraph, as a closest passage
        // does: news often says a thing in a few words and what it amounts to next ("Deputies
        // closed Route 17. The road remains closed."; "It is not approved for children. A study in
        // teens is under way."). See SHORT_ANSWER. (Not across a paragraph break, as a passage
        // may: for wire copy's paragraphs of one sentence that changed 270 more answers, for 4
        // more right.)
        // (Not for "who said …": the words asked about are the answer, and their speaker.)
        if (chosen.size === 1 && !whoSaid && tokenize(sentences[last]!.text).length <= SHORT_ANSWER && sentences[last + 1]?.paragraph === sentences[last]!.paragraph && usable(last + 1)) chosen.add(last + 1);
        return withContext(article, shownIds([...chosen]));
      };
      const weighed = () => units.map((u) => ({ sentences: u.ids.map((id) => sentences[id]!), features: u.features }));
      const evidence = { ...standing, signals, shows: sureAnswer, weighed };
      // Two passages that both answer, neck and neck and well ahead of the rest ("Same-store sales
      // … fell 3.2%" and a rival's "6% drop in same-store sales"): both are the answer, given
      // together. Measured on four sets: 27 more confident right answers for 7 more wrong; letting
      // either be a sentence with the one that leans on it: 4 more right, none wrong.
      const third = rival && units.find((u) => !u.loose && u.ids.every((id) => !best.ids.includes(id) && !rival.ids.includes(id)));
      if (rival && standing.margin < MARGIN && bestAnswers && answers(rival) && (rival.primary || !best.primary) && rival.score - (third?.score ?? 0) >= PAIR_LEAD) {
        const pair = [...trimmed(best), ...trimmed(rival)];
        return { confidence: 'high', sentences: withContext(article, shownIds(pair)), passages: [], evidence };
      }
      if (signals && isSure(signals)) return { confidence: 'high', sentences: sureAnswer(), passages: [], evidence };
      const passages: Sentence[][] = [];
      const shown = new Set<number>();
      // A passage close enough first; then, once one is shown, any other related ones up to
      // PASSAGES, best first: the reply already says the article does not answer directly, and a
      // passage that holds less of the question may still hold the answer ("what was the final
      // tally" → "… by 312 votes to 268"). Measured on the fresh set: 55 more right passages
      // shown, 7 fewer; nothing else moves, as no reply changes its kind.
      // The standfirst retells the story's gist in a line: for a question asking a kind of thing
      // it does not hold, it comes after the story's own close passages, as a passage that may
      // hold the answer would otherwise be left out. Measured on the fresh set: 18 more right
      // passages shown, 5 fewer. (Moving the lead's paragraphs so: 157 fewer.)
      const gistOnly = (u: Unit) => types.length > 0 && !u.typed && u.ids.every(isStandfirst);
      // After the first close passage, the rest in the ranking's order, close or only related: a
      // passage that holds a question word itself but ranks low is seldom nearer the answer than
      // one that ranks higher through a word used alike ("how many planes had to land somewhere
      // else" → "38 flights were cancelled and 11 diverted"). Measured on the fresh set: 56 more
      // right passages shown, 24 fewer (all close ones first; lifting the close ones by 0.1 or
      // 0.25 over the rest: 8 and 17 fewer than none); nothing confident changes.
      const close = units.filter(closeEnough);
      const firstClose = close.find((u) => !gistOnly(u)) ?? close[0];
      const ordered = firstClose ? [firstClose, ...units.filter((u) => u !== firstClose && (u.related || closeEnough(u)))] : [];
      for (const u of [...ordered.filter((u) => !gistOnly(u)), ...ordered.filter(gistOnly)]) {
        if (passages.length >= PASSAGES || (passages.length === 0 && !closeEnough(u))) break;
        // A closest passage comes with the sentence after it in its paragraph: the answer often
        // sits right after the sentence that holds the question's words ("The county set up air
        // monitoring at nine sites. Readings at six of them were above safe levels."). Measured
        // on the fresh set: 433 of 3,249 misses had it there; shown so, 148 more right passages
        // shown, no confident answer changed. (Also across a paragraph break after a paragraph of
        // one sentence, and the sentence before in a paragraph of two: see `oneSentenceParagraph`,
        // `closesPairParagraph`; 264 more right passages shown.)
        const single = u.ids.length === 1 ? [...u.ids, ...entryOpening(u.ids[0]!)] : trimmed(u);
        const end = Math.max(...single);
        const after = single.length === 1 && (sentences[end + 1]?.paragraph === sentences[end]!.paragraph || quotesOnFrom(end) || oneSentenceParagraph(end)) && usable(end + 1) ? [...single, end + 1] : single;
        const own = single.length === 1 && after.length === 1 && closesPairParagraph(end) && usable(end - 1) ? [end - 1, end] : after;
        const named = who && single.length === 1 ? nameAfter(single[0]!) : undefined;
        const all = shownIds(named === undefined || own.includes(named) ? own : [...own, named]);
        const ids = all.filter((id) => !shown.has(id));
        if (ids.length === 0) continue;
        // (Its context too: the sentence one leans back on may be shown already.)
        const passage = withContext(article, ids).filter((s) => !shown.has(s.id));
        // A passage that goes on from one already shown, in the same paragraph, lengthens it.
        const joins = passages.find((p) => p.length + passage.length <= JOINED_PASSAGE && passage.some((s) => p.some((t) => Math.abs(t.id - s.id) === 1 && t.paragraph === s.paragraph)));
        passage.forEach((s) => shown.add(s.id));
        if (joins) joins.splice(0, joins.length, ...[...joins, ...passage].sort((a, b) => a.id - b.id));
        else {
          passages.push(passage);
          passageScore.set(passage, u.score);
        }
      }
      // ("how old is the guy": nothing close enough to show, and the question is about the story.)
      if (!passages.length) return aboutTheStory && !units.some((u) => u.anchored) ? leadPassages(types, question) : NOTHING;
      return { confidence: 'low', sentences: [], passages, evidence };
  };

  return {
    answer(question: string): SearchResult {
      // "What happened?", "what's the latest?": the story itself, which its lead tells.
      // ("What happened in Aleppo?" under "Syrian Ceasefire Breaks Down At Aleppo": the same.)
      const about = HAPPENED_IN.exec(question.trim())?.[1];
      if (WHOLE_STORY.test(question.trim()) || (about !== undefined && termsOf(about).every((t) => headlineTerms.has(t)))) return storyLead();
      const words = questionWords(question, related);
      const sure = answerAt(question, words, SIMILAR);
      // (A question nothing relates to stays declined: "what is the capital of France".)
      if (sure.confidence !== 'low') return sure;
      // Only related passages: they are looked for again with words used a little less alike
      // (see SIMILAR_SHOWN), which never makes an answer sure.
      // The article's words only the looser neighbours of the question's words reach.
      const through = new Set<string>();
      for (const w of words) {
        for (const word of [w.word, ...(w.also ?? []).map((o) => o.word)]) {
          const close = new Set(similarTo(word).map(([t]) => t));
          for (const [t] of similarTo(word, SIMILAR_SHOWN)) if (!close.has(t)) through.add(t);
        }
      }
      if (through.size === 0) return sure;
      const wide = answerAt(question, words, SIMILAR_SHOWN, through);
      if (wide.confidence === 'none') return sure;
      const widePassages = wide.confidence === 'high' ? [wide.sentences] : wide.passages;
      // The first pass's best passage, then the rest of both passes' by their score, each passage
      // once; the second pass's a little below the first's, as its words match more loosely.
      // (Before, the two lists took turns, so a weak third passage of the first pass, often the
      // lead, pushed out a second-pass passage that held the answer. Measured on the fresh set:
      // 53 more right passages shown; by score with no cost, 39; a cost of 0.1, 39; 0.2, 7.)
      const fromWide = new Set(widePassages);
      const score = (p: Sentence[]) => (passageScore.get(p) ?? 0) - (fromWide.has(p) ? WIDE_PASSAGE_COST : 0);
      const rest = [...sure.passages.slice(1), ...widePassages].map((p, k) => ({ p, k })).sort((a, b) => score(b.p) - score(a.p) || a.k - b.k);
      const passages: Sentence[][] = [];
      const seen = new Set<number>();
      for (const passage of [...sure.passages.slice(0, 1), ...rest.map((x) => x.p)]) {
        if (passages.length >= PASSAGES || passage.some((x) => seen.has(x.id))) continue;
        passage.forEach((x) => seen.add(x.id));
        passages.push(passage);
      }
      return { ...sure, passages };
    },
  };
}

/**
 * Does the text from a number to a noun make one phrase, "11,500 farms", "340 full-time workers",
 * "two of the injured"? At most three words between, and no punctuation: "Tom Becerra, 58, said he
 * and his wife…" does not count wives.
 */
export function countedBy(between: string): boolean {
  // ("37 of its 1,160 crew members": a number's own separators are no punctuation.)
  const rest = between.replace(/^[\p{L}\p{N}]+(?:[,.][\p{L}\p{N}]+)*/u, '').replace(/(?<=\d)[,.](?=\d)/g, '');
  return !/[,;:()—–]/.test(rest) && rest.trim().split(/\s+/).filter(Boolean).length <= 3;
}

/**
 * The noun "how many" counts: the head of the words after it, not its first modifier ("how many
 * library JOBS", "how many extra FLIGHTS", "how many legionnaires CASES"). That is the last plural
 * before the verb or a preposition, else the first word ("how many people died").
 */
export function countedNounOf(question: string): { noun: string; modifiers: string[] } | undefined {
  const m = /\bhow many\s+([a-z]+(?:[\s-]+[a-z]+){0,2})/i.exec(question);
  if (!m) return undefined;
  const [first, ...rest] = m[1]!.toLowerCase().split(/[\s-]+/);
  const run = [first!];
  for (const w of rest) {
    if (NOT_IN_NOUN_PHRASE.test(w)) break;
    run.push(w);
  }
  const at = run.findLastIndex((w, i) => i > 0 && /[^su]s$/.test(w));
  return at < 0 ? { noun: first!, modifiers: [] } : { noun: run[at]!, modifiers: run.slice(0, at) };
}
/** Words before the counted noun that say which of them only loosely: "how many MORE jobs". */
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['more', 'other', 'extra', 'new', 'additional', 'total', 'different', 'separate']);
/** A past participle or an auxiliary: a verb after "how many", never the noun counted. */
const VERB_AFTER_HOW_MANY = '[a-z]+ed|are|were|is|was|have|has|had|did|do|does|will|would|can|could|should|may|might';
/** A word that ends the noun phrase after "how many": a verb, an auxiliary, a preposition, a pronoun. */
const NOT_IN_NOUN_PHRASE = new RegExp(`^(?:${VERB_AFTER_HOW_MANY}|[a-z]{3,}ing|must|in|on|at|of|for|to|from|with|by|about|than|the|a|an|that|who|which|whose|they|he|she|it|we|you|i|there|their|his|her|its|our|my|your|per|each|this|these|those|and|or|so|still|now|ever)$`);
/** After "how many": a verb or an auxiliary, not the noun counted. */
const NOT_A_NOUN = new RegExp(`^(?:${VERB_AFTER_HOW_MANY}|got|get|went|go|came|come|took|take|made|make|ran|run|saw|fell|left|won|lost|still|more|of)$`);

/** A NOT_GIVEN match that says a state of what stands before it: "remains unknown", "is under investigation". */
const STATE_NOT_GIVEN = /^(?:was|were|is|are|remains?|has|have|had|yet)\b/i;

/** Where a clause ends: "…, but …", "… but …", a semicolon, a dash. */
const CLAUSE_END = /[;—–]|,\s+(?:but|while|although|though|and|as|so)\b|\s+but\b/;

/** A number of two or more characters, or a capitalised word: what two passages can agree on. */
const DISTINCTIVE = /^(?:[$£€]?\d[\d,.:%-]+|\p{Lu}\p{Ll}+)$/u;
/** Capitalised words too common in news to be an answer two passages agree on. */
const COMMON_CAPITALS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|At|It|He|She|They|We)$/;

/**
 * A paragraph's opening that goes on about the one before: "The 23-year-old has signed …" (the
 * person the lead names), "The cause was complications of pneumonia" (the death it reports).
 */
const PARAGRAPH_ANAPHOR = /^the\s+(?:\d{1,3}-year-old|cause)\b/i;

/** Does `b` open the paragraph right after `a`'s on what `a` tells (see PARAGRAPH_ANAPHOR)? */
function opensOn(a: Sentence, b: Sentence): boolean {
  return b.paragraph === a.paragraph + 1 && PARAGRAPH_ANAPHOR.test(b.text);
}

/** Do two passages give the same answer? */
function sameAnswer(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** A stem without the ending the stemmer adds to some forms only ("injuri" and "injur" → "injur"). */
const stemKey = (term: string): string => term.replace(/[ie]$/, '');

/**
 * Kinds of answer whose units are rare in a story (a weight, a length, a clock time): asked with
 * no topic ("how hot did it get", "what time did it go off"), a sentence holding one is the
 * answer's likely place.
 */
const DIMENSIONS: ReadonlySet<AnswerType> = new Set(['weight', 'length', 'speed', 'temperature', 'clock', 'frequency', 'score']);
/**
 * "Who bought the Willow Creek Golf Course?" is not answered by a sentence about the course that
 * says nothing of buying, whoever it names: a question for a person, a body or a name is about
 * all of its words, as one of no kind is (`aboutAllWords` in the search). Measured on the fresh set: 25 fewer confident wrong
 * answers, 15 more unanswerable questions declined, 11 fewer confident right; main set 2 fewer
 * wrong, 2 fewer right. (So measured, dates, places, causes, counts and money lost more right
 * answers than wrong ones.)
 */
const WHO_WHICH: ReadonlySet<AnswerType> = new Set(['person', 'organisation', 'name', 'role']);

/** A sentence of prose: eight words or more, not a byline. */
const PROSE = /^(?!by\s)(?:\S+\s+){7,}\S/i;

/** "What happened in Aleppo", "what's going on in Kettleby": the place (group 1) the question asks of. (Not "what happened to Marchetti": one thing in the story.) */
const HAPPENED_IN = /^what(?:[’']?s|\s+is|\s+has)?\s+(?:happened|happening|going\s+on)\s+in\s+(.+?)[\s?.!]*$/i;

/** A question about the story as a whole: "what happened?", "what's going on", "what's the latest", "what is this about". */
const WHOLE_STORY = /^(?:(?:so|ok|okay|hey|and)[,\s]+)?(?:what(?:[’']?s|\s+is|\s+has)?\s+(?:happened|happening|going\s+on|new|the\s+(?:latest|news|story|gist|deal))(?:\s+(?:here|today|now|then|so\s+far))?|what(?:\s+is|\s+was|['’]?s)\s+(?:it|(?:this|the)(?:\s+(?:article|story|piece|news))?)\s+about|(?:give\s+me\s+)?the\s+gist|tl;?dr|any\s+(?:news|updates?))[\s?.!]*$/i;
/** Someone's age said outright: "104 years old", "aged 54", "Brian Kessler, 54,", "a 27-year-old". */
const STATED_AGE = /\b\d{1,3}[- ]years?[- ]old\b|\baged?\s+\d{1,3}\b|\p{Lu}[\p{L}’'-]+,\s*\d{1,3},|\b(?:is|was|turned|turns)\s+\d{1,3}\b(?![,.:]?\d)/u;

/** "deadline" as an index term, and a date something must be done by: "by Dec. 31", "no later than 5 p.m. on Friday". */
const DEADLINE_TERM = toTerm('deadline');
const BY_DATE = /\b(?:by|before|no later than|until|till)\s+(?:the end of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d\d|midnight|noon)/i;

/** A question about the story itself: "when did IT happen", "what time does IT kick in". */
// ("how old is the guy": a word for anyone, as "he" is.)
// ("When did the accident happen": a word for whatever happened, which the story tells in its own.)
const STORY_PRONOUN = /\b(?:it|this|that|they|them|he|she|him|her|guy|bloke|fella|chap|lad|the (?:accident|incident|whole thing|tragedy|ordeal))\b/i;

/** A live update's opening stamp: "9:10 a.m. —", "11:05 a.m. Tuesday —", "8.30pm:". */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?(?:\s+\p{Lu}\p{Ll}+)?\s*[—–:-]/u;
/** The same, wherever a sentence of a passage opens. */
const STAMPS = new RegExp(`(?<=^|[.!?…”’"]\\s)${TIME_STAMP.source.slice(1)}`, 'gu');
/** A clock's digits, which any stamp holds: a text without them is read as it is. */
const STAMP_DIGITS = /\d[:.]\d\d/;


/** How each paragraph opens: its first sentence. */
function paragraphOpenings(sentences: readonly Sentence[]): Map<number, Sentence> {
  const out = new Map<number, Sentence>();
  for (const s of sentences) if (!out.has(s.paragraph)) out.set(s.paragraph, s);
  return out;
}

/** For each sentence of a Q&A answer ("A: …"), the question it answers (the "Q: …" paragraph before). */
function interviewQuestions(sentences: readonly Sentence[], openings: ReadonlyMap<number, Sentence>): Map<number, string> {
  const asked = new Map<number, string>();
  for (const s of sentences) if (QUESTION_LINE.test(openings.get(s.paragraph)!.text)) asked.set(s.paragraph, `${asked.get(s.paragraph) ?? ''} ${s.text}`);
  const out = new Map<number, string>();
  for (const s of sentences) {
    const question = asked.get(s.paragraph - 1);
    if (question && ANSWER_LINE.test(openings.get(s.paragraph)!.text)) out.set(s.id, question.replace(QUESTION_LINE, ' '));
  }
  // An explainer's headings ("Which hospitals are affected?", "When will it be fixed?"): the
  // paragraphs under one, up to the next, answer it.
  // So does a live update's entry title ("10:40 a.m. — What to expect next") for the entry under it.
  let heading: string | undefined;
  let under = 0;
  for (const s of sentences) {
    if (isHeading(s, sentences) || isEntryTitle(s, sentences)) {
      heading = s.text.replace(TIME_STAMP, ' ');
      under = s.paragraph;
    } else if (heading && s.paragraph - under <= HEADING_REACH && !out.has(s.id)) out.set(s.id, heading);
  }
  return out;
}

/** A paragraph that is only a live update's time stamp and a short title. */
function isEntryTitle(s: Sentence, sentences: readonly Sentence[]): boolean {
  return TIME_STAMP.test(s.text) && s.text.split(/\s+/).length <= 16 && aloneInParagraph(s, sentences);
}

/** A subheading or a live entry's title, alone in its paragraph. */
const isTitle = (s: Sentence, sentences: readonly Sentence[]) => readsAsTitle(s.text) && aloneInParagraph(s, sentences);

/** Is `s` its paragraph's only sentence? */
const aloneInParagraph = (s: Sentence, sentences: readonly Sentence[]) => sentences[s.id - 1]?.paragraph !== s.paragraph && sentences[s.id + 1]?.paragraph !== s.paragraph;

/** Paragraphs under an explainer's heading that answer it. */
const HEADING_REACH = 3;

/** A paragraph that is one short question and nothing else: an explainer's heading. */
function isHeading(s: Sentence, sentences: readonly Sentence[]): boolean {
  return /\?\s*$/.test(s.text) && !/[“”"‘’]/.test(s.text) && s.text.split(/\s+/).length <= 12 && aloneInParagraph(s, sentences);
}

/** Does `a` hold any member of `b`? Without building arrays: this runs for every passage of every question. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The phrasal verbs in `text` that the related-words table knows. */
function phrasesIn(text: string, related: RelatedWords): ReturnType<typeof phrasalTerms> {
  return phrasalTerms(text, related.lemma, (t) => related.related(t) !== undefined);
}

/**
 * Dimension adjectives news writes after the measure ("18 inches deep", "40 feet tall"), and
 * seldom in another sense. (Not "big", "far", "high", "cold": an article that uses them elsewhere
 * would make every passage that gives the size without them miss a word. Measured with them on
 * the fresh set: 24 fewer confident right answers for 7 fewer wrong.)
 */
const WRITTEN_WITH_MEASURE: ReadonlySet<string> = new Set(['deep', 'tall', 'wide', 'thick']);

/** A question's term and the word(s) it came from; a phrasal verb also carries its words' own terms. */
interface QuestionWord {
  term: string;
  word: string;
  also?: Array<{ term: string; word: string }>;
  /** A measured noun's adjective as asked ("deep" for "depth"): the noun counts when the article writes either. */
  heldAs?: string;
}

/** Two letters, or a letter and a digit ("q3", "f1"), as a reader types an initialism. */
const SHORT_INITIALISM = /^(?:[a-z]{2}|[a-z]\d)$/;
/** Two-letter words of chat that are not initialisms (the stop words are dropped anyway). */
const NOT_INITIALISMS = new Set(['us', 'go', 'ok', 'oh', 'ah', 'eh', 'uh', 'um', 'hi', 'ya', 'yo', 'ye', 'ex', 'ox', 'lo', 'ha', 'mr', 'ms', 'dr', 'st', 'vs', 'pm', 'am', 'th', 'nd', 'rd']);

/** The question's terms (an irregular form by its lemma: "paid" → "pay"), each with the word it came from. */
function questionWords(asked: string, related: RelatedWords): QuestionWord[] {
  // ("who came 3rd" as the terms read it: "third".)
  const question = ordinalsInWords(asked);
  const terms = questionTerms(question);
  const out: QuestionWord[] = [];
  // A phrasal verb is one word of the question ("when did she STEP DOWN"), not two; it keeps
  // the terms its words would have had on their own ("pay back" → "pay", "back") as alternatives.
  const tokens = tokensAt(question);
  const inPhrase = new Set<string>();
  for (const { term, words } of phrasesIn(question, related)) {
    const phrase = words.map((k) => tokens[k]!.token.toLowerCase());
    phrase.forEach((w) => inPhrase.add(w));
    const also = words.flatMap((k) => {
      const own = toTerm(tokens[k]!.token);
      if (!own || !terms.includes(own)) return [];
      const word = tokens[k]!.token.toLowerCase();
      const lemma = related.lemma(word);
      return [{ term: (lemma && toTerm(lemma)) || own, word }];
    });
    out.push({ term, word: phrase.join(' '), also });
  }
  for (const token of tokenize(question)) {
    const word = token.toLowerCase();
    const own = toTerm(token);
    if (!own || !terms.includes(own) || inPhrase.has(word) || out.some((w) => w.word === word)) continue;
    const lemma = related.lemma(word);
    out.push({ term: (lemma && toTerm(lemma)) || own, word });
  }
  // "what does the mp want", "how many gp surgeries": readers type initialisms in lower case, which
  // the terms drop as too short to be words. Counted only when the article has the initialism.
  for (const { token } of tokens) {
    const word = token.toLowerCase();
    if (token !== word || !SHORT_INITIALISM.test(word) || toTerm(token) || STOP_WORDS.has(word) || NOT_INITIALISMS.has(word) || out.some((w) => w.term === word)) continue;
    out.push({ term: word, word, also: [] });
  }
  // Counted only when the article uses the noun itself (as a phrasal verb's filler is), or the
  // adjective asked ("water was up to 18 inches deep"): "size" asked of an article that never
  // says it would keep every passage from being sure.
  for (const { noun, adjective } of measuredNouns(question)) {
    const term = toTerm(noun)!;
    const heldAs = WRITTEN_WITH_MEASURE.has(adjective) ? { heldAs: toTerm(adjective)! } : {};
    if (!out.some((w) => w.term === term)) out.push({ term, word: noun, also: [], ...heldAs });
  }
  return out;
}

/**
 * The chosen sentences in reading order, with the sentence before any that leans on it ("He
 * said…", "They also…"), so an answer never starts mid-thought.
 */
function withContext(article: Article, chosen: readonly number[]): Sentence[] {
  const ids = new Set(chosen);
  for (const id of chosen) {
    const s = article.sentences[id]!;
    const prev = article.sentences[id - 1];
    // (Or across a paragraph break, from a paragraph's first sentence: "He said …" opens on the
    // paragraph before as often as on the sentence before.)
    if (prev && (prev.paragraph === s.paragraph || prev.paragraph === s.paragraph - 1) && LEANS_BACK.test(s.text)) ids.add(prev.id);
  }
  return [...ids].sort((a, b) => a - b).map((id) => article.sentences[id]!);
}

/** Words (each with its term) grouped by their length. */
function byLength(words: ReadonlyMap<string, string>): Map<number, Array<readonly [string, string]>> {
  const out = new Map<number, Array<readonly [string, string]>>();
  for (const [word, term] of words) {
    const bucket = out.get(word.length);
    if (bucket) bucket.push([word, term]);
    else out.set(word.length, [[word, term]]);
  }
  return out;
}

/** Speaker names and aliases for each sentence that lies inside a quote. */
function sentenceSpeakers(article: Article): Map<number, string> {
  const out = new Map<number, string>();
  for (const [sentence, quoteId] of quotedSentences(article)) {
    const speaker = article.quotes[quoteId]!.speaker;
    if (speaker === undefined) continue;
    const { name, aliases } = article.speakers[speaker]!;
    // (Not an age: "the 78-year-old" says nothing of what her words are about.)
    out.set(sentence, [name, ...aliases.filter((a) => !AGE_ALIAS.test(a))].join(' '));
  }
  return out;
}

/**
 * "Sen. Ruth Ellingboe … said in a statement …" ¶ "Ellingboe said she had asked the department to
 * brief her office by Dec. 15.": a sentence naming someone the article has given a role carries
 * that role, as a quoted sentence carries its speaker's ("when does the senator want the
 * briefing"). So does one naming a body the article quotes, with the nouns it goes by
 * ("Calder Sound Ferries has run the route since 2014": "which company runs the route"). The
 * roles, by sentence id, for sentences outside quotes.
 */
function rolesOfNamed(article: Article, referentOf: ReadonlyMap<number, string>, termsOf: (text: string) => string[]): Array<NamedRole[] | undefined> {
  const named = article.speakers.filter((sp) => !sp.unnamed && sp.name.includes(' '));
  if (named.length === 0) return [];
  const quoted = quotedSentences(article);
  // (Each speaker's terms worked out once, shared by every sentence naming them.)
  const byName = named.flatMap((sp) => {
    const parts = sp.name.toLowerCase().split(/\s+/);
    const surname = sp.name.split(/\s+/).at(-1)!;
    // Its role and the body it speaks for ("Prairie Wind CEO": "how much cash does Prairie Wind
    // have" meets "Thibodeaux said the airline had $2 million"), not its name again, nor an age.
    const words = sp.aliases.filter((a) => !AGE_ALIAS.test(a) && !a.split(/\s+/).every((w) => parts.includes(w))).join(' ');
    // (A person by surname; a body, which has neither role nor gender, by its whole name.)
    const by = sp.role === undefined && !sp.gender ? sp.name : surname;
    return words ? [{ role: { holder: toTerm(surname) ?? '', terms: new Set(termsOf(words)) }, named: new RegExp(`\\b${escapeRegExp(by)}\\b`, 'u') }] : [];
  });
  return article.sentences.map((s) => {
    if (quoted.has(s.id)) return undefined;
    // (Or names them by a pronoun: "She said …" after her name.)
    const names = `${s.text} ${referentOf.get(s.id) ?? ''}`;
    const roles = byName.filter((n) => n.named.test(names)).map((n) => n.role);
    return roles.length ? roles : undefined;
  });
}

/** A speaker's role and body as index terms, and the term of the surname a question names them by. */
interface NamedRole {
  holder: string;
  terms: ReadonlySet<string>;
}

/** A sentence opening on a body by its noun: "The company, which …", "The council said". */
const REFERRED_BODIES = new Set(['company', 'firm', 'council', 'trust', 'union', 'agency', 'department', 'airline', 'group', 'board', 'district', 'authority', 'charity', 'university', 'college', 'hospital', 'bank', 'club', 'foundation', 'retailer', 'carrier', 'operator', 'utility', 'regulator', 'commission', 'ministry', 'chain', 'insurer', 'lender', 'developer', 'manufacturer', 'maker', 'publisher', 'museum', 'school']);
/** A sentence opening on "The <noun>": a body's noun (REFERRED_BODIES), or the last word of a name ("Egg Farms", "Fennimore Park"). */
const THE_NOUN_OPENING = /^The\s+(\p{Ll}{3,})(?=,|\s+\p{Ll}|’s|'s)/u;
/** A name's last word as "the …" calls it: "Farms" → "farm" (not "Press", "Mills" → "mill"). */
const singular = (w: string) => (/[^s]s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w);
/** Paragraphs back a body's name may stand for "the company" to mean it. */
const BODY_REACH = 3;

/**
 * "Ray Dettmer parks his pickup … ¶ He is 72": a sentence of the writer's that opens on "He" or
 * "She" (or "His", "Her": "His best corn is running 60 bushels an acre") is about the person
 * named last before it (of that gender, when the article gives one), in its paragraph or the one
 * before; one that opens on "The company" is about a body (see REFERRED_BODIES), and one that
 * opens on the last word of a name given before ("The farm’s owner" after "Prairie Crest Egg
 * Farms") is about that name. The name, by sentence id.
 */
function pronounReferents(article: Article, namesOf: (text: string) => ReturnType<typeof findNames>): Map<number, string> {
  const out = new Map<number, string>();
  const quoted = quotedSentences(article);
  const genderOf = new Map<string, 'm' | 'f'>();
  for (const s of article.speakers) if (s.gender && !s.unnamed) for (const w of s.name.toLowerCase().split(/\s+/)) genderOf.set(w, s.gender);
  // (A speaker's full name too, which the body may never give: "Vossberg, 58, grows wheat" after a
  // caption named Dale Vossberg.)
  const fullNames = new Map<string, string>(article.speakers.filter((s) => !s.unnamed && s.gender && s.name.includes(' ')).map((s) => [s.name.toLowerCase().split(/\s+/).at(-1)!, s.name]));
  const last: Partial<Record<'m' | 'f' | 'any', { name: string; paragraph: number }>> = {};
  // "Corvanta said … ¶ The company, which makes software for insurers, had about 8,200 employees":
  // a body the text goes on calling by its noun ("the company", "the council") is the one it last
  // named that the text calls so (a speaker with that noun among its names).
  const bodies = article.speakers.flatMap((sp) => {
    if (sp.unnamed || sp.gender) return [];
    const nouns = sp.aliases.filter((a) => REFERRED_BODIES.has(a));
    const names = [sp.name, ...sp.aliases.filter((a) => a.length >= 4 && !a.includes(' ') && !nouns.includes(a)).map((a) => a.charAt(0).toUpperCase() + a.slice(1))];
    return nouns.length ? [{ name: sp.name, nouns: new Set(nouns), names, seen: -1 }] : [];
  });
  // Names of things the text has given so far, with the kinds of body their last word says and
  // that word as "the …" calls it.
  const namedThings: Array<{ name: string; kinds: string[]; head: string; paragraph: number }> = [];
  for (const s of article.sentences) {
    for (const body of bodies) if (body.names.some((n) => s.text.includes(n))) body.seen = s.paragraph;
    const opening = quoted.has(s.id) ? undefined : THE_NOUN_OPENING.exec(s.text)?.[1];
    const noun = opening !== undefined && REFERRED_BODIES.has(opening) ? opening : undefined;
    // "Prairie Crest Egg Farms … ¶ The farm’s owner, Dale Vorhees, …": a sentence opening on the
    // head noun of a name given shortly before is about that name.
    // (However far back when it is the only such name so far.)
    const heads = opening === undefined || noun !== undefined ? [] : namedThings.filter((t) => t.head === opening);
    const latest = heads.at(-1);
    const headed = latest && (new Set(heads.map((t) => t.name)).size === 1 || s.paragraph - latest.paragraph <= BODY_REACH) ? latest : undefined;
    if (headed && !s.text.includes(headed.name)) out.set(s.id, headed.name);
    if (noun) {
      const body = bodies.filter((b) => b.nouns.has(noun) && b.seen >= 0 && s.paragraph - b.seen <= BODY_REACH).sort((a, b) => b.seen - a.seen)[0];
      // (Else a body no one quotes, whose name says what it is: "Rock Prairie Paving Co.")
      const named = body ? undefined : namedThings.findLast((b) => s.paragraph - b.paragraph <= BODY_REACH && orgAccepts(noun, b.kinds));
      if (body && !body.names.some((n) => s.text.includes(n))) out.set(s.id, body.name);
      else if (named && !s.text.includes(named.name)) out.set(s.id, named.name);
    }
    const opens = quoted.has(s.id) ? undefined : /^(He|She|His|Her)\s+\p{Ll}/u.exec(s.text)?.[1];
    if (opens) {
      const gender = opens === 'He' || opens === 'His' ? 'm' : 'f';
      const other = gender === 'm' ? 'f' : 'm';
      // The last person of this gender, or of none known, unless one of the other was named since.
      const candidate = [last[gender], last.any].filter((c) => c !== undefined).sort((a, b) => b!.paragraph - a!.paragraph)[0];
      if (candidate && s.paragraph - candidate.paragraph <= 1 && !(last[other] && last[other]!.paragraph > candidate.paragraph && last.any === candidate)) out.set(s.id, candidate.name);
    }
    const names = namesOf(s.text);
    // "Kowalczyk, 52, grew up on a dairy farm": a surname alone stands for the full name given
    // before, which readers ask by ("how old is Annette?"), as a pronoun stands for its name.
    if (!out.has(s.id)) {
      const full = [...new Set(names.flatMap((m) => (m.tokens.length === 1 ? (fullNames.get(m.tokens[0]!.toLowerCase()) ?? []) : [])))];
      if (full.length) out.set(s.id, full.join(' '));
    }
    for (const m of names) {
      if (!m.personLike && m.tokens.length >= 2) namedThings.push({ name: m.text, kinds: kindsOfHead(m.tokens.at(-1)!), head: singular(m.tokens.at(-1)!.toLowerCase()), paragraph: s.paragraph });
      // A full name, or a surname the article has given in full before ("Dettmer says").
      const name = m.personLike && m.tokens.length >= 2 ? m.text : m.tokens.length === 1 ? fullNames.get(m.tokens[0]!.toLowerCase()) : undefined;
      if (!name) continue;
      if (m.personLike && m.tokens.length >= 2) fullNames.set(m.tokens.at(-1)!.toLowerCase(), name);
      const gender = genderOf.get(name.toLowerCase().split(/\s+/).at(-1)!);
      last[gender ?? 'any'] = { name, paragraph: s.paragraph };
    }
  }
  return out;
}

export type { AnswerType };
