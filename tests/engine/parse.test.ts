import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ArticleError, parseArticle } from '../../src/engine/parse.js';
import { mars, seed, transit } from '../helpers/articles.js';

const SEED = '../shared/seed/000_904188b2105a1558.txt';

describe('reading an article', () => {
  it('reads the seed in its own plain-text format as-is, same body as the shipped content', () => {
    // The shipped content/aleppo.md is the seed plus front matter; the seed itself must parse the same.
    const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : readFileSync('content/aleppo.md', 'utf8').replace(/^---[\s\S]*?---\n/, 'Syrian Ceasefire Breaks Down At Aleppo\n\n');
    const plain = parseArticle(text);
    const shipped = seed();
    expect(plain.meta.title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
    expect(plain.meta.source).toBe('Inquisitr');
    expect(plain.meta.slug).toBe('aleppo');
    expect(plain.paragraphs.map((p) => p.text)).toEqual(shipped.paragraphs.map((p) => p.text));
    expect(plain.contentHash).toBe(shipped.contentHash);
  });

  it('numbers body paragraphs in reading order and keeps captions, credits and trailers out of the body', () => {
    const a = seed();
    expect(a.paragraphs).toHaveLength(11);
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const body = a.paragraphs.map((p) => p.text).join('\n');
    for (const metadata of ['Image by', 'Featured Image', 'Share this article', 'More from', 'Boys Swim In Bomb Crater']) {
      expect(body).not.toContain(metadata);
    }
    expect(a.images).toEqual([
      { caption: 'Boys Swim In Bomb Crater During Syrian Ceasefire', credit: 'Aleppo Media Center/AP Images', creditLine: 'Image by Aleppo Media Center/AP Images', featured: false, afterParagraph: 2 },
      { caption: 'Syrian Citizens in Aleppo', credit: 'Alexander Kots/AP Images', creditLine: 'Image by Alexander Kots/AP Images', featured: false, afterParagraph: 10 },
      { credit: 'Manu Brabo/AP Images', creditLine: 'Featured Image by Manu Brabo/AP Images', featured: true, afterParagraph: 11 },
    ]);
  });

  it('reads Markdown with front matter: metadata, heading, images and inline marks', () => {
    const a = mars();
    expect(a.meta).toMatchObject({
      title: 'Rover Finds Organic Molecules in Martian Mudstone',
      source: 'Science Desk Weekly',
      url: 'https://news.example.org/science/rover-organics',
      slug: 'rover',
      author: 'Priya Raman',
    });
    expect(a.paragraphs[0]!.text).toMatch(/^NASA's Perseverance rover/); // *emphasis* removed
    expect(a.images).toHaveLength(1);
    expect(a.images[0]!.caption).toBe('The drill hole left by the rover');
    expect(a.paragraphs.some((p) => p.text.includes('!['))).toBe(false);
  });

  it('reads a Markdown list as one citable paragraph per item, and drops subheadings', () => {
    const a = transit();
    expect(a.paragraphs.filter((p) => p.listItem).map((p) => p.text)).toEqual([
      'Three bus rapid transit lines on Grand Avenue, 14th Street and Harbor Road.',
      'A light rail extension of 6.2 miles to the airport.',
      '40 new electric buses, replacing the oldest diesel fleet.',
    ]);
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/What the plan includes|Critics question/);
    expect(a.paragraphs[4]!.text).toMatch(/cost \$2\.4 billion.*according to the department's summary\.$/); // bold and link text kept, marks gone
  });

  it('takes a byline and a date line under the title as metadata, not body or speakers', () => {
    const a = parseArticle('Storm Hits Coast\n\nBy Jane Smith and Ali Khan, Reuters\n\nMarch 3, 2024\n\nA storm hit the coast on Sunday, officials said.');
    expect(a.meta).toMatchObject({ author: 'Jane Smith and Ali Khan, Reuters', published: 'March 3, 2024' });
    expect(a.paragraphs.map((p) => p.text)).toEqual(['A storm hit the coast on Sunday, officials said.']);
    const b = parseArticle('Storm Hits Coast\n\nPublished: Tue 5 Mar 2024 10:14 GMT\n\nBy then the town was empty.');
    expect(b.meta.published).toBe('Tue 5 Mar 2024 10:14 GMT');
    expect(b.paragraphs.map((p) => p.text)).toEqual(['By then the town was empty.']); // prose, not a byline
  });

  it('takes a byline block written a line at a time (author, outlet, date) as metadata, not a speaker', () => {
    const a = parseArticle(
      'Measles case confirmed\n\nBy Renee Castellano\nThe Calder County Ledger\nPublished Feb. 10, 2026, at 5:48 p.m. PST | Updated 8:15 p.m.\n\nLINWOOD, Ore. — A case of measles was confirmed on Tuesday.\n\n“We are worried,” she said.',
    );
    expect(a.meta).toMatchObject({ author: 'Renee Castellano', published: 'Feb. 10, 2026, at 5:48 p.m. PST | Updated 8:15 p.m.' });
    expect(a.paragraphs[0]!.text).toMatch(/^LINWOOD/);
    expect(a.speakers.map((s) => s.name).join(' ')).not.toMatch(/Ledger/);
    // ("Technology Reporter, The Meridian Post": a title and the outlet on one line.)
    const c = parseArticle('Outage\n\nBy Marisol Trent\nTechnology Reporter, The Meridian Post\nPublished Oct. 22, 2025, 6:05 p.m. ET\n\nSEATTLE — An update knocked apps offline.');
    expect(c.meta.author).toBe('Marisol Trent');
    expect(c.paragraphs[0]!.text).toMatch(/^SEATTLE/);
    // A short line of prose under the title is still prose.
    const b = parseArticle('Title\n\nBy then the town was empty.\nNobody came back.\n\nIt rained.');
    expect(b.paragraphs[0]!.text).toMatch(/^By then/);
  });

  it('changes the content hash when the body is corrected', () => {
    const a = parseArticle('Title\n\nOne paragraph of text here.');
    const b = parseArticle('Title\n\nOne paragraph of corrected text here.');
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an article with no body, naming the problem', () => {
    expect(() => parseArticle('')).toThrow(ArticleError);
    expect(() => parseArticle('Only a title\n')).toThrow(/no body paragraphs/);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    const a = parseArticle('\uFEFFA Title\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n');
    expect(a.meta.title).toBe('A Title');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});

describe('a British regional byline block with the time first', () => {
  it('"By …" ¶ "Health Reporter" ¶ "Calderbrook Evening Echo" ¶ "14:32, 19 MAR 2025 | Updated …" is metadata, not a speaker', () => {
    const a = parseArticle(
      [
        'A&E waits',
        'By Rachel Pennington\nHealth Reporter\nCalderbrook Evening Echo\n14:32, 19 MAR 2025 | Updated 17:05, 19 MAR 2025',
        'Patients waited up to 31 hours for a bed.',
        'Speaking to the Echo, Ms Barraclough said she would raise the report.',
        '‘Those families deserve more than an apology,’ she said.',
      ].join('\n\n'),
    );
    expect(a.paragraphs[0]!.text).toBe('Patients waited up to 31 hours for a bed.');
    expect(a.meta.author).toBe('Rachel Pennington');
    expect(a.speakers.map((s) => s.name)).not.toContain('Calderbrook Evening Echo');
  });
});

describe('a byline block below a standfirst', () => {
  it('"Routes … will be scrapped" ¶ "By …" / desk / outlet / time-first date line: the block is metadata, not a speaker', () => {
    const a = parseArticle(
      [
        'Pensioners’ anger as Greyhill axes rural bus routes',
        'Routes 41, 41A, 63 and 118 will be scrapped at the end of March',
        'By Hannah Threlfall\nLocal Democracy Reporting Service\nThe Marlcombe Mercury\n15:12, 4 FEB 2026 | Updated 17:40, 4 FEB 2026',
        'Four rural bus routes will be withdrawn, Greyhill Buses said.',
      ].join('\n\n'),
    );
    expect(a.meta.author).toBe('Hannah Threlfall');
    expect(a.paragraphs.map((p) => p.text)).not.toContain(expect.stringMatching(/Hannah Threlfall/));
    expect(a.speakers.map((s) => s.name).join(' ')).not.toMatch(/Threlfall/);
  });
});

describe('an outlet before the byline, and a long "Posted …, updated …" line', () => {
  it('"ABC Tropical North / By …" ¶ "Posted Thu 12 Mar 2026 at 5:14am, updated …" is metadata, and "Posted Thu" is nobody', () => {
    const a = parseArticle(
      [
        'Aerial survey finds mass coral bleaching',
        'ABC Tropical North / By Tessa Marwick',
        'Posted Thu 12 Mar 2026 at 5:14am, updated Thu 12 Mar 2026 at 11:40am',
        '‘I have never seen the southern reefs look like this,’ said Professor Rowan Ashcombe.',
        '‘From 300 metres up, reef after reef was glowing white,’ he said.',
      ].join('\n\n'),
    );
    expect(a.meta.author).toBe('Tessa Marwick');
    expect(a.meta.published).toMatch(/^Thu 12 Mar 2026/);
    expect(a.paragraphs[0]!.text).toMatch(/^‘I have never seen/);
    expect(a.speakers.map((s) => s.name)).toEqual(['Rowan Ashcombe']);
  });

  it('still reads a first paragraph that opens on "Posted" with no date as prose', () => {
    const a = parseArticle('Video\n\nPosted online by a neighbour, the video shows the fire.\n\nIt spread fast.');
    expect(a.paragraphs[0]!.text).toBe('Posted online by a neighbour, the video shows the fire.');
  });
});

describe('a byline and a date line below a standfirst', () => {
  const a = parseArticle(
    [
      'Corvane workers ratify contract, ending 38-day strike',
      'Four-year deal brings 18% in raises, a $4,000 bonus and a path back for some laid-off temps.',
      'By Kendra Oyelaran-Mills | Millbrook Courier-Dispatch',
      'Published 10:52 p.m. ET Oct. 23, 2025 | Updated 8:05 a.m. ET Oct. 24, 2025',
      'MILLBROOK — Hourly workers at the Corvane brake plant voted Thursday to ratify a new four-year contract.',
    ].join('\n\n'),
  );

  it('are metadata, not paragraphs, and mark the paragraph above them as the standfirst', () => {
    expect(a.meta.author).toMatch(/^Kendra Oyelaran-Mills/);
    expect(a.meta.published).toMatch(/Oct\. 23, 2025/);
    expect(a.paragraphs.map((p) => p.text)).toHaveLength(2);
    expect(a.paragraphs[0]!.standfirst).toBe(true);
    expect(a.paragraphs[1]!.standfirst).toBeUndefined();
  });
});

describe('a photo caption with its credit in brackets and no full stop before them', () => {
  it('is split into the caption and the credit', () => {
    const a = parseArticle(
      [
        'Budget day',
        'The Chancellor delivered her second Budget on Wednesday.',
        'Photo: Chancellor Helen Marchbank holds up the Budget box outside 11 Downing Street this morning (Sam Okonedo/The Meridian)',
        'She spoke for 68 minutes.',
      ].join('\n\n'),
    );
    expect(a.images[0]).toMatchObject({ caption: 'Chancellor Helen Marchbank holds up the Budget box outside 11 Downing Street this morning', credit: 'Sam Okonedo/The Meridian' });
  });
});

describe('a credit that says where a picture came from with "via"', () => {
  it('is a credit, not a paragraph; prose that opens so stays prose', () => {
    const a = parseArticle(
      [
        'Search for hiker resumes',
        'Rescue teams resumed their search on Thursday.',
        '(Image via Shutterstock)',
        'Images via satellite showed the extent of the damage across the region.',
        '[Image via Twitter/Jenna Marsh]',
        'Featured image via Facebook',
      ].join('\n\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Rescue teams resumed their search on Thursday.', 'Images via satellite showed the extent of the damage across the region.']);
    expect(a.images.map((i) => [i.credit, i.featured])).toEqual([
      ['Shutterstock', false],
      ['Twitter/Jenna Marsh', false],
      ['Facebook', true],
    ]);
  });
});

describe('text copied from a web page', () => {
  it('reads character references as the characters they stand for, so its quotations and speakers are found', () => {
    const a = parseArticle(
      'Ceasefire strained\n\nThe UN&#8217;s adviser, Jan Egeland, spoke on Tuesday.\n\n&ldquo;There is nothing to give hope,&rdquo; Egeland said of the convoys &amp; their drivers.\n\nAT&T and Q&A stay as written.',
    );
    expect(a.paragraphs[0]!.text).toBe('The UN’s adviser, Jan Egeland, spoke on Tuesday.');
    expect(a.quotes.map((q) => [q.text, a.speakers[q.speaker!]?.name])).toEqual([['There is nothing to give hope', 'Jan Egeland']]);
    expect(a.paragraphs[1]!.text).toContain('the convoys & their drivers');
    expect(a.paragraphs[2]!.text).toBe('AT&T and Q&A stay as written.');
  });
});

describe('a byline with the writer’s desk and the outlet', () => {
  it('"By Thomas Keane, Science Editor, The Northern Review" and the date under it are the byline, not paragraphs', () => {
    const a = parseArticle('Physicist wins prize\n\nThe Edinburgh physicist talks about winning.\n\nBy Thomas Keane, Science Editor, The Northern Review\n\nJune 6, 2026\n\nSiobhan Adeyemi was marking exam scripts when the call came.');
    expect(a.meta.author).toBe('Thomas Keane, Science Editor, The Northern Review');
    expect(a.meta.published).toBe('June 6, 2026');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['The Edinburgh physicist talks about winning.', 'Siobhan Adeyemi was marking exam scripts when the call came.']);
  });
});
