/**
 * "Who is the governor?", "who's Lumora's CEO?": the person the article gives that role. The
 * answer is what the article says of its speakers (each with the role it gives them), shown as
 * the sentence that names the person with the role. The search alone finds it only when the
 * sentence happens to repeat the question's words; a role and a name are the whole answer here.
 */
import type { Article, Sentence, Speaker } from './article.js';
import { ABBREVIATED_TITLES, HEAD_ROLE, INITIALS_TITLES, NOT_THE_HEAD, OFFICE_WORD, roleSynonyms } from './lexicon.js';
import { isPersonNoun, isRoleNoun, roleOfVerb } from './names.js';
import { kindsOfHead, orgAccepts } from './organisations.js';
import { escapeRegExp } from './regexp.js';
import type { SpeakerMatch } from './speaker-match.js';
import { STOP_WORDS } from './terms.js';

const WHO_HOLDS = /^who(?:[’']s|\s+is|\s+was)\s+(.+?)[\s?.!]*$/i;
/** "Who founded Brightpantry?", "who runs the diner?": the role the verb gives, then its object. */
const WHO_DOES = /^who\s+([a-z]+)\s+(.+?)[\s?.!]*$/i;

/** "Who runs Brightwater?", "who's in charge of the central bank?", "who leads the inquiry?": its head. */
const WHO_LEADS = /^who(?:[’']s|\s+is|\s+was)?\s+(?:runs|ran|leads|led|heads|headed|in charge of|running|leading|heading|the (?:boss|head|leader) of)\s+(.+?)[\s?.!]*$/i;
/**
 * The named person whose role heads `body` ("Brightwater", "the exams watchdog"): the one whose
 * role or aliases share a word with it, else the only one heading anything in the article.
 * Answered with the sentence that names them with their role; undefined when two fit as well.
 */
function leaderOf(article: Article, body: string): Sentence[] | undefined {
  const asked = wordsOf(body).filter((w) => !['the', 'a', 'an', 'of'].includes(w));
  // Each head with the role that makes them one, found once.
  const headRole = new Map<Speaker, string>();
  for (const s of article.speakers) {
    const role = named(s) ? headRoleOf(s) : undefined;
    if (role !== undefined) headRole.set(s, role);
  }
  const heads = [...headRole.keys()];
  // "Its general secretary, Maureen Achebe," heads the body the sentence before names ("the union").
  const owners = new Map(heads.map((s) => [s, ownerText(article, s, headRole.get(s)!)]));
  // "EMTA General Manager Denise Albright" heads the Eastport Metropolitan Transit Authority: a
  // body's initials in a role stand for its name's words ("the transit agency").
  const bodies = article.speakers.filter((s) => !named(s) && !s.role);
  const spelled = (a: string) => wordsOf(a).flatMap((w) => bodies.find((b) => b.aliases.includes(w) && w.length >= 2 && !wordsOf(b.name).includes(w))?.name ?? []).flatMap(wordsOf);
  // Each head's words, read once: its aliases', the bodies its initials spell out, and its owner's.
  const headWords = new Map(heads.map((s) => [s, new Set([...s.aliases.flatMap((a) => [...wordsOf(a), ...spelled(a)]), ...wordsOf(owners.get(s) ?? '')])]));
  const holds = (s: Speaker, w: string) => headWords.get(s)!.has(w);
  // "Eastmoor council" is not Save Eastmoor Libraries: when the question gives a body's kind and
  // the roles name bodies, one must be of a kind the question's word stands for.
  const kinds = asked.filter((w) => kindsOfHead(w).length > 0);
  // (Not a company's word that only qualifies a later body word: "Transit Workers Union Local 412"
  // is a union, not a transit company.)
  const bodyWords = (s: Speaker) =>
    s.aliases.flatMap((a) => {
      const found = wordsOf(a).filter((x) => kindsOfHead(x).length > 0);
      return found.filter((x, i) => i === found.length - 1 || kindsOfHead(x).join() !== 'company');
    });
  const ofKind = (s: Speaker) => kinds.length === 0 || bodyWords(s).length === 0 || bodyWords(s).some((x) => kinds.some((k) => k === x || orgAccepts(k, kindsOfHead(x))));
  const fit = (s: Speaker) => (ofKind(s) ? asked.filter((w) => holds(s, w)).length : 0);
  const best = Math.max(0, ...heads.map(fit));
  // A body no head's role names: the story's own ("who runs Brightwater" under a Brightwater
  // headline), else nobody here is known to run it.
  const headline = wordsOf(article.meta.title);
  if (best === 0 && !asked.some((w) => headline.includes(w))) return undefined;
  // With no word in common, only a bare role ("Chief Executive"), not one of some other body ("the group’s chair").
  // ("Its chairman, Dr Alan Firth," heads whatever "its" is: another body's role too.)
  // (Nor one that names its body: "Halden Chief Executive Ingrid Solvang" does not run the coast
  // guard; nor the head of a place: a mayor does not run the town's paper.)
  const bare = (role: string) => !/[’']s\b|\b(?:of|at|for)\b/i.test(role) && !namesABody(role) && !PLACE_HEAD.test(role);
  const chosen = heads.filter((s) => fit(s) === best && (best > 0 || (bare(headRole.get(s)!) && owners.get(s) === undefined)));
  if (chosen.length !== 1) return undefined;
  return sentenceNaming(article, chosen[0]!);
}

/** Heads of a place, not of a body in it. */
const PLACE_HEAD = /\b(?:mayor|governor)\b/i;

/** A role that gives its body's name in capitals: "Halden Chief Executive", "State Democratic Party Chair". */
const namesABody = (role: string): boolean => role.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !isRoleNoun(w.toLowerCase()) && !isPersonNoun(w.toLowerCase()));

/**
 * Sentences before "Its chief executive, …" read for the body "its" is. Measured: reading three
 * (a quote from the body may stand between) found 1 more head on the fresh set and 3 wrong ones.
 */
const OWNER_REACH = 1;

/**
 * When the text gives `speaker` their role `headRole` as "its …" or "their …" (a body's named before), the
 * sentences before that ('' when there are none); undefined when it gives the role otherwise.
 */
function ownerText(article: Article, speaker: Speaker, headRole: string): string | undefined {
  const role = escapeRegExp(headRole.toLowerCase());
  const giving = article.sentences.find((s) => s.text.includes(speaker.name) && new RegExp(`\\b(?:its|their)\\s+${role}\\b`, 'i').test(s.text));
  return giving ? article.sentences.slice(Math.max(0, giving.id - OWNER_REACH), giving.id).map((s) => s.text).join(' ') : undefined;
}

/** "What does Oyelaran do (for a living)?", "what is Oyelaran's job?", "what does Reile do for work?": someone's occupation. */
const OCCUPATION = /^what\s+(?:does|did)\s+(.+?)\s+do(?:\s+for\s+(?:a\s+living|work|a\s+job))?[\s?.!]*$|^what(?:[’']s|\s+is|\s+was)\s+(.+?)[’']s?\s+(?:job|occupation|profession|line of work)[\s?.!]*$|^what\s+(?:job|work)\s+does\s+(.+?)\s+do[\s?.!]*$/i;

/**
 * The sentences that give someone named in `who` their roles ("Democratic challenger Marcus
 * Oyelaran", "Oyelaran, a 44-year-old high school chemistry teacher, …"), at most two, in reading
 * order; undefined when `who` is not one named person or the text gives them no role.
 */
function sentencesGivingRoles(article: Article, findSpeakers: (query: string) => SpeakerMatch[], who: string): Sentence[] | undefined {
  const asked = wordsOf(who);
  const [first, second] = findSpeakers(who).filter(({ speaker }) => {
    const s = article.speakers[speaker]!;
    return named(s) && asked.every((w) => wordsOf(s.name).includes(w));
  });
  if (!first || (second && second.score >= first.score - 1e-9)) return undefined;
  const speaker = article.speakers[first.speaker]!;
  const nameWords = wordsOf(speaker.name);
  const roles = [speaker.role!, ...speaker.aliases].map((r) => r.toLowerCase()).filter((r) => r.includes(' ') && !wordsOf(r).every((w) => nameWords.includes(w)) && wordsOf(r).some(isPersonNoun));
  const giving = article.sentences.filter((s) => {
    const text = s.text.toLowerCase().replace(/[’']/g, "'");
    return wordsOf(s.text).some((w) => nameWords.includes(w)) && roles.some((r) => text.includes(r.replace(/[’']/g, "'")));
  });
  return giving.length ? giving.slice(0, 2) : undefined;
}

/**
 * The role that makes someone a body's head: the one the article gives them first, or another it
 * gives them ("Professor Helen Marchbank, the trust’s chief executive"); undefined for no head.
 */
const headRoleOf = (s: Speaker): string | undefined => [s.role, ...otherRoles(s)].find((r) => r !== undefined && HEAD_ROLE.test(r) && !NOT_THE_HEAD.test(r));

/**
 * The roles the article gives someone besides their first, as their aliases keep them: the ones
 * of more than one word that are not their name ("trust’s chief executive", "lead researcher of
 * the study"; not "manager" alone, nor a joined-up form such as "trustvice-chair").
 */
const otherRoles = (s: Speaker): string[] => s.aliases.filter((a) => a.includes(' ') && a !== s.name.toLowerCase());

/** Words for whoever heads a body, whatever the office: too loose to stand for one another here. */
const GENERIC_HEADS = new Set(['boss', 'head', 'leader', 'chief']);

/** Words that make a role another one: an assistant attorney general is not the attorney general. */
const QUALIFIERS = new Set(['assistant', 'deputy', 'vice', 'former', 'acting', 'interim', 'associate', 'junior', 'ex', 'retired', 'co']);

const wordsOf = (text: string) => text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}]+/u).filter(Boolean);

/** A person the article names ("Ellen Marchetti"), not "A spokesperson for …" or an organisation. */
const named = (speaker: Speaker) => Boolean(speaker.role) && !/^(?:a|an|the)\s/i.test(speaker.name) && speaker.name.trim().includes(' ');

/**
 * Whether a role of `speaker`'s is the one asked: the first the article gives them, or another
 * ("Ellen Marchetti, an infectious disease specialist … who led the study" is the lead researcher).
 */
function holds(speaker: Speaker, roles: readonly string[], asked: readonly string[]): boolean {
  if (isRole(speaker.role ?? '', roles, asked)) return true;
  // Another role must give all the question does: "chair of the save-the-school campaign" does
  // not answer "who chairs the governors", which the first role alone might.
  return otherRoles(speaker).some((role) => isRole(role, asked.filter((w) => !STOP_WORDS.has(w)), asked));
}

/** Whether `given` is the role asked: every role word in it, and no qualifier the question lacks. */
function isRole(given: string, roles: readonly string[], asked: readonly string[]): boolean {
  const role = ` ${wordsOf(given).join(' ')} `;
  // ("Who is Kessling's lawyer?" of "Defense attorney Celeste Varga": the same role in other words;
  // not "the union boss" for any head of anything, which `leaderOf` reads.)
  const has = (text: string, r: string) => (GENERIC_HEADS.has(r) ? [r] : roleSynonyms(r)).some((w) => text.includes(` ${w} `)) || (INITIALS_TITLES[r] !== undefined && text.includes(` ${INITIALS_TITLES[r]} `));
  if (!roles.every((r) => has(role, r))) return false;
  // The role asked for is the role's own, before what it is of or for: "a spokeswoman for the
  // sheriff's office" is the sheriff's spokeswoman, not the sheriff.
  if (!has(`${role.split(/ (?:for|of|at|with|to) /)[0]} `, roles.at(-1)!)) return false;
  // "the prime minister" is not "Labor Minister Teresa Okonjo": a word that names the office itself.
  // (Right before the role noun: "who chairs the home affairs committee" asks for no home office.)
  if (!asked.filter((w, i) => OFFICE_WORD.test(w) && roles.includes(asked[i + 1]!)).every((w) => has(role, w))) return false;
  // (A "pro-" office is the deputy's: a pro-vice-chancellor is not the vice-chancellor.)
  if (/\bpro-/i.test(given) && !asked.includes('pro')) return false;
  return !wordsOf(given).some((w) => QUALIFIERS.has(w) && !asked.includes(w));
}

/**
 * The sentence answering "who is the <role>", or undefined when the question is not one, no
 * named person holds that role, or two do equally well (then the search decides, unsure).
 */
export function roleHolder(article: Article, findSpeakers: (query: string) => SpeakerMatch[], question: string): Sentence[] | undefined {
  const occupation = OCCUPATION.exec(question.trim());
  if (occupation) return sentencesGivingRoles(article, findSpeakers, occupation[1] ?? occupation[2] ?? occupation[3]!);
  const leads = WHO_LEADS.exec(question.trim());
  if (leads) return leaderOf(article, leads[1]!);
  const does = WHO_DOES.exec(question.trim());
  const held = does ? roleOfVerb(does[1]!) : undefined;
  const phrase = WHO_HOLDS.exec(question.trim())?.[1] ?? (held ? `${held} ${does![2]}` : undefined);
  if (!phrase) return undefined;
  const asked = wordsOf(phrase);
  const roles = asked.filter((w) => isRoleNoun(w) || INITIALS_TITLES[w] !== undefined);
  if (roles.length === 0) return undefined;
  const holders = findSpeakers(phrase).filter(({ speaker }) => named(article.speakers[speaker]!) && holds(article.speakers[speaker]!, roles, asked));
  const [first, second] = holders;
  if (!first || (second && second.score >= first.score - 1e-9)) return undefined;
  const holder = article.speakers[first.speaker]!;
  const naming = sentenceNaming(article, holder);
  if (held !== undefined && !givesObject(holder, does![2]!, naming)) return undefined;
  return ownedElsewhere(article, holder, phrase, naming) ? undefined : naming;
}

/**
 * "Who owns the airport?" is not answered by "Sunita Bhatt, owner of Wayfarer Travel": a role the
 * article gives with what it is of must share a word of what the verb is done to with what the
 * article gives of the holder (role, names, the sentence naming them). A bare role ("owner Gus
 * Pellegrino") leaves that to the sentence before, and is kept.
 */
function givesObject(holder: Speaker, object: string, naming: readonly Sentence[] | undefined): boolean {
  if (!/\s(?:of|at|for)\s/i.test(holder.role ?? '')) return true;
  const given = wordsGivenOf(holder, naming);
  const asked = wordsOf(object).filter((w) => !STOP_WORDS.has(w));
  return asked.length === 0 || asked.some((w) => given.has(w));
}

/** The words the article gives of `holder`: their role, names and aliases, the sentence naming them (and `also`). */
function wordsGivenOf(holder: Speaker, naming: readonly Sentence[] | undefined, also = ''): Set<string> {
  return new Set([holder.role ?? '', ...holder.aliases, also, ...(naming ?? []).map((s) => s.text)].flatMap(wordsOf));
}

/** A role that says whose it is: "the association’s chief executive". */
const WHOSE_ROLE = /\b(\p{L}+)[’']s\s/u;

/** The body a "who is" question names as the role's owner: "Lumenfold's CEO", "the CEO of Halvorsen". */
const OWNER = /([\p{L}-]+)[’']s\s|\bof\s+(?:the\s+)?([\p{L}-]+)/u;

/**
 * "Who is Lumenfold's CEO?" is not answered by "Corvalis Chief Executive Officer Gregory
 * Ashworth": the question names the owner by a name (a word the article only ever capitalises)
 * that neither the holder's role, names and owner nor the sentence naming them gives. A bare role
 * ("Chief Executive Priya Natarajan") may still be the headline's body's.
 */
function ownedElsewhere(article: Article, holder: Speaker, phrase: string, naming: readonly Sentence[] | undefined): boolean {
  const m = OWNER.exec(phrase);
  const owner = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!owner || owner.length < 3 || STOP_WORDS.has(owner)) return false;
  // ("Who is Kessling's lawyer?": an owner who is a person, not a body; a role seldom says whose.)
  if (article.speakers.some((s) => s !== holder && s.gender !== undefined && !s.unnamed && wordsOf(s.name).at(-1) === owner)) return false;
  if (wordsGivenOf(holder, naming, ownerText(article, holder, holder.role!)).has(owner)) return false;
  const body = article.paragraphs.map((p) => p.text).join('\n');
  const onlyCapitalised = new RegExp(`\\b${owner[0]!.toUpperCase()}${owner.slice(1)}\\b`, 'u').test(body) && !new RegExp(`\\b${owner}\\b`, 'u').test(body);
  // (Or one that says whose it is by a noun the owner, as the article calls it, is not:
  // "Graham Pellew, the association’s chief executive" is not Aerolynx's, which the article calls
  // "the airline". An owner the article calls nothing may be "the club".)
  const whose = WHOSE_ROLE.exec(holder.role ?? '')?.[1]?.toLowerCase();
  const ownerNouns = article.speakers.filter((s) => !s.gender && wordsOf(s.name).includes(owner)).flatMap((s) => s.aliases.filter((a) => !a.includes(' ') && a !== owner));
  const notTheOwner = whose !== undefined && ownerNouns.length > 0 && !ownerNouns.some((n) => n === whose || orgAccepts(whose, kindsOfHead(n)) || orgAccepts(n, [whose]));
  const anotherBodys = namesABody(holder.role ?? '') || notTheOwner;
  return onlyCapitalised && (anotherBodys || !wordsOf(article.meta.title).includes(owner));
}

/** The sentence that names `speaker` with a role noun of their role, as the answer; undefined when none does. */
function sentenceNaming(article: Article, speaker: Speaker): Sentence[] | undefined {
  // The last word as `wordsOf` reads it: "Okonjo-Pratt" is found as "pratt".
  const surname = wordsOf(speaker.name).at(-1)!;
  const roleWords = wordsOf(speaker.role ?? '');
  const says = article.sentences.find((s) => {
    // "Gov. Ellen Marchetti" names the governor.
    const words = wordsOf(s.text).map((w) => ABBREVIATED_TITLES[w] ?? w);
    return words.includes(surname) && roleWords.some((w) => isRoleNoun(w) && words.includes(w));
  });
  // "Defending, Priya Castellane said …" made her the defence lawyer without the word: the
  // sentence that first names her in full is where the text says who she is.
  const full = wordsOf(speaker.name).join(' ');
  const named = says ?? article.sentences.find((s) => ` ${wordsOf(s.text).join(' ')} `.includes(` ${full} `));
  return named ? [named] : undefined;
}

/** The words before a word for someone in AGE_OF_ROLE. */
const WHOSE = new Set(['the', 'his', 'her', 'their', 'its']);
/** "how old is the CEO", "what age is his sister": an age asked of someone by a word for them. */
const AGE_OF_ROLE = /^(?:how old (?:is|was)|what age (?:is|was))\s+((?:the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+))[\s?.!]*$/iu;

/**
 * "how old is the CEO" asked as "how old is Okafor", when one named speaker holds the role: the
 * article gives an age under a surname ("Okafor, 58, said …"), seldom beside the role. Undefined
 * when the question is not such, or the role fits no one, or two as well.
 */
export function ageAskedOfHolder(article: Article, findSpeakers: (query: string) => SpeakerMatch[], question: string): string | undefined {
  const m = AGE_OF_ROLE.exec(question.trim());
  if (!m || !isPersonNoun(m[2]!.toLowerCase())) return undefined;
  const [best, next] = findSpeakers(m[1]!.toLowerCase());
  if (!best || (next && next.score >= best.score)) return undefined;
  const holder = article.speakers[best.speaker]!;
  if (holder.unnamed || !holder.name.includes(' ')) return undefined;
  // Every word asked must be theirs: "the oldest victim" is not whichever victim speaks.
  const theirs = new Set(holder.aliases.flatMap(wordsOf));
  if (!wordsOf(m[1]!).every((w) => WHOSE.has(w) || theirs.has(w))) return undefined;
  // By the surname, unless someone else has it too (a family): then by the whole name.
  const surname = holder.name.split(/\s+/).at(-1)!;
  const shared = article.speakers.some((s) => s !== holder && !s.unnamed && wordsOf(s.name).includes(surname.toLowerCase()));
  return question.trim().replace(m[1]!, shared ? holder.name : surname);
}
