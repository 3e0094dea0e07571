import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';
import { LEXICON_DIR, VECTORS_FILE, WORD_STARTS_FILE, loadRelatedWords } from '../../src/lexicon/load.js';
import { parseRelatedWords, parseWordVectors } from '../../src/engine/lexicon-table.js';
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

  it('takes a British and an American spelling for one word, not two synonyms ("epicentre" is "epicenter")', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const weight = (a: string, b: string) => table.related(a)?.get(b);
    expect([weight('epicentr', 'epicent'), weight('colour', 'color'), weight('defenc', 'defens'), weight('programm', 'program'), weight('harbour', 'harbor')]).toEqual([1, 1, 1, 1, 1]);
    // (A synonym stays one: "large" is not "big".)
    expect(weight('larg', 'big')).toBeLessThan(1);
  });

  it('joins what news calls by other names where WordNet does not ("paid for" and "funded", "jailed" and "sentenced")', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const relatives = (word: string) => [...(table.related(word) ?? [])].map(([term]) => term);
    expect(relatives('pai')).toContain('fund');
    expect(relatives('fund')).toContain('pai');
    expect(relatives('jail')).toContain('sentenc');
  });

  it('keeps the relatives of words whose stem is two letters: "axed" meets "cancelled", "how old" meets "age"', () => {
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    const relatives = (word: string) => [...(table.related(word) ?? [])].map(([term]) => term);
    expect(relatives(stem('axed'))).toContain(stem('cancelled'));
    expect(relatives(stem('bus'))).toContain(stem('coach'));
    expect(relatives(stem('old'))).toContain(stem('age'));
    // Not "use", whose stem is the pronoun "us".
    expect(table.related('us')).toBeUndefined();
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
    // Nor "fined" "fin" + ed, "hoping" "hop" + ing, "coded" "cod" + ed: another verb's, its e dropped.
    expect([lemma('fined'), lemma('hoping'), lemma('coded'), lemma('rated'), lemma('scraped')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('gives an adjective’s -er and -est forms their adjective, so "the biggest city" meets "its largest city"', () => {
    const { lemma } = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    expect([lemma('largest'), lemma('earliest'), lemma('highest'), lemma('safer'), lemma('hotter')]).toEqual(['large', 'early', 'high', 'safe', 'hot']);
    // Words of their own that only end like one: "modest", "worker", "forest", "interest".
    expect([lemma('modest'), lemma('worker'), lemma('forest'), lemma('interest')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps apart words Porter cuts to another word\'s stem ("department" and "depart", "news" and "new"), and joins "organization" to "organisation"', () => {
    for (const [a, b] of <Array<[string, string]>>[['department', 'depart'], ['news', 'new'], ['authority', 'author'], ['executive', 'executed'], ['community', 'communication'], ['business', 'busy'], ['general', 'generation'], ['officer', 'office']]) expect(stem(a), `${a} / ${b}`).not.toBe(stem(b));
    for (const [a, b] of <Array<[string, string]>>[['departments', 'department'], ['authorities', 'authority'], ['experience', 'experienced'], ['organization', 'organisation'], ['organized', 'organised']]) expect(stem(a), `${a} / ${b}`).toBe(stem(b));
    // The lexicon is keyed by the same stems: "department" keeps its relatives.
    const table = loadRelatedWords(LEXICON_DIR, VECTORS_FILE);
    expect(table.related(stem('department'))).toBeDefined();
  });

  it('finds every word of a table, the first and the last, and none that is not in it', () => {
    const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
    const keys = ['ab', 'abc', 'b', 'bat', 'batter', 'c', 'zz'];
    const table = parseRelatedWords(bytes(keys.map((k, i) => `${k}\t${k}x:${i + 1}`)), bytes(['fought\tfight', 'paid\tpay']), bytes(['baker', 'soldier']));
    for (const [i, k] of keys.entries()) expect([...(table.related(k) ?? [])], k).toEqual([[`${k}x`, (i + 1) / 10]]);
    // Before the first, between two, a prefix of one, past the last.
    for (const k of ['a', 'abb', 'ba', 'batt', 'd', 'zzz', '']) expect(table.related(k), k).toBeUndefined();
    expect([table.lemma('fought'), table.lemma('paid'), table.lemma('pay')]).toEqual(['fight', 'pay', undefined]);
    expect([table.namesPerson('baker'), table.namesPerson('soldier'), table.namesPerson('bake')]).toEqual([true, true, false]);
  });

  it('passes over a word-starts file made for another word list, and finds the same vectors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      for (const name of ['related.txt', 'irregular.txt', 'persons.txt', 'initialisms.txt']) copyFileSync(join(LEXICON_DIR, name), join(dir, name));
      // Same count and length, every start one byte off: a stale file, as a changed list would leave.
      const starts = new Uint32Array(new Uint8Array(readFileSync(join(LEXICON_DIR, WORD_STARTS_FILE))).buffer);
      for (let i = 3; i < starts.length; i++) starts[i]! += 1;
      writeFileSync(join(dir, WORD_STARTS_FILE), new Uint8Array(starts.buffer));
      const inMemory = parseWordVectors(readFileSync(VECTORS_FILE));
      const table = loadRelatedWords(dir, VECTORS_FILE);
      for (const word of ['killed', 'money', 'zoo']) expect([...(table.vector(word) ?? [])], word).toEqual([...inMemory(word)!]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
