/**
 * The weight of a news paraphrase (src/lexicon/data/news-paraphrases.txt: "hurt" and "injure",
 * "quit" and "resign"): words readers and reporters use for the same thing, which a sentence
 * holds nearly as surely as the reader's own word; above WordNet's synonyms (0.8 and less, which count
 * for less than the word itself), below its derivations (0.9), so that no chain of relatives runs
 * through it as through a derivation.
 */
export const PARAPHRASE_WEIGHT = 0.85;

/**
 * Related words, as the engine uses them: a read-only table from one index term (a stem) to the
 * terms that can stand for it, with a weight in (0, 1]. The engine only reads it; where the table
 * comes from (WordNet, derived at build time) is the loader's business, so the engine stays pure.
 */
export interface RelatedWords {
  /** Terms related to `term`, with weights; undefined when the table knows none. */
  related(term: string): ReadonlyMap<string, number> | undefined;
  /** The lemma of an irregular form ("paid" → "pay", "fought" → "fight"); undefined for regular words. */
  lemma(word: string): string | undefined;
  /**
   * A lowercase word's vector (unit length, scaled to ±127), from word embeddings trained on news
   * text: words used alike lie close ("killed" and "death", "money" and "cash"). Undefined when unknown.
   */
  vector(word: string): Int8Array | undefined;
  /** Does the term (a stem) name a kind of person ("soldier", "resident")? From WordNet's first senses. */
  namesPerson(term: string): boolean;
  /** What lowercase initials stand for, every sense ("icu" → ["intensive care unit"]); empty when unknown. */
  spelledOut(initials: string): readonly string[];
}

/** The table with nothing in it: exact words only. */
export const NO_RELATED_WORDS: RelatedWords = { related: () => undefined, lemma: () => undefined, vector: () => undefined, namesPerson: () => false, spelledOut: () => [] };

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const utf8 = new TextEncoder();
const text = new TextDecoder();

/**
 * Records sorted by key in one byte array ("key<TAB>rest" lines, or bare words parted by
 * spaces), found by binary search over the bytes themselves: a probe lands anywhere, steps back
 * to its record's start, and compares the key in place. The table is never decoded into one
 * string, nor split into tens of thousands of small ones, nor scanned for where records start:
 * each costs start-up time (tens of milliseconds for a 3 MB table) and memory.
 * (Keys sort by code unit, as the build writes them; for the tables' ASCII keys, byte order.)
 */
export class SortedRecords {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly separator = NEWLINE,
  ) {}

  /** Where `key`'s record starts (a byte offset), or -1 when there is none. */
  find(key: string): number {
    const k = utf8.encode(key);
    const bytes = this.bytes;
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // (lo is always a record's start, so the record holding mid starts at lo or later.)
      const start = mid === 0 ? 0 : bytes.lastIndexOf(this.separator, mid - 1) + 1;
      const d = this.compare(start, k);
      if (d === 0) return start;
      if (d < 0) lo = this.end(start) + 1;
      else hi = start;
    }
    return -1;
  }

  /** What follows the key's tab in its record, or undefined when there is no such key. */
  valueOf(key: string): string | undefined {
    const start = this.find(key);
    // (The key's own bytes end at the record's first tab: no second encoding of the key.)
    return start < 0 ? undefined : text.decode(this.bytes.subarray(this.bytes.indexOf(TAB, start) + 1, this.end(start)));
  }

  private end(start: number): number {
    const end = this.bytes.indexOf(this.separator, start);
    return end < 0 ? this.bytes.length : end;
  }

  /** Compares the key of the record at `start` with `key`: <0, 0 or >0. */
  private compare(start: number, key: Uint8Array): number {
    const bytes = this.bytes;
    for (let k = 0, at = start; ; k++, at++) {
      const c = at < bytes.length ? bytes[at]! : -1;
      const ended = c === -1 || c === TAB || c === this.separator;
      if (k === key.length) return ended ? 0 : 1;
      if (ended) return -1;
      const d = c - key[k]!;
      if (d !== 0) return d;
    }
  }
}

/** The head of a word-vector table: its words, and where the vectors start. */
export interface WordVectorsHead {
  count: number;
  dims: number;
  /** The words, sorted, parted by spaces (UTF-8 bytes, never decoded whole). */
  words: Uint8Array;
  /** Byte offset of the first vector. */
  dataOffset: number;
}

/**
 * Reads the head of a word-vector table (see src/lexicon/build-vectors.ts for its format) from
 * its first bytes; undefined when `data` ends before the words do.
 */
