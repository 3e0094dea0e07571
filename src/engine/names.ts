/**
 * Finds people's names in prose without a trained model: runs of capitalised words, with the
 * evidence around them (an honorific, a role such as "UN humanitarian adviser" before the name,
 * an apposition such as ", an official in …," after it). Organisation and place phrases are told
 * apart by their last word and by the preposition before them.
 */
import { WORDNET_DEMONYMS, WORDNET_PERSON_NOUNS } from './person-nouns.js';
import { ABBREVIATED_TITLES, firmNameGoesOn, HONORIFICS, NON_PERSON_HEADS, NOT_NAME_START, PLACE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { splitSentences } from './sentences.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.js';

/** A word that is a given name ("Karen", "raymond"), by the given-name lists. */
export const isGivenName = (word: string) => MALE_GIVEN_NAMES.has(word.toLowerCase()) || FEMALE_GIVEN_NAMES.has(word.toLowerCase());
/** The sex a given name says, when the lists give it to one sex only ("Linda" → f; "Jordan" → none). */
export const sexOfGivenName = (word: string): 'm' | 'f' | undefined => {
  const x = word.toLowerCase();
  return MALE_GIVEN_NAMES.has(x) && !FEMALE_GIVEN_NAMES.has(x) ? 'm' : FEMALE_GIVEN_NAMES.has(x) && !MALE_GIVEN_NAMES.has(x) ? 'f' : undefined;
};
/** Two given names both borne by men, or both by women ("Ken" and Kenneth, not Ken and Kendra). */
export const sameGivenGender = (a: string, b: string): boolean => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return (MALE_GIVEN_NAMES.has(x) && MALE_GIVEN_NAMES.has(y)) || (FEMALE_GIVEN_NAMES.has(x) && FEMALE_GIVEN_NAMES.has(y));
};

export interface NameMention {
  /** The name as written, e.g. "Jan Egeland". */
  text: string;
  tokens: string[];
  /** Offsets in the text searched (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** Looks like a person's full name (two or more name words, not an organisation or a place). */
  personLike: boolean;
  /** A title came before it ("Dr.", "President"). */
  honorific: boolean;
  /** That title as a role word, abbreviations spelled out: "Gov." → "governor". */
  title?: string;
  /** The gender a courtesy title gives: Mr → m; Mrs, Ms, Miss → f. */
  gender?: 'm' | 'f';
  /** Role the text gives with this mention, e.g. "UN humanitarian adviser". */
  role?: string;
  /** A second role the sentence gives: "The buyer was identified as Rafael Ostrander, a Chicago collector". */
  alsoRole?: string;
  /** How the sentence sets them apart from the work it is about: "who was not involved in the study", "who led the research". */
  outsider?: string;
  /** The role words it opens for the next name: "CEO" in "Halvern Biotherapeutics CEO Martin Sorensen". */
  ownsRole?: string;
  /** A single name with the titles written before it: "Mrs Justice Harcourt". */
  styled?: string;
  /** The age the text gives with the name: "Margaret Ellery, 78,", "the 34-year-old Jenna Okafor". */
  age?: string;
  /** "Judith Anne Kowalczyk was born in Kessler Falls": a name said at birth, perhaps not the one the story goes by. */
  born?: true;
  /** "Karen Voss … got a call from her father": a child, by what they say of their parent ("daughter", "son"). */
  child?: string;
  /** "Lars Ekdahl, a former Davis Cup player who is also his uncle": a relative, by a clause after the name. */
  kin?: string;
  /** "Jonas Lindqvist made 38 saves": what a match report says they did, as a role ("goalkeeper", "scorer"). */
  deed?: string;
  /** "Dean Carraway of Tarnside Fire and Rescue Service said": where they work or come from, as written. */
  affiliation?: string;
  /** "Harold Greer, 78, of Cave Junction,": where they live, as a way to ask for them ("the Cave Junction resident"). */
  residence?: string;
  /** "…, who has lived on Marlstone Road for 31 years,": the street or place the text says they live on or in. */
  livesOn?: string;
  /** "Voss … beat Kenji Albright … to capture the Cedar Hollow Classic": the one beaten in a final, the runner-up. */
  beaten?: true;
  /** "Cllr Richard Amis (Lib Dem, Brampton and Oakley)": the party, in full and as written, and the ward. */
  party?: string[];
  /** Read as a place only for the "from" or "to" before it ("two goals from Niamh Doherty"), or as a place's possessive ("in Hester Quayle’s studio"): a person's, if the text goes on to have them speak or act. */
  placeOrPerson?: true;
}

interface Word {
  core: string;
  start: number;
  end: number;
  /** Punctuation after the word that ends a name run (comma, period, quote mark…). */
  breaksAfter: boolean;
  /** Punctuation before the word that starts a new run (opening quote, parenthesis). */
  breaksBefore: boolean;
  /** Only a period follows ("Dr.", "Gen."). */
  dotted: boolean;
  /** Written with a possessive ’s ("Brazil’s"), which `core` leaves out. */
  possessive: boolean;
}

/** "the Rt Rev", "the Very Rev", "the Most Rev", "the Rt Hon": a word that only opens a clergy or privy-council style. */
// ("His Honour Judge Richard Pemberton", "Her Excellency …": a possessive and a dignity.)
const styleOpens = (ws: readonly Word[], i: number) =>
  !ws[i]?.breaksAfter &&
  ((/^(?:rt|right|very|most)\.?$/i.test(ws[i]?.core ?? '') && /^(?:rev|revd|reverend|hon|honourable)\.?$/i.test(ws[i + 1]?.core ?? '')) ||
    (/^(?:His|Her)$/.test(ws[i]?.core ?? '') && DIGNITY.test(ws[i + 1]?.core ?? '') && !ws[i + 1]!.breaksAfter && HONORIFICS.test(ws[i + 2]?.core ?? '')));
const DIGNITY = /^(?:Honour|Honor|Excellency|Worship|Lordship|Ladyship|Eminence)$/;

function titleWord(word: string): string | undefined {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'hon', 'honourable', 'rt', 'right', 'very', 'most', 'his', 'her', 'honour', 'honor', 'excellency', 'worship', 'lordship', 'ladyship', 'eminence'].includes(w)) return undefined;
  return ABBREVIATED_TITLES[w] ?? w;
}

