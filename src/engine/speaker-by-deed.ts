/**
 * "What did the rescuer say", of an article that calls Joel Pabalan a fisherman "who pulled 14
 * people from the water" and rescued them: readers name people by what the story says they did,
 * in a noun of their own ("the rescuer", "the rancher", "the complainant"). When no speaker goes by
 * that word, the speaker the text names just before the word's verb or root ("Pabalan … rescued",
 * "Dale Kirby, who runs a cattle ranch", "Ann Lowe, who made the complaint") is the one meant, if
 * only one speaker is so named.
 *
 * Measured on the fresh set: 29 more "what did <alias> say" lookups right (46,897 → 46,926 of
 * 54,066), 12 more reported statements shown, nothing else changed. Without the two guards below
 * (a title; a deed told by a speech verb's subject about others) 4 more lookups, but an
 * unanswerable "what did the governor say" answered with a student's words.
 * Their own words count too, when they are the deed's subject ("If I'm still ranching here"):
 * 5 more lookups, 1 more reported statement; with any "I"/"my" within ten words before the deed,
 * 9 more, but "the finder" went to a woman who said "I thought she'd found …" and "the player"
 * to one who said "over the pitch".
 */
import type { Article, Speaker } from './article.js';
import type { RelatedWords } from './lexicon-table.js';
import { DESCRIBED_SCORE, surnameOf, type SpeakerMatch } from './speaker-match.js';
import { tokensAt, toTerm } from './terms.js';
import { isGivenName } from './names.js';
import { HEAD_ROLE, SPEECH_VERBS } from './lexicon.js';

/** A person, not a body: the text gives them a gender, or their first name is a given name. */
const isPerson = (s: Speaker): boolean => s.gender !== undefined || isGivenName(s.name.split(/\s+/)[0]!);

/** A derivation in the related-words table ("rescuer" → "rescue"), not a synonym. */
const DERIVATION = 0.9;
/** Words between the speaker's name and the deed: "Joel Pabalan, a fisherman who rescued". */
const REACH = 10;
/** Where one clause gives way to another speaker's: a full stop, a semicolon, a dash. */
const CLAUSE_BREAK = /[;—–]|\.\s/;
/** The speaker themself, as the subject of a verb in their own words. */
const FIRST_PERSON = /^(?:I|I[’'](?:m|ve|d|ll))$/;
/** A plural noun: "ranchers", "finders". */
const PLURAL = /[^s]s$/;
/** What may stand between the subject and its verb: "I'm STILL ranching", "I HAVE BEEN farming". */
const BETWEEN = /^(?:am|was|have|had|will|would|been|still|just|never|always|also|even|already|ever|only|really|\p{Ll}+ly)$/u;

/**
 * The speaker `query` ("the rescuer", "rancher") names by a deed, as a match list like
 * speakerFinder's: one speaker, or none when no speaker or more than one is so named.
 */
export function speakerByDeed(article: Article, related: RelatedWords, query: string): SpeakerMatch[] {
  const words = query.toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/);
  if (words.length !== 1) return [];
  const noun = toTerm(words[0]!);
  // (A title is given as such: "the governor" is never whoever governs something.)
  if (!noun || !related.namesPerson(noun) || HEAD_ROLE.test(words[0]!)) return [];
  // ("What did the ranchers say": many people, not the one who ranches.)
  if (PLURAL.test(words[0]!) && !noun.endsWith('s')) return [];
  const deeds = new Set([...(related.related(noun) ?? [])].filter(([t, w]) => w >= DERIVATION && w < 1 && t !== noun).map(([t]) => t));
  if (deeds.size === 0) return [];
  // Each named person's surname as the text writes it ("Pabalan"); a body is no "rescuer".
  const surnames = article.speakers.map((s) => (s.unnamed || !isPerson(s) ? undefined : surnameOf(s.name)));
  const found = new Set<number>();
  for (const sentence of article.sentences) {
    const tokens = tokensAt(sentence.text);
    tokens.forEach(({ token, at }, k) => {
      const term = toTerm(token);
      // (In lower case: "the Student Government Association" is no one governing.)
      if (!term || !deeds.has(term) || !/^\p{Ll}/u.test(token)) return;
      // The last speaker named within REACH words before the deed, in the same clause.
      // ("Varga said about 1,300 rescue workers …": what someone said others did is not theirs.)
      for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
        if (CLAUSE_BREAK.test(sentence.text.slice(tokens[j]!.at, at)) || SPEECH_VERBS.has(tokens[j]!.token.toLowerCase())) break;
        const who = surnames.indexOf(tokens[j]!.token.replace(/[’']s$/, ''));
        if (who >= 0) {
          found.add(who);
          break;
        }
      }
    });
  }
  // (Or in their own words, as the subject of the deed: "If I'm still ranching here", said by
  // Walt Brannock; not "I thought she'd found", nor "over the pitch".)
  for (const quote of article.quotes) {
    if (quote.speaker === undefined || surnames[quote.speaker] === undefined) continue;
    const tokens = tokensAt(quote.text);
    tokens.forEach(({ token }, k) => {
      const term = toTerm(token);
      if (!term || !deeds.has(term) || !/^\p{Ll}/u.test(token)) return;
      let j = k - 1;
      while (j >= 0 && j >= k - 3 && BETWEEN.test(tokens[j]!.token)) j--;
      if (j >= 0 && FIRST_PERSON.test(tokens[j]!.token)) found.add(quote.speaker!);
    });
  }
  return found.size === 1 ? [{ speaker: [...found][0]!, score: DESCRIBED_SCORE }] : [];
}
