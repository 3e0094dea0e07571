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
 * A description of up to three words counts too ("the dive operator": its other words the
 * text's where it names the speaker), and the noun's own stem in another word ("operates" for
 * "the operator", "pension" for "the pensioner"; the stemmer gives both one term): 51 more
 * lookups, 12 more reported statements on the fresh set; a few lookups nobody answered go to a
 * speaker the text so describes but the reader did not mean ("the advertiser", "another
 * contestant": readers' words for someone the text keeps anonymous).
 * "The resident", "the neighbour" are whoever the text says lives somewhere ("their home on
 * Sycamore Street", "Margaret Ashdown, 78, of Chapel Road"), never by their own words: 5 more
 * lookups, 1 more reported statement on the fresh set, nothing lost.
 * "The owner", "the landlord" are also whoever runs, opened or bought the place ("George Marinos
 * … has run the diner since 1998"): 22 more lookups, 7 more reported statements, nothing lost.
 * A body can be the owner too ("The Hollis Organization, which owns the Marlowe"): 5 more
 * lookups, 1 more reported statement; "did the landlord comment" now lists the landlord
 * company's statement, where the set wanted "declined to comment" (1 confident wrong more).
 * "The tenant" is whoever the text says rents a home ("has not paid her … rent", "her flat",
 * "texted her landlord"), never a speaker it calls landlord or owner; "the victim" is whoever the
 * victim statement is: 16 more lookups, 3 more reported statements, nothing lost.
 */
import type { Article, Speaker } from './article.js';
import type { RelatedWords } from './lexicon-table.js';
import { DESCRIBED_SCORE, surnameOf, type SpeakerMatch } from './speaker-match.js';
import { tokensAt, toTerm } from './terms.js';
import { isGivenName, isPersonNoun } from './names.js';
import { HEAD_ROLE, ROLE_NOUNS, roleSynonyms, SPEECH_VERBS } from './lexicon.js';
import { escapeRegExp } from './regexp.js';

/** A person, not a body: the text gives them a gender, or their first name is a given name. */
const isPerson = (s: Speaker): boolean => s.gender !== undefined || isGivenName(s.name.split(/\s+/)[0]!);
/** Each named person's surname as the text writes it ("Pabalan"), by speaker; none for a body or someone unnamed. */
export const personSurnames = (article: Article): Array<string | undefined> => article.speakers.map((s) => (s.unnamed || !isPerson(s) ? undefined : surnameOf(s.name)));

/** A derivation in the related-words table ("rescuer" → "rescue"), not a synonym. */
const DERIVATION = 0.9;
/**
 * Words between the speaker's name and the deed: "Joel Pabalan, a fisherman who rescued", "Doris
 * Pelham, 84, who has lived in the village all her life, collects her state pension" (10 words:
 * 5 fewer lookups right on the fresh set, 2 fewer reported statements).
 */
const REACH = 16;
/**
 * Words a reader's description may have: the deed's noun last, the rest words the text says of
 * the speaker ("the dive operator", "the sheep rancher"). Measured on the fresh set, with REACH:
 * 27 more lookups right (2 words: 14 fewer than 3; 4: as many as 3), 5 more reported statements.
 */
const MAX_WORDS = 3;
/** Words of a description that say nothing the text must hold: "the former player". */
const MODIFIER_FILLER = /^(?:former|old|ex|one|another)$/;
/** Whose: "her former student" is someone's student, who need not have studied in the story. */
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/;
/** A noun for who does something: "operator", "evacuee", "advocate". */
const AGENT_NOUN = /(?:er|or|ist|ee|ant|ent|ian|ate)$/;
/**
 * The word itself, plural or possessive: "evacuees", "tenant's". (Not a verb of the same spelling:
 * "Harold Nkemelu … has coached her since she was 9" is the coach's deed.)
 */
const isFormOf = (token: string, word: string) => (token.startsWith(word) || (word.endsWith('y') && token.startsWith(`${word.slice(0, -1)}ie`))) && !/(?:ed|ing)$/.test(token.slice(word.length - (word.endsWith('e') ? 1 : 0)));
/** Where one clause gives way to another speaker's: a full stop, a semicolon, a dash. */
const CLAUSE_BREAK = /[;—–]|\.\s/;
/** Nouns for someone by where they live, and the deeds that say it ("lives", "home", "house"). */
const RESIDENT = /^(?:resident|neighbou?r|villager|homeowner|islander)$/;
/** After a resident's name and age, where they are from: ", 78, of Chapel Road", ", from the Larkhill estate". */
const RESIDENCE_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:of|from)\s+(?:the\s+)?\p{Lu}/u;
/** "The patient": someone whose operation, surgery or treatment the text gives as theirs. */
const PATIENT = /^patient$/;
/** After a patient's name: ", 67, a retired school secretary from Stanmere, whose hip replacement", ", who was diagnosed with". */
const PATIENT_AFTER = /^,\s+(?:[^,.;:“”"‘]{1,80},\s+)*?(?:whose\s+(?:[\p{L}-]+\s+){0,3}?(?:operation|surgery|replacement|treatment|appointment|transplant|procedure|chemotherapy)|who\s+(?:was|is|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?diagnosed)\b/u;
const RESIDENCE_DEEDS = ['live', 'home', 'hous'];
/** A body's name as the text ends it ("Organization" of the Hollis Organization); none for someone unnamed. */
const bodyKey = (s: Speaker): string | undefined => {
  const last = s.name.split(/\s+/).at(-1)!;
  return s.unnamed || !/^\p{Lu}\p{L}+$/u.test(last) ? undefined : last;
};
/**
 * Nouns for who rents a home, and the deeds that say so: "her flat", "has not paid her … rent",
 * "lived in flat 9". Never the landlord, whose flat it is too.
 */
const TENANT = /^(?:tenant|renter|lodger)$/;
const TENANCY_DEEDS = ['live', 'home', 'rent', 'flat', 'apart'];
/** Someone's landlord is whose tenant they are: "Ms Marchbank had texted HER LANDLORD". */
const THEIR_LANDLORD = /^(?:landlord|landlady|letting)$/;
/** Who lets the home: never its tenant. */
const LETS = /^(?:landlord|landlady|owner|letting agent)$/;
/**
 * "The victim" of a court report is whoever the victim statement is: "In a victim personal
 * statement read to the court, Margaret Ellery, 86, …", "Ms Marchbank's victim impact statement".
 */
const VICTIM = /^victim$/;
const VICTIM_STATEMENT = /\bvictim(?:\s+(?:personal|impact))?\s+statement\b/i;
/** Who read a statement out is not whose it is: "read to the court by (Mr) Greaves". */
const READ_BY = /\bby\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** How far a name may come after "victim statement": "In a victim personal statement read to the court by Mr Greaves, Ms Marchbank". */
const STATEMENT_REACH = 14;
/** Nouns for who owns a business, and the deeds that say so besides "owns". */
const OWNER = /^(?:owner|proprietor|landlady|landlord)$/;
const OWNER_DEEDS = ['run', 'ran', 'open', 'bought'];
/** Nouns for who keeps a kind of place, each with the place: an owner of it ("has run the shop for 22 years"). */
const KEEPER_OF: Readonly<Record<string, string>> = { shopkeeper: 'shop', storekeeper: 'store', innkeeper: 'inn', publican: 'pub', hotelier: 'hotel', restaurateur: 'restaurant' };
/** How far a home may come after the name: "Marcus Webb, 52, rode out the storm with his wife and two dogs in the basement of their home". */
const RESIDENCE_REACH = 20;
/** The speaker as the subject of what they said: "said SHE had voted" (fresh set: 4 more lookups, 1 more reported statement). */
const SELF_AFTER = /^(?:he|she)$/;
/** The speaker themself, as the subject of a verb in their own words. */
const FIRST_PERSON = /^(?:I|I[’'](?:m|ve|d|ll))$/;
/** Words that undo the deed after them: "did not comment", "declined to comment", "never ranched". */
const NOT_DONE = /^(?:not|never|n[’']t|declined|refused|didn[’']t|won[’']t|cannot)$/i;
/** A plural noun: "ranchers", "finders". */
const PLURAL = /[^s]s$/;
/** Whom a deed is done to, right after it: "has coached HER", "trained Okafor" (a reader's "her coach"). */
const DONE_TO = /^(?:her|him|them|\p{Lu}[\p{Ll}’'-]+)$/u;
/** …or with whom: "who studied WITH Ms. Ormsby" (a reader's "her former student"). */
const DONE_WITH = /^(?:with|under|for|alongside)$/i;
/** What may stand between the subject and its verb: "I'm STILL ranching", "I HAVE BEEN farming". */
const BETWEEN = /^(?:am|was|have|had|will|would|been|still|just|never|always|also|even|already|ever|only|really|\p{Ll}+ly)$/u;

/**
 * The speaker `query` ("the rescuer", "rancher", "the dive operator") names by a deed, as a
 * match list like speakerFinder's: one speaker, or none when no speaker or more than one is so
 * named, or when the text says none of the description's other words of them.
 */
export function speakerByDeed(article: Article, related: RelatedWords, query: string, bySynonym = false): SpeakerMatch[] {
  // ("Her coach": whose it is a reader leaves to the story, of the one the text says coached her
  // or someone it names; see `DONE_TO`.)
  const owned = /^(?:his|her|their)\s/i.test(query.trim());
  const words = query.toLowerCase().replace(/^(?:the|a|an|his|her|their)\s+/, '').split(/\s+/);
  if (words.length > MAX_WORDS) return [];
  const head = words.at(-1)!;
  // ("Marine Drive's trainer", "her student": whose is a role of its own, not a deed.)
  if (words.some((w) => /[’']s$/.test(w) || POSSESSIVE.test(w))) return [];
  // ("The shopkeeper": the owner of a shop, which the text must say of them.)
  const kept = KEEPER_OF[head];
  const modifiers = [...words.slice(0, -1).filter((w) => !MODIFIER_FILLER.test(w)), ...(kept ? [kept] : [])].map((w) => toTerm(w)).filter((t): t is string => !!t);
  const noun = toTerm(head);
  // (A title is given as such: "the governor" is never whoever governs something.)
  // (Nor a word whose stem only is a person's: "the report", stemmed as "reporter" is.)
  // (A person's noun by its first sense, or by the roles news gives people: "commuter" is first a
  // train in WordNet.)
  if (!noun || !(related.namesPerson(noun) || ROLE_NOUNS.has(head)) || HEAD_ROLE.test(head) || !(isPersonNoun(head) || AGENT_NOUN.test(head))) return [];
  // ("What did the ranchers say": many people, not the one who ranches.)
  if (PLURAL.test(head) && !noun.endsWith('s')) return [];
  // (The noun's own stem too, in another word: "operates" for "the operator", "pension" for "the
  // pensioner"; never the noun itself, "passengers" for "the passenger", whom aliases find.)
  // (With `bySynonym`, by the deeds of the role words readers use for it instead: "the critic" is
  // whoever reviews, as a reviewer does.)
  const derivations = (term: string) => [...(related.related(term) ?? [])].filter(([, w]) => w >= DERIVATION && w < 1).map(([t]) => t);
  const synonyms = bySynonym ? roleSynonyms(head).flatMap((w) => (w === head || w.includes(' ') ? [] : (toTerm(w) ?? []))) : [];
  if (bySynonym && synonyms.length === 0) return [];
  const deeds = new Set(bySynonym ? synonyms.flatMap((t) => [t, ...derivations(t)]) : [noun, ...derivations(noun)]);
  // ("The resident", "the neighbour": someone the text says lives somewhere, "left his home on
  // Sorrel Lane", "whose house on Front Street".)
  const residence = RESIDENT.test(head);
  if (residence) for (const t of RESIDENCE_DEEDS) deeds.add(t);
  // ("The owner": who runs the place, opened it or bought it, "have run the place since 1998".)
  const owner = OWNER.test(head) || kept !== undefined;
  if (owner) for (const t of OWNER_DEEDS) deeds.add(t);
  const tenancy = TENANT.test(head);
  if (tenancy) for (const t of TENANCY_DEEDS) deeds.add(t);
  // (Where one lives is said of the tenant as of the resident, never in their own words.)
  const home = residence || tenancy;
  const isDeed = (token: string, term: string | null | undefined, before?: string): term is string =>
    !!term && /^\p{Ll}/u.test(token) && ((deeds.has(term) && !(term === noun && isFormOf(token.toLowerCase(), head))) || (tenancy && THEIR_LANDLORD.test(term) && POSSESSIVE.test(before ?? '')));
  // (A body is no "rescuer"; it may be an owner: "The Hollis Organization, which owns the
  // Marlowe", by the last word of its name.)
  const persons = personSurnames(article);
  // (Nor is a tenant whoever lets the home: "Ashdown-Pryce … his two-bedroom flat".)
  const surnames = owner
    ? persons.map((surname, i) => surname ?? bodyKey(article.speakers[i]!))
    : tenancy
      ? persons.map((surname, i) => (article.speakers[i]!.aliases.some((a) => LETS.test(a)) ? undefined : surname))
      : persons;
  const found = new Set<number>();
  for (const sentence of article.sentences) {
    const tokens = tokensAt(sentence.text);
    tokens.forEach(({ token, at }, k) => {
      const term = toTerm(token);
      // (In lower case: "the Student Government Association" is no one governing.)
      // (Nor a standing or a tie, "sponsorship", "partnership": "learned about the sponsorship"
      // is no sponsor's deed.)
      if (!isDeed(token, term, tokens[k - 1]?.token.toLowerCase()) || /ships?$/i.test(token)) return;
      if (owned && !DONE_TO.test(tokens[k + 1]?.token ?? '') && !(DONE_WITH.test(tokens[k + 1]?.token ?? '') && DONE_TO.test(tokens[k + 2]?.token ?? ''))) return;
      // (Nor a deed the text says was not done: "did not comment", "declined to comment".)
      if (tokens.slice(Math.max(0, k - 2), k).some(({ token: t }) => NOT_DONE.test(t))) return;
      // The last speaker named within REACH words before the deed, in the same clause.
      // ("Varga said about 1,300 rescue workers …": what someone said others did is not theirs.)
      for (let j = k - 1; j >= Math.max(0, k - (home ? RESIDENCE_REACH : REACH)); j--) {
        // (Unless they said it of themselves: "Lorraine Petrakis, 67, said she had voted".)
        if (CLAUSE_BREAK.test(sentence.text.slice(tokens[j]!.at, at)) || (SPEECH_VERBS.has(tokens[j]!.token.toLowerCase()) && !SELF_AFTER.test(tokens[j + 1]?.token ?? ''))) break;
        const who = surnames.indexOf(tokens[j]!.token.replace(/[’']s$/, ''));
        if (who >= 0) {
          found.add(who);
          break;
        }
      }
    });
  }
  /** Every speaker some sentence names by surname right before `after` ("…, 78, of Chapel Road"). */
  const namedBefore = (after: RegExp) =>
    surnames.forEach((surname, who) => {
      if (surname === undefined) return;
      const named = new RegExp(`\\b${escapeRegExp(surname)}(?=,)`, 'gu');
      if (article.sentences.some((s) => [...s.text.matchAll(named)].some((m) => after.test(s.text.slice(m.index! + m[0].length))))) found.add(who);
    });
  // (A resident by the news's formula, the place after the name and age: "Margaret Ashdown, 78,
  // of Chapel Road", "Doreen Pilkington, 78, from the Larkhill estate".)
  if (residence) namedBefore(RESIDENCE_AFTER);
  // (Or in their own words, as the subject of the deed: "If I'm still ranching here", said by
  // Walt Brannock; not "I thought she'd found", nor "over the pitch".)
  // (Not for where they live: "I have lived here for 38 years", said by the mayor, is not the
  // resident readers mean.)
  // (A patient by whose operation the text says it is: "Brenda Tulloch, 67, a retired school
  // secretary from Stanmere, whose hip replacement was cancelled".)
  if (PATIENT.test(head)) namedBefore(PATIENT_AFTER);
  // ("The victim": whoever the victim statement is, named just after it.)
  if (VICTIM.test(head)) {
    for (const sentence of article.sentences) {
      const m = VICTIM_STATEMENT.exec(sentence.text);
      if (!m) continue;
      // (Its owner before it, "Ms Marchbank's victim statement"; or the first name after it that
      // is not who read it out, "read to the court by Mr Greaves, Ms Marchbank".)
      const whose = /([\p{L}-]+)['’]s\s+$/u.exec(sentence.text.slice(0, m.index))?.[1];
      const rest = sentence.text.slice(m.index + m[0].length);
      const after = tokensAt(rest).slice(0, STATEMENT_REACH).filter(({ at }) => !READ_BY.test(rest.slice(0, at)));
      const who = [whose ?? '', ...after.map(({ token }) => token.replace(/[’']s$/, ''))].map((t) => surnames.indexOf(t)).find((i) => i >= 0);
      if (who !== undefined) found.add(who);
    }
  }
  for (const quote of home || owned ? [] : article.quotes) {
    if (quote.speaker === undefined || surnames[quote.speaker] === undefined) continue;
    const tokens = tokensAt(quote.text);
    tokens.forEach(({ token }, k) => {
      const term = toTerm(token);
      if (!isDeed(token, term)) return;
      let j = k - 1;
      while (j >= 0 && j >= k - 3 && BETWEEN.test(tokens[j]!.token)) j--;
      if (j >= 0 && FIRST_PERSON.test(tokens[j]!.token)) found.add(quote.speaker!);
    });
  }
  if (found.size !== 1) return [];
  const who = [...found][0]!;
  // "The dive operator", "the sheep rancher": each other word is the text's, or one of its
  // derivations', in a sentence that names the speaker.
  const surname = surnames[who]!;
  const held = new Set(article.sentences.filter((s) => s.text.includes(surname)).flatMap((s) => tokensAt(s.text).map(({ token }) => toTerm(token))));
  const holds = (m: string) => held.has(m) || [...(related.related(m) ?? [])].some(([t, w]) => w >= DERIVATION && held.has(t));
  return modifiers.every(holds) ? [{ speaker: who, score: DESCRIBED_SCORE }] : [];
}
