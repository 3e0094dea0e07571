/**
 * Words → index terms, one definition for the search index, the question and the summary:
 * keeps "250,000" (also as "250000"), "U.S.", and hyphenated names ("al-Assad", and its parts),
 * drops English stop words, and stems ("trapped" → "trap") so forms of a word meet.
 */
import { stemmer } from 'stemmer';
import { ABBREVIATED_TITLES } from './lexicon.js';

// ("Against" is not one: "who voted against it" asks about those against, not about the vote.)
export const STOP_WORDS = new Set(
  `a about above after all am an and any are aren't as at be because been being below
  between both but by can could did didn't do does doesn't doing don't down during each few for from further
  had has have having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm
  i've if in into is isn't it it's its itself let's me more most my myself no nor not of off on once only or
  ought our ours ourselves out over own same she she'd she'll she's should so some such than that that's
  the their theirs them themselves then there there's these they they'd they'll they're they've this those
  through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
  where where's which while who who's whom why why's will with won't would you you'd you'll you're you've your
  yours yourself yourselves till til 'til hasn't haven't hadn't can't couldn't shouldn't wouldn't mustn't cannot also just s t can will shall may might must says said say tell told like anyone anybody anything everyone everybody everything someone somebody something nobody nothing none`
    .split(/\s+/)
    .filter(Boolean),
);

// Question words and chat filler: they shape a question but are not what it is about.
export const QUESTION_WORDS = new Set(
  'what who whom whose which when where why how many much long often does did do is are was were please tell me know article story piece say says said mention mentions explain describe happen happened happening anything something'.split(
    ' ',
  ),
);

const TOKEN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[’'-][\p{L}\p{M}\p{N}]+)*/gu;

/** Tokens with their offsets in `text` as written (not normalized, so the offsets hold). */
export function tokensAt(text: string): Array<{ token: string; at: number }> {
  return [...text.matchAll(TOKEN)].map((m) => ({ token: m[0], at: m.index! }));
}

/** Raw tokens as they appear, plus the parts of hyphenated words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(TOKEN)) {
    const t = m[0];
    out.push(t);
    if (t.includes('-') && !/^\p{N}/u.test(t)) out.push(...t.split('-').filter((p) => p.length > 1));
  }
  return out;
}

/** One token → its index term, or null for a stop word. */
export function toTerm(token: string): string | null {
  let t = token.toLowerCase().replace(/’/g, "'");
  // "Gov." (the tokenizer drops the period) is the term "governor".
  if (/^\p{Lu}/u.test(token) && ABBREVIATED_TITLES[t]) t = ABBREVIATED_TITLES[t]!;
  if (STOP_WORDS.has(t)) return null;
  t = t.replace(/'s$/, '');
  if (/^\p{N}/u.test(t)) return t.replace(/,/g, '');
  if (/^(?:\p{L}\.){2,}$/u.test(t)) return t.replace(/\./g, '');
  if (t.length <= 2 && !/^\p{Lu}/u.test(token)) return null;
  if (t.includes('-') || t.includes("'")) return t;
  // "Who came second?" is not answered by "43 seconds": the unit is a word of its own.
  if (t === 'seconds') return 'secs';
  return /^[a-z]+$/.test(t) ? stem(t) : t;
}

/**
 * Words Porter's stemmer cuts to the stem of another everyday news word that means something
 * else: "department" to "depart", "news" to "new", "authority" to "author", "executive" to
 * "execut" (of "executed"), "community" to "commun" (of "communication"). Each keeps a stem of
 * its own, shared with its inflections. ("organization" joins "organisation", which Porter
 * already keeps from "organ".)
 */
const OWN_STEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^news$/, 'news'],
  [/^departments?$/, 'department'],
  [/^authorit(?:y|ies)$/, 'authorit'],
  [/^experienc(?:e|es|ed|ing)$/, 'experienc'],
  [/^business(?:es)?$/, 'business'],
  [/^universit(?:y|ies)$/, 'universit'],
  [/^communit(?:y|ies)$/, 'communit'],
  [/^general(?:ly|s)?$/, 'general'],
  [/^generous(?:ly)?$/, 'generous'],
  [/^generat(?:e|es|ed|ing|ion|ions|or|ors)$/, 'generat'],
  [/^officers?$/, 'officer'],
  [/^executives?$/, 'executive'],
  [/^terminals?$/, 'terminal'],
  [/^publications?$/, 'publication'],
  [/^organi[sz](?:e|es|ed|ing|ation|ations|er|ers)$/, 'organis'],
];

