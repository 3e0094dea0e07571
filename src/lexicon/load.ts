/**
 * Loads the related-words table that `npm run build` derives from WordNet (src/lexicon/build.ts)
 * into `dist/lexicon/`. Read once per process; about 3 MB of text, parsed per word on first use.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeWordStarts, encodeWordStarts, parseRelatedWords, parseWordVectorsHead, wordVectors, type RelatedWords, type WordVectorsHead } from '../engine/lexicon-table.js';

/** The project's root: the nearest folder above this module holding package.json (from src/ or dist/src/). */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const LEXICON_DIR = join(projectRoot(), 'dist', 'lexicon');
/** Derived once from word embeddings and committed: see build-vectors.ts for why. */
export const VECTORS_FILE = join(projectRoot(), 'src', 'lexicon', 'data', 'word-vectors.bin');

/**
 * The table, read on its first use: a one-shot `summary` never pays for it, and a long-running
 * bot reads it when the engine warms up. A missing table is an error at once, naming the fix.
 */
const loaded = new Map<string, RelatedWords>();

/** The tables of `dir` (and `vectorsFile`), loaded once per process however many engines are built. */
export function loadRelatedWords(dir = LEXICON_DIR, vectorsFile = VECTORS_FILE): RelatedWords {
  const key = `${dir}\0${vectorsFile}`;
  let words = loaded.get(key);
  if (!words) loaded.set(key, (words = openRelatedWords(dir, vectorsFile)));
  return words;
}

function openRelatedWords(dir: string, vectorsFile: string): RelatedWords {
  const file = (name: string) => join(dir, name);
  for (const name of ['related.txt', 'irregular.txt', 'persons.txt', 'initialisms.txt']) {
    if (!existsSync(file(name))) throw new Error(`The word table ${file(name)} is missing: run \`npm run build\` (it derives it from WordNet).`);
  }
  if (!existsSync(vectorsFile)) throw new Error(`The word vectors ${vectorsFile} are missing: restore them from git, or run \`npm run lexicon:vectors\`.`);
  let table: Omit<RelatedWords, 'vector'> | undefined;
  let vectors: ((word: string) => Int8Array | undefined) | undefined;
  const get = () => (table ??= parseRelatedWords(readFileSync(file('related.txt')), readFileSync(file('irregular.txt')), readFileSync(file('persons.txt')), readFileSync(file('initialisms.txt'))));
  return {
    related: (term) => get().related(term),
    lemma: (word) => get().lemma(word),
    vector: (word) => (vectors ??= openWordVectors(vectorsFile, file(WORD_STARTS_FILE)))(word),
    namesPerson: (term) => get().namesPerson(term),
    spelledOut: (initials) => get().spelledOut(initials),
  };
}

/** Beside the tables: where each word of the vectors' list starts (see `writeWordStarts`). */
export const WORD_STARTS_FILE = 'word-vectors.starts';

/**
 * Writes where each word of the vectors' list starts (see `encodeWordStarts`), so a process finds
 * a word's vector without scanning the list of 60,000 words first. The build runs this
 * (src/lexicon/build.ts).
 */
export function writeWordStarts(vectorsFile: string, out: string): void {
  const head = parseWordVectorsHead(readFileSync(vectorsFile));
  if (!head) throw new Error(`The word vectors ${vectorsFile} are cut short: restore them from git, or run \`npm run lexicon:vectors\`.`);
  writeFileSync(out, encodeWordStarts(head));
}

/** The starts in `file` when they are those of `head`'s list; undefined when missing or another list's. */
function readWordStarts(file: string, head: WordVectorsHead): Uint32Array | undefined {
  try {
    return decodeWordStarts(head, readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * The word vectors, read from their file one vector at a time: only the word list (about 0.5 MB)
 * is held, not the 6 MB of vectors. A vector is 100 bytes read from the page cache, and the
 * engine asks for a word's vector once per article word and once per new question word.
 */
function openWordVectors(file: string, startsFile: string): (word: string) => Int8Array | undefined {
  const fd = openSync(file, 'r');
  // The head (the word list) is read in growing chunks until it is whole.
  let head: WordVectorsHead | undefined;
  for (let size = 1 << 19; !head; size *= 2) {
    const bytes = Buffer.allocUnsafe(size);
    const read = readSync(fd, bytes, 0, size, 0);
    head = parseWordVectorsHead(bytes.subarray(0, read));
    if (!head && read < size) {
      closeSync(fd);
      throw new Error(`The word vectors ${file} are cut short: restore them from git, or run \`npm run lexicon:vectors\`.`);
    }
  }
  const { dims, dataOffset } = head;
  return wordVectors(
    head,
    (i) => {
      const vector = new Int8Array(dims);
      readSync(fd, vector, 0, dims, dataOffset + i * dims);
      return vector;
    },
    readWordStarts(startsFile, head),
  );
}
