import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/parse.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { createContext } from '../../src/core/context.js';
import { answerText } from '../../src/core/invocation.js';

// Scraped news text keeps an embedded post as its words, then its credit line.
const STORM = `Storm Leaves Thousands Without Power In Ohio

A powerful storm swept through central Ohio on Tuesday night, leaving more than 40,000 homes without electricity, according to American Electric Power.

"We are asking everyone to check on their elderly neighbors," Columbus Mayor Andrew Ginther said.

Huge tree down on our street in Westerville. Power's been out since 9pm #ohwx pic.twitter.com/abc123XyZ

— Jenna Marsh (@jennamarsh) June 14, 2016

The debate can wait, the lights cannot. https://t.co/xYz12 — Donald J. Trump (@realDonaldTrump) June 15, 2016

Crews at work on our block all night. A photo posted by Sam Ortiz (@samortiz) on Jun 15, 2016 at 6:02am PDT

View this post on Instagram

Have you seen this dog? Call 555-0100. Posted by Harlow Police on Wednesday, June 15, 2016

The utility said most customers would have power back by Friday, Ginther said.`;

const quotesOf = (text: string) => {
  const article = parseArticle(text);
  return article.quotes.map((q) => ({ text: q.text, speaker: q.speaker === undefined ? undefined : article.speakers[q.speaker]!.name, paragraph: q.paragraph }));
};

describe('posts embedded from social networks', () => {
  it('are quotes by their authors, without the links, in reading order', () => {
    expect(quotesOf(STORM)).toEqual([
      { text: 'We are asking everyone to check on their elderly neighbors', speaker: 'Andrew Ginther', paragraph: 2 },
      { text: "Huge tree down on our street in Westerville. Power's been out since 9pm #ohwx", speaker: 'Jenna Marsh', paragraph: 3 },
      { text: 'The debate can wait, the lights cannot.', speaker: 'Donald J. Trump', paragraph: 5 },
      { text: 'Crews at work on our block all night.', speaker: 'Sam Ortiz', paragraph: 6 },
      { text: 'Have you seen this dog? Call 555-0100.', speaker: 'Harlow Police', paragraph: 7 },
    ]);
  });

  it('a reader finds them by the author’s name, surname or account, asking what they said, tweeted or posted', async () => {
    const engine = buildEngine(parseArticle(STORM));
    const said = (who: string) => engine.findSpeakers(who).map((m) => engine.article.speakers[m.speaker]!.name);
    expect(said('jenna marsh')).toEqual(['Jenna Marsh']);
    expect(said('trump')).toEqual(['Donald J. Trump']);
    expect(said('@realdonaldtrump')).toEqual(['Donald J. Trump']);
    const ctx = createContext(engine, {});
    for (const asked of ['what did trump tweet', 'what did sam ortiz post', 'what did jenna marsh say']) {
      const reply = await answerText(asked, ctx);
      expect(reply.kind, asked).toBe('quotes');
      expect(reply.quotes, asked).toHaveLength(1);
    }
    expect((await answerText('what did trump tweet', ctx)).quotes[0]).toMatchObject({ speaker: 'Donald J. Trump', text: 'The debate can wait, the lights cannot.' });
    // Everyone quoted, in order of first appearance, before anyone only reported.
    expect(engine.article.speakers.map((s) => s.name).slice(0, 4)).toEqual(['Andrew Ginther', 'Jenna Marsh', 'Donald J. Trump', 'Sam Ortiz']);
  });

  it('a credit alone after someone’s quotation or a line introducing the post, a picture’s post, or a dash and an account in prose, makes no quote', () => {
    const text = `Mayor answers critics

"We will not back down," the mayor said.

— Jenna Marsh (@jennamarsh) June 14, 2016

The council posted a picture of the flooded square on Wednesday:

— Harlow Council (@harlowcouncil) June 15, 2016

pic.twitter.com/abc123 — Sam Ortiz (@samortiz) June 15, 2016

The storm is expected to clear by the weekend.

Posted by Dana Whitfield on June 15, 2016

Residents can write to the council - or the mayor (@mayorcity) - before June 20, 2016 to object.`;
    expect(quotesOf(text)).toEqual([{ text: 'We will not back down', speaker: 'The mayor', paragraph: 1 }]);
  });
});