export function parseWordVectorsHead(data: Uint8Array): WordVectorsHead | undefined {
  let offset = 0;
  const line = () => {
    const end = data.indexOf(NEWLINE, offset);
    if (end < 0) return undefined;
    const bytes = data.subarray(offset, end);
    offset = end + 1;
    return bytes;
  };
  const magic = line();
  if (magic === undefined) return undefined;
  if (text.decode(magic) !== 'WV1') throw new Error('word vectors: not a WV1 table');
  const sizes = line();
  const words = line();
  if (sizes === undefined || words === undefined) return undefined;
  const [count, dims] = text.decode(sizes).split(' ').map(Number) as [number, number];
  return { count, dims, words, dataOffset: offset };
}

/**
 * Where each word of a head's list starts (byte offsets, ascending): a vector is found by its
 * word's place in the list. The build writes them beside the tables (a cold scan of 60,000 words
 * costs ~10 ms at start-up); a loader without them works them out here.
 */
export function wordStarts(head: Pick<WordVectorsHead, 'words' | 'count'>): Uint32Array {
  const starts = new Uint32Array(head.count);
  for (let i = 0, at = 0; i < head.count && at <= head.words.length; i++) {
    starts[i] = at;
    const space = head.words.indexOf(SPACE, at);
    at = space < 0 ? head.words.length + 1 : space + 1;
  }
  return starts;
}

/** The starts as the build keeps them: the list's word count and length in bytes, then the starts (32-bit, little-endian). */
export function encodeWordStarts(head: WordVectorsHead): Uint8Array {
  return new Uint8Array(Uint32Array.from([head.count, head.words.length, ...wordStarts(head)]).buffer);
}

/** The starts `bytes` keeps when they are those of `head`'s list; undefined when they are another list's. */
export function decodeWordStarts(head: WordVectorsHead, bytes: Uint8Array): Uint32Array | undefined {
  if (bytes.length !== 4 * (head.count + 2)) return undefined;
  const values = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  if (values[0] !== head.count || values[1] !== head.words.length) return undefined;
  const starts = values.subarray(2);
  // (A list of the same size and length but other words: each start must follow a space.)
  for (let i = 1; i < starts.length; i += 997) if (head.words[starts[i]! - 1] !== SPACE) return undefined;
  return starts;
}

/**
 * A word's vector by its index, from wherever the vectors are: in memory, or read from the file
 * one vector at a time (the loader's choice; the table's 6 MB need not sit in every bot's memory).
 */
export function wordVectors(head: WordVectorsHead, vectorAt: (index: number) => Int8Array, starts = wordStarts(head)): (word: string) => Int8Array | undefined {
  const words = new SortedRecords(head.words, SPACE);
  return (word) => {
    const at = words.find(word);
    if (at < 0) return undefined;
    // The word's place in the list: its start among all the starts.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] === at) return vectorAt(mid);
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/** Reads a whole word-vector table held in memory. */
export function parseWordVectors(data: Uint8Array): (word: string) => Int8Array | undefined {
  const head = parseWordVectorsHead(data);
  if (!head) throw new Error('word vectors: the table ends before its words do');
  const vectors = new Int8Array(data.buffer, data.byteOffset + head.dataOffset, head.count * head.dims);
  return wordVectors(head, (i) => vectors.subarray(i * head.dims, (i + 1) * head.dims));
}

/** Related words parsed from their lines, remembered at most: small maps that a full GC must walk. */
const MAX_PARSED = 1000;

/**
 * Builds the table from its text form (`stem<TAB>stem:w stem:w …`, weights in tenths,
 * `form<TAB>lemma`, person nouns' stems one a line, and `initials<TAB>words|words`, all sorted),
 * as the files' bytes, parsing a line only when its word is first looked up.
 */
export function parseRelatedWords(related: Uint8Array, irregular: Uint8Array, persons = new Uint8Array(), initialisms = new Uint8Array()): Omit<RelatedWords, 'vector'> {
  const lines = new SortedRecords(related);
  const lemmas = new SortedRecords(irregular);
  const personStems = new SortedRecords(persons);
  const spelled = new SortedRecords(initialisms);
  const parsed = new Map<string, ReadonlyMap<string, number>>();
  return {
    related(term) {
      let m = parsed.get(term);
      if (m) return m;
      const raw = lines.valueOf(term);
      if (raw === undefined) return undefined;
      m = new Map(
        raw.split(' ').map((pair) => {
          const colon = pair.lastIndexOf(':');
          return [pair.slice(0, colon), Number(pair.slice(colon + 1)) / 10] as const;
        }),
      );
      if (parsed.size >= MAX_PARSED) parsed.clear();
      parsed.set(term, m);
      return m;
    },
    lemma: (word) => lemmas.valueOf(word),
    namesPerson: (term) => personStems.find(term) >= 0,
    spelledOut: (initials) => spelled.valueOf(initials)?.split('|') ?? [],
  };
}