const PARTICLE = /^(?:al|el|ad|as|bin|ibn|abu|van|von|de|da|di|du|del|della|der|den|la|le|dos|das|ter)$/;
const PARTICLE_COMPOUND = /^(?:al|el|ad|as|ben|bin)-\p{Lu}[\p{L}\p{M}’'-]*$/u;
// A name word: capital then at least one lowercase letter ("McDonald", "O’Brien", "Jean-Pierre"),
// but not a capitalised compound adjective such as "Aleppo-based" or "Russian-backed".
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’']*\p{Ll}[\p{L}\p{M}’']*(?:-\p{Lu}[\p{L}\p{M}’']*)*$/u;

/** A country's dotted initials, "U.S.", "U.K." (as a word's core, without the last dot). */
const COUNTRY_INITIALS = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
/** Words that open a title without being a role themselves: "Assistant U.S. Attorney". */
const TITLE_MODIFIER = /^(?:Assistant|Deputy|Acting|Interim|Special|Associate|Chief|Senior|Former)$/;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const lead = /^[“"‘'(\[]+/.exec(raw)?.[0].length ?? 0;
    const trail = /[”"’'),.;:!?…\]]+$/.exec(raw.slice(lead))?.[0].length ?? 0;
    let core = raw.slice(lead, raw.length - trail);
    // Possessive "Egeland’s" names Egeland.
    const trailing = raw.slice(raw.length - trail);
    // So does a plural's "Physicians’ vice-president" (not a closing quote mark: "…the doctors’ he said").
    const after = text.slice(m.index! + raw.length, m.index! + raw.length + 12);
    const pluralPossessive = /s$/.test(core) && /^[’']$/.test(trailing) && /^ \p{Ll}/u.test(after) && !/^ (?:said|says|added|told|he|she|they|it|we|i)\b/.test(after);
    const possessive = /(?:’s|'s)$/.test(core) || pluralPossessive;
    core = core.replace(/(?:’s|'s)$/, '');
    out.push({
      core,
      start: m.index! + lead,
      end: m.index! + lead + core.length,
      // A line break ends a name too: "By Jenna Kowalczyk, Dunmore Falls Courier\nOct. 10".
      // (A firm's "Bros." goes on into its name: "Lanigan Bros. Amusements".)
      breaksAfter: (trail > 0 && /[,.;:!?…”"')\]]/.test(trailing) && !firmNameGoesOn(core, trailing, after)) || possessive || text[m.index! + raw.length] === '\n',
      breaksBefore: lead > 0,
      dotted: trailing === '.',
      possessive,
    });
  }
  return out;
}

/** A role noun from the list, or a profession by its suffix: geologist, analyst, columnist. */
export function isRoleNoun(word: string): boolean {
  // "-quist"/"-qvist" end Scandinavian surnames (Lindqvist, Holmquist), not professions.
  if (ROLE_NOUNS.has(word) || (/^[a-z]{4,}(?:ist|ysts?|ists)$/.test(word) && !/q(?:u|v)ists?$/.test(word))) return true;
  // British "co-ordinator" is "coordinator".
  if (/^co-/.test(word) && ROLE_NOUNS.has(word.replace('-', ''))) return true;
  // "festivalgoer", "concertgoer", "churchgoer": whoever goes to the thing; "season-ticket holder",
  // "shareholder", "record holder": whoever holds it.
  if (/^[a-z]{3,}-?goers?$|^(?:[a-z]+-)?holders?$|^[a-z]{3,}holders?$/.test(word)) return true;
  // "harbourmaster", "postmaster", "shopkeeper", "gamekeeper": whoever keeps or masters the thing
  // (WordNet writes most of them as two words, and none in British spelling).
  if (/^[a-z]{3,}(?:master|mistress|keeper)s?$/.test(word)) return true;
  // "investigator-in-charge", "editor-in-chief", "attorney-at-law": the role opens it (not "father-of-two").
  const opening = /^([a-z]+)-(?:in|at)-[a-z]+$/.exec(word)?.[1];
  if (opening !== undefined && ROLE_NOUNS.has(opening)) return true;
  // "eighth-grader", "sixth-former": a pupil by school year.
  if (/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)-(?:graders?|formers?)$/.test(word)) return true;
  // "centre-back", "full-back", "fly-half", "scrum-half": a player's position is their role.
  if (/^(?:centre|center|full|half|wing|corner|fly|scrum)-?(?:backs?|half)$/.test(word)) return true;
  // "writer-director", "co-founder", "ex-minister", "sub-postmaster": a compound that ends in a role.
  const last = /^(?:[a-z]+-)+([a-z]+)$/.exec(word)?.[1];
  return last !== undefined && last.length > 2 && (ROLE_NOUNS.has(last) || /^[a-z]{4,}ist$/.test(last) || /^[a-z]{3,}(?:master|mistress|keeper)$/.test(last));
}

/**
 * A role noun, or any noun WordNet has for a person ("rancher", "caddie", "actuary") when the text
 * writes it in lower case: capitalised, "Hunter" or "Refugee" in "Global Refugee Protection Agency"
 * is part of a name, and only the hand list's titles ("Mayor", "Judge") count there. Or where
 * someone is from, as written: "the Dane said".
 */
export const isPersonNoun = (word: string): boolean =>
  isRoleNoun(word.toLowerCase()) || (word === word.toLowerCase() && (WORDNET_PERSON_NOUNS.has(word) || PERSON_NOUNS_ALSO_ADJECTIVES.has(word) || WORDNET_PERSON_NOUNS.has(SCIENCE_PREFIX.exec(word)?.[1] ?? ''))) || WORDNET_DEMONYMS.has(word);

/** Plurals that name people and that dropping an ending does not take back to WordNet's singular. */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'persons', 'folk', 'folks']);

/**
 * A lower-case plural that counts people: "passengers", "residents", "fans", "children". (What
 * "how many people" asks for, the article counts under the people's own noun.)
 */
export function countsPeople(word: string): boolean {
  if (PEOPLE_PLURALS.has(word)) return true;
  if (word !== word.toLowerCase() || !word.endsWith('s')) return false;
  return [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].some((w) => w !== word && w.length > 2 && isPersonNoun(w));
}

/**
 * People's nouns the WordNet list leaves out because they are adjectives too, in lower case only:
 * "a clan elder" (but "Elder County" is a place, and "elder brother" says nothing of a role).
 */
const PERSON_NOUNS_ALSO_ADJECTIVES: ReadonlySet<string> = new Set(['elder', 'elders']);

/** A field's prefix before a profession WordNet knows: "biostatistician" is a statistician of biology. */
const SCIENCE_PREFIX = /^(?:bio|geo|neuro|micro|astro|psycho|eco|agro|hydro|pal(?:a)?eo|nano|cyto|immuno|electro|thermo|radio|pharmaco|socio|ethno|zoo|cryo|aero)([a-z]{5,})$/;

/** "Trustees", "Councillors": a capitalised role noun in the plural, a title shared by the names after it. */
const pluralRole = (word: string): boolean => singularRole(word) !== undefined;
/** "Sens." → "Sen", "Councilwomen" → "Councilwoman": a plural title's singular, when it is a role. */
function singularRole(word: string): string | undefined {
  const one = /^\p{Lu}\p{Ll}{3,}s$/u.test(word) ? word.slice(0, -1) : /^\p{Lu}\p{Ll}+men$/u.test(word) ? `${word.slice(0, -3)}man` : undefined;
  // ("Astronauts Jenna Sorensen and Marcus Oyelaran": any word for a person, in the plural.)
  return one !== undefined && (isRoleNoun(one.toLowerCase()) || isPersonNoun(one.toLowerCase())) ? one : undefined;
}

const ACRONYM = /^\p{Lu}{2,5}$/u;
const GENERATION = /^(?:II|III|IV|Jr|Sr)$/;
/** Honours and letters written after a name: "DBE", "OBE", "FRS" (one or more; not "KC" or "MP", which are roles: see silkRole). */
const POSTNOMINALS = /^(?:\s+(?:GBE|KBE|DBE|CBE|OBE|MBE|BEM|FRS|FRSE|FREng|FRCP|FRCS|DL|JP|PhD))+(?=[\s,;:!?)]|\.(?:\s|$)|$)/;
/** A body's name may end on where it works: "Clean Sport UK", "Age UK", "Cycling UK". */
const BODY_SCOPE = /^(?:UK|USA)$/;
// (And the Irish "Ó" of "Seán Ó Riordáin", a capital alone that opens a surname.)
const isNameWord = (w: string) => NAME_WORD.test(w) || PARTICLE_COMPOUND.test(w) || w === 'Ó';
/** Particles that may open a surname written alone ("van der Berg", "de Gaulle"); not English words ("as", "ad"). */
const OPENING_PARTICLE = /^(?:van|von|de|da|di|du|del|della|der|den|dos|das|ter|le|la|bin|ibn|abu)$/;

/** How many name particles (one or two: "van der", "de la") start at `k` and lead on to a name word; 0 if none. */
function particlesBefore(ws: readonly Word[], k: number): number {
  for (let n = 1; n <= 2; n++) {
    const w = ws[k + n - 1];
    if (!w || !PARTICLE.test(w.core) || w.breaksAfter || (n > 1 && w.breaksBefore)) return 0;
    const next = ws[k + n];
    if (next && !next.breaksBefore && isNameWord(next.core)) return n;
  }
  return 0;
}
const isRoleWord = (w: string) => /^[\p{L}][\p{L}\p{M}’'-]*$/u.test(w);
/** Words a role before a name never runs back past: articles, pronouns, prepositions, and verbs ("Dufresne leads PC incumbent Heather Strickland"). */
// (Nor a phrasal verb's particle: "knocked out top seed Andrés Calvero".)
const ROLE_STOP = new Set(['out', 'off', 'up', 'down', 'back', 'the', 'a', 'an', 'another', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'met', 'saw', 'gave', 'took', 'made', 'left', 'sent', 'got', 'became', 'of', 'by', 'from', 'for', 'with', 'and', 'or', 'to', 'in', 'on', 'at', 'over', 'against', 'beat', 'beating', 'defeated', 'defeating', 'beats', 'defeats', 'leads', 'trails', 'faces', 'joins', 'replaces', 'succeeds', 'unseats', 'ousts', 'edges', 'meets', 'hosts', 'plays', 'including', 'like', 'among', 'via', 'unlike', 'behind', 'ahead', 'that', 'who', 'which', 'as', 'is', 'was', 'has', 'have', 'had', 'be', 'been', 'says', 'said', 'told', 'according', 'than', 'but', 'while', 'after', 'before', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'when', 'where', 'if', 'because', 'since', 'until', 'though', 'although', 'once']);

/** The ordinal of a rank's class: "1st" of "Petty Officer 1st Class". */
const RANK_CLASS_ORDINAL = /^(?:1st|2nd|3rd)$/;

/** Does the run of name words from `k` end in a body's word ("… Logistics Workers’ Union")? Then "General" before it opens the body's name; it is no title. */
function namesBody(ws: readonly Word[], k: number): boolean {
  // (A plural possessive goes on: "Workers’ Union".)
  while (k + 1 < ws.length && (!ws[k]!.breaksAfter || /s$/.test(ws[k]!.core)) && isNameWord(ws[k + 1]!.core)) k++;
  return NON_PERSON_HEADS.has(ws[k]!.core.toLowerCase());
}

/** Participles that describe a role rather than end it: "retired teacher", "acting director", "elected official". */
const ROLE_PARTICIPLES = new Set([
  'retired', 'elected', 'appointed', 'acting', 'managing', 'returning', 'commanding', 'arresting', 'investigating', 'attending', 'treating', 'examining', 'founding', 'leading', 'presiding', 'visiting', 'serving', 'ruling', 'governing', 'reigning', 'outgoing', 'incoming', 'defending', 'ranking', 'qualified', 'certified', 'registered', 'licensed', 'trained', 'unnamed', 'unidentified', 'distinguished', 'supervising', 'consulting', 'practising', 'practicing', 'teaching', 'nursing', 'marketing', 'engineering', 'operating', 'reporting', 'sitting', 'starting', 'winning', 'losing', 'opposing', 'competing', 'veteran', 'seasoned', 'disgraced', 'jailed', 'convicted', 'accused', 'injured', 'wounded', 'grieving', 'bereaved', 'named', 'detained', 'arrested', 'trapped', 'missing', 'deceased', 'married', 'divorced', 'widowed', 'renowned', 'celebrated', 'acclaimed', 'talented', 'experienced', 'specialised', 'specialized', 'dedicated', 'independent',
  // A football club's "new signing" is a player.
  'signing',
  // What a department does, before the role in it: "the planning inspector", "housing director",
  // "chief restructuring officer Martin Ebbesen".
  'planning', 'housing', 'training', 'parking', 'licensing', 'policing', 'accounting', 'purchasing', 'fundraising', 'programming', 'publishing', 'banking', 'lending', 'shipping', 'manufacturing', 'mining', 'farming', 'fishing', 'lobbying', 'campaigning',
  'restructuring', 'advertising', 'recruiting', 'scouting', 'coaching', 'trading', 'broadcasting', 'catering', 'ticketing', 'casting', 'recording']);

/**
 * "The shadow work and pensions secretary, Daniel Okafor,": the "and" at `i` joins the two halves
 * of what the role is over (a British department's name), right after the article or owner that
 * opens the role.
 */
function joinsDepartment(ws: readonly Word[], i: number): boolean {
  const [opener, before] = [ws[i - 2], ws[i - 1]!];
  if (!opener || opener.breaksAfter || ROLE_STOP.has(before.core.toLowerCase()) || !isRoleWord(before.core)) return false;
  return opener.possessive || /^(?:the|a|an|shadow)$/i.test(opener.core);
}

/** "wife of 59 years, ", "husband of four decades, " before a name set off by commas. */
const SPOUSE_OF_YEARS = /\b(wife|husband|partner|widow|widower|companion)\s+of\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years|decades|months)\s*,\s*$/i;

/** A verb in the past right after a surname, opening a clause about the noun before it ("a fundraiser Lindqvist started"). */
const CONTACT_VERB = /^\p{Ll}+ed$|^(?:began|built|wrote|made|ran|led|set|took|gave|found|brought|won|sang|chose|kept|held|drew|grew|knew|taught|sold|bought|started|founded|launched|organised|organized|created)$/u;

/** Those elected for a place, whose "for" names a seat: "MP for North Shropshire Hills". */
const SEAT_HOLDER = /^(?:MP|MPs|MSP|MLA|TD|AM|MS|MEP|Member|Senator|Councillor|Councilor|Cllr|Representative|Rep|Candidate|candidate|member|senator|councillor|councilor|representative)$/;

/** A party's word before a name: "Lib Dem Tomás Rees", "Democrat Ann Ruiz". */
const PARTY_BEFORE_NAME = /^(?:Republican|Democrat|Labour|Conservative|Tory|Lib|Dem|Liberal|Independent|SNP|Plaid|DUP|Reform)$/;

/** A party a title may follow: "Republican Sen.", "Labour Cllr". */
const PARTY_WORD = /^(?:Republican|Democrat|Democratic|Labour|Conservative|Tory|Liberal|Independent|Green|Reform)$/;

/** "mother-of-two", "dad-of-three": a parent and how many children. */
const PARENT_OF_N = /^(?:mother|father|mum|dad|grandmother|grandfather|grandma|grandad)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/**
 * "UN humanitarian adviser" in "UN humanitarian adviser Jan Egeland": role words ending in a role
 * noun. Also set off by commas, when the name is too: "Brazil’s trade minister, Helena Vasconcelos, said".
 */
function roleBefore(ws: Word[], first: number, text: string, nameEnd: number): string | undefined {
  const collected: Word[] = [];
  let opens = -1;
  // "program manager Dr. Elena Voss": the role stands before the courtesy title.
  let from = first - 1;
  // So does "army spokesman Col. Viktor Anzel": any abbreviated title.
  const titleAt = (i: number) => i >= 1 && (/^(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame|rev|cllr)\.?$/i.test(ws[i]!.core) || (ws[i]!.dotted && HONORIFICS.test(ws[i]!.core))) && (ws[i]!.dotted || !ws[i]!.breaksAfter);
  const courtesy = titleAt(from);
  if (courtesy) from--;
  // ("The vice-chancellor, Prof Dame Helen Ashworth-Pryce,": titles may stack.)
  while (courtesy && titleAt(from) && from > first - 4) from--;
  // ("The Bishop of Dunmere, the Rt Rev Andrew Kettleborough,": past "the Rt" before the title.)
  if (courtesy && from >= 1 && /^(?:rt|right|very|most)\.?$/i.test(ws[from]!.core)) from--;
  if (courtesy && from >= 1 && /^the$/i.test(ws[from]!.core) && /,\s*$/.test(text.slice(0, ws[from]!.start))) from--;
  // ("The bill’s sponsor, Republican Sen. Rebecca Thornbury,": past the party before the title.)
  if (courtesy && from >= 1 && PARTY_WORD.test(ws[from]!.core) && !ws[from]!.breaksAfter) from--;
  // "St. Clement's president, Dr. Robert Haines,": the courtesy title opens the name.
  // "…by the parliamentary commissioner for standards, Dame Judith Harrowby.": or ending the sentence.
  // ("The committee’s chairman, Cllr Peter Goodwin (Con, Harwood West), who …": past the party and ward.)
  // ("Another co-author, Priya Raghunathan of the Boulder Earth Observation Lab, who …": past where she works.)
  const appositive = (from === first - 1 || courtesy) && from >= 0 && /^\s*,/.test(text.slice(ws[from]!.end)) && /^\s*(?:,|[.;](?:\s|$)|$)/.test(text.slice(nameEnd).replace(/^\s*\([^()]{1,60}\)/, '').replace(WORKPLACE_AFTER_NAME, ''));
  // "top-seeded Mattias Lindqvist", "third-seeded …": the seed he is, as readers ask for him.
  const seeded = !courtesy && from >= 0 && from === first - 1 && !ws[from]!.breaksAfter ? /^(top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))-seeded$/i.exec(ws[from]!.core) : null;
  if (seeded) return `${seeded[1]!.toLowerCase()} seed`;
  // "His wife of 59 years, Loretta Brannigan,": how long is no part of the role.
  const married = appositive ? SPOUSE_OF_YEARS.exec(text.slice(Math.max(0, ws[from + 1]!.start - 60), ws[from + 1]!.start)) : null;
  if (married) return married[1]!.toLowerCase();
  for (let i = from; i >= 0 && collected.length < 9; i--) {
    const w = ws[i]!;
    // "No. 3 seed Mateo Serrano": a rank opens the role, and ends it.
    if (collected.length > 0 && i >= 1 && /^\d{1,3}$/.test(w.core) && /^no$/i.test(ws[i - 1]!.core) && !ws[i - 1]!.breaksBefore) {
      collected.unshift(ws[i - 1]!, w);
      opens = i - 1;
      break;
    }
    // A verb ends the role: "asked Dayton resident Mary Lee" → "Dayton resident".
    const lower = w.core.toLowerCase();
    // "Lumora’s chief executive Dana Reyes": whose role it is opens it.
    const owner = w.possessive && i < from && !/[,.;:!?…”"')\]]/.test(text.charAt(w.end + 2));
    // "associate professor of hospitality management", "founder and chief executive": "of" and
    // "and" go on with a role when a role noun stands right before them.
    // So does "for": "commissioner for standards", "minister for health".
    // So does "of" inside a body's name: "Haverleigh Chamber of Trade chairman Graham Hollis".
    const bodyOf = lower === 'of' && /^\p{Lu}/u.test(collected[0]?.core ?? '') && i > 0 && /^\p{Lu}/u.test(ws[i - 1]!.core) && NON_PERSON_HEADS.has(ws[i - 1]!.core.toLowerCase());
    const joinsRoles = (lower === 'of' || lower === 'and' || lower === 'for') && collected.length > 0 && i > 0 && !w.breaksAfter && !ws[i - 1]!.breaksAfter && (bodyOf || isRoleNoun(ws[i - 1]!.core.toLowerCase()) || (lower === 'and' ? joinsDepartment(ws, i) : ROLE_PARTICIPLES.has(ws[i - 1]!.core.toLowerCase())));
    // "The board certified results showing Democratic challenger …": a verb ends the role; "retired",
    // "acting", "managing" and the like describe it.
    const verb = /^\p{Ll}+(?:ed|ing)$/u.test(w.core) && !ROLE_PARTICIPLES.has(lower) && !isPersonNoun(w.core);
    // "to give trainer Gareth Pryce-Morgan the biggest success": a word after "to" is a verb, unless a role noun.
    const infinitive = i > 0 && /^to$/i.test(ws[i - 1]!.core) && !isRoleNoun(lower) && !isPersonNoun(w.core);
    if (!joinsRoles && ((w.breaksAfter && !(appositive && i === from) && !owner) || !isRoleWord(w.core) || ROLE_STOP.has(lower) || SPEECH_VERBS.has(lower) || verb || infinitive || lower === 'whose')) break;
    collected.unshift(w);
    opens = i;
    if (w.breaksBefore || owner) break;
  }
  // "The MP for Hollingbridge and the Wendle Valley, Owen Tregarthen,": a role with the place or
  // body it serves, set off by commas before the name.
  if (appositive) {
    const served = SERVED_ROLE.exec(text.slice(0, ws[from]!.end));
    if (served && isRoleNoun(served[2]!.toLowerCase())) return served[1]!.replace(/^(?:(?:but|and|yet|so|or)\s+)?(?:the|a|an)\s+/i, '');
  }
  // The role ends in a role noun, or holds one before its "of" ("chief of pediatrics").
  while (collected.length > 0 && /^(?:of|and|for)$/i.test(collected[0]!.core)) collected.shift();
  const adjacent = collected.at(-1);
  const ofAt = collected.findIndex((w) => /^(?:of|for)$/i.test(w.core));
  // ("pop star Maren Vale": a star, in lower case, is someone too; "Meridian Star Cruises" is one name.)
  // ("mother-of-two Jodie Marchetti": a parent, as news writes one before the name; only there, as
  // "A mother-of-three … has told a court" is someone the next paragraph names.)
  // ("Council members Marcus Greer and Janet Okafor-Lyle voted no": a role in the plural before
  // two names is each one's, in the singular.)
  const paired = adjacent !== undefined && /^\p{Ll}{3,}s$/u.test(adjacent.core) && isPersonNoun(adjacent.core.slice(0, -1)) && PAIR_AFTER.test(text.slice(nameEnd));
  // ("top seed and world number one Andrés Calvero": a rank is who holds it.)
  const ranked = adjacent?.core === 'one' && /^number$/i.test(collected.at(-2)?.core ?? '');
  if (!adjacent || !(isPersonNoun(adjacent.core) || paired || ranked || adjacent.core === 'star' || PARENT_OF_N.test(adjacent.core) || (ofAt > 0 && isRoleNoun(collected[ofAt - 1]!.core.toLowerCase())))) return undefined;
  if (paired && !appositive) return text.slice(collected[0]!.start, adjacent.end - 1);
  // Set off by commas, the role must open its clause ("Brazil’s trade minister, …"): in "she and
  // her manager, Gregory Pratt," the words before the comma are about someone else.
  // "The Farming Minister, Daniel Hargreaves,": an article may open the clause before the role.
  let opener = opens - 1;
  // "…the United Security Officers union, whose president, Dwayne Petrakis, said": the president
  // of the body the clause before names ("union president" when a lower-case noun names it).
  if (appositive && opener >= 1 && /^whose$/i.test(ws[opener]!.core)) {
    const body = ws[opener - 1]!;
    const role = text.slice(collected[0]!.start, adjacent.end);
    return body.breaksAfter && /^\p{Ll}+$/u.test(body.core) ? `${body.core} ${role}` : role;
  }
  // "the Royal College of Cardiac Physicians’ vice-president …, Dr Fiona Gault": an owner's
  // name of several words opens the clause as one.
  if (ws[opens]!.possessive) while (opener >= 0 && !ws[opener]!.breaksAfter && (/^\p{Lu}/u.test(ws[opener]!.core) || /^(?:of|for|and|&)$/.test(ws[opener]!.core))) opener--;
  // (Not the "and" that joins the clause to one before: "…, and Osuwa’s culture minister, Folasade …".)
  let ownerOpens = opener + 1;
  while (ownerOpens < opens && /^(?:of|for|and|&)$/.test(ws[ownerOpens]!.core)) ownerOpens++;
  const roleStart = ws[opens]!.possessive ? ws[ownerOpens]!.start : collected[0]!.start;
  const definite = opener >= 0 && /^(?:the|a|an|another)$/i.test(ws[opener]!.core);
  // "— a fundraiser Lindqvist started as a nod to his roots": a thing, then the clause a surname
  // opens about it; no role of his.
  if (!appositive && definite && /^an?$/i.test(ws[opener]!.core) && first + 1 < ws.length && ws[first]!.end === nameEnd && CONTACT_VERB.test(ws[first + 1]!.core) && !SPEECH_VERBS.has(ws[first + 1]!.core.toLowerCase())) return undefined;
  if (definite) opener--;
  // "Mrs Thornbury’s son, Mr Graham Thornbury,": so may the owner's title.
  if (opener >= 0 && HONORIFICS.test(ws[opener]!.core) && ws[opener + 1]?.possessive) opener--;
  // "my editor, Ruth Abernathy,", "his sister, Mrs Susan Kettering,": whose role it is; not in
  // "she and her manager, Gregory Pratt,", where the clause is about both.
  const joined = opener >= 1 && /^(?:and|or)$/i.test(ws[opener - 1]!.core);
  // ("Its chief executive, Priyanka Venkataraghavan-Hollis,": "its" stays, for the reader of
  // the whole text to say which body's; see the quotes' `owner`.)
  if (appositive && opener >= 0 && !joined && /^(?:my|his|her|their|our|its)$/i.test(ws[opener]!.core)) return `${/^its$/i.test(ws[opener]!.core) ? 'its ' : ''}${text.slice(collected[0]!.start, adjacent.end)}`;
  // "with the captain, Ollie Brayshaw,", "including the South Africa captain, Morné Vantyl,": a
  // preposition opens the phrase the role and name stand in.
  // So may the speech verb: "…,’ said the Royal College’s vice-president, Dr Fiona Gault."
  // So does a live entry's time stamp: "09:10 Westway’s chief executive, Mark Ellery, has …".
  // So does "and" before "the": "Brereton made 52 and the Durham captain, Ross Maitland, was imperious".
  const newClause = definite && /^(?:and|but|while|whereas)$/i.test(ws[opener]?.core ?? '');
  if (appositive && opener >= 0 && !newClause && !ws[opener]!.breaksAfter && !OPENS_PHRASE.test(ws[opener]!.core) && !SPEECH_VERBS.has(ws[opener]!.core.toLowerCase()) && !ENTRY_STAMP_WORD.test(ws[opener]!.core)) return undefined;
  return text.slice(roleStart, adjacent.end);
}

/**
 * "At the Coldbrook Livestock Auction, owner Dale Pruitt said": a bare role right after an opening
 * "At <a named place>," is the role there ("owner of the Coldbrook Livestock Auction"), so readers
 * may ask for "the auction owner".
 */
function ofPlaceOpening(role: string | undefined, text: string, start: number): string | undefined {
  if (role === undefined || !PLACE_HELD_ROLE.test(role)) return role;
  const at = AT_PLACE_THEN_ROLE.exec(text.slice(Math.max(0, start - 120), start));
  return at && at[2]!.toLowerCase() === role.toLowerCase() ? `${role} of ${at[1]!}` : role;
}

/** Roles a place has one of: its owner, manager, director. */
const PLACE_HELD_ROLE = /^(?:owner|co-owner|manager|general manager|director|landlord|landlady|proprietor|chef|head chef|curator|headteacher|principal)$/i;
const AT_PLACE_THEN_ROLE = /(?:^|[.!?]\s+)At\s+((?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|the\s+|&\s+)?\p{Lu}[\p{L}’'&-]*){0,5}),\s+(\p{Ll}[\p{L} -]*?)\s+$/u;

/** " of the Boulder Earth Observation Lab": where someone named works, right after the name. */
const WORKPLACE_AFTER_NAME = /^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}’'&-]*){0,6}(?=\s*,)/u;

/** A sentence's opening phrase of place, up to a name: "At a gas station on the edge of ", "In ". */
// (Not a phrase that goes on with its verb, the subject after it: "At the other end of the row
// stands Callum Bevan, 19,".)
const OPENING_PHRASE = /(?:^|[.!?]\s+)(?:At|In|On|Outside|Inside|Near|Across|Along|Around|Behind|Beside)\s(?:(?!(?:is|was|are|were|by|stands|stood|sits|sat|lies|lay|hangs|hung|rests|waits|waited|lives|lived|works|worked|comes|came|sings|sang|plays|played|kneels|knelt|leans|leaned|walks|walked)\b)[^,.;:!?“”"‘’\s]+\s+){0,9}$/u;

/** "Prosecuting for the council, Priya Raman told the court": a British court report's lawyers, by what they do. */
// ("For the prosecution, Gideon Falk said": the side they appear for.)
// ("Prosecuting, Ms Priya Lindgate told the court": with a courtesy title too.)
const COURT_ROLE_OPENING = /(?:^|[.!?]\s+)((prosecuting|defending|representing|mitigating)\b[^,.;:]{0,60}|for\s+the\s+(prosecution|crown|defen[cs]e)),\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i;
const COURT_ROLES: Record<string, string> = { prosecuting: 'prosecutor', defending: 'defence lawyer', representing: 'lawyer', mitigating: 'defence lawyer', prosecution: 'prosecutor', crown: 'prosecutor', defence: 'defence lawyer', defense: 'defence lawyer' };

function courtRole(before: string): { role: string; phrase: string } | undefined {
  const m = COURT_ROLE_OPENING.exec(before);
  return m ? { role: COURT_ROLES[(m[2] ?? m[3])!.toLowerCase()]!, phrase: m[1]!.toLowerCase() } : undefined;
}

/**
 * "Gideon Falk KC, for the prosecution,", "Priya Raman KC, for the company,", "… KC said": a silk
 * is a barrister, and whom they appear for says which. Not a judge, who may be a silk too ("Judge
 * Helen Marchbank KC"), nor "Sir Ian Blake KC MP", whose letters go on to another role.
 */
function silkRole(text: string, start: number, end: number): string | undefined {
  const silk = /^\s+(?:KC|QC|SC)\b(?!\s+\p{Lu}{2,}\b)(?:,\s*for\s+(?:the\s+)?([^,.;:]{2,60}?)\s*[,.;:])?/u.exec(text.slice(end));
  // ("Nicholas Haldane KC, prosecuting,": what they do says it, see `roleAfter`.)
  if (!silk || JUDICIAL_TITLE.test(text.slice(Math.max(0, start - 40), start)) || COURT_ROLE_AFTER.test(text.slice(end))) return undefined;
  const side = silk[1];
  if (side === undefined) return 'barrister';
  if (/^(?:prosecution|crown)$/i.test(side)) return 'prosecutor';
  if (/^defen[cs]e$/i.test(side)) return 'defence barrister';
  return `barrister for ${side}`;
}
/** "Rachel Odukoya, prosecuting,", "Nicholas Haldane KC, defending,": a barrister by what they do, after the name. */
const COURT_ROLE_AFTER = /^(?:\s+(?:KC|QC|SC))?,\s*(prosecuting|defending|mitigating)\b/i;
const JUDICIAL_TITLE = /\b(?:Judge|Justice|Recorder|Honour|Lord|Lady|Sheriff|Magistrate)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}$/u;

/** Titles of the lawyers who prosecute: "Assistant U.S. Attorney", "District Attorney", "State’s Attorney". */
const PROSECUTOR_TITLE = /\b(?:U\.S\.|District|State[’']s|County|Commonwealth[’']s|Crown)\s+(?:Attorney|Prosecutor)\s+$/;

/**
 * "Ghana’s minister for tourism, arts and culture welcomed the decision. ‘…,’ said Afua
 * Mensah-Boateng": a speaker the text names only when quoting, right after a sentence about a role
 * holder it does not name, holds that role.
 */
function roleOfSentenceBefore(text: string, start: number, end: number): string | undefined {
  if (!/\bsaid\s+$/.test(text.slice(Math.max(0, start - 8), start)) && !/^\s+said\b/.test(text.slice(end, end + 8))) return undefined;
  // The sentences up to the name: the last is the one it stands in.
  const previous = splitSentences(text.slice(0, start)).at(-2);
  if (previous === undefined) return undefined;
  const m = ROLE_HOLDER_SUBJECT.exec(previous);
  if (!m || findNames(m[1]!).some((n) => n.personLike)) return undefined;
  const words = m[1]!.replace(/,/g, '').split(/\s+/);
  return words.slice(0, 5).some((w) => isRoleNoun(w.toLowerCase())) ? m[1]!.trim().replace(/,$/, '') : undefined;
}

/** A sentence opening on someone by their role: "(In Accra,) Ghana’s minister for tourism, arts and culture welcomed …". */
const ROLE_HOLDER_SUBJECT = /^(?:(?:In|At|On)\s[^,]{1,40},\s*)?(?:the\s+|\p{Lu}[\p{L}-]*(?:’s|'s)\s+)((?:[\p{Ll}][\p{L}-]*,?\s+){1,8}?)(?:\w+ed|said|says|has|had|is|was|will|would)\b/u;

/** What follows a person's name and never a place's: ", who", ", whose", ", 42,". */
const PERSON_AFTER = /^,\s*(?:who|whose|\d{1,3}\s*,)/;

/** Words after a name that are no noun it could qualify: "the Tom Jones WHO …", "a John Smith HAD …". */
const NOT_A_HEAD_NOUN = /^(?:who|whom|whose|which|that|and|or|but|nor|is|was|were|are|be|been|has|had|have|will|would|could|should|may|might|must|can|did|does|do|to|of|in|on|at|for|with|by|from|as|than|\p{Ll}+ed)$/u;

/** The words of a live entry's time stamp: "09:10", "9.10", "a.m.", a dash after it. */
const ENTRY_STAMP_WORD = /^(?:\d{1,2}[:.]\d\d|[ap]\.?m\.?|[—–-])$/i;

const OPENS_PHRASE = /^(?:with|by|to|from|for|including|as|against|like|beside|besides|behind|over|under|among|between)$/i;

/** "The buyer was identified as Rafael Ostrander", "The winner is Ana Ruiz": the role the sentence gives the name. */
// ("Iris’s coach for the last five years has been Rustam Ebzeyev": whose, and for how long.)
const COPULAR_ROLE = /(?:\b(?:the|that|this|his|her|their|its)|(?:’s|'s))\s+((?:[\p{L}-]+\s+)?([\p{L}-]+))(?:\s+(?:for|since|over)\s+(?:the\s+)?(?:last|past)?\s*[\p{L}\d]+\s+(?:years|months|decades|seasons))?\s+(?:was|is|has been)\s+(?:identified\s+as|named\s+as|named)?\s*$/iu;

function copularRole(before: string): string | undefined {
  return roleIfNoun(COPULAR_ROLE.exec(before));
}

/** "One of the patients, Denise Hargrove, 58,": one of a kind of person, named after the comma. */
const ONE_OF_ROLE = /\b(?:one|another)\s+of\s+(?:the|those|its|his|her|their)\s+((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))\s*,\s*$/iu;

/** "Sandra Pickering, whose mother …": a child, the daughter or son her given name says. */
function childBy(role: string | undefined, tokens: readonly string[]): string | undefined {
  if (role !== 'child' || tokens.length < 2) return role;
  const sex = sexOfGivenName(tokens[0]!);
  return sex === 'f' ? 'daughter' : sex === 'm' ? 'son' : role;
}

/** ", one of the two board members who voted no,": the same, after the name. */
const ONE_OF_AFTER = /^,\s*(?:\d{1,3},\s*)?(?:one|another)\s+of\s+(?:the|those|its|his|her|their)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+)?((?:[\p{Ll}-]+\s+)?([\p{Ll}-]+))(?=\s+(?:who|whom|that|at|in|on|from|for)\b|\s*[,.;:])/iu;

function oneOfRole(before: string, after = false): string | undefined {
  const m = (after ? ONE_OF_AFTER : ONE_OF_ROLE).exec(before);
  if (!m) return undefined;
  // (The kind in the singular: "patients" → "patient", "witnesses" → "witness", "families" → "family".)
  const single = (w: string) => w.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/s$/, '');
  const noun = single(m[2]!);
  return noun !== m[2] && isRoleNoun(noun.toLowerCase()) ? m[1]!.replace(/[\p{Ll}-]+$/u, noun) : undefined;
}

/** A match's role phrase (group 1) when its last word (group 2) is a role noun. */
function roleIfNoun(m: RegExpExecArray | null): string | undefined {
  return m && isRoleNoun(m[2]!.toLowerCase()) ? m[1]! : undefined;
}

/** "Pettibone is the great-great-granddaughter of Capt. Marchbank.": the role the sentence gives, after the name. */
// ("Teresa Vandermolen has been chief executive of Meridian Coast Airlines for 11 months": a title
// without an article after "has been", "became", "was named".)
// ("Emrys Pritchard, 93, is the choir's longest-serving member": an age between, an owner's word in it.)
// ("Paul Castellane, 47, has been Larkspur’s general manager since opening night": whose, by name.)
const COPULAR_AFTER = /^(?:’s|'s)?(?:,\s*\d{1,3},)?\s+(?:(?:is|was)\s+(?:the|a|an|(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:’s|'s)\s))|(?:has been|had been|became|has become|was named|was appointed|was declared|was crowned|will (?:serve|act|take over|continue) as|(?:takes|took) over as|will become|is to become|(?:steps|stepped) in as)\s+(?:the\s+|a\s+|an\s+|its\s+)?)\s*((?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:’s|'s)\s+)?(?:[\p{Ll}-]+(?:’s|'s)?\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:of|at|for|to)\s+(?:[\p{L}’'-]+\.?\s+){0,4}?[\p{L}’'-]+)?)(?=\s*[,.;]|\s+(?:and|who|which|for|since|until|in|while|after|when|from)\b)/u;

function copularAfter(after: string): string | undefined {
  return roleIfNoun(COPULAR_AFTER.exec(after));
}

/**
 * "Mariela Cuesta won the Aldermere Championships", "Abel Tessema pulled away … to win the Port
 * Calder Marathon", "Mercy Chebet won the women’s race": "winner of …", so "the winner" and "the
 * women's winner" find them. Only a contest or a named prize counts ("won the next point" does not).
 */
// ("Erin Whitlow, 31, of Boulder, Colorado, won": an age and a place set off before the verb.)
const WON = /^(?:’s|'s)?(?:(?:,[^,.;]{1,80}){1,3},)?(?:\s+(?:\w+ly|then|also|easily))?\s+(?:won|wins|has won|had won|captured|clinched|claimed)\s+(the\s+(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4}|(?:[\p{L}’'-]+\s+){0,2}?(?:race|title|election|by-election|final|championship|championships|cup|prize|award|seat|contest|match|game|tournament|competition|marathon|nomination|primary|vote)))\b|^(?:[^.;“”"‘]|\.(?!\s+\p{Lu})){0,220}?\bto (?:win|capture|clinch|claim)\s+(the\s+(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4})/u;

/** "beat Kenji Albright", "edged out Mia Tarrant": who lost to the winner; in a final (BEATEN_FOR), the runner-up. */
// ("beating top seed Anneke Vos": a title may stand between the verb and the name.)
const BEATEN_BEFORE = /\b(?:beat|beats|beating|defeated|defeats|defeating|edged(?:\s+out)?|edging(?:\s+out)?|outlasted|outlasts|outlasting|overcame|overcoming|saw\s+off|seeing\s+off)(?:\s+\p{Ll}[\p{L}.-]*){0,3}\s+$/iu;
const BEATEN_FOR = /^[^.;]{0,140}?\b(?:to (?:win|capture|clinch|claim|take)\s+the\b|in (?:the|a|an?\s+\w+) (?:final|playoff|play-off|sudden-death))/i;

/** "Rosalind Pettifer was elected with 1,284 votes": she won the election. */
const ELECTED = /^(?:,[^,.;]{1,80},)?\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:re-?)?elected\b/;

function wonRole(after: string): string | undefined {
  if (ELECTED.test(after)) return 'election winner';
  // "Owen Castellanos, a 19-year-old from San Antonio, became the world chess champion".
  const became = BECAME.exec(after);
  const words = became?.[1]!.split(/\s+/) ?? [];
  const head = words.findIndex((w) => isRoleNoun(w.toLowerCase()));
  if (head >= 0) return words.slice(0, head + 1).join(' ');
  // ("were appointed joint administrators": the office in the plural, as each holds it.)
  const one = became && /\bwere\s/.test(became[0]) ? oneOfShared(words.slice(0, 4).join(' '))?.split(/\s+/) : undefined;
  if (one) return one.slice(0, one.findIndex((w) => isPersonNoun(w)) + 1).join(' ');
  const m = WON.exec(after);
  const object = m?.[1] ?? m?.[2];
  if (object) return `winner of ${object.replace(/^the\s+/i, '')}`;
  // "Helen Pryce-Atherton wins with 11,482 votes", "Gebremedhin wins women's race".
  const bare = WON_BARE.exec(after);
  return bare ? (bare[1] ? `winner of ${bare[1]}` : 'winner') : undefined;
}

/** Winning with no "the": by a margin, or a contest named bare (group 1). */
const WON_BARE = /^(?:’s|'s)?(?:,[^,.;]{1,80},)?\s+(?:\w+ly\s+)?(?:won|wins|has won|had won)\s+(?:(?:with|by)\s+(?:a\s+|about\s+|just\s+|more than\s+)?[\d,]|((?:[\p{Ll}’'-]+\s+){0,2}(?:race|title|seat|election|by-election|final|cup|prize|award|championship|marathon|match|game|tournament|contest|nomination|primary))\b)/u;

