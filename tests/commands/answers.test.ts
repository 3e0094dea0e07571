import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/context.js';
import { answerText as answer, MAX_INPUT } from '../../src/core/invocation.js';
import { parseArticle } from '../../src/engine/parse.js';
import { engineFor, harbor, recall, seed } from '../helpers/articles.js';
import { asPlain } from '../helpers/shown.js';

const answerText = async (text: string, context: Parameters<typeof answer>[1]) => asPlain(await answer(text, context));

const ctx = createContext(engineFor(seed()), {});
const say = async (text: string) => asPlain(await answerText(text, ctx));

describe('answering what people type', () => {
  it('answers a speaker by surname, typo or role, with the paragraph', async () => {
    for (const text of ['what did Egeland say', 'what did egland say', '/aleppo quote the UN adviser', 'quote speaker:Egeland']) {
      const r = await say(text);
      expect(r.kind, text).toBe('quotes');
      expect(r.quotes.map((q) => q.speaker)).toEqual(['Jan Egeland']);
      expect(r.quotes[0]!.paragraph).toBe(10);
      expect(r.text).toContain('UN humanitarian adviser');
    }
  });

  it('takes a bare name or role written as a message for the speaker, and a bare topic for a question', async () => {
    for (const text of ['the UN adviser', 'egland', 'Jan Egeland', 'the spokesman']) {
      const r = await say(text);
      expect(r.kind, text).toBe('quotes');
      expect(r.quotes.length, text).toBeGreaterThan(0);
    }
    expect((await say('the UN adviser')).quotes.map((q) => q.speaker)).toEqual(['Jan Egeland']);
    // A place in a speaker's role ("Aleppo-based rebel brigade") is what the article is about, not who.
    for (const text of ['aleppo', 'the ceasefire', 'who is the UN adviser?']) expect((await say(text)).kind, text).not.toBe('quotes');
    // A question typed without its apostrophe is still a question, not a name.
    for (const text of ['whats the UN adviser called', 'whos the spokesman']) expect((await say(text)).kind, text).not.toBe('quotes');
    // Nor a question written as the noun it asks for, though it names a speaker.
    for (const text of ["name of Egeland's group", 'age of Jan Egeland']) expect((await say(text)).kind, text).not.toBe('quotes');
    // Nor a topic asked about someone, written as a phrase: two words that are none of theirs.
    expect((await say('humanitarian aid deliveries by Egeland')).kind).not.toBe('quotes');
    // Nor is a follow-up that opens on a conjunction, though a speaker's name holds its word.
    const study = createContext(
      engineFor(
        parseArticle(
          [
            'Loneliness linked to heart disease and stroke',
            'Lonely adults had a 29% higher risk of heart disease and a 32% higher risk of stroke, the study found.',
            '“Loneliness deserves the same attention as cholesterol,” the National Heart and Stroke Alliance said in a statement.',
          ].join('\n\n'),
        ),
      ),
      {},
    );
    const followUp = asPlain(await answerText('and what about stroke risk', study));
    expect(followUp.kind).not.toBe('quotes');
    expect(followUp.citations.map((c) => c.text).join(' ')).toContain('32% higher risk of stroke');
  });

  it('lists all quotes with their speakers', async () => {
    const r = await say('/aleppo quote');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Zakaria Malahifji', 'Igor Konashenkov', 'Jan Egeland']);
    expect(r.citations.map((c) => c.paragraph)).toEqual([5, 8, 10]);
  });

  it('says plainly when no one of that name is quoted, listing who is', async () => {
    const r = await say('what did Obama say');
    expect(r.kind).toBe('not_found');
    expect(r.text).toContain('Obama');
    expect(r.text).toContain('Jan Egeland');
  });

  it('answers a question with a cited sentence, and says when the article does not say', async () => {
    const found = await say('/aleppo ask how many people are trapped');
    expect(found.kind).toBe('answer');
    expect(found.confidence).toBe('high');
    expect(found.citations).toEqual([{ paragraph: 1, text: expect.stringContaining('250,000 people are trapped') }]);
    const missing = await say('what is the capital of France?');
    expect(missing.kind).toBe('not_found');
    expect(missing.text).toMatch(/does not say/);
  });

  it('answers questions about the pictures from their captions and credits', async () => {
    const photo = await say('who took the photo of the boys swimming?');
    expect(photo.kind).toBe('answer');
    expect(photo.text).toMatch(/Boys Swim In Bomb Crater During Syrian Ceasefire Image by Aleppo Media Center\/AP Images/);
    expect(photo.text).not.toMatch(/Kots/);
    const all = await say('who took the pictures?');
    expect(all.citations.map((c) => c.text).join(' ')).toMatch(/Alexander Kots\/AP Images/);
  });

  it('says in words when it is not sure, and shows the closest passages with their paragraphs', async () => {
    const hedged = await say('why did the ceasefire break down?');
    expect(hedged.kind).toBe('not_found');
    expect(hedged.confidence).toBe('low');
    expect(hedged.text).toMatch(/^The article doesn’t answer that directly\. The closest passages:/);
    expect(hedged.citations.length).toBeGreaterThan(0);
    expect(hedged.citations.length).toBeLessThanOrEqual(3);
    for (const c of hedged.citations) expect(hedged.text).toContain(`(¶${c.paragraph})`);
  });

  it('says who spoke an answer that comes from inside a quotation', async () => {
    const r = await say('who said only the Syrian army is observing the regime of silence?');
    expect(r.kind).toBe('answer');
    expect(r.text).toBe('“As of the third day, only the Syrian army is observing the regime of silence.” — Igor Konashenkov (¶8)');
    const narration = await say('how many convoys are stranded');
    expect(narration.text).not.toMatch(/ — /);
    // A sentence that holds its own attribution stays as written.
    const recallCtx = createContext(engineFor(recall()), {});
    const asked = await answerText('who is Mary Lee', recallCtx);
    expect(asked.text).toBe('"Are these heaters still on store shelves?" asked Dayton resident Mary Lee, whose neighbor\'s garage burned. (¶5)');
  });

  it('gives short and long summaries', async () => {
    const short = await say('/aleppo summary');
    const long = await say('/aleppo summary long');
    expect(short.kind).toBe('summary');
    expect(long.citations.length).toBeGreaterThan(short.citations.length);
    expect(long.text.length).toBeLessThanOrEqual(1000);
  });

  it('gives the share link only when one is configured', async () => {
    expect((await say('link')).url).toBeUndefined();
    expect((await say('link')).text).toMatch(/No public link/);
    const configured = createContext(engineFor(seed()), { articleUrl: 'https://example.org/a' });
    const r = await answerText('share', configured);
    expect(r.url).toBe('https://example.org/a');
    expect(createContext(engineFor(harbor()), {}).commandName).toBe('harbor');
  });

  it('refuses a bad choice and a missing question with the usage', async () => {
    expect((await say('/aleppo summary medium')).kind).toBe('summary'); // unknown word is ignored, default length
    const r = await say('/aleppo ask');
    expect(r.kind).toBe('error');
    expect(r.text).toContain('/aleppo ask <question>');
  });
});

