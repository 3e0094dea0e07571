/**
 * Direct quotations and who said them. Steps: find quoted spans (curly or straight marks, across
 * sentences, and across paragraphs in the news convention of reopening each paragraph without
 * closing the last); drop scare quotes (short phrases no one is said to have spoken); attribute
 * each quote from, in order: an attribution beside it ("…,” said X / X said / he said), the
 * sentence leading into it (“X told reporters: …”), the paragraph before a quote that stands
 * alone ("X issued a statement."), a quote that continues the previous speaker.
 */
import type { Paragraph, Quote, ReportedStatement, Speaker } from './article.js';
import { FEMALE_ROLE, genderOfRole, HEAD_ROLE, HONORIFICS, INTRO_PATTERN, MALE_ROLE, NON_PERSON_HEADS, NOT_NAME_START, NOT_THE_HEAD, PLACE_PREPOSITIONS, POST_NOMINAL_LETTERS, ROLE_KINDS, ROLE_NOUNS, roleSynonyms, SEAT_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { DOER_VERBS, doerOfVerb, findNames, isGivenName, isPersonNoun, isRoleNoun, type NameMention } from './names.js';
import { sameGivenName } from './nicknames.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-names.js';
import { ANSWER_LINE, QUESTION_LINE } from './interview.js';
import { BODY_NOUN_WORDS, COMPANY_NOUNS, displayName, findOrganisations, initialsOf, isOrgNoun, kindsNamed, kindsOfHead, namedAs, orgAccepts, type OrgMention } from './organisations.js';
import { WORDNET_DEMONYMS } from './person-nouns.js';
import { readsAsTitle, splitSentences, TIME_ZONES } from './sentences.js';
import { escapeRegExp } from './regexp.js';

interface Span {
  paragraph: number;
  /** Index of the opening mark, and of the closing mark (or the paragraph's length when unclosed). */
  open: number;
  close: number;
  closed: boolean;
}

interface RawQuote {
  parts: Span[];
  text: string;
}

/** Quoted spans of one paragraph in one style: double marks (“…”, "…", “…’’) or single marks. */
function doubleSpans(text: string, paragraph: number): Span[] {
  const spans: Span[] = [];
  let openAt = -1;
  let style: 'curly' | 'straight' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (openAt < 0) {
      if (c === '“' || (c === '"' && /\S/.test(text[i + 1] ?? ''))) {
        openAt = i;
        style = c === '“' ? 'curly' : 'straight';
      }
    } else if ((style === 'curly' && (c === '”' || (c === '’' && text[i + 1] === '’'))) || (style === 'straight' && c === '"')) {
      spans.push({ paragraph, open: openAt, close: i, closed: true });
      // `’’` is one closing mark written as two apostrophes.
      if (c === '’') i++;
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push({ paragraph, open: openAt, close: text.length, closed: false });
  return spans;
}

const LETTER = /[\p{L}\p{N}]/u;

/** Words a quotation can end before, but a plural possessive cannot: "…for patients’ and urged". */
const CLOSES_BEFORE = /^\s+(?:and|or|but|to|as|after|before|while|when|which|that|because|said|says|he|she|they|it|had|has|have|was|were|is|are|would|will|could|should|might|may|can|did|does|in|on|at|for|from|with|by|during|since|until|if|than)\b/;

/** Words in quotation marks few enough to be a phrase set apart ("‘dental deserts’"). */
const SHORT_QUOTE_WORDS = 6;

/** Can the mark at `j` close a single quotation: ’ or ' ending a word, not "Smith’s" nor an opening ‘? */
const canClose = (text: string, j: number): boolean => (text[j] === '’' || text[j] === "'") && !/\s/.test(text[j - 1] ?? ' ') && !LETTER.test(text[j + 1] ?? ' ');

/** Is there a mark after `from` that could close a single quotation? */
function closerAfter(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) if (canClose(text, j)) return true;
  return false;
}

/**
 * British style: ‘…’ (or '…'), told apart from apostrophes by position. An opening mark starts a
 * word (after a space, a bracket, a dash or a double mark) and is not an elision such as ’90s; a
 * closing mark ends a word and is not followed by a letter (don’t, Smith’s), nor is it a plural
 * possessive (“the workers’ union”: after an s, before a lowercase word, with no punctuation).
 */
function singleSpans(text: string, paragraph: number): Span[] {
  const spans: Span[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (openAt < 0) {
      const startsWord = /[\s(\[“"—–-]/.test(prev) && /\S/.test(next);
      const elision = /^\d\ds\b|^(?:tis|em|n)\b/i.test(text.slice(i + 1, i + 5));
      if ((c === '‘' || c === "'") && startsWord && !elision && (c === '‘' || LETTER.test(next))) openAt = i;
      continue;
    }
    if (!canClose(text, i)) continue;
    // "the workers’ union" is a possessive; "a hurdle for patients’ and urged" closes a quote.
    // (Nor is the close of one word set apart: "the ‘repairs’ consisted of …", a scare quote.)
    const oneWord = !/\s/.test(text.slice(openAt + 1, i));
    const possessive = !oneWord && /s/i.test(prev) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !CLOSES_BEFORE.test(text.slice(i + 1, i + 12));
    // (Unless nothing later in the paragraph could close it: "the ‘dental deserts’ where patients
    // have been unable to find a practice", a few words set apart.)
    const setApart = () => text.slice(openAt + 1, i).trim().split(/\s+/).length <= SHORT_QUOTE_WORDS && !closerAfter(text, i + 1);
    if (possessive && !setApart()) continue;
    spans.push({ paragraph, open: openAt, close: i, closed: true });
    openAt = -1;
  }
  if (openAt >= 0) spans.push({ paragraph, open: openAt, close: text.length, closed: false });
  return spans;
}

/**
 * Quoted spans of one paragraph, outermost only: a quotation nested in another (‘He said “no”.’ or
 * “the ‘Salt Year’ star”) is part of it, not a quote of its own.
 */
function findSpans(text: string, paragraph: number): Span[] {
  const all = [...doubleSpans(text, paragraph), ...singleSpans(text, paragraph)].sort((a, b) => a.open - b.open);
  const out: Span[] = [];
  for (const span of all) {
    const outer = out.at(-1);
    if (outer && span.open > outer.open && span.open < outer.close) continue;
    out.push(span);
  }
  return out;
}

function innerText(paragraphs: readonly Paragraph[], span: Span): string {
  return paragraphs[span.paragraph - 1]!.text.slice(span.open + 1, span.close).trim();
}

/** Joins spans that run over paragraphs: unclosed at the end, reopened at the next paragraph's start. */
function collectQuotes(paragraphs: readonly Paragraph[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  let running: Span[] | undefined;
  for (const p of paragraphs) {
    for (const span of findSpans(p.text, p.number)) {
      const startsParagraph = p.text.slice(0, span.open).trim() === '';
      if (running && startsParagraph && span.paragraph === running.at(-1)!.paragraph + 1) {
        running.push(span);
      } else {
        if (running) quotes.push(toRaw(paragraphs, running));
        running = [span];
      }
      if (span.closed) {
        quotes.push(toRaw(paragraphs, running));
        running = undefined;
      }
    }
    // A quote left open is only continued by the very next paragraph.
    if (running && running.at(-1)!.paragraph !== p.number) {
      quotes.push(toRaw(paragraphs, running));
      running = undefined;
    }
  }
  if (running) quotes.push(toRaw(paragraphs, running));
  return quotes;
}

function toRaw(paragraphs: readonly Paragraph[], parts: Span[]): RawQuote {
  const text = parts
    .map((s) => innerText(paragraphs, s))
    .join(' ')
    .replace(/[,;:]\s*$/, '')
    .trim();
  return { parts, text };
}

/** Each sentence of a paragraph with its offsets in the paragraph text. */
function* sentenceSpans(p: Paragraph): Generator<{ text: string; start: number; end: number }> {
  let from = 0;
  for (const s of p.sentences) {
    const start = p.text.indexOf(s.text, from);
    if (start < 0) continue;
    from = start + s.text.length;
    yield { text: s.text, start, end: from };
  }
}

/** Start offset of the sentence holding `offset` within the paragraph text, and its end. */
function sentenceBounds(p: Paragraph, offset: number): { start: number; end: number } {
  for (const { start, end } of sentenceSpans(p)) if (offset >= start && offset < end) return { start, end };
  return { start: 0, end: p.text.length };
}

// ---------------------------------------------------------------------------------------------
// People: one registry, so "Jan Egeland", "Egeland" and "Egeland’s" are one person.

interface Person {
  name: string;
  /**
   * The text treats this name as a person: a role or title, a surname used alone, or a speech
   * verb right after it. "he said" prefers such people over bare capitalised phrases ("Red Cross").
   */
  evidence: boolean;
  /** Known only by a role ("A police spokesperson"): never the antecedent of "he" or a surname. */
  unnamed?: boolean;
  /** Lowercase name words (particles dropped; "al-assad" also gives "assad"). */
  tokens: Set<string>;
  role?: string;
  /** Roles other mentions give ("buyer", then "Chicago collector"): aliases, not the role shown. */
  otherRoles?: Set<string>;
  /** Votes from the text: a courtesy title, a gendered role noun, the pronoun that follows a mention. */
  male: number;
  female: number;
  /** An organisation, with the kinds the text gives it ("council", "company", "group"); never "he" or "she". */
  org?: string[];
  /** "it"/"its" follows a mention: a body, not a person, when nothing says otherwise. */
  neuter?: number;
  /** Titles written before the name ("doctor" for Dr.), so "Dr. Osterholt" is told from her son. */
  titles?: Set<string>;
  /** The text keeps them anonymous ("…, who asked not to be named,"): what it calls "the source". */
  anonymous?: boolean;
  /** Initials of an organisation's name, so "FDA" finds "Food and Drug Administration". */
  initials?: string;
  /** The text says they died ("killed Tomas Reyes, 41,", "the late …"): a surname alone that speaks is someone else's. */
  deceased?: boolean;
  /** How often the text calls them by their surname alone ("Holloway said"). */
  bySurname?: number;
  /** Named once as a person is, by a given name and a surname ("Kofi Mensah-Hart"). */
  fullName?: boolean;
}

/** ", a planetary scientist at the " right before a body's name: where someone in an apposition works. */
// (Or in a relative clause of what they do there: "Professor Siân Gethin, who studies research
// integrity at the University of Penrhyn,".)
const WORKPLACE_BEFORE = /,\s*(?:(?:an?|the)\s+[^,.;:“”"]{2,60}?|who\s+(?:works|worked|teaches|taught|studies|studied|lectures|researches|is\s+based|was\s+based)\b[^,.;:“”"]{0,60}?)\s(?:at|of|with|from|for)\s+(?:the\s+)?$/;

/** A body's name with a last word that only says what it is ("… Police Department"): the rest names it too. */
const FULLER_NAME = /^(.+\s\S+)\s+(?:department|dept\.?|service|force)$/;

const isOrg = (p: Person) => p.org !== undefined;
/**
 * Someone the text treats as a person: by a given name, a person's role or an age, a gender or a
 * speech verb. "Her first album, Northern Tides (1966), was recorded …" names no one "she" can be,
 * nor does "Winter Tides, a collection of her own songs".
 */
const personal = (p: Person) =>
  p.evidence ||
  p.unnamed === true ||
  p.deceased === true ||
  p.male + p.female > 0 ||
  [...p.tokens].some(isGivenName) ||
  rolesOf(p).some((r) => isPersonNoun(headNoun(r)) || /-year-old$/.test(r));
/** An organisation, or a name the text treats only as "it" (no role, no he or she). */
const orgLike = (p: Person) => isOrg(p) || (!p.unnamed && !p.role && p.male + p.female === 0 && (p.neuter ?? 0) > 0);

const ORG_STOP = /^(?:of|for|and|&|the|a|on|de|du|des)$/i;

/** A body's name words, lower case, as a speaker's tokens (no "of", "the", nor a trailing apostrophe). */
const orgTokens = (name: string): string[] => name.split(/\s+/).map((w) => w.toLowerCase().replace(/[’']$/, '')).filter((w) => !ORG_STOP.test(w));

interface PersonMention {
  person: number;
  paragraph: number;
  start: number;
  end: number;
}

function nameTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const lower = t.toLowerCase().replace(/\.$/, '');
    // (A middle initial, "L." of "Kenneth L. Parker", is no way to ask for anyone.)
    if (lower.length === 1 || /^(?:al|el|ad|as|bin|ibn|abu|van|von|de|da|di|du|del|della|der|den|la|le|dos|das|ter)$/.test(lower)) continue;
    out.push(lower);
    const compound = /^(?:al|el|ad|as|ben|bin)-(.+)$/.exec(lower);
    if (compound) out.push(compound[1]!);
  }
  return out;
}

class People {
  readonly list: Person[] = [];
  /** The paragraph whose names are being read (for `namedEarlier`). */
  paragraph = 0;
  /**
   * Full names read as places by the preposition before them ("two goals from Niamh Doherty"):
   * a person's, if the text goes on to have the surname speak ("Doherty, whose …, said").
   */
  private readonly placeLikeNames: Array<NameMention & { paragraph?: number }> = [];
  /** Where a name first read as a place stood, once the text shows it is a person's (see `resolve`). */
  readonly namedEarlier: PersonMention[] = [];
  /** Given names the text opens a full name with somewhere ("Tom" of "Tom Ellery"). */
  readonly fullGivenNames = new Set<string>();

  /**
   * The person a mention refers to, registering a new one for a full name; undefined for non-people.
   * `speaks`: a speech or statement verb follows the mention; `speaker`: the mention is read as
   * who spoke (a surname alone is then not someone the text says died).
   */
  resolve(m: NameMention, speaks = false, known?: ReadonlySet<number>, speaker = speaks): number | undefined {
    const tokens = nameTokens(m.tokens);
    const last = tokens.at(-1);
    if (!last) return undefined;
    // "Beaconfield Care said" after "run by Beaconfield Care Ltd": a body named before, by its name
    // (no word in it says it is a body), speaking.
    if (speaks && !m.personLike && tokens.length >= 2) {
      const key = displayName(m.text).toLowerCase();
      const body = this.list.findIndex((p) => isOrg(p) && p.name.toLowerCase() === key);
      if (body >= 0) return this.enrich(body, m, speaks);
    }
    if (m.personLike) {
      const same = this.list.findIndex((p) => !p.unnamed && p.tokens.has(last) && tokens.every((t) => p.tokens.has(t) || t.length <= 2) && (!isOrg(p) || [...p.tokens][0] === tokens[0]));
      if (same >= 0) return this.enrich(same, m, speaks);
      // A full name with a middle name the text did not give before: "Ruth Miriam Adler was born
      // in Cleveland" of "Ruth Adler Kessler", her given name and her maiden name.
      const middle = tokens.length >= 3 ? this.list.findIndex((p) => !p.unnamed && !isOrg(p) && p.tokens.size >= 2 && [...p.tokens][0] === tokens[0] && p.tokens.has(last)) : -1;
      if (middle >= 0) return this.enrich(middle, m, speaks);
      // "Judith Anne Kowalczyk was born on July 14, 1936" in Judith Ormsby's obituary: the name she
      // was born with, when the story already knows someone by its given name.
      const birthName = m.born ? this.list.findIndex((p) => !p.unnamed && !isOrg(p) && p.tokens.size >= 2 && [...p.tokens][0] === tokens[0]) : -1;
      if (birthName >= 0) return this.enrich(birthName, m, speaks);
      // "Karen Lowther": a given name says she is a woman, as two pronouns would (so "Mrs Lowther"
      // is her, not Steve Lowther, before any "she" says so). Worth more than one "her" read after
      // the name, which is often someone else's: "Derek Sowerby said members had voted to make her
      // an honorary member."
      const given = tokens.length >= 2 ? tokens[0]! : '';
      this.list.push({ name: m.text.replace(/(?:’s|'s)$/, ''), tokens: new Set(tokens), evidence: false, male: MALE_GIVEN_NAMES.has(given) ? 2 : 0, female: FEMALE_GIVEN_NAMES.has(given) ? 2 : 0 });
      return this.enrich(this.list.length - 1, m, speaks);
    }
    // ("We put readers’ questions to Gemma Raithby": a name read as a place is the person the story
    // has already named so in full, and by surname alone.)
    if (m.placeOrPerson && tokens.length >= 2) {
      const known = this.list.findIndex((p) => !p.unnamed && !isOrg(p) && (p.bySurname ?? 0) > 0 && p.tokens.size >= 2 && tokens.every((t) => p.tokens.has(t)));
      if (known >= 0) return this.enrich(known, m, speaks);
    }
    if (m.placeOrPerson && !m.tokens.some((t) => NON_PERSON_HEADS.has(t.toLowerCase()))) this.placeLikeNames.push({ ...m, paragraph: this.paragraph });
    // One word: a surname or given name of someone already named ("Malahifji claims …").
    if (tokens.length === 1) {
      // "Ipsa" after "the Independent Parliamentary Standards Authority (Ipsa)": a body's initials
      // written as a word, as British style does (Ofsted, Ipsa).
      const initialled = last.length >= 3 ? this.list.findIndex((p) => isOrg(p) && p.initials === last) : -1;
      if (initialled >= 0) return this.enrich(initialled, m, speaks);
      // Of several people sharing the word (a family), the one whose title or courtesy gender fits
      // ("Dr. Osterholt", "Mrs Pike"), then the one whose surname it is, then the most recent.
      let best = -1;
      let bestScore = -Infinity;
      // Of those named before, when any is (see `mentionsIn`).
      // (Not by a middle name: "Ms. Pell" after "her daughter, Claire Pell Whitford" is still Marjorie Pell.)
      const surnameOf = (p: Person) => [...p.tokens].at(-1) === last || [...p.tokens][0] === last;
      const surnameElsewhere = this.list.some((p) => !p.unnamed && !isOrg(p) && p.tokens.size > 1 && [...p.tokens].at(-1) === last);
      const named = known && this.list.some((p, i) => known.has(i) && !p.unnamed && p.tokens.has(last) && (surnameOf(p) || !surnameElsewhere));
      for (let i = this.list.length - 1; i >= 0; i--) {
        const p = this.list[i]!;
        if (p.unnamed || (named && !known.has(i))) continue;
        // Of two people sharing a surname, the surname alone is the one named first: a story
        // introduces its subject, then "his mother, Marisol Castellanos", and goes on calling him
        // "Castellanos" (titles and courtesy genders below say otherwise when they can).
        let score = -i / 10000;
        // An organisation by its own first word ("Keltura" for Keltura Semiconductor), not "Council".
        if (isOrg(p)) {
          // A team by its nickname, its last word: "the Foundrymen" for the Carver City Foundrymen.
          const nickname = p.org!.some((k) => TEAM_KINDS.has(k)) && [...p.tokens].at(-1) === last;
          if (([...p.tokens][0] !== last && !nickname) || isOrgNoun(last) || kindsOfHead(last).length > 0) continue;
          // "Corvane" for Corvane Technologies, over "Corvane Store" named since: a body's own
          // name beats a name that only starts with the word.
          score += 0.5;
        } else {
          // A given name or a surname, not a middle word ("County" is not "Marlow County Fairgrounds").
          const words = [...p.tokens];
          // …except the first of two surnames: "Arévalo" for Lucía Arévalo Pazmiño, a speaker.
          const firstSurname = words.length === 3 && words[1] === last && p.evidence && kindsOfHead(last).length === 0 && !isOrgNoun(last) && !surnameElsewhere;
          if (!p.tokens.has(last) || (words.length > 2 && words[0] !== last && words.at(-1) !== last && !firstSurname)) continue;
          if (words.at(-1) === last || firstSurname) score += 1;
          // "The explosion killed Tomas Reyes …" then "“…,” Reyes said": his widow, named since.
          if (speaker && p.deceased) score -= 2;
          if (m.title && p.titles?.has(m.title)) score += 4;
          else if (m.title && p.titles?.size) score -= 2;
          const g = genderOf(p);
          if (m.gender && g !== 'any') score += m.gender === g ? 3 : -5;
        }
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best >= 0) {
        if (!isOrg(this.list[best]!) && [...this.list[best]!.tokens].at(-1) === last) this.list[best]!.bySurname = (this.list[best]!.bySurname ?? 0) + 1;
        return this.enrich(best, m, !isOrg(this.list[best]!) || speaks);
      }
      // (A courtesy title says as much as speaking does: "to Kerry Ansell", then "Ms Ansell told the court".)
      const full = speaks || m.honorific ? this.placeLikeName(last) : undefined;
      if (full) {
        const person = this.resolve({ ...full, personLike: true }, speaks)!;
        // "in Hester Quayle’s studio": she was named there, for "she says" right after it.
        if (full.paragraph !== undefined) this.namedEarlier.push({ person, paragraph: full.paragraph, start: full.start, end: full.end });
        return person;
      }
      // "Stanzin’s niece, Padma, is 16": someone's relative, or an age, makes a person of a name
      // the text gives alone (a child, a first-name-only interviewee), for "she told me" next.
      // (A bare kin role, "Their son, Daniel,", only for a name the text never gives in full: "her
      // grandson, Tom," is Tom Ellery, named so later.)
      const ownKin = KIN_ROLE.test(m.role ?? '') && (/\s/.test(m.role!) || !this.fullGivenNames.has(tokens[0]!));
      if (m.honorific || ownKin || (m.age !== undefined && isGivenName(m.tokens[0]!))) {
        this.list.push({ name: m.styled ?? m.text, tokens: new Set(tokens), evidence: true, male: 0, female: 0 });
        return this.enrich(this.list.length - 1, m, speaks);
      }
    }
    return undefined;
  }

  /** The latest name first read as a place whose last word is `last`. */
  private placeLikeName(last: string): (NameMention & { paragraph?: number }) | undefined {
    return this.placeLikeNames.findLast((n) => nameTokens(n.tokens).at(-1) === last);
  }

  /** Whether a one-word mention is the last word of a name first read as a place (see `placeOrPerson`), and of no one known. */
  isPlaceOrPersonName(m: NameMention): boolean {
    const last = nameTokens(m.tokens).at(-1) ?? '';
    return this.placeLikeName(last) !== undefined && !this.list.some((p) => !p.unnamed && p.tokens.has(last));
  }

  /** Whether a one-word mention is the name of someone already known as a person (not a body). */
  isPersonName(m: NameMention): boolean {
    const tokens = nameTokens(m.tokens);
    return tokens.length === 1 && this.list.some((p) => !p.unnamed && !isOrg(p) && p.tokens.has(tokens[0]!) && p.tokens.size > 1);
  }

  private enrich(index: number, m: NameMention, speaks: boolean): number {
    const person = this.list[index]!;
    if (isOrg(person)) {
      if (speaks) person.evidence = true;
      return index;
    }
    if (!person.role && (m.role ?? m.title)) person.role = m.role ?? m.title;
    // "Kofi Mensah-Hart": a given name and a surname as a person's, though no list knows the given
    // name (see `byPronoun`).
    if (m.personLike && m.tokens.length >= 2) person.fullName = true;
    // "The buyer was identified as Rafael Ostrander, a Chicago collector": both are ways to ask for him.
    for (const role of [m.role, m.alsoRole, m.outsider]) if (role && role !== person.role) (person.otherRoles ??= new Set()).add(role);
    if (m.title) (person.titles ??= new Set()).add(m.title);
    // "Margaret Ellery, 78,": "the 78-year-old" is how readers may ask for her.
    if (m.age) (person.otherRoles ??= new Set()).add(`${m.age}-year-old`);
    // "Karen Voss … got a call from her father": "the daughter", "his daughter".
    if (m.child) for (const role of [m.child, 'child']) (person.otherRoles ??= new Set()).add(role);
    if (m.deed) (person.otherRoles ??= new Set()).add(m.deed);
    if (m.kin) (person.otherRoles ??= new Set()).add(m.kin);
    // "Station manager Dean Carraway of Tarnside Fire and Rescue Service": "the fire service" asks for him.
    if (m.affiliation) (person.otherRoles ??= new Set()).add(m.role ? `${m.role} of ${m.affiliation}` : m.affiliation);
    // "Cllr Richard Amis (Lib Dem, Brampton and Oakley)": "the Lib Dem councillor".
    for (const role of m.party ?? []) (person.otherRoles ??= new Set()).add(role);
    if (m.residence) (person.otherRoles ??= new Set()).add(`from ${m.residence}`);
    // "…, who has lived on Marlstone Road for 31 years,": "the resident", "the Marlstone Road resident".
    // (Not a US report's hometown, ", of Maumee,": everyone quoted has one.)
    if (m.livesOn) (person.otherRoles ??= new Set()).add(`${m.livesOn} resident`);
    if (m.beaten) (person.otherRoles ??= new Set()).add('runner-up');
    if (m.role || m.honorific || speaks) person.evidence = true;
    const gender = m.gender ?? genderOfRole(m.role ?? m.title);
    if (gender === 'm') person.male += 2;
    if (gender === 'f') person.female += 2;
    return index;
  }

  /**
   * An organisation the text names: the one registered before under the same name, or whose
   * initials an acronym gives ("FDA"), else a new one.
   */
  organisation(o: OrgMention, kinds: readonly string[], speaks: boolean): number {
    const name = displayName(o.text);
    const key = name.toLowerCase();
    // "Corvane, the fourth-largest wireless carrier," after "Corvane Wireless Inc.": the short form.
    const shortFor = (p: Person) => !o.acronym && !key.includes(' ') && [...p.tokens][0] === key;
    // "Carver City Police" and "Carver City Police Department": one force, by its fuller name.
    // (Not "Pennsylvania Insurance", a company by its name, and the state's Insurance Department.)
    const shorter = FULLER_NAME.exec(key)?.[1];
    const fuller = (p: Person) => (shorter === p.name.toLowerCase() && !p.org!.includes('company')) || (FULLER_NAME.exec(p.name.toLowerCase())?.[1] === key && !o.kinds.includes('company'));
    let index = this.list.findIndex((p) => isOrg(p) && (p.name.toLowerCase() === key || (o.acronym && p.initials === o.initials) || (p.initials === o.initials && p.tokens.has(key)) || shortFor(p) || fuller(p)));
    if (index >= 0 && shorter === this.list[index]!.name.toLowerCase()) {
      const p = this.list[index]!;
      p.name = name;
      for (const w of orgTokens(name)) p.tokens.add(w);
      p.initials = o.initials;
    }
    if (index < 0) {
      // A name first taken for a person's ("Save Eastmoor Libraries, a group …") becomes the body.
      index = this.list.findIndex((p) => !isOrg(p) && !p.unnamed && p.name.toLowerCase() === key);
      if (index >= 0) this.list[index]!.org = [];
    }
    if (index < 0) {
      // ("Hartwell’s", a brand (see `brandPossessives`): its mentions read "Hartwell".)
      const brand = /^\p{Lu}[\p{Ll}-]+[’']s$/u.test(name) ? [key.slice(0, -2)] : [];
      this.list.push({ name, tokens: new Set([...brand, ...orgTokens(name)]), evidence: false, male: 0, female: 0, org: [], initials: o.initials });
      index = this.list.length - 1;
    }
    const p = this.list[index]!;
    for (const k of [...o.kinds, ...kinds]) if (!p.org!.includes(k)) p.org!.push(k);
    if (o.acronym) p.tokens.add(o.initials);
    if (speaks) p.evidence = true;
    return index;
  }

  /**
   * "the company", "the council", "the utility": the most recent organisation named before that
   * such a word can mean; else the most recent one of no known kind, or a name the text calls "it".
   */
  byOrgNoun(noun: string, before: readonly PersonMention[], paragraphs?: readonly Paragraph[]): number | undefined {
    const n = noun.toLowerCase();
    // "the airline" after "Coastline Airways" and "an analyst at Hollister & Crane": a body whose
    // name says it is one, or that the text already called so, comes before a more recent one.
    // ("the company said" after "Great Lakes Air Freight, a Toledo, Ohio-based carrier": any kind
    // of company the text called a name is a company; not a description taken for a body,
    // "Britain’s fifth-largest supermarket".)
    // ("the organization said" after "Hope Valley Relief Services, which is running the shelter":
    // a word for any body means any body the text named by a name.)
    const known = (p: Person) =>
      isOrg(p) && (p.org!.includes(n) || namedAs(p.name, n) || (!isOrgNoun(n) && namedBy(p.name, n)) || (GENERIC_COMPANY.test(n) && PROPER_NAME.test(p.name) && p.org!.some((k) => COMPANY_NOUNS.has(k))) || (GENERIC_BODY.test(n) && PROPER_NAME.test(p.name)));
    // "Dr. Lena Marsh, a planetary scientist at the University of Colorado": a body named only as
    // where someone works is passed over for another the text calls so ("the university said"
    // after Sierra Blanca State University announced the find).
    const workplace = (m: PersonMention) => paragraphs !== undefined && WORKPLACE_BEFORE.test(paragraphs[m.paragraph - 1]!.text.slice(Math.max(0, m.start - 80), m.start));
    const others = before.filter((m) => known(this.list[m.person]!) && !workplace(m));
    const lastParagraph = before.at(-1)?.paragraph ?? 0;
    for (let i = before.length - 1; i >= 0; i--) {
      const p = this.list[before[i]!.person]!;
      if (!known(p)) continue;
      // (Any body, but one named just before: "the organization" long after a utility is more
      // likely a body the text did not read as one.)
      if (GENERIC_BODY.test(n) && !p.org!.includes(n) && before[i]!.paragraph < lastParagraph - 1) continue;
      if (workplace(before[i]!) && others.some((o) => o.person !== before[i]!.person) && !others.some((o) => o.person === before[i]!.person)) continue;
      // "Ledgerly, which has raised $140 million from investors including Northvale Partners,
      // neither admitted nor denied …": the body the sentence is about, not one named in passing.
      const subject = paragraphs ? this.bodyOpening(before, i, paragraphs) : undefined;
      const fits = (q: Person) => known(q) || orgAccepts(n, q.org!) || q.org!.length === 0;
      return this.referred(subject !== undefined && fits(this.list[subject]!) ? subject : before[i]!.person, n);
    }
    let fallback: number | undefined;
    for (let i = before.length - 1; i >= 0; i--) {
      const p = this.list[before[i]!.person]!;
      if (isOrg(p) && orgAccepts(n, p.org!)) return this.referred(before[i]!.person, n);
      // "the bureau said" after "the FBI": initials with the noun's initial among them may spell it,
      // said a paragraph or two before (not "the Belgian foreign ministry" long after "SAMU").
      const recent = before[i]!.paragraph >= (before.at(-1)?.paragraph ?? 0) - 2;
      if (recent && isOrg(p) && (p.org ?? []).length === 0 && /^\p{Lu}{2,6}$/u.test(p.name) && p.name.toLowerCase().includes(n.charAt(0))) return this.referred(before[i]!.person, n);
      // A body of no known kind that has spoken before ("Keltura said it would …", "the FDA said").
      // (Not for a government's noun: "the ministry said" is no company that spoke before.)
      if (fallback === undefined && orgLike(p) && (p.org ?? []).length === 0 && p.evidence && !GOVERNMENT_NOUN.test(n)) fallback = before[i]!.person;
    }
    if (fallback !== undefined) return this.referred(fallback, n);
    // "A Crown Mail spokeswoman said: ‘…’" then "The company said in a statement …": the body a
    // spokesperson spoke for, which the text names only in describing them.
    if (GOVERNMENT_NOUN.test(n)) return undefined;
    for (let i = before.length - 1; i >= 0 && before[i]!.paragraph >= (before.at(-1)?.paragraph ?? 0) - 2; i--) {
      const p = this.list[before[i]!.person]!;
      const spoken = p.unnamed ? SPOKEN_FOR_BODY.exec(p.name) : null;
      // (A name of capitals that reads like a person's, "Crown Mail", is the body here: its spokeswoman's.)
      // (Unless the text shows that name is someone's: a role, a "he" or "she".)
      const someone = (m: NameMention) => this.list.some((q) => !q.unnamed && !isOrg(q) && q.name === m.text && (q.role !== undefined || q.male + q.female > 0));
      const body = spoken ? findNames(spoken[1] ?? spoken[2]!).find((m) => m.start === 0 && !someone(m)) : undefined;
      if (body) return this.referred(this.organisation(asOrg(body), [], true), n);
    }
    return undefined;
  }

  /** Another body whose name opens the sentence `before[i]` stands in. */
  private bodyOpening(before: readonly PersonMention[], i: number, paragraphs: readonly Paragraph[]): number | undefined {
    const m = before[i]!;
    const opener = sentenceOpener(before, m, paragraphs);
    return opener && opener.person !== m.person && isOrg(this.list[opener.person]!) ? opener.person : undefined;
  }

  /**
   * "the transit service" after "Kestrel Bay Transit has pulled all buses": a body whose name ends
   * in a word the phrase puts before its noun is the one meant, whatever the noun (else "service"
   * goes to the emergency management agency named before, an agency being a service too); not a
   * body that governs or works within the one named ("the library board", "the hospital union").
   */
  byModifier(phrase: string, before: readonly PersonMention[]): number | undefined {
    const words = phrase.trim().split(/\s+/);
    // ("the employers’ association": a plural's possessive is a modifier too.)
    const modifiers = words.slice(1, -1).map((w) => w.replace(/(?<=s)[’']$/, '')).filter((w) => /^\p{Ll}{3,}$/u.test(w));
    const noun = words.at(-1)!;
    if (modifiers.length === 0 || GOVERNS_ITS_OWNER.test(noun)) return undefined;
    for (let i = before.length - 1; i >= 0; i--) {
      const p = this.list[before[i]!.person]!;
      // "the transit authority" of Arrowline Transit; "the employers’ association" of the Pacific
      // Terminal Employers Association, a name with the word that ends in the noun.
      if (isOrg(p) && modifiers.some((w) => namedBy(p.name, w) || (namedBy(p.name, noun) && p.tokens.has(w)))) return this.referred(before[i]!.person, noun.toLowerCase());
    }
    return undefined;
  }

  /** "the company" found this body: it is one of that kind from now on, and "the company" finds it. */
  private referred(index: number, noun: string): number {
    const p = this.list[index]!;
    p.org ??= [];
    if (!p.org.includes(noun)) p.org.push(noun);
    return index;
  }

  /** Someone unnamed whom the text keeps anonymous ("one councillor, who asked not to be named"). */
  anonymous(phrase: string): number {
    const person = this.unnamed(phrase);
    this.list[person]!.anonymous = true;
    return person;
  }

  /** A speaker the article does not name, known only by a role phrase: "a police spokesperson". */
  unnamed(phrase: string): number {
    // "A spokesperson for Meridian Terminals later told us": when they spoke is not who they are.
    const role = phrase.replace(/\s+/g, ' ').trim().replace(/\s+(?:later|also|then|earlier|previously|again|separately|subsequently)$/i, '');
    const key = role.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
    // ("One grandmother" is "the grandmother": the count is no word of who she is, though it
    // keeps her apart from "a grandmother" quoted elsewhere.)
    const bare = role.replace(/^(?:the|a|an|one(?!\s+of\b))\s+/i, '');
    const existing = this.list.findIndex((p) => p.unnamed && ((p.role?.toLowerCase() === key && !/^one\s/i.test(p.name)) || p.name.toLowerCase() === key));
    if (existing >= 0) return existing;
    // "the spokesperson" refers back to "a fire department spokesperson" quoted before, "the forest
    // service spokeswoman" to "a spokeswoman for the forest service", "the person" to "a person
    // familiar with the talks"; "the police spokesman" is not "a hospital spokesman".
    // "The same source said" is that source again, as "the source" is.
    if (/^the\s/i.test(role)) {
      const again = key.replace(/^same\s+/, '');
      for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]!.unnamed && describesSame(again, this.list[i]!.role)) return i;
      // "the source said" after "One senior figure …, who asked not to be named, said": that figure.
      if (SOURCE_WORD.test(again)) for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i]!.anonymous) return i;
    }
    const name = role.charAt(0).toUpperCase() + role.slice(1);
    // "A man traveling with two young children", "the mother": a gendered noun is their gender.
    const gender = genderOfRole(bare);
    this.list.push({ name, tokens: new Set(bare.toLowerCase().split(/\s+/).filter((w) => !DESCRIPTION_FILLER.test(w))), role: bare, evidence: true, unnamed: true, male: gender === 'm' ? 2 : 0, female: gender === 'f' ? 2 : 0 });
    return this.list.length - 1;
  }

  /** An unnamed speaker the text gives a first name to ("only her first name, Kendra"): known by it from now on, and by the role still. */
  givenName(index: number, name: string): void {
    const p = this.list[index]!;
    (p.otherRoles ??= new Set()).add(p.name.replace(/^(?:the|a|an|one)\s+/i, ''));
    p.name = name;
    p.tokens = new Set([name.toLowerCase()]);
    p.unnamed = false;
  }

  /** A description the text also gives someone ("an older man in a Route 47 cap"): a way to ask for them, and their gender if it says. */
  /** `describe`, by the phrase the text called them by: "the former champion" → "former champion". */
  describeAs(index: number, phrase: string): void {
    this.describe(index, phrase.trim().replace(/^the\s+/i, ''));
  }

  describe(index: number, description: string): void {
    const person = this.list[index]!;
    (person.otherRoles ??= new Set()).add(description);
    const gender = genderOfRole(description);
    if (gender === 'm') person.male += 2;
    if (gender === 'f') person.female += 2;
  }

  /** The person whose role contains this role noun ("the spokesman"), most recent first; else one its synonym names ("the skipper" for the captain). */
  byRoleNoun(noun: string, before: readonly PersonMention[], phrase = ''): number | undefined {
    // ("the Liberal Democrat councillor" after "Cllr Tom Pryce-Whitley, who represents …": a
    // party or a place the text had not yet said of the holder; the role's own words still count.)
    const untagged = phrase.replace(/(?<=^\s*the\s+)(?:\p{Lu}[\p{L}-]*\s+)+(?=\p{Ll})/u, '');
    const whole = this.byRoleWord(noun, before, phrase);
    const tagged = whole === undefined && untagged !== phrase ? this.byRoleWord(noun, before, untagged) : undefined;
    // (Readers ask for them so too: "what did the Liberal Democrat councillor say".)
    if (tagged !== undefined) this.describeAs(tagged, phrase);
    const own = whole ?? tagged;
    // Only "the skipper" goes back to someone named before: "one senior backbencher" is someone new.
    if (own !== undefined || !/^\s*the\s/i.test(phrase)) return own;
    for (const other of roleSynonyms(noun)) {
      const holder = other === noun ? undefined : this.byRoleWord(other, before, phrase);
      if (holder !== undefined) return holder;
    }
    return undefined;
  }

  private byRoleWord(noun: string, before: readonly PersonMention[], phrase: string): number | undefined {
    // "the flight director" is the flight director, not the deputy director named after her.
    const modifiers = phrase.toLowerCase().split(/\s+/).filter((w) => w && w !== noun && !/^(?:the|a|an|one)$/.test(w));
    const indefinite = /^\s*(?:a|an)\s/i.test(phrase) && modifiers.length > 0;
    let best: number | undefined;
    let bestFit = -1;
    for (let i = before.length - 1; i >= 0; i--) {
      const person = this.list[before[i]!.person]!;
      // "Councillor Margaret Ashdown, cabinet member for adult social care": "the cabinet member"
      // is her too, though her title is the role shown.
      // (Not a clause about them: "who asked the judge to …" is no judge.)
      for (const role of [...rolesOf(person), ...(person.titles ?? [])].filter((r) => r === person.role || !/^(?:who|whose|which|that)\b/i.test(r)).map((r) => r.toLowerCase())) {
        // A bare title ("Cllr" → councillor) takes what the main role says of it: "the opposition
        // councillor" is Cllr Tom Rafferty, leader of the Liberal Democrat opposition group.
        const words = role.split(/\s+/).length === 1 && person.role && role !== person.role.toLowerCase() ? [...role.split(/\s+/), ...person.role.toLowerCase().split(/\s+/)] : role.split(/\s+/);
        // Another role counts only whole: "the union leader" is not the "district leader".
        if (role !== person.role?.toLowerCase() && !modifiers.every((w) => words.includes(w))) continue;
        // "a library spokesperson" is someone new after "a spokesperson for the elections board":
        // an indefinite phrase whose words the known role lacks, when that role names whose it is.
        if (indefinite && !modifiers.every((w) => words.includes(w)) && words.some((w) => w !== noun && !ROLE_FILLER.test(w))) continue;
        const at = words.indexOf(noun);
        // "the canal chief" after "Samir Haddani, chairman of the canal authority": a word for a
        // leader finds whoever heads what the phrase names ("canal"), a little below someone whose
        // role has the word; not the union's co-chair for "the trust's chief".
        const leads = at < 0 && LEADER_WORDS.has(noun) && HEAD_ROLE.test(role) && !NOT_THE_HEAD.test(role) && modifiers.some((w) => words.includes(w));
        // "the union official" after "Janet Mwangi, regional organiser for the Public Services
        // Alliance union": an official of what the phrase names is whoever holds a role in it.
        const holdsOffice = at < 0 && !leads && OFFICE_HOLDER.test(noun) && modifiers.length > 0 && modifiers.every((w) => words.includes(w));
        if (at < 0 && !leads && !holdsOffice) continue;
        // "chief analyst at Tidewater" has the word only as a modifier of another role: an analyst.
        const modifies = at >= 0 && isRoleNoun(words[at + 1]?.replace(/[^\p{L}-]/gu, '') ?? '');
        const fit = modifiers.filter((w) => words.includes(w)).length - (leads ? 0.25 : 0) - (holdsOffice ? 0.5 : 0) - (modifies ? 0.5 : 0);
        if (fit > bestFit) {
          best = before[i]!.person;
          bestFit = fit;
        }
      }
    }
    return best;
  }
}

/** Words of a role that say nothing of whose it is: "spokesperson for the board" names the board. */
const ROLE_FILLER = /^(?:the|a|an|of|for|at|in|on|to|and)$/;

/** Words for anyone holding a post in a body: "the union official", "the council representative". */
const OFFICE_HOLDER = /^(?:official|representative|rep)$/i;

/** "supplied by (Nashville-based) ", "built by the ": what a body did to what the sentence is about. */
const AGENT_BEFORE = /\b(supplied|made|built|developed|designed|provided|operated|run|owned|manufactured|installed|maintained)\s+by\s+(?:the\s+)?(?:[\p{L}-]+-based\s+)?$/iu;
/** The body that did it, as readers call it: "the supplier", "the operator". */
const AGENT_KIND: Readonly<Record<string, string>> = {
  supplied: 'supplier', made: 'maker', built: 'builder', developed: 'developer', designed: 'designer', provided: 'provider',
  operated: 'operator', run: 'operator', owned: 'owner', manufactured: 'manufacturer', installed: 'installer', maintained: 'contractor',
};

/** A name's capitalised words ("Association", "General", not "of"). */
const capitalised = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
/** A body's initials from its name as written: "Health and Safety Executive" → "hse". */
const initialsOfName = (name: string) => initialsOf(capitalised(name));

/** The word after "of" or "for" right before a name: "General" in "the Association of General Dental Practitioners". */
const REMIT_WORD_BEFORE = /\b(?:of|for)\s+(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * Organisations named in a paragraph: runs ending in an organisation word, acronyms used as a body
 * ("the FDA said", "an FDA official"), and runs an apposition calls a body ("Taxpayers for a Fair
 * Millbrook, a group that …").
 */
function organisationsIn(text: string, names: readonly NameMention[]): { org: OrgMention; kinds: string[] }[] {
  const out: { org: OrgMention; kinds: string[] }[] = [];
  // "U.S. Attorney for the Southern District of Ohio Kenneth L. Parker": a body's name ends where
  // the name of the person holding a title of it begins.
  // (Not a name that ends on a body's word: "The Medicines Safety and Licensing Agency, the UK’s
  // medicines regulator," is one body, whatever role its apposition gives "Licensing Agency".)
  // (Not after "of" and a title's word: "the Association of General Dental Practitioners" is one body.)
  const remitTitle = (m: NameMention) => ROLE_NOUNS.has(REMIT_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '');
  // (A person's name, by a given name, a title or a role's word before it: not what the body is
  // for, "Academic Standards" in "The Office for Academic Standards, the higher-education regulator
  // for England", nor "Craft Bakers" in "the Guild of Independent Craft Bakers".)
  const wordBefore = (m: NameMention) => /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '';
  const someone = (m: NameMention) => m.honorific || isGivenName(nameTokens(m.tokens)[0] ?? '') || isRoleNoun(wordBefore(m).toLowerCase());
  const holders = names.filter((m) => m.personLike && m.role && kindsOfHead(m.tokens.at(-1)!).length === 0 && !remitTitle(m) && !/^(?:of|for|and|the)$/i.test(wordBefore(m)) && someone(m));
  for (const found of findOrganisations(text)) {
    const holder = holders.find((m) => m.start > found.start && m.start < found.end);
    const cut = holder ? text.slice(found.start, holder.start).trimEnd() : undefined;
    const org = cut ? { ...found, text: cut, end: found.start + cut.length, initials: initialsOfName(cut) } : found;
    const kind = orgApposition(text.slice(org.end, org.end + 80));
    const described = describedAs(text, org.start);
    const kinds = kind ? [kind] : [];
    // "The campaign group Living Well Alliance": what the text calls it is how readers ask for it.
    if (described) kinds.push(described.noun, described.phrase);
    // "a scheduling system supplied by Nashville-based Palisade Systems": the supplier.
    const agent = AGENT_BEFORE.exec(text.slice(Math.max(0, org.start - 60), org.start))?.[1]?.toLowerCase();
    if (agent && AGENT_KIND[agent]) kinds.push(AGENT_KIND[agent]!);
    // ("The resort’s operator, Société des Remontées de l’Orsière,": or what the text calls it.)
    if (org.kinds.length || kind || described) out.push({ org, kinds });
    else if ((org.acronym || org.branch) && (/\b(?:the|an?)\s+$/i.test(text.slice(Math.max(0, org.start - 5), org.start)) || SPEAKS_AFTER.test(text.slice(org.end, org.end + 140)))) out.push({ org, kinds });
  }
  /** Whether a body found already covers any of `start`..`end`. */
  const taken = (start: number, end: number) => out.some(({ org }) => start < org.end && end > org.start);
  // "the lottery operator, Meridian Lotteries,": a name the text sets off after a body's noun is
  // that body's, whatever its words ("the operator said" is it).
  for (const m of names) {
    if (taken(m.start, m.end)) continue;
    const apposed = APPOSED_BODY_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!apposed || !isOrgNoun(apposed[2]!) || !/^\s*,/.test(text.slice(m.end))) continue;
    // ("The developer, Dale Whitacre, said": a given name and a surname are the developer's own.)
    if (m.personLike && m.tokens.length <= 3 && isGivenName(m.tokens[0]!)) continue;
    out.push({ org: { text: m.text, start: m.start, end: m.end, kinds: [], acronym: false, initials: initialsOfName(m.text) }, kinds: [apposed[2]!.toLowerCase(), apposed[1]!.toLowerCase().replace(OWNER_BEFORE, '')] });
  }
  // "The city of Bramford said in a statement": a local government, by the place it governs,
  // speaking ("the city" is it after that). So is "an order that directed the city of Marlow
  // Springs to cut pumping": one acted on. Not "in the city of Bramford", a place.
  for (const m of text.matchAll(GOVERNMENT_OF_PLACE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    const place = PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!));
    if (taken(start, end) || (place && !SPEAKS_AFTER.test(text.slice(end, end + 140)))) continue;
    const name = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    out.push({ org: { text: name, start, end, kinds: [m[2]!.toLowerCase()], acronym: false, initials: initialsOfName(name) }, kinds: [m[2]!.toLowerCase()] });
  }
  // "Tavrenia’s coast guard said", "Belmora’s foreign ministry summoned …": a body known by
  // whose it is (a country's, a city's) and its noun in lower case; "the ministry" and "it" after.
  for (const m of text.matchAll(OWNED_BODY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const head = m[3]!.toLowerCase();
    if (taken(start, end) || !(isOrgNoun(head) || /\bguard$/.test(head))) continue;
    // ("Rowan’s label, Harbourline Records, said": the body's name, set off after it, is the body.)
    const named = /^,\s+/.exec(text.slice(end));
    if (named && out.some(({ org }) => org.start === end + named[0].length)) continue;
    const noun = head.split(/\s+/).at(-1)!;
    out.push({ org: { text: m[0], start, end, kinds: [], acronym: false, initials: '' }, kinds: [...new Set([head, noun, m[2]!.toLowerCase().trim()])] });
  }
  // "Brantley’s said in a statement", "Harwell’s says": a shop named with a possessive speaks as a
  // company (a person's "’s" is followed by what is theirs, not by a speech verb).
  for (const m of text.matchAll(POSSESSIVE_COMPANY)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    if (taken(start, start + m[1]!.length)) continue;
    const words = m[1]!.replace(/[’']s$/, '').split(/\s+/);
    out.push({ org: { text: m[1]!, start, end: start + m[1]!.length, kinds: ['company'], acronym: false, initials: initialsOf(words) }, kinds: ['company'] });
  }
  return out;
}


/** Nouns for a part of a government, which no company is. */
const GOVERNMENT_NOUN = /^(?:ministry|department|government|council|agency|commission|regulator|police|court|embassy|office|parliament|senate|assembly|administration)$/;

/** "Tavrenia’s coast guard", "Belmora’s foreign ministry" (group 1: whose, group 2: the phrase, group 3: the noun). */
const OWNED_BODY = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)[’']s\s+((?:(?!the\b|a\b|an\b)[\p{Ll}-]+\s+)?((?:coast|border|national)\s+guard|[\p{Ll}-]+))(?![\p{L}’'-])/gu;

/** A preposition (or a verb of going) right before "the city of …": where, not who. */
const PLACE_PREPOSITION_BEFORE = new RegExp(`\\b(?:${[...PLACE_PREPOSITIONS, 'throughout', 'of', 'within', 'beyond', 'for', 'on', 'by', 'past', 'leaving', 'visiting', 'entering', 'reached', 'reaching'].join('|')})\\s+$`, 'i');

/** "The city of Bramford" (group 1: "city of Bramford", group 2: the kind of government). */
const GOVERNMENT_OF_PLACE = /\b[Tt]he\s+((city|town|village|county|borough|state|province|parish)\s+of\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

/** Whose the body is, opening its noun: "museum’s " in "museum’s insurer" (the museum is not what readers call it). */
const OWNER_BEFORE = /^[\p{Ll}-]+[’']s\s+/u;
/** "the lottery operator, " right before a name: a body's noun, set off by a comma (group 2: the noun). */
// (Not after a preposition: "a spokesperson for the company, Priya Halloran," is the spokesperson.)
// (Opening a sentence too, and whose it is: "The museum’s insurer, Granite Mutual Fine Art,".)
// (Or a name's: "Rowan’s label, Harbourline Records,".)
const APPOSED_BODY_BEFORE = /(?<!\b(?:for|of|at|with|from|to|by|in|on|about|against)\s+)\b(?:[Tt]he|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}-]+[’']s)\s+((?:[\p{Ll}-]+[’']s\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s+$/u;

/** A role that is someone's relative: "Stanzin’s niece", "his daughter", "their youngest son". */
// ("Their son, Daniel, a sound recordist": the name's own role, with whose it is left to the text.)
const KIN_ROLE = /^(?:(?:[\p{Lu}][\p{L}-]*[’']s|his|her|their|my|our)\s+(?:[\p{Ll}-]+\s+)?)?(?:niece|nephew|son|daughter|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|cousin|aunt|uncle|widow|widower|stepson|stepdaughter|girlfriend|boyfriend|fiancée?)$/u;
/** A relative's word, whose family name a given name alone takes ("Mr Askew’s widow, Gemma,"). */
const KIN_WORDS = 'widow|widower|wife|husband|partner|son|daughter|mother|father|brother|sister';
/** …as a role alone ("His daughter, Catriona,"). */
const KIN_WORD = new RegExp(`^(?:${KIN_WORDS})$`);
/** A family role owned by someone named by surname: "Mr Askew’s widow" (group 1: the surname). */
const KIN_OF_NAMED = new RegExp(`^(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?(\\p{Lu}[\\p{L}-]+)[’']s\\s+(?:${KIN_WORDS})$`, 'u');

/** Kinds of body known by the last word of their name. */
const TEAM_KINDS = new Set(['team', 'club', 'franchise', 'side']);

/** Roles a company gives (not a place: "Les Arcelles mayor"), as they stand between its name and a person's. */
const COMPANY_ROLE = /^(?:ceo|cfo|coo|cto|(?:co-)?founder|president|chair(?:man|woman|person)?|(?:managing\s+)?director|chief(?:\s+[\p{L}-]+){1,2}|spokes(?:man|woman|person)|analyst|economist|strategist|owner|boss|executive)$/iu;

/** A company's officers: a body one of them heads is a company. */
const EXECUTIVE = /^(?:ceo|cfo|coo|cto|(?:co-)?founder|chief\s+(?:executive|financial|operating|technology)(?:\s+officer)?)$/i;

/**
 * "the campaign group ", "the ferry operator ": a description right before a body's name. Wire
 * copy drops the article after a preposition: "a 4.5% offer from port operator Meridian Terminals".
 */
// ("LEEDS: Supermarket chain Hartwell's has posted …": or at the sentence's start.)
// ("the food and grocery app Zipbox": two modifiers joined by "and".)
const DESCRIBED_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|from|by|with|to|at|for|against|of|between)\s+|(?:^|[:.!?]\s+|[—–]\s*))((?:[\p{L}-]+\s+(?:(?:and|or|&)\s+(?=\p{Ll}))?){0,2}([\p{Ll}-]+))\s+$/u;

/**
 * "according to its developer, Cambridge, Massachusetts-based Halvern Biotherapeutics": a thing's
 * maker, owner or operator, set off by a comma; a body even when the noun could be a person's role.
 * So is "the festival’s parent company, Highmark Sound Collective,".
 */
// ("The resort’s operator, Société des Remontées de l’Orsière,": opening the sentence too.)
// ("Rowan’s label, Harbourline Records,": a name may own it.)
const DESCRIBED_APPOSED = /\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+[\p{L}-]+(?:’s|'s|s’|s')|\p{Lu}[\p{L}-]+(?:’s|'s))\s+((?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+)),\s+(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s+)?(?:[\p{L}.-]+-based\s+)?$/u;

/**
 * "The documentary maker Kofi Mensah-Darby", "the record producer Jay Ortiz": a maker of films,
 * programmes or policy is a person, where "the phone maker Vantor" is a company.
 */
const MAKER_OF_WORKS = /\b(?:documentary|film|movie|programme|program|television|tv|podcast|video|music|record|theatre|theater|policy|decision|peace|trouble|match|law)\s+(?:maker|producer)$/i;

/**
 * The body noun ("group") and its whole phrase ("campaign group") the text puts right before the
 * name at `start` (`owned`: set off as a thing's, see DESCRIBED_APPOSED).
 */
/** Nouns for a person's work that as often name a firm or a public body: "the regulator Ofgem", "administrator Interpath". */
const BODY_OR_PERSON = /^(?:regulator|auditor|administrator|contractor|developer|operator|supplier)$/;

function describedAs(text: string, start: number): { noun: string; phrase: string; owned?: true } | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = DESCRIBED_BEFORE.exec(before);
  if (m) return isOrgNoun(m[2]!) && !MAKER_OF_WORKS.test(m[1]!) ? { noun: m[2]!.toLowerCase(), phrase: m[1]!.toLowerCase() } : undefined;
  const owned = DESCRIBED_APPOSED.exec(before);
  return owned && isOrgNoun(owned[2]!) ? { noun: owned[2]!.toLowerCase(), phrase: owned[1]!.toLowerCase(), owned: true } : undefined;
}

const WHICH_CAMPAIGNS = /^,\s+which\s+(?:\p{Ll}+ly\s+)?(?:campaigns|lobbies|advocates)\b/u;
const WHICH_TRADES = /^,\s+which\s+(?:\p{Ll}+ly\s+)?(?:sells|makes|manufactures|builds|supplies|produces|publishes|operates)\b/u;

/** ", a group formed in 2019", ", the cloud software company best known for": the body noun. */
function orgApposition(text: string): string | undefined {
  // ("the Rail Operators Partnership (ROP), which represents …": past its initials.)
  // ("Pacewell, the Portland, Oregon, company behind …": a town and its state, as one modifier.)
  const after = text.replace(/^\s*\(\p{Lu}{2,6}\)/u, '').replace(TOWN_AND_STATE_MODIFIER, '$1$2-$3 ');
  // "The United Mine Workers of America, which represents about 240 of the mine’s 310 workers,".
  if (REPRESENTS_WORKERS.test(after)) return 'union';
  // "The Heartland Egg Council, which represents producers in Iowa": an industry's group.
  if (/^,\s+which\s+represents\s/i.test(after)) return 'group';
  // "Free the Herds UK, which campaigns against …", "Gatewave Ticketing, which sells seats for
  // …": what only a body does ("which", never "who"): a campaign group, a company.
  if (WHICH_CAMPAIGNS.test(after)) return 'group';
  if (WHICH_TRADES.test(after)) return 'company';
  // "Meridian Proxy Advisors, one of the two biggest firms that advise …": one of a kind of body.
  const oneOf = /^(?:’s|'s)?,\s+one\s+of\s+(?:the|its|their|our)\s+(?:[\p{L}\d-]+\s+){0,3}?([\p{L}-]+?)(ies|s)\b/u.exec(after);
  const kind = oneOf ? `${oneOf[1]!}${oneOf[2] === 'ies' ? 'y' : ''}`.toLowerCase() : undefined;
  if (kind && isOrgNoun(kind)) return kind;
  // ("Hartwell Mutual, the museum’s insurer,": an owner's word may stand before it.)
  // (So may a plural owner: "Keep Kelderdale Wild, a residents’ group formed in 2022,".)
  const m = /^(?:’s|'s)?,\s+(?:the|a|an)\s+((?:[\p{L}-]+(?:’s|'s|(?<=s)[’'])?\s+){0,4}[\p{L}-]+)/u.exec(after);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const closes = /^\s*[,.;]|^\s*$/.test(after.slice(m[0].length));
  // The body noun ends its phrase: "a San Francisco startup whose …", "a group formed in 2019";
  // not "a company spokesman", who is a person.
  // Only modifiers before it: "a seismologist at Sierra Costa University" is a person.
  const head = words.findIndex((w, i) => isOrgNoun(w) && (i === words.length - 1 ? closes : APPOSITION_GOES_ON.test(words[i + 1]!) || /^\p{Lu}\p{Ll}/u.test(words[i + 1]!)));
  const modifiers = head >= 0 ? words.slice(0, head) : [];
  // "Kerry Ashworth, the Royal College of Midwives’ workplace representative": the body owns the
  // role that follows; the name is a person's.
  const owner = words.findIndex((w, i) => i > head && /(?:’s|'s|s’|s')$/.test(w));
  const owned = owner > head ? after.slice(m[0].length).split(/[,.;:]/)[0]!.split(/\s+/) : [];
  if (head >= 0 && owner > head && [...words.slice(owner + 1), ...owned].slice(0, 4).some((w) => isPersonNoun(w.toLowerCase()))) return undefined;
  // "Inspector Damien Rourke, the Tarrawong Police District commander,": the body's name goes on
  // in capitals and ends on a person's noun; the name is the person's.
  const tail = words.slice(head + 1);
  if (head >= 0 && closes && tail.length > 0 && tail.slice(0, -1).every((w) => /^\p{Lu}/u.test(w)) && /^\p{Ll}/u.test(tail.at(-1)!) && isPersonNoun(tail.at(-1)!)) return undefined;
  // ("the tour’s official ticketing company": "official" there says what kind, it is no person.)
  // ("the running and cycling app": two modifiers joined by "and".)
  const modifies = (w: string, i: number) => (!NOT_A_MODIFIER.test(w) || (/^(?:and|or)$/.test(w) && i > 0 && i < modifiers.length - 1)) && (!isRoleNoun(w.toLowerCase()) || ADJECTIVE_ROLES.test(w));
  return head >= 0 && modifiers.every(modifies) ? words[head]!.toLowerCase() : undefined;
}

/** ", the Portland, Oregon, company": a town and its state set off by commas before a noun (or "-based"). */
// ("Great Lakes Air Freight, a Toledo, Ohio-based carrier": so is where it is based.)
const TOWN_AND_STATE_MODIFIER = /^((?:’s|'s)?,\s+(?:the|a|an)\s+)(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}),\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)(?:,\s+|(?<=-based)\s+)(?=\p{Ll})/u;

/** A body that speaks for a workforce, "which represents" or "a group representing about 2,400 employees": a union, whatever its name says. */
const REPRESENTS_WORKERS = /^,\s+(?:which\s+represents|(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:group|body|organi[sz]ation)\s+(?:that\s+represents|representing))\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){0,60}?\b(?:workers|employees|staff|nurses|teachers|doctors|drivers|miners|pilots|members|officers|firefighters)\b/i;

/** Role nouns that are also adjectives before a body noun: "an OFFICIAL ticketing company". */
const ADJECTIVE_ROLES = /^(?:official|chief|principal|senior|leading|former)$/i;

/** Words that cannot stand before a body noun in its own phrase. */
const NOT_A_MODIFIER = /^(?:at|of|in|for|with|from|on|by|to|the|a|an|and|or|who|which|that)$/i;

/** Words after a body noun that go on about the body: "a group FORMED in 2019", "a startup WHOSE agents …". */
const APPOSITION_GOES_ON = /^(?:that|which|who|whose|formed|founded|based|best|known|set|created|launched|representing|made|of|for|in|with|behind)$/;

function asOrg(m: NameMention, brands?: ReadonlyMap<string, string>): OrgMention {
  return { text: brands?.get(m.text) ?? m.text, start: m.start, end: m.end, kinds: [], acronym: false, initials: initialsOf(m.tokens) };
}

/**
 * Names the text never writes without their "’s" ("Hartwell’s has posted …", "a Hartwell’s
 * spokesman", "Hartwell’s plans to open …"): a business named for its founder, as Sainsbury’s is.
 * The name with it, by the name without.
 */
function brandPossessives(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, { written: string; n: number }>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\p{L}’'-])(\p{Lu}[\p{Ll}-]+)([’']s)(?![\p{L}])/gu)) {
      const c = counts.get(m[1]!) ?? { written: `${m[1]}${m[2]}`, n: 0 };
      c.n++;
      counts.set(m[1]!, c);
    }
  }
  const out = new Map<string, string>();
  for (const [name, { written, n }] of counts) {
    const bare = new RegExp(`(?<![\\p{L}’'-])${name}(?![\\p{L}-]|[’']s(?![\\p{L}]))`, 'u');
    if (n >= 3 && !texts.some((t) => bare.test(t))) out.set(name, written);
  }
  return out;
}

/** A live entry's clock time: "11:15", "9:10 a.m.", "11.42am". */
const CLOCK_STAMP = String.raw`\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?`;
/** A live entry's time stamp and the space after it: "11:15 ", "9:10 a.m. ". */
// ("1:47 p.m. ET — ": with its time zone (sentences.ts's TIME_ZONES), and the dash some blogs put after it.)
const ENTRY_STAMP = String.raw`${CLOCK_STAMP}(?:\s*(?:${TIME_ZONES})\b)?\s+(?:[—–-]\s+)?`;
/** The same opening a sentence: "9:10 a.m. — ". */
const LIVE_STAMP = new RegExp(`^${ENTRY_STAMP}`, 'i');

// "A Western diplomat who attended …, said", "An FDA official, who …", "One manager who kept her job":
// a speaker the text never names, opening a sentence (after a conjunction too: "But a senior
// manager at another trust …"); or after the verb, when the sentence is turned round: "Among the
// trial’s volunteers was a 74-year-old retired teacher …"; after a live entry's time stamp too
// ("14:05 A woman who lives above a shop … told us").
const UNNAMED_SUBJECT = new RegExp(
  String.raw`^(?:${ENTRY_STAMP})?(?:(?:on|in|at|outside|inside|near|after|before|during|late|early|earlier|later|last|separately|meanwhile|but|and|however)\b[^,]{0,60},\s*|(?:but|and|yet)\s+|among\s+[^,]{3,60}?\s+(?:was|were)\s+)?(?=(?:a|an|one|another)\s|the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:’s|'s)\s|the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:of|at)\s+(?:the\s+)?\p{Lu})`,
  'iu',
);
/** A quotation, then its speech verb, right before a name: "“…,” said ". */
const QUOTE_THEN_SAYER = new RegExp(`^\\s*[“"‘][^“”"]{1,600}[,.!?]?[”"’]\\s+(?:${[...SPEECH_VERBS].join('|')})\\s+$`, 'u');

/**
 * "Food vendors were also counting their costs. Priya Hollis, who runs …, said …", "But nurses at
 * the hospital say … Jo Pennington, a ward sister, said …": a sentence that opens on people of a
 * kind, then one who opens the next sentence by name, is one of them; readers ask for "the food
 * vendor", "the nurse".
 */
function describeByGroupBefore(p: Paragraph, found: readonly PersonMention[], people: People, previous?: Paragraph): void {
  const spans = [...sentenceSpans(p)];
  // (Or the last sentence of the paragraph before: "For farmers on the town's fringes, the
  // restrictions add to an already difficult season." ¶ "Graham Pattinson, who runs sheep …".)
  const before = previous ? [...sentenceSpans(previous)].at(-1) : undefined;
  for (let k = before ? 0 : 1; k < spans.length; k++) {
    // (Or the one who says a quotation opening the sentence: "Some residents near the pilot sites
    // say the difference is plain. “…,” said Tamika Bell, 52.")
    const sayer = found.find((f) => f.start > spans[k]!.start);
    // (In the same paragraph only: a group the paragraph before ends on is often whom an expert is set against.)
    const saysQuote = k > 0 && sayer !== undefined && QUOTE_THEN_SAYER.test(p.text.slice(spans[k]!.start, sayer.start));
    const named = found.find((f) => f.start === spans[k]!.start + (spans[k]!.text.length - spans[k]!.text.trimStart().length)) ?? (saysQuote ? sayer : undefined);
    if (!named || orgLike(people.list[named.person]!)) continue;
    const group = GROUP_OPENING.exec(k === 0 ? before!.text : spans[k - 1]!.text);
    // (Someone unnamed is one of the group only as "Among crew members, …" puts it.)
    if (!group || (people.list[named.person]!.unnamed && group[4] === undefined)) continue;
    const noun = (group[2] ?? group[4])!.toLowerCase();
    const modifier = group[1] ?? group[3];
    const single = noun.replace(/(?<=[^s])s$/, '');
    if (single === noun || !isPersonNoun(single)) continue;
    people.describe(named.person, `${modifier ? modifier.toLowerCase() : ''}${single}`);
  }
}

/** Words for people of a kind that are other words too ("regular", "junior"): see ROLE_KINDS. */
const KINDS_OF_PEOPLE = new Set(Object.values(ROLE_KINDS).flat());
/** One of the people a plural noun names ("swimmers" → "swimmer", "firemen" → "fireman"), or undefined when it names no people. */
function oneOfThem(plural: string): string | undefined {
  const one = plural.toLowerCase().replace(/men$/, 'man').replace(/s$/, '');
  return isPersonNoun(one) || KINDS_OF_PEOPLE.has(one) ? one : undefined;
}
/** "Among the regulars at Inkwell & Oak is " (group 1: the plural noun). */
const AMONG_THEM_IS = /(?:^|[.!?]\s+)Among\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*(?:s|men))\b[^,.;:“”"‘]{0,60}?\s+(?:is|was)\s+$/u;

/** "One customer, retired bus driver ": one of a kind of people, set off before a name (group 1: the noun's phrase). */
const ONE_OF_BEFORE = /(?:^|[.!?]\s+|\b(?:but|and)\s+)(?:one|another|a|an)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*),\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/iu;

/**
 * "One customer, retired bus driver Brian Tolley, 71, said …": the one the sentence opens on,
 * by a word for a person, is the one it names; readers ask for "the customer".
 */
function describeByOneOf(p: Paragraph, found: readonly PersonMention[], people: People): void {
  for (const m of found) {
    const person = people.list[m.person]!;
    if (person.unnamed || orgLike(person)) continue;
    const one = ONE_OF_BEFORE.exec(p.text.slice(Math.max(0, m.start - 80), m.start));
    const noun = one?.[1]!.split(/\s+/).at(-1);
    if (noun && isPersonNoun(noun.toLowerCase())) people.describe(m.person, one![1]!.toLowerCase());
    // ("Among the regulars at Inkwell & Oak is Margaret Doyle": one of them, the sentence turned round.)
    const among = AMONG_THEM_IS.exec(p.text.slice(Math.max(0, m.start - 100), m.start))?.[1]?.toLowerCase();
    const kind = among === undefined ? undefined : oneOfThem(among);
    if (kind) people.describe(m.person, kind);
  }
}

/**
 * "Caleb Strand had never thrown more than 104 pitches … The Lakemont State junior right-hander got
 * Ruiz to chase …": a paragraph that opens on "the" and a word for a person, naming no one before
 * its verb, goes on about whoever the paragraph before opened on; readers ask for "the
 * right-hander", "the 91-year-old great-grandmother".
 */
function describeByEpithet(p: Paragraph, found: readonly PersonMention[], mentions: readonly PersonMention[], people: People): void {
  // (Someone the text shows is a person: by a role or a gender, not "Public Service Loan Forgiveness".)
  const named = (m: PersonMention) => !orgLike(people.list[m.person]!) && !people.list[m.person]!.unnamed;
  const spans = [...sentenceSpans(p)];
  for (const [k, { text, start }] of spans.entries()) {
    // ("With that, one of the most decorated American swimmers of her generation closed a career":
    // one of a kind, said of the one the paragraph before opened on; readers ask for "the swimmer".)
    const one = k === 0 ? ONE_OF_EPITHET.exec(text) : null;
    const kind = one ? oneOfThem(one[1]!) : undefined;
    if (one && kind && !found.some((f) => f.start >= start && f.start < start + one[0].length)) {
      const before = mentions.find((x) => x.paragraph === p.number - 1 && named(x));
      const person = before ? people.list[before.person]! : undefined;
      // (A person's name, given in full: not "Capitol Aquatics Center".)
      if (before && person && (person.role !== undefined || genderOf(person) !== 'any' || person.fullName === true)) people.describe(before.person, kind);
      continue;
    }
    const m = EPITHET_OPENING.exec(text);
    if (!m || found.some((f) => f.start >= start && f.start < start + m[0].length)) continue;
    if (k === 0) {
      // The paragraph's opening: whoever the paragraph before opened on.
      const before = mentions.find((x) => x.paragraph === p.number - 1 && named(x));
      if (before) describeAsEpithet(m, before.person, people);
      continue;
    }
    // "It was a brutal reversal for Brandt, who had started from pole. The German had eased out a
    // lead …": a later sentence goes on about the one person the sentence before names.
    const previous = spans[k - 1]!;
    const inPrevious = new Set(found.filter((f) => f.start >= previous.start && f.end <= previous.end && named(f)).map((f) => f.person));
    if (inPrevious.size === 1) describeAsEpithet(m, [...inPrevious][0]!, people);
  }
}

/** Gives `index` the description an EPITHET_OPENING match `m` holds, when it fits them. */
function describeAsEpithet(m: RegExpExecArray, index: number, people: People): void {
  // (Not the words of a name in it: "The Lakemont State junior right-hander" is "the junior right-hander".)
  // (A nationality is the head, capitals and all: "The 22-year-old Swede".)
  const all = m[1]!.split(/\s+/);
  const demonym = /^\p{Lu}/u.test(all.at(-1)!) && isPersonNoun(all.at(-1)!);
  if (/^\p{Lu}/u.test(all.at(-1)!) && !demonym) return;
  const words = all.filter((w, k) => !/^\p{Lu}/u.test(w) || (demonym && k === all.length - 1));
  const head = words.at(-1)!.toLowerCase();
  // (Not "The spokesman said", "The lawyer argued": those name someone else, as often as not.)
  if (!(isPersonNoun(head) || demonym) || OTHERS_AGENT.test(head) || SPEECH_VERBS.has(m[3]!.toLowerCase())) return;
  // (With an apposition, only an epithet proper, an age or a nationality: "The driver, a 51-year-old
  // man from Leicester, was arrested" is someone new.)
  if (m[2] !== undefined && !demonym && !/\d/.test(m[1]!)) return;
  const person = people.list[index]!;
  // (An age says the one before is a person: "The 22-year-old Swede" after Arvid Kjellberg.)
  if (person.role === undefined && genderOf(person) === 'any' && !/\d/.test(m[1]!)) return;
  const headWord = new RegExp(`\\b${head}\\b`, 'i');
  // (Nor "The mayor disagreed." after Council member Raj Patel: an office someone holds by title is
  // another person's than the office the text gave him.)
  if (person.role !== undefined && HONORIFICS.test(head) && !rolesOf(person).some((r) => headWord.test(r))) return;
  // ("The economist called …" after Harold Jensen, an economist, named before: him, already.)
  if (people.list.some((q) => q !== person && !q.unnamed && rolesOf(q).some((r) => headWord.test(r)))) return;
  if (genderOf(person) !== 'any' && genderOfRole(head) !== undefined && genderOfRole(head) !== genderOf(person)) return;
  people.describe(index, words.join(' ').toLowerCase());
  // ("…, a qualifier ranked 176th,": what the apposition says they are, too.)
  const apposed = m[2] ? /^([\p{Ll}-]+)/u.exec(m[2])?.[1] : undefined;
  if (apposed && isPersonNoun(apposed)) people.describe(index, apposed);
}

/**
 * "A builder who ignored repeated warnings … has been found guilty of manslaughter." ¶ "Darren
 * Whitlock, 52, of Hollins Lane, was convicted …": a paragraph that opens on someone unnamed, by a
 * noun for a person, and names no one, followed by one that opens on a name met for the first
 * time, is that person introduced; readers ask for "the builder".
 */
function describeByLeadBefore(p: Paragraph, found: readonly PersonMention[], mentions: readonly PersonMention[], people: People, previous?: Paragraph): void {
  const lead = previous ? UNNAMED_LEAD.exec(previous.text) : null;
  const named = found[0];
  if (!lead || !named || named.start !== 0 || mentions.some((m) => m.paragraph === previous!.number)) return;
  const person = people.list[named.person]!;
  // (Someone new, with no role of their own: not "Judge Andrew Pennington said".)
  if (person.unnamed || orgLike(person) || person.role !== undefined || mentions.some((m) => m.person === named.person && m.paragraph < p.number)) return;
  const noun = lead[2]!;
  if (!isPersonNoun(noun) || OTHERS_AGENT.test(noun) || (genderOfRole(noun) !== undefined && genderOf(person) !== 'any' && genderOfRole(noun) !== genderOf(person))) return;
  people.describe(named.person, noun);
  if (lead[1]) people.describe(named.person, `${lead[1]}${noun}`);
}

/** "A builder who …", "A 52-year-old company director from Stanworth has …" (group 1: modifiers, group 2: the noun). */
const UNNAMED_LEAD = /^(?:An?)\s+((?:[\p{Ll}\d-]+\s+){0,2}?)([\p{Ll}-]+)\s+(?:who|whose|from|of|in|has|have|was|is)\b/u;

/** "The 91-year-old great-grandmother from Kellingford took …" (group 1: the description, group 2: its verb). */
// ("The 22-year-old Swede, a qualifier ranked 176th, upset …": a nationality, and an apposition, group 3;
// "The 24-year-old Texan, seeded 12th, beat …": an apposition with no article.)
const EPITHET_OPENING = /^The\s+((?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}-]+)(?:\s+(?:from|of)\s+\p{Lu}[\p{L}-]*)?(?:,\s+(?:(?:a|an)\s+)?([^,“”"‘]{2,60}),)?\s+(\p{Ll}+(?:ed|s)|had|has|was|is|got|took|made|ran|won|went|came|said|upset|beat|hit|led|lost|left|held|kept|broke|fell|rose|saw|struck|threw|became)\b/u;

/** "With that, one of the most decorated American swimmers of her generation closed" (group 1: the plural noun). */
const ONE_OF_EPITHET = /^(?:[^,“”"‘]{2,40},\s+)?[Oo]ne\s+of\s+(?:the|\p{Lu}[\p{L}-]*[’']s?)\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*(?:s|men))(?:\s+(?:of|in|on|at)\s+[^,“”"‘]{2,60}?)?\s+(?:\p{Ll}+ed|had|has|was|is|became|made|won|took|left|closed|ended)\b/u;

/** A sentence opening on people of a kind: "Food vendors were", "But nurses at the hospital say" (group 1: a modifier, group 2: the noun). */
// ("Among crew members, the mood appeared hardened. A deckhand …, who asked not to be named, said": one of them.
// So is "For ticket holders, the news landed hard. Ada Pelletier, a retired schoolteacher, had seats …",
// and "For farmers on the town's fringes, …": where they are, too.)
const GROUP_OPENING = /^\s*(?:(?:But|And|So|Meanwhile|Elsewhere),?\s+)?(?:(?:Some|Many|Most|Several|Other|Local|Fellow|Dozens\s+of|Hundreds\s+of|\d[\d,]*|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-\p{Ll}+)?)\s+)?((?:\p{L}[\p{Ll}-]*\s+)?)(\p{Ll}[\p{Ll}-]*s)\s+(?:(?:at|in|from|on|across|around|near|outside|along)\s+[^,.;]{2,40}?\s+)?(?:were|are|have|had|say|said|says|told|described|complained|reported|warned|fear|feared|worry|worried|also|addressed|spoke|testified|queued|packed|protested)\b|^\s*(?:Among|For)\s+(?:the\s+|many\s+|some\s+|most\s+)?((?:\p{L}[\p{Ll}-]*\s+)?)(\p{Ll}[\p{Ll}-]*s)(?:\s+(?:on|in|at|from|across|around|near|outside)\s+[^,.;]{2,40}?)?,/u;

/** "…, who asked that only her first name, Kendra, be used,": the first name an unnamed speaker is given. */
const FIRST_NAME_GIVEN = /^[^.“”"]{0,80}?\b(?:only\s+)?(?:her|his|their)\s+first\s+name,?\s+(\p{Lu}\p{Ll}+)\b/u;

/** "The Prime Minister’s official spokesperson": someone known only as the one who speaks for a named owner. */
const OWNERS_SPOKESPERSON = /^the\s.*(?:’s|'s)\s+(?:[\p{L}-]+\s+){0,2}spokes(?:man|woman|person)$/iu;

/** ", an older man in a Route 47 cap who …": a description set off after an unnamed subject. */
const DESCRIBED_AFTER = /^,\s+((?:a|an)\s+[^,;:“”"‘]{3,60}?)(?=\s+(?:who|which|that|whose)\b|,)/i;

/** ", who arrived at the shelter shortly before 1 a.m.,": a clause about an unnamed subject (not one about staying unnamed). */
// ("One person who worked on the programme, who asked not to be named": without a comma too.)
const WHO_AFTER = /^,?\s+(who\s+(?!asked\b|declined\b|did\b|would\b|spoke\b|requested\b|refused\b|was not\b|is not\b)[^,;:“”"‘]{3,80}?),/i;
/** " waiting in line for bottled water said": what an unnamed subject was doing, right after the noun. */
const DOING_AFTER = /^\s+(\p{Ll}+ing\s+[^,;:“”"‘]{3,60}?)(?=\s*,|\s+(?:said|says|told|added)\b)/u;

/** What the text says of an unnamed speaker right after their noun: an apposition, a who-clause, what they were doing. */
/** " involved in the production’s finances,": where an unnamed subject works, by a participle. */
const PLACED_AFTER = /^\s+((?:involved|employed|working|based)\s+(?:in|at|on|with|for)\s+[^,;:“”"‘]{3,60}?)(?=\s*,)/u;

function descriptionAfter(after: string): string | undefined {
  return DESCRIBED_AFTER.exec(after)?.[1] ?? WHO_AFTER.exec(after)?.[1] ?? DOING_AFTER.exec(after)?.[1] ?? PLACED_AFTER.exec(after)?.[1];
}

/** "She asked not to be named.": the sentence after an unnamed person's, keeping them so. */
const ANONYMITY_NEXT = /^\s*(?:he|she|they)\s+(?:asked|requested|spoke|declined|did\s+not\s+want|didn['’]t\s+want)\b[^.!?]{0,60}?\b(?:named|identified|anonymity|name)\b/i;

function unnamedSubjects(p: Paragraph): { phrase: string; start: number; end: number; described?: string; anonymous?: boolean }[] {
  const out: { phrase: string; start: number; end: number; described?: string; anonymous?: boolean }[] = [];
  for (const s of sentenceSpans(p)) {
    const start = s.start;
    const lead = UNNAMED_SUBJECT.exec(s.text);
    if (!lead) continue;
    const rest = s.text.slice(lead[0].length);
    const role = rolePhrase(rest);
    if (!role) continue;
    // "A nurse, Jane Cole, said": a name follows, so the role is hers, not an unnamed speaker's.
    let phrase = rest.slice(0, role.phrase.length);
    // "A spokesperson for the trust", "a spokesman for the state commerce department", "a person
    // familiar with the talks".
    // ("the federal Mine Safety and Health Administration": a body's name may run to seven words.)
    const definite = /^the\s/i.test(rest);
    const whose = whoseRole(rest.slice(phrase.length), BEFORE_VERB) || (definite ? whoseRole(rest.slice(phrase.length), OF_BODY_BEFORE_VERB) : '');
    // "The headteacher of Ashcombe Community College said": a definite role goes back to someone
    // named before, unless it is of a body the text names, and then it is that office's holder.
    if (definite && !OWNERS_SPOKESPERSON.test(role.phrase) && !/^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}/u.test(whose)) continue;
    phrase += whose || (OF_GROUP_BEFORE_DEED.exec(rest.slice(phrase.length))?.[0] ?? '');
    // (So does "One customer, retired bus driver Brian Tolley, 71, said": a name after its role.)
    if (/^,?\s*(?:(?<=,\s*)(?:\p{Ll}[\p{L}-]*\s+){1,3}?)?\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest.slice(phrase.length))) continue;
    // The sentence goes on to say something of it.
    // (Or introduces a quotation: "One regular, who did not want to be named, was more blunt: ‘…’".)
    // (Or is the "he" of the quotation right after: "One member of the rigging crew backed the
    // county’s call. “Nobody wanted to go back up,” he said".)
    // (Or is someone the next sentence keeps anonymous: "Among those who received a letter was a
    // Marlbridge woman who … She asked not to be named.", whose words follow as "she said".)
    const anonymous = ANONYMITY_NEXT.test(p.text.slice(s.end, s.end + 200));
    if (!anonymous && !HAS_VERB.test(rest.slice(phrase.length)) && !/\b(?:declined|refused|confirmed)\b/i.test(rest) && !/^[^.!?“”"‘]{0,160}:\s*[‘“"]/u.test(rest.slice(phrase.length)) && !PRONOUN_QUOTE_NEXT.test(p.text.slice(s.end, s.end + 600))) continue;
    const phraseStart = start + lead[0].length;
    // "One rider, an older man in a Route 47 cap who declined to give his name,": also who they are.
    // So are "One woman, who arrived at the shelter with two dogs, said" and "A woman waiting in
    // line for bottled water said": what readers call them by ("the woman at the shelter").
    const described = descriptionAfter(rest.slice(phrase.length));
    out.push({ phrase, start: phraseStart, end: phraseStart + phrase.length, ...(described ? { described } : {}), ...(anonymous ? { anonymous } : {}) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Attribution

const VERB = [...SPEECH_VERBS].join('|');
/** An adverb before a speech verb ("quickly said"), not a noun that ends like one ("the family said"). */
const ADVERB = '(?!(?:family|families|assembly|supply|italy|july|rally|ally|belly|bully|jelly)\\b)\\w+ly';
const LEADING_PUNCT = /^[\s,.!?…—–’'-]*/;
// ("‘…’, as he once described it": the aside names the speaker too.)
const PRONOUN_AFTER = new RegExp(`^(?:as\\s+)?(he|she|it|they|i|we)\\s+(?:${ADVERB}\\s+|later\\s+|then\\s+|also\\s+|once\\s+)?(?:${VERB})\\b`, 'i');
const VERB_FIRST = new RegExp(`^(?:${VERB})\\b`, 'i');
// ("the 34-year-old said": an age is a word of the description too; "one grandmother told the board".)
const ROLE_SUBJECT = new RegExp(`^(?:the|a|an|one)\\s+((?:[\\p{L}\\d’'-]+\\s+){0,6}?)([\\p{L}\\d-]+)\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'iu');
/** "the source, who asked not to be named because …, told AFP": a relative clause between the role and its verb. */
const RELATIVE_ASIDE = new RegExp(`^((?:the|a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,6}?[\\p{L}-]+),\\s+(?:who|whose)\\s[^“”"‘,]{3,160},\\s+(?=(?:${ADVERB}\\s+)?(?:${VERB})\\b)`, 'iu');
const HAS_VERB = new RegExp(`\\b(?:${VERB})\\b`, 'i');
/** "its" later in a sentence: what the sentence's one-word subject owns, when nothing else could. */
const ITS_LATER = new RegExp(`^\\s+(?:${ADVERB}\\s+)?(?:says|said)\\b[^.;:“”"‘]*\\bits\\b`, 'iu');

/**
 * "One member OF THE STAGE RIGGING CREW backed …": the group someone unnamed is one of, before a
 * verb in the past (never cut after its article: in "of the injured family" the word describes
 * the family); or a group of lower-case words before the clause that describes them ("A relative
 * OF THE INJURED FAMILY, who asked …"; not "of Riverside Terrace", a place, nor "of Ms Batchelor").
 */
const OF_GROUP_BEFORE_DEED = /^\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+(?<!\b(?:the|a|an))(?=\s+\p{Ll}+ed\b)|^\s+of\s+the\s+(?:(?!(?:to|for|in|at|from|on|with|by)\s)\p{Ll}[\p{Ll}’'-]*\s+){0,3}\p{Ll}[\p{Ll}’'-]*(?=,\s+who\b)/u;
/** A quotation opening the next sentence, then "he said" / "she added" (see `unnamedSubjects`). */
const PRONOUN_QUOTE_NEXT = new RegExp(`^\\s*[“"‘][^”"]{1,500}?[,?!]?[”"’]\\s+(?:he|she)\\s+(?:${VERB})\\b`, 'iu');
/** A name's relative clause, then a speech verb: ", which employs …, said" (see SPEAKS_AFTER). */
const SPEAKS_AFTER_CLAUSE = new RegExp(`^,\\s+(?:which|who)\\b[^.;“”‘]{1,220}?,\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'iu');
const VERB_NEXT = new RegExp(`^\\s*(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'i');
const VERB_AND_REST = new RegExp(`\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b.*$`, 'i');
const VERB_LEADS_IN = new RegExp(`\\b(?:${VERB})\\b[^“”"]{0,80}?[:,]\\s*$`, 'i');
/** "Brantley’s said": a name with a possessive, right before a speech verb (see `organisationsIn`). */
const POSSESSIVE_COMPANY = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?[’']s)(?=\\s+(?:${ADVERB}\\s+)?(?:said|says|added|announced|confirmed|insisted|told)\\b)`, 'gu');
/** ", a passenger from Raleigh, North Carolina,": an apposition, whose place may hold a comma of its own. */
const APPOSITION = ',[^,]{1,120}(?:,\\s*[A-ZÀ-Þ][\\p{L}.]*(?:\\s+[A-ZÀ-Þ][\\p{L}.]*){0,2})?,';
// After a name: an optional apposition, then a speech or statement verb ("X, a Y, issued a statement").
const SPEAKS_AFTER = new RegExp(`^(?:’s|'s)?(?:${APPOSITION})?\\s+(?:${ADVERB}\\s+)?(?:${VERB}|issued|released|discussed|explained|spoke|tweeted)\\b`, 'iu');
/** A town after a place word, and the comma before what follows it (its state, its county). */
const AFTER_TOWN = /\b(?:in|near|outside|of|from)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+$/u;
/** "Drechtstad confirmed the sale in a statement on its website": whatever the verb, a statement speaks. */
const IN_STATEMENT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b[^.;:“”"‘]{0,80}?\bin\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|email|message|release)\b/u;
// What stands between two parts of one quotation: `,” she said. “` — one sentence holding a speech verb.
// "…,’ it read. ‘…’": a statement's words go on.
const ATTRIBUTION_SENTENCE = new RegExp(`^[\\s,.!?…’'—–-]*[^.!?]*\\b(?:${VERB}|read|reads)\\b[^.!?]*[.:]\\s*$`, 'i');
const ABBREVIATION_DOT = /\b(Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Cpl|Sgt|Supt|Det|Insp|Rev|Hon|Pres|Atty|Coun|St|Jr|Sr)\./g;
/** Dots that end no sentence: titles, initials ("Marcus T. Delacroix", "U.S."), "a.m."/"p.m.". */
const withoutAbbreviationDots = (text: string) =>
  text
    .replace(ABBREVIATION_DOT, '$1')
    // "the No. 12 bus".
    .replace(/\bNo\.(?=\s*\d)/g, 'No')
    .replace(/\b([ap])\.m\./gi, '$1m')
    .replace(/\b(\p{Lu})\./gu, '$1');

/** "he shrugged and said:", "she paused and added": a gesture, then the speech verb. */
const GESTURE_AND = '[a-z]+ed\\s+and\\s+';
const PRONOUN_LEADS_IN = new RegExp(`\\b(he|she)\\s+(?:${ADVERB}\\s+|later\\s+|then\\s+|also\\s+|${GESTURE_AND})?(?:${VERB})\\b[^“”"‘]{0,80}?[:,]\\s*$`, 'i');
/** "…, but he told the board … that cutting his post had been ": the last speech verb before a quote, with a pronoun for its subject. */
const LAST_PRONOUN_SAYER = new RegExp(`\\b(he|she)\\s+(?:${ADVERB}\\s+|later\\s+|also\\s+|then\\s+)?(?:${VERB})\\b(?![^“”"‘]*\\b(?:${VERB})\\b)[^“”"‘]*$`, 'i');
/** "…, where, he said, he learned ": a speech verb set off by commas, with a pronoun for its subject. */
// ("…, as he liked to tell it, “two working tubas …”": how they used to put it.)
const PRONOUN_ASIDE = /,\s*(?:as\s+)?(he|she)\s+(?:said|says|recalled|added|explained|insisted|claimed|(?:liked|loved|used|likes|loves)\s+to\s+(?:tell|put|say)\s+it)\s*,/i;
/** A lead that is a name, then the speaker as a pronoun: "Colter, he said, ". */
const TOPIC_THEN_PRONOUN = /^\s*\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2},\s*(?:he|she)\s/u;
const PRONOUN_AFTER_CLAUSE = new RegExp(`^[^“”"‘]*,\\s*(he|she)\\s+(?:${ADVERB}\\s+|later\\s+|then\\s+|also\\s+|${GESTURE_AND})?(?:${VERB})\\b[^“”"‘,]{0,80}?[:,]\\s*$`, 'i');
// (Any short predicate: "Asked what readers could do, she didn’t hesitate: “…”".)
// (After a fronted phrase of when, without its comma: "On my first morning he looked at my lens and said: ‘…’".)
const PRONOUN_COLON = /^(?:[^“”"‘]*,\s*|(?:on|in|at|after|before|during|later|then|that|one|every|the\s+next)\s+(?:[\p{Ll}’'-]+\s+){0,4}?)?(he|she)\s+[^“”"‘,:]{2,60}:\s*$/iu;
/** A possessive right before a name, or before the title it was given: "his Lear", "his King Lear" (group 1: the title). */
const POSSESSED_NAME = /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?:(\p{Lu}[\p{L}.]*)\s+)?$/u;
/** The styles that follow "His" or "Her" as a title: "Her Majesty", "His Excellency". */
const STYLED_TITLE = /^(?:Majesty|Excellency|Holiness|Highness|Royal|Grace|Worship|Honou?r|Lordship|Ladyship|Eminence)$/;
/** A lead-in whose subject is "he" or "she", after at most an opening phrase and its comma (group 1: the pronoun). */
const PRONOUN_SUBJECT_LEAD = /^\s*(?:[^“”"‘,]{0,60},\s*)?([Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
/** The same for a role: "The minister said her thoughts were with …" (group 1: the role, 2: its noun). */
const ROLE_SUBJECT_SAYS = /^\s*(?:[^“”"‘,]{0,60},\s*)?([Tt]he\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+))\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|argued|insisted|warned|stressed|noted)\b/u;
/** A name that speaks itself: "Walter told him", "Ruiz said". */
const SPEAKS_RIGHT_AFTER = new RegExp(`^\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'i');
/** "…, the foreign minister was blunt:": a role, a state, a colon (as PRONOUN_COLON for "she"). */
const ROLE_COLON = /(?:^|,\s*)(the\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))\s+(?:(?:was|were|is|are|sounded|seemed|remained)\s+[^“”"‘,:]{2,40}|put\s+it\b[^“”"‘,:]{0,40}):\s*$/iu;
const ROLE_LEADS_IN = new RegExp(`(?:^|,\\s*)((?:the|a|an|one|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]+))(?:,[^,“”"‘]{1,80},)?\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b[^“”"‘,]{0,40}[:,]\\s*$`, 'iu');
/** "said the union’s Prairie Crest chapter chairman, ": a verb, then a role set off by a comma. */
const ROLE_SET_OFF_AFTER_VERB = /^\p{L}+\s+(?:the|a|an)\s+[^,“”"‘.]{1,80},\s+/u;
/** "the Education Secretary, Rachel Dunmore, said": a role, then the name set off by commas, then the verb. */
const ROLE_THEN_NAME = new RegExp(`^(?:the|a|an)\\s+[^,“”"‘]{1,60},\\s*([^,“”"‘]{2,60}),\\s*(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'i');
/** Before a name that is not the subject: "sent to Ms ", "for ", "with ". */
const ADDRESSED = /\b(?:to|for|with|at|about)\s+(?:(?:Ms|Mr|Mrs|Dr|Miss)\.?\s+)?$/;

/** "had a blunt message", "gave a stark warning": delivering words, as a regular expression's parts. */
const DELIVERS = '(?:had|has|gave|delivered|sent|issued|offered|posted)';
const MESSAGE = '(?:message|warning|plea|verdict|response|answer|reply|advice|assessment|promise|challenge)';
/** "she had a blunt message for …:", "he gave a stark warning:": the pronoun delivers the words that follow. */
const PRONOUN_MESSAGE_LEAD_IN = new RegExp(`\\b(he|she)\\s+${DELIVERS}\\s+(?:a|an|the|this|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MESSAGE}\\b[^“”"‘.;]{0,60}:\\s*$`, 'iu');
/** The same with a role for its subject: "The skipper had a message for the Penharrow supporters: ". */
const ROLE_MESSAGE_LEAD_IN = new RegExp(`(?:^|[.;]\\s+)((?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+))\\s+${DELIVERS}\\s+(?:a|an|the|this|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MESSAGE}\\b[^“”"‘.;]{0,80}:\\s*$`, 'iu');
/**
 * "Her message to the rail operator was blunt:", "His reply was short:", "Her verdict:", "Her
 * message to drivers who complain is blunt:": someone's own words follow, in the same paragraph
 * or the next.
 */
const OWN_WORDS_LEAD_IN = /(?:^|[.;]\s+)(his|her)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:message|reply|response|answer|verdict|advice|warning|view|plea|appeal|assessment|words|conclusion|explanation|philosophy|motto|instruction|request|point)\b[^“”"‘.;:]{0,60}|[^“”"‘:;,.]{1,60}\b(?:is|was)\s+(?:\p{Ll}+\s+)?(?:blunt|simple|clear|short|brief|straightforward|direct|unequivocal|emphatic))\s*:\s*$/iu;
/** A name's apposition closing right before the speech verb: "…, Priya Nandra, said". */
const SUBJECT_OF_VERB = new RegExp(`^,\\s*(?:${ADVERB}\\s+)?(?:${VERB})\\b`, 'i');
const ACCORDING_TO = /according to\s+([^,“”"]{2,80}?)[,:]?\s*$/i;

/** `before`: where to look back from for the pronoun's person, when not from the quote itself. */
type Resolution = { person: number } | { pronoun: Pronoun; before?: number } | undefined;
type Pronoun = 'm' | 'f' | 'n' | 'they' | 'any';
/** The person a pronoun points to, by gender; a possessive ("his", "her") as its subject form does. */
const pronounOf = (word: string): Pronoun => (/^(?:he|his)$/i.test(word) ? 'm' : /^(?:she|her)$/i.test(word) ? 'f' : /^(?:it|its)$/i.test(word) ? 'n' : /^(?:they|their)$/i.test(word) ? 'they' : 'any');

interface Context {
  people: People;
  /** Person mentions outside quotes, in reading order. */
  mentions: PersonMention[];
  paragraphs: readonly Paragraph[];
  /** Who was quoted last at or before a paragraph (set once the quotes are attributed). */
  quotedBy?: (paragraph: number) => number | undefined;
  /** Whether a person has any quote of their own (set with `quotedBy`). */
  hasQuotes?: (person: number) => boolean;
}

/**
 * Is the mention followed by a possessive ("Forsyth’s plea", "The QSA’s chief regulator"; with
 * `plural`, also "Supporters’ Trust")? It owns what follows; it is not the subject.
 */
function ownsWhatFollows(paragraphs: readonly Paragraph[], m: PersonMention, plural = false): boolean {
  const next = paragraphs[m.paragraph - 1]!.text.slice(m.end, m.end + 2);
  return (plural ? /^(?:’s|'s|’|')/ : /^(?:’s|'s)/).test(next);
}

/**
 * The people `text` names. `before`: the mentions up to the quote, so a surname goes to someone
 * already named ("Castellanos said" is Owen, not his mother named paragraphs later).
 */
function mentionsIn(text: string, people: People, before?: readonly PersonMention[]): { m: NameMention; person: number }[] {
  const out: { m: NameMention; person: number }[] = [];
  const found = findNames(text);
  const known = before ? new Set(before.map((m) => m.person)) : undefined;
  for (const [i, m] of found.entries()) {
    // "Acme Securities analyst Jo Lin": a name inside the next person's role is not a speaker
    // (nor are "Royal College" and "Cardiac Physicians" in "the Royal College of Cardiac Physicians’ vice-president, Dr Fiona Gault").
    if (found.slice(i + 1, i + 3).some((n) => n.role?.includes(m.text))) continue;
    // (Read where a speaker is sought: a name here is who may have spoken.)
    const person = people.resolve(m, false, known, true);
    if (person !== undefined) out.push({ m, person });
  }
  return out;
}

/** Text right after the closing mark: "…,” he said", "…,” said X", "…,” X, a Y, said". */
/** A past participle right after a closing mark, then how or by whom: " reported directly to it by …". */
const PARTICIPLE_GOES_ON = /^\s*\p{Ll}+ed\s+(?:directly|to|by|in|on|at|from|with|across|over|through)\b/u;

/** "said he had not …", "said that the …": the verb goes on with a clause of its own. */
const REPORTED_CLAUSE_AFTER = /^\p{L}+\s+(?:that\s|(?:he|she|they|we|it|I)\s+(?!said\b)\p{Ll})/u;

function fromAfter(after: string, ctx: Context, before: PersonMention[], at?: { paragraph: number; offset: number }): Resolution {
  const lead = LEADING_PUNCT.exec(after)?.[0].length ?? 0;
  // ("The parish council chair said … . ‘…,’ the chair said.": the fuller phrase its paragraph
  // gave just before says which chair.)
  const fullerBefore = (phrase: string, noun: string) => (at && /^\s*the\s/i.test(phrase) ? fullerInParagraph(ctx.paragraphs[at.paragraph - 1]!.text.slice(0, at.offset), phrase, noun) : undefined);
  // A title in quotation marks is part of the phrase: "the “Salt Year” star said" is about the star.
  const t = after.slice(lead).replace(/[“"‘]([^“”"‘’]{1,40})[”"’]/g, '$1');
  if (!t) return undefined;
  // A body pass 1 found right there: "…,” the FAA said", "…,” said the FAA".
  if (at) {
    const start = at.offset + lead;
    const body = ctx.mentions.find((m) => m.paragraph === at.paragraph && m.start >= start && m.start <= start + 20 && isOrg(ctx.people.list[m.person]!));
    if (body) {
      const between = after.slice(lead, body.start - at.offset);
      const rest = after.slice(body.end - at.offset);
      // "said Belmont Museum Director Ana Ruiz", "said Fairhaven Securities analyst Tobias Renner":
      // the body is only the start of a title.
      // So is "said Lakeshore State University associate professor of hospitality management Harriet …".
      const role = /^(?:’s|'s|’|')?\s*((?:[\p{Ll}-]+,?\s+){1,6})\p{Lu}/u.exec(rest);
      // ("said the Kingsmere Town Supporters’ Trust chair, Helen Pryce": a role set off by a comma.)
      const title = /^\s*\p{Lu}/u.test(rest) || (role !== null && role[1]!.trim().split(/\s+/).some((w) => isRoleNoun(w.replace(/,$/, ''))));
      if (!title && ((/^(?:the\s+)?$/i.test(between) && VERB_NEXT.test(rest)) || new RegExp(`^(?:${VERB})\\s+(?:the\\s+)?$`, 'i').test(between))) return { person: body.person };
    }
  }
  // "…,’ it read.", "…,” the statement said.": the words of whoever issued the statement, named
  // just before ("The Sheriff’s Office said in a statement …", "Wexley issued a statement.").
  if (STATEMENT_SPEAKS.test(t)) {
    const issuer = issuerBefore(ctx, before, at?.paragraph);
    if (issuer !== undefined) return { person: issuer };
  }
  const pronoun = PRONOUN_AFTER.exec(t);
  if (pronoun) return { pronoun: pronounOf(pronoun[1]!) };
  // "Keating, who called the decision ‘a kick in the teeth’, said he had not spoken to Hennessy":
  // a verb with its own clause after the quote reports what the subject before it said; whoever
  // that clause names is not the speaker.
  if (VERB_FIRST.test(t) && REPORTED_CLAUSE_AFTER.test(t)) return undefined;
  // ("‘at least two further incidents’ reported directly to it by members of the public": a
  // participle goes on with the quoted words; no one is named as saying them.)
  if (VERB_FIRST.test(t) && !PARTICIPLE_GOES_ON.test(t)) {
    const named = mentionsIn(t.slice(0, 120), ctx.people, before)[0];
    // "said one longtime Corvane customer in Milwaukee": a name that only qualifies an unnamed
    // speaker's noun is not the speaker.
    // Nor "said one retired schoolteacher from Port Alden": where the speaker is from.
    const lead = named ? t.slice(0, named.m.start) : '';
    // ("said one county clerk in western Kansas": a region's word between.)
    const qualifies = named && /^\w+\s+(?:a|an|one)\s+(?:[a-z-]+\s+)*$/.test(lead) && (/^\s+[a-z]/.test(t.slice(named.m.end)) || /\s(?:from|of|in|at|near)\s+(?:(?:northern|southern|eastern|western|central|rural|downtown|suburban|coastal|upstate|north|south|east|west)\s+)?$/.test(lead));
    // (Not a named person for "said the engineer, who … asked not to be named".)
    const keptUnnamed = named !== undefined && !ctx.people.list[named.person]!.unnamed && ANONYMOUS_AFTER.test(t.slice(named.m.end));
    // ("said the union’s Prairie Crest chapter chairman, Captain Luis Ambrose": a role set off by a
    // comma before the name; a name inside the role is where they serve, not who speaks.)
    const setOff = named ? ROLE_SET_OFF_AFTER_VERB.exec(t) : null;
    if (setOff && named!.m.start < setOff[0].length) {
      const holder = mentionsIn(t.slice(0, 200), ctx.people, before).find((n) => n.m.start >= setOff[0].length && /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(t.slice(setOff[0].length, n.m.start)));
      if (holder && !orgLike(ctx.people.list[holder.person]!)) return { person: holder.person };
    }
    if (named && !qualifies && !keptUnnamed) return { person: named.person };
    // "…,” said a police spokesperson / said the official / said the ministry.
    const rest = t.replace(/^\w+\s+/, '');
    const role = rolePhrase(rest);
    if (role) {
      // "said a source at the club", as "a source at the club said" reads.
      // ("said one parish councillor, who asked not to be named": someone new, whatever roles
      // the people named before hold.)
      const whose = whoseRole(rest.slice(role.phrase.length), SENTENCE_GOES_ON);
      const unnamedAfter = ANONYMOUS_AFTER.test(rest.slice(role.phrase.length + whose.length));
      const anonymous = /^\s*(?:one|a|an)\s/i.test(role.phrase) && unnamedAfter;
      const fuller = whose ? undefined : fullerBefore(role.phrase, role.noun);
      // ("…,” said the engineer, who … asked not to be named": never the lead navigation engineer
      // the article names; the unnamed one described before, else someone new and anonymous.)
      const kept = !anonymous && unnamedAfter && /^\s*the\s/i.test(role.phrase) ? (unnamedHolderOf(role.noun, before, ctx.people, at?.paragraph ?? Infinity) ?? ctx.people.anonymous(fullerDescription(role.phrase, role.noun, ctx, before) ?? role.phrase)) : undefined;
      const found = kept !== undefined ? { person: kept } : anonymous ? { person: ctx.people.anonymous(role.phrase + whose) } : byRole(fuller ?? role.phrase + whose, role.noun, ctx, before);
      // "said one spectator, a retired schoolteacher who drove four hours", "said a man traveling
      // with two young children": who they are, as readers will ask for them.
      const person = found && 'person' in found ? found.person : undefined;
      const described = descriptionAfter(rest.slice(role.phrase.length));
      if (person !== undefined && described && ctx.people.list[person]!.unnamed) ctx.people.describe(person, described);
      return found;
    }
    const group = /^((?:the|a|an|one)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s*[,.;]|\s+(?:in|on|at|to|during|after|before|who|which|that|when|while)\b)/iu.exec(rest);
    if (!group) return undefined;
    const body = /^the\s/i.test(group[1]!) ? orgReferent(group[1]!, ctx, before) : undefined;
    return { person: body ?? ctx.people.unnamed(group[1]! + whoseRole(rest.slice(group[1]!.length), SENTENCE_GOES_ON)) };
  }
  // "…,’ the Education Secretary, Rachel Dunmore, said": the name in the apposition speaks.
  const appositive = ROLE_THEN_NAME.exec(t);
  if (appositive) {
    const named = mentionsIn(appositive[1]!, ctx.people, before).find((n) => !orgLike(ctx.people.list[n.person]!));
    if (named) return { person: named.person };
  }
  const first = mentionsIn(t.slice(0, 160), ctx.people, before)[0];
  // The name may follow a few role words: "council member Raj Patel said".
  const leadIn = first ? t.slice(0, first.m.start) : '';
  // "…,” a lawyer for Councilwoman Ada Reyes said": the lawyer speaks, not Reyes.
  if (first && SPEAKS_FOR.test(leadIn) && VERB_NEXT.test(t.slice(first.m.end))) return { person: ctx.people.unnamed(t.slice(0, first.m.end).trim()) };
  // "Assistant U.S. Attorney Rachel Ostrander told jurors", "San Esteban Gov. Marisa Quintero-Vidal
  // told reporters": an abbreviation's dots are not punctuation.
  if (first && leadIn.split(/\s+/).filter(Boolean).length <= 7 && !/[,.;:]/.test(withoutAbbreviationDots(leadIn)) && !HAS_VERB.test(leadIn)) {
    // Name, an optional apposition, then the verb; or where they work ("Detective Sgt. Angela
    // Moretti of the New Calder Police Department’s major crimes unit said").
    const rest = t.slice(first.m.end).replace(APPOSED, '').replace(AFFILIATION_BEFORE_VERB, '');
    if (VERB_NEXT.test(rest)) return { person: first.person };
  }
  // "…,” the U.S. Attorney’s Office for the Western District of Michigan said": a body the text
  // names here, first, perhaps with an apposition ("the Heritage Policy Forum, a think tank …, said").
  const body = findOrganisations(t.slice(0, 200))[0];
  if (body && body.kinds.length && /^(?:the\s+)?(?:\S+\s+){0,2}$/i.test(t.slice(0, body.start)) && VERB_NEXT.test(t.slice(body.end).replace(APPOSED, ''))) {
    return { person: ctx.people.organisation(body, body.kinds, true) };
  }
  const kin = KIN_SUBJECT.exec(t);
  const relative = kin ? relativeNamed(kin[1] ?? kin[2]!, ctx, before) : undefined;
  if (relative !== undefined) return { person: relative };
  const roleSubject = ROLE_SUBJECT.exec(t.replace(RELATIVE_ASIDE, '$1 '));
  if (roleSubject) {
    const phrase = roleSubject[0].replace(VERB_AND_REST, '');
    if (isPersonNoun(roleSubject[2]!)) return byRole(fullerBefore(phrase, roleSubject[2]!) ?? phrase, roleSubject[2]!, ctx, before);
    // "the regulator’s director of retail markets said": the role's noun comes before what it is of.
    const ofRole = /\s(?:of|for|at)\s/.test(phrase) ? rolePhrase(phrase) : undefined;
    if (ofRole && isPersonNoun(ofRole.noun.toLowerCase())) return byRole(phrase, ofRole.noun, ctx, before);
    // "the person said", "the sources said": a source the article keeps anonymous, never the
    // person named last.
    if (SOURCE_WORD.test(roleSubject[2]!)) return { person: ctx.people.unnamed(phrase) };
    // "“…,” the statement said.": the words of whoever issued it, never a speaker called "The
    // statement"; when this paragraph and the one before name no issuer, the lead-in decides.
    if (ISSUED.test(phrase.trim())) {
      const issuer = at ? issuerBefore(ctx, before, at.paragraph) : undefined;
      return issuer === undefined ? undefined : { person: issuer };
    }
    // "the company said": the company named before; "the bank said" with no bank named: a speaker
    // the article names only so. "The “Salt Year” star said" is a person, never the film.
    // An age is a person's, never a body's: "the 25-year-old Norwegian told reporters".
    const described = /^the\s/i.test(phrase) ? unnamedHolderOf(roleSubject[2]!, before, ctx.people, at?.paragraph ?? before.at(-1)?.paragraph ?? 0) : undefined;
    if (described !== undefined) return { person: described };
    const body = AGED.test(phrase) ? undefined : orgReferent(phrase, ctx, before);
    if (body !== undefined) return { person: body };
    const person = describedPerson(phrase, roleSubject[2]!, ctx, before);
    // ("The 71-year-old said …" after "Keith Dunning has lived …": readers ask for him so too.)
    if (person !== undefined && AGED.test(phrase)) ctx.people.describeAs(person, phrase.toLowerCase());
    return { person: person ?? ctx.people.unnamed(fullerDescription(phrase, roleSubject[2]!, ctx, before) ?? phrase) };
  }
  return undefined;
}

/** A name's apposition, to read past to its verb. */
const APPOSED = new RegExp(`^(?:’s|'s)?${APPOSITION}`, 'u');
/** " of the New Calder Police Department’s major crimes unit" right before the verb: where a named person works. */
const AFFILIATION_BEFORE_VERB = new RegExp(`^\\s+(?:of|at|from|with)\\s+(?:the\\s+)?\\p{Lu}[^,;:.“”"‘]{1,80}?(?=\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b)`, 'u');

const KIN = 'mother|mum|mom|father|dad|wife|husband|son|daughter|sister|brother|grandmother|grandfather|grandson|granddaughter';
/** "his mother said", "said her father": someone known by whose relative they are. */
const KIN_SUBJECT = new RegExp(`^(?:(?:his|her|their)\\s+(${KIN})\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\b|(?:${VERB})\\s+(?:his|her|their)\\s+(${KIN})\\b)`, 'i');
/** "Mr Ellery’s family", "the Okafor family", "her family": relatives speaking as one. */
const FAMILY_OF = /^(?:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?[’']s|[Tt]he\s+\p{Lu}[\p{L}-]*|[Hh]is|[Hh]er|[Tt]heir)\s+(?:family|families|relatives|parents|loved ones)$/u;
/** "his mother", "their father": a subject known only by whose relative they are. */
const KIN_ALONE = new RegExp(`^(?:his|her|their)\\s+(${KIN})$`, 'i');
/** The kin a parent's child or a child's parent is called, as a role: whoever is called so is not the other. */
const CHILD_ROLE = /\b(?:son|daughter|child)\b/i;
const PARENT_ROLE = /\b(?:father|mother|dad|mum|mom|parent)\b/i;
const CONVERSE_KIN: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(['father', 'mother', 'dad', 'mum', 'mom'].map((k) => [k, CHILD_ROLE])),
  ...Object.fromEntries(['son', 'daughter'].map((k) => [k, PARENT_ROLE])),
};
/** Paragraphs back in which "his mother" may be someone named. */
const RELATIVE_REACH = 6;

/**
 * "‘He’d be coughing all night,’ his mother said." after "Kayleigh Morris … Her youngest son,
 * Reece, …": the person of that kin word's gender named last, when the text gives them no role
 * (an official is seldom the relative). Never whoever spoke last: a body is no one's mother.
 */
/** A person's family name: the last of two words or more ("Castellane" of Nadia Castellane); none for a name of one word. */
const familyNameOf = (p: Person): string | undefined => (p.tokens.size >= 2 ? [...p.tokens].at(-1) : undefined);

function relativeNamed(noun: string, ctx: Context, before: readonly PersonMention[]): number | undefined {
  const gender = genderOfRole(noun);
  const here = before.at(-1)?.paragraph ?? 0;
  // (Unless the text names another of the family: "Kathleen Brennan, 44, a dental hygienist" and
  // "Her husband, Luis Brennan" are the parents "his mother" and "his father" may be.)
  const surname = (p: Person) => [...p.tokens].at(-1);
  const family = (p: Person) => familyNameOf(p) !== undefined && ctx.people.list.some((q) => q !== p && !isOrg(q) && !q.unnamed && familyNameOf(q) === familyNameOf(p));
  // ("His father said …" after "Wade Kettering, 34, … ", whom the text calls the son: not him.)
  const converse = CONVERSE_KIN[noun.toLowerCase()];
  const isConverse = (p: Person) => converse !== undefined && rolesOf(p).some((r) => converse.test(r));
  const named = gender ? before.findLast((m) => {
    const p = ctx.people.list[m.person]!;
    return m.paragraph >= here - RELATIVE_REACH && !isOrg(p) && !p.unnamed && (!p.role || family(p)) && genderOf(p) === gender && !isConverse(p);
  }) : undefined;
  // Further back, one of the family of whoever "his" is: "Dale Kettering, 61, who ranches … with
  // his son, Wade" twenty paragraphs before "Wade Kettering, 34, … His father said".
  const whose = before.findLast((m) => !isOrg(ctx.people.list[m.person]!) && !ctx.people.list[m.person]!.unnamed);
  const kinOfWhose = (p: Person) => whose !== undefined && p !== ctx.people.list[whose.person] && family(p) && surname(p) === surname(ctx.people.list[whose.person]!);
  const found = named ?? (gender ? before.findLast((m) => kinOfWhose(ctx.people.list[m.person]!) && genderOf(ctx.people.list[m.person]!) !== (gender === 'm' ? 'f' : 'm') && !isConverse(ctx.people.list[m.person]!)) : undefined);
  if (!found) return undefined;
  ctx.people.describe(found.person, noun.toLowerCase());
  return found.person;
}

/**
 * What a description goes on to say of whose the role is: " for the trust", " at the club", "
 * familiar with the talks", when `end` follows it ('' when nothing does). Never an occasion: "a
 * spokesman at a news conference" is a spokesman.
 */
function whoseRole(after: string, end: RegExp): string {
  const m = end.exec(after);
  return m && !OCCASION.test(m[0]) ? m[0] : '';
}
// ("the federal Mine Safety and Health Administration": a body's name may run to seven words.)
// ("a spokeswoman for St. Agnes Regional Medical Center": an abbreviation's stop inside it.)
// ("a spokesperson for NHS England in the North East and Yorkshire": nine words.)
const WHOSE_ROLE = `^\\s+(?:for|at|with|from|in|familiar\\s+with|close\\s+to|briefed\\s+on|with\\s+knowledge\\s+of)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\.?\\s+){0,8}?[\\p{L}’'-]+`;
/** Before a subject's verb: a comma, a relative pronoun or the speech verb. */
// (Any speech verb: "A spokesperson for the ambulance service urged people to ‘…’".)
// (Or a verb that names what was said: "A spokesman for Mayor Gloria Whitfield’s office called that
// date “optimistic at best”", not "… office called" before "that".)
const BEFORE_VERB = new RegExp(`${WHOSE_ROLE}(?=\\s*,|\\s+(?:who|which|that)\\b|\\s+(?:\\w+ly\\s+)?(?:${VERB}|declined|refused|confirmed|called|calls|described|describes|dubbed|branded|labell?ed|termed)\\b)`, 'iu');
/** "The headteacher of Ashcombe Community College said": the body a definite role is of, by its name. */
const OF_BODY_BEFORE_VERB = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|for|and|&)\\s+)?){0,6}\\p{Lu}[\\p{L}’'-]*(?=\\s*,|\\s+(?:who|which|that)\\b|\\s+(?:\\w+ly\\s+)?(?:said|says|told|declined|refused|confirmed|added|wrote)\\b)`, 'u');
/** After "said a source …": the end of the sentence, or a comma or relative pronoun. */
const SENTENCE_GOES_ON = new RegExp(`${WHOSE_ROLE}(?=\\s*[,.;:!?]|\\s*$|\\s+(?:who|which|that)\\b)`, 'iu');
const OCCASION = /\b(?:conference|briefing|meeting|hearing|rally|event|scene|vigil|ceremony|session|interview|statement|time)\b/i;

/** Words of a description no reader asks by: "a spokeswoman FOR THE forest service". */
const DESCRIPTION_FILLER = /^(?:a|an|the|another|his|her|their|for|of|with|to|in|on|at|and|who|from)$/;

/** Words after which a description goes on about its head: "spokeswoman FOR the forest service", "person FAMILIAR with the talks". */
const MODIFIER_BREAK = /^(?:for|of|at|with|from|in|on|to|who|familiar|close|briefed|involved|knowledgeable)$/;

/** Someone unnamed whose description's noun is `noun`, named in `paragraph` or the one before ("One Kestrel operator" for "the operator"). */
function unnamedHolderOf(noun: string, before: readonly PersonMention[], people: People, paragraph: number): number | undefined {
  const n = noun.toLowerCase();
  return before.findLast((m) => m.paragraph >= paragraph - 1 && people.list[m.person]!.unnamed && headNoun((people.list[m.person]!.role ?? '').toLowerCase()) === n)?.person;
}

/** The noun an unnamed speaker's description is about: "person familiar with the talks" → person, "forest service spokeswoman" → spokeswoman. */
function headNoun(description: string): string {
  const words = description.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && MODIFIER_BREAK.test(w));
  const before = cut > 0 ? words.slice(0, cut) : words;
  // "Department for Rural Affairs spokesperson": the role noun at the end, past the body's name.
  return isPersonNoun(words.at(-1)!) ? words.at(-1)! : before.at(-1)!;
}

/** A possessive owner in a description: "zoo’s " in "zoo’s curator". */
const OWNER_WORD = /^(?:[\p{L}-]+\s+)?[\p{L}-]+[’']s\s+/u;

/** Does "the `definite`" ("forest service spokeswoman") refer to someone described as `other` ("spokeswoman for the forest service")? */
function describesSame(definite: string, other: string | undefined): boolean {
  const theirs = other?.toLowerCase();
  const head = headNoun(definite);
  if (!theirs || headNoun(theirs) !== head) return false;
  const words = theirs.split(' ');
  return definite.split(' ').every((w) => w === head || MODIFIER_BREAK.test(w) || words.includes(w));
}

/** Someone the article will not name: "a person familiar with the talks", "an official who spoke on condition of anonymity". */
const ANONYMOUS = /\b(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|on condition of anonymity|not authori[sz]ed to|asked not to be (?:named|identified)|declined to be (?:named|identified))\b/i;

/** ", who asked not to be named," right after an unnamed subject. */
// (After what the text says of them first: "One person who worked on the programme, who asked …",
// "A man clearing a fallen limb from his driveway, who declined to give his name".)
// ("…, who worked on the orbit-insertion sequence and asked not to be named": after a clause of what they do.)
// ("One tenant, a 27-year-old care worker who asked not to be named,": after an apposition too.)
// (Or right after the description, with no comma: "A Lanigan Bros. employee who asked not to be named … said".)
// ("A NASA official who was not authorized to speak publicly said": so, too, is someone not allowed to.)
const ANONYMOUS_AFTER = /^(?:(?:\s+[^,;:“”"‘]{1,80})?,\s*(?:(?:a|an)\s+[^,;:“”"‘]{1,80}?\s+)?(?:and\s+)?|\s+)who\s+(?:[^,;:“”"‘.]{2,80}?\s+and\s+)?(?:(?:asked|requested|spoke|declined|did not want)\b[^,]{0,80}\b(?:named|identified|anonymity|name)\b|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|comment|talk|discuss))/i;

/** A verb right after a surname: "Quayle has worked", "Quayle was born". */
const SUBJECT_VERB_AFTER = /^,?\s+(?:has|had|was|is|says|said|admits|recalls|describes|lives|lived|works|worked|grew|left|moved|met)\b/;

/** Before a name, what says the person died: "killed Tomas Reyes", "killed A, 58, and B", "the late". */
const DIED_BEFORE = /\b(?:killed|kills|the late|the death of|mourning|funeral of|in memory of)\s+(?:[^.;]*?,\s+(?:and\s+)?)?$/i;
/** After a name: "Tomas Reyes, 41, died", "who was killed", "Frank, a trawlerman turned harbour master, died". */
const DIED_AFTER = /^(?:,\s*\d{1,3},?)?(?:,\s*(?:a|an|the)\s+[^,.;]{1,60},)?\s*(?:,\s*)?(?:who\s+)?(?:died|was killed|were killed|has died|had died)\b/i;
/** How far past a name DIED_AFTER reads. */
const DIED_REACH = 100;

/** What the article calls a source it keeps anonymous. */
const SOURCE_NOUN = '(?:person|people|source|sources|insider|insiders)';
/** "A person familiar with the talks", "two sources close to the club", "an insider". */
const SOURCE = new RegExp(`^(?:a|an|one|two|three|several)\\s+(?:[\\p{L}-]+\\s+)?${SOURCE_NOUN}\\b`, 'iu');
/** "the person said", "the sources said". */
const SOURCE_WORD = new RegExp(`^${SOURCE_NOUN}$`, 'i');

/** "A notice on ", "The statement posted on " before an owner's name: a document of theirs, opening the sentence. */
const DOCUMENT_ON = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:notice|statement|post|message|letter|e-?mail|update|announcement|release|note|banner)\s+(?:(?:posted|published|issued|put\s+up)\s+)?(?:on|from|by)\s+$/iu;

/** "A notice on Kestrel’s website on Sunday described the outage as ‘…’": the words are the owner's. */
function documentOwner(inSentence: readonly PersonMention[], text: string, sentenceStart: number): number | undefined {
  const owner = inSentence.find((m) => DOCUMENT_ON.test(text.slice(sentenceStart, m.start).trimStart()));
  return owner?.person;
}

/**
 * "…, when a delivery driver called 911 to say water was “shooting up …”": someone the sentence
 * describes doing something, leading into the quote.
 */
function describedInLead(lead: string, people: People): number | undefined {
  for (const m of lead.matchAll(/\b(?:a|an)\s+[^,;:“”"‘]{2,60}/giu)) {
    const role = rolePhrase(m[0]);
    if (!role) continue;
    const after = lead.slice(m.index! + role.phrase.length);
    if (/^\s+(?:\w+ly\s+)?[a-z]+ed\b/.test(after) || VERB_NEXT.test(after)) return people.unnamed(role.phrase);
  }
  return undefined;
}

/** A statement given as the speaker: "it read", "the statement said", "the club's letter added". */
const STATEMENT_SPEAKS = new RegExp(`^(?:it\\s+(?:read|reads)|(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:statement|letter|email|e-mail|release|post|notice|memo|message)\\s+(?:${VERB}|read|reads))\\b`, 'iu');

/**
 * Who issued a statement quoted as "it read": whoever this paragraph names before the quote (a
 * body over a person), else a body the paragraph before names.
 */
function issuerBefore(ctx: Context, before: readonly PersonMention[], paragraph: number | undefined): number | undefined {
  const here = paragraph ?? before.at(-1)?.paragraph;
  if (here === undefined) return undefined;
  const inParagraph = (n: number) => before.filter((m) => m.paragraph === n).map((m) => m.person);
  // "Sweetwater Tech said in a statement that Mancuso was taken to Harlan Springs Memorial
  // Hospital. “…,” the statement said.": whoever said it in a statement, not a body named inside
  // what they said.
  const statedIn = (n: number) => authorOf(STATEMENT_WORDS, ctx, before.filter((m) => m.paragraph === n));
  const named = inParagraph(here);
  if (named.length) return statedIn(here) ?? named.findLast((p) => orgLike(ctx.people.list[p]!)) ?? named.at(-1);
  // "In a statement released through his agent, Rob Kessling, he thanked the players": the "he",
  // whom the sentences before name; not the agent it went through.
  const pronounIssuer = statedByPronoun(ctx, here - 1);
  if (pronounIssuer !== undefined) return pronounIssuer;
  const stated = statedIn(here - 1);
  if (stated !== undefined) return stated;
  const namedBefore = inParagraph(here - 1);
  const body = namedBefore.findLast((p) => orgLike(ctx.people.list[p]!));
  if (body !== undefined) return body;
  // "In a statement, the council reminded residents …", "The hotel emailed a letter Monday …":
  // an issuer the paragraph before names by its noun, the body named so earlier.
  const described = describedIssuer(ctx, before, here - 1);
  if (described !== undefined || namedBefore.length > 0) return described;
  // "In a statement, the National Health Executive said … ¶ It said 1,342 people … ¶ “…,” the
  // statement said.": a paragraph naming no one goes on from the statement before it.
  return statedIn(here - 2) ?? describedIssuer(ctx, before, here - 2);
}

/** "In a statement released through his agent, Rob Kessling, he thanked …": a statement whose issuer is the sentence's pronoun subject. */
const STATEMENT_THEN_PRONOUN = /(?:^|[.!?]\s+)(In\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|email|post|message)\b[^.;“”"‘]{0,120},\s+(he|she)\s+\p{Ll})/u;

/** Who the "he" or "she" of a statement sentence in paragraph `n` is (see STATEMENT_THEN_PRONOUN), from the sentences before it. */
function statedByPronoun(ctx: Context, n: number): number | undefined {
  const p = ctx.paragraphs[n - 1];
  const m = p ? STATEMENT_THEN_PRONOUN.exec(p.text) : null;
  if (!p || !m) return undefined;
  return byPronoun(ctx.people, ctx.mentions, n, m.index + m[0].length - m[1]!.length, pronounOf(m[2]!), ctx.paragraphs);
}

/** What someone issues that the text lets speak for them (see `issuerBefore`). */
const STATEMENT_WORDS = '(?:statement|letter|email|e-mail|release|post|notice|memo|message)';

/** "In a statement, the council reminded …", "The trust said in a statement", "The hotel emailed a letter …": the issuer's noun phrase (group 1 or 2). */
const DESCRIBED_ISSUER = new RegExp(
  `\\bIn\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${STATEMENT_WORDS}s?\\b[^.;“”"‘]{0,80}?,\\s+(the\\s+(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}-]+)\\s+\\p{Ll}` +
    `|(?:^|[.!?]\\s+)(The\\s+(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:(?:\\p{Ll}+ly\\s+)?(?:said|says|wrote|added)\\s+in|issued|released|emailed|sent|posted|published|put\\s+out)\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${STATEMENT_WORDS}s?`,
  'u',
);

/** The body paragraph `n` names by its noun as issuing a statement (see DESCRIBED_ISSUER). */
function describedIssuer(ctx: Context, before: readonly PersonMention[], n: number): number | undefined {
  const m = ctx.paragraphs[n - 1] ? DESCRIBED_ISSUER.exec(ctx.paragraphs[n - 1]!.text) : null;
  const phrase = m && (m[1] ?? m[2]);
  return phrase ? orgReferent(phrase, ctx, before) : undefined;
}

/** "the company", "the Minneapolis-based company", "the council": the organisation named before it means. */
function orgReferent(phrase: string, ctx: Context, before: readonly PersonMention[]): number | undefined {
  // "the sheriff's office": an owner's word may stand before the noun.
  const m = /^the\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+)$/iu.exec(phrase.trim());
  // ("the city", a place's word, is a body only once the text has made one of it: "the city of Marlow Springs".)
  // (Nor "the consortium" a body, until one is named so: "The Exoplanet Atmospheres Consortium".)
  const governs = (noun: string) => ctx.people.list.some((p) => isOrg(p) && (p.org!.includes(noun.toLowerCase()) || namedBy(p.name, noun)));
  if (!m || !(isOrgNoun(m[1]!) || governs(m[1]!))) return undefined;
  return bodyCalled(phrase, m[1]!, before, ctx.people, ctx.paragraphs);
}

/** The body "the transit service" (`phrase`, its noun `noun`) means: by a word of its name, else by its noun and tier. */
function bodyCalled(phrase: string, noun: string, before: readonly PersonMention[], people: People, paragraphs: readonly Paragraph[]): number | undefined {
  return people.byModifier(phrase, before) ?? people.byOrgNoun(noun, ofTier(phrase, before, people), paragraphs);
}

/**
 * The mentions "the town council" may refer to: not West Ardenshire Council, the district's. A tier
 * of government said before a body's noun must be in the body's name.
 */
function ofTier(phrase: string, before: readonly PersonMention[], people: People): readonly PersonMention[] {
  const tier = GOVERNMENT_TIER.exec(phrase)?.[1]?.toLowerCase();
  return tier ? before.filter((x) => !isOrg(people.list[x.person]!) || people.list[x.person]!.tokens.has(tier)) : before;
}

/** Nouns for a body that governs or works within another ("the library board" is not Central Library). */
const GOVERNS_ITS_OWNER = /^(?:board|committee|council|union|panel|commission|trustees|executive)$/i;

/** A body's name of two words or more that ends in `noun`, which says what it is: "the consortium" of the Exoplanet Atmospheres Consortium. */
const namedBy = (name: string, noun: string): boolean => {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.at(-1)!.toLowerCase() === noun.toLowerCase();
};

/** A name of capitalised words only ("Great Lakes Air Freight", "Pelham & Finch"). */
const PROPER_NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+(?:&\s+|of\s+|and\s+)?\p{Lu}[\p{L}.’'-]*)*$/u;
/** Words for any company, whatever it makes or sells. */
const GENERIC_COMPANY = /^(?:company|firm|business)$/;
/** Words for any body at all, company, charity or agency. */
const GENERIC_BODY = /^(?:organi[sz]ation)$/;

/** A paragraph opening on a body by its noun and what it did: "The finance ministry welcomed the decision." (group 1: the body). */
const BODY_SUBJECT = new RegExp(`^(The\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:ministry|department|agency|council|government|company|commission|regulator|authority|union|board))\\s+(?:\\w+ly\\s+)?(?:said|welcomed|criticised|criticized|rejected|condemned|defended|denied|confirmed|announced|praised|responded|hit back|declined)\\b`, 'u');

/** The last body this text has speak by its noun ("the ministry said"): the phrase, its noun, and where it stands. */
function bodySpokeBefore(text: string): { phrase: string; noun: string; at: number } | undefined {
  const spoke = [...text.matchAll(DEFINITE_BODY)].filter((m) => VERB_NEXT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))).at(-1);
  return spoke ? { phrase: spoke[1]!, noun: spoke[2]!.toLowerCase(), at: spoke.index! } : undefined;
}

/** "the transit authority", "the agency" (group 1: the phrase, group 2: its noun), read where it speaks (see `SPEAKS_NEXT`). */
// (Not a noun for a person too, "the supplier", "the developer": that may be someone described before.)
const DEFINITE_BODY = new RegExp(`(?<![\\p{L}])([Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${[...BODY_NOUN_WORDS, ...COMPANY_NOUNS].filter((n) => !isPersonNoun(n) && !isRoleNoun(n)).join('|')}))(?![\\p{L}’'-])`, 'gu');
/** …as it speaks: "the agency posted", or "according to the fire department". */
const SPEAKS_NEXT = new RegExp(`^\\s+(?:${ADVERB}\\s+)?(?:${VERB}|posted|tweeted|wrote)\\b`, 'i');
const ACCORDING_BEFORE = /according to\s+$/i;

/** The tier of government a body's noun is qualified by: "the town council", "the county board". */
const GOVERNMENT_TIER = /^the\s+(town|parish|city|county|district|borough|state|federal|regional|provincial|municipal)\s+\p{L}+$/iu;

/** How far into its sentence a name may stand and still be the subject "he said" at the end goes back to. */
const SUBJECT_REACH = 60;

/** A relative clause that names what comes next: ", which Whitcomb called ", ", what Ms Reyes described as ", ", a routine Whitcombe likened to ". */
const NAMES_IT = String.raw`\s+(?:\p{Ll}+ly\s+|later\s+|once\s+)?(?:called|calls|dubbed|termed|described\s+as|describes\s+as|labell?ed|branded|likened\s+to|compared\s+to|(?:dismissed|dismisses|rejected|rejects|hailed|hails|welcomed|welcomes|criticised|criticized|condemned|denounced|praised|praises|attacked|slammed)\s+as)\s*$`;
const RELATIVE_NAMING = new RegExp(String.raw`(?:\b(?:which|that|what|whom)|,\s+(?:a|an|the)\s+\p{Ll}+)\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})${NAMES_IT}`, 'u');
/** "…a £2m fund, which the federation described as ‘…’": a body or role named by what the text calls it. */
const RELATIVE_NAMING_BY_ROLE = new RegExp(String.raw`\b(?:which|that|what|whom)\s+((?:the|its|their)\s+\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,2})${NAMES_IT}`, 'u');

/** ", a move the vessel’s owner called ", ", a decision critics described as " (group 1: who calls it so). */
const NOUN_THEN_NAMER = /,\s+(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+((?:the|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|[\p{Ll}]+s)\s+(?:\p{Ll}+ly\s+)?(?:called|described\s+as|dubbed|branded|labell?ed|termed)\s*$/u;
/** "blamed what it called ", "rejected what she described as ": the subject's own naming of what follows. */
/** "what one JPL engineer described as": someone unnamed, then the naming verb (group 1: who). */
const WHAT_UNNAMED_CALLED = /\bwhat\s+((?:one|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+)?(?:called|calls|described\s+as|describes\s+as|termed|dubbed|labell?ed)\s*$/u;
const WHAT_PRONOUN_CALLED = /\bwhat\s+(?:it|he|she|they)\s+(?:\p{Ll}+ly\s+)?(?:called|calls|described\s+as|describes\s+as|termed|dubbed|labell?ed)\s*$/iu;

/** ", who described this year’s field as ": a relative clause of saying or naming, last in the lead-in. */
const WHO_SAYS = new RegExp(String.raw`,\s+who\s+(?:\p{Ll}+ly\s+|later\s+|also\s+|once\s+|then\s+)?(?:${VERB}|described|describes|called|calls|dubbed|termed|branded|likened|hailed|labell?ed)\b[^“”"‘,;]*$`, 'iu');
/** The last speech verb of a lead-in that is not its first ("Jennings said …, which Holloway later said had been"). */
const LATER_VERB = new RegExp(`\\b(?:${VERB})\\b`, 'gi');

/**
 * The person named right before the last speech verb of `lead`, when the lead holds two: the
 * quoted words after it are theirs. Undefined when the lead has one speech verb or no name there.
 */
function nearestSayer(lead: string, mentions: readonly PersonMention[], leadStart: number, people: People): number | undefined {
  // "…spotted a rain jacket on the snow, which Whitcomb called “…”": the relative clause's subject
  // calls it so, not the sentence's.
  const naming = RELATIVE_NAMING.exec(lead);
  if (naming) {
    const at = leadStart + naming.index! + naming[0].indexOf(naming[1]!);
    const named = mentions.find((m) => m.start >= at && m.end <= at + naming[1]!.length && !isOrg(people.list[m.person]!));
    if (named) return named.person;
  }
  // "…, sent off by the Lord Mayor, Cllr Anne Whitlock, who described the field as ‘…’": the
  // name the relative clause hangs on (after any age) says it, not the sentence's subject.
  const who = WHO_SAYS.exec(lead);
  if (who) {
    const comma = leadStart + who.index!;
    const named = mentions.findLast((m) => m.end <= comma && /^(?:,\s*\d{1,3})?$/.test(lead.slice(m.end - leadStart, comma - leadStart)));
    if (named && !isOrg(people.list[named.person]!)) return named.person;
  }
  const verbs = [...lead.matchAll(LATER_VERB)];
  if (verbs.length < 2) return undefined;
  const verbAt = leadStart + verbs.at(-1)!.index!;
  // ("Mr Shah told the court that Whitlock had replied that he would ‘…’": past a perfect's "had".)
  const named = mentions.findLast((m) => m.end <= verbAt && verbAt - m.end <= 20 && /^\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+|later\s+|also\s+|then\s+)?$/.test(lead.slice(m.end - leadStart, verbAt - leadStart)));
  return named && !isOrg(people.list[named.person]!) ? named.person : undefined;
}

/** "one of the four divers", "one of her neighbours": the group, and its noun in the singular. */
const ONE_OF = /^one\s+of\s+(?:the|his|her|their|its|our|those|these)\s+(?:[\p{L}\d-]+\s+){0,3}?([\p{L}-]+?)(?:(?<=[^s])s|(?<=ss)es|(?<=[sxz]|[cs]h)es)\b/iu;

/** Nouns an unnamed speaker is described by that are not roles: "said a woman waiting outside", "one speaker told the board". */
const PERSON_NOUNS = new Set(['woman', 'man', 'person', 'girl', 'boy', 'speaker', 'rider', 'caller', 'onlooker', 'bystander', 'mother', 'father', 'family', 'relatives', 'parents', 'figure']);
// "A 19-year-old from Toledo said": an age stands for the person.
// ("One senior NHS source said …": a source the article keeps anonymous is someone too.)
const describesPerson = (word: string) => isPersonNoun(word) || PERSON_NOUNS.has(word.toLowerCase()) || /^\d{1,3}-year-old$/i.test(word) || SOURCE_WORD.test(word);

/** Words after a person's noun that start what is said of them, not a longer noun: "the Italian SAID". */
const NOT_A_HEAD_AFTER = /^(?:said|says|told|added|who|whose|and|at|of|in|on|for|with|from|to|had|has|have|was|is|would|will|also|then|later|declined|insisted)$/;
/** Nouns that name a part of a group and need it said: "a member of the kitchen staff", "one of the guests". */
const PART_OF = new Set(['member', 'members', 'employee', 'employees', 'staffer', 'worker', 'workers']);

/** "A member of Sándor’s team": someone of a group a named person owns. */
const PART_OF_SOMEONE = new RegExp(`^(?:a|an|one)\\s+(?:${[...PART_OF].join('|')})\\s+of\\s+\\p{Lu}`, 'iu');

/** Words for whoever leads a body: "the canal chief", "the agency's boss". */
const LEADER_WORDS = new Set(['chief', 'boss', 'head', 'leader']);

/** "a fire department spokesperson, who …" → the phrase up to its first role or person noun (at most 6 words). */
/** Words that end a description rather than go on with it: "a veteran WHO …", "a nurse SAID …". */
const ENDS_DESCRIPTION = /^(?:whom|whose|but|as|said|says|told|added|is|was|has|had|[a-z]+ed|[a-z]+ing|[a-z]+ly)$/;

function rolePhrase(text: string): { phrase: string; noun: string } | undefined {
  // "one of the four divers who made the first descent": one of a group of people.
  const oneOf = ONE_OF.exec(text);
  if (oneOf && describesPerson(oneOf[1]!.toLowerCase())) return { phrase: oneOf[0]!, noun: oneOf[1]! };
  // "One regular, who did not want to be named,": "who" makes a person of any word ("regular",
  // "local"), whatever else the word may be.
  // ("One Kestrel operator, who spoke on condition of anonymity,": whose they are may come first.)
  // ("A lift operator who asked not to be named", "A former Northmoor operator, who …": a word that
  // may be a company's, made a person's so.)
  // ("One A&E nurse, who …": an initialism with an ampersand.)
  const who = /^([Oo]ne|[Aa]nother)\s+((?:\p{Lu}[\p{L}&-]+\s+)?)(\p{Ll}[\p{Ll}-]{2,}),\s+who\b/u.exec(text) ?? /^([Aa]n?)\s+((?:\p{Ll}[\p{Ll}-]+\s+)?(?:\p{Lu}[\p{L}&-]+\s+)?)(\p{Ll}[\p{Ll}-]{2,}),?\s+who\b/u.exec(text);
  if (who) return { phrase: `${who[1]} ${who[2]}${who[3]}`, noun: who[3]! };
  // "Another tenant, who asked not to be named, said": someone else of a kind named before.
  const m = /^(the|a|an|one|another)\s+((?:[\p{L}\p{N}.’'-]+[,;:]?\s*){1,11})/iu.exec(text);
  if (!m) return undefined;
  const words = m[2]!.trim().split(/\s+/);
  const within = words.slice(0, 6);
  // "The Prime Minister’s official spokesperson": an owner's word is not the head.
  const isHead = (w: string | undefined) => w !== undefined && !/(?:’s|'s)$/.test(w) && describesPerson(w.replace(/[^\p{L}-]/gu, ''));
  let at = within.findIndex((w) => isHead(w));
  if (at < 0) return undefined;
  // "official spokesperson", "chief executive": the last of adjoining role words is the head.
  // (So is "director" in "A veteran tournament director": one noun may stand between.)
  for (;;) {
    if (isHead(within[at + 1]) && !/[,.;]$/.test(within[at]!)) at++;
    else if (isHead(within[at + 2]) && !/[,.;]$/.test(within[at]!) && /^\p{Ll}+$/u.test(within[at + 1] ?? '') && !NOT_A_MODIFIER.test(within[at + 1]!) && !ENDS_DESCRIPTION.test(within[at + 1]!)) at += 2;
    else break;
  }
  const noun = words[at]!.replace(/[^\p{L}-]/gu, '');
  // "The Belgian foreign ministry": a nationality before a noun that is no person's is an adjective.
  if (WORDNET_DEMONYMS.has(noun) && !/[,.;:]$/.test(words[at]!) && /^\p{Ll}/u.test(words[at + 1] ?? '') && !NOT_A_HEAD_AFTER.test(words[at + 1]!)) return undefined;
  // "A member of the kitchen staff": a member says nothing without what they belong to.
  const of = PART_OF.has(noun.toLowerCase()) && !/[,.;:]$/.test(words[at]!) && words[at + 1] === 'of' ? words.slice(at + 1, at + 6) : [];
  const ends = of.findIndex((w) => /[,.;:]$/.test(w));
  // ("A former member of staff," as well as "a member of the kitchen staff,".)
  const complement = ends >= 1 ? of.slice(0, ends + 1).join(' ').replace(/[,.;:]$/, '') : '';
  return { phrase: `${m[1]} ${[...words.slice(0, at), noun].join(' ')}${complement ? ` ${complement}` : ''}`, noun };
}

/**
 * "the spokesman said": the person named earlier with that role, or, when the article never names
 * them, an unnamed speaker known by the role ("A police spokesperson").
 */
function byRole(phrase: string, noun: string, ctx: Context, before: PersonMention[]): Resolution {
  const known = ctx.people.byRoleNoun(noun.toLowerCase(), before, phrase);
  if (known !== undefined) return { person: known };
  // "the regulator said" after the Aviation and Spaceflight Regulatory Office, when no person
  // holds the role: a word for a person and for a body, here the body.
  const body = /^the\s/i.test(phrase.trim()) && isOrgNoun(noun) ? orgReferent(phrase, ctx, before) : undefined;
  if (body !== undefined) return { person: body };
  const described = describedPerson(phrase, noun, ctx, before);
  // "“…,” the former champion said" of Tabakov: readers ask for him so too.
  if (described !== undefined) ctx.people.describeAs(described, phrase);
  return { person: described ?? ctx.people.unnamed(fullerDescription(phrase, noun, ctx, before) ?? phrase) };
}

/** "the parish council chair" in `text` (its paragraph before the quote) for "the chair": more words for the same role. */
function fullerInParagraph(text: string, phrase: string, noun: string): string | undefined {
  const words = phrase.trim().split(/\s+/).length;
  const fuller = [...text.matchAll(new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}’'-]+\\s+){1,3}${noun}\\b`, 'gu'))].at(-1)?.[0];
  return fuller && fuller.split(/\s+/).length > words ? fuller : undefined;
}

/**
 * "the boy told Benedetti" after "the account of a 17-year-old boy from Eritrea": the fuller
 * description the text gave the same unnamed person a paragraph or two before.
 */
function fullerDescription(phrase: string, noun: string, ctx: Context, before: readonly PersonMention[]): string | undefined {
  const here = before.at(-1)?.paragraph;
  if (!/^the\s/i.test(phrase.trim()) || here === undefined) return undefined;
  // (Words that describe, not "a product of this club": no article or preposition among them.)
  const fuller = new RegExp(`\\b(?:a|an)\\s+(?:(?!(?:of|this|that|the|a|an|and|or|in|at|for|to|with|from|by)\\s)[\\p{L}\\d-]+\\s+){0,3}${noun}(?:\\s+(?:from|of|in|at)\\s+\\p{Lu}[\\p{L}-]+)?\\b`, 'iu');
  for (let p = here; p >= Math.max(1, here - 2); p--) {
    const m = fuller.exec(ctx.paragraphs[p - 1]!.text);
    if (m) return m[0];
  }
  return undefined;
}

/** A verb of speaking to someone, right before their name: "told Pickard", "asked Mr Lowe". */
const SPOKEN_TO = /\b(?:told|asked|warned|urged|thanked|ordered|reminded|assured|addressed)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/;

/** An age in a description: "the 34-year-old", "the 44-year-old electrician". */
const AGED = /^the\s+(\d{1,3})-year-old\b/i;

/** Paragraphs after "its director called ‘…’" in which the text may name the director. */
const ROLE_NAMED_LATER = 5;

/** Does a role say what `noun` does, in its word or a synonym ("lead actress" for "the star")? */
function roleSays(role: string, noun: string): boolean {
  const words = role.toLowerCase().split(/[\s-]+/);
  const lower = noun.toLowerCase();
  return role.toLowerCase().includes(lower) || roleSynonyms(lower).some((w) => words.includes(w));
}

/**
 * "the “Salt Year” star said", "the actress said" right after a paragraph about Noor Callaway: a
 * definite description of the person just named, when the text gives that person no other role
 * and no gender the noun rules out.
 */
function describedPerson(phrase: string, noun: string, ctx: Pick<Context, 'people'> & Partial<Pick<Context, 'paragraphs'>>, before: readonly PersonMention[]): number | undefined {
  if (!/^the\s/i.test(phrase.trim()) || isOrgNoun(noun)) return undefined;
  const last = before.at(-1);
  if (!last) return undefined;
  const gender = genderOfRole(noun);
  const age = AGED.exec(phrase)?.[1];
  if (age !== undefined && ctx.paragraphs) {
    // "“…,” the 34-year-old said" after "Jenna Okafor, 34, drove in from Dayton": whom the text gave that age.
    const aged = before.findLast((m) => new RegExp(`^,\\s*(?:aged\\s+)?${age}\\b`).test(ctx.paragraphs![m.paragraph - 1]!.text.slice(m.end, m.end + 12)));
    if (aged) return aged.person;
    // "The 44-year-old electrician said:" after "Another plaintiff, Tom Reilly, said …": an age is
    // news about the person just named, and so is the noun beside it.
    // (Whoever a sentence opens on first: "Vellinger denied it. He said Brakstad had planned it" names a team last.)
    const paragraph = ctx.paragraphs[last.paragraph - 1]!;
    const here = before.filter((m) => m.paragraph === last.paragraph && !isOrg(ctx.people.list[m.person]!) && !ctx.people.list[m.person]!.unnamed);
    // (Else someone the text gives a role or a title, not "North American" of "her North American tour".)
    const opens = (m: PersonMention) => sentenceBounds(paragraph, m.start).start === m.start;
    const known = (m: PersonMention) => ctx.people.list[m.person]!.evidence;
    const named = here.findLast((m) => opens(m) && known(m)) ?? here.findLast(opens) ?? here.findLast(known) ?? here.at(-1);
    const g = named ? genderOf(ctx.people.list[named.person]!) : undefined;
    if (named && (!gender || g === 'any' || g === gender)) return named.person;
  }
  // "the spokesperson" speaks for someone; the text would have said so of the person named, as it
  // does of "Nadia Ferrant, Quillon's head of communications" just before "the spokeswoman said".
  if (SPEAKS_FOR_NOUN.test(noun)) {
    const speaker = /^spokes/i.test(noun) ? before.findLast((m) => m.paragraph >= last.paragraph - 1 && COMMUNICATIONS_ROLE.test(ctx.people.list[m.person]!.role ?? '')) : undefined;
    return speaker?.person;
  }
  const window = before.filter((m) => m.paragraph >= last.paragraph - 1);
  // "One neighbor, who asked not to be named because she rents her home, said …" then "“…,” the
  // woman said": the unnamed speaker just described, when nothing says otherwise, whoever their
  // words named since. So is "the employee said" after "One Corvane sales manager, who asked not
  // to be named because employees were told not to speak, said many staff had expected Hallett to
  // leave": a word that fits anyone, or one the description uses.
  const described = window.findLast(({ person }) => {
    const p = ctx.people.list[person]!;
    return p.unnamed && (/^(?:woman|man|girl|boy|person|employee|worker|staffer|member|official|source|insider)$/i.test(noun) || p.role?.toLowerCase().includes(noun.toLowerCase())) && genderOf(p) !== (gender === 'f' ? 'm' : 'f');
  });
  if (described) return described.person;
  // "The Italian said" of the Eastmoor manager: where someone is from goes with any role.
  const nationality = WORDNET_DEMONYMS.has(noun) && new RegExp(`^the\\s+${noun}$`, 'i').test(phrase.trim());
  // "Quigley admits she kept the date quiet in case Carrow pulled out. ‘…,’ the club owner says.":
  // the sentence's subject, not a name later in it.
  const subject = ctx.paragraphs ? sentenceSubject(ctx.paragraphs[last.paragraph - 1]!, last, before, ctx.people) : undefined;
  if (subject !== undefined) {
    const p = ctx.people.list[subject.person]!;
    if (!isOrg(p) && !p.unnamed && p.evidence && (!gender || genderOf(p) === 'any' || genderOf(p) === gender) && (!p.role || !p.role.toLowerCase().split(/\s+/).some((w) => isRoleNoun(w)) || roleSays(p.role, noun))) return subject.person;
  }
  // The person named last: "Odell said … ship it to the NTSB’s laboratory" named Odell last, not the NTSB.
  // ("Helen Ashworth told Pickard …" then "‘…,’ the magistrate added": whom someone spoke to is
  // the one who listened.)
  const listened = (m: PersonMention) => ctx.paragraphs !== undefined && SPOKEN_TO.test(ctx.paragraphs[m.paragraph - 1]!.text.slice(Math.max(0, m.start - 12), m.start));
  const lastPerson = before.findLastIndex((m) => !isOrg(ctx.people.list[m.person]!) && !listened(m));
  for (let i = before.length - 1; i >= 0 && before[i]!.paragraph >= last.paragraph - 1; i--) {
    const p = ctx.people.list[before[i]!.person]!;
    if (isOrg(p) || p.unnamed || !p.evidence || listened(before[i]!)) continue;
    if (gender && genderOf(p) !== 'any' && genderOf(p) !== gender) return undefined;
    // "…,” said Margaret Tolliver, head of postwar American art at Halvorsen & Pike. ¶ “…,” the
    // specialist said.": another word for the role of the person just named, when it is a plain
    // noun for what someone does (not "the official", "the lawyer", who may be someone else).
    const plainRole = p.role !== undefined && p.role.toLowerCase().split(/\s+/).some((w) => isRoleNoun(w));
    // "Its lead actress, Noor Callaway, …" then "the “Salt Year” star said": her role in other words.
    if (p.role && roleSays(p.role, noun)) return before[i]!.person;
    if (p.role && !nationality && (i !== lastPerson || !plainRole || !describesPerson(noun) || isOrgNoun(noun) || OTHERS_AGENT.test(noun))) return undefined;
    return before[i]!.person;
  }
  return undefined;
}

/**
 * The person who opens the sentence `last` is named in, when that is someone else named earlier
 * in it: "Quigley admits … in case Carrow pulled out" gives Quigley for Carrow.
 */
function sentenceSubject(p: Paragraph, last: PersonMention, before: readonly PersonMention[], people: People): PersonMention | undefined {
  const { start } = sentenceBounds(p, last.start);
  const inSentence = before.filter((m) => m.paragraph === p.number && m.start >= start && m.start < last.start && !isOrg(people.list[m.person]!));
  const opener = inSentence[0];
  if (!opener || opener.person === last.person) return undefined;
  if (/^\s*$/.test(p.text.slice(start, opener.start).replace(/^(?:\p{L}+ly|even so|still|but|and|yet|however|meanwhile),?\s*/iu, ''))) return opener;
  // "Her counterpart at Orsini, Paolo Renzi, defended …": a name set off after the phrase the
  // sentence opens on, which is who they are.
  const apposed = inSentence.find((m) => OPENING_BEFORE_NAME.test(p.text.slice(start, m.start)) && /^,/.test(p.text.slice(m.end)));
  return apposed && apposed.person !== last.person ? apposed : undefined;
}
/** A sentence's opening phrase before a name set off by commas: "Her counterpart at Orsini, ". */
const OPENING_BEFORE_NAME = /^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[^,.;:“”"‘’]{2,60},\s*$/u;

/**
 * "The economist called the longer timeline “…”", "The minister praised staff as ‘…’": the person a
 * definite role opening the sentence refers to, when it names or judges with a verb; undefined else.
 */
function leadingRole(lead: string, ctx: Context, paragraph: number, leadStart: number): number | undefined {
  // ("In its report, the firm called the grant “…”": after an opening phrase.)
  const text = lead.trimStart().replace(LEADING_CLAUSE, '');
  if (!NAMING_VERB.test(text) && !HAS_VERB.test(text)) return undefined;
  const before = mentionsBefore(ctx.mentions, paragraph, leadStart);
  // "the firm called …": the body named before that the noun can mean.
  const body = /^([Tt]he\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+))\s+\p{Ll}/u.exec(text);
  // (Not "The court heard that the firm … described itself as ‘…’": what a court hears is others' words.)
  if (body && isOrgNoun(body[2]!) && !/^\s+(?:heard|was\s+told|were\s+told)\b/i.test(text.slice(body[1]!.length))) return orgReferent(body[1]!, ctx, before);
  // "The students' union said it had supported 290 students. It called the reliance on software
  // ‘a lottery’.": the body the paragraph has just named.
  if (/^It\s+\p{Ll}/u.test(text) && NAMING_VERB.test(text)) return before.findLast((m) => m.paragraph === paragraph && orgLike(ctx.people.list[m.person]!))?.person;
  // "Her physiotherapist, who asked not to be named, describes Carrow’s progress as ‘…’".
  const possessed = POSSESSED_ROLE.exec(text);
  const opening: readonly string[] | undefined = roleOpening(text) ?? (possessed ? [possessed[0], possessed[1]!, possessed[2]!] : undefined);
  if (!opening || !/^(?:the|her|his|their)\s/i.test(opening[1]!) || isOrgNoun(opening[2]!) || !describesPerson(opening[2]!.toLowerCase())) return undefined;
  const resolved = byRole(opening[1]!, opening[2]!, ctx, before);
  return resolved && 'person' in resolved ? resolved.person : undefined;
}

/** "Her physiotherapist, who asked not to be named, describes": someone's role, then a verb. */
const POSSESSED_ROLE = /^((?:her|his|their)\s+([\p{L}-]+))(?:,\s+who\s[^,“”"‘]{3,100},)?\s+\p{Ll}/iu;

/** "It reads:", "The statement said:": a document quoted, whose words are its issuer's. */
const DOCUMENT_READS = /^\s*(?:it|the\s+(?:[\p{L}’'-]+\s+){0,2}?(?:statement|letter|email|release|post|notice|memo|message|note))\s+(?:reads|read|says|said|states|stated|continues|continued|adds|added)\s*[:,]\s*$/iu;
/** A sentence opening on a body's document: "The agency’s consumer alert …", "The union’s message to members …" (group 1: the body's noun). */
const OWNED_DOCUMENT = /^\s*(?:[^,:“”"‘]{0,40},\s*)?the\s+(\p{Ll}+)(?:’s|'s)\s+(?:[\p{L}-]+\s+){0,2}?(?:advisory|alert|bulletin|message|statement|letter|order|notice|release|guidance|report|post|warning|update|email|memo)\b[^“”"‘]*$/iu;

/** The sentence leading into the quote: "X told reporters: “…”", "According to X, “…”". */
function fromBefore(lead: string, ctx: Context, paragraph: number, leadStart: number): Resolution {
  // "Southern Vale Trains has issued its first statement of the day. It reads: ‘…’": its issuer's words.
  if (DOCUMENT_READS.test(lead)) {
    const issuer = issuerBefore(ctx, mentionsBefore(ctx.mentions, paragraph, leadStart + lead.length), paragraph);
    if (issuer !== undefined) return { person: issuer };
  }
  // "The department’s advisory, posted Wednesday morning, was blunt: “…”", "The union’s message
  // to members … ran just four sentences: ‘…’": a body's document, quoted, gives the body's words.
  const document = /:\s*$/.test(lead) ? OWNED_DOCUMENT.exec(lead) : null;
  if (document) {
    const body = orgReferent(`the ${document[1]!}`, ctx, mentionsBefore(ctx.mentions, paragraph, leadStart));
    if (body !== undefined) return { person: body };
  }
  const according = ACCORDING_TO.exec(lead);
  if (according) {
    const named = mentionsIn(according[1]!, ctx.people).at(-1);
    return named ? { person: named.person } : undefined;
  }
  if (VERB_LEADS_IN.test(lead) || /:\s*$/.test(lead)) {
    // "Speaking outside the Department of Health on Tuesday, he said: “…”": a body named in the
    // opening clause is where, not who.
    const afterClause = PRONOUN_AFTER_CLAUSE.exec(lead);
    // "Colter, he said, “has nothing to lose …”": the name the sentence opens with is its topic, not "he".
    if (afterClause) return TOPIC_THEN_PRONOUN.test(lead) ? { pronoun: pronounOf(afterClause[1]!), before: leadStart } : { pronoun: pronounOf(afterClause[1]!) };
    // "In her written dissent, she was blunt: “…”": a pronoun subject leading in with a colon.
    const colon = PRONOUN_COLON.exec(lead);
    if (colon) return { pronoun: pronounOf(colon[1]!) };
    // "The skipper had a message for the Penharrow supporters who made the trip: ‘…’": the role
    // the sentence opens with, not a name in what follows.
    const roleMessage = ROLE_MESSAGE_LEAD_IN.exec(lead);
    if (roleMessage && describesPerson(roleMessage[2]!.toLowerCase())) return byRole(roleMessage[1]!, roleMessage[2]!, ctx, mentionsBefore(ctx.mentions, paragraph, leadStart));
    // Who pass 1 found there ("A Department for Rural Affairs spokesperson said:"), else any name.
    // "The QSA’s chief regulator, Dr Imogen Tallis, said:": not the body whose role it is.
    const inLead = ctx.mentions.filter((m) => m.paragraph === paragraph && m.start >= leadStart && m.end <= leadStart + lead.length);
    // "The leader of Ashcombe Borough Council, Priya Nandra, said:": the name the verb follows.
    const text = ctx.paragraphs[paragraph - 1]!.text;
    const subject = apposedSubject(inLead, text, ctx.people);
    // "In a letter sent to Ms Marwick in May, the group wrote:": whom it was sent to does not speak.
    const addressed = (m: PersonMention) => ADDRESSED.test(text.slice(Math.max(0, m.start - 16), m.start));
    // "City Council Member Priya Haldane, whose ward …, wrote:": a body that only opens the next
    // person's title is not who speaks.
    const opensTitle = (m: PersonMention) => orgLike(ctx.people.list[m.person]!) && inLead.some((n) => n.start > m.end && n.start - m.end <= 24 && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(m.end, n.start)) && !orgLike(ctx.people.list[n.person]!));
    // "Outside the Royal Courts of Justice, Severn Skies chair Ruth Pendleton, …, said:": a name in
    // the sentence's opening phrase is where, not who.
    const opening = leadStart + (LEADING_CLAUSE.exec(lead)?.[0].length ?? 0);
    // "The Galway captain was honest …:": a body that only says whose a person is does not speak.
    const modifiesRole = (person: number, end: number) => orgLike(ctx.people.list[person]!) && isPersonNoun(/^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end))?.[1] ?? '');
    // "In a letter to the judge, which Mr Okoro handed up to the court, Fletcher wrote:": a name
    // inside a relative clause set off by commas is not the subject, when one follows the clause.
    const relative = [...lead.matchAll(RELATIVE_CLAUSE)].map((r) => [leadStart + r.index!, leadStart + r.index! + r[0].length] as const);
    const inRelative = (m: PersonMention) => relative.some(([from, to]) => m.start >= from && m.end <= to && inLead.some((n) => n.start >= to));
    const candidates = inLead.filter((m) => !addressed(m) && !opensTitle(m) && !modifiesRole(m.person, m.end) && !inRelative(m) && m.start >= opening);
    // "In a written statement, the agency congratulated Halcyon and said: “…”": the subject of both
    // verbs, not whom the first was done to.
    const coordinated = subject === undefined && candidates.length > 0 ? coordinatedSubject(lead, paragraph, leadStart, ctx) : undefined;
    if (coordinated !== undefined) return { person: coordinated };
    // "In a statement read outside the court by his sister, Lucy Ashworth, the family said:": a
    // role right before the verb, with no name set off after it, is the subject; the names before
    // its comma are in the opening phrase.
    const roleLast = subject === undefined ? ROLE_LEADS_IN.exec(lead) : null;
    if (roleLast && !roleLast[0].replace(/^,\s*/, '').slice(0, -1).includes(',') && candidates.length > 0 && candidates.every((m) => m.end <= leadStart + roleLast.index)) {
      const before = mentionsBefore(ctx.mentions, paragraph, leadStart + lead.length);
      if (describesPerson(roleLast[2]!.toLowerCase())) return byRole(roleLast[1]!.trim(), roleLast[2]!, ctx, before);
      const body = orgReferent(roleLast[1]!.trim(), ctx, before);
      if (body !== undefined) return { person: body };
    }
    // "In a 2011 interview, he reflected on the years when strangers called him Walter in the
    // street:": the pronoun is the subject; a name in its predicate is what he talks of, unless it
    // speaks itself ("he said Walter told him:").
    const pronounSubject = subject === undefined ? PRONOUN_SUBJECT_LEAD.exec(lead) : null;
    if (pronounSubject && candidates.every((m) => m.start >= leadStart + pronounSubject[0].length && !SPEAKS_RIGHT_AFTER.test(text.slice(m.end, m.end + 30)))) {
      return { pronoun: pronounOf(pronounSubject[1]!) };
    }
    const found = subject ?? candidates.find((m) => !ownsWhatFollows(ctx.paragraphs, m)) ?? candidates[0];
    if (found) return { person: found.person };
    // (Past the opening phrase: "Asked whether Veltria would unfreeze Marezani assets, the foreign
    // minister was blunt:" is not Marezan's.)
    const named = mentionsIn(lead, ctx.people).filter((n) => n.m.start >= opening - leadStart && !ADDRESSED.test(lead.slice(Math.max(0, n.m.start - 16), n.m.start)) && !modifiesRole(n.person, leadStart + n.m.end));
    if (named.length) return { person: named[0]!.person };
    // "He told the judge: “…”", "In a 2007 lecture, she said: “…”".
    const pronoun = PRONOUN_LEADS_IN.exec(lead);
    if (pronoun) return { pronoun: pronounOf(pronoun[1]!) };
    // "Her message to the rail operator was blunt: ‘…’", "His answer: “…”".
    const ownWords = OWN_WORDS_LEAD_IN.exec(lead);
    if (ownWords) return { pronoun: pronounOf(ownWords[1]!) };
    // "Earlier, on breakfast radio, she had a blunt message for the union’s leadership: ‘…’".
    const message = PRONOUN_MESSAGE_LEAD_IN.exec(lead);
    if (message) return { pronoun: pronounOf(message[1]!) };
    // "Asked whether …, the councillor said: “…”", "The company wrote: “…”".
    // "…, the foreign minister was blunt: ‘…’": only someone who holds the role already (a state
    // said of an unknown "new MP" is too little to make a new speaker of).
    const stated = ROLE_COLON.exec(lead);
    if (stated && describesPerson(stated[2]!.toLowerCase())) {
      const holder = ctx.people.byRoleNoun(stated[2]!.toLowerCase(), mentionsBefore(ctx.mentions, paragraph, leadStart + lead.length), stated[1]!);
      if (holder !== undefined) return { person: holder };
    }
    const role = ROLE_LEADS_IN.exec(lead);
    if (role) {
      const before = mentionsBefore(ctx.mentions, paragraph, leadStart + lead.length);
      const phrase = role[1]!.trim();
      if (describesPerson(role[2]!.toLowerCase())) return byRole(phrase, role[2]!, ctx, before);
      const body = orgReferent(phrase, ctx, before);
      if (body !== undefined) return { person: body };
    }
  }
  return undefined;
}

/** A sentence of its own reporting what someone said: " Pahlmeyer said the city should have …". */
const NEXT_SENTENCE_REPORTS = /^\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:said|says|argued|added|told\s+\S+)\s+(?:\S+\s+){2}/u;

/** A name and its speech verb ending a sentence: ", Oberholtzer told the board.", ", Dr. Ana Ruiz said." */
const NAME_REPORTS_AT_END = /,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s+(?:told|said|says|added|wrote)\b[^,“”"‘’]{0,60}[.!]?\s*$/u;

/** A sentence that ends on someone's gesture: "Ocampo laughed.", "She shrugged and smiled." (group 1: who). */
const GESTURE_BEFORE = /(?:^|[\s,])(\p{Lu}[\p{L}’'-]+|[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?:laughed|smiled|grinned|shrugged|paused|nodded|sighed|chuckled|beamed|winced|laughs|smiles|grins|shrugs|pauses|nods|sighs|chuckles)(?:\s+(?:and|then)\s+\p{Ll}+)?\.\s*$/u;

/** Who the sentence right before a quote, in its paragraph, shows making a gesture (see GESTURE_BEFORE). */
function gestured(before: string, paragraph: number, mentions: readonly PersonMention[], people: People): Resolution {
  const m = GESTURE_BEFORE.exec(before);
  if (!m) return undefined;
  if (/^(?:he|she)$/i.test(m[1]!)) return { pronoun: pronounOf(m[1]!) };
  const at = m.index + m[0].indexOf(m[1]!);
  const named = mentions.find((x) => x.paragraph === paragraph && x.start <= at && x.end >= at + m[1]!.length);
  return named && !orgLike(people.list[named.person]!) ? { person: named.person } : undefined;
}

/** The first sentence of `text`, keeping its leading punctuation (", said Prof. Lund, a …"). */
function firstSentence(text: string): string {
  const lead = /^[\s,.!?…—–-]*/.exec(text)![0];
  return lead + (splitSentences(text.slice(lead.length))[0] ?? '');
}

/** "he said": the last person named before the quote, preferring names the text treats as people. */
function lastPersonBefore(people: People, mentions: readonly PersonMention[], paragraph: number, offset: number): number | undefined {
  const before = mentionsBefore(mentions, paragraph, offset).filter((m) => !isOrg(people.list[m.person]!));
  for (let i = before.length - 1; i >= 0; i--) if (people.list[before[i]!.person]!.evidence) return before[i]!.person;
  return before.at(-1)?.person;
}

const genderOf = (p: Person): Pronoun => (p.male > p.female ? 'm' : p.female > p.male ? 'f' : 'any');

/**
 * A name that ends like a place's or a body's ("Ridgeway Lane", "Harcastle Vale") and that the
 * text gives no role or title: never who "he" or "she" is.
 */
const placeLike = (p: Person): boolean =>
  !p.unnamed && !p.role && !p.titles?.size && NON_PERSON_HEADS.has(p.name.split(/\s+/).at(-1)!.toLowerCase().replace(/[’']s$/, ''));

/**
 * Whether the quotation `q` itself talks of `person` as the subject of a clause, by their given
 * name or surname alone: "Mateo drove a better race than I did". (Not "Derek, the sea's in the
 * road", said to them; nor "not a Gordon Pell asset", a name as a word for a thing.)
 */
function namedInside(q: RawQuote, person: Person): boolean {
  if (person.unnamed || isOrg(person)) return false;
  return person.name.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && new RegExp(`(?<!\\p{Lu}[\\p{L}’'.-]*\\s+|[\\p{L}’'.-])${w}\\s+\\p{Ll}`, 'u').test(q.text));
}

/** "in Austin, ": a town named after "in", "of" or "from", then a comma, before its state or country. */
const TOWN_THEN = /\b(?:in|of|from|at|near|outside)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?,\s*$/u;

/**
 * "she said": among the people named in this paragraph and the one before, the most recent whose
 * gender the text gives as the pronoun's; else the most recent person the text does not say is of
 * the other gender.
 */
function byPronoun(
  people: People,
  mentions: readonly PersonMention[],
  paragraph: number,
  offset: number,
  pronoun: Pronoun,
  paragraphs?: readonly Paragraph[],
): number | undefined {
  if (pronoun === 'any') return lastPersonBefore(people, mentions, paragraph, offset);
  if (pronoun === 'they') {
    // "The stewards were unmoved. In their written decision they said …": a group of people the
    // text names only by its noun, as a sentence's subject just before.
    const group = paragraphs ? groupSubjectBefore(paragraphs, paragraph, offset) : undefined;
    return group === undefined ? lastPersonBefore(people, mentions, paragraph, offset) : people.unnamed(group);
  }
  if ((pronoun === 'm' || pronoun === 'f') && paragraphs) {
    const subject = subjectBefore(people, mentions, paragraphs, paragraph, offset, pronoun);
    if (subject !== undefined) return subject;
  }
  if (pronoun === 'n') {
    // "it said": the body named last, in this paragraph or the two before.
    const before = mentionsBefore(mentions, paragraph, offset);
    // ("“…,” the ministry said. Growers … will also be able to defer contributions, it added.":
    // a body this paragraph has speak by its noun, after any it names, over one named before.)
    const spoke = paragraphs ? bodySpokeBefore(paragraphs[paragraph - 1]!.text.slice(0, offset)) : undefined;
    if (spoke && !before.some((m) => m.paragraph === paragraph && m.start > spoke.at && orgLike(people.list[m.person]!))) return people.byOrgNoun(spoke.noun, before, paragraphs) ?? people.unnamed(spoke.phrase);
    // (Not the state of "headquartered in Austin, Texas,": a place after its town is where.)
    const stateOfTown = (m: PersonMention) => paragraphs !== undefined && TOWN_THEN.test(paragraphs[m.paragraph - 1]!.text.slice(Math.max(0, m.start - 40), m.start));
    for (let i = before.length - 1; i >= 0 && before[i]!.paragraph >= paragraph - 2; i--) {
      if (orgLike(people.list[before[i]!.person]!) && !stateOfTown(before[i]!)) return (paragraphs && bodySubject(people, before, before[i]!, paragraphs)) ?? before[i]!.person;
    }
    // "The finance ministry welcomed the decision. ¶ “…,” it said in a statement.": a body the
    // text names only by its noun, as the subject of the paragraph before.
    const subject = paragraphs?.[paragraph - 2] ? BODY_SUBJECT.exec(paragraphs[paragraph - 2]!.text) : null;
    return subject ? people.unnamed(subject[1]!) : undefined;
  }
  const earlier = mentionsBefore(mentions, paragraph, offset);
  const before = earlier.filter(
    (m) => !isOrg(people.list[m.person]!) && !placeLike(people.list[m.person]!) && personal(people.list[m.person]!) && (!people.list[m.person]!.unnamed || people.list[m.person]!.male + people.list[m.person]!.female > 0),
  );
  for (let i = before.length - 1; i >= 0 && before[i]!.paragraph >= paragraph - 1; i--) {
    if (genderOf(people.list[before[i]!.person]!) === pronoun) return before[i]!.person;
  }
  // Never someone the text gives the other gender: better no speaker than the wrong one.
  const notOtherGender = (m: PersonMention) => genderOf(people.list[m.person]!) !== (pronoun === 'm' ? 'f' : 'm');
  const fits = before.filter(notOtherGender);
  // Someone named in this paragraph or the one before, over a speaker from further back: "Hughes
  // and his partner, Marcy Dunn, watched. “…,” she said." is Dunn's, not a fire marshal's of five
  // paragraphs earlier.
  const near = fits.filter((m) => m.paragraph >= paragraph - 1);
  const found = lastPersonBefore(people, near, paragraph, offset) ?? lastPersonBefore(people, fits, paragraph, offset);
  if (found !== undefined) return found;
  // "Kofi Mensah-Hart, who joined the elephant team, had never seen a birth before. ¶ ‘…,’ he
  // says.": when no one else can be meant, someone named in full in this paragraph or the one
  // before, though nothing yet says they are a person rather than a place.
  const named = earlier.filter((m) => m.paragraph >= paragraph - 1 && people.list[m.person]!.fullName === true && !orgLike(people.list[m.person]!) && notOtherGender(m));
  return named.at(-1)?.person;
}

/**
 * The last group of people named by its noun alone as a sentence's subject ("The stewards were
 * unmoved."), before `offset` in `paragraph` or in the paragraph before; undefined when a name
 * comes between (see GROUP_SUBJECT).
 */
function groupSubjectBefore(paragraphs: readonly Paragraph[], paragraph: number, offset: number): string | undefined {
  const here = paragraphs[paragraph - 1]!.text.slice(0, offset);
  const text = `${paragraphs[paragraph - 2]?.text ?? ''} ${here}`;
  const last = [...text.matchAll(GROUP_SUBJECT)].at(-1);
  if (!last) return undefined;
  const single = last[2]!.replace(/s$/, '');
  // (Nothing but narration after it: no one named since, whom "they" may mean with others.)
  return isPersonNoun(single) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(last.index! + last[0].length)) ? last[1]! : undefined;
}
/** Words only a speaker says of themself: "I", "me", "my". */
const FIRST_PERSON_WORDS = /(?<![\p{L}’'])(?:I|me|my|myself|I[’'](?:m|ve|d|ll))(?![\p{L}’'])/u;
/** A lead whose subject is "they", reporting: "In their written decision they said Iriarte had ". */
const THEY_REPORT = /^\s*(?:(?:in|on)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|decision|ruling|judgment|judgement|report|findings|verdict|letter)\s+)?they\s+(?:\w+ly\s+)?(?:said|say|wrote|ruled|found|noted|concluded|added|argued|insisted|stated)\b/iu;
/** "The stewards were unmoved.": a sentence opening on "the" and a plural noun, then its verb (group 1: the phrase; 2: the noun). */
const GROUP_SUBJECT = /(?:^|[.!?]\s+)(The\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s))\s+(?:\w+ly\s+)?(?:were|are|had|have|said|say|ruled|found|decided|noted|concluded|wrote|insisted|agreed|argued|rejected|disagreed)\b/gu;

/**
 * "The diocese said the proceeds would be shared between the Church Commissioners and its own fund.
 * It added …": the body `m`'s sentence is about (its subject, after at most an opening phrase such
 * as "In a statement,"), when another body than `m`.
 */
function bodySubject(people: People, before: readonly PersonMention[], m: PersonMention, paragraphs: readonly Paragraph[]): number | undefined {
  const subject = sentenceOpener(before, m, paragraphs, SUBJECT_OPENING);
  return subject && subject.person !== m.person && orgLike(people.list[subject.person]!) ? subject.person : undefined;
}

/** The mention `m`'s sentence opens on, before `m`, with only `opening` before it (nothing, by default). */
function sentenceOpener(before: readonly PersonMention[], m: PersonMention, paragraphs: readonly Paragraph[], opening = /^$/): PersonMention | undefined {
  const p = paragraphs[m.paragraph - 1]!;
  const { start } = sentenceBounds(p, m.start);
  return before.find((o) => o.paragraph === m.paragraph && o.start >= start && o.start < m.start && opening.test(p.text.slice(start, o.start)));
}

/** What may stand before a sentence's subject: "In a statement, the", "The". */
const SUBJECT_OPENING = /^(?:(?:In|On|At|Later|Earlier)\b[^,]{0,40},\s*)?(?:[Tt]he\s+)?$/;

/**
 * "Okonkwo-Harris pushed back against Brennan. “…,” she said.": the subject of the sentence before
 * (its first name that is not a possessive), when the text does not give them the other gender.
 * Sentences that go on about "she" lead further back: "Gebreyes spoke to reporters. She finished
 * second behind Wanjiru … “…,” she said." Stops at a sentence whose subject does not fit.
 */
function subjectBefore(
  people: People,
  mentions: readonly PersonMention[],
  paragraphs: readonly Paragraph[],
  paragraph: number,
  offset: number,
  pronoun: 'm' | 'f',
): number | undefined {
  const sentences: { paragraph: number; start: number; end: number; text: string }[] = [];
  // This paragraph and the two before: "He said he had reduced the sentence …" between the
  // judge's quote and "‘…,’ he said" leaves the judge the subject.
  // (And further, reached only through sentences that go on about "he": "Brankovic has scored …
  // He was named …. The 6ft 3in frontman … . He said: ‘…’". The walk stops at SENTENCES_BACK
  // sentences of narration; a quotation's own sentences are passed over without counting.)
  for (const p of paragraphs.slice(Math.max(0, paragraph - 1 - PARAGRAPHS_BACK), paragraph)) {
    for (const { text, start, end } of sentenceSpans(p)) {
      if (p.number === paragraph && start >= offset) break;
      sentences.push({ paragraph: p.number, start, end: p.number === paragraph ? Math.min(end, offset) : end, text });
    }
  }
  const same = pronoun === 'm' ? SAME_HE : SAME_SHE;
  // Walking back through a quotation of several sentences: none of them says who speaks.
  let inQuotation = false;
  /** Was a sentence passed over that is neither a quotation nor "she" again? */
  let brokeChain = false;
  for (let i = sentences.length - 1, seen = 0; i >= 0 && seen < SENTENCES_BACK; i--) {
    const s = sentences[i]!;
    const p = paragraphs[s.paragraph - 1]!;
    const own = p.text.slice(s.start, s.end).trim();
    const opensAt = own.search(OPENING_MARK);
    if (inQuotation) {
      if (opensAt < 0) continue;
      inQuotation = false;
    } else if (opensAt < 0 && CLOSES_SENTENCE.test(own)) {
      inQuotation = true;
      continue;
    }
    seen++;
    /** Whether the sentence, right before the quote, says `m` has not spoken (see SAID_NOTHING). */
    const saidNothing = (m: PersonMention) => seen === 1 && SAID_NOTHING.test(p.text.slice(m.end, s.end));
    // "He had seconds, not minutes,” Kettering said …": a quotation's last sentence, split from its
    // opening, ends inside this one; only what follows the closing mark is narration.
    // (A straight mark closes as well as opens: the first one met may be this closing one.)
    const ends = QUOTATION_ENDS.exec(own);
    const quoteEnds = ends && (opensAt < 0 || ends.index + 1 === opensAt) ? ends : null;
    const narration = quoteEnds ? own.slice(quoteEnds.index + quoteEnds[0].length) : own;
    // Only the quotation itself, or a sentence whose subject is "she" again: look further back.
    if (own === '' || same.test(narration)) continue;
    // "Her brother was blunter. “…,” he said.": the relative the sentence opens on, of the family
    // of whom "her" is.
    const kin = KIN_OPENS.exec(narration);
    if (kin && genderOfRole(kin[2]!.toLowerCase()) === pronoun) {
      const relative = relativeOfWhose(kin[1]!, kin[2]!.toLowerCase(), people, mentionsBefore(mentions, s.paragraph, s.start));
      if (relative !== undefined) return relative;
    }
    // "Brankovic has scored 27 goals …. He was named …. The 6ft 3in frontman, who grew up in Novi
    // Sad, will wear the No 9 shirt. He said: ‘…’": an epithet for the story's subject (an age, a
    // height, "the youngster") goes on about the same person, as "he" does.
    if (STANDS_IN_OPENING.test(own)) {
      brokeChain = true;
      continue;
    }
    // "The manager admitted City had feared … when Wexley made an offer. “…,” he said.": the
    // subject is the manager, whoever is named later in the sentence.
    // "‘…,’ the coroner said.": the sentence is the coroner's.
    const opening = roleOpening(own);
    const role = opening ?? QUOTED_BY_ROLE.exec(own);
    // "The trust’s chief executive, Alison Threlfall, said …": the name set off after the role is the subject.
    // (So is "the Independent TD for Lisdrum–Kilcarran, Marguerite Tobin-Shanahan,": a seat's
    // name may hold a dash.)
    const at = p.text.indexOf(own, s.start);
    const roleEnd = opening ? at + own.indexOf(opening[1]) + opening[1].length : -1;
    const apposed = roleEnd < 0 ? undefined : mentions.find((m) => m.paragraph === s.paragraph && m.start > roleEnd && m.start - roleEnd <= 40 && /^[\p{L}\p{M}’'\s–-]*,\s*$/u.test(p.text.slice(roleEnd, m.start)) && !isOrg(people.list[m.person]!));
    // "Reviewing it, the critic Gerald Pym wrote", "the chair of judges, the historian Helena
    // Ostrowska, called …": the name the role runs into.
    const named = apposed ?? (roleEnd < 0 ? undefined : mentions.find((m) => m.paragraph === s.paragraph && m.start > roleEnd && ROLE_RUNS_INTO.test(p.text.slice(roleEnd, m.start)) && !isOrg(people.list[m.person]!)));
    if (named && saidNothing(named)) {
      brokeChain = true;
      continue;
    }
    if (named) return genderOf(people.list[named.person]!) === (pronoun === 'm' ? 'f' : 'm') ? undefined : named.person;
    // ("A resident who lives beside the river … told the BBC": someone new, whom the text names as
    // the sentence's subject below.)
    if (role && isPersonNoun(role[2]!) && !/^(?:a|an)\s/i.test(role[1]!)) {
      const before = mentionsBefore(mentions, s.paragraph, s.start);
      // "The landlady says …" after a paragraph about Sandra Pryce: the landlady is Pryce.
      const holder = people.byRoleNoun(role[2]!.toLowerCase(), before, role[1]!) ?? describedPerson(role[1]!, role[2]!, { people }, before);
      if (holder === undefined) return undefined;
      return genderOf(people.list[holder]!) === (pronoun === 'm' ? 'f' : 'm') ? undefined : holder;
    }
    // Names inside a quotation are what the speaker talks about, not who speaks: only those
    // before its opening mark count ("The judge said: ‘… Helen Whitby paid for that hurry …’").
    // Narration: before the first opening mark, and after the last closing one ("‘…,’ said Prof Desai").
    const closes = [...own.matchAll(CLOSING_MARKS)].at(-1);
    const narrated = (m: PersonMention) =>
      quoteEnds ? m.start >= at + quoteEnds.index + quoteEnds[0].length : opensAt < 0 || m.end <= at + opensAt || (closes !== undefined && closes.index! > opensAt && m.start > at + closes.index!);
    const inside = mentions.filter((m) => m.paragraph === s.paragraph && m.start >= s.start && m.end <= s.end && narrated(m) && !isOrg(people.list[m.person]!) && !placeLike(people.list[m.person]!) && personal(people.list[m.person]!));
    // The sentence's subject opens it: in "The town has switched …, and water is handed out at
    // Bridgeport Falls High School, he said", the school's town is not who "he" is.
    const current = s.paragraph === paragraph && s.end >= offset;
    // "Asked whether she considered pulling Villanueva-Kerr …, Halvorsen shook her head.": a name in
    // the sentence's opening clause is what was asked about; the subject follows the clause.
    const clause = quoteEnds || opensAt === 0 ? 0 : (LEADING_CLAUSE.exec(own)?.[0].length ?? 0);
    const pastOpening = clause > 0 && inside.some((m) => m.start >= at + clause) ? inside.filter((m) => m.start >= at + clause) : inside;
    const subject = pastOpening.find((m) => !ownsWhatFollows(paragraphs, m) && (!current || m.start - s.start <= SUBJECT_REACH));
    if (!subject && current) {
      brokeChain = true;
      continue;
    }
    // "In 1965, a county circuit judge fined her $100 … . She paid the fine. … she recalled:": a
    // subject whose verb takes "her" as its object is not "she"; who is lies further back.
    if (subject && (pronoun === 'f' ? OBJECT_HER : OBJECT_HIM).test(p.text.slice(subject.end, s.end))) {
      brokeChain = true;
      continue;
    }
    // "Hartley’s chief executive, Mark Brannigan, …, has not commented publicly. ¶ “…,” he said.":
    // someone the text has just said did not speak is not who speaks next; who does lies further
    // back. (Only right before the quote: "Aldane did not speak at the meeting. In a letter …, he
    // wrote: “…”" is his.)
    if (subject && saidNothing(subject)) {
      brokeChain = true;
      continue;
    }
    if (subject) {
      const person = people.list[subject.person]!;
      // "One high school junior, who did not give her name, told the board …. “…,” she said.": an
      // unnamed subject in the quote's paragraph or the one before; further back, too unsure.
      // (Unless all between is the same voice: their quotations, and "she said" again.)
      if (person.unnamed && person.male + person.female === 0 && s.paragraph < paragraph - 1 && brokeChain) return undefined;
      return genderOf(person) === (pronoun === 'm' ? 'f' : 'm') ? undefined : subject.person;
    }
    // A quotation with no one named beside it: look further back.
    if (/^[“"‘']/.test(own) || /[”"’']$/.test(own)) continue;
    // "It was the theatre, however, that he regarded as home.": no one named, and "he" again, in
    // another place than the sentence's start: it goes on about the same person.
    if (inside.length === 0 && (pronoun === 'm' ? /\b(?:he|his|him)\b/i : /\b(?:she|her)\b/i).test(narration)) {
      brokeChain = true;
      continue;
    }
    // "Lennox said the administrators had written to … Nigel Stroud, …. Under the moratorium …,
    // landlords need permission … ¶ ‘…,’ he said.": a sentence of background naming no one, at
    // the end of the paragraph before, leaves the subject before it who speaks.
    if (inside.length === 0 && seen === 1 && s.paragraph === paragraph - 1 && !current) {
      brokeChain = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** "Her brother was blunter.": a sentence opening on a relative by whose they are, not set off before a name (group 1: whose; 2: the relative). */
const KIN_OPENS = new RegExp(`^(?:[^,]{0,40},\\s*)?(His|Her)\\s+(?:[\\p{Ll}-]+\\s+)?(${KIN})\\b(?!,?\\s+\\p{Lu})`, 'u');

/**
 * The relative `noun` ("brother") of whom `whose` ("Her") is, the person of that gender named last
 * before: the one other person of their family name, not of the relative's other gender. Readers
 * may then ask for them so ("her brother").
 */
function relativeOfWhose(whose: string, noun: string, people: People, before: readonly PersonMention[]): number | undefined {
  const owner = before.findLast((m) => !orgLike(people.list[m.person]!) && !people.list[m.person]!.unnamed && genderOf(people.list[m.person]!) === pronounOf(whose));
  if (!owner) return undefined;
  const family = familyNameOf(people.list[owner.person]!);
  const other = genderOfRole(noun) === 'm' ? 'f' : 'm';
  const kin = people.list.flatMap((p, i) => (i !== owner.person && !p.unnamed && !isOrg(p) && family !== undefined && familyNameOf(p) === family && genderOf(p) !== other ? [i] : []));
  if (kin.length !== 1) return undefined;
  people.describe(kin[0]!, noun);
  return kin[0];
}

/** From a role to the name it runs into: " ", " of judges, the historian and broadcaster ". */
const ROLE_RUNS_INTO = /^(?:\s+(?:of|for|at)\s+[^,.;“”"‘’]{1,40}?)?(?:,\s*(?:the|a|an)\s+[^,.;“”"‘’]{1,60}?)?\s+$/u;

/**
 * A sentence that goes on about "he" ("she"): it opens on the pronoun, after at most a phrase and
 * its comma. (Not "His son, Martin Pennycook, 58, said …": the name set off after "his son" is the
 * subject; nor "His neighbour Ewan McKinnell, who milks 140 cows, said": the name the role runs into.)
 */
const sameSubject = (pronouns: string) => new RegExp(`^(?:[^,]{0,40},\\s*)?(?:${pronouns})\\b(?!\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+,\\s*\\p{Lu}|(?<=[Hh](?:is|er))\\s+(?:[\\p{Ll}-]+\\s+){1,2}\\p{Lu}\\p{Ll})`, 'u');
const SAME_HE = sameSubject('[Hh]e|[Hh]is');
const SAME_SHE = sameSubject('[Ss]he|[Hh]er');

/** A quotation's opening mark, straight single quotes too ('This is a dream …), not an apostrophe (can't, players'). */
const OPENING_MARK = /[“"‘]|(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])/u;
/** A closing mark: curly or double, or a straight single quote after punctuation ("… the goals.'"). */
const CLOSING_MARK = String.raw`(?:[”"’]|(?<=[,.!?])')`;
/** A sentence that ends a quotation. */
const CLOSES_SENTENCE = new RegExp(`${CLOSING_MARK}$`);
/** Every closing mark before a space, a comma, a full stop or the end. */
const CLOSING_MARKS = new RegExp(`${CLOSING_MARK}(?=[\\s,.]|$)`, 'g');

/**
 * A subject's predicate saying they have not spoken: "has not commented", "declined to comment",
 * "could not be reached". (Not "did not respond to a text message": a statement often follows.)
 */
const SAID_NOTHING = /\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?(?:commented|spoken)|(?:declined|refused)\s+to\s+comment|could\s+not\s+be\s+reached)\b/i;

/** How far back the subject a pronoun goes on about is looked for: paragraphs, and sentences of narration in them. */
const PARAGRAPHS_BACK = 6;
const SENTENCES_BACK = 8;

/** A quotation's closing mark after its last word's punctuation, with narration after it: "minutes,” Kettering said". */
const QUOTATION_ENDS = /[,.!?—–-][”"’'](?=\s+\S)/;

/** A sentence opening on a description that only stands in for a name already given: "The 23-year-old …", "The 6ft 3in frontman, …", "The youngster …". */
const STANDS_IN_OPENING = /^The\s+(?:[\p{L}’'-]+\s+){0,2}?(?:\d[\p{L}\d.-]*\s+(?:[\p{L}\d-]+\s+){0,2}?\p{L}[\p{L}-]*|youngster|teenager|veteran|newcomer)[\s,]/u;

/** Verbs after which "her" or "his" is the subject's own, not an object: "said her family …", "knew her son". */
const OWN_WORDS_VERBS = 'said|says|added|wrote|writes|explained|insisted|believes|believed|thinks|thought|hopes|hoped|fears|feared|knew|knows|recalled|recalls';
/** "Owen Pike rang her": a verb right after a name with "him" or "her" for its object (see `countPronouns`). */
const OBJECT_PRONOUN_NEXT = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?!(?:${OWN_WORDS_VERBS})\\b)\\w+\\s+(?:him|her)\\b`, 'i');

/**
 * A subject's verb with "her" / "him" for its object: "fined her $100", "told him that", "rang her
 * on Monday"; not a possessive ("lost her job"), nor what someone says ("said her family …").
 */
const OBJECT_PRONOUN_AFTER = (pronoun: string) =>
  new RegExp(`^\\s+(?:\\w+ly\\s+)?(?!(?:${OWN_WORDS_VERBS})\\b)\\w+\\s+${pronoun}(?=\\s*[,.;:!?]|\\s*$|\\s+(?:a|an|the|to|that|on|in|at|for|with|about|from|by|of|into|over|after|before|when|as|and|because)\\b|\\s+[$£€\\d])`, 'i');
const OBJECT_HER = OBJECT_PRONOUN_AFTER('her');
const OBJECT_HIM = OBJECT_PRONOUN_AFTER('him');

/** A quotation's attribution to a role: "…,’ the coroner said", "…,” the chief added". */
const QUOTED_BY_ROLE = /[’”"],?\s+(the\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+))\s+(?:said|says|added|told|explained|warned)\b/iu;

/**
 * A sentence that opens with a role: "The manager admitted …", "The club's chief executive said …",
 * also after a phrase of where or when ("Outside the hall, the chief executive struck a measured note.")
 * or a participle ("Passing sentence, the judge said …").
 */
const ROLE_OPENING = /^(?:(?:asked|when|after|as|\p{L}+ing|moments|outside|inside|later|earlier|afterwards|before|during|at|in|on)\b[^,]{0,60},\s*)?((?:the|a|an)\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+))\s+(?!of\b|for\b|at\b)\p{Ll}/iu;

/**
 * The role a sentence opens with and its noun: "The manager admitted …", "Asked what came next,
 * the new champion laughed." → ["the new champion", "champion"]; the first role noun ends it.
 */
function roleOpening(sentence: string): [string, string, string] | undefined {
  const m = ROLE_OPENING.exec(sentence);
  if (!m) return undefined;
  const words = m[2]!.split(/\s+/);
  // ("The council accused ministers of …": a word in -ed after a noun is its verb, not "the accused".)
  let at = words.findIndex((w, k) => isPersonNoun(w) && !(k > 0 && /ed$/i.test(w) && !isPersonNoun(words[k - 1]!) && !/^(?:two|three|four|five|six|\d+|co)$/i.test(words[k - 1]!)));
  if (at < 0) return [m[1]!, m[1]!, words.at(-1)!];
  // ("The general secretary of the union …": the last of adjoining words for a person is the head,
  // not "the general".)
  while (at + 1 < words.length && isPersonNoun(words[at + 1]!) && !/ed$/i.test(words[at + 1]!)) at++;
  const phrase = `${m[1]!.split(/\s+/)[0]} ${words.slice(0, at + 1).join(' ')}`;
  return [phrase, phrase, words[at]!];
}

/**
 * "The leader of Ashcombe Borough Council, Priya Nandra, said": the person named between commas
 * right before a speech verb, of `mentions` in `text`. Only a name set off by commas, not the end
 * of a role ("a nurse … in west London, said").
 */
function apposedSubject(mentions: readonly PersonMention[], text: string, people: People): PersonMention | undefined {
  // ("His Honour Judge Richard Pemberton KC, said": past the letters after the name.)
  // (And past the titles before it: "the Recorder of Marsham, Judge Richard Pemberton, said".)
  return mentions.find((m) => /,\s*(?:\p{Lu}[\p{L}]*\.?\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) && SUBJECT_OF_VERB.test(text.slice(m.end, m.end + 48).replace(POST_NOMINALS, '')) && !orgLike(people.list[m.person]!));
}

/** Letters after a name, a string of them: "KC", "Sir Ian Blake KC MP". */
const POST_NOMINALS = new RegExp(`^(?:\\s+(?:${[...POST_NOMINAL_LETTERS].join('|')}))+\\b`);

/** The first mention of a person, else the first of anything: "City Council member Patrice Wendel-Adeyemi" is her, not the council. */
function personOverBody(mentions: readonly PersonMention[], people: People): PersonMention | undefined {
  return mentions.find((m) => !orgLike(people.list[m.person]!)) ?? mentions[0];
}

function mentionsBefore(mentions: readonly PersonMention[], paragraph: number, offset: number): PersonMention[] {
  return mentions.filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= offset));
}

function isDirect(q: RawQuote, p: Paragraph, lead: string, attributed: boolean): boolean {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  const first = q.parts[0]!;
  // "His debut as a leader, “Red Clay Sunday,” was released in 1967": a title in capitals (an
  // album, a film, a book), unless a speech verb follows it.
  if (words <= 6 && TITLE_CASE.test(q.text.replace(/[,.;:!?…]+$/, '')) && !VERB_NEXT.test(p.text.slice(first.close + 1).replace(LEADING_PUNCT, ' '))) return false;
  // "a free 30-minute ‘stop and shop’ period", "its “zero tolerance” policy": a few words between
  // a determiner and the noun they name are a label, not anyone's words.
  const after = p.text.slice(first.close + 1, first.close + 30);
  // (Not when a preposition or a conjunction follows: the words are the whole noun phrase, "said
  // the illness was a “significant mitigating factor” without which …".)
  if (words <= 4 && q.parts.length === 1 && !/[,.;:!?…]$/.test(p.text.slice(first.open + 1, first.close)) && !PHRASE_OPENS.test(q.text) && !JUDGED_AS.test(lead) && LABEL_BEFORE.test(p.text.slice(Math.max(0, first.open - 40), first.open)) && /^\s+\p{Ll}{3,}\b/u.test(after) && !LINKING_WORD_AFTER.test(after) && !CLOSES_BEFORE.test(after)) return false;
  const standsAlone = p.text.slice(0, first.open).trim() === '';
  // "'HAROLD'S HOUSE JUST WASN'T THERE'": a subheading in capitals, quoting what comes below.
  if (standsAlone && !/\p{Ll}/u.test(q.text) && p.text.trim().length <= q.text.length + 4) return false;
  if (attributed) return words >= 3 || (words === 2 && !REFERRED_AS.test(lead));
  if (standsAlone && words >= 4) return true;
  if (/:\s*$/.test(lead) && words >= 3) return true;
  // "Okafor said fans had waited ‘a long time for a statement like this’": a run of someone's
  // words inside what they are said to have said; a scare quote is a word or three.
  // So are the words of what someone estimated or believes: "He estimated that the defeat had
  // saved the firm ‘a comfortable seven-figure sum, and probably a good deal more’".
  if (words >= 3 && (HAS_VERB.test(lead) || NAMING_VERB.test(lead) || REPORTS_IN_LEAD.test(lead))) return true;
  // Two words of a judgement someone is reported to have made: "said his client was ‘genuinely
  // broken’", "called suggestions of weak sales “flat-out false”".
  // ("referring to pending deals as “fishing trips.”": a code name, not a judgement.)
  if (words === 2 && (HAS_VERB.test(lead) || NAMING_VERB.test(lead.replace(/\bso-called\b/gi, ''))) && JUDGED_AS.test(lead) && !REFERRED_AS.test(lead)) return true;
  // Any two words of someone's own in what they are said to have said, in lower case: "said he
  // would take ‘full responsibility’ after …", "would seek “urgent clarification” from …".
  // Not a label on the noun after it ("hired 12 “water patrol” officers"), nor one a determiner
  // opens ("the ‘grey belt’"). Measured on the fresh set: 18 more quotes found, 1 more spurious
  // (a defendant "now ‘utterly ashamed’", which its key does not list).
  if (words === 2 && HAS_VERB.test(lead) && !REFERRED_AS.test(lead) && /^\p{Ll}[\p{Ll}-]*\s+\p{Ll}[\p{Ll}-]*[,.]?$/u.test(q.text) && !/^(?:the|a|an)\s/.test(q.text) && !LABEL_BEFORE.test(p.text.slice(Math.max(0, first.open - 40), first.open)) && !(/^\s+(?!(?:had|has|have|was|were|is|are|would|will|could|can|may|might|should|did|does|do|the|its|his|her|their|this|that|these|those|our|any|all|some)\b)\p{Ll}{3,}\b/u.test(after) && !LINKING_WORD_AFTER.test(after))) return true;
  // A verb of someone's own after a modal, in what they are said to have said: "said the diocese
  // could not ‘keep pretending’", "said they would ‘fight on’".
  // (Not an adverb the writer doubts: "she would “probably” have backed it".)
  if (words <= 2 && HAS_VERB.test(lead) && (MODAL_BEFORE.test(lead) || (words === 2 && PERFECT_BEFORE.test(lead))) && /^\p{Ll}/u.test(q.text) && !/^\p{L}+ly\b/u.test(q.text)) return true;
  // One word of a judgement in what someone said: "said the declines so far were “orderly”",
  // "said he was ‘heartbroken’", "described the account as “unconvincing”" (not what something
  // was doing: "the city was “reviewing” it"; not a name: "known as ‘Bertie’").
  if (words === 1 && HAS_VERB.test(lead) && /^\p{Ll}/u.test(q.text) && ((COPULA_BEFORE.test(lead) && (!/ing[,.]?$/.test(q.text) || /\bbeen\s*$/i.test(lead))) || (JUDGED_AS.test(lead) && !COPULA_BEFORE.test(lead) && !REFERRED_AS.test(lead)))) return true;
  // A phrase of someone's own, of a word or two, where the words can only be theirs:
  // - what they did it with, opening on a preposition: "had discussed a cut “at length”",
  //   "accepted the offer “with gratitude”", "would ask for a release “within weeks”";
  // - the verb of their own clause right after its pronoun: "said it “strongly disagrees”";
  // - how they said it, right after the saying: "apologised ‘unreservedly’".
  if (words <= 2 && /^\p{Ll}/u.test(q.text) && !REFERRED_AS.test(lead)) {
    if (HAS_VERB.test(lead) && words === 2 && PHRASE_OPENS.test(q.text)) return true;
    if (HAS_VERB.test(lead) && /\b(?:it|he|she|they|we)\s*$/i.test(lead) && !/^(?:the|a|an)\s/.test(q.text)) return true;
    if (/^\p{Ll}+ly$/u.test(q.text.replace(/[,.]$/, '')) && SAYING_JUST_BEFORE.test(lead)) return true;
  }
  // Words someone says of themselves: "the release was ‘the best night of my life, and I’ve been
  // to Glastonbury’". A label or a scare quote speaks in no one's first person.
  if (words >= 4 && FIRST_PERSON.test(q.text)) return true;
  // A long run of someone's words, ending as speech does; short phrases are scare quotes.
  return words >= 7 && /[.!?…,]$/.test(innerText([p], { ...first, paragraph: 1 }));
}

/** I, me, my, we, our (not "US" in capitals). */
const FIRST_PERSON = /\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|me|my|myself|we|we[’']re|we[’']ve|us|our|ourselves)\b/;

/** A verb of saying right before the quotation mark: "apologised ", "said ". */
const SAYING_JUST_BEFORE = new RegExp(`\\b(?:${VERB}|apologi[sz]ed|apologi[sz]es)\\s*$`, 'i');

/** A preposition opening the quoted words ("came to a rehearsal ‘for a laugh’ two years ago"): a phrase of their own, never a label on the noun after. */
const PHRASE_OPENS = /^(?:for|as|at|in|on|to|by|with|from|of|like|into|over|under|without|within)\s/i;

/** A determiner, then at most two modifiers, right before a quotation mark: "a free 30-minute ", "its ". */
const LABEL_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+(?:(?!(?:was|is|were|are|be|been|as)\b)[\p{Ll}\d][\p{L}\d-]*\s+){0,2}$/u;

/** A modal right before a quotation mark: "could not ", "would ", "will never ". */
const MODAL_BEFORE = /\b(?:could|would|will|should|must|can|cannot|can[’']t|won[’']t|couldn[’']t|wouldn[’']t|shouldn[’']t)(?:\s+(?:not|never|no\s+longer))?\s*$/i;

/** "had ", "has ", "have ": a verb of someone's own in the perfect ("it had ‘co-operated fully’"). */
const PERFECT_BEFORE = /\b(?:had|has|have)\s*$/i;

/** A form of "be", or a verb that links like it ("looked", "seemed"), right before a quotation mark. */
const LINKING = 'looked|looks|seemed|seems|appeared|appears|sounded|sounds|remained|remains';
const COPULA = `was|were|is|are|been|be|being|${LINKING}`;
const COPULA_BEFORE = new RegExp(`\\b(?:${COPULA})\\s*$`, 'i');

/** A preposition or a conjunction after a closing mark: what was quoted was a whole noun phrase, not a label on the next noun. */
const LINKING_WORD_AFTER = /^\s+(?:without|with|that|which|who|whose|for|from|into|than|and|but|because|after|before|since|until|while|when|where|over|under|about|against|among|between|during|through|throughout|on|in|at|of|to|by|around|toward|towards|beyond|behind|like|per|upon|onto|via|amid|as|across|despite|within|unless|although|though|yet|nor|or|if)\b/i;

/** A name given, not a judgement: "referring to deals as ", "known as ". */
const REFERRED_AS = /\b(?:referr(?:ing|ed|s)?\s+to|refer\s+to|known)\b[^“”"‘]{0,60}\bas\s*$/i;

/** What stands right before a judgement in quotation marks: "was ‘…’", "as ‘…’", "called the plan ‘…’". */
const JUDGED_AS = new RegExp(`(?:\\b(?:was|were|is|are|been|be|as|${LINKING})|(?<!so-)\\b(?:called|calls|calling|described|describes|branded|brands|labell?ed|labels|dubbed|dubs)\\s+(?:[\\p{L}’'-]+\\s+){0,6})\\s*$`, 'iu');

/** Every word capitalised but the small ones: "Red Clay Sunday", "Come Sunday", "The Salt Year". */
const TITLE_CASE = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|the|a|an|and|or|in|on|at|for|to|with|by|from|into|over|under|about|upon|as))*$/u;

/**
 * Verbs that put someone's words on a thing, in the past or a feature's present ("calls the data set
 * “the most convincing evidence yet”"): "called the win “a statement game”", "saying families
 * had been ‘…’", and those that judge it in them: "accused the company of ‘hiding behind …’",
 * "dismissed the claim as ‘…’", "hailed it as ‘…’"; and thank or credit someone in them: "thanked
 * Cllr Pettifer for ‘nearly four years of steady leadership …’".
 */
const NAMING_VERB = /\b(?:called|calls|calling|describes|describing|dubs|brands|labels|terms|likens|compares|accuses|condemns|criticises|criticizes|dismisses|hails|praises|welcomes|slams|dubbed|branded|labell?ed|termed|likened|compared|saying|adding|noting|warning|insisting|arguing|telling|promising|vowing|admitting|claiming|declaring|accused|accusing|condemned|condemning|critici[sz]ed|critici[sz]ing|dismissed|dismissing|hailed|hailing|praised|praising|welcomed|welcoming|attacked|attacking|slammed|slamming|blasted|blasting|denounced|denouncing|thanked|thanking|credited|crediting)\b/i;

/** A role whose holder speaks for a body: "head of communications", "press officer". */
const COMMUNICATIONS_ROLE = /\b(?:communications|press|media|public affairs|public relations|spokes(?:man|woman|person))\b/i;

/** Someone who speaks on another's behalf: "a spokeswoman for …", "a lawyer for …", "an aide to …". */
const SPEAKS_FOR_NOUNS = 'spokes(?:man|woman|person)|lawyer|attorney|aide|representative|adviser|advisor';
const SPEAKS_FOR_NOUN = new RegExp(`^(?:${SPEAKS_FOR_NOUNS})$`, 'i');
const SPEAKS_FOR = new RegExp(`^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${SPEAKS_FOR_NOUNS})\\s+(?:for|to)\\b`, 'iu');
/** Nouns that often name someone other than the person just named: an official, a source, someone's lawyer. */
const OTHERS_AGENT = new RegExp(`^(?:${SPEAKS_FOR_NOUNS}|officials?|sources?|person|people|insiders?|witness|police|officer|man|woman|resident|relatives?|family|families|parents?|patient|friend|neighbou?r|colleague|member|employee|worker|staffer|executive|manager|director)$`, 'i');

/** A wire story's place line: "VICTORIA, British Columbia — ", "HALLORAN, Pa. (AP) — ", "ARNHOLD, Oct 16 (Reuters) - ". */
const PLACE_DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,\s+[^—–(\n]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s+/u;

/**
 * Names of one word the text capitalises after a lower-case word ("… fined Loopa"), never as part
 * of a longer name ("Oyarzun" of Javier Oyarzun, "Union" of the World Chess Union): not whatever
 * opens a sentence ("Police", "Residents"), nor a word for a person or a body.
 */
/** A capitalised word that is a noun for people or bodies, not a name: "Analysts", "Prosecutors", "Drugmaker". */
const commonNoun = (word: string): boolean => [word, word.toLowerCase(), word.replace(/s$/, ''), word.toLowerCase().replace(/s$/, '')].some((w) => isPersonNoun(w) || isOrgNoun(w));

function midSentenceCapitals(paragraphs: readonly Paragraph[]): Set<string> {
  const text = paragraphs.map((p) => p.text).join('\n');
  // (Initials keep their dots, "Javier R. Oyarzun"; a sentence's full stop ends a run.)
  const inLonger = new Set([...text.matchAll(/\p{Lu}(?:\.|[\p{L}’'-]*)(?: \p{Lu}(?:\.|[\p{L}’'-]*))+/gu)].flatMap((m) => m[0].split(' ').map((w) => w.replace(/(?:’s|'s|’|')$/, ''))));
  // (So does the tag after a quote: "‘…,’ Northern said.")
  const alone = [...text.matchAll(/(?<=(?:\p{Ll},?|[,!?][’”"])\s)(\p{Lu}\p{Ll}[\p{L}-]*)\b/gu)].map((m) => m[1]!);
  return new Set(alone.filter((w) => !inLonger.has(w) && !commonNoun(w)));
}

/** Names of two capitalised words, by their first word, wherever they stand: "Northgate" → "Northgate City" (the first the text writes). */
function longerNameOpeners(paragraphs: readonly Paragraph[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of paragraphs) for (const m of p.text.matchAll(/(?<![\p{L}’'-])(\p{Lu}\p{Ll}[\p{L}-]*)\s+\p{Lu}\p{Ll}[\p{L}-]*(?![’'])/gu)) if (!out.has(m[1]!)) out.set(m[1]!, m[0]);
  return out;
}

export function attributeQuotes(paragraphs: readonly Paragraph[], headline = '', captions: readonly string[] = []): { quotes: Quote[]; reported: ReportedStatement[]; speakers: Speaker[] } {
  const raw = collectQuotes(paragraphs);
  const people = new People();
  const inside = (paragraph: number, offset: number) =>
    raw.some((q) => q.parts.some((s) => s.paragraph === paragraph && offset > s.open && offset < s.close));

  // Pass 1: everyone named outside quotation marks, in reading order: organisations, people, and
  // people known only by a role ("A Western diplomat said …").
  const mentions: PersonMention[] = [];
  const oneWordNames = midSentenceCapitals(paragraphs);
  const nameOpeners = longerNameOpeners(paragraphs);
  const brands = brandPossessives([headline, ...paragraphs.map((p) => p.text)]);
  const namesIn = paragraphs.map((p) => findNames(p.text));
  for (const m of namesIn.flat()) if (m.personLike && m.tokens.length >= 2) people.fullGivenNames.add(nameTokens(m.tokens)[0]!);
  seedFromTitles(headline, captions, paragraphs, namesIn, people, inside);
  for (const [index, p] of paragraphs.entries()) {
    people.paragraph = p.number;
    const found: PersonMention[] = [];
    // "VICTORIA, British Columbia — Claire Ashdown, …": where the story was filed is no one.
    const filedFrom = PLACE_DATELINE.exec(p.text)?.[0].length ?? 0;
    // ("Caldermoor Tries: Gethin, Brandreth, Oduya. Cons: Nettleford 3.": a box score's line, no
    // words of prose, names no one "the Caldermoor captain" could mean.)
    if (STAT_LINE.test(p.text)) continue;
    const names = namesIn[index]!.filter((m) => m.start >= filedFrom);
    const orgs = organisationsIn(p.text, names).filter((o) => !inside(p.number, o.org.start));
    for (const { org, kinds } of orgs) {
      const speaks = SPEAKS_AFTER.test(p.text.slice(org.end, org.end + 140));
      found.push({ person: people.organisation(org, kinds, speaks), paragraph: p.number, start: org.start, end: org.end });
    }
    for (const m of names) {
      if (inside(p.number, m.start)) continue;
      if (orgs.some(({ org }) => m.start < org.end && m.end > org.start)) continue;
      // "a second Olivier for his King Lear", "her Hedda": a name someone's own is a part played
      // or a thing owned, not a person (a title aside: "Her Majesty").
      const possessed = POSSESSED_NAME.exec(p.text.slice(Math.max(0, m.start - 30), m.start));
      if (possessed && !STYLED_TITLE.test(possessed[1] ?? m.tokens[0]!)) continue;
      // ("Quayle has worked here since 1979": a surname that does things is someone's, for a
      // name first read as a place; see `placeOrPerson`.)
      // ("PaceLine, which is based in Austin, Texas, says it has …": a place right after "in" is
      // where, never who speaks, whatever its apposition.)
      // (Nor the state after a town: "at the plant in Carvel, Ohio, who asked not to be named, said";
      // fresh set: 1 quote from a wrong speaker to none, 1 more lookup right.)
      const afterPlaceWord = /\b(?:in|near|outside)\s+$/i.test(p.text.slice(Math.max(0, m.start - 10), m.start)) || AFTER_TOWN.test(p.text.slice(Math.max(0, m.start - 40), m.start));
      // ("Larchfield Home Care, which employs about 420 carers and supports around 1,100 people …,
      // said in a statement": a relative clause as long as it likes, numbers and all.)
      const speaks = (!afterPlaceWord && (SPEAKS_AFTER.test(p.text.slice(m.end, m.end + 140)) || SPEAKS_AFTER_CLAUSE.test(p.text.slice(m.end, m.end + 260)) || IN_STATEMENT_AFTER.test(p.text.slice(m.end, m.end + 140)))) || (m.tokens.length === 1 && SUBJECT_VERB_AFTER.test(p.text.slice(m.end, m.end + 20)) && people.isPlaceOrPersonName(m));
      // "Lumora, the cloud software company, said …": a name an apposition calls a body.
      // Not "Jennings, a retired mail carrier," once Carl Jennings is named: a person's surname stays theirs.
      // Nor "Raymond Vael, a Chicago-area real estate developer who …": a person's full name with a
      // word that is a role as well as a kind of company ("developer", "contractor") stays a person.
      const apposed = people.isPersonName(m) ? undefined : orgApposition(p.text.slice(m.end, m.end + 80));
      // "The Bangkok-based conservation group Pangolin Watch Asia said": what the text calls it first.
      const described = describedAs(p.text, m.start);
      // (Not "tipped away by center Marcus Lindqvist": a given name and a surname after a word
      // that is a body's and a player's is the player.)
      const given = nameTokens(m.tokens)[0] ?? '';
      const givenAndSurname = m.personLike && m.tokens.length <= 3 && isGivenName(given);
      // ("The energy regulator Ofgem has confirmed": a word for a person or a body, before a name
      // that is no one's, is the body's kind.)
      const bodyFirst = BODY_OR_PERSON.test(described?.noun ?? '') && !m.personLike && !m.honorific;
      const describedKind = described && (!isRoleNoun(described.noun) || described.owned || bodyFirst) && !people.isPersonName(m) && !givenAndSurname ? described.noun : undefined;
      // ("Miriam Olsen, a broker,": a given name and a surname, with a word that is a person's
      // work as well as a kind of company, are a person's.)
      const kind = (apposed && !(m.personLike && (isRoleNoun(apposed) || givenAndSurname)) ? apposed : undefined) ?? describedKind;
      // "NHS England said in a statement": a name an acronym opens, speaking, is a body.
      const acronymBody = !kind && speaks && m.tokens.length >= 2 && /^\p{Lu}{2,6}$/u.test(m.tokens[0]!) && !m.personLike;
      // "port operator Meridian Terminals" is "the port operator" to readers, not only "the operator".
      const kinds = !kind ? [] : kind === describedKind && described!.phrase !== kind ? [kind, described!.phrase] : [kind];
      // "Halvern Biotherapeutics CEO Martin Sorensen": a name whose chief executive someone is, is a body.
      // Only a company has a chief executive: "the company" is then Halvern.
      const heads = m.ownsRole !== undefined && COMPANY_ROLE.test(m.ownsRole);
      const headKinds = heads && EXECUTIVE.test(m.ownsRole!) && kinds.length === 0 ? ['company'] : kinds;
      // "Eastmoor manager Luca Ferrante": whose manager he is, never who speaks (a company's
      // officers aside, above).
      if (m.ownsRole !== undefined && !heads && !kind && names.some((n) => n.personLike && n.start > m.end && n.start - m.end <= 40 && n.role?.includes(m.ownsRole!))) continue;
      // "Mr Askew’s widow, Gemma, said:": a given name alone, whose family name her role gives.
      // (So is "His daughter, Catriona, 34, grew up in the cottage": the family name of the man
      // named last, whose daughter she is.)
      // (Not one the sentence says died: "Her mother, Mairi, died in 2019" is no speaker to find.)
      const pronounKin = m.tokens.length === 1 && !m.personLike && KIN_WORD.test(m.role ?? '') && !DIED_AFTER.test(p.text.slice(m.end, m.end + DIED_REACH)) ? /\b([Hh]is|[Hh]er)\s+[\p{L}-]+,?\s*$/u.exec(p.text.slice(Math.max(0, m.start - 30), m.start))?.[1] : undefined;
      const kinOf = pronounKin === undefined ? undefined : [...mentions, ...found].findLast((f) => !orgLike(people.list[f.person]!) && !people.list[f.person]!.unnamed && people.list[f.person]!.name.includes(' ') && genderOf(people.list[f.person]!) !== (/^his$/i.test(pronounKin) ? 'f' : 'm'));
      const familyName = m.tokens.length === 1 && !m.personLike ? (KIN_OF_NAMED.exec(m.role ?? '')?.[1] ?? (kinOf ? people.list[kinOf.person]!.name.split(/\s+/).at(-1) : undefined)) : undefined;
      // "The Drivers’ Alliance, a motoring group, says … Simon Pargeter, its policy director,
      // said": "its" is the body named last before him, and the role is that body's.
      // (Or, when this paragraph names no body before them, the body the paragraph before opens
      // on, its subject: "Dental Access Watch, a patients’ group, estimates that … an NHS
      // appointment …" ¶ "Its chief executive, Bernadette Quayle, said"; not a body it names
      // later, "… said X, a spokeswoman for the Global Refugee Protection Agency." ¶ "Its lead
      // actress, …" of a film.)
      // (With no such body, the role without "its".)
      const itsRole = m.role !== undefined && /^its\s/.test(m.role) ? m.role.replace(/^its\s+/, '') : undefined;
      const owner = itsRole === undefined ? undefined : (found.findLast((f) => f.end <= m.start && isOrg(people.list[f.person]!)) ?? mentions.find((f) => f.paragraph === p.number - 1 && f.start <= 4 && isOrg(people.list[f.person]!)));
      const ownRole = itsRole === undefined ? {} : { role: owner ? `${itsRole} of ${people.list[owner.person]!.name}` : itsRole };
      const relative = familyName ? { ...m, text: `${m.text} ${familyName}`, tokens: [...m.tokens, familyName], personLike: true } : { ...m, ...ownRole };
      const person = kind || acronymBody || heads ? people.organisation(asOrg(m, brands), headKinds, speaks) : people.resolve(relative, speaks);
      if (person !== undefined && m.tokens.length > 1 && (DIED_BEFORE.test(p.text.slice(Math.max(0, m.start - 80), m.start)) || DIED_AFTER.test(p.text.slice(m.end, m.end + DIED_REACH)))) people.list[person]!.deceased = true;
      if (person !== undefined) found.push({ person, paragraph: p.number, start: m.start, end: m.end });
      // "Loopa said it disagreed …": one word, no one's name, speaking; the text capitalises it
      // mid-sentence too ("… fined Loopa"), so it is a name, not "Police" or "Residents": a body.
      // So is "Marlowe State said in a statement": a name of several words that is no person's.
      // So is "Acas says both sides have agreed to attend talks at its offices": one word, no given
      // name, that the rest of its own sentence calls "its".
      // So is "Northgate confirmed in a short statement …" of a story about "Northgate City": the
      // first word of a longer name, no given name, issuing a statement.
      else if (speaks && ((m.tokens.length === 1 && (oneWordNames.has(m.tokens[0]!) || (!isGivenName(m.tokens[0]!) && !commonNoun(m.tokens[0]!) && (ITS_LATER.test(p.text.slice(m.end, sentenceBounds(p, m.start).end)) || (nameOpeners.has(m.tokens[0]!) && IN_STATEMENT_AFTER.test(p.text.slice(m.end, m.end + 140))))))) || (m.tokens.length > 1 && !m.personLike && !m.honorific && !m.placeOrPerson))) {
        // (Known by the longer name: readers ask for "Northgate City".)
        const longer = m.tokens.length === 1 && !oneWordNames.has(m.tokens[0]!) ? nameOpeners.get(m.tokens[0]!) : undefined;
        found.push({ person: people.organisation(asOrg(longer ? { ...m, text: longer, tokens: longer.split(' ') } : m, brands), [], true), paragraph: p.number, start: m.start, end: m.end });
      }
    }
    // "…, the transit authority said on social media." then "“…,” the agency posted.": a body the
    // text calls by its noun as it speaks is the body meant by the next such noun, so it stands
    // where it was called so, like a name.
    for (const ref of p.text.matchAll(DEFINITE_BODY)) {
      const start = ref.index!;
      if (!SPEAKS_NEXT.test(p.text.slice(start + ref[1]!.length)) && !ACCORDING_BEFORE.test(p.text.slice(Math.max(0, start - 20), start))) continue;
      if (inside(p.number, start) || found.some((f) => start < f.end && start + ref[1]!.length > f.start)) continue;
      const before = [...mentions, ...found.filter((f) => f.end <= start).sort((a, b) => a.start - b.start)];
      // ("One Kestrel operator, who spoke on condition of anonymity, said …" then "the operator
      // said": the unnamed person just described, not the company, an operator too.)
      if (unnamedHolderOf(ref[2]!, before, people, p.number) !== undefined) continue;
      const body = bodyCalled(ref[1]!, ref[2]!, before, people, paragraphs);
      if (body !== undefined) found.push({ person: body, paragraph: p.number, start, end: start + ref[1]!.length });
    }
    for (const u of unnamedSubjects(p)) {
      // "An FDA official": the official is the speaker; the FDA inside the phrase is not.
      // So is "a spokesman for Mayor Shannon Glover": the spokesman speaks, for the mayor.
      // So is "a member of Sándor’s team": the member speaks, not Sándor.
      const speaksFor = SPEAKS_FOR.test(u.phrase) || OWNERS_SPOKESPERSON.test(u.phrase) || PART_OF_SOMEONE.test(u.phrase);
      // Nor is a place the phrase puts them in: "one longtime poll worker at the Corley Township precinct".
      const placed = (f: PersonMention) => /\b(?:at|in|from|near|outside|inside|on)\s+(?:the\s+)?$/i.test(p.text.slice(u.start, f.start));
      // Nor is a name that only says whose they are, before the noun that says what they are: "One
      // Rovers official" (the club, known by its nickname), "the Smith family".
      const modifies = (f: PersonMention) => /^[\s-]*\p{L}/u.test(p.text.slice(f.end, u.end));
      // Nor whom they work with or for: "An official with SkyBridge Express, who spoke on condition
      // of anonymity" is the official, not the airline (a name of no known kind).
      const affiliated = (f: PersonMention) => /\b(?:with|for)\s+(?:the\s+)?$/i.test(p.text.slice(u.start, f.start));
      const within = (f: PersonMention) => f.start >= u.start && f.end <= u.end && (speaksFor || isOrg(people.list[f.person]!) || placed(f) || affiliated(f) || modifies(f));
      if (inside(p.number, u.start) || found.some((f) => u.start < f.end && u.end > f.start && !within(f))) continue;
      for (let k = found.length - 1; k >= 0; k--) if (within(found[k]!)) found.splice(k, 1);
      // "Another victim, a father of two from Blyton who asked not to be named,": "another" only
      // points back; the description says who they are, and names them.
      const another = /^another\s/i.test(u.phrase) && u.described !== undefined;
      const person = people.unnamed(another ? u.described! : u.phrase);
      if (another) people.describe(person, u.phrase.replace(/^another\s+/i, ''));
      else if (u.described) people.describe(person, u.described);
      // "A relative …, who asked that only her first name, Kendra, be used, said": named after all.
      const given = FIRST_NAME_GIVEN.exec(p.text.slice(u.end, u.end + 160));
      if (given) people.givenName(person, given[1]!);
      // "One senior figure at a smaller operator, who asked not to be named, said": a source.
      if (u.anonymous || ANONYMOUS_AFTER.test(p.text.slice(u.end, u.end + 120))) people.list[person]!.anonymous = true;
      found.push({ person, paragraph: p.number, start: u.start, end: u.end });
    }
    describeByEpithet(p, found, mentions, people);
    mentions.push(...found.sort((a, b) => a.start - b.start));
    describeByGroupBefore(p, found, people, paragraphs[p.number - 2]);
    describeByOneOf(p, found, people);
    describeByLeadBefore(p, found, mentions, people, paragraphs[p.number - 2]);
  }
  // Names first read as places, shown since to be people's, where they stood.
  if (people.namedEarlier.length) {
    mentions.push(...people.namedEarlier);
    mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  }
  countPronouns(paragraphs, mentions, people);
  const ctx: Context = { people, mentions, paragraphs };

  // Pass 2: attribute each quote.
  const attributed: Attributed[] = [];
  let previous: Previous | undefined;
  for (const q of raw) {
    const first = q.parts[0]!;
    const last = q.parts.at(-1)!;
    const firstP = paragraphs[first.paragraph - 1]!;
    const lastP = paragraphs[last.paragraph - 1]!;
    const openSentence = sentenceBounds(firstP, first.open);
    const lead = firstP.text.slice(openSentence.start, first.open);
    // What follows the closing mark up to the next sentence end: `?” Patel asked.` is often split
    // into its own sentence by the segmenter, so sentence bounds are not used here.
    // (Not after words that end their own sentence inside the marks and a new sentence opening on
    // a noun: "…called the lawsuit “… what a language model does.” The motion also argues …".)
    // (So does "…for what she called “a stolen Christmas.” Pahlmeyer said the city should have …":
    // a quotation that opens mid-sentence and closes it; the next sentence reports someone else.)
    const closesOwnSentence = last.closed && /\.\s*$/.test(lastP.text.slice(Math.max(0, last.close - 2), last.close));
    const endsSentence =
      closesOwnSentence &&
      (/^\s+(?:The|A|An|This|That|These|Those|Its|Their|His|Her)\s+\p{Ll}/u.test(lastP.text.slice(last.close + 1, last.close + 40)) ||
        (lead.trim() !== '' && NEXT_SENTENCE_REPORTS.test(lastP.text.slice(last.close + 1, last.close + 120))));
    const after = last.closed && !endsSentence ? firstSentence(lastP.text.slice(last.close + 1, last.close + 400)) : '';
    const before = mentionsBefore(mentions, first.paragraph, first.open);

    let resolution: Resolution = fromAfter(after, ctx, before, { paragraph: last.paragraph, offset: last.close + 1 }) ?? fromBefore(lead, ctx, first.paragraph, openSentence.start);
    const own = resolution !== undefined;
    // Speech that goes on after an attributed quote ("…,” she said. “Then the roof came down.”): a
    // quote opening its own sentence in the same paragraph, or opening the next paragraph.
    const opensSentence = lead.trim() === '';
    const opensParagraph = firstP.text.slice(0, first.open).trim() === '';
    const sameOrNext = previous !== undefined && (first.paragraph === previous.paragraph || (opensParagraph && first.paragraph === previous.paragraph + 1));
    // ("…‘the whole point’ of the model. The company said in a statement." then the statement's own
    // paragraph: whoever the paragraph closes on issuing a statement speaks it, not the one before.)
    const issued = resolution === undefined && opensParagraph && previous !== undefined && first.paragraph === previous.paragraph + 1 ? statementIntroducedAfter(previous, first.paragraph, ctx) : undefined;
    if (issued !== undefined) resolution = { person: issued };
    const goesOn = resolution === undefined && opensSentence && sameOrNext ? continuing(previous, first, ctx) : undefined;
    if (goesOn !== undefined) resolution = { person: goesOn };
    // "Asked whether …, Ocampo laughed. “Not once. Not with that slider.”": whoever the sentence
    // before shows laughing, shrugging or pausing speaks next.
    if (resolution === undefined && opensSentence) resolution = gestured(firstP.text.slice(0, openSentence.start), first.paragraph, mentions, people);
    const direct = isDirect(q, firstP, lead, resolution !== undefined);
    if (!direct) continue;
    let person: number | undefined;
    if (resolution && 'person' in resolution) person = resolution.person;
    else if (resolution && 'pronoun' in resolution) {
      // "it said" after a body's quote: that body goes on.
      const prevBody = previous?.person !== undefined && previous.paragraph >= first.paragraph - 1 && orgLike(people.list[previous.person]!) ? previous.person : undefined;
      person = resolution.pronoun === 'n' && prevBody !== undefined ? prevBody : byPronoun(people, mentions, first.paragraph, resolution.before ?? first.open, resolution.pronoun, paragraphs);
      // "‘Honestly, Mateo drove a better race than I did,’ he said.": whom the words talk about
      // is not who says them; "he" is the one before.
      if (person !== undefined && resolution.pronoun !== 'n' && namedInside(q, people.list[person]!)) {
        const other = byPronoun(people, mentions.filter((m) => m.person !== person), first.paragraph, resolution.before ?? first.open, resolution.pronoun, paragraphs);
        if (other !== undefined) person = other;
      }
    }
    else {
      const standsAlone = firstP.text.slice(0, first.open).trim() === '';
      // A quote opening inside a sentence: "The ministry said late Friday that “…”", else the
      // person that sentence is about.
      // "…, which Holloway later said had been “a big help …”": the name nearest before the last
      // speech verb, not the subject the sentence opened with.
      const byRoleNaming = RELATIVE_NAMING_BY_ROLE.exec(lead);
      const roleSayer = byRoleNaming ? subjectOf(byRoleNaming[1]!, first.paragraph, openSentence.start + byRoleNaming.index! + byRoleNaming[0].indexOf(byRoleNaming[1]!), ctx) : undefined;
      const sayer = roleSayer ?? nearestSayer(lead, mentions.filter((m) => m.paragraph === first.paragraph && m.start >= openSentence.start && m.end <= first.open), openSentence.start, people);
      const clause = sayer ?? speakerOfClause(lead, first.paragraph, openSentence.start, ctx);
      // "City Council member Patrice Wendel-Adeyemi … called the break “…”": a person over the body in her title.
      // "Mister Brannigan’s trainer, Alan Metcalfe, said he had spoken to the vets … and was ‘…’":
      // a name set off by commas before the verb is the subject, not the owner before it.
      const inSentence = mentions.filter((m) => m.paragraph === first.paragraph && m.start >= openSentence.start && m.end <= first.open);
      // ("The judge said Mr Askew’s death had been …": whose death it was is not who speaks.)
      const apposed = apposedSubject(inSentence, firstP.text, people);
      const subject = apposed ?? personOverBody(inSentence.filter((m) => !ownsWhatFollows(paragraphs, m)), people);
      // "He blamed the date, saying families had been ‘…’": the sentence is about "he".
      // So is "…in Fleurie, where, he said, he learned ‘…’": an aside that names the speaker.
      // ("But she declined to reduce the award, saying …": a conjunction first.)
      const conjunction = /^\s*(?:but|and|yet|still|so)\s+(?=(?:he|she)\s)/i.exec(lead)?.[0].length ?? 0;
      // (Or after an opening phrase: "In a pretrial ruling in August, she rejected …, writing that …".)
      const pronounAt = conjunction + (LEADING_CLAUSE.exec(lead.slice(conjunction))?.[0].length ?? 0);
      const opensOnPronoun = /^\s*(he|she)\s+[a-z]+/i.exec(lead.slice(pronounAt))?.[1];
      const pronounSubject = opensOnPronoun ?? PRONOUN_ASIDE.exec(lead)?.[1];
      // "She did not decide what Corvane must change, writing only that …": a body named after
      // the pronoun subject is what the sentence is about, not who speaks; so is anyone named
      // after a pronoun that opens the sentence and does something ("She also thanked Brandt by
      // name, calling his phone call “…”"); not after one that reports what another said ("She
      // said a scaffolder, Kevin Marsh, …, had told Whitmore that the structure was ‘…’").
      const opensOnDeed = opensOnPronoun !== undefined && !REPORTS_IN_LEAD.test(/^\s*\S+\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(\S+)/.exec(lead.slice(pronounAt))?.[1] ?? '');
      // "He said its two founders, Daniel Kemp and Farid Malik, had ‘grown the business …’": what
      // "he" reports of them, in his words, unless they say something themselves on the way.
      const reportedOf = opensOnPronoun !== undefined && !opensOnDeed && apposed === undefined && subject !== undefined && !HAS_VERB.test(firstP.text.slice(subject.end, first.open));
      // "The analyst cut her target and said Pelham & Finch risked being ‘…’": a sentence opening on
      // a person's role says the words; a body named after its speech verb is what they talk about.
      // So does "The minister said her thoughts were with Ostrowski …, and that the people had
      // shown “…”": a person named after the role's speech verb is what was said, unless they speak.
      const roleSays = subject !== undefined && pronounSubject === undefined ? ROLE_SUBJECT_SAYS.exec(lead) : null;
      const saidOf = roleSays !== null && subject!.start >= openSentence.start + roleSays[0].length && !SPEAKS_RIGHT_AFTER.test(firstP.text.slice(subject!.end, subject!.end + 30));
      // ("The artistic director of the Maltings Playhouse has resigned, warning …" as the story's
      // first quotation: so does a role of the body named, in a lead that names its holder
      // later; the body is whose role it is. Not later on, where "The leader of Kettlewick
      // Council called …" is no one named before, and stays the council's.)
      const leadsWithRoleOf = attributed.length === 0 && subject !== undefined && orgLike(people.list[subject.person]!) && ROLE_OF_OWNER.test(firstP.text.slice(openSentence.start, subject.start));
      const roleOpens = subject !== undefined && pronounSubject === undefined && ((orgLike(people.list[subject.person]!) && HAS_VERB.test(firstP.text.slice(openSentence.start, subject.start))) || saidOf || leadsWithRoleOf) ? leadingRole(lead, ctx, first.paragraph, openSentence.start) : undefined;
      const bodyOnly = subject !== undefined && pronounSubject !== undefined && (orgLike(people.list[subject.person]!) || (opensOnDeed && apposed === undefined) || reportedOf);
      // "He said he did not blame Castellano, whom …, but he told the board … that cutting his
      // post had been “…”": the clause nearest the quote has "he" for its speaker, not the name before it.
      const lastSayer = LAST_PRONOUN_SAYER.exec(lead);
      // Not when the name opens the sentence and fits the pronoun: "Board Chairman Ray Okafor said
      // the lone dissenting member had wanted …, a proposal he described as “…”" is Okafor's.
      const subjectOpens = subject !== undefined && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(lead.slice(0, subject.start - openSentence.start));
      const heIsSubject = subjectOpens && lastSayer !== null && !orgLike(people.list[subject.person]!) && genderOf(people.list[subject.person]!) !== (pronounOf(lastSayer[1]!) === 'm' ? 'f' : 'm');
      // ("…he complained that Brandt had ‘pushed me off, what was I supposed to do’": words in the
      // first person, reported of someone after "he" reports, are his.)
      const reportedInFirstPerson = lastSayer !== null && subject !== undefined && subject.start > openSentence.start + lastSayer.index && FIRST_PERSON_WORDS.test(q.text) && !orgLike(people.list[subject.person]!);
      const pronounNearer = lastSayer !== null && subject !== undefined && (subject.end <= openSentence.start + lastSayer.index || reportedInFirstPerson) && !heIsSubject;
      // "The company blamed what it called ‘…’": the pronoun is the sentence's subject (before its
      // verb), who names it so.
      const whatCalled = WHAT_PRONOUN_CALLED.exec(lead);
      const caller = whatCalled && clause === undefined ? subjectOf(lead.slice(0, whatCalled.index).replace(/\s*\S+\s*$/, ''), first.paragraph, openSentence.start, ctx) : undefined;
      // "…, a move the vessel’s owner called “piracy in uniform”": who calls it so is the subject
      // of the clause about the move, not of the sentence.
      const namer = NOUN_THEN_NAMER.exec(lead);
      // "…followed what one JPL engineer described as “…”": someone unnamed, who calls it so.
      const unnamedNamer = WHAT_UNNAMED_CALLED.exec(lead)?.[1];
      const named = namer && caller === undefined ? (subjectOf(namer[1]!, first.paragraph, openSentence.start + namer.index! + namer[0].indexOf(namer[1]!), ctx) ?? people.unnamed(namer[1]!)) : unnamedNamer && caller === undefined ? people.unnamed(unnamedNamer) : undefined;
      // "The judges concluded that the crust’s “…” pointed to a commercial product, Oberholtzer told
      // the board.": a name that reports the whole sentence at its end says its quoted words.
      const tailed = first.paragraph === last.paragraph && after ? NAME_REPORTS_AT_END.exec(after) : null;
      const tailAt = tailed ? last.close + 1 + tailed.index : -1;
      const tailSayer = tailed ? mentions.find((m) => m.paragraph === first.paragraph && m.start >= tailAt && m.end <= tailAt + tailed[0].length && !orgLike(people.list[m.person]!) && personal(people.list[m.person]!)) : undefined;
      // "The stewards were unmoved. In their written decision they said Iriarte had ‘…’": "they"
      // report, and they are the group the sentence before opens on, not whom they name.
      const group = THEY_REPORT.test(lead) ? groupSubjectBefore(paragraphs, first.paragraph, openSentence.start) : undefined;
      if (group !== undefined) person = people.unnamed(group);
      else if (tailSayer !== undefined) person = tailSayer.person;
      else if (caller !== undefined) person = caller;
      else if (named !== undefined) person = named;
      else if (clause !== undefined) person = clause;
      else if (pronounNearer) person = byPronoun(people, mentions, first.paragraph, openSentence.start, pronounOf(lastSayer[1]!), paragraphs);
      else if (roleOpens !== undefined && !orgLike(people.list[roleOpens]!)) person = roleOpens;
      else if (subject && !bodyOnly) person = subject.person;
      else if (pronounSubject) person = byPronoun(people, mentions, first.paragraph, openSentence.start, pronounOf(pronounSubject), paragraphs);
      // "The economist called the longer timeline “…”": the person the role opening the sentence
      // names; else, as in "The city police said the bridge would stay closed, and urged residents
      // to ‘…’", whoever the sentence reports speaks its quoted words.
      else person = leadingRole(lead, ctx, first.paragraph, openSentence.start) ?? describedInLead(lead, people) ?? documentOwner(inSentence, firstP.text, openSentence.start) ?? reportedSpeaker(lead.trimEnd(), first.paragraph, openSentence.start, ctx) ?? continuing(previous, first, ctx);
      if (person === undefined && standsAlone) person = introducedBy(paragraphs, first.paragraph, ctx);
    }
    attributed.push({ raw: q, person, own });
    previous = { person, paragraph: last.paragraph, end: last.close };
    resolution = undefined;
  }

  boxAnswers(attributed, paragraphs, mentions, people);

  // A live page's entry title that quotes what the entry then quotes in full ("14:48 Police: ‘We
  // are treating this as a serious criminal matter’"): the same words, the same speaker.
  const plain = attributed.map((a) => a.raw.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  // (Over a speaker it only took from the quote before: a live page runs newest first.)
  attributed.forEach((a, i) => {
    if ((a.person !== undefined && a.own) || plain[i]!.split(' ').length < 3) return;
    const fuller = attributed.find((b, j) => j !== i && b.person !== undefined && plain[j]!.includes(plain[i]!));
    if (fuller) a.person = fuller.person;
  });

  // A live entry's headline that condenses what its entry says ("16:40 Council leader: ‘Never seen
  // it like this’" over "‘I have never seen the Tarne like this’"; "‘We were told to go home’" over
  // a patient's account): the headline writer's words, not the speaker's, when the entry below
  // quotes them itself.
  // So is a headline or a subheading that repeats words quoted in full elsewhere ("‘He was our
  // whole world’" over "‘Liam went to work … He was our whole world. …,’ she said"): the reader
  // would get the same words twice.
  const headingLike = attributed.map((a) => {
    const p = paragraphs[a.raw.parts[0]!.paragraph - 1]!;
    return a.raw.parts.length === 1 && p.text.split(/\s+/).length <= 14 && !/[.!?…]['’"”]?\s*$/.test(p.text);
  });
  const headlines = new Set<number>();
  attributed.forEach((a, i) => {
    if (!headingLike[i]) return;
    const at = a.raw.parts[0]!.paragraph;
    // (The quotes that hold its words: a fuller one, or one outside a heading, makes it a repeat;
    // a heading word for word like another is kept.)
    const holders = plain.flatMap((other, j) => (j !== i && other.includes(plain[i]!) ? [j] : []));
    if (holders.some((j) => plain[j]!.length > plain[i]!.length || !headingLike[j])) {
      headlines.add(i);
      return;
    }
    if (holders.length > 0) return;
    if (attributed.some((b) => b.raw.parts[0]!.paragraph > at && b.raw.parts[0]!.paragraph <= at + 3)) headlines.add(i);
  });
  for (const i of [...headlines].sort((x, y) => y - x)) attributed.splice(i, 1);

  // A Q&A's answers and a transcript's lines are quotes printed without quotation marks; a
  // quoted phrase inside one is the same speaker's words again, or a scare quote.
  const spoken = interviewQuotes(paragraphs, mentions, people);
  if (spoken.length) {
    // (Someone else's words the answer quotes stay theirs: "My editor told me, ‘This is the book,
    // but you're hiding.’")
    const speakerAt = new Map(spoken.map((a) => [a.raw.parts[0]!.paragraph, a.person]));
    const kept = attributed.filter((a) => {
      const at = speakerAt.get(a.raw.parts[0]!.paragraph);
      return at === undefined || (a.person !== undefined && a.person !== at);
    });
    attributed.splice(0, attributed.length, ...[...kept, ...spoken].sort((a, b) => a.raw.parts[0]!.paragraph - b.raw.parts[0]!.paragraph || a.raw.parts[0]!.open - b.raw.parts[0]!.open));
  }

  // Reported statements may introduce someone a quote only calls "the person" ("A person familiar
  // with the talks, who …, said …" after "“…,” the person said."): one speaker, not two.
  // "The statement said …": whoever's statement was quoted last.
  const quotedBy = (paragraph: number) => attributed.findLast((a) => a.person !== undefined && a.raw.parts[0]!.paragraph <= paragraph)?.person;
  const speakerOfQuote = new Map(attributed.flatMap((a) => (a.person === undefined ? [] : [[a.raw, a.person] as const])));
  const quoted = new Set(speakerOfQuote.values());
  const hasQuotes = (person: number) => quoted.has(person);
  const reportedRaw = findReported(paragraphs, attributed.map((a) => a.raw), { ...ctx, quotedBy, hasQuotes }, speakerOfQuote).sort((a, b) => a.paragraph - b.paragraph);
  reporterQuotes(attributed, reportedRaw, paragraphs);
  // So is "A coroner has said …" in the lead, when the story goes on to name one coroner.
  // (Not someone the text keeps anonymous: "said the engineer, who asked not to be named" is no
  // named engineer.)
  // (Where each one's words first stand: the paragraph of their first quote or report.)
  const saidAt = [...attributed.map((a) => ({ person: a.person, paragraph: a.raw.parts[0]!.paragraph })), ...reportedRaw];
  const firstSaid = new Map<number, number>();
  for (const { person, paragraph } of saidAt) {
    if (person !== undefined && paragraph < (firstSaid.get(person) ?? Infinity)) firstSaid.set(person, paragraph);
  }
  // (Known by a role only, they have no mention of their own: where their words are.)
  const namedNext = (i: number, role: string): number => {
    const said = firstSaid.get(i);
    const named = said !== undefined ? namedInNextParagraph(i, said, mentions, people) : undefined;
    if (named !== undefined) (people.list[named]!.otherRoles ??= new Set()).add(role);
    return named ?? i;
  };
  const described = people.list.map((p, i) => {
    const body = bodyByItsFirstWords(p, people.list);
    if (body !== undefined) return body;
    // "…, the Transport Secretary announced on Wednesday." ¶ "Helen Marchbank told MPs …": an
    // office in capitals, never given to a name, is the person the next paragraph opens on.
    if (officeOnly(p)) return namedNext(i, p.name.toLowerCase());
    if (!p.unnamed || p.anonymous) return i;
    const key = p.role!.toLowerCase();
    // "the family said" in a story that writes "Vance’s family" or "the Vance family": the Vance
    // family, as readers ask for it.
    const family = key === 'family' && /^the\s/i.test(p.name) ? familyName(paragraphs) : undefined;
    if (family) {
      p.name = `The ${family} family`;
      (p.otherRoles ??= new Set()).add(`${family.toLowerCase()} family`);
    }
    // ("The zoo’s curator, who watched the birth …, said" then "The curator, Rachel Dunmore,":
    // whose curator the first says is no word of hers, whose role says no owner.)
    const ownerless = key.replace(OWNER_WORD, '');
    const holdersOf = (description: string, unownedRolesOnly = false) =>
      people.list.flatMap((q, j) => (!q.unnamed && !isOrg(q) && q.role && !(unownedRolesOnly && /[’']s\s|\s(?:of|at|for)\s/.test(q.role)) && describesSame(description, q.role) ? [j] : []));
    const owned = holdersOf(key);
    const holders = owned.length === 0 && ownerless !== key ? holdersOf(ownerless, true) : owned;
    if (holders.length === 1 && isPersonNoun(headNoun(key))) return holders[0]!;
    // "The Care Quality Inspectorate (CQI) … Its report, published on Thursday, …" then "the report
    // states": the body whose report it is.
    if (DOCUMENT_SPEAKER.test(p.name)) {
      const author = documentAuthor(key, paragraphs, mentions, people);
      if (author !== undefined) {
        (people.list[author]!.otherRoles ??= new Set()).add(key);
        return author;
      }
    }
    // "In a statement, Meadowvale Care Group said it accepted the findings." ¶ "‘…,’ a spokesperson
    // said.": a spokesperson for no body the text names speaks for the one body that spoke in the
    // paragraph or two before.
    if (BARE_SPOKESPERSON.test(p.name)) {
      const first = firstSaid.get(i) ?? Infinity;
      const spoke = saidAt.filter((x) => x.person !== undefined && isOrg(people.list[x.person]!) && x.paragraph < first && x.paragraph >= first - 2);
      const latest = Math.max(...spoke.map((x) => x.paragraph));
      const bodies = new Set(spoke.filter((x) => x.paragraph === latest).map((x) => x.person!));
      if (bodies.size === 1) return [...bodies][0]!;
    }
    // "…, a monitoring group said." in the lead, then "The Border Conflict Monitoring Centre, a
    // Vienna-based group that tracks casualties, …": the one body whose name and kind hold every
    // word of the description.
    if (/^(?:a|an)\s/i.test(p.name) && isOrgNoun(headNoun(key))) {
      const words = key.split(/\s+/).filter((w) => !DESCRIPTION_FILLER.test(w));
      const bodies = people.list.flatMap((q, j) => (isOrg(q) && words.every((w) => q.tokens.has(w) || q.org?.includes(w)) ? [j] : []));
      if (bodies.length === 1) return bodies[0]!;
    }
    if (!/^the\s/i.test(p.name)) return i;
    const fuller = people.list.findIndex((q, j) => j !== i && q.unnamed && !/^the\s/i.test(q.name) && describesSame(key, q.role));
    if (fuller >= 0) return fuller;
    // "The attorney general’s office said …" then "“…,” the office said": a body's noun alone is
    // the one body the text described with it by whose it is. (Not "the Portuguese club" for
    // "the club": that may be any club the story names.)
    if (isOrgNoun(key)) {
      const bodies = people.list.flatMap((q, j) => (j !== i && q.unnamed && q.role && /(?:’s|'s)\s/.test(q.role) && describesSame(key, q.role) ? [j] : []));
      if (bodies.length === 1) return bodies[0]!;
      // "…, a move the union called “…”" in the lead, then "Harjit Dhaliwal, president of the
      // Coastal Longshore Workers Union": the one body whose name ends in the noun, named anywhere.
      const named = people.list.flatMap((q, j) => (j !== i && isOrg(q) && !q.unnamed && namedBy(q.name, key) ? [j] : []));
      if (named.length === 1) return named[0]!;
    }
    return namedNext(i, key);
  });
  for (const a of attributed) if (a.person !== undefined) a.person = described[a.person]!;
  for (const r of reportedRaw) r.person = described[r.person]!;
  nameBodiesSpokenFor(attributed, reportedRaw, ctx);

  const text = paragraphs.map((p) => p.text).join('\n');
  nameTeamsInFull(text, ctx);
  const subject = headlineSubject(headline, mentions, people);
  if (subject) (people.list[subject.person]!.otherRoles ??= new Set()).add(subject.noun);
  for (const { person, role } of captionRoles(captions, people)) (people.list[person]!.otherRoles ??= new Set()).add(role);
  for (const { person, role } of clauseRoles(mentions, paragraphs, people)) (people.list[person]!.otherRoles ??= new Set()).add(role);
  // (The headline's names, found once for everyone it may title.)
  const headlineNames = findNames(headline);
  // (Each person's first mention, looked up once for the roles below that start from it.)
  const firstMention = new Map<number, PersonMention>();
  for (const m of mentions) if (!firstMention.has(m.person)) firstMention.set(m.person, m);
  for (const [index, person] of people.list.entries()) {
    const first = firstMention.get(index);
    const role = headlineRole(headline, headlineNames, person);
    if (role) (person.otherRoles ??= new Set()).add(role);
    const office = officeBefore(person, first, paragraphs, mentions, people);
    if (office) (person.otherRoles ??= new Set()).add(office);
    // (Not one of those the office holder spoke to: "The lead flight director … spoke briefly with
    // reporters … Dana Whitcomb said" is the flight director, no reporter.)
    const one = office ? undefined : oneOfTheGroup(person, first, paragraphs);
    if (one) (person.otherRoles ??= new Set()).add(one);
    const lead = leadSubjectNamed(person, first, paragraphs);
    if (lead) (person.otherRoles ??= new Set()).add(lead);
    for (const spelled of ownerSpelledOut(person, text)) (person.otherRoles ??= new Set()).add(spelled);
    const owned = roleOfBodyNamed(person, first, mentions, paragraphs, people);
    if (owned) (person.otherRoles ??= new Set()).add(owned);
  }
  const sameBody = spellOutAcronyms(people, paragraphs);

  // Speakers: people with at least one quote, in order of their first quote.
  const speakerOf = new Map<number, number>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = joinInterrupted(paragraphs, attributed).map(({ raw: q, person: as }, id) => {
    const person = as === undefined ? undefined : sameBody.get(as) ?? as;
    let speaker: number | undefined;
    if (person !== undefined) {
      speaker = speakerOf.get(person);
      if (speaker === undefined) {
        speaker = speakers.length;
        speakerOf.set(person, speaker);
        speakers.push(toSpeaker(people.list[person]!));
      }
    }
    const paragraphsOf = [...new Set(q.parts.map((s) => s.paragraph))];
    return { id, text: q.text, ...(speaker !== undefined ? { speaker } : {}), paragraph: paragraphsOf[0]!, paragraphs: paragraphsOf };
  });
  // Only the quotes kept rule a sentence out: 'the city was "reviewing" the request' is a report
  // with a scare quote in it, not a quotation.
  const reported = reportedRaw.map((r, id) => {
    const person = sameBody.get(r.person) ?? r.person;
    let speaker = speakerOf.get(person);
    if (speaker === undefined) {
      speaker = speakers.length;
      speakerOf.set(person, speaker);
      speakers.push(toSpeaker(people.list[person]!));
    }
    return { id, text: r.text, speaker, paragraph: r.paragraph };
  });
  // "what did the hotel say", "what did Ashcombe Manor Hotel say": its spokesman's words too. Its
  // head ("Fiona Latchford, Eastmoor Airport’s chief executive") and its named spokesperson
  // ("agency spokesman Alan Ferris") speak for it as well; see the quote command.
  const speakerOfPerson = (p: Person | undefined) => (p ? speakerOf.get(people.list.indexOf(p)) : undefined);
  const written = new Set(paragraphs.flatMap((p) => p.text.match(/\b\p{Lu}{2,6}\b/gu) ?? []).map((a) => a.toLowerCase()));
  const addAliases = (speaker: number, body: Person) => {
    // "the National Farmers' Union (NFU)": its initials, when the text writes them.
    const initials = body.initials && (body.tokens.has(body.initials) || written.has(body.initials)) ? [body.initials] : [];
    for (const alias of [body.name.toLowerCase(), ...(body.org ?? []), ...initials]) if (!speakers[speaker]!.aliases.includes(alias)) speakers[speaker]!.aliases.push(alias);
  };
  surnameForOne(people, speakerOf, speakers);
  roleOfLeadSubject(paragraphs, namesIn, people, speakerOf, speakers);
  const mainCompany = mostMentionedCompany(people, mentions);
  for (const [person, speaker] of speakerOf) {
    const spokenFor = bodySpokenFor(people.list[person]!, people);
    if (spokenFor) addAliases(speaker, spokenFor);
    const body = speakerOfPerson(spokenFor);
    if (body !== undefined) speakers[speaker]!.speaksFor = body;
    const named = bodyOfNamedSpokesperson(person, people, mentions);
    // A body the article never quotes nor reports is asked for by its name through them.
    if (named && speakerOfPerson(named) === undefined) addAliases(speaker, named);
    const headedBody = bodyHeadedBy(people.list[person]!, people);
    // "Tomas Reiber, president of the National Farmers' Union (NFU)": a body the article never
    // quotes nor reports is asked for by its name through its head, as through its spokesperson.
    if (headedBody && speakerOfPerson(headedBody) === undefined) addAliases(speaker, headedBody);
    const headed = speakerOfPerson(headedBody ?? named);
    if (headed !== undefined) speakers[speaker]!.heads = headed;
    // "Chief Executive Officer Catherine Ellery-Vance said" in a story about Marden & Finch: a
    // bare executive's title is the company's the story is about ("the Marden & Finch CEO").
    // ("Governor Katarina Velikova told a news conference" in a story about the National Bank of
    // Marovia: a bank's governor.)
    const bare = people.list[person]!.role;
    const executive = bare !== undefined && (BARE_EXECUTIVE.test(bare) || (/^governor$/i.test(bare) && /\bbank\b/i.test(mainCompany?.name ?? '')));
    if (!headedBody && !named && executive && mainCompany !== undefined) {
      const alias = `${mainCompany.name.toLowerCase()}’s ${bare!.toLowerCase()}`;
      if (!speakers[speaker]!.aliases.includes(alias)) speakers[speaker]!.aliases.push(alias);
    }
    // "UDTU general secretary Maureen Oakley" is "the union leader" to readers: her role, said
    // with what kind of body it heads (the body keeps "the union" for itself).
    // ("Halvern Biotherapeutics CEO" is "the company CEO", without the name it opens with.)
    const fullRole = people.list[person]!.role?.toLowerCase();
    const bodyName = headedBody?.name.toLowerCase();
    const role = fullRole && bodyName && fullRole.startsWith(`${bodyName} `) ? fullRole.slice(bodyName.length).trim() : fullRole;
    for (const kind of headedBody?.org ?? []) {
      const alias = `${kind} ${role}`;
      if (role && !kind.includes(' ') && !role.includes(kind) && !speakers[speaker]!.aliases.includes(alias)) speakers[speaker]!.aliases.push(alias);
    }
  }
  return { quotes, reported, speakers };
}

// ---------------------------------------------------------------------------------------------
// Reported speech: "Patel said the bridge would cost more", "According to Patel, …",
// "…, the company said." — sentences with no quotation in them whose subject is a speaker.

// ("Judge Akers found that the inquiry had been ‘one-sided and cursory’": a finding is what a
// judge or an inquiry says; not "found the body".)
// ("Haskins put the total loss … at about $58,000": an estimate, as "estimated" is.)
// ("declined to say whether …", "refused to comment on …": what someone would not say is said too.)
const REPORT_VERB = `${VERB}|(?:declined|refused)(?=\\s+to\\s+(?:comment|say|disclose|confirm|discuss|elaborate|specify|reveal|give|name|answer)\\b)|advised|advises|estimated|estimates|believes|believed|expects|expected|contended|maintained|alleged|testified|disclosed|revealed|denied|indicated|projected|forecast|found(?=\\s+that\\b)|ruled|(?:put|puts|placed|places)(?=\\s+(?:the|its|their|his|her)\\s+[^.;:]{2,80}?\\s+at\\s+(?:about\\s+|around\\s+|roughly\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|some\\s+)?[$£€\\d])`;
const REPORTS_IN_LEAD = new RegExp(`\\b(?:${REPORT_VERB})\\b`, 'i');
// Subject, an optional apposition, the verb, an optional listener, an optional "that", then the clause.
/**
 * An apposition between a subject and its verb: without commas of its own ("Halvorsen, in a filing,
 * said"), else with them ("The canvassing board, made up of a county judge, a commissioner and the
 * elections supervisor, said"), tried second so a clause before a named subject is never taken
 * for the subject ("The decision was taken with the police, Hollowmere Events, which runs the
 * festival, said").
 */
const APPOSITIONS = [',[^,]{1,140},', ',[^.;:“”"‘]{1,160}?,'];
/** The subject before each kind of apposition: any, or (before one with commas of its own) a few words only. */
const SUBJECTS = ['.{2,90}?', '\\S+(?:\\s+\\S+){0,5}?'];
const REPORTED_LEADS = APPOSITIONS.map((apposition, i) => new RegExp(`^(${SUBJECTS[i]})(?:${apposition})?\\s+(?:${ADVERB}\\s+|also\\s+|later\\s+|previously\\s+|had\\s+|has\\s+|have\\s+|would\\s+)*(?:${REPORT_VERB})\\b(?:\\s+(?:reporters|journalists|lawmakers|investors|supporters|voters|residents|members|staff|employees|workers|parents|students|fans|colleagues|analysts|guests|MPs|senators|(?:his|her|their)\\s+(?:staff|team|supporters|colleagues|family|lawyers?)|the\\s+(?:court|judge|jury|panel|committee|council|board|audience|crowd|hearing|meeting|press|media|station|newspaper|magazine)|(?:him|her|them|us)))?(?:\\s+on\\s+\\w+day)?,?\\s+(?:that\\s+)?(\\S.{15,})$`, 'iu'));
// "…, the company said." / "…, said Patel." / "…, Patel told reporters on Monday." / "…, the
// company said in a statement, adding that …".
const REPORTED_TAIL = new RegExp(`^(.{20,}),\\s+(?:(?:${REPORT_VERB})\\s+(?!(?:in|on|at|during|after|before|by|to|that)\\s)(.{2,80}?)|(.{2,80}?)\\s+(?:${ADVERB}\\s+)?(?:${REPORT_VERB})\\b[^,]{0,60}(?:,\\s+(?:adding|noting|saying)\\b.*)?)[.!]?$`, 'iu');
// "Most of it, the prosecutor said, was spent on a hot tub": the attribution set off mid-sentence.
// ("…when she was 9, her son said, and she never put it back together": a relative too.)
const REPORTED_ASIDE = new RegExp(`^.{3,200}?,\\s+((?:the|a|an|his|her|their)\\s+[^,]{2,60}?|\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}|he|she|they)\\s+(?:${ADVERB}\\s+)?(?:${REPORT_VERB}),\\s+\\S.{10,}$`, 'u');
/**
 * "Damien Tully said", "…, Kelly said": the patterns' adverb slot ("\w+ly", case-blind under their
 * `i` flag) takes a capitalised word in -ly that is the name's last word; the subject gets it back.
 */
function withNameInLy(subject: string, rest: string): string {
  return subject + (/^\s+\p{Lu}\p{Ll}*ly\b(?=\s)/u.exec(rest)?.[0] ?? '');
}

/** A clause's opening conjunction, before its subject: "but the operator", "and the CQC". */
const CONJUNCTION_OPENS = /^(?:but|and|yet|although|though|while)\s+/i;
/** "asked for a recount", "called for calm": what someone asked for, not what they said. */
const REQUEST = new RegExp(`\\b(?:${REPORT_VERB})\\s+for\\b`, 'i');
/** Words at most after a closing "…, said" that can be who said it. */
const TAIL_WORDS = 9;
/** "…, said Priya Raman, curator of meteorites at the Lake Champlain Museum of Natural History." (group 1: the name). */
const SAID_NAME_APPOSED = new RegExp(`^.{20,},\\s+(?:${REPORT_VERB})\\s+(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){1,3}),\\s+[^,]{2,160}[.!]?$`, 'u');
/** A capitalised name, then a lower-case word that is not a preposition or an article: "Strand shook …". */
// (So is a pronoun: ", said he last spoke with Brannigan on Wednesday" is what was said.)
const NAME_THEN_VERB = /^(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*|he|she|they|we|it|that)\s+(?!(?:of|at|for|from|in|with|and|on|who|whose|a|an|the|to|said|says|added|told)\b)\p{Ll}/u;
/** "…, according to Miriam Olsen, a space underwriting broker at Halden Marsh Partners.": a name closing the sentence's attribution. */
// ("…, according to choir secretary Dai Morgan": a role in lower case before the name.)
// ("…, according to the zoo’s head vet, Dr Tom Kellaway.": whose role it is, a comma and a title before the name.)
const TRAILING_PERSON = /,\s+according to\s+(?:(?:the\s+)?(?:\p{Ll}[\p{Ll}’'-]*\s+){1,3}?(?:\p{Ll}[\p{Ll}-]*,\s+)?)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(?:,[^.!?]{0,160})?[.!]?$/u;
/** ", according to guidance from the state Department of Labor." (group 1: whose the document is). */
const TRAILING_DOCUMENT = /,\s+according\s+to\s+(?:(?:a|an|the|new|its|their|updated|official|written)\s+)*(?:guidance|advice|statement|letter|notice|memo|e-?mail|update|announcement|instructions|rules)\s+(?:from|issued\s+by|published\s+by|by)\s+((?:the\s+)?[^,.;!?]{2,80}?)\s*[.!]?$/i;
const TRAILING_SOURCE = /,\s+according to\s+((?:a|an|one|two|three|several)\s+[^.!?]{3,120}?)\s*[.!]?$/i;
const REPORTED_ACCORDING = /^according to\s+([^,]{2,90}),\s*(\S.{15,})$/i;
/** "Reuters reports that …", "Bloomberg reported that …": a name of capitals reporting (group 1). */
const OUTLET_REPORTS = /^((?:al-)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?:reports|reported|has reported)\s+that\s/u;
/** A source's name as the text writes it, "al-Jazeera" and "Sky News" alike: capitals, an "al-" before them. */
const OUTLET_NAME = /^(?:the\s+)?((?:al-)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$/u;

/**
 * "According to Sky News, …", "Reuters reports that …": a source the text names only as
 * reporting (a news outlet, a report) is a body whose reported statement this is. Not a person
 * the names know (subjectOf found none), nor a lower-case phrase ("according to police").
 */
function outletReporting(phrase: string, ctx: Context): number | undefined {
  const name = OUTLET_NAME.exec(phrase.trim())?.[1];
  if (!name || PRONOUN_OR_DAY.test(name)) return undefined;
  return ctx.people.organisation({ text: name, start: 0, end: 0, kinds: ['outlet'], acronym: false, initials: initialsOf(name.split(/\s+/)) }, [], true);
}
const PRONOUN_OR_DAY = /^(?:He|She|It|They|We|I|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** ", which Mr Okoro handed up to the court,": a relative clause set off by commas. */
const RELATIVE_CLAUSE = /,\s*(?:which|whom|where|when)\s[^,“”"‘]{3,80},/g;
// ("At the Corner Cup café, where Dettmer eats breakfast most Thursdays, the staff say …": with
// the place's own clause.)
const LEADING_CLAUSE = /^(?:(?:on|in|at|by|during|after|before|late|early|earlier|last|this|outside|inside|near|beside|behind|over|throughout|under|amid|despite|across)\b[^,]{0,100},\s*(?:(?:where|when)\b[^,]{0,80},\s*)?|(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,3}?(?:statement|interview|letter|post|email|message|filing|tweet|video|speech|note|release|briefing|update)\s+(?=(?:he|she|it|they|we)\s)|(?:speaking|writing|talking|standing|addressing)\b[^,]{0,100},\s*|(?:but|and|however|meanwhile|separately|also|still)\b,?\s*|(?:when\s+)?asked\s+(?:in\s+[^,]{3,60}?\s+)?(?:whether|if|about|why|how|what|when|who|to)\b[^,]{0,160},\s*|(?:when\s+)?(?:asked|questioned|pressed|challenged|cross-examined|quizzed)\s+by\s[^,]{1,80},\s*(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3},\s*)?(?:(?:whether|if|about|why|how|what|when|who|to|over|on)\b[^,]{0,160},\s*)?)/iu;

const NOT_A_SUBJECT = /\b(?:after|before|when|while|that|which|who|its|their|is|was|were|are|has|had|have|and|but|fell|rose)\b/i;

/**
 * Words a quoted fragment inside a reported sentence runs to at most (it also starts in lower case:
 * it goes on from the sentence). A clause of someone's words (“for the first time in
 * cross-examination, some 18 months after the event”) leaves the sentence a report; measured, 10
 * words lost 16 reports on three sets, and nothing changes past 16.
 */
const FRAGMENT_WORDS = 20;
/** Quoted words a report may hold after its attribution alone: a phrase, not a statement. */
const SHORT_FRAGMENT_WORDS = 10;
/** A lead-in that only says who speaks: "According to Patel, ", "Patel said that ". */
const ATTRIBUTION_ONLY = /^\s*(?:according to\s+[^,]{2,60},|(?:\S+\s+){1,5}(?:said|says|told\s+\S+|added|wrote)(?:\s+that)?)\s*$/i;

/** "He said he spent ", "Patel said the council had ": a speech verb, then a clause's own subject and verb. */
const REPORTED_CLAUSE_LEAD = /\b(?:said|says|told\s+\S+)\s+(?:that\s+)?(?:he|she|they|it|we|the\s+\S+|\p{Lu}\S*)\s+\p{Ll}+\s+(?:\S+\s+){0,6}$/u;

/**
 * "One long-time volunteer, who asked not to be named, said the news had divided the town.
 * ‘We all sold raffle tickets with her.’": a quotation with no speaker of its own that opens
 * right after someone's reported statement, in the same paragraph, goes on in their voice.
 */
function reporterQuotes(attributed: Attributed[], reported: readonly RawReported[], paragraphs: readonly Paragraph[]): void {
  for (const a of attributed) {
    if (a.person !== undefined) continue;
    const first = a.raw.parts[0]!;
    const text = paragraphs[first.paragraph - 1]!.text;
    const report = reported.find((r) => r.paragraph === first.paragraph && r.end !== undefined && r.end <= first.open && /^\s*$/.test(text.slice(r.end, first.open)));
    if (report) a.person = report.person;
  }
}

interface RawReported {
  text: string;
  paragraph: number;
  person: number;
  /** Where the sentence ends in its paragraph. */
  end?: number;
}

function findReported(paragraphs: readonly Paragraph[], raw: readonly RawQuote[], ctx: Context, speakerOfQuote: ReadonlyMap<RawQuote, number>): RawReported[] {
  const out: RawReported[] = [];
  for (const p of paragraphs) {
    for (const s of sentenceSpans(p)) {
      const { start, end } = s;
      // A sentence holding a quotation is about that quote, not a report; but a few quoted words
      // inside a report ("Tillman told reporters the verdict showed the county would not accept
      // “shoot first, ask later” as a defense") leave it a report, which says what the words mean.
      const inside = raw.filter((q) => q.parts.some((span) => span.paragraph === p.number && span.open < end && span.close >= start));
      // A longer run of quoted words is a fragment only after a clause of the sentence's own
      // ("…said no fire risk assessment had been carried out, and that the argument had been
      // raised ‘…’"), not after a bare attribution ("According to Patel, “the budget is …”").
      const fragment = (q: RawQuote) => {
        const words = q.text.split(/\s+/).length;
        const lead = p.text.slice(start, q.parts[0]!.open);
        // ("He said he spent ‘most of March 2020 on the phone …’": short, but a clause of its own.)
        return q.parts.length === 1 && /^\p{Ll}/u.test(q.text) && ((lead.length >= 20 && (words <= SHORT_FRAGMENT_WORDS || (words <= FRAGMENT_WORDS && lead.length >= 40 && !ATTRIBUTION_ONLY.test(lead)))) || (words <= FRAGMENT_WORDS && REPORTED_CLAUSE_LEAD.test(lead)));
      };
      // "Dr Thackeray described the results as ‘…’, and said nobody should start drinking coffee":
      // a report goes on after the quotation, in the speaker's clause.
      const reportsAfter = (q: RawQuote) => q.parts.length === 1 && SAID_AFTER_QUOTE.test(p.text.slice(q.parts[0]!.close + 1, end));
      // "…, the council said it would consider any formal complaint but added: “…”": a report
      // before the quotation, in the same speaker's clause.
      const reportsBefore = (q: RawQuote) => q.parts.length === 1 && REPORT_THEN_ADDED.test(p.text.slice(start, q.parts[0]!.open));
      if (!inside.every((q) => fragment(q) || reportsAfter(q) || reportsBefore(q))) continue;
      // "In a statement, the family said:": the words are the quotation that follows, not a report.
      if (/:\s*$/.test(s.text)) continue;
      // "…, a spokeswoman for the promoter said. She said he was expected to be released …": the
      // pronoun goes on with the speaker just reported, when the text gives them its gender.
      const previous = out.at(-1);
      const goesOn = previous && previous.paragraph === p.number && previous.end !== undefined && /^\s*$/.test(p.text.slice(previous.end, start)) ? SAYS_AGAIN.exec(s.text)?.[1] : undefined;
      // ("Dr. Rachel Whitcombe, a …, who was not involved in the research, called the results
      // ‘genuinely encouraging’ but said the markers …": a report in the clause of a quotation
      // is its speaker's, however far the name.)
      const quoter = () => {
        const q = inside.find((q) => reportsAfter(q) || reportsBefore(q));
        return q && speakerOfQuote.get(q);
      };
      const person = goesOn && genderOf(ctx.people.list[previous!.person]!) === pronounOf(goesOn) ? previous!.person : (reportedSpeaker(s.text, p.number, start, ctx) ?? collectiveSpeaker(s.text, ctx) ?? quoter());
      if (person !== undefined) out.push({ text: s.text, paragraph: p.number, person, end });
    }
  }
  return out;
}

/**
 * Words printed without quotation marks that are still someone's own, verbatim by the form's
 * convention:
 * - a Q&A interview's answers ("Q: What surprised you most?" ¶ "A: The depth. …"), the
 *   interviewee's: whoever the introduction, before the first question, names most;
 * - a transcript's lines ("Oliver Brandt: Roughly 80% is Brookhaven.", "Keiko Tanabe, Meridian
 *   Capital Markets: Are patients switching …?"), each its named speaker's, when the article has
 *   at least two (one "Name: …" paragraph may be a caption or a heading).
 */
function interviewQuotes(paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People): Attributed[] {
  const whole = (p: Paragraph, from: number, person: number): Attributed => ({
    raw: { parts: [{ paragraph: p.number, open: from - 1, close: p.text.length, closed: true }], text: p.text.slice(from).trim() },
    person,
    own: true,
  });
  const out: Attributed[] = [];
  const firstQuestion = paragraphs.findIndex((p) => QUESTION_LINE.test(p.text));
  if (firstQuestion >= 0) {
    const interviewee = intervieweeBefore(firstQuestion, mentions, people);
    const answers = paragraphs.filter((p, i) => i > 0 && ANSWER_LINE.test(p.text) && QUESTION_LINE.test(paragraphs[i - 1]!.text));
    // In an interview someone answers for themselves ("If they ask me.", "We will run open
    // days"); in an explainer in Q&A form the writer answers what a reader would ask ("What
    // happens if I go over 6,000 gallons?" "You pay more."): those answers are no one's quotes.
    const interview = answers.some(speaksForSelf);
    if (interviewee !== undefined && interview) {
      for (const p of answers) {
        const mark = ANSWER_LINE.exec(p.text)!;
        if (!QUOTE_OPENS.test(p.text.slice(mark[0].length))) out.push(whole(p, mark[0].length, interviewee));
      }
    }
    // "Q: Why is it happening?" ¶ "The honest answer is …": questions marked, answers not.
    if (answers.length === 0) {
      const questions = paragraphs.flatMap((p, i) => (QUESTION_LINE.test(p.text) ? [i] : []));
      const unmarked = answersAfter(paragraphs, questions);
      if (questions.length >= 2 && interviewee !== undefined && unmarked.filter(speaksForSelf).length * 2 >= unmarked.length) out.push(...unmarked.map((p) => whole(p, 0, interviewee)));
    }
  }
  // A Q&A set out without "Q:" and "A:": each question a short line of its own ending in "?",
  // the answer the paragraph after it ("Will the beavers eat the fish?" ¶ "No. Beavers are …").
  if (firstQuestion < 0) out.push(...bareInterview(paragraphs, mentions, people, whole));
  const lines = paragraphs.flatMap((p) => {
    const m = mentions.find((x) => x.paragraph === p.number && x.start <= 2);
    const colon = m && TRANSCRIPT_SPEAKER.exec(p.text.slice(m.end));
    if (!m || !colon || !/^\*{0,2}$/.test(p.text.slice(0, m.start))) return [];
    const from = m.end + colon[0].length;
    if (QUOTE_OPENS.test(p.text.slice(from))) return [];
    // (Words, not a box score: "Torres: 9 IP, 0 H, 0 R, 1 BB".)
    return (p.text.slice(from).match(/\b\p{Ll}+\b/gu)?.length ?? 0) >= 3 ? [whole(p, from, m.person)] : [];
  });
  // (One line is enough when it answers a question another label asks: "Resident: Do you know
  // yet how this started?" ¶ "Bellweather: It's under investigation.")
  // (A question, not a fact box's "Services: 10 a.m. Saturday" beside "Burial: …".)
  const asks = (n: number) => paragraphs.some((p) => p.number === n && LABELLED_LINE.test(p.text) && /\?\s*$/.test(p.text));
  const inDialogue = (a: Attributed) => asks(a.raw.parts[0]!.paragraph - 1);
  out.push(...(lines.length >= 2 ? lines : lines.filter(inDialogue)));
  return out;
}

/** A line a label opens, a transcript's: "Resident: …", "Reporter: …", "Q: …". */
const LABELLED_LINE = /^\*{0,2}\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\*{0,2}:\s+\S/u;

/** Words someone says of themselves: "I", "my", "we", "our". */
// (Capitalised too, opening a sentence: "We had ‘off and away’ for four years."; not "US".)
const SPEAKS_FOR_SELF = /\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e[’']re|[Ww]e[’']ve|[Oo]ur|us)\b/;
/** The text without what it quotes: whose words the rest are. */
const withoutQuotations = (text: string) => text.replace(/[“"][^”"]*[”"]|(?<!\p{L})‘[^‘’]*’(?!\p{L})/gu, ' ');

/** An answer that quotes with marks of its own ("A: “Look for the lot code,” Okonkwo said."): the quotes say whose. */
const QUOTE_OPENS = /^\s*[“"‘']/;

/** An answer in the speaker's own person, outside what it quotes. */
const speaksForSelf = (p: Paragraph): boolean => SPEAKS_FOR_SELF.test(withoutQuotations(p.text));

/** A quotation in `p` that a speaking verb gives to someone: "“…,” said Dr Shaw", "She told the BBC: “…”". */
const quotesSomeone = (p: Paragraph): boolean => QUOTED_WITH_VERB.test(p.text);
const QUOTED_WITH_VERB = new RegExp(`[”"’]\\s*,?\\s+(?:[^\\s.!?]+\\s+){0,4}?(?:${VERB})\\b|\\b(?:${VERB})\\b[^.!?“”"‘]{0,60}[:,]?\\s*[“"‘]|[“"‘][^”"’]{2,}[,.!?][”"’]`, 'i');

/**
 * Who answers a Q&A whose first question is paragraph index `first`: the one person the paragraph
 * before it names ("Greer then took questions. An excerpt:"), however often the story named someone
 * else; else whom the introduction names most.
 */
function intervieweeBefore(first: number, mentions: readonly PersonMention[], people: People): number | undefined {
  const introduced = new Set(mentions.filter((m) => m.paragraph === first && !isOrg(people.list[m.person]!) && !people.list[m.person]!.unnamed).map((m) => m.person));
  return introduced.size === 1 ? [...introduced][0] : namedMost(mentions, people, first)[0]?.person;
}

/** Words an answer sharing its question's paragraph runs to at most (a box's answers are short). */
const SHARED_ANSWER_WORDS = 60;
/** Words a question opening its answer's paragraph runs to at most. */
const SHARED_QUESTION_WORDS = 16;

/** A question set as a line of its own: a capital, up to twenty words, no quotation marks, "?". */
// (An apostrophe inside a word is no quotation mark: "Wasn’t there a softer option?".)
const BARE_QUESTION = /^\p{Lu}(?:[^“”"‘’\n]|(?<=\p{L})’(?=\p{L})){2,140}\?$/u;

/**
 * A question set as a paragraph of its own, in at most twenty words.
 * (A question may lead into a line of the interviewer's own: "Wasn’t there a softer option? Lots
 * of schools go for ‘off and away’." An answer that opens on a question goes on in the first
 * person: "Why? Because we had to.")
 */
function asks(p: Paragraph | undefined): boolean {
  const text = p?.text.trim() ?? '';
  if (!text || text.split(/\s+/).length > 20) return false;
  if (BARE_QUESTION.test(text)) return true;
  const lead = /^[^?]+\?(?=\s+\p{Lu})/u.exec(text)?.[0];
  return lead !== undefined && BARE_QUESTION.test(lead) && !SPEAKS_FOR_SELF.test(withoutQuotations(text.slice(lead.length)));
}

/**
 * A readers' Q&A box inside a story ("We put readers’ questions to chief nurse Deborah
 * Kettleworth." ¶ "How long am I infectious for?" ¶ "‘At least 48 hours …’"): answers printed as
 * whole paragraphs in quotation marks, each right after its question, that nothing else
 * attributes. Two such answers at least make a Q&A; they are the interviewee's, whoever the
 * paragraph before the first question names, else whom the story up to it names most. So are
 * marked answers that open on a quotation mark: "Q: Why close the whole trail?" ¶ "A: “A sow with
 * cubs will stay near a carcass …”". And answers sharing their question's paragraph (see
 * `sharesQuestion`).
 */
function boxAnswers(attributed: Attributed[], paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People): void {
  const answers = attributed.filter((a) => {
    const first = a.raw.parts[0]!;
    const last = a.raw.parts.at(-1)!;
    const p = paragraphs[first.paragraph - 1]!;
    const before = p.text.slice(0, first.open);
    const question = paragraphs[first.paragraph - 2];
    const opens = before.trim() === '' ? asks(question) && !asks(p) : sharesQuestion(before) || (ANSWER_LINE.test(before) && before.replace(ANSWER_LINE, '').trim() === '' && question !== undefined && QUESTION_LINE.test(question.text));
    return a.person === undefined && a.raw.parts.length === 1 && opens && /^[\s.!?…]*$/.test(p.text.slice(last.close + 1));
  });
  if (answers.length < 2) return;
  // (Before the first question: the paragraph before it, or before the answer that shares its paragraph.)
  const first = answers[0]!.raw.parts[0]!;
  const interviewee = intervieweeBefore(first.paragraph - (sharesQuestion(paragraphs[first.paragraph - 1]!.text.slice(0, first.open)) ? 1 : 2), mentions, people);
  if (interviewee === undefined) return;
  for (const a of answers) a.person = interviewee;
}

/**
 * A box's question opening its answer's paragraph, on its own line or before it ("What made you a
 * reader?\n‘Ballet Shoes, aged eight, …’", "Favourite period of history? ‘The 1920s …’").
 */
const sharesQuestion = (before: string): boolean => {
  const question = before.trim();
  return question !== '' && BARE_QUESTION.test(question) && question.split(/\s+/).length <= SHARED_QUESTION_WORDS;
};

/**
 * The answers of a Q&A whose questions stand as lines of their own, with no "Q:" and "A:": two
 * such questions at least, each followed by its answer, answered in the first person (an
 * interview, not an explainer), by whoever the paragraph before the first question names, else
 * whom the introduction names most.
 */
function bareInterview(paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People, whole: (p: Paragraph, from: number, person: number) => Attributed): Attributed[] {
  const questions = paragraphs.flatMap((p, i) => (i > 0 && asks(p) && paragraphs[i + 1] !== undefined && !asks(paragraphs[i + 1]) ? [i] : []));
  if (questions.length < 2) return sharedLineInterview(paragraphs, mentions, people, whole);
  const answers = answersAfter(paragraphs, questions);
  // (Most answers, not one: an explainer's answer may quote someone in the first person.)
  if (answers.filter(speaksForSelf).length * 2 < answers.length) return [];
  // (Nor an explainer that quotes people in its answers: an interview's answers are the
  // interviewee's own words. A phrase the interviewee sets in marks, "We had ‘off and away’ for
  // four years", quotes no one: only a quotation with a speaking verb beside it does.)
  if (answers.some(quotesSomeone)) return [];
  const interviewee = intervieweeBefore(questions[0]!, mentions, people);
  return interviewee === undefined ? [] : answers.map((p) => whole(p, 0, interviewee));
}

/**
 * A Q&A box whose question and answer share a paragraph, a line each ("What time does your alarm
 * go off?\n3.15am, six days a week.", read as one paragraph): a run of two such paragraphs at
 * least, one after another (a story's rhetorical "Why does it matter? Because …" stands alone),
 * answered in the first person by whoever the paragraph before the first names ("Five minutes
 * with Tom Pennock"), else whom the story names most.
 */
function sharedLineInterview(paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People, whole: (p: Paragraph, from: number, person: number) => Attributed): Attributed[] {
  const shared = paragraphs.map((p) => {
    const lead = /^[^?]+\?\s+(?=\S)/u.exec(p.text)?.[0];
    const answer = lead === undefined ? '' : p.text.slice(lead.length);
    const short = answer.split(/\s+/).length <= SHARED_ANSWER_WORDS;
    return lead !== undefined && lead.split(/\s+/).length <= SHARED_QUESTION_WORDS && BARE_QUESTION.test(lead.trim()) && short && !QUOTE_OPENS.test(answer) && !quotesSomeone({ ...p, text: answer }) ? lead.length : -1;
  });
  const pairs = shared.flatMap((from, i) => (i > 0 && from >= 0 && (shared[i - 1]! >= 0 || shared[i + 1]! >= 0) ? [{ i, from }] : []));
  if (pairs.length < 2 || !pairs.some(({ i, from }) => SPEAKS_FOR_SELF.test(paragraphs[i]!.text.slice(from)))) return [];
  const interviewee = intervieweeBefore(pairs[0]!.i, mentions, people);
  return interviewee === undefined ? [] : pairs.map(({ i, from }) => whole(paragraphs[i]!, from, interviewee));
}

/**
 * The paragraphs that answer the questions at paragraph indices `questions`: each answer runs to
 * the next question, the last is one paragraph (the story goes on after it); none that opens
 * with a quotation mark (its marks say whose words they are).
 */
function answersAfter(paragraphs: readonly Paragraph[], questions: readonly number[]): Paragraph[] {
  return questions.flatMap((q, k) => {
    const end = k + 1 < questions.length ? questions[k + 1]! : q + 2;
    return paragraphs.slice(q + 1, end).filter((p) => !QUOTE_OPENS.test(p.text));
  });
}

/** After a speaker's name, a transcript line's colon: "Oliver Brandt: ", "Keiko Tanabe, Meridian Capital Markets: ", "**Ann Lee:** ". */
const TRANSCRIPT_SPEAKER = /^(?:,\s+[^:.!?“”"‘’]{1,60})?\**:\**\s+/;

/** The people the text names (bodies and the unnamed aside), most often named first; up to paragraph `until`. */
function namedMost(mentions: readonly PersonMention[], people: People, until = Infinity): { person: number; times: number }[] {
  const counts = new Map<number, number>();
  for (const m of mentions) {
    const person = people.list[m.person]!;
    if (m.paragraph <= until && !isOrg(person) && !person.unnamed) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  }
  return [...counts].map(([person, times]) => ({ person, times })).sort((a, b) => b.times - a.times);
}

/** After a quotation, the same subject saying more: ", and said nobody should …". */
// (A few words may finish the clause first: "He called the bail “…” for a property case and said he would …".)
const SAID_AFTER_QUOTE = new RegExp(`^[’'”"]?(?:\\s+[^,.;:!?“”"‘’]{1,40}?)?\\s*,?\\s+(?:and|but)\\s+(?:also\\s+)?(?:said|added|warned|insisted|argued|stressed)\\s+(?:that\\s+)?\\p{L}`, 'u');

/** A speech verb and a clause of its own, then "but added:" before the quotation it leads into. */
const REPORT_THEN_ADDED = /\b(?:said|says|told\s+\S+)\s+(?:that\s+)?(?:he|she|they|it|we|the\s+\S+|\p{Lu}\S*)\s+\p{Ll}+\s.{10,}?\s(?:and|but)\s+(?:also\s+)?(?:added|said|warned|insisted|stressed)\s*[:,]?\s*$/u;

/** A sentence opening on a pronoun that speaks: "She said …", "He added …". */
const SAYS_AGAIN = new RegExp(`^\\s*(he|she)\\s+(?:also\\s+|later\\s+)?(?:${VERB})\\b`, 'i');

/**
 * "Achterberg answered with a driving layup", "City responded with two goals": a reply made by
 * doing something, not in words (a statement, a letter or a question is still words).
 */
const REPLIED_BY_DEED = /\b(?:answered|replied|responded|countered|hit\s+back)\s+with\s+(?:a|an|two|three|four|five|\d+|back-to-back)\s+(?![^,.;]*\b(?:statements?|letters?|emails?|posts?|tweets?|messages?|questions?|warnings?|remarks?|comments?|speech|apology|denial|pledge|promise|vow|challenge)\b)/i;

/** "She asked not to be named.": who someone is, not something they said. */
const ANONYMITY_ONLY = /^(?:he|she|they|(?:the|a|an|one)\s+[^,.;]{2,40}?)\s+(?:asked|requested|spoke|declined|did\s+not\s+want|didn['’]t\s+want)\b(?![^.;]*\b(?:said|says|told)\b)[^.;]{0,60}?\b(?:named|identified|anonymity|name)\b[^;]*$/i;

function reportedSpeaker(entry: string, paragraph: number, entryOffset: number, ctx: Context): number | undefined {
  // ("1:45 p.m. ET — Halvorsen Marine, the … company that operates the Northern Aurelia, said in
  // a statement": a live entry's time stamp is no part of the sentence, nor a clause before it.)
  const stamp = LIVE_STAMP.exec(entry)?.[0].length ?? 0;
  const sentence = entry.slice(stamp);
  const offset = entryOffset + stamp;
  if (REPLIED_BY_DEED.test(sentence) || ANONYMITY_ONLY.test(sentence)) return undefined;
  const sharer = surnameJustQuoted(sentence, paragraph, ctx);
  if (sharer !== undefined) return sharer;
  const according = REPORTED_ACCORDING.exec(sentence);
  if (according) return subjectOf(according[1]!, paragraph, offset + sentence.indexOf(according[1]!), ctx) ?? outletReporting(according[1]!, ctx);
  // "Reuters reports that …": a news outlet the text names only as reporting.
  const outlet = OUTLET_REPORTS.exec(sentence);
  if (outlet) return subjectOf(outlet[1]!, paragraph, offset, ctx) ?? outletReporting(outlet[1]!, ctx);
  // "…, according to a person familiar with the matter.": an anonymous source at the end speaks
  // for the sentence. (A body named there is left alone: it is often one already quoted.)
  const source = TRAILING_SOURCE.exec(sentence)?.[1];
  if (source && (SOURCE.test(source) || ANONYMOUS.test(source))) return ctx.people.unnamed(source.replace(/,.*$/, ''));
  // "…, according to guidance from the state Department of Labor.": a body's own words, which a
  // figure's source is not.
  const document = TRAILING_DOCUMENT.exec(sentence);
  if (document) {
    const body = subjectOf(document[1]!, paragraph, offset + document.index! + document[0].indexOf(document[1]!), ctx);
    if (body !== undefined) return body;
  }
  // "…, according to Miriam Olsen, a space underwriting broker at …": a person named there speaks
  // for the sentence too. (Not a body: "according to the National Weather Service" is often a
  // figure's source, not someone's words.)
  const named = TRAILING_PERSON.exec(sentence);
  if (named) {
    const at = offset + named.index! + named[0].indexOf(named[1]!);
    // (The mention may open on the title: "Dr Tom Kellaway".)
    const person = ctx.mentions.find((m) => m.paragraph === paragraph && m.start <= at && m.end > at && !orgLike(ctx.people.list[m.person]!) && !ctx.people.list[m.person]!.unnamed);
    if (person) return person.person;
  }
  // "The department has confirmed two more cases, …, Health Director Dr. Teresa Vang said.": a
  // named person at the end speaks for the whole sentence.
  const tail = REPORTED_TAIL.exec(sentence);
  // "…, which Holloway later said had been …": a relative clause, not the sentence's attribution.
  // Nor is ", said Brandt’s path depended on keeping Whitfield below 60%": what follows "said" is
  // who said it only when it is short ("said Health Director Dr. Teresa Vang").
  // (", but the operator warned that …": a later clause, whose subject follows its conjunction;
  // not ", and the Liberal Democrat agent asked for a recount": a request, not a report.)
  const later = tail?.[3] !== undefined && CONJUNCTION_OPENS.test(tail[3]);
  const request = later && REQUEST.test(sentence.slice(sentence.lastIndexOf(tail![3]!)));
  // (Nor ", said Strand shook him off only twice": a name with its own verb after it is what was said.)
  const clauseAfterSaid = tail?.[2] !== undefined && NAME_THEN_VERB.test(tail[2]);
  // (", said Priya Raman, curator of meteorites at …": a name set off by its apposition, however long that is.)
  // (And when the name's apposition is too long for the tail: ", said Jolene Staats, a spokesperson
  // for the Rocky Mountain Incident Management Team.")
  const tooLong = tail?.[2] !== undefined && tail[2].split(/\s+/).length > TAIL_WORDS;
  const longApposed = tail && !tooLong ? undefined : SAID_NAME_APPOSED.exec(sentence)?.[1];
  if (longApposed) {
    const at = offset + sentence.lastIndexOf(longApposed);
    const named = ctx.mentions.find((m) => m.paragraph === paragraph && m.start >= at && m.end <= at + longApposed.length && !orgLike(ctx.people.list[m.person]!));
    if (named) return named.person;
  }
  const tailWho =
    tail && !request && !clauseAfterSaid && !/^(?:which|who|whom|that|where|when)\b/i.test(tail[2] ?? tail[3]!) && (tail[2] === undefined || tail[2].split(/\s+/).length <= TAIL_WORDS)
      ? (tail[2] ?? withNameInLy(tail[3]!, sentence.slice(tail[1]!.length).replace(/^,\s+/, '').slice(tail[3]!.length))).replace(CONJUNCTION_OPENS, '')
      : undefined;
  const tailAt = tailWho ? offset + sentence.lastIndexOf(tailWho) : 0;
  const namedAtEnd = tailWho ? ctx.mentions.find((m) => m.paragraph === paragraph && m.start >= tailAt && m.end <= tailAt + tailWho.length && !orgLike(ctx.people.list[m.person]!)) : undefined;
  if (namedAtEnd) return namedAtEnd.person;
  // "…, SRA, the company that operates the lifts, said in a statement": the name before the
  // apposition, which a comma closes (not "…of El Mirador and Las Palmas, the agency said").
  const appositionHead = tailWho ? /^(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}’'-]+)(?:\s+(?:that|which|who)\s[^,]*)?,$/iu.exec(tailWho)?.[1] : undefined;
  const apposed = appositionHead && (isOrgNoun(appositionHead) || isPersonNoun(appositionHead)) ? ctx.mentions.find((m) => m.paragraph === paragraph && m.end <= tailAt && /^,\s*$/.test(sentence.slice(m.end - offset, tailAt - offset))) : undefined;
  if (apposed) return apposed.person;
  const aside = REPORTED_ASIDE.exec(sentence);
  if (aside) {
    const who = subjectOf(aside[1]!, paragraph, offset + sentence.indexOf(aside[1]!), ctx);
    if (who !== undefined) return who;
  }
  // "An internal investigation found that the cells could swell …, it said.": a pronoun that ends
  // the sentence's report says who reports the finding.
  // (Not a later clause's: "…, and she cautioned against …".)
  if (tailWho && !later && /^(?:it|he|she|they)$/i.test(tailWho.trim())) {
    const who = subjectOf(tailWho, paragraph, tailAt, ctx);
    if (who !== undefined) return who;
  }
  const trimmed = sentence.replace(LEADING_CLAUSE, '');
  const skipped = sentence.length - trimmed.length;
  for (const pattern of REPORTED_LEADS) {
    const lead = pattern.exec(trimmed);
    if (!lead) continue;
    const subject = withNameInLy(lead[1]!, trimmed.slice(lead[1]!.length));
    // "The company, which is headquartered in Austin, Texas, and employs …, said": the subject is
    // before its relative clause, whatever commas the clause holds.
    const relative = SUBJECT_THEN_RELATIVE.exec(subject)?.[1];
    const beforeClause = relative === undefined ? undefined : subjectOf(relative, paragraph, offset + skipped, ctx);
    if (beforeClause !== undefined) return beforeClause;
    const appositive = namedInApposition(subject, trimmed.slice(subject.length), paragraph, offset + skipped + subject.length, ctx);
    if (appositive !== undefined) return appositive;
    // "The spokesperson declined to say …", "Harmon would not say …": the subject ends before its verb.
    const person = subjectOf(subject.replace(VERB_BEFORE_SPEECH, ''), paragraph, offset + skipped, ctx);
    if (person !== undefined) return person;
  }
  // "Councilmember Dana Whitlock cast the lone vote against, arguing that the surcharge would …":
  // what the sentence's subject said while doing something, or next.
  if (PARTICIPLE_REPORT.test(sentence)) {
    // "She called the result “…” and said the committee would now push for …": "she" acts, then
    // reports; a name after the pronoun ("… and insisted Frew had got a touch") is not its subject.
    const pronoun = /^\s*(he|she)\s/i.exec(sentence)?.[1];
    if (pronoun) return byPronoun(ctx.people, ctx.mentions, paragraph, offset, pronounOf(pronoun), ctx.paragraphs);
    const subject = ctx.mentions.find((m) => m.paragraph === paragraph && m.start >= offset && m.start - offset <= SUBJECT_REACH && !orgLike(ctx.people.list[m.person]!));
    // ("Ostrander’s attorney sought 18 months, arguing …": the role of whom the name owns.)
    const ownersRole = subject && ownsWhatFollows(ctx.paragraphs, subject) ? roleOwnedAtStart(sentence) : undefined;
    if (ownersRole) return subjectOf(ownersRole, paragraph, offset, ctx);
    if (subject && !/[,;]/.test(sentence.slice(0, subject.start - offset))) return subject.person;
  }
  if (tailWho) return bodyOpening(sentence, tailWho, paragraph, offset, ctx) ?? subjectOf(tailWho, paragraph, tailAt, ctx);
  // "…represented by Local 418 of the United Security Officers union, whose president, Dwayne
  // Petrakis, said the museum had cut its overnight shift": a name set off by commas right before
  // the speech verb is its subject, wherever in the sentence.
  const setOff = ctx.mentions.find((m) => {
    if (m.paragraph !== paragraph || m.start < offset || m.end > offset + sentence.length || orgLike(ctx.people.list[m.person]!)) return false;
    return /,\s*$/.test(sentence.slice(0, m.start - offset)) && SET_OFF_SAYER.test(sentence.slice(m.end - offset));
  });
  if (setOff) return setOff.person;
  // "The mission could be extended …, but Whitcombe said the problems of 2021 had made that less
  // likely": a later clause may be the report.
  const clause = LATER_CLAUSE.exec(sentence);
  if (clause) {
    const rest = sentence.slice(clause.index! + clause[0].length);
    const later = REPORTED_LEADS[0]!.exec(rest);
    // (Not a request: "…, and the Liberal Democrat agent asked for a recount".)
    if (later && later[1]!.split(/\s+/).length <= 4 && !REQUEST.test(rest)) return subjectOf(later[1]!, paragraph, offset + clause.index! + clause[0].length, ctx);
  }
  // "…a $250,000 pledge to buy a new camera, which Vance said would roughly double …", "…, which
  // she said would take around 20 minutes": what a relative clause reports is the named speaker's
  // when nothing else in the sentence says whose it is.
  const relative = RELATIVE_REPORT.exec(sentence);
  if (relative) {
    const at = offset + relative.index! + relative[0].indexOf(relative[1]!);
    if (/^(?:he|she)$/i.test(relative[1]!)) return byPronoun(ctx.people, ctx.mentions, paragraph, at, pronounOf(relative[1]!), ctx.paragraphs);
    const named = ctx.mentions.find((m) => m.paragraph === paragraph && m.start >= at && m.start <= at + 5 && !ctx.people.list[m.person]!.unnamed);
    if (named) return named.person;
  }
  return undefined;
}

/**
 * "Organizers said 186 runners were treated …", "Park officials said the bear …", "…, fire
 * officials said.": people of a kind, speaking together, open or close the sentence. Readers ask
 * for them so ("what did the organizers say"). (Not kinds a story often names one of, "analysts",
 * "campaigners": "the analyst" would then find the group before the named analyst. Prosecutors
 * are a group only when the story names no one prosecutor: see `speaksForGroup`.)
 */
function collectiveSpeaker(sentence: string, ctx: Context): number | undefined {
  const group = COLLECTIVE_SUBJECT.exec(sentence)?.[1] ?? groupAfter(sentence);
  if (group === undefined) return undefined;
  // ("Fire officials" is "fire officials"; a place's name keeps its capitals: "Kettle County officials".)
  return speaksForGroup(group, ctx) ?? ctx.people.unnamed(KIND_FIRST.test(group) ? group.charAt(0).toLowerCase() + group.slice(1) : group);
}

/** The group closing a report ("…, fire officials said", "…, according to police"), if one does. */
function groupAfter(sentence: string): string | undefined {
  const m = COLLECTIVE_AFTER.exec(sentence);
  return m?.[1] ?? m?.[2];
}

/**
 * The one speaker a group's words are already known by: "prosecutors said" when the story quotes
 * one prosecutor, "fire officials said" when it quotes one body with "Fire" in its name, "police
 * said" one police force. A reader asking for either wants both.
 */
function speaksForGroup(group: string, ctx: Context): number | undefined {
  const words = group.toLowerCase().split(/\s+/);
  const member = words.at(-1)!.replace(/s$/, '');
  const kinds = words.length > 1 ? words.slice(0, -1) : [member];
  const one = (found: number[]) => (found.length === 1 ? found[0] : undefined);
  const role = new RegExp(`\\b${escapeRegExp(member)}s?$`, 'i');
  return (
    one(ctx.people.list.flatMap((p, i) => (!isOrg(p) && !p.unnamed && p.role !== undefined && role.test(p.role) ? [i] : []))) ??
    one(ctx.people.list.flatMap((p, i) => (isOrg(p) && kinds.every((k) => p.tokens.has(k)) ? [i] : [])))
  );
}
/** A word in either case at a sentence's start: "[Pp]olice". */
const eitherCase = (words: readonly string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const GROUP_KINDS = ['park', 'city', 'state', 'county', 'council', 'health', 'school', 'police', 'fire', 'federal', 'local', 'government', 'hospital', 'club', 'league', 'airport', 'festival', 'race', 'event', 'wildlife', 'planning', 'election', 'court', 'military', 'transport', 'border'];
const GROUP_NOUNS = ['officials', 'organisers', 'organizers', 'economists', 'ministers', 'residents', 'firefighters', 'opponents', 'supporters', 'witnesses', 'neighbours', 'neighbors', 'forecasters', 'paramedics', 'authorities', 'lawmakers', 'locals', 'villagers', 'stewards', 'producers', 'administrators', 'officers', 'investigators', 'detectives', 'prosecutors'];
const KIND_FIRST = new RegExp(`^(?:${eitherCase(GROUP_KINDS)}|${eitherCase(GROUP_NOUNS)}|[Pp]olice)\\b`);
/**
 * People who speak as a group: "fire officials", "State wildlife officials", "Kettle County
 * officials", "police", "prosecutors". Up to two words before the noun, each a kind of group or,
 * after the report, a place's or a body's name in capitals. (Not "the officials of …": the noun
 * ends the group.)
 */
const groupOf = (names: string) => `(?:(?:(?:${eitherCase(GROUP_KINDS)}${names})\\s+){0,2}(?:${eitherCase(GROUP_NOUNS)})|[Pp]olice)`;
const GROUP = groupOf(`|\\p{Lu}[\\p{L}’'-]+`);
// (At a sentence's start a capital is no name: "Company officials said" are no body's.)
const COLLECTIVE_SUBJECT = new RegExp(`^(?:(?:But|And|Meanwhile|However|Separately),?\\s+)?(?:The\\s+|Many\\s+|Some\\s+|Most\\s+|the\\s+)?(${groupOf('')})\\s+(?:said|say|says|told\\s+\\S+|warned|added|estimated|estimate|believe|believed)\\s+(?!that\\s*$)\\S`, 'u');
/** The same group after the report: "…, fire officials said.", "…, according to police." */
// (Not bare "officials", "authorities": at a sentence's end they are anyone's.)
// (Anchored at the sentence's first word: the same matches, without a try from every start.)
const COLLECTIVE_AFTER = new RegExp(`^\\s*\\S.{15,},\\s+(?:(?:the\\s+)?(?!(?:officials|authorities)\\b)(${GROUP})\\s+(?:said|say|says|added|estimated)|according\\s+to\\s+(?:the\\s+)?(?!(?:officials|authorities)\\b)(${GROUP}))\\.?[”"’]?$`, 'u');

/** ", which Vance said would …", "prices that Asante said start …", "on what she said was …": a report in a relative clause. */
const RELATIVE_REPORT = /\b(?:which|that|what)\s+(he|she|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:later\s+|also\s+)?(?:said|says|estimated|estimates|believes|believed)\s+(?!that\b)\S/u;

/** A subject, then a relative clause set off by a comma: group 1 is the subject. */
const SUBJECT_THEN_RELATIVE = /^((?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}),\s+(?:which|who)\s/iu;

/**
 * ", arguing that …", ", saying …": a report the sentence's subject makes as it acts; so is its
 * second verb: "Delgado disputed that estimate, calling it “…,” and said several states …".
 */
const PARTICIPLE_REPORT = /(?:,\s+(?:arguing|saying|warning|insisting|noting|claiming|explaining|adding)|[,”"]?\s+and\s+(?:also\s+)?(?:said|told\s+\w+|added|warned|insisted|argued))\s+(?:that\s+)?\S.{15,}$/i;

/** A surname alone opening a report: "Tallchief said …" (group 1). */
const SURNAME_SAYS = /^(\p{Lu}[\p{L}’'-]+)\s+(?:said|says|added|told)\b/u;

/**
 * "His sister, Renée Tallchief, said …" and her quotes, then "Tallchief said the family would fly
 * …": of two people sharing a surname, the one just quoted goes on, when the other (the engineer
 * in hospital, named first) is never quoted at all.
 */
function surnameJustQuoted(sentence: string, paragraph: number, ctx: Context): number | undefined {
  const surname = SURNAME_SAYS.exec(sentence)?.[1]?.toLowerCase();
  if (!surname || !ctx.quotedBy || !ctx.hasQuotes) return undefined;
  const sharers = ctx.people.list.flatMap((p, i) => (!p.unnamed && !isOrg(p) && p.tokens.size > 1 && [...p.tokens].at(-1)!.toLowerCase() === surname ? [i] : []));
  const just = ctx.quotedBy(paragraph - 1);
  return sharers.length >= 2 && just !== undefined && sharers.includes(just) && sharers.every((i) => i === just || !ctx.hasQuotes!(i)) ? just : undefined;
}

/** "The organization", "the charity": a body's noun alone, as a report's closing sayer. */
const BODY_NOUN_SAYER = /^(?:the|a)\s+([\p{Ll}-]+)$/u;
/** A sentence opening on a name of capitals, then its verb: "The American Red Cross of Northwest Ohio opened …" (group 1: the name). */
const NAME_OPENS_SENTENCE = /^(?:The\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}’'-]*)){1,7})\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+|will\s+)?\p{Ll}+(?:ed|s)\b/u;

/**
 * "The American Red Cross of Northwest Ohio opened a temporary shelter …, the organization said.":
 * a body's noun closing a report is the body the sentence opens on, by the name the text gives it
 * there, when no name or body known already stands at that place (a name with a given name is
 * someone's).
 */
function bodyOpening(sentence: string, sayer: string, paragraph: number, offset: number, ctx: Context): number | undefined {
  const noun = BODY_NOUN_SAYER.exec(sayer.trim())?.[1];
  if (!noun || !isOrgNoun(noun)) return undefined;
  const m = NAME_OPENS_SENTENCE.exec(sentence);
  const name = m?.[1]?.replace(/\s+(?:of|for|and|&)$/, '');
  if (!name || name.split(/\s+/).length < 2 || isGivenName(name.split(/\s+/)[0]!)) return undefined;
  // ("Calloway State opened an inquiry …, the university said": a body known by a longer name.)
  const words = name.toLowerCase().split(/\s+/);
  const known = ctx.people.list.findIndex((p) => isOrg(p) && words.every((w) => p.tokens.has(w)));
  if (known >= 0) return known;
  const start = offset + sentence.indexOf(name);
  // (A name read inside it is no one's: "Red Cross", "Northwest Ohio"; a body found there already speaks.)
  if (ctx.mentions.some((x) => x.paragraph === paragraph && x.start < start + name.length && x.end > start && (orgLike(ctx.people.list[x.person]!) || [...ctx.people.list[x.person]!.tokens].some(isGivenName)))) return undefined;
  return ctx.people.organisation({ text: name, start, end: start + name.length, kinds: [], acronym: false, initials: initialsOfName(name) }, [noun], true);
}

/** ", said the museum had cut …" right after a name set off by commas (see `reportedSpeaker`). */
const SET_OFF_SAYER = new RegExp(`^,\\s+(?:${ADVERB}\\s+)?(?:${REPORT_VERB})\\s+(?:that\\s+)?\\S.{15,}$`, 'iu');

/** Where a sentence's later clause starts: ", but …", ", and …", "; …". */
// (", and Lindqvist said the captain would be assessed on Monday", ", and he says he spent …": a
// later clause joined by "and" too.)
const LATER_CLAUSE = /(?:,\s+(?:but|although|though|while|and)|;)\s+(?=\p{Lu}|he\b|she\b|the\s)/u;

/** A verb that governs the speech verb after it: "declined to", "refused to", "would not", "did not". */
const VERB_BEFORE_SPEECH = /\s+(?:[\p{L}’']+\s+)?(?:to|not|never)$/iu;

/** A document someone issues: "the statement", "its letter", "the company's email"; "its report" (whose report, the text says). */
const ISSUED = /^(?:the|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:statement|letter|email|e-mail|release|post|notice|memo|message|decision|ruling|judgment|judgement)$|^(?:its|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:report|findings|filing|complaint|review|assessment|audit|study)$/iu;

/** Documents a news article lets speak: "the report said", "the audit found". */
const DOCUMENT = /\b(?:report|study|audit|survey|poll|analysis|review|statement|letter|filing|complaint|lawsuit|ruling|order|memo|indictment|forecast|assessment|inquiry|investigation|findings)s?$/i;

/**
 * Who the text said wrote a document: "by Ofsted in a report", "a report by the inspectorate",
 * "the council’s report". The latest such name before; undefined when the text names none.
 */
/** "NSW Water Minister ", "Health Secretary ": capitalised words of a title right before a name. */
const TITLE_IN_CAPITALS_BEFORE = /(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}$/u;

function authorOf(document: string, ctx: Context, before: readonly PersonMention[]): number | undefined {
  const doc = `${document}s?`;
  const byBefore = new RegExp(`\\b${doc}\\s+(?:(?:published|released|issued|commissioned|written)\\s+)?(?:by|from)\\s+(?:the\\s+)?$`, 'i');
  const ownedAfter = new RegExp(`^(?:’s|'s|’)\\s+(?:[\\p{L}-]+\\s+){0,2}?${doc}\\b`, 'iu');
  const inAfter = new RegExp(`^\\s+in\\s+(?:a|an|its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${doc}\\b`, 'iu');
  // "Larchfield Home Care, which employs …, said in a statement that …" then "the statement said".
  // ("Serrano's management agency, Vertex Sports Group, said in a statement": the name in apposition too.)
  const saidIn = new RegExp(`^(?:,[^.;“”‘]{1,160}?,|,)?\\s+(?:said|says|wrote|added|announced|confirmed)\\s+in\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${doc}\\b`, 'iu');
  // "In a statement, Northstar Airways said it was disappointed …" then "the statement said".
  const inBefore = new RegExp(`\\bin\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${doc}\\b[^.;“”"‘]{0,60},\\s+(?:the\\s+)?$`, 'iu');
  const wrote = before.findLast((m) => {
    const text = ctx.paragraphs[m.paragraph - 1]!.text;
    const lead = text.slice(Math.max(0, m.start - 50), m.start);
    const rest = text.slice(m.end, m.end + 60);
    return (
      byBefore.test(lead) ||
      ownedAfter.test(rest) ||
      (/\bby\s+(?:the\s+)?$/i.test(lead) && inAfter.test(rest)) ||
      saidIn.test(text.slice(m.end, m.end + 240)) ||
      // ("In a statement, NSW Water Minister Claire Hennessy said …": past her title in capitals.)
      (inBefore.test(text.slice(Math.max(0, m.start - 100), m.start).replace(TITLE_IN_CAPITALS_BEFORE, '')) && /^\s+(?:said|says|wrote|added|announced|confirmed|stated)\b/.test(rest))
    );
  });
  return wrote?.person;
}

/** "a journey the airport", "the figure the ministry": a lower-case noun, then a second subject (not "a spokesman for the …", "an attorney representing the …"). */
const CONTACT_CLAUSE = /^(\s*(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?!(?:for|of|at|to|with|from|in|on|by|and|or|but|that|which|who|whom|as|than|is|was|are|were|has|had|have)\s)(?!\p{Ll}+(?:ing|ed)\s)\p{Ll}[\p{L}-]*\s+)((?:the|a|an|its|his|her|their)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})\s*$/u;

/** A name a description puts someone in or from: "… teacher from Columbus", "a nurse at St Mary’s". */
const PLACED_IN = /\b(?:from|in|at|near|outside)\s+(?:the\s+)?$/i;

/** Who a short subject phrase names: a person named in it, "he"/"she", or "the spokesman" / "the company". */
/** Doers of a body's work, in the plural: "Inspectors", "the investigators", "Auditors". */
const AGENTS = /^(?:the\s+)?(\p{L}+(?:or|er)s)$/iu;

/** The body the text names whose name holds the agents' work ("inspectors": the Schools Inspectorate for England). */
function bodyOfAgents(agents: string, ctx: Context): number | undefined {
  const stem = agents.toLowerCase().replace(/(?:or|er)s$/, '');
  if (stem.length < 5) return undefined;
  for (const p of ctx.paragraphs) {
    for (const org of findOrganisations(p.text)) {
      if (!org.text.split(/\s+/).some((w) => w.toLowerCase().startsWith(stem))) continue;
      // (Known by its initials where it first speaks: "the SIE said".)
      const body = ctx.people.list.findIndex((q) => isOrg(q) && (q.name === org.text || q.name.toLowerCase() === org.initials || q.initials === org.initials));
      if (body >= 0) return body;
    }
  }
  return undefined;
}

function subjectOf(text: string, paragraph: number, offset: number, ctx: Context): number | undefined {
  // "Mr Pettifer, who stepped down as chairman in 2022 but still controls Mill Lane Holdings,": the
  // name before its relative clause (what the clause names does not speak).
  const phrase = text.replace(/^(\s*(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}),\s+(?:who|whose)\s[^,]*,?\s*$/u, '$1');
  const words = phrase.trim().split(/\s+/);
  if (words.length > 12) return undefined;
  // "In the 1994 interview, for the magazine Roots & Branches, she said": after a fronted phrase,
  // the pronoun is the subject; a body named in the phrase is not. (A person it names may be:
  // "When I put the union’s complaints to Vandermolen, she said".)
  const fronted = /^[^,]{1,80},\s*(?:[^,]{1,80},\s*)?(he|she)$/i.exec(phrase.trim());
  if (fronted) {
    const gender = pronounOf(fronted[1]!);
    const other = gender === 'm' ? 'f' : 'm';
    const person = ctx.mentions.some((m) => m.paragraph === paragraph && m.start >= offset && m.end <= offset + phrase.length && !orgLike(ctx.people.list[m.person]!) && personal(ctx.people.list[m.person]!) && genderOf(ctx.people.list[m.person]!) !== other);
    const subject = person ? undefined : byPronoun(ctx.people, ctx.mentions, paragraph, offset, gender, ctx.paragraphs);
    if (subject !== undefined) return subject;
  }
  // "…by coach, a journey the airport says could take two hours": a noun with a clause of its own
  // (no "that"); the clause's subject speaks, not "a journey".
  const contact = CONTACT_CLAUSE.exec(phrase);
  if (contact) return subjectOf(contact[2]!, paragraph, offset + contact[1]!.length, ctx);
  // "…returned 23 bronzes, in what its director called ‘…’": the holder named before, else the
  // one the next paragraphs name with the role ("Dr Helen Marchbank, the museum’s director,").
  const owned = /^(?:its|their)\s+((?:[\p{L}’'-]+\s+){0,2}([\p{L}-]+))$/iu.exec(phrase.trim());
  if (owned && isRoleNoun(owned[2]!.toLowerCase())) {
    const noun = owned[2]!.toLowerCase();
    const held = ctx.people.byRoleNoun(noun, mentionsBefore(ctx.mentions, paragraph, offset), `the ${owned[1]}`);
    if (held !== undefined) return held;
    const later = ctx.mentions.find(
      (m) => (m.paragraph > paragraph || (m.paragraph === paragraph && m.start > offset)) && m.paragraph <= paragraph + ROLE_NAMED_LATER && !ctx.people.list[m.person]!.unnamed && roleSays(ctx.people.list[m.person]!.role ?? '', noun),
    );
    if (later) return later.person;
  }
  // "Ostrander’s attorney sought a sentence of 18 months" ¶ "Ostrander’s attorney, Lionel
  // Fairweather, said …": whoever the text gives that role of that owner, before or a few
  // paragraphs on; else someone known only so. Never the owner, whom the phrase names only as
  // whose the role is (nor another attorney: the prosecutor is not Ostrander’s).
  const ownersRole = NAMED_OWNERS_ROLE.exec(phrase.trim());
  if (ownersRole && isRoleNoun(ownersRole[3]!.toLowerCase())) {
    const owner = ownersRole[1]!.toLowerCase();
    const noun = ownersRole[3]!.toLowerCase();
    const holds = (m: PersonMention) => !ctx.people.list[m.person]!.unnamed && rolesOf(ctx.people.list[m.person]!).some((r) => roleSays(r, noun) && r.toLowerCase().includes(owner));
    const holder = ctx.mentions.find((m) => m.paragraph <= paragraph + ROLE_NAMED_LATER && holds(m));
    return holder?.person ?? ctx.people.unnamed(phrase.trim());
  }
  // "Inspectors said …", "the investigators found …": the body whose name says it does that work
  // (the Schools Inspectorate for England, the Marine Accident Investigation Branch).
  const agents = AGENTS.exec(phrase.trim());
  if (agents) {
    const body = bodyOfAgents(agents[1]!, ctx);
    if (body !== undefined) return body;
  }
  // "Mr Ellery’s family said in a statement": a family speaks, not the man it is named after
  // (often the one who died).
  const family = FAMILY_OF.exec(phrase.trim());
  if (family) return ctx.people.unnamed(/^(?:his|her|their)\s/i.test(family[0]!) ? `the ${family[0]!.replace(/^\S+\s+/, '')}` : family[0]!);
  // "Eli spent three nights in hospital, his mother said.": the relative named before.
  const kin = KIN_ALONE.exec(phrase.trim());
  if (kin) {
    // (Whoever the text calls so first: "her daughter, Claire Pell Whitford,".)
    const before = mentionsBefore(ctx.mentions, paragraph, offset);
    const kinWord = new RegExp(`\\b${kin[1]!}\\b`, 'i');
    const called = before.findLast((m) => !ctx.people.list[m.person]!.unnamed && rolesOf(ctx.people.list[m.person]!).some((r) => kinWord.test(r)));
    if (called) return called.person;
    const relative = relativeNamed(kin[1]!, ctx, before);
    if (relative !== undefined) return relative;
    // ("The cause was pancreatic cancer, her son said." in the lead, then "Their son, Daniel, …":
    // the one person the story goes on to call so.)
    const later = new Set(ctx.mentions.filter((m) => (m.paragraph > paragraph || (m.paragraph === paragraph && m.start > offset)) && !ctx.people.list[m.person]!.unnamed && rolesOf(ctx.people.list[m.person]!).some((r) => kinWord.test(r))).map((m) => m.person));
    if (later.size === 1) return [...later][0]!;
  }
  // ("The 34-year-old high school teacher from Columbus, Ohio,": where someone known by their age
  // is from is no one.)
  const describes = AGED.test(phrase.trim());
  const inPhrase = ctx.mentions.filter((m) => m.paragraph === paragraph && m.start >= offset && m.end <= offset + phrase.length && !(describes && PLACED_IN.test(phrase.slice(0, m.start - offset))));
  // "Mrs Thornbury’s son, Mr Graham Thornbury": the son speaks, not Mrs Thornbury.
  // "Harbury City Supporters’ Trust chairman Dennis Okafor": the chairman, not the trust.
  // "In a memo to staff Tuesday night, obtained by the Ledger, Whitacre": after fronted phrases,
  // the person who opens the last one is the subject, not a body named on the way.
  const lastComma = phrase.trimEnd().lastIndexOf(',');
  const opensLast = lastComma < 0 ? undefined : inPhrase.find((m) => m.start - offset > lastComma && /^,\s*$/.test(phrase.slice(lastComma, m.start - offset)) && !orgLike(ctx.people.list[m.person]!));
  const named = opensLast ?? personOverBody(inPhrase.filter((m) => !ownsWhatFollows(ctx.paragraphs, m, true)), ctx.people) ?? inPhrase[0];
  // "The Liberal Democrat MP": a name before a role noun describes the role holder.
  const roleAtEnd = /([\p{L}-]+)\s*$/u.exec(phrase)?.[1]?.toLowerCase();
  // Only a definite one, and only someone named: "A Department of Health spokesperson" is someone new.
  if (named && roleAtEnd && /^\s*the\s/i.test(phrase) && isRoleNoun(roleAtEnd) && named.end - offset < phrase.trimEnd().length - roleAtEnd.length) {
    const holder = ctx.people.byRoleNoun(roleAtEnd, mentionsBefore(ctx.mentions, paragraph, offset), phrase);
    if (holder !== undefined && !ctx.people.list[holder]!.unnamed) return holder;
  }
  if (named) return named.person;
  // "The statement said engineers had found the cause": the words of whoever issued it, named
  // before or quoted from it just before; never a speaker called "The statement".
  if (ISSUED.test(phrase.trim())) return issuerBefore(ctx, mentionsBefore(ctx.mentions, paragraph, offset), paragraph) ?? ctx.quotedBy?.(paragraph);
  // "The 31-year-old, who missed most of last summer, said …": the person the story was just about.
  // (Readers ask for them so too: "what did the 71-year-old say".)
  if (/^the\s+\d{1,3}-year-old$/i.test(phrase.trim())) {
    const person = lastPersonBefore(ctx.people, ctx.mentions, paragraph, offset);
    if (person !== undefined) ctx.people.describeAs(person, phrase.toLowerCase());
    return person;
  }
  // "They noted that …" after "The stewards were unmoved.": the group the text names by its noun.
  const group = /^they$/i.test(phrase.trim()) && ctx.paragraphs ? groupSubjectBefore(ctx.paragraphs, paragraph, offset) : undefined;
  if (group !== undefined) return ctx.people.unnamed(group);
  // "she", and "a proposal she (described …)": the clause's own subject is the pronoun's person.
  const pronoun = /^(?:(?:the|a|an)\s+[\p{L}’'-]+\s+)?(he|she|it)$/iu.exec(phrase.trim());
  // "“He couldn’t stand up,” she said. …" ¶ "She said she saw Pruitt the day before he died.": a
  // paragraph opening on "she" after a paragraph of someone's quotation goes on with whoever
  // that was, when unnamed (an officer the text never gave a gender).
  const quotedJustBefore = pronoun && /^(?:he|she)$/i.test(phrase.trim()) && offset === 0 && QUOTE_OPENS.test(ctx.paragraphs[paragraph - 2]?.text ?? '') ? ctx.quotedBy?.(paragraph - 1) : undefined;
  // (Only someone unnamed: a named person the pronoun finds through the sentences as well.)
  if (quotedJustBefore !== undefined && ctx.people.list[quotedJustBefore]!.unnamed && !orgLike(ctx.people.list[quotedJustBefore]!) && genderOf(ctx.people.list[quotedJustBefore]!) !== (pronounOf(pronoun![1]!) === 'm' ? 'f' : 'm')) return quotedJustBefore;
  if (pronoun) return byPronoun(ctx.people, ctx.mentions, paragraph, offset, pronounOf(pronoun[1]!), ctx.paragraphs);
  // "…, police said.": the police force named before, though no article opens the word; else the
  // one the story names later ("Police said the truck had been reported stolen" in its third paragraph).
  if (/^police$/i.test(phrase.trim())) {
    // (Only a force: not "Loopa", which has spoken and is of no known kind.)
    const isForce = (m: PersonMention) => isOrg(ctx.people.list[m.person]!) && (ctx.people.list[m.person]!.org!.includes('police') || /\b(?:police|constabulary|sheriff)/i.test(ctx.people.list[m.person]!.name));
    const force = mentionsBefore(ctx.mentions, paragraph, offset).findLast(isForce) ?? ctx.mentions.find(isForce);
    if (force) return force.person;
  }
  // "the company", "a spokesman for the state commerce department"; not a clause ("the shares fell after …").
  const role = /^(?:the|a|an|one)\s+(?:[\p{L}\d’'-]+\s+){0,6}?[\p{L}’'-]+$/iu.exec(phrase.trim());
  if (role && !NOT_A_SUBJECT.test(phrase)) {
    const r = rolePhrase(phrase.trim());
    const before = mentionsBefore(ctx.mentions, paragraph, offset);
    // "The landlady says she has held it there because ‘…’" after a paragraph about Sandra Pryce.
    const holder = r ? ctx.people.byRoleNoun(r.noun.toLowerCase(), before, r.phrase) : undefined;
    // "The producer said …" after "Paul Kessenich, the show’s producer,": a word for a person and
    // for a company ("his company, Lamplight Stage Partners") is the person who holds it, as `byRole`
    // has it for a quotation; else the body.
    if (holder !== undefined && !ctx.people.list[holder]!.unnamed && !isOrg(ctx.people.list[holder]!)) return holder;
    const body = orgReferent(phrase, ctx, before);
    if (body !== undefined) return body;
    const described = r && holder === undefined ? describedPerson(r.phrase, r.noun, ctx, before) : undefined;
    // "The 34-year-old high school teacher … said": readers ask for him so too (as in `byRole`).
    if (described !== undefined) ctx.people.describeAs(described, r!.phrase);
    const known = holder ?? described;
    if (known !== undefined) return known;
    // Someone by role ("a spokesman for …"), a body ("the department", "the researchers"), or a
    // document that speaks for its authors ("the report", "the audit"); not any noun ("the
    // largest private investment ever", "the first results").
    const head = /([\p{L}’'-]+)$/u.exec(phrase.trim())?.[1] ?? '';
    // ("The Conservatives said afterwards …": a party or a family by its plural name; "The
    // Treasury said in a statement …", a body by one name. Not the first word of a longer name,
    // "The United" of "The United Nations".)
    const oneWordBody = /^[Tt]he\s+\p{Lu}\p{Ll}+$/u.test(phrase.trim()) && !/^\s+\p{Lu}/u.test(ctx.paragraphs[paragraph - 1]?.text.slice(offset + phrase.trimEnd().length) ?? '');
    const group = isOrgNoun(head) || isOrgNoun(head.replace(/s$/, '')) || kindsOfHead(head).length > 0 || /^(?:researchers|scientists|officials|authorities|police|jury|team|organizers|organisers|investigators)$/i.test(head) || oneWordBody;
    // "…, the source said." after "according to a police source": the source quoted before.
    const source = SOURCE.test(phrase.trim()) || (SOURCE_WORD.test(head) && /^the\s/i.test(phrase.trim()));
    // "‘…,’ the report said." after "rated inadequate by Ofsted in a report published on Tuesday":
    // the report speaks for whoever the text said wrote it.
    const author = /^the\s/i.test(phrase.trim()) && DOCUMENT.test(head) ? authorOf(head.toLowerCase().replace(/s$/, ''), ctx, before) : undefined;
    if (author !== undefined) return author;
    return r || group || DOCUMENT.test(phrase.trim()) || source ? ctx.people.unnamed(phrase.trim()) : undefined;
  }
  return undefined;
}


// The subject and speech verb a clause opens with, up to where the quotation starts:
// "The ministry said late Friday that ", "The club said in a statement.", "Halvorsen, in a filing, said:".
const CLAUSE_LEADS = APPOSITIONS.map(
  (apposition, i) => new RegExp(`^(${SUBJECTS[i]})(?:${apposition})?\\s+(?:${ADVERB}\\s+|also\\s+|later\\s+)?(?:${VERB}|issued|released|posted|published|read)\\b([^“”"‘.!?]{0,70}?)(?:\\s+that)?[\\s,:.]*$`, 'iu'),
);

/** A subject, a speech verb and what it said, then "and" before the next verb: group 1 is the subject. */
// ("Belmora’s foreign ministry summoned the ambassador, Aurel Demko, and demanded": any verb in
// the past, and a body known by whose it is.)
const COORDINATED_VERBS = new RegExp(`^((?:the|a|an)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3}?|\\p{Lu}[\\p{L}-]*[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+|\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}|he|she)\\s+(?:${ADVERB}\\s+)?(?:${VERB}|\\p{Ll}+ed)\\b.*\\s(?:and|but|then)$`, 'iu');

/** The subject a role or body ("the agency") of "X did something and said" in `clause`, else undefined. */
function coordinatedSubject(clause: string, paragraph: number, offset: number, ctx: Context): number | undefined {
  const trimmed = clause.replace(LEADING_CLAUSE, '');
  const m = CLAUSE_LEADS[0]!.exec(trimmed);
  const first = m ? COORDINATED_VERBS.exec(m[1]!)?.[1] : undefined;
  return first && /^(?:the|a|an)\s/i.test(first) ? subjectOf(first, paragraph, offset + clause.length - trimmed.length, ctx) : undefined;
}

/** Who says what follows, when `clause` is a subject and a speech verb (see CLAUSE_LEADS). */
function speakerOfClause(clause: string, paragraph: number, offset: number, ctx: Context): number | undefined {
  const trimmed = clause.replace(LEADING_CLAUSE, '');
  const skipped = clause.length - trimmed.length;
  for (const pattern of CLAUSE_LEADS) {
    const m = pattern.exec(trimmed);
    // "said late Friday", "said in a statement", "wrote in the notice": a time, a channel, a listener.
    if (!m || m[2]!.trim().split(/\s+/).length > 8) continue;
    // "The judge said Mr Askew’s death had been ‘…’ and described …": the second verb's subject is the first's.
    const first = COORDINATED_VERBS.exec(m[1]!)?.[1];
    if (first) return subjectOf(first, paragraph, offset + skipped, ctx);
    const who = namedInApposition(m[1]!, trimmed.slice(m[1]!.length), paragraph, offset + skipped + m[1]!.length, ctx) ?? subjectOf(m[1]!, paragraph, offset + skipped, ctx);
    if (who !== undefined) return who;
  }
  return undefined;
}

/**
 * "The Farming Minister, Daniel Hargreaves, told MPs …", "Its chief executive, Ruth Penhaligon,
 * described …", "An attorney for the family, Gordon Feeney, said …": the person the apposition
 * after a role names speaks, with that role when the text gives them none.
 */
function namedInApposition(subject: string, after: string, paragraph: number, subjectEnd: number, ctx: Context): number | undefined {
  const apposition = /^,([^,]{1,140}),/.exec(after);
  // ("One woman, who asked not to be named because her husband works at the Corliss plant,": a
  // relative clause says something of the subject; a name in it is someone else.)
  // (Nor does "The Conservative group, led by Cllr Jeremy Stott," make him the speaker: whoever
  // leads or owns the subject is someone else.)
  // ("The Northmoor branch of the union, which is supporting Professor Pelham-Voss,": nor a body's.)
  if (!apposition || /^\s*(?:who|whose|whom|which|(?:led|headed|chaired|run|founded|owned|backed|funded)\s+by)\b/i.test(apposition[1]!)) return undefined;
  // "The novelist Ifeoma Adeyemi, who studied with Ms. Ormsby …, said": the subject names its
  // speaker; a name in the clause after it is someone else.
  // (Only a name that ends it: "Alfie's mother, Leanne Dunmore, said" is hers.)
  const end = subjectEnd - (subject.length - subject.trimEnd().length);
  if (ctx.mentions.some((m) => m.paragraph === paragraph && m.end === end && m.start > end - subject.trim().length && !orgLike(ctx.people.list[m.person]!) && !ctx.people.list[m.person]!.unnamed)) return undefined;
  // ("Vesna Horak, head of retail lending at Marovia's largest lender, Kraljevska Banka, said": a
  // subject that opens on someone's name is them; the name after it is where they work.)
  // (Not an owner's name: "Alfie's mother, Leanne Dunmore, said" is hers.)
  const opensAt = end - subject.trim().length;
  if (ctx.mentions.some((m) => m.paragraph === paragraph && m.start === opensAt && m.end < end && /^,/.test(subject.trim().slice(m.end - opensAt)) && !orgLike(ctx.people.list[m.person]!) && !ctx.people.list[m.person]!.unnamed)) return undefined;
  // A role is written in lower case ("the group's director"); a capitalised last word is a name.
  const roleWord = /(\p{Ll}[\p{L}-]*)$/u.exec(subject.trim())?.[1]?.toLowerCase();
  // (…unless it is a title: "Northway’s Chief Executive, Gareth Pryce-Morgan, told investors".)
  const titleWord = /(?:’s|'s)\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)$/u.exec(subject.trim())?.[1]?.toLowerCase();
  // (…or a role's noun before what it is of: "Halden’s director of research, Dr Priya Raman-Whitlock,".)
  const ofWord = /(\p{Ll}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Ll}[\p{Ll}\s-]{1,40}$/u.exec(subject.trim())?.[1]?.toLowerCase();
  const describesRole = (roleWord !== undefined && isPersonNoun(roleWord)) || (titleWord !== undefined && isRoleNoun(titleWord)) || (ofWord !== undefined && isRoleNoun(ofWord)) || (/^(?:a|an|the)\s/i.test(subject.trim()) && rolePhrase(subject.trim()) !== undefined);
  // "The delivery company Odell worked for, QuickPlate, said": a body, described, then named.
  // (So is "Rowan’s label, Harbourline Records, said": a body a name owns.)
  const bodyNoun = describesRole || !/^(?:a|an|the|its|their|\p{Lu}[\p{L}-]*(?:’s|'s))\s/iu.test(subject.trim()) ? undefined : subject.trim().split(/\s+/).slice(1, 4).find((w) => isOrgNoun(w.toLowerCase()));
  if (!describesRole && !bodyNoun) return undefined;
  // ("The app’s developer, Bristol-based Lumen Audio Labs, said": a noun for a person's work or a
  // firm's is the firm when a body's name is set off after it.)
  const bodyToo = bodyNoun !== undefined || (roleWord !== undefined && isOrgNoun(roleWord));
  const named = ctx.mentions.find((m) => m.paragraph === paragraph && m.start > subjectEnd && m.end <= subjectEnd + apposition[0].length && (bodyToo || !orgLike(ctx.people.list[m.person]!)));
  if (!named && bodyNoun) {
    // A name the text gives only here ("QuickPlate"): the body it names.
    const name = findNames(apposition[1]!.trim());
    if (name.length === 1 && name[0]!.text === apposition[1]!.trim()) return ctx.people.organisation(asOrg(name[0]!), [bodyNoun.toLowerCase()], true);
  }
  if (!named) return undefined;
  const person = ctx.people.list[named.person]!;
  // ("11:15 The transport minister, Helen Marsh, said": a live entry's time stamp is no part of it.)
  person.role ??= subject.trim().replace(LIVE_STAMP, '').replace(/^(?:a|an|the|its|his|her|their)\s+/i, '');
  return named.person;
}

// "…, Hollowmere Events, which runs the festival, said in a statement.": an apposition may stand between.
const STATEMENT_TAIL = new RegExp(`,\\s+([^,]{2,60}?)(?:,[^,]{1,80},)?\\s+(?:${ADVERB}\\s+)?(?:${VERB})\\s+(?:in|on)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}(?:statement|post|release|filing|notice|email|letter|message)\\b[^,]{0,30}[.:]$`, 'i');

/** Words for what someone issues, in a sentence before a quotation: the statement, letter, post, note or message it is. */
const ISSUED_WORD = /\b(?:statements?|letters?|post(?:s|ed)?|notes?|messages?)\b/i;

/** A subject of a few words, a verb, then "in a statement" (letter, post, note): "The company defended the decision in a statement issued on Tuesday." */
// ("Dr. Nicole R. Bramwell-Aguirre, associate administrator for NASA’s Science Mission Directorate,
// praised the team in a statement": a title, initials and a role set off by commas.)
const IN_A_STATEMENT = /^((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}(?:,\s+[^,;:“”"‘]{2,100},)?|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b[^.;:“”"‘]{0,80}?\bin\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|email|e-mail|message|note|release)\b[^;:“”"‘]*\.$/u;

/** "In a statement issued on behalf of the governing body, ": a statement named before its issuer. */
const STATEMENT_FRONTED = /^In\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|post|email|e-mail|message|note|release)\b[^,;:“”"‘]{0,100},\s+/u;

/** A closing sentence that introduces a statement: "The company said in a statement.", "It issued a statement:". */
const INTRODUCES_STATEMENT = /\b(?:statement|letter|e-?mail|post|message|release)\b[^“”"‘’]{0,40}[.:]$/;

/**
 * Who the paragraph before paragraph `paragraph` introduces as issuing a statement in its closing
 * sentence, after the quote `previous` closed there (see `introducedBy`).
 */
function statementIntroducedAfter(previous: Previous, paragraph: number, ctx: Context): number | undefined {
  const prev = ctx.paragraphs[paragraph - 2];
  const lastSentence = prev?.sentences.at(-1)?.text.trim() ?? '';
  const lastAt = prev ? prev.text.lastIndexOf(lastSentence) : -1;
  if (!prev || lastAt < previous.end || /[“”"‘’]/.test(lastSentence.replace(/\p{L}[’']\p{L}/gu, '')) || !INTRODUCES_STATEMENT.test(lastSentence)) return undefined;
  const who = introducedBy(ctx.paragraphs, paragraph, ctx);
  return who !== previous.person ? who : undefined;
}

/** "X issued a statement to the press." closing the paragraph before a quote that stands alone. */
function introducedBy(paragraphs: readonly Paragraph[], paragraph: number, ctx: Context): number | undefined {
  const prev = paragraphs[paragraph - 2];
  if (!prev) return undefined;
  const lastSentence = prev.sentences.at(-1)?.text ?? '';
  // "The club said in a statement." / "The company said in a statement:".
  const lastAt = prev.text.lastIndexOf(lastSentence);
  const clause = INTRO_PATTERN.test(lastSentence) ? speakerOfClause(lastSentence, prev.number, Math.max(0, lastAt), ctx) : undefined;
  if (clause !== undefined) return clause;
  // "…, the utility said in a statement." closing the paragraph.
  const tail = STATEMENT_TAIL.exec(lastSentence);
  if (tail) {
    const who = subjectOf(tail[1]!, prev.number, Math.max(0, lastAt) + lastSentence.lastIndexOf(tail[1]!), ctx);
    if (who !== undefined) return who;
  }
  // "In a statement posted on the Instagram account of Kilnford Pottery, the workshop she founded
  // in 1964, the family wrote:": the role or body right before the verb.
  const role = /:\s*$/.test(lastSentence) ? ROLE_LEADS_IN.exec(lastSentence) : null;
  if (role) {
    const before = mentionsBefore(ctx.mentions, prev.number, Math.max(0, lastAt) + lastSentence.length);
    const phrase = role[1]!.trim();
    const who = describesPerson(role[2]!.toLowerCase()) ? byRole(phrase, role[2]!, ctx, before) : { person: orgReferent(phrase, ctx, before) };
    if (who && 'person' in who && who.person !== undefined) return who.person;
  }
  // "In a longer statement posted on the company’s website, he said he would cooperate …" then the
  // statement: whoever the sentence reports goes on in the quotation.
  if (ISSUED_WORD.test(lastSentence)) {
    const reporter = reportedSpeaker(lastSentence, prev.number, Math.max(0, lastAt), ctx);
    if (reporter !== undefined) return reporter;
  }
  // "In a statement issued on behalf of the governing body, the Reverend Canon Peter
  // Ashdown-Fairweather, chair of governors, thanked Mrs Tranter …": whoever the sentence opens on
  // after the statement issued it (not whom they thanked).
  const fronted = STATEMENT_FRONTED.exec(lastSentence);
  if (fronted) {
    const opensAt = Math.max(0, lastAt) + fronted[0].length;
    const subject = ctx.mentions.find((m) => m.paragraph === prev.number && m.start >= opensAt && m.start - opensAt <= 40);
    if (subject) return subject.person;
  }
  // "The company defended the decision in a statement issued on Tuesday.": whoever did something in
  // the statement issued it, whatever the verb.
  const channel = IN_A_STATEMENT.exec(lastSentence);
  if (channel) {
    const issuer = subjectOf(channel[1]!, prev.number, Math.max(0, lastAt), ctx);
    if (issuer !== undefined) return issuer;
  }
  // "Still, the professor cautioned that Whitlock faces real hurdles." then the quotation: whoever
  // the paragraph's last sentence reports goes on in it, not a name in what they said.
  const reporter = reportedSpeaker(lastSentence, prev.number, Math.max(0, lastAt), ctx);
  if (reporter !== undefined && !orgLike(ctx.people.list[reporter]!)) return reporter;
  const inPrev = ctx.mentions.filter((m) => m.paragraph === prev.number);
  // "Walking back along the brook as the light fades, she is already thinking about the years
  // ahead." then the quotation: the one the paragraph is about, by its pronoun.
  // So is "Her message to drivers who complain is blunt:", by its possessive.
  const about = /^(?:[^,.;“”"‘]{3,80},\s+)?(he|she)\s+\p{Ll}/iu.exec(lastSentence)?.[1] ?? OWN_WORDS_LEAD_IN.exec(lastSentence)?.[1];
  if (!inPrev.length) return about ? byPronoun(ctx.people, ctx.mentions, prev.number, Math.max(0, lastAt), pronounOf(about), ctx.paragraphs) : undefined;
  const inLast = inPrev.filter((m) => m.start >= lastAt);
  // ("Mrs Whitlow’s daughter, Jean Ashby, read a statement": the daughter, not whose she is.)
  if (inLast.length && INTRO_PATTERN.test(lastSentence)) return (inLast.find((m) => !ownsWhatFollows(ctx.paragraphs, m, true)) ?? inLast[0]!).person;
  return inPrev.at(-1)!.person;
}

/** A quote and its speaker; `own`: the text attributes this very quote (not a continuation). */
interface Attributed {
  raw: RawQuote;
  person: number | undefined;
  own: boolean;
}

interface Previous {
  person: number | undefined;
  paragraph: number;
  /** Offset of its closing mark in its last paragraph. */
  end: number;
}

/**
 * A quote right after another one (same paragraph, or the next), with no one else named between:
 * the same speaker goes on ("…,” said X. “Meteorites are full of them.”).
 */
function continuing(previous: Previous | undefined, span: Span, { mentions, people, paragraphs }: Context): number | undefined {
  if (!previous || previous.person === undefined) return undefined;
  // "…,” the boy told Benedetti, according to her account. “…”: whom the words were told to is
  // not who goes on speaking.
  // (Nor whom they spoke of: "…,” the Sauk Falls coach said of Vantongeren. “…”.)
  const toldTo = (m: PersonMention) => TOLD_TO.test(paragraphs[m.paragraph - 1]!.text.slice(Math.max(0, m.start - 20), m.start));
  if (span.paragraph > previous.paragraph + 1) return undefined;
  // "…,’ a spokesperson for Elmbridge Care Group said. ‘…’": the body in the speaker's own
  // description is not someone new.
  const described = people.list[previous.person]!.role?.toLowerCase() ?? '';
  // "…,” said Gideon Marsh, who has coached Castellanos since he was 11. “…”: nor is a name in
  // a clause about the speaker.
  const inSpeakersClause = (m: PersonMention) =>
    m.paragraph === previous.paragraph && /(?:,\s+|\s)(?:who|whose)\b[^.!?“”"‘’]*$/.test(paragraphs[m.paragraph - 1]!.text.slice(previous.end, m.start));
  // (Nor a relative the speaker's sentence names as theirs: "…,’ he says, in the cottage he shares
  // with his wife, Margaret. ‘…’".)
  const speakersKin = (m: PersonMention) => m.paragraph === previous.paragraph && m.start > previous.end && SPEAKERS_KIN.test(paragraphs[m.paragraph - 1]!.text.slice(Math.max(previous.end, m.start - 30), m.start));
  const between = mentions.filter(
    (m) =>
      m.person !== previous.person &&
      !toldTo(m) &&
      !inSpeakersClause(m) &&
      !speakersKin(m) &&
      !(described && (described.includes(people.list[m.person]!.name.toLowerCase()) || described.includes(paragraphs[m.paragraph - 1]!.text.slice(m.start, m.end).toLowerCase()))) &&
      // "…,' said Annika Strand-Rowe, Skyhaven's chief executive. ‘…’": whose role it is.
      !(m.paragraph === previous.paragraph && ownsWhatFollows(paragraphs, m)) &&
      people.list[m.person]!.evidence &&
      (m.paragraph > previous.paragraph || (m.paragraph === previous.paragraph && m.start > previous.end)) &&
      (m.paragraph < span.paragraph || (m.paragraph === span.paragraph && m.end <= span.open)),
  );
  return between.length ? undefined : previous.person;
}

/** "with his wife, " before a name: the speaker's own relative. */
const SPEAKERS_KIN = new RegExp(`\\b(?:his|her|their)\\s+(?:${KIN}),?\\s*$`, 'i');

const TOLD_TO = /\b(?:(?:told|tells|asked|informed|assured|reminded)|(?:said|says|added|wrote|writes|spoke|speaking|joked|admitted)\s+(?:of|about))\s+$/i;

/** "Her lawyer, ", "his son ": a role that is someone else's, right before a name. */
const OWNED_ROLE_BEFORE = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,?\s+$/iu;
/** A speech verb and a clause with a subject of its own: "said the company had …", "found that Ms Batchelor …". */
const REPORTS_OTHER = /^(?:’s|'s)?\s*(?:,[^,]{1,80},\s*)?(?:\w+ly\s+)?(?:said|says|told\s+\w+|added|wrote|argued|found|ruled|concluded|accepted|noted)\s+(?:that\s+)?(?:the|a|an|its|this|these|those|\p{Lu}\p{Ll}+)\s/u;
/** Any third-person pronoun, and those that are only ever the subject's own (no "his", "her", "its"). */
const ANY_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself|its|itself)\b/i;
/** "… studied under her from 1998", "… rang him.": "her" or "him" as an object, before anything is said. */
const OBJECT_BEFORE_SAYING = new RegExp(`^((?:(?!\\b(?:${VERB})\\b)[^])*?)\\b(?:him|her)\\b(?=\\s*[.,;:!?)]|\\s+(?:from|to|in|on|at|for|with|by|after|before|since|until|and|or|but|as|when|while|because|about|that)\\b)`, 'i');

/** The text with an object "her" or "him" of the name's own clause blanked out (see OBJECT_BEFORE_SAYING). */
function objectOfOwnClause(text: string): string {
  const m = OBJECT_BEFORE_SAYING.exec(text);
  return m ? `${m[1]}${' '.repeat(m[0].length - m[1]!.length)}${text.slice(m[0].length)}` : text;
}
const OWN_PRONOUN = /\b(he|him|himself|she|herself|itself)\b/i;

/**
 * Gender from the text itself, never from a list of first names: the first personal pronoun after
 * a mention, before anyone else is named, in that sentence or the next ("Gebreyes spoke to
 * reporters after her win"), and a gendered noun right before the name ("his sister, Clara …").
 */
/** ", a collection of …": the noun of an apposition right after a name (group 1). */
const THING_APPOSED = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:of|about|by|from|that|which|in)\b/u;

function countPronouns(paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People): void {
  mentions.forEach((m, i) => {
    const person = people.list[m.person]!;
    if (person.unnamed || isOrg(person)) return;
    const p = paragraphs[m.paragraph - 1]!;
    // "Winter Tides, a collection of her own songs": a name a thing's noun sets off is a title;
    // the "her" in it is its author's.
    const apposed = THING_APPOSED.exec(p.text.slice(m.end, m.end + 60))?.[1];
    if (apposed && !isPersonNoun(apposed.toLowerCase())) return;
    const next = mentions[i + 1];
    const stop = next && next.paragraph === m.paragraph ? next.start : p.text.length;
    // The subject of its sentence (named first in it) is also what the next sentence's pronoun means.
    const own = sentenceBounds(p, m.start);
    const subject = !mentions.some((o) => o !== m && o.paragraph === m.paragraph && o.start >= own.start && o.start < m.start);
    const end = subject ? sentenceBounds(p, own.end + 1).end : own.end;
    // "Owen Pike rang her": a pronoun right after the name's verb is its object, someone else.
    // ("Pettibone said her family keeps the watch he left": after "said", "her" is her own.)
    const window = p.text.slice(m.end, Math.min(stop, Math.max(end, own.end))).replace(OBJECT_PRONOUN_NEXT, '');
    // "Joanna Featherstone-Rigby, who represents Tannersley and Wendle Vale, said she …": the
    // place closing the clause is not who "she" is.
    const closesClause = /^\s*,\s+(?:\w+ly\s+)?(?:said|says|told|added|wrote|argued|warned)\b/.test(p.text.slice(m.end)) && /,\s+(?:who|which)\b[^,]*$/.test(p.text.slice(own.start, m.start));
    // "…said the trust had met Halloran Capital’s managing partner, Scott Devereaux, twice in
    // October, and she came away …": a clause joined after someone named as an object goes on
    // about the sentence's subject, not about them.
    const ownClause = subject ? window : window.split(/,\s+(?:and|but|while|as|so)\s+|;\s+/)[0]!;
    // "Femi Adeyemo, 45, whose pieces were shortlisted, studied under her from 1998": an object
    // pronoun in the name's own clause, with nothing said between, is someone else.
    // (A quote the window cuts off before it closes is someone's words too: "… says Adeyemo. ‘She told you …".)
    const unquoted = objectOfOwnClause(ownClause.replace(/[“"‘][^”"’]*[”"’][\s,]*(?:(?:he|she)\s+\w+)?/gi, '').replace(/[“"‘][^”"’]*$/, ''));
    // "Her lawyer, Anton Reinholt, said they would ask for the disqualification of her results":
    // someone named as another's (lawyer, coach, son) hears that person's "his" or "her" in the
    // same sentence; only "he" or "she" there is their own.
    const ownedBy = OWNED_ROLE_BEFORE.test(p.text.slice(Math.max(0, m.start - 40), m.start));
    const ownLength = Math.max(0, own.end - m.end);
    // "Judge Alun Prothero said the company had treated her requests …": in what someone says of
    // another subject, "her" and "his" are about that subject's business; only "he" or "she" is theirs.
    const reportsOther = REPORTS_OTHER.test(p.text.slice(m.end, m.end + 60));
    const pronoun = closesClause
      ? null
      : ownedBy || reportsOther
        ? (OWN_PRONOUN.exec(unquoted.slice(0, ownLength)) ?? (reportsOther ? OWN_PRONOUN : ANY_PRONOUN).exec(unquoted.slice(ownLength)))
        : ANY_PRONOUN.exec(unquoted);
    // "…, though Helen said a collector has asked. … which their father painted himself": a
    // gendered noun between the name and the pronoun is whom the pronoun means.
    const searched = pronoun ? (pronoun.input ?? '').slice(0, pronoun.index) : '';
    // "It also began her partnership with the cinematographer Tomasz Wierzbicki, who went on to
    // shoot six of her seven features": a possessive the sentence used before the name goes on
    // meaning whoever it meant there.
    const heldOver = pronoun !== null && /^(?:her|his)$/i.test(pronoun[1]!) && new RegExp(`\\b${pronoun[1]!}\\b`, 'i').test(p.text.slice(own.start, m.start));
    if (pronoun && !heldOver && !FEMALE_ROLE.test(searched) && !MALE_ROLE.test(searched)) {
      if (/^h(?:e|im|is|imself)$/i.test(pronoun[1]!)) person.male++;
      else if (/^it/i.test(pronoun[1]!)) person.neuter = (person.neuter ?? 0) + 1;
      else person.female++;
    }
    // "Keltura said it would …": a name that says "it" of itself is a body.
    if (/^(?:’s|'s)?\s+(?:\w+ly\s+|also\s+)?(?:said|says|added|announced|expects|plans|will|would|has|had)\s+(?:that\s+)?it\b/i.test(p.text.slice(m.end, m.end + 60))) {
      person.neuter = (person.neuter ?? 0) + 1;
    }
    const gender = genderOfRole(/(\p{L}+)\s*,?\s*$/u.exec(p.text.slice(Math.max(0, m.start - 20), m.start))?.[1]);
    if (gender === 'm') person.male++;
    if (gender === 'f') person.female++;
  });
}

/**
 * "A spokesman for Ashcombe Manor", "an Environment Agency spokesman": the body an unnamed speaker
 * speaks for, named in the description whole or by its short form (its name without the last word,
 * "Ashcombe Manor" for Ashcombe Manor Hotel).
 */
function bodySpokenFor(person: Person, people: People): Person | undefined {
  // "A senior source at Northvale" talks about the company; they do not speak for it.
  // Nor does an employee who asked not to be named ("One Kestrel operator, who spoke on condition
  // of anonymity"); a spokesperson or an official does, named or not.
  const source = person.role !== undefined && (ANONYMOUS.test(person.role) || SOURCE_WORD.test(headNoun(person.role.toLowerCase())) || (person.anonymous === true && !COMMUNICATIONS_ROLE.test(person.role) && !/\bofficials?$/i.test(person.role)));
  return person.unnamed && !source ? bodyNamedIn([person.name], people, true) : undefined;
}

/**
 * The organisation whose name one of `texts` holds whole, or with `short`, without its last word
 * too; of several, the longest name ("president of the Allied Cockpit Association’s Pinecrest
 * chapter" heads the association, not the airline).
 */
function bodyNamedIn(texts: readonly string[], people: People, short: boolean): Person | undefined {
  const described = texts.map((t) => ` ${t.toLowerCase().replace(/(?:’s|'s)\b/g, '')} `);
  const named = people.list.filter((q) => {
    if (!isOrg(q)) return false;
    const words = q.name.toLowerCase().split(/\s+/);
    const shortName = short && words.length >= 2 ? words.slice(0, -1).join(' ') : '';
    // "UDTU general secretary": the body by its initials.
    const initials = q.initials && q.initials.length >= 3 && words.length >= 3 ? q.initials : '';
    return described.some((d) => d.includes(` ${words.join(' ')} `) || (shortName && !ORG_STOP.test(shortName) && d.includes(` ${shortName} `)) || (initials && d.includes(` ${initials} `)));
  });
  return named.reduce<Person | undefined>((best, q) => (!best || q.name.length > best.name.length ? q : best), undefined);
}

/**
 * "The state Public Utility Oversight Commission sent inspectors …, agency spokesman Alan Ferris
 * said": the body a named spokesperson's role calls by its kind, named before them.
 */
function bodyOfNamedSpokesperson(person: number, people: People, mentions: readonly PersonMention[]): Person | undefined {
  const p = people.list[person]!;
  const noun = p.unnamed || isOrg(p) ? undefined : /^(?:the\s+)?([\p{L}-]+)\s+spokes(?:man|woman|person)$/iu.exec(p.role ?? '')?.[1]?.toLowerCase();
  if (!noun || !isOrgNoun(noun)) return undefined;
  const first = mentions.findIndex((m) => m.person === person);
  const body = first < 0 ? undefined : people.byOrgNoun(noun, mentions.slice(0, first));
  return body === undefined ? undefined : people.list[body];
}

/** Every role the text gives someone. */
function rolesOf(person: Person): string[] {
  return [person.role, ...(person.otherRoles ?? [])].filter((r): r is string => r !== undefined);
}

/** The body a named person heads, by a role that names it: "Eastmoor Airport’s chief executive", "Humbermere Police superintendent". */
/** An executive's title with no company in it: "Chief Executive Officer", "President", "CFO". */
const BARE_EXECUTIVE = /^(?:ceo|cfo|coo|cto|president|chief\s+(?:executive|financial|operating|technology)(?:\s+officer)?)$/i;

/** A line of a box score or a scorers' list: a label and a colon, then no word in lower case. */
const STAT_LINE = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*:\s(?!.*\b\p{Ll}{3,})/u;

/** A document that speaks: "the report states", "the review found". */
const DOCUMENT_SPEAKER = /^the\s+(?:report|review|audit|study|inspection|investigation)$/i;

/**
 * Whose a document is: the one body the text gives it to, as "Its report" (the body named last
 * before it), "the inspectorate’s report", or "a report by the Audit Office".
 */
function documentAuthor(noun: string, paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People): number | undefined {
  const authors = new Set<number>();
  const owned = new RegExp(`(?:\\b(its|their)|(?:’s|'s))\\s+(?:[\\p{Ll}-]+\\s+)?${noun}\\b`, 'giu');
  const by = new RegExp(`\\b${noun}\\s+(?:by|from)\\s+`, 'giu');
  for (const p of paragraphs) {
    const bodiesBefore = (at: number) => mentions.filter((m) => isOrg(people.list[m.person]!) && (m.paragraph === p.number - 1 || (m.paragraph === p.number && m.end <= at)));
    for (const m of p.text.matchAll(owned)) {
      const owner = m[1] ? bodiesBefore(m.index).at(-1) : mentions.find((x) => x.paragraph === p.number && x.end === m.index);
      if (owner && isOrg(people.list[owner.person]!)) authors.add(owner.person);
    }
    for (const m of p.text.matchAll(by)) {
      const after = mentions.find((x) => x.paragraph === p.number && x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 4);
      if (after && isOrg(people.list[after.person]!)) authors.add(after.person);
    }
  }
  return authors.size === 1 ? [...authors][0] : undefined;
}

/** The one surname a text gives a family by ("Vance’s family", "the Vance family"); none when it gives two. */
function familyName(paragraphs: readonly Paragraph[]): string | undefined {
  const names = new Set<string>();
  for (const p of paragraphs) for (const m of p.text.matchAll(/\b(\p{Lu}[\p{Ll}-]+)(?:’s|'s)\s+family\b|\b[Tt]he\s+(\p{Lu}[\p{Ll}-]+)\s+family\b/gu)) names.add((m[1] ?? m[2])!);
  // ("Tom’s family" beside "Mr Ashworth’s family": a given name is no family's name.)
  const surnames = names.size === 1 ? [...names] : [...names].filter((n) => !isGivenName(n));
  return surnames.length === 1 ? surnames[0] : undefined;
}

/** A spokesperson the text says nothing more of: "a spokesperson said". */
const BARE_SPOKESPERSON = /^(?:a|an|the)\s+(?:spokes(?:person|man|woman)|representative)$/i;

/** Last words of a sports club's name: "Northcote United", "Kingsmere Town", "Ashford City". */
const CLUB_NAME_END = /^(?:united|town|city|rovers|wanderers|athletic|county|albion|rangers|fc|afc)$/;

/**
 * "Prairie Meridian says …" (a dek) before "Prairie Meridian Credit Union said …": a name of
 * capitals that nothing marks as a person's (no given name, role or title, at most one pronoun
 * that may be someone else's) and that opens one organisation's name is that organisation, by its
 * short form.
 */
function bodyByItsFirstWords(p: Person, list: readonly Person[]): number | undefined {
  const words = [...p.tokens];
  if (isOrg(p) || p.unnamed || p.role || p.titles?.size || p.male + p.female > 1 || words.length < 2 || isGivenName(words[0]!)) return undefined;
  // (Not a club, "Northcote United", before its fans' "Northcote United Supporters’ Trust": the
  // words the body adds only say what kind of body it is, and name no people.)
  if (CLUB_NAME_END.test(words.at(-1)!)) return undefined;
  const bodies = list.flatMap((q, j) => {
    const body = [...q.tokens];
    const added = body.slice(words.length);
    return isOrg(q) && added.length > 0 && body.slice(0, words.length).every((t, k) => t === words[k]) && !added.some((w) => isPersonNoun(w) || isPersonNoun(w.replace(/s$/, ''))) ? [j] : [];
  });
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** A speaker known by an office in capitals alone ("Transport Secretary"): no given name, a role noun last. */
function officeOnly(p: Person): boolean {
  const tokens = [...p.tokens];
  return !p.unnamed && tokens.length >= 2 && isRoleNoun(tokens.at(-1)!.toLowerCase()) && !tokens.some((t) => isGivenName(t));
}

/**
 * "The artistic director of the Maltings Playhouse has resigned …" ¶ "Nadia Ferreira-Holt, who has
 * led the theatre since 2017, told staff …": a lead that names its subject by role only, then
 * opens the next paragraph on a name the story had not given yet: the same person.
 */
// (Later in the story too, "The chair of the museum’s board, a retired solicitor, said …" ¶ "‘…,’
// Mr Brendan Foley said.": someone the story had not named, given no role of their own, the first
// one the next paragraph names.)
function namedInNextParagraph(index: number, paragraph: number, mentions: readonly PersonMention[], people: People): number | undefined {
  const lead = paragraph <= 4;
  const opener = mentions.find((m) => m.paragraph === paragraph + 1 && (m.start === 0 || !lead));
  if (!opener) return undefined;
  const q = people.list[opener.person]!;
  const p = people.list[index]!;
  // (A person's name, by a gender or a given name: not "Kestrel Propulsion, based in Dunmore"; for
  // a person's role: not "the jury said in a statement" ¶ "… a documentary by Leah Omondi".)
  const someone = genderOf(q) !== 'any' || [...q.tokens].some((t) => isGivenName(t));
  if (!lead && (q.role !== undefined || !someone || !isPersonNoun(headNoun(p.role ?? '')) || mentions.some((m) => m.person === opener.person && m.paragraph < paragraph))) return undefined;
  // (A standfirst above the lead may name them already: "Nadia Ferreira-Holt quits Kettleby venue …".)
  const earlier = mentions.some((m) => m.person === opener.person && m.paragraph === paragraph);
  const clash = genderOf(p) !== 'any' && genderOf(q) !== 'any' && genderOf(p) !== genderOf(q);
  // ("The number of injured rose …, the office said." ¶ "Shinji Ogata, director of the agency’s
  // … division, told …": a body's noun is no person named next.)
  const noun = headNoun(p.role ?? p.name);
  const body = isOrgNoun(noun) && !isPersonNoun(noun);
  return q.unnamed || isOrg(q) || q.tokens.size < 2 || earlier || clash || body ? undefined : opener.person;
}

/**
 * The company a story names most: the only one it names, or one named at least three times and
 * twice as often as any other. (Not the one company a story about a credit union names in
 * passing, its vendor: a body named twice as often as the company is what the story is about.)
 */
function mostMentionedCompany(people: People, mentions: readonly PersonMention[]): Person | undefined {
  const counts = new Map<number, number>();
  // ("Prairie Meridian" counts for Prairie Meridian Credit Union.)
  const shortFormOf = people.list.map((p) => bodyByItsFirstWords(p, people.list));
  for (const m of mentions) {
    const body = shortFormOf[m.person] ?? m.person;
    if (isOrg(people.list[body]!)) counts.set(body, (counts.get(body) ?? 0) + 1);
  }
  const companies = people.list.flatMap((p, i) => (p.org?.includes('company') ? [i] : []));
  const most = Math.max(0, ...counts.values());
  if (companies.length === 1) return most >= 3 && most >= 2 * (counts.get(companies[0]!) ?? 0) ? undefined : people.list[companies[0]!];
  const [first, second] = [...counts].filter(([i]) => companies.includes(i)).sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 3 && (!second || first[1] >= 2 * second[1]) ? people.list[first[0]] : undefined;
}

function bodyHeadedBy(person: Person, people: People): Person | undefined {
  if (person.unnamed || isOrg(person)) return undefined;
  return bodyNamedIn(rolesOf(person).filter((r) => HEAD_ROLE.test(r) && !NOT_THE_HEAD.test(r)), people, false);
}

/** "whose 7-year-old daughter", "whose two sons": someone known as a child's parent. */
const WHOSE_CHILD = /\bwhose\s+(?:[\p{L}\d-]+\s+){0,2}(?:daughters?|sons?|child|children|kids?|baby|babies|twins|toddler)\b/iu;

/** The capitalised name of the body an unnamed speaker's description ends on: "… for the federal Mine Safety and Health Administration". */
// ("A Department for Transport spokesperson": the body before the role.)
const SPOKEN_FOR_BODY = /\b(?:for|of|at|with|from)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}’'-]*))+)$|^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}’'-]*))+)\s+(?:spokes(?:person|man|woman)|official|source|representative)$/u;

/**
 * "the HSE said" in a text that also writes "the Health and Safety Executive": the body by its
 * full name, its initials kept as a way to ask for it.
 */
function spellOutAcronyms(people: People, paragraphs: readonly Paragraph[]): Map<number, number> {
  /** An acronym whose full name is another body's: that body, which speaks for both. */
  const sameAs = new Map<number, number>();
  const acronyms = people.list.filter((p) => isOrg(p) && /^\p{Lu}{2,6}$/u.test(p.name));
  if (!acronyms.length) return sameAs;
  const runs = paragraphs.flatMap((p) =>
    [...p.text.matchAll(/\p{Lu}[\p{L}’'-]*(?: (?:of|and|for|&|the) \p{Lu}[\p{L}’'-]*| \p{Lu}[\p{L}’'-]*)+/gu)].map((m) => ({ text: m[0], opensSentence: /(?:^|[.!?:][”’"]?\s+)$/.test(p.text.slice(0, m.index)) })),
  );
  for (const p of acronyms) {
    const key = p.name.toLowerCase();
    const full = runs.find((run) => initialsOfName(run.text) === key)?.text ?? endsSpelledOut(runs, key);
    if (!full) continue;
    const named = people.list.findIndex((o) => o !== p && isOrg(o) && o.name.toLowerCase() === full.toLowerCase());
    if (named >= 0) {
      for (const w of p.tokens) people.list[named]!.tokens.add(w);
      sameAs.set(people.list.indexOf(p), named);
      continue;
    }
    for (const w of full.toLowerCase().split(' ')) if (!ORG_STOP.test(w)) p.tokens.add(w);
    p.name = full;
  }
  return sameAs;
}

/**
 * "the CPSC" after "the US Consumer Product Safety Commission", "the ICB" after "NHS Ashcombe and
 * Wrexley Integrated Care Board (ICB)": initials of three letters or more that spell a name's last
 * words. The name is the whole run, unless it opens a sentence ("Yesterday Consumer …"), where only
 * the words spelled are surely the name.
 */
function endsSpelledOut(runs: readonly { text: string; opensSentence: boolean }[], key: string): string | undefined {
  if (key.length < 3) return undefined;
  for (const run of runs) {
    // ("The FBI is aware": a capitalised "The" is no word of the name; nor "A" in "1:47 p.m. ET — A
    // NASA official said".)
    const text = run.text.replace(/^(?:The|An?)\s+/, '');
    // (Letters, not words: "Harlan Community YMCA" spells "hcymca", which ends in "ymca".)
    const initials = initialsOf(capitalised(text));
    if (initials.length <= key.length || !initials.endsWith(key)) continue;
    if (!run.opensSentence) return text;
    const words = text.split(' ');
    let from = words.length;
    for (let n = 0; n < key.length; from--) if (/^\p{Lu}/u.test(words[from - 1]!)) n += initialsOf([words[from - 1]!]).length;
    return words.slice(from).join(' ');
  }
  return undefined;
}

/**
 * "Town manager Gary Mellor" in a story about Castlebridge Town: readers ask for "the Castlebridge
 * manager" or "the Castlebridge Town manager". A role owned by one word of a longer name the text
 * writes (its last word, "Town", "Rovers", or its first) is also that role of the whole name and
 * of its other word. Nothing when the text writes no such name, or two.
 */
function ownerSpelledOut(person: Person, text: string): string[] {
  const m = person.unnamed || isOrg(person) ? null : /^(\p{Lu}[\p{L}-]+)\s+(\p{Ll}[\p{L}\s-]*)$/u.exec(person.role ?? '');
  if (!m || !m[2]!.split(/\s+/).some((w) => isRoleNoun(w))) return [];
  const [, owner, rest] = m as unknown as [string, string, string];
  const names = new Set(
    [...text.matchAll(new RegExp(`\\b(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}${owner}\\b|\\b${owner}(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}\\b`, 'gu'))].map((n) => n[0]).filter((n) => !n.split(/\s+/).some((w) => NOT_NAME_START.has(w.toLowerCase()))),
  );
  if (names.size !== 1) return [];
  const name = [...names][0]!;
  return [`${name} ${rest}`, ...name.split(/\s+/).filter((w) => w !== owner).map((w) => `${w} ${rest}`)].map((r) => r.toLowerCase());
}

/**
 * "Paul Henshaw, the association’s chief executive" after "Northgate Homes has been ordered …":
 * the role with the name of the body the text's word for its owner stands for ("northgate homes
 * chief executive"), so "who's the boss of Northgate" finds him; so does "a spokeswoman for the
 * utility" ("sierra crest power spokeswoman").
 */
/** "a spokeswoman for the utility" (group 1: the role; 2: the body's noun). */
const ROLE_FOR_BODY = /^(\p{Ll}[\p{L}\s-]*?)\s+(?:for|of|at)\s+the\s+(\p{Ll}+)$/u;
/** "patrol spokesman": a body's noun, then a spokesperson (groups as ROLE_OF_BODY's). */
const BODY_NOUN_SPOKESPERSON = /^(\p{Ll}+)\s+(spokes(?:man|woman|person))$/u;

function roleOfBodyNamed(person: Person, first: PersonMention | undefined, mentions: readonly PersonMention[], paragraphs: readonly Paragraph[], people: People): string | undefined {
  if (person.unnamed || isOrg(person) || !first) return undefined;
  const roles = rolesOf(person);
  // Each as [body's noun, role]: "the pantry’s executive director" (the first role only); "a
  // spokeswoman for the utility", the body after the role, and "Dr Ingrid Halvorsen, the study’s
  // lead author and a sediment physicist at the institute", a role given besides the first;
  // "Trooper Dale Kimbrough, a patrol spokesman" after "the Oklahoma Highway Patrol is pleading
  // …", a spokesperson's role given besides a title, its body's noun before it.
  const owned = /^(?:the\s+)?(\p{Ll}+)(?:’s|'s)\s+(\p{Ll}[\p{L}\s-]*)$/u.exec(person.role ?? '');
  const candidates: Array<readonly [string, string]> = [
    ...(owned ? [[owned[1]!, owned[2]!] as const] : []),
    ...roles.flatMap((r) => {
      const after = ROLE_FOR_BODY.exec(r);
      return after ? [[after[2]!, after[1]!] as const] : [];
    }),
    ...roles.flatMap((r) => {
      const speaks = BODY_NOUN_SPOKESPERSON.exec(r);
      return speaks ? [[speaks[1]!, speaks[2]!] as const] : [];
    }),
  ];
  // ("the pantry’s executive director" after "Eastside Harvest Pantry, a nonprofit": a word the
  // name of a body ends in says which body, whatever kind it is.)
  const saysWhichBody = (noun: string) => isOrgNoun(noun) || people.list.some((p) => isOrg(p) && namedBy(p.name, noun));
  const m = candidates.find(([noun, role]) => saysWhichBody(noun) && role.split(/\s+/).some((w) => isRoleNoun(w)));
  if (!m) return undefined;
  const body = people.byOrgNoun(m[0], mentionsBefore(mentions, first.paragraph, first.start), paragraphs);
  return body === undefined ? undefined : `${people.list[body]!.name} ${m[1]}`.toLowerCase();
}

/**
 * "Former Bramford treasurer Raymond Kessling sentenced …" over a body that only ever says
 * "Kessling": the headline (or a photo caption) is where the story names its subject in full, so
 * "Kessling said" is him. Only a person's name whose surname the body uses alone and never in full.
 */
function seedFromTitles(headline: string, captions: readonly string[], paragraphs: readonly Paragraph[], namesIn: readonly NameMention[][], people: People, inside: (paragraph: number, offset: number) => boolean): void {
  // (A headline in title case capitalises everything: "Wolves Are Back in …" is no one. A given
  // name or a role says it is someone.)
  const fullName = (m: NameMention) => m.personLike && m.tokens.length >= 2 && (isGivenName(nameTokens(m.tokens)[0]!) || m.role !== undefined);
  // (Not the role a title-case headline runs into the name: "Voters Recall Mayor Gregory Talbot".)
  // A photo caption is written as a sentence: "Photo: Pell County farmer Dale Vossberg looks over
  // his combine" gives the name and the role a story that then says only "Vossberg, 58," leaves out.
  const named = [...findNames(headline).filter(fullName).map((m) => ({ ...m, role: undefined })), ...captions.flatMap((c) => findNames(c).filter(fullName))];
  // (Names inside quotation marks are the speakers' ways of putting it: "Ray Kessling is not …".)
  const body = paragraphs.flatMap((p, i) => namesIn[i]!.filter((n) => !inside(p.number, n.start)));
  const alone = (n: NameMention) => n.tokens.length === 1 || (n.honorific && n.tokens.length === 2);
  const lastOf = (m: NameMention) => (n: NameMention) => nameTokens(n.tokens).at(-1) === nameTokens(m.tokens).at(-1);
  // A live blog, newest first, gives the full name at the bottom: "Marchbank has finished
  // speaking" comes long before "Helen Marchbank, 51, … has begun delivering her second Budget".
  // (Only there: elsewhere a surname met before its full name is more often a relative's.)
  const newestFirst = paragraphs.filter((p) => STAMP_PARAGRAPH.test(p.text)).length >= 3;
  const introducedLate = !newestFirst ? [] : body.filter((m, k) => fullName(m) && body.slice(0, k).some((n) => lastOf(m)(n) && alone(n)) && !body.slice(0, k).some((n) => lastOf(m)(n) && !alone(n)));
  for (const m of introducedLate) people.resolve(m);
  for (const m of named) {
    if (body.some((n) => lastOf(m)(n) && !alone(n)) || !body.some((n) => lastOf(m)(n) && alone(n))) continue;
    people.resolve(m);
  }
}

/**
 * "Photo: Sacramento Condors kicker Eli Vandermeer reacts …": a caption gives the role of someone
 * the story names in full but never by that role, and readers ask for "the kicker" so. Only for
 * someone already known by the whole name.
 */
function captionRoles(captions: readonly string[], people: People): Array<{ person: number; role: string }> {
  const out: Array<{ person: number; role: string }> = [];
  for (const m of captions.flatMap((c) => findNames(c))) {
    const tokens = nameTokens(m.tokens);
    if (!m.personLike || !m.role || tokens.length < 2) continue;
    const person = people.list.findIndex((p) => !p.unnamed && !isOrg(p) && tokens.every((t) => p.tokens.has(t)));
    if (person < 0) continue;
    const known = people.list[person]!;
    if (known.role?.toLowerCase() === m.role.toLowerCase()) continue;
    out.push({ person, role: m.role });
  }
  return out;
}

/**
 * What the words right after someone's name, in their own part of the sentence, say they are, as
 * readers ask for them. The story calls them by name; readers say "the mother", "the passenger":
 * - kin: "Melissa Ortiz, 34, said her 19-month-old son, Mateo, lost …" is a mother; the possessive
 *   gives the gender ("whose" and "their": the text's gender for them), and one the text
 *   contradicts ("Tom Jones said her son") gives none;
 * - a relative clause's verb: "Keith Marsden, who has run Marsden Motors for 22 years," is an
 *   owner, "Tanya Brooks, 41, who was flying home," a passenger (see DOERS in names.ts); for an
 *   owner, what they run gives its kind too ("who runs a bakery": "bakery owner");
 * - what the clause says they did: saw it happen, waited for an operation (DOING_MAKES);
 * - a second role after an employer: "…, an engineer at Dunmore Tool & Die who has volunteered as
 *   a mentor"; and before the name, the group they were among ("Among the victims is …").
 */
function clauseRoles(mentions: readonly PersonMention[], paragraphs: readonly Paragraph[], people: People): Array<{ person: number; role: string }> {
  const out: Array<{ person: number; role: string }> = [];
  for (const [k, m] of mentions.entries()) {
    const person = people.list[m.person]!;
    if (isOrg(person) || person.unnamed) continue;
    const paragraph = paragraphs[m.paragraph - 1]!;
    // "Marisol and Tony Delgado, who left St. Louis … with their children": a couple named
    // together share the clause after the second name.
    const next = mentions[k + 1];
    const couple = next !== undefined && next.paragraph === m.paragraph && /^\s+and\s+$/.test(paragraph.text.slice(m.end, next.start)) && [...people.list[next.person]!.tokens].at(-1) === [...person.tokens].at(-1);
    const clause = ownClauseAfter(couple ? k + 1 : k, mentions, paragraphs);
    // What the mention's sentence says before it ("council members …", "Among the victims is …").
    const sentence = sentenceBounds(paragraph, m.start);
    const sentenceBefore = paragraph.text.slice(sentence.start, m.start);
    // ("said she had bought two cans OF Gentle Start last week for her 3-month-old son": what
    // someone bought, not whose son.)
    const kin = NAMED_AFTER_PREPOSITION.test(paragraph.text.slice(Math.max(0, m.start - 20), m.start)) ? null : OWN_KIN.exec(clause);
    const said = kin?.[1]!.toLowerCase();
    const gender = said === 'his' ? 'm' : said === 'her' ? 'f' : genderOf(person);
    if (kin && !((said === 'his' || said === 'her') && genderOf(person) !== 'any' && genderOf(person) !== gender)) {
      for (const role of kinNouns(kin[2]!, gender)) out.push({ person: m.person, role });
    }
    const does = DOES.exec(clause);
    if (does) {
      const noun = doerOfVerb(does[1]!)!;
      out.push({ person: m.person, role: noun });
      const thing = noun === 'owner' ? OWNED_THING.exec(does[2]!.trim())?.[1]?.split(/\s+/).at(-1)?.toLowerCase().replace(/[’']s$/, '') : undefined;
      if (thing && /^\p{L}{3,}$/u.test(thing)) out.push({ person: m.person, role: `${thing} owner` });
      // "Tom Allardyce, who milks 220 cows at Lowfell Farm near Askerby in Cumbria": readers tell
      // two farmers apart by where they are ("the Cumbria farmer", "the farmer at Lowfell Farm").
      for (const [, place] of does[2]!.matchAll(PLACE_IN_CLAUSE)) out.push({ person: m.person, role: `${place} ${noun}` });
      // "…, who worked under her at the highway commission from 1978": her colleague, as a
      // reader retells an obituary ("what did her former colleague say").
      if (noun === 'worker' && WORKED_WITH.test(does[2]!)) out.push({ person: m.person, role: 'colleague' });
    }
    for (const [pattern, role] of DOING_MAKES) if (pattern.test(clause)) out.push({ person: m.person, role });
    if (SUCCEEDED.test(paragraph.text.slice(m.end, sentence.end))) out.push({ person: m.person, role: 'successor' });
    // "council members Gerald Pruitt of District 1, Anjali Raman of District 4": a member by the
    // district or ward they sit for ("the District 1 council member", "District 4's councillor").
    const seat = SEAT_AFTER.exec(paragraph.text.slice(m.end, m.end + 30))?.[1]?.toLowerCase();
    if (seat) {
      out.push({ person: m.person, role: seat });
      const members = ELECTED_MEMBERS.exec(sentenceBefore)?.[1];
      if (members) out.push({ person: m.person, role: `${seat} ${members.toLowerCase().replace(/(?:men|women)$/, 'man').replace(/s$/, '')}` });
    }
    // "Among the victims is Denise Okafor, 63": one of them.
    const among = AMONG.exec(sentenceBefore)?.[1];
    const one = among?.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
    if (one && one !== among && isPersonNoun(one)) out.push({ person: m.person, role: one });
    // (Past a body the clause names: "an engineer at Dunmore Tool & Die who has volunteered as …".)
    const as = SERVES_AS.exec(ownClauseAfter(k, mentions, paragraphs, (n) => isOrg(people.list[n.person]!)))?.[1];
    // ("who serves as the board’s nonvoting student representative": what they are, not whose.)
    if (as && isPersonNoun(as.split(/\s+/).at(-1)!)) out.push({ person: m.person, role: as.replace(/^\S+[’']s\s+/u, '') });
  }
  return out;
}

/** A preposition right before a name: the name is what something is of, for or about, no one's subject. */
const NAMED_AFTER_PREPOSITION = /\b(?:of|for|with|into|about)\s+(?:the\s+)?$/i;

/** The seat someone is named with: "Gerald Pruitt of District 1", ", whose Ward 4 includes" (group 1). */
const SEAT_AFTER = new RegExp(`^,?\\s+(?:of|whose)\\s+((?:${SEAT_NOUNS.map((n) => n[0]!.toUpperCase() + n.slice(1)).join('|')})\\s+(?:\\d+|[A-Z]\\b|[A-Z][a-z]+))`);
/** The elected body's members a list of names follows: "council members", "aldermen", "supervisors" (group 1). */
const ELECTED_MEMBERS = /\b(council ?members|councilmembers|councillors|councilors|aldermen|alderwomen|supervisors|commissioners|trustees)\b(?![\s\S]*[.;])/i;

/** Kin someone has: "her 19-month-old son", "with his wife and their two sons", "whose 14-year-old son" (group 1: whose; group 2: the kin). */
const OWN_KIN = /\b(his|her|their|whose)\s+(?:(?:[\w-]+|\d+)\s+){0,3}?(sons?|daughters?|child|children|kids|baby|toddler|grandchildren|grand(?:son|daughter)s?|husband|wife)\b/i;

/** What having such kin makes someone, by their gender ('m', 'f', or unknown). */
function kinNouns(kin: string, gender: Pronoun): string[] {
  const k = kin.toLowerCase();
  if (k === 'husband') return gender === 'm' ? [] : ['wife'];
  if (k === 'wife') return gender === 'f' ? [] : ['husband'];
  if (k.startsWith('grand')) return gender === 'f' ? ['grandmother'] : gender === 'm' ? ['grandfather'] : ['grandparent'];
  return gender === 'f' ? ['mother'] : gender === 'm' ? ['father'] : ['parent'];
}

/** After "who worked": beside someone the text calls by a pronoun ("under her", "alongside him"). */
const WORKED_WITH = /^(?:closely\s+)?(?:with|alongside|under|beside)\s+(?:him|her|them)\b/i;

/** A relative clause of doing after a name (group 1: its verb; group 2: what follows). */
const DOES = new RegExp(String.raw`^[^.;:]{0,60}?\bwho\s+(?:(?:has|have|had|is|was|were|now|still|also|once|already|often|regularly)\s+)*(${DOER_VERBS})\b\s*([^,.;:]{0,80})`, 'i');

/**
 * What someone's own clause says they did, and the noun readers call them by for it (see
 * `clauseRoles`; a relative clause's verb alone is DOES's).
 */
const DOING_MAKES: ReadonlyArray<readonly [RegExp, string]> = [
  // Seeing it happen: "Dale Mikkelsen, 63, who was plowing the lot across Route 38, said he saw the
  // plane", "who was walking his dog … when the bridge fell".
  [/\b(?:saw|watched|witnessed)\b|\bwho\s+was\s+\p{Ll}+ing\b[^.;:“”"]{0,120}?\bwhen\b/u, 'witness'],
  // Being treated: "diagnosed with", "waited 107 weeks for cataract surgery", "who has dialysis three times a week".
  [/\bdiagnosed\s+with\b|\b(?:waiting|waited|due\s+to\s+have|has\s+had|had\s+had|needs|needed|has|had|underwent|undergoing)\s+(?:[\w’'-]+\s+){0,5}?(?:replacement|surgery|operation|transplant|dialysis|chemotherapy|radiotherapy)\b/u, 'patient'],
  // Following a team: "who has held a season ticket for 52 years", "a season-ticket holder", "who has followed the team since …".
  [/\bseason[- ]tickets?\b|\bhas\s+(?:followed|supported)\s+(?:the\s+)?(?:team|club|side)\b/, 'fan'],
  // A regular at a shop or with a provider: "said she had bought a tin loaf there every Saturday",
  // "has been with Northway for 11 years".
  [/\b(?:bought|buys|buying|shopped|shops)\b[^.;:“”"]{0,60}?\bevery\b|\bhas\s+been\s+with\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+for\b/u, 'customer'],
];
/**
 * "Raymond Ortiz, who served as Mr. Kowalczyk’s chief of staff … and succeeded him as president":
 * someone's successor, as readers ask for them ("his successor"). (Read from the name on, past
 * the name of whose role the clause gives first.)
 */
const SUCCEEDED = /^,\s+(?:\d{1,3},\s+)?who\b[^;:“”"]{0,120}?\b(?:succeeded|replaced)\s+(?:him|her|them)\s+as\b/u;
/** "Among the victims is ", "Among its passengers was " right before a name (group 1: the plural). */
const AMONG = /\bAmong\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)\s+(?:is|was|are|were)\s+$/u;

/** "…, a mechanical engineer who has volunteered as a mentor for five years": a second role, after the first (group 1). */
const SERVES_AS = /^[^.;:]{0,100}?\bwho\s+(?:(?:has|have|had|is|was|now|still|also|once|long)\s+)*(?:volunteer(?:ed|s)?|serv(?:ed|es)|work(?:ed|s)|act(?:ed|s)|doubl(?:ed|es))\b[^,.;:]{0,40}?\bas\s+(?:a|an|the|its|their|his|her)\s+((?:\p{Ll}[\p{Ll}-]*(?:[’']s)?\s+){0,3}?\p{Ll}[\p{Ll}-]*)(?=\s+(?:at|for|in|with|from|since|until|on|and|to|when|before|after)\b|\s*[,.;:]|\s*$)/u;

/** A place a relative clause puts someone at, in capitals: "at Lowfell Farm", "in Cumbria". */
const PLACE_IN_CLAUSE = /\b(?:in|at|near|outside)\s+((?:\p{Lu}[\p{Ll}’'-]+)(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})/gu;

/** What someone runs, by its last word before a place or a time: "a bakery on the square" → "bakery", "the Riverbend Diner off Exit 94" → "diner". */
const OWNED_THING = /^(?:(?:a|an|the|his|her|their)\s+)?((?:[\p{L}’'&-]+\s+){0,3}?[\p{L}’'-]+)(?=\s+(?:on|in|at|off|near|for|since|with|from|outside|along|and)\b|\s*$)/u;

/** Someone's own words after their name: up to the next person named, a quotation or the sentence's end (kin and deeds after another name are theirs). */
function ownClauseAfter(k: number, mentions: readonly PersonMention[], paragraphs: readonly Paragraph[], passes: (mention: PersonMention) => boolean = () => false): string {
  const m = mentions[k]!;
  const p = paragraphs[m.paragraph - 1]!;
  const { end } = sentenceBounds(p, m.start);
  let n = k + 1;
  while (mentions[n] && passes(mentions[n]!)) n++;
  const next = mentions[n];
  const stop = Math.min(end, next && next.paragraph === m.paragraph && next.start > m.end ? next.start : end);
  return p.text.slice(m.end, stop).split(/[“"‘]/)[0]!;
}

/** A live blog's entry stamp, alone or opening its paragraph: "14:09", "9:10 a.m. —", "11.42am". */
const STAMP_PARAGRAPH = new RegExp(String.raw`^${CLOCK_STAMP}(?:\s*(?:${TIME_ZONES})\b)?(?:$|\s*[—–-]\s)`, 'i');

/**
 * "Small-town Iowa baker’s rye apple kuchen wins national championship": a feature's headline
 * that names no one calls its subject by a person's noun, and readers ask for "the baker" so.
 * The subject is the person the story names most (at least three times, twice as often as anyone
 * else), when no one else holds that noun as a role.
 */
function headlineSubject(headline: string, mentions: readonly PersonMention[], people: People): { person: number; noun: string } | undefined {
  if (findNames(headline).some((m) => m.personLike)) return undefined;
  // (Its subject, within its first four words, one person: not "… to track ex-partner", nor
  // "shareholders reject CEO’s pay".)
  // Measured on the fresh set, with the two relaxations below: lookups +10, nothing else moves.
  const matched = [...headline.toLowerCase().matchAll(/\b([a-z-]{2,})(’s|'s)?(?![\w’'-])/g)];
  const words = matched.map((m) => m[1]!);
  const at = words.findIndex((w) => isPersonNoun(w) || isPersonNoun(w.replace(/s$/, '')));
  // (Further on, one a determiner or an owner introduces: "Seaholme’s lifeboat fundraiser hangs
  // up her collecting tin", "… says farewell to its vicar".)
  const introduced = at >= 0 && matched.slice(Math.max(0, at - 3), at).some((m) => m[2] !== undefined || /^(?:the|its|their|a|an)$/.test(m[1]!));
  // (Any noun for a person, WordNet's too: "fundraiser", "sculptor".)
  const noun = at >= 0 && (at < 4 || introduced) && !/[^s]s$/.test(words[at]!) && isPersonNoun(words[at]!) ? words[at]! : undefined;
  if (!noun) return undefined;
  const [first, second] = namedMost(mentions, people);
  if (!first || first.times < 3 || (second && first.times < 2 * second.times)) return undefined;
  if (people.list.some((p) => rolesOf(p).some((r) => headNoun(r.toLowerCase()) === noun))) return undefined;
  return { person: first.person, noun };
}

/**
 * "Marjorie Pell, Restaurant Critic Who Could Make or Break a Kitchen, Dies at 84": the role an
 * obituary's or a profile's headline gives the person it names in full.
 */
function headlineRole(headline: string, headlineNames: readonly NameMention[], person: Person): string | undefined {
  if (person.unnamed || isOrg(person) || person.tokens.size < 2) return undefined;
  // "Chef Marisol Quintero on Slow Fires …": a title the headline gives the name.
  const titled = headlineNames.find((m) => m.text === person.name && m.title !== undefined && isRoleNoun(m.title));
  if (titled) return titled.title;
  // "Tributes as former postmistress Win Catterall dies": a role in lower case, as a headline
  // written as a sentence puts it, before the name the body spells out (or its short form, "Win"
  // for Winifred). (A title-case headline's capitals run into the name: "Voters Recall Mayor …".)
  const described = headlineNames.find((m) => m.role !== undefined && /^[\p{Ll}\s-]+$/u.test(m.role) && isRoleNoun(m.role.split(/\s+/).at(-1)!) && sameName(m.text, person.name));
  if (described) return described.role;
  if (!headline.startsWith(`${person.name},`)) return undefined;
  const phrase = /^,\s+((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)(?=\s+(?:Who|Whose|That|Of|For|At|In|Dies|Is|Was|Has)\b|\s*,|\s*$)/u.exec(headline.slice(person.name.length))?.[1];
  return phrase && phrase.split(/\s+/).some((w) => isRoleNoun(w.toLowerCase())) ? phrase.toLowerCase() : undefined;
}

/** "a spokeswoman for the company": someone unnamed who speaks for a body the text calls by its noun (group 2). */
const SPEAKS_FOR_THE = /^(?:[Aa]n?|[Oo]ne)\s+((?:[\p{L}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative))\s+for\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)$/u;

/**
 * "The building is owned by Castleway Rail Estates. A spokeswoman for the company said …": the
 * company is the body named before the spokeswoman first speaks, and the reader asks for her by
 * its name ("what did Castleway Rail Estates say"), so she is "A spokeswoman for Castleway Rail
 * Estates"; the text's words for her stay a way to ask. (Only where `orgReferent` finds the body
 * the noun means; not "the Brennerton Police Department", a name already.)
 */
function nameBodiesSpokenFor(attributed: readonly Attributed[], reported: readonly RawReported[], ctx: Context): void {
  for (const [index, person] of ctx.people.list.entries()) {
    const m = person.unnamed ? SPEAKS_FOR_THE.exec(person.name) : null;
    if (!m) continue;
    // (The paragraph of their first quotation, else of their first report: the bodies named up to its end.)
    const paragraph = attributed.find((a) => a.person === index)?.raw.parts[0]!.paragraph ?? reported.find((r) => r.person === index)?.paragraph;
    if (paragraph === undefined) continue;
    const body = orgReferent(m[2]!, ctx, mentionsBefore(ctx.mentions, paragraph + 1, 0).filter((x) => x.person !== index));
    if (body === undefined || !isOrg(ctx.people.list[body]!)) continue;
    // (Every word before the noun is the body's: "the police department" is not the Department of
    // Transportation named last.)
    const named = ctx.people.list[body]!;
    if (!m[2]!.split(/\s+/).slice(1, -1).every((w) => named.tokens.has(w) || named.org?.includes(w))) continue;
    (person.otherRoles ??= new Set()).add(person.name.replace(/^(?:an?|one)\s+/i, ''));
    // ("for the Department of Water Resources": a name that opens on its noun takes "the".)
    const the = isOrgNoun(named.name.split(/\s+/)[0]!.toLowerCase()) ? 'the ' : '';
    person.name = `${person.name.split(/\s+/)[0]} ${m[1]} for ${the}${named.name}`;
  }
}

/**
 * "The Comets said in a statement …" of a story that writes "the Columbus Comets beat the Omaha
 * Stags": a team (or any body) the text calls by the last word of its name is shown by the whole
 * name, when the text gives one; "the Comets" stays a way to ask.
 */
function nameTeamsInFull(text: string, ctx: Context): void {
  for (const person of ctx.people.list) {
    const short = SHORT_BODY.exec(person.name)?.[1];
    if (short === undefined) continue;
    const full = new RegExp(`\\b(?:the|of|for|against|by|to|with|over|and|beat)\\s+((?:\\p{Lu}[\\p{L}'’-]+ ){1,2})${escapeRegExp(short)}\\b`, 'gu');
    const names = new Set([...text.matchAll(full)].map((m) => `${m[1]!}${short}`.replace(/\s+/g, ' ')));
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    // (Not a run that holds an article, "of The Comets": that is the short name again.)
    if (name.split(' ').some((w) => /^(?:The|A|An)$/.test(w))) continue;
    (person.otherRoles ??= new Set()).add(short.toLowerCase());
    person.name = name;
    for (const w of name.toLowerCase().split(' ')) person.tokens.add(w);
  }
}
/** A body called by one capitalised word after "The": "The Comets", "The Current". */
const SHORT_BODY = /^The (\p{Lu}[\p{L}’'-]+)$/u;

/** "The artistic director of the ": a sentence that opens on a role and the "of" before its owner. */
const ROLE_OF_OWNER = /^\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:of|at|for)\s+(?:the\s+)?$/iu;

/** "Ostrander’s attorney", "Kessling’s agent": a role (its noun, group 3) of someone named (the owner's last word, group 1). */
// (Not "Tavrenia’s coast guard": a body written in lower case, the owner's own.)
const NAMED_OWNERS_ROLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)[’']s\s+(?!(?:coast|national|border|home)\s+guard\b)((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u;

/** "Ostrander’s attorney" of "Ostrander’s attorney sought …": a sentence that opens on a named owner's role. */
function roleOwnedAtStart(sentence: string): string | undefined {
  const words = sentence.trim().split(/\s+/);
  const owner = words.findIndex((w) => /[’']s$/.test(w));
  if (owner < 0 || owner > 2) return undefined;
  for (let k = owner + 1; k <= owner + 3 && k < words.length; k++) {
    if (isRoleNoun(words[k]!.toLowerCase())) {
      const phrase = words.slice(0, k + 1).join(' ');
      return NAMED_OWNERS_ROLE.test(phrase) ? phrase : undefined;
    }
  }
  return undefined;
}

/** "Win Catterall" is "Winifred Catterall": the same name, or a usual short form of its given name. */
function sameName(written: string, name: string): boolean {
  if (written === name) return true;
  const a = written.split(/\s+/);
  const b = name.split(/\s+/);
  return a.length === 2 && b.length === 2 && a[1] === b[1] && sameGivenName(a[0]!.toLowerCase(), b[0]!.toLowerCase());
}

/**
 * "A mother-of-three facing eviction … has told a court …" ¶ "Kerry Ashdown, 38, appeared …": a
 * lead that keeps its subject unnamed, then a paragraph that opens on a name and an age, is the
 * news story's way of naming them; readers ask for "the mother". (Only for someone named there
 * first, and only the lead's subject: its first words, "A"/"An" and up to three more.)
 */
function leadSubjectNamed(person: Person, first: PersonMention | undefined, paragraphs: readonly Paragraph[]): string | undefined {
  if (person.unnamed || isOrg(person) || person.tokens.size < 2) return undefined;
  if (!first || first.start !== 0 || first.paragraph < 2) return undefined;
  const p = paragraphs[first.paragraph - 1]!;
  if (!/^,\s*\d{1,3},/.test(p.text.slice(first.end))) return undefined;
  const lead = /^(?:An?)\s+((?:[\p{Ll}-]+\s+){0,3})/u.exec(paragraphs[first.paragraph - 2]!.text)?.[1];
  if (lead === undefined) return undefined;
  for (const word of lead.trim().split(/\s+/)) {
    const noun = word.split('-')[0]!;
    if (isPersonNoun(noun) || isPersonNoun(word)) return noun;
  }
  return undefined;
}

/** "The general secretary of the Confederation of Belmoran Workers (CBW), …, has addressed strikers" (group 1: the office; 2: its noun). */
// ("The lead flight director for today’s spacewalk spoke briefly with reporters": or of what it is
// in lower case, and an irregular verb.)
const OFFICE_OPENING = /^The\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|for|&|\p{Lu}[\p{L}’'-]*))*|(?:the|this|today’s|today's|tonight’s|tonight's)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*))(?:\s*\([^)]{2,12}\))?(?:,[^,.;“”"‘]{1,80},)?\s+(?:has|had|was|is|\p{Ll}+ed|says|said|spoke|told|gave|met|took|made)\b/u;

/**
 * "The general secretary of the Confederation of Belmoran Workers (CBW), the country’s largest
 * union federation, has addressed strikers outside the Ministry of Labour. Anika Strand told the
 * crowd …": an office the sentence before keeps unnamed, naming no one, is the office of the
 * person the next sentence opens on, met there first and given no role of their own.
 */
function officeBefore(person: Person, first: PersonMention | undefined, paragraphs: readonly Paragraph[], mentions: readonly PersonMention[], people: People): string | undefined {
  if (person.role || person.unnamed || isOrg(person) || person.tokens.size < 2 || !first) return undefined;
  const paragraph = paragraphs[first.paragraph - 1]!;
  const opens = sentenceBounds(paragraph, first.start).start;
  if (opens !== first.start || opens === 0) return undefined;
  const before = sentenceBounds(paragraph, opens - 2);
  const office = OFFICE_OPENING.exec(paragraph.text.slice(before.start, opens));
  if (!office || !isRoleNoun(office[2]!)) return undefined;
  const namesSomeone = mentions.some((m) => m.paragraph === first.paragraph && m.start >= before.start && m.start < opens && !isOrg(people.list[m.person]!));
  // (Of a thing in lower case, the office alone: "lead flight director", not the spacewalk's.)
  return namesSomeone ? undefined : office[1]!.replace(/\s+(?:of|at|for)\s+[^\p{Lu}]*$/u, '');
}

/** Plural nouns a named person right after is seldom one of: "Officials said … . Jan Egeland, …". */
const NOT_A_GROUP_EXAMPLE = /^(?:official|source|person|people|insider|police|officer|member|staffer|executive|manager|director|analyst|expert|leader|minister|lawmaker|politician)$/;

/**
 * "On the platforms at Reading, commuters were weighing up their options. Gareth Ellison, 41, …
 * said": a feature's example of a group, named where a sentence opens right after one about the
 * group, is one of them ("the commuter"), when the text gives them no role of their own.
 */
function oneOfTheGroup(person: Person, first: PersonMention | undefined, paragraphs: readonly Paragraph[]): string | undefined {
  if (person.role || person.unnamed || isOrg(person) || person.tokens.size < 2 || !first) return undefined;
  const paragraph = paragraphs[first.paragraph - 1]!;
  const opens = sentenceBounds(paragraph, first.start).start;
  if (opens !== first.start) return undefined;
  // (Or a subheading right above the paragraph: "Fans worry" ¶ "Gloria Petrakis, 67, has held …".)
  const heading = paragraphs[first.paragraph - 2]?.text;
  const before = opens > 0 ? paragraph.text.slice(sentenceBounds(paragraph, opens - 2).start, opens) : heading !== undefined && readsAsTitle(heading) ? heading : '';
  return [...before.toLowerCase().matchAll(/\b([a-z]{3,})s\b/g)].map((m) => m[1]!).find((w) => isPersonNoun(w) && !NOT_A_GROUP_EXAMPLE.test(w));
}

/**
 * "Maren Holloway" and her mother "Linda Holloway", with "Holloway said" throughout for the
 * swimmer: the surname alone asks for the one the text calls so, not both.
 */
/**
 * "HOLLINGBROOK’S best-known lollipop lady will put down her stick … ¶ Maureen Ashdown, 71,
 * started as …": a story's opening that gives its subject by a role alone, and a paragraph right
 * after that opens on a full name, say who the role is. Readers ask for her as "the lollipop lady".
 */
// (`namesIn`: each paragraph's names, found once for the whole article.)
function roleOfLeadSubject(paragraphs: readonly Paragraph[], namesIn: readonly NameMention[][], people: People, speakerOf: ReadonlyMap<number, number>, speakers: Speaker[]): void {
  for (let i = 0; i + 1 < Math.min(paragraphs.length, 5); i++) {
    const first = splitSentences(paragraphs[i]!.text)[0] ?? '';
    const m = LEAD_SUBJECT.exec(first);
    if (!m || namesIn[i]!.some((n) => n.personLike && n.start < m[0].length)) continue;
    const head = m[2]!.toLowerCase();
    // ("lady", "man": nouns for anyone, which a modifier makes a role: "lollipop lady".)
    if (!(isRoleNoun(head) || isPersonNoun(head) || /^(?:man|woman|lady|girl|boy)$/.test(head))) continue;
    // The next paragraph of prose (not a byline or a date line, which end on no stop).
    const next = [i + 1, i + 2].find((k) => k < paragraphs.length && /[.!?”’"')]\s*$/.test(paragraphs[k]!.text));
    const text = next === undefined ? '' : paragraphs[next]!.text;
    const named = next === undefined ? undefined : namesIn[next]!.find((n) => n.personLike);
    // (Opening the paragraph, or after a fronted phrase: "At 11.42am on Tuesday, Angus MacRitchie made …".)
    if (!named || named.tokens.length < 2 || !(named.start <= 4 || /^(?:[^,.“”"‘]|\.(?=\d)){3,40},\s+$/.test(text.slice(0, named.start)))) return;
    const person = people.list.findIndex((p) => !isOrg(p) && !p.unnamed && named.tokens.every((t) => p.tokens.has(t.toLowerCase())));
    const speaker = person < 0 ? undefined : speakerOf.get(person);
    if (speaker === undefined) return;
    const modifier = m[1]?.trim().split(/\s+/).at(-1)?.toLowerCase();
    const roles = [head, ...(modifier && /^\p{Ll}[\p{Ll}-]*$/u.test(modifier) && !NOT_A_ROLE_MODIFIER.test(modifier) ? [`${modifier} ${head}`] : [])];
    for (const role of roles) if (!speakers[speaker]!.aliases.includes(role)) speakers[speaker]!.aliases.push(role);
    return;
  }
}

/** The opening sentence's subject, a role and the words before it, then its verb: "Scotland’s last resident lighthouse keeper climbs …". */
// (After a fronted clause too: "As the light goes automatic, Scotland’s last … keeper climbs".)
// (Or of where they work: "The director of one of the west of Ireland’s best-known regional museums has resigned".)
const LEAD_SUBJECT = /^(?:[^,“”"‘]{3,80},\s+)?(?:(?:The|A|An)\s+|\p{Lu}[\p{L}-]*[’'][sS]\s+)((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]+)(?:\s+(?:of|at)\s+[^,.;:“”"‘]{3,80}?)?\s+(?:will|would|has|have|had|is|was|were|are|can|could|may|might|must|(?!news|was|has|is|this|its|us)[\p{Ll}]+(?:s|ed))\b/u;

/** Words before a role that grade or date it rather than say what the role is: "best-known", "last", "former". */
const NOT_A_ROLE_MODIFIER = /^(?:best-known|well-known|longest-serving|last|first|former|late|new|old|young|oldest|youngest|only|retired|local|veteran|beloved|-.*|.*est)$/;

function surnameForOne(people: People, speakerOf: ReadonlyMap<number, number>, speakers: Speaker[]): void {
  const bySurname = new Map<string, number[]>();
  for (const [person] of speakerOf) {
    const p = people.list[person]!;
    if (isOrg(p) || p.unnamed || p.tokens.size < 2) continue;
    const surname = [...p.tokens].at(-1)!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
    // ("Beth Pellow-Adair", the daughter of the Jude Pellow the text calls "Pellow": each half of a
    // double-barrelled surname is an alias of hers too; see `toSpeaker`.)
    for (const part of surnameHalves(surname)) bySurname.set(part, [...(bySurname.get(part) ?? []), person]);
  }
  // (The one the text calls so most, half as often again as any other: a "Holloway said" may be
  // read as the mother's now and then, and "Mrs Penhallow" is the wife's five times to "Mr
  // Penhallow" eight. Measured on the fresh set, 1.5 against 3: 19 more lookups found, 2 fewer
  // reported statements, for a son called "Tom" whose mother is "Mrs Pennock" more often.)
  for (const [surname, persons] of bySurname) {
    if (persons.length < 2) continue;
    // (A double-barrelled surname's half is never called alone: "Pellow-Adair said" is no "Pellow said".)
    const times = (i: number) => ([...people.list[i]!.tokens].at(-1) === surname ? (people.list[i]!.bySurname ?? 0) : 0);
    const [most, next] = [...persons].sort((a, b) => times(b) - times(a));
    if (times(most!) < 2 || times(most!) < 1.5 * times(next!)) continue;
    for (const i of persons) {
      if (i === most) continue;
      const aliases = speakers[speakerOf.get(i)!]!.aliases;
      const at = aliases.indexOf(surname);
      if (at >= 0) aliases.splice(at, 1);
    }
  }
}

/** The halves of a double-barrelled surname a reader may ask for alone ("van der Berg-Okonkwo": "okonkwo"); none for a single surname. */
function surnameHalves(surname: string): string[] {
  return surname.includes('-') ? surname.split('-').filter((part) => part.length >= 3) : [];
}

function toSpeaker(person: Person): Speaker {
  const aliases = new Set<string>([person.name.toLowerCase(), ...person.tokens]);
  // "Anneliese van der Berg-Okonkwo": readers may ask for either half of a double-barrelled surname.
  const surname = !isOrg(person) && !person.unnamed ? [...person.tokens].at(-1) : undefined;
  if (surname) for (const part of surnameHalves(surname)) aliases.add(part);
  if (person.role) aliases.add(person.role.toLowerCase());
  for (const role of person.otherRoles ?? []) aliases.add(role.toLowerCase());
  // "Police and Crime Commissioner Gareth Pryce" is "the PCC" to readers: a title written in
  // capitals, by its initials.
  const titleWords = person.role && !person.unnamed && !isOrg(person) ? person.role.split(/\s+/) : [];
  const capitals = titleWords.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length >= 3 && titleWords.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|the|&)$/.test(w))) {
    aliases.add(initialsOf(capitals));
    // "Illinois Attorney General Rosa Kincaid" is "the AG" too: the office without where it is.
    if (!isRoleNoun(capitals[0]!.toLowerCase()) && isRoleNoun(capitals[1]!.toLowerCase())) aliases.add(initialsOf(capitals.slice(1)));
  }
  // "Dr Farah Qureshi": "the doctor" is a way to ask for her, whatever role the text gives.
  for (const title of person.titles ?? []) aliases.add(title.toLowerCase());
  // "Jenna Hollis, whose 7-year-old daughter is in second grade": a parent (not a mother or a
  // father by the pronouns around her: "he" there is as often the son).
  if (rolesOf(person).some((r) => WHOSE_CHILD.test(r))) aliases.add('parent');
  // "A person familiar with the talks" is what readers call a source.
  if (person.unnamed && ((person.role && ANONYMOUS.test(person.role)) || person.anonymous)) for (const alias of ['source', 'anonymous source', 'insider']) aliases.add(alias);
  // "the company", "the council": what the text calls a body is a way to ask for it; so is what
  // its name says it is ("the newspaper" for The Boston Sentinel).
  for (const kind of person.org ?? []) aliases.add(kind);
  // (A company already answers to every word for one, a little below its own: see speaker-match.)
  if ((person.org ?? []).length === 0 && (isOrg(person) || /^The\s+\p{Lu}/u.test(person.name))) for (const kind of kindsNamed(person.name)) aliases.add(kind);
  // "National Weather Service" is "the NWS" to readers, whether the text says so or not; so is
  // the body of "a spokeswoman for the federal Mine Safety and Health Administration" (MSHA).
  const spoken = person.unnamed ? SPOKEN_FOR_BODY.exec(person.name) : null;
  const body = spoken ? spoken[1] ?? spoken[2] : isOrg(person) ? person.name : undefined;
  if (body) {
    const nameWords = body.split(/\s+/);
    const capitals = nameWords.filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length >= 3) aliases.add(initialsOf(capitals));
    // "the Colorado Department of Transportation" is "CDOT": some initials keep the "of".
    // So does "for": "Department for Education" is "the DfE".
    const withOf = nameWords.filter((w) => /^\p{Lu}/u.test(w) || w === 'of' || w === 'for');
    if ((withOf.includes('of') || withOf.includes('for')) && withOf.length >= 3) aliases.add(initialsOf(withOf));
    // "New York State Department of Financial Services" is "DFS" too, "NHS Marches Integrated
    // Care Board" "the ICB": the body's own initials, without where it is.
    if (capitals.length >= 4) aliases.add(initialsOf(capitals.slice(-3)));
  }
  // "City Council member Joan Albright": "council member" is the one word "councilmember", which
  // readers say as "the councilwoman" or "the councilman" (see ROLE_SYNONYMS).
  for (const alias of [...aliases]) {
    const words = alias.split(/\s+/);
    for (let k = 0; k + 1 < words.length; k++) if (isRoleNoun(words[k]! + words[k + 1]!)) aliases.add(words[k]! + words[k + 1]!);
  }
  // An unnamed speaker's name is already their role ("A police spokesperson"): say it once.
  const role = person.role && !person.unnamed ? { role: person.role } : {};
  // "she", "Mrs", "the mother": what readers may ask for her by ("what did the mum say").
  const gender = isOrg(person) ? undefined : genderOf(person);
  return { name: person.name, ...role, aliases: [...aliases], ...(person.unnamed ? { unnamed: true } : {}), ...(gender === 'm' || gender === 'f' ? { gender } : {}) };
}

/**
 * One quotation cut by its attribution is one quote:
 * - `"We are not done," Holm said, "and we will be back."`: the rest starts in lowercase within
 *   the same sentence;
 * - `"We are not done," Holm said. "We will be back."`: the same speaker goes on in the same
 *   paragraph, with only the attribution sentence between.
 */
function joinInterrupted(
  paragraphs: readonly Paragraph[],
  quotes: Attributed[],
): Attributed[] {
  const out: Attributed[] = [];
  for (const q of quotes) {
    const prev = out.at(-1);
    const end = prev?.raw.parts.at(-1);
    const start = q.raw.parts[0]!;
    const between = end && end.closed && end.paragraph === start.paragraph ? paragraphs[start.paragraph - 1]!.text.slice(end.close + 1, start.open) : undefined;
    // (What cuts it is its attribution: "‘chaotic’, that pupils heard abuse ‘on a daily basis’" is
    // two fragments of a report, not one quotation.)
    const oneSentence = between !== undefined && between.length <= 120 && !/[.!?]/.test(withoutAbbreviationDots(between)) && HAS_VERB.test(between);
    const attribution = between !== undefined && between.length <= 240 && ATTRIBUTION_SENTENCE.test(withoutAbbreviationDots(between));
    // ("‘People will say Grimsford had an off day,’ the Halsworth manager said, ‘but we earned
    // that.’": one sentence cut by one attribution, whoever the words between seemed to name for
    // its second half.)
    const cut = prev !== undefined && prev.person !== undefined && oneSentence && /,\s*$/.test(paragraphs[end!.paragraph - 1]!.text.slice(end!.open + 1, end!.close)) && /^\p{Ll}/u.test(q.raw.text);
    const same = prev !== undefined && prev.person !== undefined && (prev.person === q.person || cut);
    if (same && ((oneSentence && /^(?:\p{Ll}|I\b)/u.test(q.raw.text)) || (attribution && !q.own))) {
      const joiner = /[.!?…]$/.test(prev.raw.text) ? ' ' : ', ';
      out[out.length - 1] = { person: prev.person, own: prev.own, raw: { parts: [...prev.raw.parts, ...q.raw.parts], text: prev.raw.text + joiner + q.raw.text } };
    } else out.push(q);
  }
  return out;
}
