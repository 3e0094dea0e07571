/**
 * Initialisms a reader types for a name the article only spells out: "is PSLF changing" about
 * "Public Service Loan Forgiveness … is not changing", "what did the NTSB find" when the story
 * says "the National Transportation Safety Board". The question is read with the name written out.
 */
import type { Article } from './article.js';

/** Small words a name's initials skip: "Department of Health and Social Care" is DHSC. */
const CONNECTOR = /^(?:of|and|for|the|on|in|to|at|&)$/i;
/** A run of capitalised words, small words allowed between them. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|for|the|on|in|to|at|&)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;
/** What a reader may type as initials: two to six letters, any case ("pslf", "PSLF"). */
const TOKEN = /(?<![\p{L}\d'’-])\p{L}{2,6}(?![\p{L}\d'’-])/gu;

/** The article's spelled-out names by their initials (lowercase), and the words it uses. */
export function initialsOf(article: Article): { names: Map<string, string>; words: Set<string> } {
  const names = new Map<string, string>();
  const words = new Set<string>();
  for (const p of [article.meta.title, ...article.paragraphs.map((q) => q.text)]) {
    // "EF3" is used as "ef"; "U.N." as "un": the article writes those initials itself.
    for (const w of p.toLowerCase().match(/[\p{L}\d]+/gu) ?? []) words.add(w).add(w.replace(/\d+$/, ''));
    for (const m of p.matchAll(/\b(?:\p{Lu}\.){2,}/gu)) words.add(m[0].replace(/\./g, '').toLowerCase());
    for (const m of p.matchAll(NAME_RUN)) {
      // "The Education Department": a sentence's capitalised "The" is not part of the name.
      const parts = m[0].replace(/^the\s+/i, '').split(/\s+/);
      const capitals = parts.filter((w) => !CONNECTOR.test(w));
      if (capitals.length < 2) continue;
      const key = capitals.map((w) => w[0]!.toLowerCase()).join('');
      // One word of the name stands for it, as the initials are one word of the question: the
      // whole name would weigh four words against "report" in "when will the NTSB report come out".
      const longest = capitals.reduce((a, b) => (b.length > a.length ? b : a));
      if (!names.has(key)) names.set(key, longest);
    }
  }
  return { names, words };
}

/** `question` with each initialism the article never uses, but spells out, written out. */
export function spellOutInitials(question: string, known: ReturnType<typeof initialsOf>): string {
  return question.replace(TOKEN, (token) => {
    const key = token.toLowerCase();
    const name = known.names.get(key);
    // Only letters no word of the article (or of English, typed in lower case) already is.
    return name && !known.words.has(key) && (token === token.toUpperCase() || !COMMON_WORD.test(key)) ? name : token;
  });
}

/** Lower-case words a reader means as words, not initials, whatever a name's initials spell. */
const COMMON_WORD = /^(?:a|an|am|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we|all|and|any|are|but|can|did|for|get|had|has|her|him|his|how|its|may|new|not|now|old|one|our|out|own|say|see|she|the|too|two|use|was|way|who|why|yes|yet|you|also|been|does|done|each|from|have|into|just|made|many|more|most|much|must|only|over|said|same|some|such|than|that|them|then|they|this|very|want|well|were|what|when|will|with|your|about|after|could|every|first|their|there|these|those|where|which|while|would)$/;