/** A lower-case word's stem (Porter's, but for OWN_STEMS). Every stem the engine and the lexicon build compare is made here. */
export function stem(word: string): string {
  for (const [form, own] of OWN_STEMS) if (form.test(word)) return own;
  return stemmer(word);
}

/** All index terms of a text, in order, duplicates kept. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = toTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/**
 * Verbs and words that carry a question's grammar, not its topic: "what happened", "did she get",
 * "is it still going on". Matching them would rank sentences by their filler.
 */
const LIGHT_WORDS = new Set(
  'get gets got gotten getting go goes going went gone happen happens happened happening come came comes make makes made really actually currently right now still ever exactly yet thing things kind sort lot per'.split(' '),
);

/** "how big", "what time": these words name the answer's type (a size, a time), not its topic. */
const HOW_ADJECTIVE = /\bhow\s+(?:big|large|small|old|young|long|far|tall|high|deep|wide|heavy|fast|much|many|often|soon|bad|serious|warm|hot|cold|strong|powerful|loud|thick|steep)\b|\b(?:what|which|at what)\s+(?:time|day|date|year|month|hour|percentage|percent|age|number|amount)\b|\bwhat(?:'s| is| was)?\s+(?:caused|causes|cause of|the cause of|led to|triggered|prompted|sparked|the reason for|the reason)\b|\bfor what reason\b/gi;

/**
 * "Find me…", "show me…", "give me…" ask for something; "did police FIND a weapon", "does the
 * video SHOW…" are what the question is about.
 */
const ASKING_FOR = /^\s*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:find|show|give|get)\s+(?:me|us)\b/i;

/** "the book after this one", "which ones": "one" standing for a noun, not the number. */
const PRONOUN_ONE = /\b(this|that|which|each|every|another|other|first|last|next|new|old)\s+ones?\b/gi;

/** "who came 2nd": readers type an ordinal in figures where news writes it in words ("was second"). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = /\b(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s)(10|[1-9])(?:st|nd|rd|th)\b/gi;
export const ordinalsInWords = (question: string): string => question.replace(ORDINAL, (_, n: string) => ORDINAL_WORDS[Number(n) - 1]!);

/**
 * What a dimension's adjective measures, as news names it: "how DEEP was it found" is answered by
 * "at a depth of 3,412 meters", which shares no other word with it. HOW_ADJECTIVE takes the
 * adjective out of the question (it names the answer's type); the search puts its noun back in
 * (`questionWords` in search.ts).
 */
const MEASURED: Readonly<Record<string, string>> = {
  deep: 'depth', tall: 'height', high: 'height', wide: 'width', thick: 'thickness', heavy: 'weight',
  hot: 'temperature', warm: 'temperature', cold: 'temperature', fast: 'speed', far: 'distance', big: 'size', large: 'size',
};
const MEASURED_ASKED = new RegExp(`\\bhow\\s+(${Object.keys(MEASURED).join('|')})\\b`, 'gi');

/** The nouns for what a question's "how deep", "how hot" measure ("depth", "temperature"), each with the adjective asked. */
export function measuredNouns(question: string): Array<{ noun: string; adjective: string }> {
  const out: Array<{ noun: string; adjective: string }> = [];
  for (const m of question.matchAll(MEASURED_ASKED)) {
    const adjective = m[1]!.toLowerCase();
    const noun = MEASURED[adjective]!;
    if (!out.some((x) => x.noun === noun)) out.push({ noun, adjective });
  }
  return out;
}

/** "…before?", "…before now": a question that ends on "before" asks whether it happened in the past. */
const PAST_BEFORE = /\bbefore\s*(?:now|then)?\s*[?.!]*\s*$/i;

