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
}

/** The table with nothing in it: exact words only. */
export const NO_RELATED_WORDS: RelatedWords = { related: () => undefined, lemma: () => undefined, vector: () => undefined };

/** Reads the word-vector table (see src/lexicon/build-vectors.ts for its format). */
export function parseWordVectors(data: Uint8Array): (word: string) => Int8Array | undefined {
  let offset = 0;
  const line = () => {
    const end = data.indexOf(10, offset);
    const text = new TextDecoder().decode(data.subarray(offset, end));
    offset = end + 1;
    return text;
  };
  if (line() !== 'WV1') throw new Error('word vectors: not a WV1 table');
  const [count, dims] = line().split(' ').map(Number) as [number, number];
  const words = line().split(' ');
  const vectors = new Int8Array(data.buffer, data.byteOffset + offset, count * dims);
  // The words are sorted: a binary search costs nothing to set up, where a map of 60,000 would.
  return (word) => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid]!;
      if (w === word) return vectors.subarray(mid * dims, (mid + 1) * dims);
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/**
 * Builds the table from its text form (`stem<TAB>stem:w stem:w …`, weights in tenths), parsing a
 * line only when its word is first looked up: start-up reads the text once and splits it by line.
 */
export function parseRelatedWords(related: string, irregular: string): Omit<RelatedWords, 'vector'> {
  // The table is sorted by its first word: remember where each line starts, and find a word by
  // binary search, rather than splitting 3 MB into tens of thousands of strings at start-up.
  const starts: number[] = [];
  for (let at = 0; at < related.length; ) {
    starts.push(at);
    const end = related.indexOf('\n', at);
    at = end < 0 ? related.length : end + 1;
  }
  const keyAt = (i: number) => related.slice(starts[i], related.indexOf('\t', starts[i]));
  const lineOf = (term: string): string | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const key = keyAt(mid);
      if (key === term) {
        const end = related.indexOf('\n', starts[mid]);
        return related.slice(starts[mid]! + key.length + 1, end < 0 ? related.length : end);
      }
      if (key < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const parsed = new Map<string, ReadonlyMap<string, number>>();
  const lemmas = new Map<string, string>();
  for (const line of irregular.split('\n')) {
    const [form, lemma] = line.split('\t');
    if (form && lemma) lemmas.set(form, lemma);
  }
  return {
    related(term) {
      let m = parsed.get(term);
      if (m) return m;
      const raw = lineOf(term);
      if (raw === undefined) return undefined;
      m = new Map(raw.split(' ').map((pair) => {
        const colon = pair.lastIndexOf(':');
        return [pair.slice(0, colon), Number(pair.slice(colon + 1)) / 10] as const;
      }));
      parsed.set(term, m);
      return m;
    },
    lemma: (word) => lemmas.get(word),
  };
}