/** "…, became the world chess champion", "was named the club's new manager": the role the sentence gives. */
// ("Sarah Okafor and David Lennox, partners at Brightwell Carr, were appointed joint
// administrators": two people given one office, each one's.)
const BECAME = /^(?:’s|'s)?(?:\s+and\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)?(?:,[^.;]{1,160}?,)?\s+(?:became|becomes|has become|was named|was appointed|was elected|was crowned|were named|were appointed|were elected|were made)\s+(?:as\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:new\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u;

/** "the MP for Hollingbridge and the Wendle Valley," (ending where the name's comma is): the role and what it serves. */
const SERVED_ROLE = /(?:^|[.;:]\s+|,\s+|\b(?:the|a|an)\s+)((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+the|and|of|the|\p{Lu}[\p{L}’'-]*))*(?:\s+\p{Ll}[\p{L}-]*){0,2}|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)),?\s*$/u;

/**
 * "…, a glaciologist at the Alpine Climate Centre, who was not involved in the study, said": the
 * outside expert science news quotes on someone else's work, so "the independent expert", "the
 * outside expert" and "the scientist not involved in the study" find them.
 */
const NOT_INVOLVED = /^[^.;:“”"‘]{0,160}?\bwho\s+(?:was|is|were|had\s+been|has\s+been)\s+not\s+(?:involved|part of|affiliated)\s+(?:in|with)?\s*((?:the|this|that)\s+[\p{L}-]+)(?=[\s,.;:)])/iu;

/**
 * "…, an obstetrician at Lakeshore University School of Medicine who led the research": the one
 * whose work the story is about, whom readers call "the lead researcher".
 */
const LED_WORK = /^[^.;:“”"‘]{0,160}?\bwho\s+(?:led|leads|co-led|headed|heads|directed|directs|oversaw|oversees)\s+(?:the|this|that)\s+(?:new\s+)?(research|study|studies|trial|analysis|survey|review|project|investigation|excavation|dig|expedition)\b/iu;

/** How the sentence sets them apart from the work it is about: outside it, or leading it. */
function outsiderOf(after: string): string | undefined {
  const m = NOT_INVOLVED.exec(after);
  if (m) return `independent outside expert not involved in ${m[1]!.toLowerCase()}`;
  const led = LED_WORK.exec(after);
  return led ? (/^research/i.test(led[1]!) ? 'lead researcher' : `lead researcher of the ${led[1]!.toLowerCase()}`) : undefined;
}

/** "Gemma Lowe, 29, a nurse who …": an apposition, after an age if any, up to its end or a clause (or a quotation, British marks too). */
// "…, general secretary of the National Association of School and College Leaders (NASCL).": an
// abbreviation in brackets closes it too. (Up to 150 characters: "an associate professor of
// epidemiology at the Marlow State University College of Public Health and the study’s lead
// author" is one apposition, and its second role is what readers ask by.)
const APPOSITION = /^(?:,\s*\d{1,3}(?!\d))?,(?!\d)\s*(?:(?:a|an|the)\s+)?([^,.;:“”"‘()]{2,150}?)\s*(?:,|\.|;|$|\((?=[^)]{1,12}\))|(?=\s(?:who|which|that|whose)\s))/;

/** How far past a name an apposition can run (an age, then up to 150 characters), read no further: a paragraph may be long. */
const APPOSITION_REACH = 200;

/** "the U.N. humanitarian coordinator": an abbreviation's dots end no apposition (a one-dot leader stands in, same length). */
// ("a St. Louis attorney": so is a place's abbreviated saint or mount.)
const hideAbbreviationDots = (text: string) => text.replace(/\b(?:\p{Lu}\.){2,}|\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr)\.(?=\s+\p{Lu})/gu, (a) => a.replace(/\./g, '\u2024'));
const showDots = (text: string) => text.replace(/\u2024/g, '.');

/** The apposition right after `end`, its abbreviations' dots still hidden (see `showDots`); undefined when there is none. */
function appositionAfter(text: string, end: number): string | undefined {
  const apposition = APPOSITION.exec(hideAbbreviationDots(text.slice(end, end + APPOSITION_REACH)))?.[1];
  // "Councilwoman Patrice Delgado, Councilman Howard Lisk and …": the next of a list of titled
  // names, not what the first one is.
  const titled = apposition === undefined ? null : /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.exec(apposition);
  return titled && isRoleNoun(titled[1]!.toLowerCase()) && isGivenName(titled[2]!) ? undefined : apposition;
}

/** "a district south of Bowling Green", "just outside of Marlow Falls": a place, whatever its words. */
const COMPASS_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|upstream|downstream)\s+of\s+$/i;

/** What a person does, said as a verb: "who owns the Corner Plate diner" makes them its owner. */
const HOLDS: Record<string, string> = {
  owns: 'owner', runs: 'head', ran: 'head', run: 'head', manages: 'manager', leads: 'leader', led: 'leader', heads: 'head', headed: 'head',
  directs: 'director', founded: 'founder', chairs: 'chair', chaired: 'chair', coaches: 'coach', coached: 'coach', represents: 'representative', teaches: 'teacher',
  grows: 'grower', farms: 'farmer', farmed: 'farmer', raises: 'farmer', ranches: 'rancher', ranched: 'rancher', breeds: 'breeder', studies: 'student', attends: 'student', drives: 'driver',
  fishes: 'fisherman', fished: 'fisherman', builds: 'builder', designs: 'designer', publishes: 'publisher', edits: 'editor', produces: 'producer', writes: 'writer',
  // "who has trained Okafor since he was 14": the perfect of what they do.
  trains: 'trainer', trained: 'trainer', managed: 'manager', owned: 'owner', represented: 'representative', taught: 'teacher', directed: 'director',
  // "who has held a season ticket for 31 years": a season ticket holder.
  holds: 'holder', held: 'holder',
  // "who sponsored the bill": its sponsor.
  sponsored: 'sponsor', sponsors: 'sponsor',
  // "Tammy Ruiz, who lives two doors down": a resident. (Where, when a place follows: PLACE_HELD.)
  lives: 'resident', lived: 'resident',
};

/**
 * What heading a body makes someone: "who commands the unit" → commander; the verbs of holding
 * that name an office ("a Findlay Republican who sponsored the bill": the bill's sponsor).
 */
const HEAD_OF: Record<string, string> = {
  ...Object.fromEntries(['heads', 'leads', 'runs', 'chairs', 'directs', 'manages', 'founded', 'owns', 'coaches', 'trains', 'sponsored', 'sponsors'].map((verb) => [verb, HOLDS[verb]!])),
  commands: 'commander',
};
/**
 * "Tollgate Lad is trained by Bryony Askew": whoever did it to what the sentence is about, as
 * readers call them; the verbs of holding give the roles they give in a clause ("who trained him").
 */
const DONE_BY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['trained', 'coached', 'managed', 'owned', 'directed', 'founded', 'led', 'sponsored'].map((verb) => [verb, HOLDS[verb]!])),
  written: 'writer', produced: 'producer', represented: 'lawyer', designed: 'designer', ridden: 'jockey', captained: 'captain',
  driven: 'driver', commanded: 'commander', piloted: 'pilot', sued: 'plaintiff',
};
// ("trained in Newmarket by Hugo Lestrange": where, between the verb and "by".)
const DONE_BY_BEFORE = new RegExp(`\\b(${Object.keys(DONE_BY).join('|')})\\s+(?:(?:in|at|from|near)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+)?by\\s+$`, 'iu');
/** "the federal lawsuit brought by ": whoever brings a suit is its plaintiff. */
const SUIT_BY = /\b(?:lawsuit|suit|legal action|claim|case)\s+(?:(?:was|were|had been|has been)\s+)?(?:brought|filed|launched|lodged)\s+(?:in\s+[^,.;]{2,40}\s+)?by\s+$/i;
/** "Astronauts Jenna Sorensen and ": a title in the plural before two names, the second's too (its singular). */
// ("Council members Marcus Greer and ": the body's word before a lower-case plural.)
const PAIRED_TITLE = /(?:^|[.!?:—–]\s+)(?:(\p{Lu}\p{Ll}+)\s+(\p{Ll}{3,}s)|(\p{Lu}\p{Ll}{3,}(?:s|men)))\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}\s+and\s+$/u;
const pairedTitle = (before: string): string | undefined => {
  const m = PAIRED_TITLE.exec(before);
  if (m?.[3]) return singularRole(m[3]);
  return m && isPersonNoun(m[2]!.slice(0, -1)) ? `${m[1]} ${m[2]!.slice(0, -1)}` : undefined;
};
/** " and Janet Okafor-Lyle": a second name right after the first (see `roleBefore`). */
const PAIR_AFTER = /^\s+and\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}\b/u;
/** The role "trained by", "coached by", "the lawsuit brought by" … right before a name gives it; undefined otherwise. */
const doneBy = (before: string): string | undefined => {
  if (SUIT_BY.test(before)) return 'plaintiff';
  const verb = DONE_BY_BEFORE.exec(before)?.[1]?.toLowerCase();
  const role = verb ? DONE_BY[verb] : undefined;
  // "Bellmount Charlie, the 8-1 second favourite ridden by Sean Kilroy and trained by ": whose
  // trainer, the name the apposition is about ("Bellmount Charlie’s trainer", readers ask).
  const thing = role ? APPOSED_THING_DONE_BY.exec(before)?.[1] : undefined;
  return thing ? `${role} of ${thing}` : role;
};
/** A name, then its apposition up to the verb of `doneBy` (group 1: the name). */
const APPOSED_THING_DONE_BY = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+(?:the|a|an)\s+[^,.;:“”"‘]{0,80}?\b\p{Ll}+\s+(?:(?:in|at|from|near)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+)?by\s+$/u;
// (Not "who runs about 2,000 sheep": a count is no body.)
const NOT_A_COUNT = '(?!(?:about|some|nearly|almost|around|roughly|more than|over)?\\s*\\d)';
const HEADS_CLAUSE = new RegExp(`^,\\s+who\\s+(${Object.keys(HEAD_OF).join('|')})\\s+(?:the\\s+|a\\s+|an\\s+)?${NOT_A_COUNT}([^,.;:“”"]{3,90}?)(?=\\s*[,.;:]|\\s*$)`, 'i');

/** Livestock a farmer is named by, each as the farmer's modifier ("cows" → "cattle farmer"). */
const LIVESTOCK: Record<string, string> = { sheep: 'sheep', ewes: 'sheep', lambs: 'sheep', cattle: 'cattle', cows: 'cattle', goats: 'goat', pigs: 'pig', hogs: 'pig', bison: 'bison' };
const LIVESTOCK_CLAUSE = new RegExp(`^,\\s*(?:\\d{1,3},\\s*)?(?:who|whose\\s+family)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:runs?|raise[sd]?|raising|keeps?|kept|farms?|farmed|graze[sd]?|ranch(?:es|ed)?)\\s+(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|more than\\s+|around\\s+|roughly\\s+)?(?:[\\d,]+\\s+)?(?:head of\\s+)?(${Object.keys(LIVESTOCK).join('|')})\\b`, 'i');

/** What someone is to the relative a "whose" clause names: "whose son" → parent, "whose father" → child. */
const KIN_ROLE: Record<string, string> = {
  son: 'parent', sons: 'parent', daughter: 'parent', daughters: 'parent', child: 'parent', children: 'parent',
  father: 'child', mother: 'child', parents: 'child', dad: 'child', mum: 'child', mom: 'child',
  brother: 'sibling', sister: 'sibling', grandfather: 'grandchild', grandmother: 'grandchild',
  grandson: 'grandparent', granddaughter: 'grandparent', grandchildren: 'grandparent',
  husband: 'spouse', wife: 'spouse', partner: 'partner',
};
const WHOSE_KIN = new RegExp(`^,\\s*(?:\\d{1,3},\\s*)?whose\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(${Object.keys(KIN_ROLE).join('|')})\\b,?\\s*([^,.;:“”"()]{2,60})?`, 'iu');

/** ", who edited her column as The Sentinel’s food editor": a role the clause says someone did something as. */
/** ", 34, who worked as a stower": a job the clause says they did, whatever the word. */
const WORKED_AS = /^,\s+(?:\d{1,3},\s+)?who\s+(?:has\s+|had\s+)?(?:worked|works|served|serves)\s+as\s+(?:a|an)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?)(?=\s+(?:at|for|in|with|from|since|until|on|and)\b|\s*[,.;:]|\s*$)/u;
const WHO_AS = /^,\s+(?:\d{1,3},\s+)?who\s+(?:\p{Ll}+\s+){1,4}?as\s+(?:(?:a|an|the|its|his|her|their)\s+)?([^,.;:“”"()]{2,60}?)(?=\s+(?:from|since|until|between|for|in|at|and|when|before|after)\b|\s*[,.;:]|\s*$)/u;

/**
 * ", 71, who has been the paper's publisher and editor since 1994", ", who was artistic director
 * under the old trust": a role said of the name in a clause.
 */
const WHO_IS = /^,\s*(?:\d{1,3},\s*)?who\s+(?:is|was|has\s+been|had\s+been|became|has\s+become|is\s+now|remains)\s+(?:(?:the|a|an|its|their)\s+)?([^,.;:“”"()]{2,60}?)(?=\s+(?:since|for|from|until|at|in|when|who|which|and\s+(?:has|had|is|was|said))\b|\s*[,.;:]|\s*$)/u;

/** ", who climbed down from a crane cab … to become the " (group 1: what follows, its role after at most three describing words). */
const ROSE_TO = /^,\s*(?:\d{1,3},\s*)?who\b[^;:“”"]{0,120}?\b(?:to\s+become|went\s+on\s+to\s+(?:become|be|lead)|rose\s+to\s+(?:become|be))\s+(?:the|a|an|its|their)\s+([^;:“”"]{2,160})/u;
/** A role and the body it is of, in capitals: "president of the United Metal and Foundry Workers". */
const ROLE_OF_BODY = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'&.\u2024-]*(?:\s+(?:and|of|for|&|\p{Lu}[\p{L}’'&.\u2024-]*))*(?<=\p{L})/u;

/** "Allard, 71, spent 36 years as a mechanical engineer at …", "Okafor worked as a nurse": a working life's role, said of the name that opens the clause. */
const CAREER_AS = /^(?:,\s*\d{1,3},)?\s+(?:has\s+|had\s+|once\s+|previously\s+)?(?:spent|worked|served|trained|qualified|retired|was\s+employed|was\s+hired|started\s+out|began)\b[^,.;:“”"()]{0,40}?\bas\s+(?:a|an|the)\s+([^,.;:“”"()]{2,60}?)(?=\s+(?:at|for|in|with|from|since|until|before|after|and|on|to|when|where|who|which)\b|\s*[,.;:]|\s*$)/u;

/** ", a retired postman who acts as the syndicate’s spokesman": a role the clause gives. */
const ACTS_AS = /^,[^,.;:]*?\s+who\s+(?:acts|serves|works|doubles)\s+as\s+(?:(?:a|an|the)\s+)?([^,.;:“”"]{2,60})/;

/** ", a retired headteacher who chairs the society": the office the clause gives ("chair of the society"). */
// ("a school nurse who chairs the steering committee of what is now the Marlow Creek Community
// Market Cooperative": a body's long name.)
const HEADS_IN_APPOSITION = new RegExp(`^,[^,.;:“”"]*?\\s+who\\s+(${Object.keys(HEAD_OF).join('|')})\\s+(?:the\\s+|a\\s+|an\\s+)?${NOT_A_COUNT}([^,.;:“”"]{3,100}?)(?=\\s*[,.;:]|\\s*$)`, 'i');
/** ", a psychiatrist who is the center's medical director": the office the clause says they hold. */
const IS_IN_APPOSITION = /^,[^,.;:“”"]*?\s+who\s+is\s+(?:now\s+)?(?:the|its|their)\s+([^,.;:“”"]{2,60}?)(?=\s*[,.;:]|\s*$)/i;

/** "Ledgerly's co-founder and chief executive": an owner's two roles, joined with no article. */
const SHARED_OWNER = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:’s|'s)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+and\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;

/**
 * "…, an associate professor at Eastbrook and the study’s lead author,": the role after "and",
 * when it names one too.
 */
/** ", and the study’s lead author" after a role (past a state: " Wash., and the …"). */
const AND_SECOND_ROLE = /^\s*(?:\p{Lu}[\p{L}.]*,\s*)?and\s+(?:a|an|the)\s+([^,.;:“”"‘]{2,60}?)\s*(?=[,.;:]|$)/u;

function secondRole(text: string, end: number): string | undefined {
  const apposition = appositionAfter(text, end);
  // (A clause in the apposition may run past its reach: "who chairs the steering committee of
  // what is now the Marlow Creek Community Market Cooperative".)
  const clause = text.slice(end, end + APPOSITION_REACH + 40);
  // "a child and adolescent psychiatrist who is the center's medical director": the office the clause gives.
  const is = apposition ? IS_IN_APPOSITION.exec(clause)?.[1] : undefined;
  if (is && opensOnRole(is, 5)) return is.trim();
  // "a 68-year-old retired postman who acts as the syndicate’s spokesman": the role the clause gives.
  // "Ledgerly's co-founder and chief executive": two roles sharing one owner; the second is the
  // owner's too ("Ledgerly's chief executive").
  const shared = apposition ? SHARED_OWNER.exec(apposition) : null;
  const second = shared ? `${shared[1] ?? ''}${shared[2]}` : apposition ? (/\s+and\s+(?:a|an|the)\s+(.+)$/.exec(apposition) ?? ACTS_AS.exec(text.slice(end, end + APPOSITION_REACH)))?.[1] : undefined;
  if (!second) {
    const heads = apposition ? HEADS_IN_APPOSITION.exec(clause) : null;
    if (heads) return `${HEAD_OF[heads[1]!.toLowerCase()]} of ${heads[2]!.trim()}`;
    // "Pellow, 58, a retired geography teacher, is the coordinator of the Haddow Valley Beaver
    // Group": what the sentence goes on to say she is, once the apposition closes with its comma.
    const closed = apposition ? APPOSITION.exec(hideAbbreviationDots(text.slice(end, end + APPOSITION_REACH)))![0] : '';
    if (!closed.endsWith(',')) return undefined;
    const rest = text.slice(end + closed.length, end + closed.length + 120);
    // "Leah Marchbanks, a glaciologist at Westmark University in Bellingham, Wash., and the study’s
    // lead author": a second role after the first one's place (and its state).
    const and = AND_SECOND_ROLE.exec(rest)?.[1];
    return and !== undefined && opensOnRole(and) ? and.trim() : copularAfter(rest);
  }
  return opensOnRole(second) ? showDots(second.trim()) : undefined;
}

/** The age written beside a name: after it (", 78,", ", aged 78,", ", who is 91,") or before it ("the 34-year-old"). */
function ageOf(text: string, start: number, end: number, before = true): { age?: string } {
  // (", who is 91,": said in a clause.)
  const age = /^,\s*(?:aged\s+|who\s+is\s+|who\s+was\s+)?(\d{1,3}),/.exec(text.slice(end, end + 18))?.[1] ?? (before ? /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1] : undefined);
  return age ? { age } : {};
}

/** " of the Haldane Institute said", " from Save Brampton Fields, who": a body named right after a person, before what they say or a clause. */
const AFFILIATION = /^\s+(?:of|from|at)\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'&-]*\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?){0,6}\p{Lu}[\p{L}’'-]*)(?=\s*,|\s+(?:said|says|told|added|explained|warned|wrote)\b)/u;

function affiliationOf(after: string): { affiliation?: string } {
  const m = AFFILIATION.exec(after);
  return m ? { affiliation: m[1]!.replace(/^the\s+/, '') } : {};
}

/** ", 78, of Cave Junction,", ", of Maumee, Ohio,": a US report's hometown after a name. */
const OF_PLACE = /^,\s*(?:\d{1,3},\s*)?of\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?,/u;

/** "two blocks from the river ": how far from what someone lives, before where ("who lives two blocks from the river in Ashby Ford"). */
const HOW_FAR = String.raw`(?:(?:about|around|just|only|a\s+few|some)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:blocks?|miles?|doors?|streets?|houses?|yards?|feet|metres?|meters?|km|kilometres?|kilometers?|minutes?)\s+(?:away\s+)?(?:from|down|up|along)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,2}`;
/** ", 67, a retired lorry driver who has lived on Marlstone Road for 31 years": where someone lives, said in a clause. */
const LIVES_ON = new RegExp(String.raw`^,\s*(?:\d{1,3},\s*)?(?:[^,;“”"‘]{0,60}?\s)?who\s+(?:has\s+|had\s+)?(?:lives|lived)\s+(?:${HOW_FAR})?(?:on|in|at)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})`, 'u');

function residenceOf(after: string): { residence?: string; livesOn?: string } {
  const lives = LIVES_ON.exec(after);
  if (lives) return { livesOn: lives[1]! };
  const m = OF_PLACE.exec(after);
  // (Not ", of the Haldane Institute,": a body, which the word before says, is where they work.)
  return m && !NON_PERSON_HEADS.has(m[1]!.split(/\s+/).at(-1)!.toLowerCase()) ? { residence: m[1]! } : {};
}

/** British parties as a report writes them after a name, with their full names. */
const PARTIES: Record<string, string> = {
  con: 'Conservative', lab: 'Labour', 'lib dem': 'Liberal Democrat', ld: 'Liberal Democrat', green: 'Green', ind: 'Independent', reform: 'Reform UK',
  'reform uk': 'Reform UK', snp: 'SNP', plaid: 'Plaid Cymru', conservative: 'Conservative', labour: 'Labour', 'liberal democrat': 'Liberal Democrat', independent: 'Independent',
};
const PARTY_AFTER = new RegExp(`^\\s*\\((${Object.keys(PARTIES).join('|')})\\b\\.?(?:,\\s*([^()]{2,50}))?\\)`, 'i');

function partyOf(after: string): { party?: string[] } {
  const m = PARTY_AFTER.exec(after);
  if (!m) return {};
  const full = PARTIES[m[1]!.toLowerCase()]!;
  // ("Lib Dem" is how readers say it too; "Con" and "Lab" are not.)
  const written = /^(?:lib dem|snp|plaid|green)$/i.test(m[1]!) ? [m[1]!] : [];
  return { party: [...new Set([...written, full])].map((p) => `${p} councillor`).concat(m[2] ? [`councillor for ${m[2].trim()}`] : []) };
}

/**
 * "Karen Voss, 46, … got a call from her father", "Voss calls her father’s habits …": someone's
 * child, by their parent in their own clause (no other subject, no new clause, between).
 */
const SPEAKS_OF_PARENT = /^(?:(?!\s+(?:and|but|while|who|whose|which|he|she|they)\s)[^.;:?!“”"(]){0,90}?\b(his|her)\s+(?:late\s+)?(?:father|mother|dad|mum|mom|parents)\b/i;

/** ", a former Davis Cup player who is also his uncle": whose relative the apposition's clause says they are (group 1). */
const KIN_CLAUSE_AFTER = /^,\s+(?:[^,.;:“”"‘’]{1,80}?\s)?who\s+is\s+(?:also\s+)?(?:his|her|their)\s+((?:great-|step)?(?:uncle|aunt|cousin|brother|sister|father|mother|son|daughter|grandfather|grandmother|grandson|granddaughter|nephew|niece|husband|wife|partner))\b/u;
function kinOf(after: string): { kin?: string } {
  const m = KIN_CLAUSE_AFTER.exec(after);
  return m ? { kin: m[1]! } : {};
}

function childOf(after: string): { child?: string } {
  const m = SPEAKS_OF_PARENT.exec(after);
  return m ? { child: m[1]!.toLowerCase() === 'his' ? 'son' : 'daughter' } : {};
}

/**
 * What a match report says someone did, as a way to ask for them: "Jonas Lindqvist made 38 saves"
 * is the goalkeeper, "Marcus Okafor scored 4:17 into overtime" a scorer.
 */
const DEEDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:,\s*\d{1,3},)?\s+(?:made|had|finished\s+with|turned\s+aside|stopped)\s+(?:a\s+career-high\s+|a\s+season-high\s+)?\d{1,3}\s+(?:saves|shots)\b/, 'goalkeeper'],
  [/^(?:,\s*\d{1,3},)?\s+(?:scored|netted)\b/, 'scorer'],
  // "Gregory Alan Whitcomb, 58, of Enon, pleaded guilty in March to wire fraud": the one the
  // court case is against, whom a reader asks for as "the defendant".
  [/^(?:,[^.;“”"‘]{1,160},)?\s+(?:(?:has\s+)?(?:pleaded|pled)\s+(?:not\s+)?guilty|(?:was|has\s+been|is)\s+(?:convicted|sentenced|jailed|charged|indicted|acquitted|accused|on\s+trial|found\s+(?:not\s+)?guilty)|(?:denies|denied|admits|admitted)\s+(?:[a-z-]+\s+){0,3}(?:charges?|counts?|offen[cs]es?|wrongdoing|allegations?|fraud|theft|murder|manslaughter|assault))\b/, 'defendant'],
  // "Rhiannon Maddox, 46, a former hospital porter, won the prize for her third novel": whose
  // novel it is makes her its author (a reader asks for "the author", "the novelist").
  [/^(?:,[^.;“”"‘]{1,160},)?\s+(?:won|wrote|writes|has\s+written|published|is\s+publishing|launched|finished|completed|was\s+shortlisted|has\s+been\s+shortlisted)\b[^.;“”"‘]{0,100}?\b(?:her|his|their)\s+(?:(?:first|second|third|fourth|fifth|sixth|debut|latest|new|next|last|final|acclaimed|bestselling|best-selling)\s+)?(?:novel|memoir|book|novella|short-story collection|poetry collection|biography|autobiography)\b/, 'author'],
];

/** "Ruth Anne Kowalczyk, who milks 90 cows …, led the opposition": what someone led makes them its leader. */
const LED = /^(?:,[^.;“”"‘]{1,160},)?\s+(?:led|leads|has\s+led|is\s+leading|headed|heads|spearheaded|spearheads|organi[sz]ed|organi[sz]es)\s+(?:the|a|an|their|her|his)\s+(?:[a-z-]+\s+)?(opposition|campaign|protest|fight|effort|push|petition|drive|revolt|rebellion|strike|boycott|walkout|search|investigation|inquiry|rescue|march|vigil|appeal|challenge|bid|resistance)\b/;

function deedOf(after: string): { deed?: string } {
  const deed = DEEDS.find(([pattern]) => pattern.test(after))?.[1];
  if (deed) return { deed };
  const led = LED.exec(after)?.[1];
  return led ? { deed: `${led} leader` } : {};
}

/** Whether a role noun stands among the first `reach` words of `phrase` ("the paper's publisher and editor"). */
function opensOnRole(phrase: string, reach = 4): boolean {
  return phrase.toLowerCase().replace(/(?:’s|'s)\b/g, '').split(/\s+/).slice(0, reach).some(isRoleNoun);
}

/** ", an official in Aleppo-based rebel brigade Fastaqim," after a name: an apposition with a role noun. */
function roleAfter(text: string, end: number): string | undefined {
  const held = roleHeld(text.slice(end));
  if (held) return held;
  const oneOf = oneOfRole(text.slice(end, end + APPOSITION_REACH), true);
  if (oneOf) return oneOf;
  // "Tom Ybarra, who runs about 2,000 sheep near Wells", "Lorna Beckstead, whose family has run
  // cattle on 9,000 acres": a farmer of that stock (readers say "the sheep rancher").
  const stock = LIVESTOCK_CLAUSE.exec(text.slice(end))?.[1]?.toLowerCase();
  if (stock) return `${LIVESTOCK[stock] ?? stock} farmer`;
  // "Captain Julien Morel, who commands the gendarmerie's high mountain rescue unit (PGHM)": the
  // office the clause gives him, "commander of …".
  const heads = HEADS_CLAUSE.exec(text.slice(end));
  if (heads) return `${HEAD_OF[heads[1]!.toLowerCase()]} of ${heads[2]!.trim()}`;
  // "Darlene Whitt, whose son Cody Whitt, 27, was among the trapped men", "Tasha Lambert, whose
  // husband, Roy Lambert, …": whose parent or spouse they are.
  const kin = WHOSE_KIN.exec(text.slice(end));
  if (kin) {
    const relative = findNames(kin[2] ?? '')[0];
    const relation = KIN_ROLE[kin[1]!.toLowerCase()]!;
    return relative?.start === 0 && relative.personLike ? `${relation} of ${relative.text}` : relation;
  }
  // "Daniel Okafor, who edited her column as The Sentinel’s food editor from 1988 to 2002": the
  // role the clause says they did it as.
  // ("Raymond Ortiz, who served as Mr. Kowalczyk’s chief of staff": a title's dot ends nothing.)
  const as = WHO_AS.exec(hideAbbreviationDots(text.slice(end)));
  if (as && opensOnRole(as[1]!)) return showDots(as[1]!.trim());
  // "Marisol Quintero-Baptiste, 34, who worked as a stower at DLK2": a job, whether or not a list
  // knows the word; working as one says it is.
  const worked = WORKED_AS.exec(text.slice(end));
  if (worked) return worked[1]!;
  // "Hollis, 71, who has been the paper's publisher and editor since 1994": the role the clause gives.
  const is = WHO_IS.exec(text.slice(end));
  if (is && opensOnRole(is[1]!, 5)) return is[1]!.trim();
  // "Frank J. Kowalczyk, who climbed down from a crane cab … to become the blunt, chain-smoking
  // president of the United Metal and Foundry Workers": the office the clause says they rose to.
  const rose = ROSE_TO.exec(hideAbbreviationDots(text.slice(end)))?.[1]?.split(/,?\s+/) ?? [];
  const roleAt = rose.slice(0, 4).findIndex(isRoleNoun);
  const roseTo = roleAt < 0 ? undefined : ROLE_OF_BODY.exec(rose.slice(roleAt).join(' '))?.[0];
  if (roseTo) return showDots(roseTo);
  // "Allard, 71, spent 36 years as a mechanical engineer at a turbine manufacturer": what the
  // sentence about them says they worked as.
  const career = CAREER_AS.exec(text.slice(end));
  if (career && opensOnRole(career[1]!)) return career[1]!.trim();
  // "Rachel Odukoya, prosecuting, said", "Simon Harker, defending,": a British court report's barristers.
  // ("Nicholas Haldane KC, prosecuting,": a silk's letters between.)
  const court = COURT_ROLE_AFTER.exec(text.slice(end))?.[1]?.toLowerCase();
  if (court) return court === 'prosecuting' ? 'prosecutor' : 'defence barrister';
  // "Simon Greaves, representing Harrow on behalf of the Police Federation,": whose representative.
  const representing = /^,\s*representing\s+([^,.;:]{2,80})/i.exec(text.slice(end))?.[1];
  if (representing) return `representative of ${representing.trim()}`;
  // "Sarah Okafor and David Lennox, partners at the accountancy firm Brightwell Carr,": a role
  // two people share, set off after the second, is each one's, in the singular. (The first is
  // told by the name after it; the second, by the role in the plural.)
  const partner = PARTNER_NAME.exec(text.slice(end, end + APPOSITION_REACH))?.[0].length ?? 0;
  const shared = appositionAfter(text, end + partner);
  const apposition = shared === undefined ? undefined : partner > 0 ? oneOfShared(shared) : (oneOfShared(shared) ?? shared);
  if (apposition === undefined) return undefined;
  // "read by Ms Okonjo, Mr Askew’s widow, Gemma, said:": a name set off after the apposition is
  // whose role it is.
  const closed = APPOSITION.exec(hideAbbreviationDots(text.slice(end + partner, end + partner + APPOSITION_REACH)))![0].length;
  if (/(?:’s|'s)\s+[\p{L}-]+$/u.test(apposition) && /^\s*\p{Lu}\p{Ll}[\p{L}’'-]*\s*,\s*(?:\w+ly\s+)?(?:said|says|told|added|wrote)\b/u.test(text.slice(end + partner + closed))) return undefined;
  // "a planetary geologist at X who was not involved": the role ends where a clause begins.
  // (Not at the "and" inside a body's name: "chair of the Keddington and District Gardening Society".)
  // Nor at the "and" of a field's name: "professor of earth and planetary sciences at Lakehurst
  // University"; only before a clause or a second role ("and the …", "and has …").
  const first = apposition.split(/\s+(?:who|which|that|whose|and(?=\s+(?:a|an|the|his|her|their|its|is|was|has|had|now|then|also|later|currently)\b))\s+/u)[0]!;
  // "Priya Nandakumar, 17, a senior and the team's captain": when the first of two roles names no
  // person ("senior" is a year at school), the second is the role.
  const second = /^\s*and\s+(?:a|an|the)\s+([^,.;:]+?)\s*(?:\s(?:who|which|that|whose)\s.*)?$/u.exec(apposition.slice(first.length))?.[1];
  const personIn = (phrase: string) => phrase.split(/\s+/).some((w) => isPersonNoun(w) || PERSON_IN_APPOSITION.has(w.toLowerCase()));
  const phrase = showDots((second !== undefined && !personIn(first) && isPersonNoun(second.split(/\s+/).at(-1)!) ? second : first).trim());
  const tokens = phrase.toLowerCase().split(/\s+/);
  if (tokens.some((t) => ['said', 'says', 'told'].includes(t))) return undefined;
  // "Noor Callaway, was named best performer": a clause about the name, not a role; nor is how
  // they spoke ("Tabakov, speaking through an interpreter, said").
  // Nor someone else joined to them: "Geoff Harker, 76, and his wife Maureen, 74,".
  if (/^(?:is|was|are|were|has|had|have|will|would|and|or|but)$/.test(tokens[0]!) || ASIDE_PARTICIPLE.test(tokens[0]!)) return undefined;
  // The role noun must come early ("official in …"), not be buried in a clause; a longer run of
  // words before it is fine when they only describe it ("former air force test pilot").
  const words = phrase.split(/\s+/);
  const head = words.findIndex((w) => isPersonNoun(w) || PERSON_IN_APPOSITION.has(w.toLowerCase()));
  // ("the Royal College of Midwives’ workplace representative": a long owner's name, not a clause.)
  const owned = head >= 4 && head <= 8 && words.slice(0, head).some((w) => /^\p{Lu}[\p{L}-]*(?:’s|'s|s’|s')$/u.test(w));
  if (head < 0 || (head >= 4 && !owned && (head > 6 || words.slice(0, head).some((w) => ROLE_STOP.has(w.toLowerCase()))))) return undefined;
  // "Farrow, Council President Gregory Tan-Whitaker and …": a list of people, not Farrow's role.
  // ("the leader of Tarnshire County Council, Councillor Dr Priya Ramaswamy-Holt": nor a body's
  // holder, named with a title.)
  const last = findNames(phrase).at(-1);
  const before = last ? phrase.slice(0, last.start).trim().split(/\s+/).at(-1)?.toLowerCase() : undefined;
  return last?.personLike && last.end === phrase.length && ((before !== undefined && isRoleNoun(before)) || last.honorific) ? undefined : phrase;
}

/** " and David Lennox" after a name: a second person, with whom an apposition after it is shared. */
const PARTNER_NAME = /^\s+and\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}?\p{Lu}[\p{L}’'-]*(?=,)/u;

/** "partners at Brightwell Carr" as one of them holds it: "partner at Brightwell Carr"; undefined when its role noun is not plural. */
function oneOfShared(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  for (const [i, w] of words.slice(0, 2).entries()) {
    const one = /men$/.test(w) ? `${w.slice(0, -3)}man` : /ies$/.test(w) ? `${w.slice(0, -3)}y` : /s$/.test(w) ? w.slice(0, -1) : undefined;
    if (one !== undefined && isPersonNoun(one)) return [...words.slice(0, i), one, ...words.slice(i + 1)].join(' ');
  }
  return undefined;
}

/**
 * Nouns for a body as often as for a person ("the operator said" is a rail company), which set off
 * after a person's name are that person's job: "Miguel Santangelo, a 29-year-old lift operator".
 */
const PERSON_IN_APPOSITION = new Set(['operator', 'operators']);

/** Nouns for a place, whose apposition is a place's name: "the capital, Port Edmund". */
const PLACE_NOUN = /^(?:capital|city|town|village|county|state|province|region|district|suburb|island|country|borough|hamlet|port)$/i;

/** What someone does to another person: "who has trained Okafor", "who represents Ms Reyes". */
const PERSON_OBJECT = /^(?:trains|trained|coaches|coached|represents|represented|teaches|taught)$/;

/** What someone was doing as they spoke, never who they are: "speaking through an interpreter", "flanked by aides". */
const ASIDE_PARTICIPLE = /^(?:speaking|talking|writing|standing|sitting|addressing|appearing|responding|reacting|walking|wearing|holding|smiling|laughing|testifying|flanked|surrounded|accompanied|pictured|visibly)$/;

/**
 * A measured modifier right before a name makes it a thing: "flies nine-seat Cessna Caravans", "a
 * 40-tonne Volvo Hauler" (not "28-year-old Dana Ruiz", "two-time Olympian …", nor a team that
 * speaks: "ten-man Ashworth Rovers").
 */
const SIZED = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)-(?!(?:year|month|week|day|time|term|man|men|woman|women|strong|member|person|player)s?\b)\p{Ll}+$/iu;
/** Words that open the name of a unit, never a person's: "Coast Guard Sector New Calloway", "Division Five". */
const UNIT_FIRST = /^(?:Sector|Division|Precinct|Station|Region|Zone|Unit|Ward|Camp|Battalion|Brigade|Regiment|Squadron|Platoon|Company|Base|Terminal|Pier|Berth|Gate|Block|Wing|Level)$/;

/** Titles of office no one has for a surname: "the Farming Minister" is a role, not a person. */
const OFFICE_TITLES = new Set(['minister', 'president', 'secretary', 'chancellor', 'governor', 'director', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'ambassador', 'senator', 'premier', 'superintendent', 'treasurer', 'councillor', 'councilor', 'executive']);

/**
 * What a relative clause's verb makes someone, however the story goes on: "who lives near the
 * plant" a resident, "who was flying home" a passenger, "who has run the diner since 1994" its
 * owner (see also HOLDS, for the roles a verb of holding gives the name itself).
 */
const DOERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['live', 'lives', 'lived', 'living'].map((v) => [v, 'resident'])),
  ...Object.fromEntries(['work', 'works', 'worked', 'working'].map((v) => [v, 'worker'])),
  ...Object.fromEntries(['own', 'owns', 'owned', 'run', 'runs', 'ran', 'running'].map((v) => [v, 'owner'])),
  ...Object.fromEntries(['fly', 'flies', 'flew', 'flying', 'travelling', 'traveling'].map((v) => [v, 'passenger'])),
  ...Object.fromEntries(['shop', 'shops', 'shopped'].map((v) => [v, 'customer'])),
  ...Object.fromEntries(['farm', 'farms', 'farmed', 'farming'].map((v) => [v, 'farmer'])),
  ...Object.fromEntries(['volunteer', 'volunteers', 'volunteered', 'volunteering'].map((v) => [v, 'volunteer'])),
};

/** The noun a relative clause's verb makes its subject ("lives" → resident); undefined for other verbs. */
export function doerOfVerb(verb: string): string | undefined {
  return DOERS[verb.toLowerCase()];
}

/** The verbs of DOERS, for a regular expression. */
export const DOER_VERBS = Object.keys(DOERS).join('|');
// So does the sentence's own verb after the name and an age: "Marcus Bell, 47, has worked on the plant’s enamel line".
// Only the verb and the preposition count: the place may run on ("who lives on a cattle ranch
// about 2 miles from where the helicopter came down").
const PLACE_HELD = new RegExp(`^,\\s*(?:who|\\d{1,3},(?:\\s+who)?)\\s+(?:has\\s+|had\\s+|still\\s+)?(lives|lived|works|worked)\\s+(?:${HOW_FAR})?(?:in|at|near|on|for|beside|opposite|across(?: from)?|next to|outside|above|behind|along|off)\\s`, 'u');

/** A shop by its owner's name and its trade: "Sandhu’s Hardware", "Pryce's Bakery". */
const NAMED_SHOP = /^\p{Lu}[\p{L}-]*(?:’s|'s)\s+(Hardware|Bakery|Books|Butchers?|Pharmacy|Chemist|Florists?|Deli|Grocers?|Garage|Barbers?|Newsagents?|Stores?|Shoes|Toys|Electricals?|Furniture)$/u;

/** ", a coffee shop in Harlow Point", ", the family bakery": what kind of business a name set off before it is (group 1). */
const BUSINESS_KIND_AFTER = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}(?:shop|store|caf[eé]|restaurant|bakery|bar|pub|diner|salon|garage|farm|hotel|bookshop|bookstore|gym|clinic|studio|gallery|brewery|winery|distillery|deli|bistro|inn|nursery|kennels|stables|marina|dealership|pharmacy|bakehouse|cafe|coffeehouse|business|company|firm))\b/u;
/** Small businesses, which someone who runs one owns: "who runs a café", "the bakery". */
const BUSINESS = /\b(?:pub|caf[eé]|restaurant|bakery|bar|hotel|guesthouse|farm|garage|salon|diner|bookshop|newsagent|butcher'?s|deli|takeaway|chip shop|kitchen|bistro|inn|b&b)$/;

/** The role a verb of holding gives: "founded" → founder, "runs" → head; undefined for other verbs. */
export function roleOfVerb(verb: string): string | undefined {
  return HOLDS[verb.toLowerCase()];
}

/**
 * ", who owns a hardware store two blocks away," after a name (and an age: ", 61, who ranches …"):
 * the role "hardware store owner".
 * The object ends where a place, a time or another clause begins.
 */
function roleHeld(after: string): string | undefined {
  // "…, who has worked at the store for 38 years and now manages the cosmetics counter": the
  // role is in the clause's second verb when its first holds none.
  // (What they do "now" is the role, over where they have worked.)
  const second = SECOND_VERB.exec(after);
  if (!second) return roleHeldFirst(after);
  const rest = after.slice(second[0].length);
  const then = roleHeldFirst(second[1]! + rest);
  return (then !== undefined && /^now\s/.test(rest) ? then : undefined) ?? roleHeldFirst(after) ?? then;
}

/** A relative clause's first verb phrase and "and": group 1 is its opening up to "who". */
const SECOND_VERB = /^(,\s*(?:\d{1,3},\s*)?who\s+)[^,.;:“”"]{1,80}?\s+and\s+(?=(?:now\s+|also\s+|still\s+)?[a-z]+s\s)/;

function roleHeldFirst(after: string): string | undefined {
  const place = PLACE_HELD.exec(after);
  // Only the noun: the place's words would count for every sentence the person speaks.
  if (place) return DOERS[place[1]!];
  // "Rob Dumaresq, who has coached her since she was 14": whose coach, the pronoun says; the role is "coach".
  const ofPronoun = /^,\s*(?:\d{1,3},\s*)?who\s+(?:now\s+|also\s+|still\s+|has\s+|had\s+)?([a-z]+)\s+(?:him|her|them)(?=\s*[,.;]|\s+(?:since|for|from|until|at|in|on|to|and|when|as)\b)/.exec(after);
  if (ofPronoun && HOLDS[ofPronoun[1]!]) return HOLDS[ofPronoun[1]!];
  // "who led the first of four mine rescue teams": one of several, each with its leader.
  const m = /^,\s*(?:\d{1,3},\s*)?who\s+(?:now\s+|also\s+|still\s+|has\s+|had\s+)?([a-z]+)\s+(?:(?:the|a|an|his|her|their)\s+)?((?:first|second|third|last|one|another)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)?\s*)?((?:[^,.;:“”"()]|(?<=\d)[,.](?=\d)){2,80}?)(?=\s+(?:on|in|at|near|since|for|from|to|across|along|outside|opposite|beside|behind|next|with|through|alongside|until|during|north|south|east|west|two|three|four|five|and|who|which|that)\b|\s*[,.;](?!\d)|$)/.exec(after);
  const agent = m ? HOLDS[m[1]!] : undefined;
  if (!agent || !m) return undefined;
  // "who has held the tenancy since 2011", "held the post": an office the text names otherwise
  // ("the landlady"), not a kind of holder.
  if (agent === 'holder' && /\bheld\s+the\b|\bholds\s+the\b/.test(m[0])) return undefined;
  // "Walt Henley, who has trained Okafor since he was 14": Okafor's trainer; the name is someone
  // else's, not part of the role (a question about Okafor is not about his trainer).
  const object = m[3]!.trim();
  if (PERSON_OBJECT.test(m[1]!) && !m[2] && /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)?$/u.test(object) && !NON_PERSON_HEADS.has(object.split(/\s+/).at(-1)!.toLowerCase())) return agent;
  const held = m[2] ? m[3]!.trim().replace(/(?<=[^s])s$/, '') : m[3]!.trim();
  // "Brenda Coyle, who ran it with her late husband": what "it" is, the sentence does not say.
  if (/^(?:it|this|that|these|those|one)$/i.test(held)) return undefined;
  // "Solberg, who had led by three after each round": by how much, not what; no role.
  if (/^(?:by|in|at|on|for|from|to|after|before|with)\b/i.test(held)) return undefined;
  // "who raises money for the hospice", "raises concerns": no farmer.
  if (m[1] === 'raises' && /\b(?:money|funds?|awareness|children|kids|family|famil(?:y|ies)|concerns?|questions?|hopes?|prices?|rates?)\b|[$£€]/.test(held)) return undefined;
  // ("who ranches 6,400 acres": how much is no part of the role; "who raises about 65,000 turkeys"
  // is a turkey farmer.)
  const counted = /^(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?\d[\d,.]*\s(?:\s*(\p{Ll}+))?/u.exec(held);
  // ("who runs about 450 cow-calf pairs": no one heads cattle.)
  if (counted) return m[1] === 'raises' && counted[1] ? `${counted[1].replace(/(?<=[^s])s$/, '')} ${agent}` : agent === 'head' ? undefined : agent;
  // "who runs the village shop": its shopkeeper; "who runs the Corner Plate diner": its owner, not a head.
  if (agent === 'head' && /\b(?:shop|store)$/.test(held)) return `${held}keeper`;
  if (agent === 'head' && BUSINESS.test(held)) return `${held} owner`;
  // "who has run Sandhu’s Hardware on Market Place for 22 years": a shop by its name, its owner.
  const shop = agent === 'head' ? NAMED_SHOP.exec(held) : null;
  if (shop) return `${shop[1]!.toLowerCase()} shop owner`;
  // "who owns Second Pour, a coffee shop in Harlow Point": the business by its name and its kind
  // ("the coffee shop owner" as well as "the Second Pour owner").
  const kind = (agent === 'owner' || agent === 'head') && /^(?:the\s+)?\p{Lu}/u.test(held) ? BUSINESS_KIND_AFTER.exec(after.slice(m[0].length))?.[1] : undefined;
  if (kind) return `${held} ${kind} owner`;
  // "who has run the Blue Lantern since 1996": a venue by its name, which whoever runs it owns;
  // not a body ("who runs the Metropolitan Police" heads it).
  if (agent === 'head' && /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}$/u.test(held) && !NON_PERSON_HEADS.has(held.split(/\s+/).at(-1)!.toLowerCase())) return `owner of ${held}`;
  return `${held} ${agent}`;
}

/** "General Manager", "General Counsel", "General Secretary": "General" is a word of the role, not a title. */
function generalOfRole(ws: readonly Word[], j: number): boolean {
  return /^general$/i.test(ws[j]!.core) && j + 1 < ws.length && isRoleNoun(ws[j + 1]!.core.toLowerCase());
}

/** Every run of capitalised name words in `text`, with what the text says around it. */
export function findNames(text: string): NameMention[] {
  const ws = words(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    // "NHS Severnvale", "BBC Scotland": an acronym may open a name.
    // Not a role ("MP Dame Deborah …", "GP Dr Aisha Rahman") nor before a title.
    const acronym =
      ACRONYM.test(w.core) && !isRoleNoun(w.core.toLowerCase()) && !w.breaksAfter && i + 1 < ws.length && isNameWord(ws[i + 1]!.core) && !ws[i + 1]!.breaksBefore && (!HONORIFICS.test(ws[i + 1]!.core) || generalOfRole(ws, i + 1));
    // "“…,” van der Berg-Okonkwo said": a surname may open on its particles.
    const particled = OPENING_PARTICLE.test(w.core) && particlesBefore(ws, i) > 0 && !/^(?:a|an|the|his|her|their|its|our|my|your)$/i.test(i > 0 ? ws[i - 1]!.core : '');
    // ("Prosecuting Attorney Dana Whitcomb-Ellery", "Presiding Judge Ana Ruiz": a participle that
    // is part of the title right after it opens the run, as the title's first word.)
    const titleParticiple = /ing$/i.test(w.core) && !w.breaksAfter && i + 1 < ws.length && isRoleNoun(ws[i + 1]!.core.toLowerCase()) && /^\p{Lu}/u.test(ws[i + 1]!.core);
    if ((!isNameWord(w.core) && !acronym && !particled) || (NOT_NAME_START.has(w.core.toLowerCase()) && !titleParticiple)) {
      i++;
      continue;
    }
    const before = i > 0 ? ws[i - 1]! : undefined;
    // ("Petty Officer 1st Class Travis Mercado": a rank's class is no part of the name after it.)
    if (w.core === 'Class' && !w.breaksAfter && before !== undefined && RANK_CLASS_ORDINAL.test(before.core) && !before.breaksAfter) {
      i++;
      continue;
    }
    // No one is "the" and a year: "the 1926 General Strike", "the 2018 Pike Hollow fire" name events.
    if (before !== undefined && /^\d{4}$/.test(before.core) && !before.breaksAfter && i >= 2 && ws[i - 2]!.core.toLowerCase() === 'the' && !ws[i - 2]!.breaksAfter) {
      while (i < ws.length && isNameWord(ws[i]!.core) && !ws[i]!.breaksBefore) if (ws[i++]!.breaksAfter) break;
      continue;
    }
    let honorific = before !== undefined && HONORIFICS.test(before.core) && (!before.breaksAfter || before.dotted);
    let title = honorific ? titleWord(before!.core) : undefined;
    // Where the titles before the name begin: "Mrs Justice Harcourt".
    const titledFrom = honorific ? i - 1 : i;
    let j = i;
    // Titles inside the run ("President Maria Lopez") are evidence, not part of the name.
    // "Detective Sgt. Alicia Brandt": two titles in a row, the second abbreviated; the first is
    // then her role ("the detective").
    let firstTitle: string | undefined;
    // ("Lt. Cmdr. Brian Tulley": an abbreviated title may open the run when another follows it.)
    // ("the Rt Rev Dr Helen Ashworth-Pryce": a style's opening word makes room for a third.)
    const titlesAtMost = styleOpens(ws, i) ? 3 : 2;
    while (j < ws.length - 1 && (HONORIFICS.test(ws[j]!.core) || styleOpens(ws, j) || (j >= 1 && styleOpens(ws, j - 1))) && !generalOfRole(ws, j) && j - i < titlesAtMost && (!ws[j]!.breaksAfter || (ws[j]!.dotted && (j > i || HONORIFICS.test(ws[j + 1]!.core)))) && isNameWord(ws[j + 1]!.core) && (ws[j]!.dotted || !namesBody(ws, j + 1))) {
      honorific = true;
      if (j > i) firstTitle = title;
      // ("Prof Dame Helen …": a style that is no role leaves the title before it standing.)
      title = titleWord(ws[j]!.core) ?? (j > i ? title : undefined);
      j++;
    }
    const startIndex = j;
    const run: Word[] = [ws[j]!];
    let particles = 0;
    while (run.length < 9 && !ws[j]!.breaksAfter && j + 1 < ws.length) {
      const next = ws[j + 1]!;
      if (next.breaksBefore) break;
      // "Treglos No 8 Danny Keast": "No" before a number is "number", not a name.
      if (/^Nos?$/.test(next.core) && /^\d/.test(ws[j + 2]?.core ?? '')) break;
      if (isNameWord(next.core)) {
        run.push(next);
        j++;
      } else if ((particles = particlesBefore(ws, j + 1)) > 0) {
        // "Ludwig van Beethoven", "Anneliese van der Berg-Okonkwo", "Ana de la Cruz".
        run.push(...ws.slice(j + 1, j + 2 + particles));
        j += particles + 1;
      } else if (BODY_SCOPE.test(next.core) && run.length >= 2) {
        // "Clean Sport UK said", "Cycling UK": where a body works ends its name (and makes it one).
        run.push(next);
        j++;
        break;
      } else if (GENERATION.test(next.core) && run.length >= 2) {
        // "Nana Osei Darko III", "Martin Luther King Jr.": the generation ends the name.
        run.push(next);
        j++;
        break;
      } else if (/^\p{Lu}$/u.test(next.core) && next.dotted && j + 2 < ws.length && isNameWord(ws[j + 2]!.core) && !ws[j + 2]!.breaksBefore) {
        // A middle initial: "Marcus T. Delacroix".
        run.push(next, ws[j + 2]!);
        j += 2;
      } else break;
    }
    // ("Petty Officer 1st Class Travis Mercado": a rank runs to its class; the name follows.)
    if (!ws[j]!.breaksAfter && RANK_CLASS_ORDINAL.test(ws[j + 1]?.core ?? '') && ws[j + 2]?.core === 'Class') {
      i = j + 1;
      continue;
    }
    // "Health Director Dr. Teresa Vang": a title ends a run of role words that names no one; the
    // name after the title is the person.
    const titleLast = run.at(-1)!;
    // So does "San Esteban Gov. Marisa Quintero-Vidal": the words before the title say where or
    // what the office is, not who holds it.
    if (run.length > 1 && titleLast.dotted && HONORIFICS.test(titleLast.core) && j + 1 < ws.length && isNameWord(ws[j + 1]!.core)) {
      i = j + 1;
      continue;
    }
    // "Engineer Sofia Marquez" at a sentence start: a capitalised role word is the role, not a name.
    // So is "Transportation Director Maya Chen": everything up to the last role noun that leaves a name.
    const leadingRoles: Word[] = [];
    // (Not "General Logistics Workers’ Union": a run that ends in a body's word names no one.)
    const bodyRun = NON_PERSON_HEADS.has(run.at(-1)!.core.toLowerCase());
    // "Spaniard Tomás Ibarguren", "Dane Rasmus Kjeldgaard": where someone is from, before the name.
    // ("Labourer Liam Askew, 34, … died": any word for a person, capitalised only as the sentence's first.)
    const atSentenceStart = startIndex === 0 || ws[startIndex - 1]!.breaksAfter;
    // ("Trustees Janet Kowalczyk and Reggie Albers voted no": a title in the plural, for both.)
    // ("Lib Dem Tomás Rees", "Republican Dana Whitlock": a party before a name is the side they stand for.)
    const lastRole = bodyRun ? -1 : run.slice(0, -2).findLastIndex((w, k) => isRoleNoun(w.core.toLowerCase()) || (k === 0 && pluralRole(w.core)) || WORDNET_DEMONYMS.has(w.core) || PARTY_BEFORE_NAME.test(w.core) || (k === 0 && atSentenceStart && !honorific && isPersonNoun(w.core.toLowerCase())));
    // "Supervisor of Elections Renata Vukovich", "Secretary of State Ana Ruiz": what the title is
    // of opens the run after "of"; the name is its last two words.
    // So do "Special Agent in Charge Elena Vasquez" and "U.S. Attorney for the Southern District of
    // Ohio Kenneth L. Parker": a title's "in", or the district or department it is of.
    const titleOf =
      startIndex >= 2 &&
      /^(?:of|for|in)$/.test(ws[startIndex - 1]!.core) &&
      !ws[startIndex - 2]!.breaksAfter &&
      (isRoleNoun(ws[startIndex - 2]!.core.toLowerCase()) ||
        (ws[startIndex - 1]!.core === 'of' && /^(?:District|Department|Office|County|State)$/.test(ws[startIndex - 2]!.core)) ||
        // "Secretary of State for Education Bridget Phillipson": a British cabinet title's remit.
        (ws[startIndex - 1]!.core === 'for' && ws[startIndex - 2]!.core === 'State' && ws[startIndex - 3]?.core === 'of' && /^Secretary$/.test(ws[startIndex - 4]?.core ?? '')));
    // (A remit may be a body's word, "Minister for Health Niall Brennock"; what an MP is "for" is
    // a place, "MP for North Shropshire Hills", and no name follows it.)
    const remitOfBody = titleOf && !SEAT_HOLDER.test(ws[startIndex - 2]!.core) && run.slice(-2).every((w) => !NON_PERSON_HEADS.has(w.core.toLowerCase()));
    const ofTitle = lastRole < 0 && titleOf && run.length >= 3 && run.every((w) => !w.breaksAfter || w === run.at(-1) || w.dotted) && (remitOfBody || run.every((w) => !NON_PERSON_HEADS.has(w.core.toLowerCase())));
    if (lastRole >= 0) leadingRoles.push(...run.splice(0, lastRole + 1));
    // (The name is its last two words, or three with a middle initial: "Kenneth L. Parker".)
    // (Or from a given name on, "Minister for Urban Development Suresh Kamath Bhandarkar", or
    // all that follows the remit's last body word, "Minister for Health Niall Brennock".)
    else if (ofTitle) {
      const given = run.findIndex((w, k) => k > 0 && run.length - k >= 2 && isGivenName(w.core));
      const afterRemit = run.findLastIndex((w) => NON_PERSON_HEADS.has(w.core.toLowerCase())) + 1;
      const named = given > 0 ? given : afterRemit > 0 && run.length - afterRemit >= 2 ? afterRemit : run.length - (run.length >= 4 && run.at(-2)!.dotted && /^\p{Lu}$/u.test(run.at(-2)!.core) ? 3 : 2);
      leadingRoles.push(...run.splice(0, named));
    }
    // "District Judge Ashdown", "Prime Minister Starmer": a title right before a surname ends the
    // role words, however few words the name has left.
    // (Not "the Elder Justice Unit": a body's name.)
    else if (run.length >= 3 && !bodyRun && HONORIFICS.test(run.at(-2)!.core)) {
      leadingRoles.push(...run.splice(0, run.length - 1));
      title ??= titleWord(leadingRoles.at(-1)!.core);
      honorific = true;
    }
    // "Commissioner Kostakis", "Deputy Commissioner Kostakis": an office's noun before a lone
    // surname is a title, as "Senator" is, not a given name (unless it is one: "Major", "Chase").
    const officeTitled = run.length === 2 && !bodyRun && isRoleNoun(run[0]!.core.toLowerCase()) && !isRoleNoun(run[1]!.core.toLowerCase()) && !NON_PERSON_HEADS.has(run[1]!.core.toLowerCase()) && !run[0]!.breaksAfter && !isGivenName(run[0]!.core);
    if (officeTitled) {
      leadingRoles.push(run.shift()!);
      title = titleWord(leadingRoles.at(-1)!.core);
      honorific = true;
    }
    const tokens = run.map((r) => r.core).filter((t, k) => k === 0 || !GENERATION.test(t));
    const courtesy = startIndex > 0 ? ws[startIndex - 1]!.core.replace(/\.$/, '').toLowerCase() : '';
    const gender = courtesy === 'mr' || courtesy === 'sir' || courtesy === 'lord' ? 'm' : ['mrs', 'ms', 'miss', 'dame', 'lady'].includes(courtesy) ? 'f' : undefined;
    const last = tokens.at(-1)!.toLowerCase();
    const prev = startIndex > 0 ? ws[startIndex - 1] : undefined;
    // "to Republican Marcus Hale": a role between the preposition and the name makes it a person.
    const start = run[0]!.start;
    const nameEnd = run.at(-1)!.end;
    // "Dame Harriet Okonedo-Blythe DBE, the Labour MP for …": honours written after a name are no
    // part of it, and what the text says of the person (a role, an age, a verb) comes after them.
    const end = nameEnd + (POSTNOMINALS.exec(text.slice(nameEnd))?.[0].length ?? 0);
    // "At a gas station on the edge of Marlow Falls, a turkey grower … said": after a sentence's
    // opening phrase, what follows the comma is the sentence's subject, not the place's apposition.
    const opensSentence = OPENING_PHRASE.test(text.slice(Math.max(0, start - APPOSITION_REACH), start));
    // "coast guard spokesman Commander Rolando Ybañez": the role words before a capitalised title
    // are the role, and the title is a title.
    const rolesBeforeTitle = leadingRoles.length ? roleBefore(ws, i, text, end) : undefined;
    if (rolesBeforeTitle && !title) title = titleWord(leadingRoles.at(-1)!.core);
    // "Budget and Finance Committee Chairman Ronald Pike": a body's name with "and" in it opens the role.
    let roleOpens = startIndex;
    // …and the role is the title with what it is of: "Harlan County Supervisor of Elections".
    // ("Board of Education President Karen Whitfield", "County Board of Commissioners Chairwoman …":
    // a title after what a body is of goes back to the body's word, and its name.)
    const ofBody = !ofTitle && leadingRoles.length > 0 && startIndex >= 2 && ws[startIndex - 1]!.core === 'of' && !ws[startIndex - 2]!.breaksAfter && !ws[startIndex - 1]!.breaksAfter && /^\p{Lu}/u.test(ws[startIndex - 2]!.core) && NON_PERSON_HEADS.has(ws[startIndex - 2]!.core.toLowerCase());
    if (ofTitle || ofBody) for (roleOpens -= 2; roleOpens >= 1 && !ws[roleOpens - 1]!.breaksAfter && isNameWord(ws[roleOpens - 1]!.core) && startIndex - roleOpens < 6; ) roleOpens--;
    // (Not across a name just read: "Councilman Howard Lisk and Councilwoman Jeanette Moody".)
    while (leadingRoles.length && roleOpens >= 2 && /^(?:and|&)$/.test(ws[roleOpens - 1]!.core) && !ws[roleOpens - 1]!.breaksAfter && !ws[roleOpens - 2]!.breaksAfter && isNameWord(ws[roleOpens - 2]!.core) && !mentions.some((m) => m.personLike && m.end === ws[roleOpens - 2]!.end)) roleOpens -= 2;
    // "Assistant U.S. Attorney Michael Strand": a country's initials (and a role word before them)
    // are part of the title, though their dots cut the run of capitals.
    if (leadingRoles.length && roleOpens === startIndex && roleOpens >= 1 && COUNTRY_INITIALS.test(ws[roleOpens - 1]!.core) && ws[roleOpens - 1]!.dotted) {
      roleOpens--;
      if (roleOpens >= 1 && !ws[roleOpens - 1]!.breaksAfter && /^\p{Lu}/u.test(ws[roleOpens - 1]!.core) && (TITLE_MODIFIER.test(ws[roleOpens - 1]!.core) || isRoleNoun(ws[roleOpens - 1]!.core.toLowerCase()))) roleOpens--;
    }
    const leadingRole = roleOpens < startIndex ? text.slice(ws[roleOpens]!.start, leadingRoles.at(-1)!.end) : leadingRoles.map((w) => singularRole(w.core) ?? w.core).join(' ');
    const roleFirst = rolesBeforeTitle ?? (leadingRoles.length ? leadingRole : roleBefore(ws, startIndex, text, end));
    const after = opensSentence ? undefined : (silkRole(text, start, end) ?? roleAfter(text, end + (/(?:’s|'s)/.test(text.slice(end, end + 2)) ? 2 : 0)));
    const court = courtRole(text.slice(Math.max(0, start - 80), start));
    const role = childBy(ofPlaceOpening(roleFirst ?? after ?? firstTitle ?? roleOfSentenceBefore(text, start, end) ?? court?.role, text, start), tokens);
    // "from Curtis Amberly, whose company …", "to Maria Lopez, 42, a nurse": a place has no "who",
    // no age and no role.
    // ("at Brackenford General, who did not want to be named": "who" is the nurse before it.)
    const described = role !== undefined || (prev !== undefined && /^(?:from|to)$/i.test(prev.core) && PERSON_AFTER.test(text.slice(end, end + 12)));
    // So is a name that closes a sentence's opening phrase of place ("… on the edge of Marlow Falls,").
    // "at the Lakeshore Stage in Chicago": a person is never "the" after a place's preposition.
    const prevTwo = startIndex > 1 ? ws[startIndex - 2] : undefined;
    const atThe = prev?.core.toLowerCase() === 'the' && !prev.breaksAfter && prevTwo !== undefined && PLACE_PREPOSITIONS.has(prevTwo.core.toLowerCase()) && !prevTwo.breaksAfter;
    // "in the capital, Port Edmund,": a place the noun before it names.
    // (Not "in Jaén province, Antonio Molina said": only "the" noun, and a name set off after it.)
    const placeApposed = prev !== undefined && PLACE_NOUN.test(prev.core) && prevTwo?.core.toLowerCase() === 'the' && /^,\s*$/.test(text.slice(prev.end, start)) && text.charAt(run.at(-1)!.end) === ',';
    const placeLike =
      !honorific && leadingRoles.length === 0 && prev !== undefined && !described && ((PLACE_PREPOSITIONS.has(prev.core.toLowerCase()) && !prev.breaksAfter) || atThe || placeApposed || (opensSentence && text.charAt(end) === ',') || COMPASS_OF.test(text.slice(Math.max(0, start - 30), start)));
    // "the Liberal Democrat opposition group": a name between an article and a noun qualifies the noun.
    const following = ws[j + 1];
    // So does "The" inside a sentence: "When The Long Table … was awarded" names a place or a work.
    const titled = prev !== undefined && prev.core === 'The' && !prev.breaksAfter && !/(?:^|[.!?:;“"‘]\s*)$/.test(text.slice(0, prev.start).trimEnd());
    const attributive =
      titled ||
      (prev !== undefined && /^(?:the|a|an)$/i.test(prev.core) && !prev.breaksAfter && !run.at(-1)!.breaksAfter && following !== undefined && /^\p{Ll}+$/u.test(following.core) && !NOT_A_HEAD_NOUN.test(following.core) && !SPEECH_VERBS.has(following.core));
    // "matched all five numbers and the Star Ball": "the" before a name with no role makes it a
    // thing or a place, unless it speaks. (A plural, "the Milwaukee Ironmen", is a team or a band,
    // which may speak as one.)
    const articled = prev?.core === 'the' && !prev.breaksAfter && !/(?:s|men)$/.test(last) && !honorific && (roleFirst ?? after) === undefined && !(following !== undefined && SPEECH_VERBS.has(following.core.toLowerCase()));
    // "Jolene Park, executive director of …": a role said of the name makes a person of a name
    // whose last word could be a place's.
    const personLike =
      !attributive &&
      !articled &&
      tokens.filter((t) => !PARTICLE.test(t)).length >= 2 && (!NON_PERSON_HEADS.has(last) || (roleFirst ?? after) !== undefined) && !OFFICE_TITLES.has(last) && !placeLike && !ACRONYM.test(tokens[0]!) && !UNIT_FIRST.test(tokens[0]!) && !(prev !== undefined && !prev.breaksAfter && SIZED.test(prev.core));
    const beaten = BEATEN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    const named =
      copularRole(text.slice(Math.max(0, start - APPOSITION_REACH), start)) ??
      oneOfRole(text.slice(Math.max(0, start - APPOSITION_REACH), start)) ??
      copularAfter(text.slice(end, end + 120)) ??
      // (Not whoever the winner beat: "beat Kenji Albright … to capture the Cedar Hollow Classic".)
      (beaten ? undefined : wonRole(text.slice(end))) ??
      (PROSECUTOR_TITLE.test(text.slice(Math.max(0, start - 40), start)) ? 'prosecutor' : undefined) ??
      doneBy(text.slice(Math.max(0, start - 160), start)) ??
      pairedTitle(text.slice(Math.max(0, start - 80), start)) ??
      court?.phrase ??
      (role ? secondRole(text, end) : undefined) ??
      // "The crossbench peer Harriet Fenwick, a disability rights campaigner,": both are hers.
      (roleFirst ? after : undefined);
    const outsider = personLike ? outsiderOf(text.slice(end)) : undefined;
    mentions.push({
      text: text.slice(start, nameEnd),
      tokens,
      start,
      end,
      personLike,
      honorific,
      ...(title ? { title } : {}),
      ...(gender ? { gender } : {}),
      ...(role ?? named ? { role: role ?? named } : {}),
      ...(role && named ? { alsoRole: named } : {}),
      ...(outsider ? { outsider } : {}),
      ...(personLike && /^\s+was\s+born\b/.test(text.slice(end, end + 14)) ? { born: true as const } : {}),
      ...(personLike ? childOf(text.slice(end, end + 100)) : {}),
      ...(personLike ? kinOf(text.slice(end, end + 160)) : {}),
      ...(personLike ? deedOf(text.slice(end, end + 240)) : {}),
      ...(personLike ? affiliationOf(text.slice(end, end + 90)) : {}),
      ...partyOf(text.slice(end, end + 70)),
      ...residenceOf(text.slice(end, end + 140)),
      ...(personLike && beaten && BEATEN_FOR.test(text.slice(end, end + 160)) ? { beaten: true as const } : {}),
      // ("Pybus, who is 91,": a clause giving an age is about a person, whatever else the text says.)
      // ("Vestergaard, 24, said": a surname alone takes an age after it, as the person it names; a
      // given name alone, "Maureen, 71,", may be someone new or a known person's, see `resolve`.)
      ...(personLike || /^,\s*who\s+(?:is|was)\s+\d{1,3},/.test(text.slice(end, end + 18)) ? ageOf(text, start, end) : tokens.length === 1 && !isGivenName(tokens[0]!) ? ageOf(text, start, end, false) : {}),
      // (So is "in Hester Quayle’s studio": a possessive after "in", "at".)
      ...(placeLike && !atThe && !attributive && (/^(?:from|to)$/i.test(prev!.core) || /^(?:’s|'s)/.test(text.slice(end, end + 2))) && tokens.length >= 2 && tokens.length <= 3 ? { placeOrPerson: true as const } : {}),
      // "Mrs Justice Harcourt", "Dr Farah": a surname alone is shown with the titles the text gives
      // it (not a courtesy title alone: "Mr Cole" stays "Cole").
      ...(honorific && title !== undefined && tokens.length === 1 && run[0] === ws[startIndex] && titledFrom < startIndex ? { styled: text.slice(ws[titledFrom]!.start, end) } : {}),
      ...(officeTitled ? { styled: text.slice(leadingRoles[0]!.start, end) } : {}),
    });
    i = j + 1;
  }
  // "Les Arcelles mayor Bernard Vuillermoz", "Halvern Biotherapeutics CEO Martin Sorensen": a name
  // that opens the next name's role is where or what the office is, not a person.
  for (let k = 1; k < mentions.length; k++) {
    const [owner, holder] = [mentions[k - 1]!, mentions[k]!];
    // ("Liberal Democrat group leader Cllr Graham Tully": a courtesy title may stand between.)
    const between = text.slice(owner.start, holder.start).trimEnd();
    const untitled = HONORIFICS.test(between.split(/\s+/).at(-1)!) ? between.replace(/\s+\S+$/, '') : between;
    if (!holder.role || (between !== holder.role && untitled !== holder.role)) continue;
    const roleWords = text.slice(owner.end, holder.start).trim();
    if (!roleWords) continue;
    owner.ownsRole = roleWords;
    owner.personLike = false;
  }
  // "the Lord Mayor of Leeds, Cllr Anne Whitlock,": a title inside the next name's role is hers,
  // not someone called "Mayor".
  const inRoleOf = (m: NameMention) =>
    mentions.some((h) => {
      if (!h.role || h.start <= m.end) return false;
      const at = text.lastIndexOf(h.role, h.start);
      return at >= 0 && at <= m.start && m.end <= at + h.role.length;
    });
  // "the Chief Minister said", "The Chief Executive announced": an office in capitals, no one's
  // name; whoever holds it is found by the role.
  const office = (m: NameMention) => !m.personLike && m.tokens.length >= 2 && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && m.tokens.slice(0, -1).every((t) => OFFICE_RANK.test(t)) && isRoleNoun(m.tokens.at(-1)!.toLowerCase());
  const kept = mentions.filter((m) => !(m.honorific && !m.personLike && m.tokens.every((t) => HONORIFICS.test(t)) && inRoleOf(m)) && !office(m)).map((m) => officeOfWord(m, text));
  const paired = kept.map((m, i) => sharedSurname(m, kept[i + 1], text));
  return paired.map((m, i) => pairRole(m, paired[i - 1], paired[i + 1], text) ?? m);
}

/** "His parents, " right before a pair of names: whose, then a plural noun for people (group 1). */
const PLURAL_BEFORE_PAIR = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+|\p{Lu}[\p{L}-]+[’']s\s+)(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,}s),\s+$/u;
/** Kin in the plural, and what each one is by their given name's sex. */
const KIN_PAIRS: Readonly<Record<string, Readonly<Record<'m' | 'f', string>>>> = { parents: { m: 'father', f: 'mother' }, grandparents: { m: 'grandfather', f: 'grandmother' } };

/**
 * "His parents, Tom and Linda Harper, said", "according to her owners, Daniel and Rachel
 * Okimoto": a plural noun set off before two names joined by "and" is each one's role, in the
 * singular ("owner"); parents are a father and a mother by their given names.
 */
function pairRole(m: NameMention, before: NameMention | undefined, after: NameMention | undefined, text: string): NameMention | undefined {
  if (m.role || !m.personLike) return undefined;
  const joined = (a: NameMention | undefined, b: NameMention | undefined) => a !== undefined && b !== undefined && a.personLike && /^\s+(?:and|&)\s+$/.test(text.slice(a.end, b.start));
  const first = joined(m, after) ? m : joined(before, m) ? before! : undefined;
  if (!first) return undefined;
  const plural = PLURAL_BEFORE_PAIR.exec(text.slice(Math.max(0, first.start - 60), first.start))?.[1];
  if (!plural) return undefined;
  const one = plural.slice(0, -1);
  const kin = KIN_PAIRS[plural];
  const sex = sexOfGivenName(m.tokens[0]!);
  const role = kin ? (sex ? kin[sex] : one) : isPersonNoun(one) ? one : undefined;
  return role ? { ...m, role } : undefined;
}

/**
 * "Sophie and Liam Catterall put their names down": a given name joined to the next full name
 * shares its surname, two people (so "Mrs Catterall" can be Sophie, not Liam).
 */
function sharedSurname(m: NameMention, next: NameMention | undefined, text: string): NameMention {
  if (m.personLike || m.tokens.length !== 1 || !isGivenName(m.tokens[0]!) || !next?.personLike || next.tokens.length !== 2 || !isGivenName(next.tokens[0]!)) return m;
  if (!/^\s+(?:and|&)\s+$/.test(text.slice(m.end, next.start))) return m;
  return { ...m, text: `${m.text} ${next.tokens[1]!}`, tokens: [m.tokens[0]!, next.tokens[1]!], personLike: true };
}

/**
 * Words that rank an office in capitals: "Chief Minister", "Deputy Mayor", "Prime Minister". (Not a
 * portfolio, lexicon's OFFICE_WORD: "the Transport Secretary" may be someone the text has not given that title.)
 */
const OFFICE_RANK = /^(?:Chief|Deputy|Prime|First|Vice|Assistant|Acting|Interim|Senior|Principal|Executive|General|Lord|High)$/;

/**
 * "Secretary of State Curtis Bramwell", "Minister of Health Ana Ruiz": the word after "of" ends
 * the office, not starts the name, when a given name follows it.
 */
function officeOfWord(m: NameMention, text: string): NameMention {
  if (m.tokens.length < 3 || !isGivenName(m.tokens[1]!)) return m;
  const office = /\b(\p{Lu}\p{Ll}+)\s+of\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!office || !isRoleNoun(office[1]!.toLowerCase())) return m;
  const cut = m.text.indexOf(m.tokens[1]!);
  return { ...m, text: m.text.slice(cut), tokens: m.tokens.slice(1), start: m.start + cut, role: `${office[1]} of ${m.tokens[0]}`, personLike: true };
}
