import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences.js';
import { seed } from '../helpers/articles.js';

describe('sentence splitting', () => {
  it('does not split after titles, initials and dotted acronyms', () => {
    expect(splitSentences('Gen. Smith met U.S. officials on Jan. 5. They agreed.')).toEqual([
      'Gen. Smith met U.S. officials on Jan. 5.',
      'They agreed.',
    ]);
    expect(splitSentences('J. R. Smith said it. Then he left.')).toEqual(['J. R. Smith said it.', 'Then he left.']);
  });

  it('keeps a case’s name whole: "Pettaway v. Hollis County"', () => {
    expect(splitSentences('Her best-known case, Pettaway v. Hollis County Board of Registrars, was filed in 1965. It went far.')).toEqual([
      'Her best-known case, Pettaway v. Hollis County Board of Registrars, was filed in 1965.',
      'It went far.',
    ]);
  });

  it('keeps a lowercase attribution after a question inside quotes with its quote', () => {
    expect(splitSentences('“Why now?” he asked. Nobody knew.')).toEqual(['“Why now?” he asked.', 'Nobody knew.']);
  });

  it('keeps a clock time with its day or time zone, and ends the sentence when a new one begins', () => {
    expect(splitSentences('The email went out at 8:05 a.m. Pacific time, before the filing. Many were shocked.')).toEqual([
      'The email went out at 8:05 a.m. Pacific time, before the filing.',
      'Many were shocked.',
    ]);
    expect(splitSentences('Kiptanui crossed at about 9:10 a.m. Monday. He won.')).toEqual(['Kiptanui crossed at about 9:10 a.m. Monday.', 'He won.']);
    expect(splitSentences('The vote came at 11:40 p.m. The room emptied.')).toEqual(['The vote came at 11:40 p.m.', 'The room emptied.']);
    // A zone's name alone, as US sports pages give a start time.
    expect(splitSentences('They meet Halvorsen in the final at 7 p.m. Central. Tickets are gone.')).toEqual(['They meet Halvorsen in the final at 7 p.m. Central.', 'Tickets are gone.']);
    expect(splitSentences('It ended at 6 p.m. Eastern Europe had already gone dark.')).toEqual(['It ended at 6 p.m.', 'Eastern Europe had already gone dark.']);
  });

  it('still ends a sentence at an acronym when a new sentence clearly starts', () => {
    expect(splitSentences('He met the U.S. The talks failed.')).toEqual(['He met the U.S.', 'The talks failed.']);
  });

  it('splits the seed into the sentences a reader sees', () => {
    const a = seed();
    expect(a.sentences).toHaveLength(30);
    expect(a.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      'The Syrian ceasefire is breaking down in Aleppo, as the deal brokered by Russia and the United States shows signs of strain.',
      'The breakdown threatens a planned United Nations effort to provide aid to Syria’s largest city, Aleppo, where upwards of 250,000 people are trapped by the hostilities.',
      'The below video shows the eerie but anxious calm that fell over Aleppo as the ceasefire began.',
    ]);
    expect(a.sentences.map((s) => s.id)).toEqual(a.sentences.map((_, i) => i));
  });
});

describe('Canadian and military abbreviated titles', () => {
  it('do not end a sentence: "Coun. Marie-Claude Thibodeau", "Brig. Gen. Ann Cole", "Cpl. Tom Reyes"', () => {
    const text = 'Coun. Marie-Claude Thibodeau, who chairs the finance committee, voted in favour. Brig. Gen. Ann Cole and Cpl. Tom Reyes were there.';
    expect(splitSentences(text)).toEqual(['Coun. Marie-Claude Thibodeau, who chairs the finance committee, voted in favour.', 'Brig. Gen. Ann Cole and Cpl. Tom Reyes were there.']);
  });
});

describe('a hyphenated word ending on an abbreviation’s letters', () => {
  it('ends the sentence: "in the Co-op." is not "Op."', () => {
    expect(splitSentences('She says the turning point came in the Co-op. ‘A little boy came up to me,’ she says.')).toEqual([
      'She says the turning point came in the Co-op.',
      '‘A little boy came up to me,’ she says.',
    ]);
  });
});

describe('a live entry stamped with a time zone of its letters', () => {
  it('keeps "2:45 p.m. AKST —" and "9:05 a.m. AEST" with the entry they open', () => {
    expect(splitSentences('2:45 p.m. AKST — Halvorsen Marine said in a statement.')).toEqual(['2:45 p.m. AKST — Halvorsen Marine said in a statement.']);
    expect(splitSentences('The ship docked at 9:05 a.m. AEST on Friday.')).toEqual(['The ship docked at 9:05 a.m. AEST on Friday.']);
    expect(splitSentences('It ended at 5 p.m. Staff went home.')).toEqual(['It ended at 5 p.m.', 'Staff went home.']);
  });
});
