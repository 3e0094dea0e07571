import { describe, expect, it } from 'vitest';
import { engineFor, harbor, mars, recall, seed, storm } from '../helpers/articles.js';
import { parseArticle } from '../../src/engine/parse.js';

const ask = (question: string, a = seed()) => engineFor(a).answer(question).sentences;
const first = (question: string, a = seed()) => ask(question, a)[0];

describe('answering questions from the article', () => {
  it('answers with the sentence and its paragraph', () => {
    const s = first('How many people are trapped in Aleppo?')!;
    expect(s.text).toMatch(/250,000 people are trapped/);
    expect(s.paragraph).toBe(1);
    expect(first('when did the ceasefire begin')!.text).toBe('The Syrian ceasefire began Monday amid high hopes from the international community.');
    expect(first('how long was the ceasefire supposed to last')!.text).toMatch(/48 hours/);
    expect(first('who is blamed for the delay of aid')!.paragraph).toBe(9);
    expect(first('how many convoys are stranded')!.text).toMatch(/two convoys/);
  });

  it('tolerates typos and finds numbers written with separators', () => {
    expect(first('how many peple are traped')!.text).toMatch(/250,000/);
    expect(first('250,000')!.paragraph).toBe(1);
    expect(first('who is the UN adviser')!.text).toMatch(/Jan Egeland/);
  });

  it('says nothing rather than something unrelated when the article does not cover it', () => {
    for (const q of ['what is the capital of France', 'what is the weather in Aleppo', 'who is the president of the United States', 'who won the world cup', 'how many people live in Aleppo']) {
      expect(ask(q), q).toEqual([]);
    }
  });

  it('answers with two sentences of a paragraph when the answer runs over both', () => {
    const a = parseArticle(
      'Harbor Festival Ends\n\nThe harbor festival drew record crowds this year. Organisers counted 80,000 visitors over the weekend.\n\nThe city paid for extra buses and a new stage near the pier.\n\nNext year the event moves to June.',
    );
    const sentences = engineFor(a).answer('how many visitors did the harbor festival have').sentences;
    expect(sentences.map((s) => s.text)).toEqual([
      'The harbor festival drew record crowds this year.',
      'Organisers counted 80,000 visitors over the weekend.',
    ]);
  });

  it('never answers with a sentence that points at media', () => {
    expect(ask('what did the video show').map((s) => s.text).join(' ')).not.toMatch(/below video/);
  });

  it('answers on articles it was not written for', () => {
    expect(first('how much is the bridge replacement', harbor())!.text).toMatch(/\$1\.2 billion/);
    expect(first('when could construction begin', harbor())!.text).toMatch(/2027/);
    expect(first('how many tubes has the rover sealed', mars())!.text).toMatch(/30 tubes/);
    expect(first('what did the team detect the molecules with', mars())!.text).toMatch(/two separate instruments/);
    expect(ask('who won the election', mars())).toEqual([]);
    expect(first('how many homes lost power', storm())!.text).toMatch(/120,000 homes/);
    expect(first('when will the power be back', storm())!.text).toMatch(/until Wednesday/);
    expect(ask('what is the capital of France', storm())).toEqual([]);
    // "anyone" is not what the question is about; "injured" meets "injuries" through the stem.
    expect(first('was anyone injured', recall())!.text).toMatch(/no reports of injuries/);
  });
});
