import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEXICON_DIR, VECTORS_FILE, loadRelatedWords } from '../../src/lexicon/load.js';
import { parseWordVectors } from '../../src/engine/lexicon-table.js';
import { toTerm } from '../../src/engine/terms.js';

const stem = (word: string) => toTerm(word)!;

describe('the word tables as the engine reads them', () => {
  it('reads a word vector from the file, the same as the whole table read into memory', () => {
    const fromFile = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const inMemory = parseWordVectors(readFileSync(VECTORS_FILE));
    for (const word of ['killed', 'money', 'ceasefire', 'aleppo']) {
      expect(fromFile.vector(word), word).toBeDefined();
      expect([...fromFile.vector(word)!], word).toEqual([...inMemory(word)!]);
    }
    expect(fromFile.vector('qqqzzzx')).toBeUndefined();
  });

  it('relates an adjective to what it measures, so "how hot" meets "temperatures" and "how deep" meets "depth"', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const relatives = (word: string) => [...(table.related(word) ?? [])].map(([term]) => term);
    expect(relatives('hot')).toContain('temperatur');
    expect(relatives('temperatur')).toContain('hot');
    expect(relatives('deep')).toContain('depth');
  });

  it('joins what news calls by other names where WordNet does not ("paid for" and "funded", "jailed" and "sentenced")', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const relatives = (word: string) => [...(table.related(word) ?? [])].map(([term]) => term);
    expect(relatives('pai')).toContain('fund');
    expect(relatives('fund')).toContain('pai');
    expect(relatives('jail')).toContain('sentenc');
  });

  it('relates a word to its opposite, so "did it increase" meets "decreased" and "did they win" meets "lost"', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const weightOf = (word: string, other: string) => [...(table.related(word) ?? [])].find(([term]) => term === other)?.[1];
    expect(weightOf('increas', 'decreas')).toBeGreaterThan(0);
    expect(weightOf('win', 'lose')).toBeGreaterThan(0);
    // Below a synonym: an opposite shows a passage, it is not the same word.
    expect(weightOf('accept', 'reject')!).toBeLessThan(weightOf('accept', 'adopt')!);
  });

  it('knows which nouns name a kind of person, by their first sense in WordNet', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    for (const word of ['soldier', 'resident', 'passenger', 'volunteer']) expect(table.namesPerson(stem(word)), word).toBe(true);
    for (const word of ['tunnel', 'fire', 'bank', 'fan']) expect(table.namesPerson(stem(word)), word).toBe(false);
  });

  it('says which file is cut short and how to restore it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vectors-'));
    try {
      const cut = join(dir, 'word-vectors.bin');
      writeFileSync(cut, readFileSync(VECTORS_FILE).subarray(0, 5000));
      expect(() => loadRelatedWords(LEXICON_DIR, cut).vector('money')).toThrow(/word-vectors\.bin are cut short: restore them from git/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a lemma to forms the stemmer parts from it, never to a word in its own right', () => {
    const { lemma } = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    // Irregular, and regular forms the stemmer cuts differently from their lemma.
    expect([lemma('paid'), lemma('tied'), lemma('flies'), lemma('proceeding')]).toEqual(['pay', 'tie', 'fly', 'proceed']);
    // "boss" is not the plural of "bos", "rating" not "rat" + ing, "staring" not "star" + ing.
    expect([lemma('boss'), lemma('rating'), lemma('staring'), lemma('riding')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