/** The terms of a question that say what it is about (question words and filler removed). */
export function questionTerms(question: string): string[] {
  const out: string[] = [];
  // "Has the hotel been fined before?": "before" alone at the end means "in the past", which the
  // article says in the word; "before the truce" only places the question in time.
  const asksPast = PAST_BEFORE.test(question);
  for (const token of tokenize(ordinalsInWords(question).replace(HOW_ADJECTIVE, ' ').replace(ASKING_FOR, ' ').replace(PRONOUN_ONE, '$1'))) {
    const lower = token.toLowerCase();
    if (QUESTION_WORDS.has(lower) || LIGHT_WORDS.has(lower) || (lower === 'before' && !asksPast)) continue;
    const term = toTerm(token);
    if (term && !out.includes(term)) out.push(term);
  }
  return out;
}

/**
 * The adverbs that make a verb phrasal ("bounce BACK", "lay OFF"). Prepositions are left out:
 * "taken to hospital" is not the verb "take to" (to like). "No" is one when a vote is: "voted no"
 * is "vote_no", which the news paraphrases join to "against".
 */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'back', 'over', 'away', 'through', 'around', 'apart', 'aside', 'along', 'ahead', 'forward', 'together', 'no']);

/** Object pronouns that split a phrasal verb: "turn it down", "pay them back". */
const OBJECT_PRONOUN = /^(?:it|them|him|her|me|us|you|this|that)$/i;

/** A phrasal verb's index term: the verb's stem and its particle ("bounc_back", "step_down"). */
export function phraseTerm(verbStem: string, particle: string): string {
  return `${verbStem}_${particle}`;
}

/**
 * The phrasal verbs in a text ("the river should bounce back", "the mayor stepped down"), as
 * index terms with the offsets of their two words: pairs of words that `known` says are one verb.
 * `lemma` gives an irregular form's lemma ("took" → "take").
 */
export function phrasalTerms(text: string, lemma: (word: string) => string | undefined, known: (term: string) => boolean): Array<{ term: string; words: [number, number] }> {
  const tokens = tokensAt(text);
  const out: Array<{ term: string; words: [number, number] }> = [];
  /** The phrasal verb the word at `i` makes with `particle`, when it is a word and `known` has it. */
  const phraseAt = (i: number, particle: string): string | undefined => {
    const verb = tokens[i]!.token.toLowerCase();
    if (!/^[a-z]+$/.test(verb)) return undefined;
    const term = phraseTerm(stem(lemma(verb) ?? verb), particle);
    return known(term) ? term : undefined;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    // "turn it down", "pay them back": a pronoun object may stand between the verb and its particle.
    const gap = OBJECT_PRONOUN.test(tokens[i + 1]!.token) && i + 2 < tokens.length ? 1 : 0;
    const particle = tokens[i + 1 + gap]!.token.toLowerCase();
    if (!PARTICLES.has(particle)) continue;
    const term = phraseAt(i, particle);
    if (term) out.push({ term, words: [i, i + 1 + gap] });
  }
  // "Has she paid the money back?", "did they turn the offer down": a particle that ends the text
  // belongs to a verb a short object before it, when the two make a phrasal verb. (Not "right
  // away"'s "away", an adverb's.)
  const last = tokens.length - 1;
  const particle = tokens[last]?.token.toLowerCase() ?? '';
  if (PARTICLES.has(particle) && tokens[last - 1]?.token.toLowerCase() !== 'right' && !out.some((p) => p.words[1] === last)) {
    for (let i = last - 2; i >= Math.max(0, last - 1 - END_GAP); i--) {
      // (Not across another particle: "are they walking out … away" is "walk out".)
      if (PARTICLES.has(tokens[i + 1]!.token.toLowerCase())) break;
      const term = phraseAt(i, particle);
      if (term) {
        out.push({ term, words: [i, last] });
        break;
      }
    }
  }
  return out;
}

/** How many words may stand between a verb and the particle that ends a text ("paid ANY OF IT back"). */
const END_GAP = 3;
