import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { harbor, seed, storm } from '../helpers/articles.js';

const names = (query: string, a = seed()) => findSpeakers(a.speakers, query).map((m) => a.speakers[m.speaker]!.name);

describe('finding a speaker the way readers ask', () => {
  it('by full name, surname, given name, any case', () => {
    expect(names('Jan Egeland')[0]).toBe('Jan Egeland');
    expect(names('egeland')[0]).toBe('Jan Egeland');
    expect(names('Zakaria')[0]).toBe('Zakaria Malahifji');
  });

  it('through a misspelling', () => {
    expect(names('egland')[0]).toBe('Jan Egeland');
    expect(names('konashenkof')[0]).toBe('Igor Konashenkov');
    expect(names('malahifi')[0]).toBe('Zakaria Malahifji');
  });

  it('by words of the role', () => {
    expect(names('the UN adviser')).toEqual(['Jan Egeland']);
    expect(names('the Russian spokesman')).toEqual(['Igor Konashenkov']);
    expect(names('the rebel official')).toEqual(['Zakaria Malahifji']);
  });

  it('finds no one for a person the article does not quote', () => {
    expect(names('Obama')).toEqual([]);
    expect(names('Putin')).toEqual([]);
    expect(names('the mayor', harbor())).toEqual(['Linda Okafor']);
    expect(names('the governor', storm())).toEqual(['Janet Mills']);
  });
});

describe('short forms of roles', () => {
  it('finds a chief executive by "the CEO", and a long name by its surname', async () => {
    const { parseArticle } = await import('../../src/engine/parse.js');
    const { findSpeakers } = await import('../../src/engine/speaker-match.js');
    const a = parseArticle('T\n\n“We will build here,” said Acme Chief Executive Mara Ostrowski Lindqvist-Berg.');
    expect(findSpeakers(a.speakers, 'the CEO').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Mara Ostrowski Lindqvist-Berg']);
    expect(findSpeakers(a.speakers, 'Lindqvist-Berg')).toHaveLength(1);
  });
});
