/**
 * Initialisms a reader types for a name the article only spells out: "is PSLF changing" about
 * "Public Service Loan Forgiveness … is not changing", "what did the NTSB find" when the story
 * says "the National Transportation Safety Board". The question is read with the name written out.
 */
import type { Article } from './article.js';

/** Small words a name's initials skip: "Department of Health and Social Care" is DHSC. */
export const CONNECTOR = /^(?:of|and|for|the|on|in|to|at|&)$/i;
/** A run of capitalised words, small words allowed between them. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|for|the|on|in|to|at|&)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;
/** What a reader may type as initials: two to six letters, any case ("pslf", "PSLF"). */
const TOKEN = /(?<![\p{L}\d'’-])\p{L}{2,6}(?![\p{L}\d'’-])/gu;

/** A name's initials as a reader types them: "Health", "Safety", "Executive" → "hse". */
const initialsKey = (capitals: readonly string[]): string => capitals.map((w) => w[0]!.toLowerCase()).join('');

/** The article's spelled-out names by their initials (lowercase), the words it uses, and its text in lower case. */
export interface Initials {
  names: Map<string, string>;
  words: Set<string>;
  text: string;
}
/** What `Initials` says of an article. */
export function initialsOf(article: Article): Initials {
  const names = new Map<string, string>();
  const words = new Set<string>();
  const texts = [article.meta.title, ...article.paragraphs.map((q) => q.text)];
  for (const p of texts) {
    // "EF3" is used as "ef"; "U.N." as "un": the article writes those initials itself.
    for (const w of p.toLowerCase().match(/[\p{L}\d]+/gu) ?? []) words.add(w).add(w.replace(/\d+$/, ''));
    for (const m of p.matchAll(/\b(?:\p{Lu}\.){2,}/gu)) words.add(m[0].replace(/\./g, '').toLowerCase());
    for (const m of p.matchAll(NAME_RUN)) {
      // "The Education Department": a sentence's capitalised "The" is not part of the name.
      const parts = m[0].replace(/^the\s+/i, '').split(/\s+/);
      const capitals = parts.filter((w) => !CONNECTOR.test(w));
      if (capitals.length < 2) continue;
      const key = initialsKey(capitals);
      // One word of the name stands for it, as the initials are one word of the question: the
      // whole name would weigh four words against "report" in "when will the NTSB report come out".
      const longest = capitals.reduce((a, b) => (b.length > a.length ? b : a));
      if (!names.has(key)) names.set(key, longest);
    }
  }
  // The article in lower case, for the phrases WordNet's initialisms stand for.
  const text = texts.join('\n').toLowerCase();
  return { names, words, text };
}

/**
 * The initials of a name asked in full ("Health and Safety Executive" → "hse"), when the article
 * spells that name out and uses its initials too; three letters at least ("sb" of "school board"
 * is seldom anyone's).
 */
export function initialsOfName(asked: string, known: Initials): string | undefined {
  const words = asked.replace(/^the\s+/i, '').split(/\s+/);
  if (!words.every((w) => /^[\p{L}&’'-]+$/u.test(w))) return undefined;
  const key = initialsKey(words.filter((w) => !CONNECTOR.test(w)));
  return key.length >= 3 && known.names.has(key) && known.words.has(key) ? key : undefined;
}

/**
 * `question` with each initialism the article never uses written out: as the article spells it
 * ("NTSB" → "National Transportation Safety Board"), or else as WordNet does, in the article's
 * words ("how old is the kid in ICU" → "intensive care", when the article says "the child in
 * intensive care"). `spelledOut` gives WordNet's senses.
 */
export function spellOutInitials(question: string, known: Initials, spelledOut: (initials: string) => readonly string[] = () => []): string {
  return question.replace(TOKEN, (token) => {
    const key = token.toLowerCase();
    // Only letters no word of the article (or of English, typed in lower case) already is.
    if (known.words.has(key) || (token !== token.toUpperCase() && COMMON_WORD.test(key))) return token;
    // Two lower-case letters are too often something else ("4 pm").
    return known.names.get(key) ?? (token === token.toUpperCase() || key.length > 2 ? inArticleWords(spelledOut(key), known.text) : undefined) ?? token;
  });
}

/**
 * Of an initialism's senses, the longest opening of one that the article writes as a phrase (two
 * words at least): "intensive care unit" is "intensive care" in an article that never says "unit",
 * and "chief executive officer" is "chief executive", not any "officer" it names.
 */
function inArticleWords(senses: readonly string[], text: string): string | undefined {
  let best: string | undefined;
  for (const sense of senses) {
    const parts = sense.split(' ');
    for (let n = parts.length; n >= 2 && n > (best?.split(' ').length ?? 1); n--) {
      const phrase = parts.slice(0, n).join(' ');
      if (new RegExp(`\\b${phrase.replace(/[-]/g, '\\-')}(?:s|es)?\\b`).test(text)) best = phrase;
    }
  }
  return best;
}

/** Lower-case words a reader means as words, not initials, whatever a name's initials spell. */
const COMMON_WORD = /^(?:a|an|am|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we|all|and|any|are|but|can|did|for|get|had|has|her|him|his|how|its|may|new|not|now|old|one|our|out|own|say|see|she|the|too|two|use|was|way|who|why|yes|yet|you|also|been|does|done|each|from|have|into|just|made|many|more|most|much|must|only|over|said|same|some|such|than|that|them|then|they|this|very|want|well|were|what|when|will|with|your|about|after|could|every|first|their|there|these|those|where|which|while|would)$/;
