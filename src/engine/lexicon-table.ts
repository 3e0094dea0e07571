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

/**
 * Records sorted by key in one string ("key<TAB>rest" lines, or bare words), found by binary
 * search over their start offsets: the table stays one string instead of tens of thousands of
 * small ones, which would cost start-up time and memory.
 */
class SortedRecords {
  private readonly starts: Uint32Array;

  constructor(
    private readonly text: string,
    private readonly separator = '\n',
  ) {
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf(separator, at);
      if (end !== at) starts.push(at);
      at = end < 0 ? text.length : end + 1;
    }
    this.starts = Uint32Array.from(starts);
  }

  private end(i: number): number {
    const end = this.text.indexOf(this.separator, this.starts[i]);
    return end < 0 ? this.text.length : end;
  }

  /** Compares record `i`'s key with `key` in place (no substring): <0, 0 or >0, as `<` orders strings. */
  private compare(i: number, key: string): number {
    const text = this.text;
    let at = this.starts[i]!;
    for (let k = 0; ; k++, at++) {
      const c = at < text.length ? text.charCodeAt(at) : -1;
      const ended = c === -1 || c === 9 || c === this.separator.charCodeAt(0);
      if (k === key.length) return ended ? 0 : 1;
      if (ended) return -1;
      const d = c - key.charCodeAt(k);
      if (d !== 0) return d;
    }
  }

  /** The index of the record whose key is `key`, or -1. */
  indexOf(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.compare(mid, key);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** What follows the key's tab in its record, or undefined when there is no such key. */
  valueOf(key: string): string | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.text.slice(this.starts[i]! + key.length + 1, this.end(i));
  }
}

/** The head of a word-vector table: its words, and where the vectors start. */
export interface WordVectorsHead {
  count: number;
  dims: number;
  words: string;
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
    const end = data.indexOf(10, offset);
    if (end < 0) return undefined;
    const text = new TextDecoder().decode(data.subarray(offset, end));
    offset = end + 1;
    return text;
  };
  const magic = line();
  if (magic === undefined) return undefined;
  if (magic !== 'WV1') throw new Error('word vectors: not a WV1 table');
  const sizes = line();
  const words = line();
  if (sizes === undefined || words === undefined) return undefined;
  const [count, dims] = sizes.split(' ').map(Number) as [number, number];
  return { count, dims, words, dataOffset: offset };
}

/**
 * A word's vector by its index, from wherever the vectors are: in memory, or read from the file
 * one vector at a time (the loader's choice; the table's 6 MB need not sit in every bot's memory).
 */
export function wordVectors(head: WordVectorsHead, vectorAt: (index: number) => Int8Array): (word: string) => Int8Array | undefined {
  const words = new SortedRecords(head.words, ' ');
  return (word) => {
    const i = words.indexOf(word);
    return i < 0 ? undefined : vectorAt(i);
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
 * parsing a line only when its word is first looked up.
 */
export function parseRelatedWords(related: string, irregular: string, persons = '', initialisms = ''): Omit<RelatedWords, 'vector'> {
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
    namesPerson: (term) => personStems.indexOf(term) >= 0,
    spelledOut: (initials) => spelled.valueOf(initials)?.split('|') ?? [],
  };
}