describe('a body and the people who speak for it', () => {
  const speakersFor = async (article: string, text: string) => {
    const r = await answerText(text, createContext(engineFor(parseArticle(article)), {}));
    return [...new Set(r.quotes.map((q) => q.speaker))];
  };

  it('shows what a body’s head said when the article only reports the body itself', async () => {
    const article =
      'T\n\nDrone sightings closed Eastmoor Airport on Saturday; 38 flights were cancelled, the airport says.\n\n‘I want to thank passengers for their patience,’ said Fiona Latchford, Eastmoor Airport’s chief executive.';
    expect(await speakersFor(article, 'what did Eastmoor Airport say')).toEqual(['Fiona Latchford', 'Eastmoor Airport']);
    expect(await speakersFor(article, 'what did Latchford say')).toEqual(['Fiona Latchford']);
  });

  it('shows only the body when the article quotes it directly', async () => {
    const article =
      'T\n\n‘We are sorry to every passenger,’ Eastmoor Airport said in a statement.\n\n‘I want to thank passengers for their patience,’ said Fiona Latchford, Eastmoor Airport’s chief executive.';
    expect(await speakersFor(article, 'what did Eastmoor Airport say')).toEqual(['Eastmoor Airport']);
  });
});

describe('bad input', () => {
  it('answers an empty line and an overlong one with one short sentence', async () => {
    for (const text of ['', '   ', 'x'.repeat(10_000)]) {
      const r = await say(text);
      expect(r.kind).toBe('error');
      expect(r.text.length).toBeLessThan(120);
    }
    expect((await say('a'.repeat(MAX_INPUT))).kind).not.toBe('error');
  });

  it('never echoes mention syntax or Markdown from the user', async () => {
    for (const text of ['what did @everyone say', 'what did <@123> say', 'quotes from <!channel>', 'what did **@here** say', 'what did [x](https://evil.example) say']) {
      const r = await say(text);
      const all = JSON.stringify(r);
      expect(all, text).not.toMatch(/@everyone|@here|<@\d+>|<!channel>|evil\.example|\*\*@/);
    }
  });

  it('takes Unicode and emoji without breaking', async () => {
    for (const text of ['¿Qué dijo Egeland? 🇸🇾', '🙂', 'what did Égeland say', '\u0000\u202e']) {
      const r = await say(text);
      expect(['quotes', 'answer', 'not_found', 'error']).toContain(r.kind);
    }
    expect((await say('what did Égeland say')).quotes[0]?.speaker).toBe('Jan Egeland');
  });
});
