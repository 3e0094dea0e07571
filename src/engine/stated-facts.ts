/**
 * Facts a hedged closest passage states in the very shape the question asks for: an age right
 * beside the name asked ("how old is Fensome" → "Mr Fensome, 49, …"), a death's date beside
 * "died" ("when did she die" → "died on Sunday at her home"). The search weighs words, and is
 * seldom sure of a sentence whose answer is one number or date beside a name; these make it the
 * answer (see the engine's `answer`).
 */
import type { Sentence } from './article.js';
import { escapeRegExp } from './regexp.js';

/** "how old is Fensome", "how old was she": an age asked of a person by name or pronoun (a role goes through `ageAskedOfHolder`). */
const AGE_OF_NAMED = /^how old (?:is|was) (he|she|(?!(?:the|a|an|his|her|their|its|it|they|this|that|these|those)\b)[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)[\s?.!]*$/iu;
/** A sentence that is its subject's obituary line or profile line: "She was 84.", "… has died aged 87", "The 29-year-old …". */
const AGE_OF_SUBJECT = /^(?:(?:He|She) (?:was|is|turned) \d{1,3}(?: years old)?[.!]?$|The \d{1,3}-year-old\b)|\b(?:has |had )?died[^.;]{0,80}?\b(?:aged|at the age of) \d{1,3}\b/u;
/** An age set off right after a name: ", 49,", "’s, 49", ", a 27-year-old" (not "64%", "30 years ago"). */
const AGE_AFTER = String.raw`(?:[’']s)?\s*,\s*(?:(?:a|an)\s+)?\d{1,3}(?:-year-old)?\b(?!\s*(?:%|per|points?|years? (?:ago|later|before|after)))`;
/** A sentence opening on a full name (a courtesy title before it) with its age: "Janine Corrigan, 54, took …". */
const AGE_AFTER_OPENING_NAME = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir|PC|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{L}’'-]+)){0,3}${AGE_AFTER}`, 'u');

/**
 * Whether `passage` (the search's closest) states the age of the person "how old is <name>" or
 * "how old is she" asks about: the age right after the name ("Fensome, 49,", "Lindqvist, a
 * 27-year-old Swede", "Dustin Lee Harrow, 34,"), or, for "he"/"she", right after the full name that
 * opens the sentence, or the obituary's "She was 84." / "… has died aged 87". Then it answers; the
 * search, weighing words, is seldom sure of a sentence whose answer is one number beside a name.
 * (Not "Mr Ashworth, 64," for "how old is Susan Ashworth": a full name asked must be there whole.)
 */
export function ageStated(question: string, passage: readonly Sentence[]): boolean {
  const m = AGE_OF_NAMED.exec(question.trim());
  if (!m) return false;
  const who = m[1]!.toLowerCase();
  return passage.some(({ text }) => {
    const body = text.replace(/^[\p{Lu}\s.,-]{3,40}\s[—–-]\s/u, '');
    if (who === 'he' || who === 'she') return AGE_OF_SUBJECT.test(body) || AGE_AFTER_OPENING_NAME.test(body);
    const words = who.split(/\s+/);
    const last = words.at(-1)!;
    if (words.length > 1 && !new RegExp(String.raw`\b${escapeRegExp(words[0]!)}\b`, 'iu').test(body)) return false;
    return new RegExp(String.raw`\b${escapeRegExp(last)}${AGE_AFTER}`, 'iu').test(body);
  });
}

/** "when did she die", "when did Pennycook pass away": the date of a death asked of a person. */
const DEATH_OF_NAMED = /^when did (he|she|(?!(?:the|a|an|his|her|their|its|it|they|this|that)\b)[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?) (?:die|pass away|pass)[\s?.!]*$/iu;
/** "died on Sunday", "died 19 October 2025", "passed away in March": a death with when it was. */
const DIED_WHEN = /\b(?:died|passed away)\b(?:[^.;]{0,60}?\b(?:on|in|last|early|late|this))?\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:19|20)\d\d\b)/u;

/**
 * Whether `passage` says when the person "when did she die" asks about died: a sentence with
 * "died on Sunday" (or a date) about them, by the name asked, or for "he"/"she" with no one of
 * the other sex doing the dying ("she married Leonard …; he taught … and died in 2011" is his).
 * The obituary's own line, "born 4 May 1932; died 19 October 2025", is the subject's too.
 */
export function deathStated(question: string, passage: readonly Sentence[]): boolean {
  const m = DEATH_OF_NAMED.exec(question.trim());
  if (!m) return false;
  const who = m[1]!.toLowerCase();
  return passage.some(({ text }) => {
    const died = DIED_WHEN.exec(text);
    if (!died) return false;
    const before = text.slice(0, died.index);
    if (who === 'she') return !/\b(?:he|him|his)\b/i.test(before);
    if (who === 'he') return !/\b(?:she|her|hers)\b/i.test(before);
    const words = who.split(/\s+/);
    return words.every((w) => new RegExp(String.raw`\b${escapeRegExp(w)}\b`, 'iu').test(before));
  });
}
