import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/engine/parse.js';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { findNames } from '../../src/engine/names.js';
import { engineFor, firstSpeakerAskedFor, harbor, library, mars, plant, rates, recall, seed, speakerOfQuote, speakersAskedFor, speakersOfQuotes, storm, transit } from '../helpers/articles.js';

describe('a maker of films or policy is a person', () => {
  it('"the documentary maker Kofi Mensah-Darby" is the "he" of the quote after his reported words, where "the phone maker Vantor" is a company', () => {
    const a = parseArticle('Festival opens amid boycott\n\nThe boycott is led by the documentary maker Kofi Mensah-Darby, 38.\n\nMensah-Darby said he had learned about the deal only in September.\n\n‘I made a film about a coastline being swallowed by the sea,’ he said.');
    expect(speakerOfQuote(a, 'I made a film')).toBe('Kofi Mensah-Darby');
    const b = parseArticle('Phones recalled\n\nThe phone maker Vantor said on Monday it would recall 40,000 handsets.\n\n“Safety comes first,” the company said.');
    expect(speakerOfQuote(b, 'Safety comes first')).toBe('Vantor');
  });
});

describe('quotes in the seed article', () => {
  const a = seed();

  it('finds the three quotations with their speakers and paragraphs', () => {
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.paragraph])).toEqual([
      ['Zakaria Malahifji', 5],
      ['Igor Konashenkov', 8],
      ['Jan Egeland', 10],
    ]);
    expect(a.quotes[0]!.text).toMatch(/^Today the withdrawal is supposed to happen/);
    expect(a.quotes[2]!.text).toMatch(/which is both opposition and government$/);
  });

  it('attributes a quote paragraph from the paragraph that introduces it and "he said" to the last person named', () => {
    // ¶5 follows "Zakaria Malahifji … issued a statement to the press."; ¶10 ends with "he said".
    expect(speakersOfQuotes(a)).toEqual(['Zakaria Malahifji', 'Igor Konashenkov', 'Jan Egeland']);
  });

  it('does not take scare quotes for anyone’s words', () => {
    const texts = a.quotes.map((q) => q.text);
    expect(texts).not.toContain('moderate rebels');
    expect(texts).not.toContain('no man’s land');
  });

  it('gives each speaker the role the text gives, and aliases from it', () => {
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Zakaria Malahifji', 'official in Aleppo-based rebel brigade Fastaqim'],
      ['Igor Konashenkov', 'Russian military spokesman'],
      ['Jan Egeland', 'UN humanitarian adviser'],
      // (The outlets the text names only as reporting: "According to al-Jazeera, …", "Reuters reports that …".)
      ['al-Jazeera', undefined],
      ['Reuters', undefined],
      ['Sky News', undefined],
    ]);
    expect(a.quotes.every((q) => q.speaker !== undefined && q.speaker <= 2)).toBe(true);
    expect(a.speakers[2]!.aliases).toEqual(expect.arrayContaining(['jan egeland', 'egeland', 'jan', 'un humanitarian adviser']));
  });

  it('never makes a photo credit a speaker', () => {
    const names = a.speakers.map((s) => s.name).join(' ');
    for (const credit of ['Alexander Kots', 'Manu Brabo', 'Aleppo Media Center']) expect(names).not.toContain(credit);
  });
});

describe('quotes in other shapes (our own articles)', () => {
  it('handles "said X", "X said" after a role, "?” X asked", "according to X" and a colon lead-in', () => {
    const a = harbor();
    expect(speakersOfQuotes(a)).toEqual([
      'Linda Okafor', // “…,” said Mayor Linda Okafor.
      'Raj Patel', // “…,” council member Raj Patel said.
      'Raj Patel', // "Who pays …?" Patel asked.
      'Raj Patel', // According to Patel, "…"
      'Sofia Marquez', // "…," she said. — two sentences after the name
      'Tom Nguyen', // a quote over two paragraphs, introduced by the paragraph before
      'Linda Okafor', // Okafor told reporters after the vote: "…"
    ]);
  });

  it('joins a quotation that runs over two paragraphs into one quote citing both', () => {
    const a = harbor();
    const spanning = a.quotes.find((q) => q.paragraphs.length > 1)!;
    expect(spanning.paragraphs).toEqual([6, 7]);
    expect(spanning.text).toMatch(/^My family has lived under that bridge.*Do not build a highway over our homes\.$/);
  });

  it('reads straight quotation marks, and takes the role from the title before the name', () => {
    const a = harbor();
    expect(a.speakers.find((s) => s.name === 'Sofia Marquez')!.role).toBe('Engineer');
    expect(a.speakers.find((s) => s.name === 'Linda Okafor')!.role).toBe('Mayor');
    expect(a.quotes.find((q) => q.text.startsWith('Who pays'))).toBeDefined();
  });

  it('skips a nickname and a scare quote in straight marks', () => {
    expect(harbor().quotes.map((q) => q.text)).not.toContain('fast lane');
    expect(mars().quotes.map((q) => q.text)).not.toContain('Cheyava Falls');
  });

  it('keeps a quote that goes on after its attribution sentence as one quote', () => {
    const a = mars();
    expect(speakersOfQuotes(a)).toEqual(['Amara Osei', 'Henrik Lund']);
    expect(a.quotes[1]!.text).toMatch(/^Organic molecules form.*Meteorites are full of them\./);
    expect(a.speakers[1]!.role).toBe('planetary geologist at the University of Copenhagen');
  });

  it('reads a wire story: dateline, abbreviated titles, an age in the apposition, speech that goes on', () => {
    const a = storm();
    expect(speakersOfQuotes(a)).toEqual(['Dana Whitfield', 'Janet Mills', 'Carol Dunn']);
    // Tom Hawley is only reported ("Forecaster Tom Hawley said the winds would ease"): a speaker after those quoted.
    expect(a.speakers.map((s) => s.role)).toEqual(['spokeswoman for Central Maine Power', 'governor', 'retiree', 'Forecaster']);
    // "Central Maine Power" and "National Weather Service" are not people.
    expect(a.speakers.map((s) => s.name)).not.toContain('Central Maine Power');
  });

  it('quotes people the article does not name by the role it gives them', () => {
    const a = plant();
    expect(speakersOfQuotes(a)).toEqual([
      'A fire department spokesperson',
      'A company official', // “…,” a company official said. “…” is one quote
      'Greta Holm',
      'A fire department spokesperson', // "the spokesperson said" refers back
    ]);
    expect(a.speakers[0]!.role).toBeUndefined(); // the name already is the role
  });

  it('takes a capitalised title before a name as the role, in a Markdown block quote too', () => {
    const a = transit();
    expect(speakersOfQuotes(a)).toEqual(['Maya Chen', 'Dev Arora']);
    expect(a.speakers.map((s) => s.role)).toEqual(['Transportation Director', 'Council member']);
  });

  it('quotes an organisation or group the article names only as "the bank"', () => {
    const a = rates();
    expect(speakersOfQuotes(a)).toEqual(['The bank', 'Laura Kim', 'Tom Reyes', 'A Treasury spokesman']);
    expect(a.speakers[1]!.role).toBe('chief economist at Northline Capital');
  });

  it('ends a role at the speech verb before it: "asked Dayton resident Mary Lee"', () => {
    const a = recall();
    expect(a.speakers.find((s) => s.name === 'Mary Lee')!.role).toBe('Dayton resident');
    expect(speakersOfQuotes(a)).toEqual(['Acme Home Goods', 'Acme Home Goods', 'Ana Ortiz', 'Mary Lee']);
  });

  it('joins a quotation cut by its attribution into one', () => {
    const holm = plant().quotes.find((q) => q.text.startsWith('We are not done'))!;
    expect(holm.text).toBe('We are not done, and we will be back next year.');
  });

  it('drops the wire credit line as boilerplate', () => {
    expect(storm().paragraphs.map((p) => p.text).join(' ')).not.toMatch(/contributed to this report/);
  });

  it('finds no quotes in an article without any', () => {
    const a = library();
    expect(a.quotes).toEqual([]);
    // "…, the library board announced on Friday." is reported speech, not a quote.
    expect(a.speakers.map((s) => s.name)).toEqual(['The library board']);
    expect(a.reported.map((r) => r.speaker)).toEqual([0]);
  });

  it('resolves "she said" to the last person named, not to a place or an organisation', () => {
    const a = parseArticle(
      'T\n\nMinister Ana Ruiz visited the Red Cross hospital in San Marco on Friday. She met nurses from the World Health Organization.\n\n“We need more staff,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Ana Ruiz']);
  });
});

describe('British quotation style and quote boundaries', () => {
  it('reads ‘…’ quotes, tells apostrophes from closing marks, and keeps a nested “…” inside', () => {
    const a = parseArticle(
      'T\n\nNurse Jane Hollis spoke outside the ward. ‘We don’t blame the doctors, and the patients’ families don’t either,’ Ms Hollis said.\n\n‘A porter came and said, “You should have been seen hours ago,” which says it all,’ said Tom Bray, 64.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual([
      'We don’t blame the doctors, and the patients’ families don’t either',
      'A porter came and said, “You should have been seen hours ago,” which says it all',
    ]);
    expect(speakersOfQuotes(a)).toEqual(['Jane Hollis', 'Tom Bray']);
  });

  it('reads straight single quotes, and an elision is not an opening mark', () => {
    const a = parseArticle("T\n\nThe band peaked in the '90s. 'It's been a long road back for all of us,' said singer Ann Lowe.");
    expect(a.quotes.map((q) => q.text)).toEqual(["It's been a long road back for all of us"]);
    expect(speakersOfQuotes(a)).toEqual(['Ann Lowe']);
  });

  it('takes ’’ as a closing mark', () => {
    const a = parseArticle('T\n\n“We will rebuild every house on this street’’ Mayor Ed Stone said on Friday.');
    expect(a.quotes.map((q) => q.text)).toEqual(['We will rebuild every house on this street']);
    expect(speakersOfQuotes(a)).toEqual(['Ed Stone']);
  });

  it('does not make a title in single quotes inside a quote a quote of its own', () => {
    const a = parseArticle('T\n\n“‘Salt Year’ is a film that trusts its audience completely,” the jury said in a statement.');
    expect(a.quotes).toHaveLength(1);
  });
});

describe('long names and roles before them', () => {
  it('takes every title word before the name as the role, however long', () => {
    const a = parseArticle('T\n\n“We are ready for the storm,” said New York City Emergency Management Director Raymond Oduya.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Raymond Oduya', 'New York City Emergency Management Director']]);
  });
});

describe('pronouns between two people', () => {
  it('gives “she said” to the woman of two people named, by the pronoun the text used for each', () => {
    const a = parseArticle(
      'T\n\nAna Ruiz opened the session with her own report. Tom Bell then read his figures.\n\nRuiz and Bell both took part in the review. “The weeks of paperwork kept this crew safe,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Ana Ruiz']);
  });

  it('takes gender from a courtesy title, and “he told the judge:” as a pronoun lead-in', () => {
    const a = parseArticle('T\n\nMrs Lane and Mr Cole left the court together. Outside, he told the judge’s clerk: “I will appeal this ruling tomorrow.”');
    expect(speakersOfQuotes(a)).toEqual(['Cole']);
  });
});

describe('organisations and unnamed speakers', () => {
  it('gives "the company said" and "the council wrote" to the body named before, and "it said" too', () => {
    const a = parseArticle(
      'T\n\nShares of Brightwater Tools Inc. fell on Monday. The Dunmore Borough Council approved the plant last year.\n\n“We will keep every job in the valley,” the company said.\n\n“The plant was approved on its merits,” the council wrote in a letter.\n\n“Our offer still stands,” it said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Brightwater Tools', 'Dunmore Borough Council', 'Dunmore Borough Council']);
    expect(a.speakers[0]!.aliases).toContain('company');
  });

  it('reads "of", "for" and "&" inside a body’s name, and an acronym of its initials', () => {
    const a = parseArticle(
      'T\n\nThe Office of Coastal Safety closed the beach, and Harlan Gas & Electric cut power to the pier.\n\n“Nobody should swim here this week,” the office said.\n\nThe Federal Aviation Agency later joined the inquiry. “We are reviewing the footage,” the FAA said.\n\n“Crews are on site,” the utility said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Office of Coastal Safety', 'Federal Aviation Agency', 'Harlan Gas & Electric']);
  });

  it('takes a body an apposition names ("X, a group formed in 2019") and a mid-sentence quote after "X said … that"', () => {
    const a = parseArticle(
      'T\n\nKeep Fenmoor Green, a group formed in 2019, opposes the road.\n\nThe group said late Friday that the road “would cut the village in two and help nobody.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Keep Fenmoor Green']);
  });

  it('does not make a film the speaker of "the “Night Tide” star said"', () => {
    const a = parseArticle('T\n\nNight Tide Studios released the film in May.\n\n“I trained for a year to play her,” the “Night Tide” star said.');
    expect(a.speakers.map((s) => s.name)).not.toContain('Night Tide Studios');
  });

  it('resolves "the diplomat" to an unnamed "A Western diplomat" and keeps "for the trust" in a spokesperson’s role', () => {
    const a = parseArticle(
      'T\n\nA Western diplomat who attended the talks said the mood had soured. “Nobody expected a deal tonight,” the diplomat said.\n\nA spokesperson for the hospital trust said a review had begun. “We are sorry,” the spokesperson said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A Western diplomat', 'A spokesperson for the hospital trust']);
  });

  it('gives a quote paragraph to the body whose statement the paragraph before announces', () => {
    const a = parseArticle(
      'T\n\nThe Harbor City Rovers had threatened to move. The club said in a statement.\n\n“Tonight the city chose to keep us home, and we thank every fan who stood with us.”\n\nThe pier reopened at noon, the harbor authority said in a statement.\n\n“We know how hard the closure has been for everyone who works on the water.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['The club', 'The harbor authority']);
  });
});

describe('who "she" and a surname mean', () => {
  it('gives "she said" to the subject of the sentence before, through sentences that go on about her', () => {
    const a = parseArticle(
      'T\n\nLena Brook spoke after her win. She finished behind Kenya’s Ada Rono last year, and this year she stayed on Rono’s shoulder until the end. “I waited this time,” she said.\n\nMrs Brook’s coach, Tara Vale, runs the club. “She listens,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Lena Brook', 'Tara Vale']);
  });

  it('tells people sharing a surname apart by title: "Dr. Hale" is the doctor, not her son', () => {
    const a = parseArticle(
      'T\n\nDr. Ines Hale, a chemist, died on Monday. Her son, Paul Hale, said she had been ill.\n\nDr. Hale was blunt. In a lecture, she said: “Data do not care what we hope.”\n\n“She never stopped working,” Paul Hale said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Ines Hale', 'Paul Hale']);
  });

  it('takes a surname for the person, not for a business named after them', () => {
    const a = parseArticle('T\n\nRosa Dimas, who runs Dimas Bakery on Main Street, spoke against the plan.\n\n“My customers drive here,” Dimas said.');
    expect(speakersOfQuotes(a)).toEqual(['Rosa Dimas']);
  });
});

describe('one quotation cut by an attribution with dots in it', () => {
  it('keeps a middle initial in the name, and joins across "U.S. Envoy Ray T. Moss, who …" and "p.m."', () => {
    const a = parseArticle(
      'T\n\n“We came to listen,” said U.S. Envoy Ray T. Moss, who landed at 9 p.m. on Monday. “Now we want a plan.”\n\n“If they ask me,” he said, laughing, “I will go first.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Ray T. Moss', 'Ray T. Moss']);
    expect(a.quotes.map((q) => q.text)).toEqual(['We came to listen, Now we want a plan.', 'If they ask me, I will go first.']);
  });

  it('joins a sentence cut by "said Capt. Renee Halvorsen, who chairs …,"', () => {
    const a = parseArticle('T\n\n“Our pilots have spoken with one voice,” said Capt. Renee Halvorsen, who chairs the union’s council, “and what they are saying is that 26 months is long enough.”');
    expect(a.quotes.map((q) => q.text)).toEqual(['Our pilots have spoken with one voice, and what they are saying is that 26 months is long enough.']);
    expect(speakersOfQuotes(a)).toEqual(['Renee Halvorsen']);
  });

  it('does not take "said Acme Securities analyst Jo Lin" for the firm', () => {
    const a = parseArticle('T\n\n“Nobody expected this cut,” said Acme Securities analyst Jo Lin.');
    expect(speakersOfQuotes(a)).toEqual(['Jo Lin']);
  });
});

describe('"she said" after a newcomer', () => {
  it('gives the quote to the woman just named, not to a speaker from paragraphs before', () => {
    const a = parseArticle(
      [
        'T',
        '“We will be careful here,” said Deputy Fire Marshal Rob Keane.',
        'The company said its workers would be paid.',
        'Darnell Hughes, who runs a shop across the street, said he arrived at 6 a.m. “I have never seen flames that high,” Hughes said.',
        'Hughes and his business partner, Marcy Dunn, watched as the roof came down. “It sounded like thunder when the roof went,” she said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rob Keane', 'Darnell Hughes', 'Marcy Dunn']);
  });
});

describe('what a pronoun after a name says of its gender', () => {
  it('does not take "Owen Pike rang her" for Pike being a woman', () => {
    const a = parseArticle(
      [
        'T',
        'Singer Jess Carrow said the reunion became serious last winter, when guitarist Owen Pike rang her after the death of the band’s former manager, Dave Hollis.',
        'Pike, 47, who now teaches music in Stockport, said the four members had rehearsed in secret. ‘The first hour was awkward,’ he said, ‘and then Colm counted in Harbour Lights and it was like 2004 again.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Owen Pike']);
  });
});

describe('no speaker rather than the wrong one', () => {
  it('leaves "he said" unattributed when the only person named is a woman, and never takes an inn for a person', () => {
    const a = parseArticle(
      'T\n\nElaine Whitford said she had won. Her margin was the largest in years.\n\nThe count ended at the Greenbury Inn.\n\n“We will go on and we will win the next one,” he said.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual([undefined]);
    expect(a.speakers.map((s) => s.name)).not.toContain('Greenbury Inn');
  });
});

describe('"he said" after a sentence whose subject is a role', () => {
  it('gives the quote to the manager, not to the club named later in the sentence', () => {
    const a = parseArticle(
      [
        'T',
        '‘He is the type of player this club has been missing,’ said City manager Graham Tolliver.',
        'The manager admitted City had feared the deal was lost last week when Wexley Athletic made an improved offer. ‘There was a 48-hour period where I thought we had missed him,’ he said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Graham Tolliver', 'Graham Tolliver']);
  });

  it('reads the role as the subject after a phrase of where or when, over a man named since', () => {
    const a = parseArticle(
      [
        'T',
        '‘This is the biggest opportunity the region will see,’ said the airport’s chief executive, Simon Achterberg.',
        'Darren Kettley, who runs a coach hire firm, said the runway would secure ‘hundreds of good jobs’.',
        'Outside the hall, the chief executive struck a measured note. ‘We are confident in our case, but we are not complacent,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We are confident')).toBe('Simon Achterberg');
  });
});

describe('a statement quoted as the speaker', () => {
  it('gives "the statement said" and "it read" to the body that issued it, named in full with its possessive', () => {
    const a = parseArticle(
      [
        'T',
        'The Hollis County Sheriff’s Office said in a statement that two people had been arrested. “Deputies are patrolling evacuated neighborhoods around the clock,” the statement said.',
        'Wexley Athletic, who finished above City last season, issued a brief statement on Friday. ‘The club withdrew from negotiations on Tuesday,’ it read.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Hollis County Sheriff’s Office', 'Wexley Athletic']);
    expect(a.speakers.map((s) => s.name)).not.toContain('The statement');
  });
});

describe('a body\'s document quoted after a colon', () => {
  it('gives "The department’s advisory … was blunt: “…”" to the department named before', () => {
    const a = parseArticle(
      [
        'Measles at the airport',
        'The state Department of Public Health said a traveler with measles passed through Concourse B, and Dr. Kwame Osei, the state epidemiologist, urged people to check their records.',
        'The department’s advisory, posted Wednesday morning, was blunt: “If you were in Concourse B on December 28 and you are not immune, call your doctor.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'If you were in Concourse B')).toBe('Department of Public Health');
  });
});

describe('"the district said"', () => {
  it('is the school district named before', () => {
    const a = parseArticle(
      'T\n\nMillbrook Unified School District will exclude unvaccinated students from Pinecrest Elementary for 21 days.\n\n“The health and safety of our students is our highest priority,” the district said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Millbrook Unified School District']);
  });
});

describe('quotes in British reports of a statement and a partial quote', () => {
  const a = parseArticle(
    [
      'T',
      '‘We offer our sincere condolences to Mrs Thornbury’s family,’ a spokesperson for Elmbridge Care Group said. ‘Since her death we have introduced electronic records for every night check.’',
      'Supporters broadly welcomed the move. Harbury City Supporters’ Trust chairman Dennis Okafor said fans had waited ‘a long time for a statement like this’, although he added that prices remained a concern.',
      'The club called the fee ‘fair’ and the deal ‘good business’.',
    ].join('\n\n'),
  );

  it('goes on with the unnamed spokesperson past the body named in their description', () => {
    expect(a.quotes[0]!.text).toContain('Since her death');
    expect(speakersOfQuotes(a)[0]).toBe('A spokesperson for Elmbridge Care Group');
  });

  it('takes a run of words inside what someone is said to have said as their quote, not a scare quote of a word or two', () => {
    expect(a.quotes.map((q) => q.text)).toContain('a long time for a statement like this');
    expect(speakersOfQuotes(a)).toContain('Dennis Okafor');
    expect(a.quotes.some((q) => q.text === 'fair' || q.text === 'good business')).toBe(false);
  });
});

describe('a role in the lead before the story names its holder', () => {
  it('gives "A coroner has said … ‘…’" to the coroner named later', () => {
    const a = parseArticle(
      [
        'T',
        'A coroner has said staff at a care home ‘missed repeated opportunities to prevent further falls’ in the weeks before a resident died.',
        'Senior coroner Dr Alison Featherstone recorded a narrative conclusion on Thursday.',
        '‘That equipment was ordered once and never chased,’ the coroner said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Alison Featherstone', 'Alison Featherstone']);
  });
});

describe('a company named "… Products" and a board called "the agency"', () => {
  it('gives "the company said" to the products maker and "the agency said" to the safety board', () => {
    const a = parseArticle(
      [
        'T',
        'HearthGlow Home Products is recalling about 410,000 heaters, the National Consumer Safety Board said Thursday.',
        '“Safety is the foundation of everything we make,” the company said in a statement.',
        '“Stop using these heaters now,” the agency said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['HearthGlow Home Products', 'National Consumer Safety Board']);
  });
});

describe('words someone puts on a thing', () => {
  it('are their quote: "called the win “…”", "saying families had been ‘…’" after "He blamed …"', () => {
    const a = parseArticle(
      [
        'T',
        'Kiara Harlow, who had never scored more than 24 points, called the win “a statement game for our whole locker room” after two losses.',
        'Labour candidate Samir Khaleel came third. He blamed the early-autumn date, saying many families had been ‘still getting the children back into school’.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]?.name, q.text])).toEqual([
      ['Kiara Harlow', 'a statement game for our whole locker room'],
      ['Samir Khaleel', 'still getting the children back into school'],
    ]);
  });
});

describe('unnamed speakers and a body in an opening clause', () => {
  const a = parseArticle(
    [
      'T',
      '“The aftershocks keep coming,” said Dr. Naomi Feld of the Western Geological Survey.',
      '“It felt like the whole thing was starting over,” said a woman waiting outside the convention center shelter who declined to give her name.',
      'One speaker, who declined to give her name, told the board: “You’ll see fewer of us on the bus.”',
      'Health secretary Martin Hollis urged the union to return to talks. Speaking outside the Department of Health and Social Care in Whitehall on Tuesday, he said: ‘This government has put more money on the table than any other.’',
      '‘Patients should continue to attend appointments,’ a Department of Health and Social Care spokesman said.',
    ].join('\n\n'),
  );

  it('gives each quote to the person the sentence describes', () => {
    expect(speakersOfQuotes(a)).toEqual(['Naomi Feld', 'A woman', 'One speaker', 'Martin Hollis', 'A Department of Health and Social Care spokesman']);
  });
});

describe('one quotation going on after its attribution', () => {
  it('goes on past "it read." and past "the No. 12 bus" in the attribution', () => {
    const a = parseArticle(
      [
        'T',
        'Wexley Athletic issued a brief statement on Friday. ‘The club can confirm that the club withdrew from negotiations,’ it read. ‘We wish him well for the future.’',
        '“I don’t have a car,” said Denise Harwell, 54, a home health aide who rides the No. 12 bus to work. “Every time they balance the budget, they do it on our backs.”',
      ].join('\n\n'),
    );
    expect(a.quotes).toHaveLength(2);
    expect(a.quotes[0]!.text).toContain('We wish him well');
    expect(a.quotes[1]!.text).toContain('Every time they balance');
  });
});

describe('sources and titles on unseen shapes', () => {
  const a = parseArticle(
    [
      'T',
      'The rules were brought forward after a review found that two shipments had been resold, according to a person familiar with the matter.',
      'Helix Lithography said it would comply. “This was coming for months,” the person said.',
      'City Council member Patrice Wendel-Adeyemi, who represents the 3rd District, called the break “a wake-up call this city cannot afford to ignore.”',
      '‘She’s a proper little character already,’ said keeper Tom Ashdown.',
    ].join('\n\n'),
  );

  it('gives "the person said" to the anonymous source a trailing "according to" introduced, not to the company named last', () => {
    expect(speakersOfQuotes(a)[0]).toBe('A person familiar with the matter');
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toContain('A person familiar with the matter');
  });

  it('gives a quote to the person, not the body in her title, and reads "keeper" as a role', () => {
    expect(speakersOfQuotes(a).slice(1)).toEqual(['Patrice Wendel-Adeyemi', 'Tom Ashdown']);
    expect(findSpeakers(a.speakers, 'the keeper').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Tom Ashdown']);
  });
});

describe('someone a sentence describes before the quote', () => {
  it('gives "…, when a delivery driver called 911 to say water was “…”" to the driver', () => {
    const a = parseArticle(
      'T\n\nMayor Jo Lane spoke at noon. The break was reported at 4:47 a.m., when a delivery driver called 911 to say water was “shooting up through the asphalt like a geyser” near the corner.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A delivery driver']);
  });
});

describe('a British quote ending on a plural, after "Its chief executive, Name,"', () => {
  it('closes the quote before "and urged" and gives it to the named chief executive', () => {
    const a = parseArticle(
      [
        'T',
        '‘This medicine is a breakthrough,’ said Sir Anthony Brackenridge-Hale, chief executive of Corvane Pharma.',
        'The charity Breathe Alpha UK welcomed the approval. Its chief executive, Ruth Penhaligon, described the cost as ‘a significant and avoidable hurdle for patients’ and urged the company to act.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.text])).toEqual([
      ['Anthony Brackenridge-Hale', 'This medicine is a breakthrough'],
      ['Ruth Penhaligon', 'a significant and avoidable hurdle for patients'],
    ]);
    expect(a.speakers[1]!.role).toBe('chief executive of Breathe Alpha UK');
  });
});

describe('a firm named with an ampersand', () => {
  it('is the auction house, and the company, that a later "the auction house said" means', () => {
    const a = parseArticle(
      'T\n\nFive bidders competed for the work at Halloway & Pierce’s evening sale of modern art.\n\n“Tonight the market caught up with what scholars have known for decades,” the auction house said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Halloway & Pierce']);
    for (const asked of ['the company', 'Halloway', 'the auction house']) expect(speakersAskedFor(a, asked), asked).toEqual(['Halloway & Pierce']);
  });
});

describe('"the company said" after a housebuilder named "… Homes"', () => {
  it('is the housebuilder', () => {
    const a = parseArticle(
      'T\n\nHarrowgate Homes, which is building the estate, said the find was exciting.\n\n“We have redesigned part of the estate,” the company said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Harrowgate Homes']);
  });
});

describe('"he said" after a paragraph that goes on with "He said …"', () => {
  it('is the judge whose quotation came before, not the defendant named inside it', () => {
    const a = parseArticle(
      [
        'T',
        'Liam Forsyth, 29, was jailed for six years. He had pleaded guilty to causing death by dangerous driving.',
        '‘I am so sorry,’ Mr Forsyth told police.',
        'Sentencing, His Honour Judge Anthony Pemberton-Lowe said Forsyth’s driving had been dangerous.',
        'The judge said: ‘You chose to overtake four vehicles on a bend. You were in a hurry to get to a football match. Helen Whitby paid for that hurry with her life.’',
        'He said he had reduced the sentence by a quarter to reflect Forsyth’s guilty plea.',
        '‘I accept that your remorse is genuine,’ he said, ‘but it cannot outweigh the gravity of what you did.’',
      ].join('\n\n'),
    );
    const remorse = a.quotes.find((q) => q.text.startsWith('I accept'))!;
    expect(a.speakers[remorse.speaker!]!.name).toBe('Anthony Pemberton-Lowe');
  });
});

describe('names beside a role in British and US attributions', () => {
  it('gives the quote to the person, not to the body whose role it is or a body named before', () => {
    const a = parseArticle(
      [
        'T',
        'The Qualifications Standards Authority (QSA) published the figures.',
        'The QSA’s chief regulator, Dr Imogen Tallis, said: ‘These results are a fair reflection of what students know and can do.’',
        'The Universities Admissions Service said 82% got their first choice.',
        '‘Every one of these students should be proud,’ the Education Secretary, Rachel Dunmore, said, ‘but where you grow up should not decide how far you go, and these figures show we still have work to do.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Imogen Tallis', 'Rachel Dunmore']);
    expect(a.quotes).toHaveLength(2);
  });

  it('keeps "Jennings, a retired mail carrier," the Carl Jennings named before, not a carrier company', () => {
    const a = parseArticle(
      'T\n\nCarl Jennings, 61, was sitting in his pickup outside the bank when he saw a man hurry to a car.\n\n“I thought he was just late for something,” said Jennings, a retired mail carrier.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Carl Jennings']);
  });
});

describe('a sentence that reports two people', () => {
  it('gives the quoted words to the one who said them, and the report to its subject', () => {
    const a = parseArticle(
      [
        'T',
        'Police Chief Dana Holloway said officers were at the bank within three minutes.',
        'Carl Jennings, 61, was sitting in his pickup outside the bank when he saw the man leave.',
        'Jennings said he gave officers a description of the car, which Holloway later said had been “a big help in the first few minutes.”',
        'Detective Sgt. Alicia Brandt, who is leading the investigation, said a plate reader recorded the car at 10:03 a.m.',
      ].join('\n\n'),
    );
    const help = a.quotes.find((q) => q.text.startsWith('a big help'))!;
    expect(a.speakers[help.speaker!]!.name).toBe('Dana Holloway');
    const reportedBy = (start: string) => a.speakers[a.reported.find((r) => r.text.startsWith(start))!.speaker]!.name;
    expect(reportedBy('Jennings said')).toBe('Carl Jennings');
    // "Detective Sgt.": two titles, one person, who is the detective.
    expect(reportedBy('Detective Sgt.')).toBe('Alicia Brandt');
    expect(a.speakers.map((s) => s.name)).not.toContain('Sgt');
    expect(findSpeakers(a.speakers, 'the detective').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Alicia Brandt');
  });
});

describe('"the company said" after a business named "… Services"', () => {
  it('is that business, which then answers to "the company"', () => {
    const a = parseArticle(
      'T\n\nA botched configuration change at Nimbus Cloud Services took down payment apps for six hours on Tuesday.\n\nIn a statement on its status page, the company said: “A routine configuration change to our internal load-balancing service was applied incorrectly.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Nimbus Cloud Services']);
    expect(findSpeakers(a.speakers, 'the company').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Nimbus Cloud Services']);
  });
});

describe('more unnamed and pronoun lead-ins', () => {
  it('gives "One employee, who asked not to be identified, said the man had been “…”" to the employee', () => {
    const a = parseArticle(
      'T\n\nPolice Chief Dana Holloway said the man was arrested at 12:52 p.m.\n\nOne employee, who asked not to be identified because the bank had told staff not to speak to reporters, said the man had been “calm, almost polite, like he was paying a bill” and had thanked the teller.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One employee']);
  });

  it('gives "Her message to the rail operator was blunt: ‘…’" to the woman named before', () => {
    const a = parseArticle(
      'T\n\nLocal MP Joanna Featherstone-Rigby said she had raised the condition of the cutting twice.\n\nHer message to the rail operator was blunt: ‘People in this valley deserve to know that the trains are safe.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Joanna Featherstone-Rigby']);
  });
});

describe('a place at the end of a "who …" clause', () => {
  it('does not take the "she" that follows the clause: the quote after "Her message" is the MP’s', () => {
    const a = parseArticle(
      'T\n\nLocal MP Joanna Featherstone-Rigby, who represents Tannersley and Wendle Vale, said she had raised the condition of the cutting with Trackways Britain twice. The same stretch of line was closed for six days in February 2020.\n\nHer message to the rail operator was blunt: ‘People in this valley deserve to know that the trains are safe.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Joanna Featherstone-Rigby']);
  });
});

describe('speakers the text describes but never names', () => {
  it('gives "said one longtime Corvane customer in Milwaukee" to the customer, not to the company the words qualify', () => {
    const a = parseArticle(
      'T\n\nCorvane Wireless Inc. agreed to pay $48.5 million.\n\n“It was buried in a line of taxes and surcharges,” said one longtime Corvane customer in Milwaukee, who asked not to be identified.\n\n“Tents were going past us like tumbleweed,” said one steward, who asked not to be named.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One longtime Corvane customer in Milwaukee', 'One steward']);
  });

  it('does not make a sentence-opening "Current" part of a name', () => {
    const a = parseArticle('T\n\nCorvane Wireless Inc. agreed to pay $48.5 million.\n\nCurrent Corvane customers would receive their share automatically.');
    expect(a.speakers.map((s) => s.name)).not.toContain('Current Corvane');
  });

  it('gives "the spokesperson told reporters" to the Prime Minister’s official spokesperson, not to the minister last named', () => {
    const a = parseArticle(
      'T\n\nHelen Marchbank resigned on Tuesday.\n\nThe Prime Minister’s official spokesperson said the Prime Minister had accepted the resignation.\n\n‘The Prime Minister has been clear from day one,’ the spokesperson told reporters.',
    );
    expect(speakersOfQuotes(a)).toEqual(['The Prime Minister’s official spokesperson']);
  });
});

describe('the speaker among several names', () => {
  it('gives "The leader of Ashcombe Borough Council, Priya Nandra, said: ‘…’" to Nandra', () => {
    const a = parseArticle('T\n\nThe leader of Ashcombe Borough Council, Priya Nandra, said: ‘People here want an MP who is fighting for them.’');
    expect(speakersOfQuotes(a)).toEqual(['Priya Nandra']);
  });

  it('gives a statement paragraph to the body that "…, which runs the festival, said in a statement", not to one named before it', () => {
    const a = parseArticle(
      'T\n\nThe decision was taken jointly with the safety team and Hadleyshire Police, Hollowmere Events, which runs the festival, said in a statement.\n\n‘We know how much this weekend means to the people who have saved up for it.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Hollowmere Events']);
  });

  it('takes "Corvane, the fourth-largest wireless carrier," for Corvane Wireless, so "the carrier" finds it', () => {
    const a = parseArticle(
      'T\n\nCorvane Wireless Inc. agreed to pay $48.5 million.\n\nCorvane, the fourth-largest wireless carrier in the United States, denied the allegations in a statement.\n\n“Corvane has always disclosed its fees clearly.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Corvane Wireless']);
    expect(findSpeakers(a.speakers, 'the carrier').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Corvane Wireless']);
  });
});

describe('a body the sentence describes, then names', () => {
  it('gives "The delivery company Odell worked for, QuickPlate, said in a statement that it was “…”" to QuickPlate', () => {
    const a = parseArticle(
      'T\n\nAnthony Odell said the verdict was fair.\n\nThe delivery company Odell worked for, QuickPlate, said in a statement that it was “grateful for the jury’s decision” and that it had added a feature.',
    );
    expect(speakersOfQuotes(a)).toEqual(['QuickPlate']);
  });

  it('gives "Its report recommended … “…”" to the contractor whose report it is, not to the official named before', () => {
    const a = parseArticle(
      'T\n\nCity engineer Priya Raman said the bridge had been closed.\n\nThat inspection, carried out by an outside contractor, Halvorsen Structural Group, rated the bridge in fair condition. Its report recommended replacing several deck boards and “further evaluation of timber condition at the north abutment within 12 months.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Halvorsen Structural Group']);
  });
});

describe('a library, and a byline', () => {
  it('gives "…,” the Dunmore Falls Public Library said" to the library, never to a name run across the byline’s line break', () => {
    const a = parseArticle(
      'Ransomware knocks library offline\n\nBy Jenna Kowalczyk, Dunmore Falls Courier\nOct. 10, 2025\n\n“Please hang on to your books,” the Dunmore Falls Public Library said in a post on its Facebook page.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Dunmore Falls Public Library']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Dunmore Falls Courier Oct');
  });
});

describe('a survivor’s words relayed by an aid worker', () => {
  it('keeps "…,” the boy told Benedetti, according to her account. “…”" as one quote of the boy the text described before', () => {
    const a = parseArticle(
      'T\n\nLucia Benedetti, a field coordinator with Harbor Light, said many survivors were in shock. She relayed the account of a 17-year-old boy from Eritrea who had been traveling with his brother.\n\n“We were sitting on top of each other,” the boy told Benedetti, according to her account. “I held on to a plastic fuel can for three hours.”',
    );
    expect(a.quotes).toHaveLength(1);
    expect(speakersOfQuotes(a)).toEqual(['A 17-year-old boy from Eritrea']);
  });
});

describe('a public body by an acronym and a name, and an unnamed student', () => {
  it('gives a quote paragraph after "NHS Severnvale, the regional body …, said …. Its statement read:" to NHS Severnvale', () => {
    const a = parseArticle(
      'T\n\nMeridian Health Systems, which supplies the software, said: ‘Our early investigation points to a fault.’\n\nNHS Severnvale, the regional body that oversees health services across the county, said specialists had been asked to check the system. Its statement read:\n\n‘We are working closely with the trust to keep patients safe.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Meridian Health Systems', 'NHS Severnvale']);
  });

  it('gives "“…,” she said" to "One high school junior, who did not give her name," in the same paragraph', () => {
    const a = parseArticle(
      'T\n\n“Who is supposed to watch my kids on Monday?” said Jessica Marlow.\n\nOthers spoke in favor. One high school junior, who did not give her name, told the board that most of her friends already had jobs. “Honestly, a lot of us are already exhausted by Thursday,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Jessica Marlow', 'One high school junior']);
  });
});

describe('a court report', () => {
  it('gives "…,” Assistant U.S. Attorney Rachel Ostrander told jurors" to her, and "said Amberly" to the man, not his company', () => {
    const a = parseArticle(
      [
        'T',
        'Prosecutors say the money came from Curtis Amberly, whose company, Amberly Land Partners, was seeking approval.',
        '“This case is about a man who put City Hall up for sale,” Assistant U.S. Attorney Rachel Ostrander told jurors in her opening statement.',
        '“He told me the council would take care of itself,” said Amberly, the president of Amberly Land Partners.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rachel Ostrander', 'Curtis Amberly']);
  });
});

describe('people a place or a body only qualifies', () => {
  it('gives "“…,” he said" after "At a gas station on the edge of Marlow Falls, a turkey grower … said …" to the grower', () => {
    const a = parseArticle(
      'T\n\nAt a gas station on the edge of Marlow Falls, a turkey grower whose barns sit just inside the zone said the news had left the whole area on edge.\n\n“Everybody out here is checking their birds three times a day now,” he said, asking not to be named.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A turkey grower']);
  });

  it('gives "said one retired schoolteacher from Port Alden" to the schoolteacher, and "the department said" to the Department of Health and Human Services', () => {
    const a = parseArticle(
      [
        'T',
        '“I voted for him twice,” said one retired schoolteacher from Port Alden, who declined to give her name.',
        'The U.S. Department of Agriculture said it was monitoring the outbreak. The Iowa Department of Health and Human Services said the risk to the public remained low.',
        '“There is no evidence of person-to-person spread of this virus,” the department said in a statement.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['One retired schoolteacher from Port Alden', 'Iowa Department of Health and Human Services']);
  });
});

describe('a body named only in the attribution', () => {
  it('gives "…,” the U.S. Attorney’s Office for the Western District of Michigan said" to the office, not the mayor named before', () => {
    const a = parseArticle(
      'T\n\nLeaving the courthouse, Raymond Tolliver offered only a few words: “I’ve waited two years to tell the truth.”\n\n“Public officials who sell their office betray every resident,” the U.S. Attorney’s Office for the Western District of Michigan said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Raymond Tolliver', 'Attorney’s Office for the Western District of Michigan']);
    expect(findSpeakers(a.speakers, 'the office').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Attorney’s Office for the Western District of Michigan');
  });
});

describe('words quoted after "telling … that"', () => {
  it('takes "telling a supporters’ forum that the manager had his ‘complete confidence …’" for the chairman’s words', () => {
    const a = parseArticle(
      'T\n\nBernard Ashcombe, the chairman, said the club would act.\n\nAshcombe had publicly backed Forsythe only three weeks ago, telling a supporters’ forum that the manager had his ‘complete confidence and the full backing of the board’ and would be given time.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['complete confidence and the full backing of the board']);
    expect(speakersOfQuotes(a)).toEqual(['Bernard Ashcombe']);
  });
});

describe('an abbreviated police rank', () => {
  it('gives "‘…,’ Supt Melling said" to Superintendent Joanne Melling, not to a new speaker called "Supt Melling"', () => {
    const a = parseArticle(
      'T\n\nSuperintendent Joanne Melling, who led the response, said the force had treated the report as genuine.\n\n‘When someone tells us they have seen a child with a gun, we will always assume the worst,’ Supt Melling said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Joanne Melling']);
  });
});

describe('a place at the end of a role before "said:"', () => {
  it('gives "Ayesha Thornbury, a 34-year-old nurse trying to reach a hospital shift in west London, said: ‘…’" to her', () => {
    const a = parseArticle(
      'T\n\nCrowds built at London Waterloo through the morning.\n\nAyesha Thornbury, a 34-year-old nurse trying to reach a hospital shift in west London, said: ‘I’ve been here since half six.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Ayesha Thornbury']);
  });
});

describe('a couple sharing a surname', () => {
  it('gives "Mrs Fairweather said:" to the bride, not to the groom named after her', () => {
    const a = parseArticle(
      'T\n\nThe bride, Amelia Fairweather, 27, who married Tom Fairweather, 30, in June, said the day had been ruined.\n\nMrs Fairweather said: ‘We will never forget it, for the wrong reasons.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Amelia Fairweather']);
  });
});

describe('a company by its own name, and its product', () => {
  it('gives "In a statement, Lumora said:" to Lumora Systems, not to the Lumora Store named since', () => {
    const a = parseArticle(
      'T\n\nLumora Systems Inc. lost the case on Monday. The judge found that Lumora, whose Lumora Store is on 40 million phones, had broken the law.\n\nIn a statement, Lumora said:\n\n“We disagree with the decision and will appeal.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Lumora Systems']);
  });

  it('gives a quote after "She did not decide what Lumora must pay, writing only that …" to her, not to the company', () => {
    const a = parseArticle(
      'T\n\nJudge Maria Fenton ruled against Lumora Systems Inc. on Monday.\n\nShe did not decide what Lumora must pay, writing only that any order must “restore the conditions for competition, not merely punish past conduct.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Maria Fenton']);
  });
});

describe('who the company and the hotel are', () => {
  it('gives "The company said in a statement:" to the shipping line named before it', () => {
    const a = parseArticle(
      'T\n\nThe ferry was operated by Brightwater Coastal Lines, which runs eight vessels.\n\nThe company said in a statement:\n\n“We are devastated by this loss.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Brightwater Coastal Lines']);
  });

  it('lets "the hotel" and its full name find what "a spokesman for <its short name>" said', () => {
    const a = parseArticle(
      'T\n\nInspectors visited Fernleigh Park Hotel on Monday.\n\nIn a statement, a spokesman for Fernleigh Park said:\n\n‘We are deeply sorry to everyone who became unwell.’\n\nThe hotel said it had refunded the couple.',
    );
    const spokesman = a.speakers.find((s) => s.name === 'A spokesman for Fernleigh Park')!;
    expect(spokesman.aliases).toEqual(expect.arrayContaining(['fernleigh park hotel', 'hotel']));
    expect(a.speakers[spokesman.speaksFor!]!.name).toBe('Fernleigh Park Hotel');
  });

  it('keeps what a member belongs to: "A member of the kitchen staff, who asked not to be named, said:"', () => {
    const a = parseArticle('T\n\nA member of the kitchen staff, who asked not to be named, said: ‘We were two chefs short that weekend.’');
    expect(speakersOfQuotes(a)).toEqual(['A member of the kitchen staff']);
  });
});

describe('round 15 shapes', () => {
  it('gives "San Esteban Gov. Marisa Quintero-Vidal told reporters" to the governor, not to "San Esteban"', () => {
    const a = parseArticle('T\n\n“Nobody should be going back into the red zone tonight,” San Esteban Gov. Marisa Quintero-Vidal told reporters.');
    expect(speakersOfQuotes(a)).toEqual(['Marisa Quintero-Vidal']);
  });

  it('takes "Lumenfold, a San Francisco startup whose agents …" for a body, and gives it the note it posted', () => {
    const a = parseArticle(
      'T\n\nCorvalis Software Inc. agreed to buy Lumenfold, a San Francisco startup whose agents read invoices.\n\nLumenfold said in a note posted to its website for customers:\n\n“Nothing about your contract changes today.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Lumenfold']);
  });

  it('keeps a person a person: "Naomi Feld, a seismologist at Sierra Costa University, said"', () => {
    const a = parseArticle('T\n\nNaomi Feld, a seismologist at Sierra Costa University, said the fault had ruptured.\n\nIn an interview, Feld said:\n\n“This is exactly the kind of earthquake we expected.”');
    expect(speakersOfQuotes(a)).toEqual(['Naomi Feld']);
  });

  it('lets the description after an unnamed speaker find them: "One rider, an older man in a Route 47 cap who …"', () => {
    const a = parseArticle('T\n\nOne rider, an older man in a Route 47 cap who declined to give his name, told the board simply: “Twenty-six years I’ve been riding that bus.”');
    expect(findSpeakers(a.speakers, 'the older man').map((m) => a.speakers[m.speaker]!.name)).toEqual(['One rider']);
  });
});

describe('round 14 (chess) shapes', () => {
  it('keeps the surname for the story’s subject after his mother is named, and finds "the new champion" for "he said"', () => {
    const a = parseArticle(
      [
        'T',
        'Owen Castellanos, a 19-year-old from San Antonio who learned the game in his grandmother’s kitchen, became the world chess champion on Thursday.',
        '“I don’t think I breathed for the last 10 minutes,” Castellanos said.',
        'Tariq Haddad-Lowe, a grandmaster, said the match would be studied for years.',
        'Marisol Castellanos, a science teacher who flew to Lisbon, said her son “used to line up the pieces by height before he could read.”',
        'Castellanos said he would play in Vancouver in February.',
        'Asked what came next, the new champion laughed.',
        '“I’m going to sleep for about two days,” he said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Owen Castellanos', 'Marisol Castellanos', 'Owen Castellanos']);
  });

  it('goes on with the speaker past a name in a clause about him: "said Gideon Marsh, who has coached Castellanos since he was 11. “…”"', () => {
    const a = parseArticle(
      'T\n\nOwen Castellanos won.\n\n“People see the speed and think that is the whole story,” said Gideon Marsh, the former U.S. championship contender who has coached Castellanos since he was 11. “What they don’t see is that he lost Game 9 and slept like a baby.”',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['Gideon Marsh']);
  });

  it('gives the words of "A member of Sándor’s team, who asked not to be named," to the member, not to Sándor', () => {
    const a = parseArticle(
      'T\n\nViktor Sándor lost the final.\n\nA member of Sándor’s team, who asked not to be named, said the camp had expected quiet openings. “We prepared for the wrong player,” the team member said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A member of Sándor’s team']);
  });
});

describe('a family’s statement', () => {
  it('gives the paragraph after "In a statement released through his agent on Monday, the family said:" to the family, and takes that line for no report', () => {
    const a = parseArticle(
      'T\n\nHugh Penhallow, the actor, has died aged 81.\n\nIn a statement released through his agent on Monday, the family said:\n\n‘Hugh died peacefully with Margaret at his side. He was a wonderful husband, father and grandfather.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['The family']);
    expect(a.reported).toEqual([]);
  });
});

describe('a railway that writes', () => {
  it('gives "It wrote on X: ‘…’" to the railway company named before', () => {
    const a = parseArticle(
      'T\n\nAnglian Coast Railway has confirmed it will run no trains at all for the rest of the day. It wrote on X: ‘We’re really sorry, but there will be no services for the rest of today.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Anglian Coast Railway']);
  });
});

describe('a message delivered', () => {
  it('gives "Earlier, on breakfast radio, she had a blunt message for the union’s leadership: ‘…’" to her', () => {
    const a = parseArticle(
      'T\n\nThe Transport Secretary, Helen Marchbank, said the government would not intervene.\n\nEarlier, on breakfast radio, she had a blunt message for the union’s leadership: ‘Put the offer to your members. Let them decide.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Helen Marchbank']);
  });
});

describe('an unnamed speaker by age', () => {
  it('gives "‘…,’ she said" after "One 14-year-old pupil, walking out with friends, said …" to the pupil', () => {
    const a = parseArticle(
      'T\n\nRachel Thwaite, the head teacher, said the school had acted quickly.\n\nOne 14-year-old pupil, walking out with friends shortly after 3pm, said most of her class had assumed it was a practice.\n\n‘We did a lockdown drill in September, so everyone thought it was that again,’ she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One 14-year-old pupil']);
  });
});

describe('round 16 shapes', () => {
  it('keeps "Raymond Vael, a Chicago-area real estate developer who …" a person', () => {
    const a = parseArticle('T\n\nTeam owner Raymond Vael, a Chicago-area real estate developer who bought the team in 2019, sat in the front row.\n\n“This is a ballpark for the whole city,” Vael said after the vote.');
    expect(speakersOfQuotes(a)).toEqual(['Raymond Vael']);
  });

  it('gives "In a letter sent to Ms Marwick in May, the group wrote: ‘…’" to the group, not to whom it was sent', () => {
    const a = parseArticle(
      'T\n\nThe energy minister, Helen Marwick, announced the grants.\n\nThe consumer group Fair Deal Homes said the scheme was welcome. In a letter sent to Ms Marwick in May, the group wrote: ‘Households who switch in good faith should not be left worse off.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Fair Deal Homes']);
  });

  it('reads "A senior industry figure, who asked not to be named, said:" as an unnamed speaker', () => {
    const a = parseArticle('T\n\nA senior industry figure, who asked not to be named because of continuing talks, said: ‘Thirty million pounds trains a few thousand people.’');
    expect(speakersOfQuotes(a)).toEqual(['A senior industry figure']);
  });

  it('takes "The Bangkok-based conservation group Pangolin Watch Asia said in a statement:" and "NHS England said" for bodies', () => {
    const a = parseArticle(
      'T\n\nThe Bangkok-based conservation group Pangolin Watch Asia said in a statement:\n\n“Every tonne seized at a port represents thousands of animals.”\n\n‘We will be working closely with the trust,’ NHS England said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Pangolin Watch Asia', 'NHS England']);
  });

  it('reads a long title before the name: "Haiphong People’s Procuracy Deputy Chief Prosecutor Tran Thi Mai Anh told …"', () => {
    const a = parseArticle(
      'T\n\n“The pattern repeats,” said Chua Mei Ling, the group’s regional director.\n\n“We are following the money, not only the cargo,” Haiphong People’s Procuracy Deputy Chief Prosecutor Tran Thi Mai Anh told a news conference.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Chua Mei Ling', 'Tran Thi Mai Anh']);
  });
});

describe('round 17 shapes', () => {
  it('gives "“…,” the authority said in a statement" to the Kesset River Bridge Authority named before', () => {
    const a = parseArticle('T\n\nThe Kesset River Bridge Authority voted 5-2 to raise tolls.\n\n“The bridge is safe for all traffic today,” the authority said in a statement issued after the meeting.');
    expect(speakersOfQuotes(a)).toEqual(['Kesset River Bridge Authority']);
  });

  it('gives the statement after "In a statement posted on the Instagram account of Kilnford Pottery, the workshop she founded in 1964, the family wrote:" to the family', () => {
    const a = parseArticle(
      'T\n\nHonor Penwarden, the potter, has died aged 88.\n\nIn a statement posted on the Instagram account of Kilnford Pottery, the workshop she founded with her husband in 1964, the family wrote:\n\n‘Our mother died peacefully at home on Sunday afternoon.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['The family']);
  });

  it('gives a statement closed by "the statement said" to the man who "said in a longer statement" before it', () => {
    const a = parseArticle(
      'T\n\nAnders Kjellberg-Vance, the founder, apologised.\n\nIn a longer statement posted on the company’s website, he said he would cooperate with any investigation.\n\n“Over the past year, we allowed too much of our balance sheet to be tied up.\n\n“I believed we could fix this. I was wrong,” the statement said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Anders Kjellberg-Vance']);
  });

  it('gives "It called the reliance on software ‘a lottery’" to the body the paragraph has just named', () => {
    const a = parseArticle(
      'T\n\nThe Fenmoor Students’ Union said it had supported 120 students through hearings this year. It called the university’s reliance on detection software ‘a lottery’.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Fenmoor Students’ Union']);
  });

  it('gives "the statement said" to a body the paragraph before names by its noun ("In a statement, the council …"), or two paragraphs up past one naming no one', () => {
    const council = parseArticle(
      'T\n\nFenwick District Council brought the prosecution.\n\nIn a statement, the council reminded residents to check who takes their waste.\n\n‘Ask to see a licence before you hand anything over,’ the statement said.',
    );
    expect(speakersOfQuotes(council)).toEqual(['Fenwick District Council']);
    const agency = parseArticle(
      'T\n\nIn a statement, the Northern Rail Authority said delays had doubled since May.\n\nIt said 312 trains were cancelled on Friday alone.\n\n“We apologise to every passenger affected,” the statement said.',
    );
    expect(speakersOfQuotes(agency)).toEqual(['Northern Rail Authority']);
  });

  it('keeps "County" at a sentence start from meaning "Marlow County Fairgrounds": "County epidemiologist Gwen Parikh said … “…”"', () => {
    const a = parseArticle(
      'T\n\nA clinic opens Thursday at the Marlow County Fairgrounds, Exhibit Hall B.\n\nCounty epidemiologist Gwen Parikh said contact tracers had so far found “about 140 people who may have been exposed, and we expect that number to grow.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Gwen Parikh']);
  });
});

describe('an exchange is a company', () => {
  it('gives "In the filing, Veltrix blamed “…”" to Veltrix, "a Singapore-based cryptocurrency exchange"', () => {
    const a = parseArticle(
      'T\n\nVeltrix, a Singapore-based cryptocurrency exchange that handled $4 billion a day, filed for bankruptcy.\n\n“They were still telling big clients on Friday that everything was fine,” said a person familiar with the exchange’s operations.\n\nIn the filing, Veltrix blamed “a rapid and sustained loss of customer confidence that no exchange of our size could have withstood,” and said it would seek a sale.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A person familiar with the exchange’s operations', 'Veltrix']);
  });
});

describe('round 18 shapes', () => {
  it('gives "“…,” Priya Raman, a passenger from Raleigh, North Carolina, wrote on Facebook" to her (a place with a comma in the apposition)', () => {
    const a = parseArticle('T\n\n“Half our dinner table is missing,” Priya Raman, a passenger from Raleigh, North Carolina, wrote on Facebook on Monday.');
    expect(speakersOfQuotes(a)).toEqual(['Priya Raman']);
  });

  it('gives the statement after "The company defended the decision in a statement issued on Tuesday." to the company', () => {
    const a = parseArticle(
      'T\n\nHarlow Therapeutics raised the price of Veltrexa by 38%.\n\nThe company defended the decision in a statement issued on Tuesday morning.\n\n“List prices do not reflect what most patients pay.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Harlow Therapeutics']);
  });

  it('gives "…, which Whitcomb called “…”" to Whitcomb, not to the sentence’s subject', () => {
    const a = parseArticle(
      'T\n\nRenee Whitcomb, the pilot, flew the crew in.\n\nFlight paramedic Jordan Ames spotted a rain jacket spread on the snow, which Whitcomb called “the single best thing they could have done for us.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Renee Whitcomb']);
  });

  it('gives "‘…,’ Ipsa said" to the Independent Parliamentary Standards Authority (Ipsa): initials written as a word', () => {
    const a = parseArticle(
      'T\n\nRules set by the Independent Parliamentary Standards Authority (Ipsa) bar MPs from renting from relatives.\n\n‘We have no record of any advice being given,’ Ipsa said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Independent Parliamentary Standards Authority']);
    expect(findSpeakers(a.speakers, 'Ipsa').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Independent Parliamentary Standards Authority');
  });

  it('gives a role set off before a name that ends the sentence: "…by the parliamentary commissioner for standards, Dame Judith Harrowby."', () => {
    const a = parseArticle(
      'T\n\nThe flat was owned by his brother-in-law, according to a report by the parliamentary commissioner for standards, Dame Judith Harrowby.\n\nShe said Mr Pellow had failed to declare it.',
    );
    expect(a.speakers.find((s) => s.name === 'Judith Harrowby')?.role).toBe('parliamentary commissioner for standards');
    expect(findSpeakers(a.speakers, 'the standards commissioner').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Judith Harrowby']);
  });

  it('finds the sheriff, not the sheriff’s office, for "the sheriff"', () => {
    const a = parseArticle(
      'T\n\nTwo hikers were rescued, the Calder County Sheriff’s Office said.\n\n“They did a lot of things right,” said Calder County Sheriff Raymond Okafor.\n\nAccording to the sheriff’s office, the hikers spent both nights under a rock overhang.',
    );
    expect(findSpeakers(a.speakers, 'the sheriff').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Raymond Okafor');
    // "the sheriff’s office" is the office named before, not a new speaker.
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Calder County Sheriff’s Office', 'Calder County Sheriff’s Office']);
  });
});

describe('round 19 shapes', () => {
  it('keeps the client’s "her" from making her lawyer a woman: "Her lawyer, Anton Reinholt, said … her results …" then "He described it as “…”"', () => {
    const a = parseArticle(
      'T\n\nLidia Marenko, the runner, was banned for four years.\n\nMarenko has denied taking anything. Her lawyer, Anton Reinholt, said they would ask for the disqualification of her results to be put on hold.\n\nHe described the handling of the sample as “riddled with gaps that the panel chose to overlook.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Anton Reinholt']);
  });

  it('takes "District Judge Ashdown" for the judge named in full before, not a second person', () => {
    const a = parseArticle(
      'T\n\nDistrict Judge Helen Ashdown had a blunt message: ‘You did nothing.’\n\nDistrict Judge Ashdown said she had reduced each fine to reflect the guilty plea.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Helen Ashdown']);
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Helen Ashdown']);
  });

  it('gives "Another tenant, who asked not to be named, said: ‘…’" to another tenant, not to the tenant named before', () => {
    const a = parseArticle(
      'T\n\n‘The mould was back every morning,’ said Kayleigh Morton, who lived in flat 9.\n\nAnother tenant, who asked not to be named because she still lives in the block, said: ‘We have all paid our rent on time for years.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Kayleigh Morton', 'Another tenant']);
  });

  it('reads a court report’s "Prosecuting for the council, Priya Raman told the court" as the prosecutor', () => {
    const a = parseArticle('T\n\nProsecuting for the council, Priya Raman told the court: ‘Officers found black mould in nine of the 11 flats.’');
    expect(a.speakers[0]).toMatchObject({ name: 'Priya Raman', role: 'prosecutor' });
    expect(findSpeakers(a.speakers, 'the prosecutor').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Priya Raman']);
  });

  it('gives "The conservatory said in a statement" to the Lakemont Conservatory of Music named before', () => {
    const a = parseArticle('T\n\nIn 1989 he joined the faculty of the Lakemont Conservatory of Music, where he taught for 27 years.\n\nThe conservatory said in a statement Wednesday that more than 600 students had studied with him.');
    expect(speakersAskedFor(a, 'the conservatory')).toEqual(['Lakemont Conservatory of Music']);
  });

  it('reads "Prosecuting, Ms Priya Lindgate" and "Mitigating, Mr Owen Thursby" with their courtesy titles as the prosecutor and the defence lawyer', () => {
    const a = parseArticle('T\n\nProsecuting, Ms Priya Lindgate told the court the statements were false.\n\n‘Each statement was a work of fiction,’ Ms Lindgate said.\n\nMitigating, Mr Owen Thursby said his client had a gambling addiction.\n\n‘He does not ask for sympathy,’ Mr Thursby said.');
    expect(speakersAskedFor(a, 'the prosecution')).toEqual(['Priya Lindgate']);
    expect(speakersAskedFor(a, 'the defence')).toEqual(['Owen Thursby']);
  });

  it('gives "‘…,’ said the Royal College of Cardiac Physicians’ vice-president for public health, Dr Fiona Gault." to her, with that role', () => {
    const a = parseArticle(
      'T\n\n‘Atrial fibrillation often goes unnoticed until someone has a stroke,’ said the Royal College of Cardiac Physicians’ vice-president for public health, Dr Fiona Gault.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Fiona Gault']);
    expect(a.speakers[0]!.role).toBe('Royal College of Cardiac Physicians’ vice-president for public health');
  });

  it('makes "Marcus Bell, 47, has worked on the plant’s enamel line" the worker', () => {
    const a = parseArticle('T\n\nMarcus Bell, 47, has worked on the plant’s enamel line for 22 years.\n\n“I started here when I was 25,” Bell said.');
    expect(findSpeakers(a.speakers, 'the worker').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Marcus Bell']);
  });
});

describe('round 20 shapes', () => {
  it('keeps "Jolene Park, executive director of …" a person, so "Park said: “…”" is hers', () => {
    const a = parseArticle('T\n\nJolene Park, executive director of the Fair Screens Coalition, said the timing was hard to defend.\n\nPark said: “Families are being asked to pay more for the same shows.”');
    expect(speakersOfQuotes(a)).toEqual(['Jolene Park']);
  });

  it('reads "Treglos No 8 Danny Keast" as a number eight, not a person called "Treglos No"', () => {
    const a = parseArticle('T\n\nTrevail was hurt tackling Treglos No 8 Danny Keast.\n\n‘He was brilliant,’ said Treglos head coach Neil Varcoe.\n\nTreglos head coach Neil Varcoe called the yellow card ‘harsh, but probably the right call on the letter of the law’.');
    expect(a.speakers.map((s) => s.name)).not.toContain('Treglos No');
    expect(speakersOfQuotes(a)).toEqual(['Neil Varcoe', 'Neil Varcoe']);
  });

  it('gives the statement after "Penharrow RFC said in a statement on Saturday evening:" to the club', () => {
    const a = parseArticle('T\n\nPenharrow RFC said in a statement on Saturday evening:\n\n‘Owen was taken to hospital as a precaution and is comfortable.’');
    expect(speakersOfQuotes(a)).toEqual(['Penharrow RFC']);
  });

  it('gives "The skipper had a message for the Penharrow supporters …: ‘…’" to the captain named before', () => {
    const a = parseArticle(
      'T\n\nPenharrow RFC beat Treglos. Captain Sam Hocking lifted the cup.\n\nThe skipper had a message for the Penharrow supporters who made the 14-mile trip: ‘This one is for you.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Sam Hocking']);
  });

  it('gives "City Council Member Priya Haldane, whose ward …, wrote on Facebook: “…”" to her, not to the council', () => {
    const a = parseArticle('T\n\nCity Council Member Priya Haldane, whose Ward 3 includes the intersection, wrote on Facebook on Sunday: “No stolen car is worth a human life.”');
    expect(speakersOfQuotes(a)).toEqual(['Priya Haldane']);
  });

  it('gives "…,” said one of the four divers who made the first descent" to that diver', () => {
    const a = parseArticle('T\n\nThe Tessaly County Historical Society helped.\n\n“It was like walking into somebody’s house,” said one of the four divers who made the first descent, who asked not to be named.');
    expect(speakersOfQuotes(a)).toEqual(['One of the four divers']);
  });

  it('keeps "Pettibone said her family keeps the watch he left" from making her a man', () => {
    const a = parseArticle(
      'T\n\nDana Whitcombe led the dive.\n\nLorraine Pettibone is the great-great-granddaughter of Capt. Marchbank.\n\n“I grew up with a picture of him on the piano,” she said.\n\nPettibone said her family still keeps the captain’s pocket watch, which he left at home.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Lorraine Pettibone']);
  });

  it('gives "…, a routine Whitcombe likened to “…”" to Whitcombe', () => {
    const a = parseArticle('T\n\nDana Whitcombe led the search.\n\nThe team swept the lakebed in long lines, a routine Whitcombe likened to “mowing the world’s biggest, coldest lawn.”');
    expect(speakersOfQuotes(a)).toEqual(['Dana Whitcombe']);
  });
});

describe('round 21 shapes', () => {
  it('does not take a subheading in capitals and quote marks for a quote', () => {
    const a = parseArticle('T\n\nThe house exploded on Sunday.\n\n\'HAROLD\'S HOUSE JUST WASN\'T THERE\'\n\n“I looked out and his house just wasn’t there,” said neighbor Tina Brooks.');
    expect(a.quotes.map((q) => q.text)).toEqual(['I looked out and his house just wasn’t there']);
  });

  it('gives "…,” said Budget and Finance Committee Chairman Ronald Pike" to him, not to "Budget"', () => {
    const a = parseArticle('T\n\n“We are balancing this budget on the backs of kids,” said Budget and Finance Committee Chairman Ronald Pike, who represents Ward 4.');
    expect(speakersOfQuotes(a)).toEqual(['Ronald Pike']);
    expect(a.speakers[0]!.role).toBe('Budget and Finance Committee Chairman');
  });

  it('gives "“…,” the woman said" to the unnamed neighbor just described', () => {
    const a = parseArticle(
      'T\n\nOne neighbor, who asked not to be named because she rents her home, said she had noticed something off over the weekend.\n\n“I smelled gas walking my dog on Saturday night,” the woman said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One neighbor']);
  });
});

describe('round 22 shapes', () => {
  it('reads ‘…’ after a verb that judges in someone\'s words ("accused the company of ‘…’")', () => {
    const a = parseArticle('T\n\nMaureen Oakley spoke to strikers.\n\nOakley later accused the company of ‘hiding behind its investment programme while the people who do the work fall further behind’ and said the union was ready.');
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.text])).toEqual([['Maureen Oakley', 'hiding behind its investment programme while the people who do the work fall further behind']]);
  });

  it('keeps a department\'s "and" inside a role set off before the name', () => {
    const a = parseArticle('T\n\nThe shadow work and pensions secretary, Daniel Okafor, called the announcement ‘a stealth tax on people who started work at sixteen’.');
    expect(a.speakers[0]!.role).toBe('shadow work and pensions secretary');
    expect(findSpeakers(a.speakers, 'the shadow work and pensions secretary').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Daniel Okafor']);
  });

  it('gives words quoted inside a report to whoever the sentence reports', () => {
    const a = parseArticle("T\n\nThe city police said the bridge would stay closed overnight, and urged residents to 'use public transport wherever possible and allow a great deal of extra time'.");
    expect(speakersOfQuotes(a)).toEqual(['The city police']);
  });

  it('does not make "later" part of an unnamed speaker', () => {
    const a = parseArticle(
      "T\n\nIn a statement, Meridian Terminals said: ‘We are disappointed that the union has chosen to strike.’\n\nA spokesperson for Meridian Terminals later told us that three ships had been diverted to other ports, and that 'we expect further disruption to sailings over the coming days'.",
    );
    expect(speakersOfQuotes(a)).toEqual(['Meridian Terminals', 'A spokesperson for Meridian Terminals']);
  });
});

describe('round 22 bodies', () => {
  const who = (a: ReturnType<typeof parseArticle>, query: string) => findSpeakers(a.speakers, query).map((m) => a.speakers[m.speaker]!.name);

  it('keeps a saint\'s possessive inside a hospice\'s name', () => {
    const a = parseArticle('T\n\nSt Aldhelm’s Hospice said in a statement: ‘We are enormously grateful to everyone who has continued to give.’');
    expect(speakersOfQuotes(a)).toEqual(['St Aldhelm’s Hospice']);
  });

  it('takes "port operator Meridian Terminals" as what readers call the body, article or not', () => {
    const a = parseArticle(
      'T\n\nThe union rejected a 4.5% offer from port operator Meridian Terminals.\n\nOne crane operator said: ‘Nobody wants to lose eight days of wages.’\n\n‘We expect more disruption over the coming days,’ the port operator said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One crane operator', 'Meridian Terminals']);
    expect(who(a, 'the port operator')[0]).toBe('Meridian Terminals');
  });

  it('finds the head of a body the article never quotes by the body\'s initials', () => {
    const a = parseArticle("T\n\n‘We are not here because we want to be here,’ said Tomas Reiber, president of the National Farmers' Union (NFU), from the cab of a tractor.");
    expect(who(a, 'NFU')).toEqual(['Tomas Reiber']);
    expect(who(a, "the National Farmers' Union")).toEqual(['Tomas Reiber']);
  });

  it('finds the head of a body her role names by its initials as "the union leader"', () => {
    const a = parseArticle(
      'T\n\nThe Unified Dock and Transport Union (UDTU) rejected the offer. The union said more strikes would follow.\n\nGary Pendle, who runs Pendle Freight, said: ‘I have drivers stuck in their cabs for hours.’\n\nUDTU general secretary Maureen Oakley told strikers: ‘Our members kept this port running through the pandemic.’',
    );
    expect(who(a, 'the union leader')[0]).toBe('Maureen Oakley');
  });
});

describe('round 23 shapes', () => {
  const who = (a: ReturnType<typeof parseArticle>, query: string) => findSpeakers(a.speakers, query).map((m) => a.speakers[m.speaker]!.name);

  it('reads past an apposition with commas of its own to the speech verb', () => {
    const a = parseArticle(
      'T\n\nThe Harlan County Canvassing Board certified results Friday.\n\nThe canvassing board, made up of a county judge, a commissioner and the elections supervisor, said in a written statement that it had “reviewed every rejected provisional ballot individually” and would write to voters.\n\n“The board is confident that the review was conducted consistently,” the statement said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Harlan County Canvassing Board', 'Harlan County Canvassing Board']);
  });

  it('reads British police ranks as titles: "PC Lauren Pike" is "PC Pike" and "the officer"', () => {
    const a = parseArticle('T\n\nHarrow messaged fellow response officer PC Lauren Pike that night.\n\n‘I liked Dan. Everybody on the team liked Dan,’ PC Pike told the panel.');
    expect(speakersOfQuotes(a)).toEqual(['Lauren Pike']);
    expect(who(a, 'PC Pike')[0]).toBe('Lauren Pike');
    expect(who(a, 'the officer')[0]).toBe('Lauren Pike');
  });

  it('takes "the landlady" for the woman the story is about when no one holds that role', () => {
    const a = parseArticle(
      "T\n\n‘I found out in an email on a Friday afternoon,’ said Sandra Pryce, 56, who has held the tenancy since 2011.\n\nMrs Pryce and her husband, Colin, took on the Crook when it had been shut for eight months.\n\nA pint of Fenmoor Best now costs £4.60 at the bar. The landlady says she has held it there because ‘anything over a fiver and the pensioners stop coming in’.\n\n‘We’ve had christenings here, wakes, the cricket club dinner every September,’ she said.",
    );
    expect(speakersOfQuotes(a)).toEqual(['Sandra Pryce', 'Sandra Pryce', 'Sandra Pryce']);
  });

  it('takes the first of two surnames alone for a speaker named with both ("Arévalo" for Lucía Arévalo Pazmiño)', () => {
    const a = parseArticle(
      'T\n\n“When I saw those eyes, I laughed out loud,” said Lucía Arévalo Pazmiño, a herpetologist at the Andean Biodiversity Institute.\n\nMarcus Oyelaran, a doctoral student at Halvorsen, said the frog was big. “People imagine that the age of discovery is over,” Oyelaran said.\n\nThat last point worries the team most. Arévalo said the surveys found the frog only between 2,650 and 2,900 meters.\n\n“That is the whole world for this animal,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Lucía Arévalo Pazmiño', 'Marcus Oyelaran', 'Lucía Arévalo Pazmiño']);
  });

  it('reads "one of those landowners" as one of a group, as "one of the"', () => {
    const a = parseArticle('T\n\nTwo landowners had agreed to fence cattle out.\n\nOne of those landowners, who asked not to be named, said: “I didn’t know there was anything special up there.”');
    expect(speakersOfQuotes(a)).toEqual(['One of those landowners']);
  });

  it('keeps "Fishermen’s Federation" one body, and gives it the words "which the federation described as ‘…’"', () => {
    const a = parseArticle(
      "T\n\nThe North Coast Inshore Fishermen’s Federation had urged the minister to refuse the application.\n\nIn a statement, the federation said: ‘Our members were told throughout this process that their voices mattered.’\n\nArdent Breeze has set aside £2m for a fisheries fund, which the federation described as 'nowhere near enough for the livelihoods at stake'.",
    );
    expect(speakersOfQuotes(a)).toEqual(['North Coast Inshore Fishermen’s Federation', 'North Coast Inshore Fishermen’s Federation']);
  });

  it('takes "a 19-year-old festivalgoer from Toledo" for an unnamed speaker, whose "she said" follows', () => {
    const a = parseArticle(
      'T\n\nKayla Brandt, 24, of Lansing, said she lost her footing.\n\nA 19-year-old festivalgoer from Toledo, Ohio, who asked that her name not be used because her employer did not know she had attended, said there were too few guards at the front.\n\n“There were maybe four guards on that whole section of fence,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A 19-year-old festivalgoer from Toledo']);
  });

  it('gives "the regulator said" to the regulatory office named before when no person is the regulator', () => {
    const a = parseArticle(
      "T\n\nThe Aviation and Spaceflight Regulatory Office said there had been ‘no safety-related occurrences during the flight’.\n\n'The operator's licence permits further passenger flights subject to the conditions already set,' the regulator said.",
    );
    expect(speakersOfQuotes(a)).toEqual(['Aviation and Spaceflight Regulatory Office', 'Aviation and Spaceflight Regulatory Office']);
  });

  it('goes on with the speaker past the company whose chief executive she is', () => {
    const a = parseArticle(
      "T\n\nSkyhaven Astronautics flew its first paying passengers on Wednesday.\n\n'Today we stopped being a company that talks about spaceflight,' said Annika Strand-Rowe, Skyhaven's chief executive, at a news conference. ‘Every one of those four people paid for a seat, and every one of them came home smiling.’",
    );
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.text])).toEqual([['Annika Strand-Rowe', 'Today we stopped being a company that talks about spaceflight, Every one of those four people paid for a seat, and every one of them came home smiling.']]);
  });

  it('goes on with the speaker past the company her title opens with ("Halcyon CEO Dana Whitlock")', () => {
    const a = parseArticle(
      'T\n\nHalcyon Orbital will begin selling satellite internet on Sept. 15, the company announced.\n\n“For twenty years, rural America has been told to wait,” Halcyon CEO Dana Whitlock said in an interview. “Wait for the fiber, wait for the tower, wait for the grant money.”',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Dana Whitlock']);
  });

  it('gives "Simon Greaves, representing Harrow, told the panel" the role of Harrow\'s representative', () => {
    const a = parseArticle('T\n\nSimon Greaves, representing Harrow on behalf of the Police Federation, told the panel his client was \'deeply ashamed of what he did that night\'.');
    expect(a.speakers[0]!.role).toBe('representative of Harrow on behalf of the Police Federation');
    expect(who(a, "Harrow's representative")[0]).toBe('Simon Greaves');
  });
});

describe('round 24 shapes', () => {
  it('gives "she said" to the unnamed resident the sentence before introduces', () => {
    const a = parseArticle(
      "T\n\nA resident who lives beside the river at Hadley, and who did not want to be named, told the BBC the smell had been unbearable last August.\n\n‘You can't even open the windows in summer,’ she said. ‘My grandchildren used to paddle at the bottom of the garden.’",
    );
    expect(speakersOfQuotes(a)).toEqual(['A resident']);
  });

  it('takes a shop named with a possessive for a company when it speaks ("Brantley’s said in a statement")', () => {
    const a = parseArticle("T\n\nRivals moved quickly. Brantley’s said in a statement on Tuesday evening that it would ‘match Harwell’s shelf price on every comparable product’ from Friday.");
    expect(speakersOfQuotes(a)).toEqual(['Brantley’s']);
    expect(findSpeakers(a.speakers, "Brantley's").map((m) => a.speakers[m.speaker]!.name)).toEqual(['Brantley’s']);
    expect(findSpeakers(a.speakers, 'the company').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Brantley’s']);
  });

  it("does not take a title in quote marks for a quote (\"reissue “Red Clay Sunday” on vinyl\")", () => {
    const a = parseArticle(
      'T\n\n“He played every night like it was his last,” said Miriam Halloway, the label’s founder.\n\nMs. Halloway said the label planned to reissue “Red Clay Sunday” on vinyl next spring, with four previously unreleased takes.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['He played every night like it was his last']);
    // …and the sentence is her report, not a quote's.
    expect(a.reported.map((r) => r.text)).toEqual(['Ms. Halloway said the label planned to reissue “Red Clay Sunday” on vinyl next spring, with four previously unreleased takes.']);
  });

  it('gives a quote to "he" of the clause nearest it, not to a name earlier in the sentence', () => {
    const a = parseArticle(
      [
        'Heist',
        'Miriam Castellano, the museum’s curator, said she was heartbroken.',
        'Walter Dunphy, 72, held that job for 11 years.',
        'He said he did not blame Castellano, whom he called “the hardest-working person in this county,” but he told the board at a public meeting in March 2023 that cutting his post had been “penny-wise and a million dollars foolish.”',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.text.slice(0, 10)])).toEqual([['Walter Dunphy', expect.any(String)]]);
    expect(a.quotes[0]!.text).toMatch(/penny-wise/);
  });

  it('gives "…, which the union dismissed as ‘nowhere near enough’" to the union', () => {
    const a = parseArticle(
      'Ferry\n\nThe union behind the walkout, the National Union of Seafarers (NUS), says its members have had enough.\n\nWestway’s last offer, tabled on 5 August, was 4.5% this year and a further 3% next year, which the union dismissed as ‘nowhere near enough’.',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['National Union of Seafarers']);
  });

  describe('a British court report', () => {
    const a = parseArticle(
      [
        'Builder jailed',
        'Labourer Liam Askew, 34, of Reddish, died on 14 March 2023 when the scaffold gave way.',
        'Judge Nicholas Thrale jailed the builder for six years.',
        'The judge said Mr Askew’s death had been ‘entirely avoidable’ and described Whitmore’s approach to safety on the site as ‘cavalier in the extreme’.',
        'In a victim personal statement read to the court by Ms Okonjo, Mr Askew’s widow, Gemma, said:',
        '‘Liam went to work that morning and kissed the children goodbye like he always did. He never came home.’',
        'In a statement, the Health and Safety Executive said falls from height remained the most common cause of fatal injuries.',
        '‘Scaffolding must be designed, erected and altered only by people with the right training,’ the HSE said.',
        'Cradle & Co., which sold a third of the strollers, said it had pulled its remaining stock.',
      ].join('\n\n'),
    );
    const speakerOf = (words: string) => a.speakers[a.quotes.find((q) => q.text.includes(words))!.speaker!]!.name;

    it('reads a sentence-opening "Labourer" as a role, and gives the widow her husband\'s surname', () => {
      expect(findNames('Labourer Liam Askew, 34, of Reddish, died on 14 March 2023.').map((m) => [m.text, m.role])).toEqual([['Liam Askew', 'Labourer'], ['Reddish', undefined]]);
      expect(speakerOf('Liam went to work')).toBe('Gemma Askew');
      expect(findSpeakers(a.speakers, 'the widow').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Gemma Askew']);
    });

    it('gives "… and described … as ‘…’" to the subject of the first verb, not to whose death it was', () => {
      expect(speakerOf('cavalier')).toBe('Nicholas Thrale');
    });

    it('names "the HSE" by the full name the text writes, and keeps "Co." in "Cradle & Co."', () => {
      expect(speakerOf('Scaffolding must')).toBe('Health and Safety Executive');
      expect(findSpeakers(a.speakers, 'HSE').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Health and Safety Executive']);
      expect(a.speakers.map((s) => s.name)).toContain('Cradle & Co');
    });
  });

  it('reads a noun WordNet also files as an adjective as a person when the noun comes first ("assistant"), not when the adjective does ("private")', () => {
    const a = parseArticle(
      [
        'Parking ban',
        'One healthcare assistant, who asked not to be named, said: ‘On late shifts I’m going to be relying on a bus.’',
        'The study was funded by the Bellweather Foundation for Nursing Research, a private foundation based in Philadelphia.',
        '“We funded this work because the nursing workforce has been studied far less than it deserves,” the foundation said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'On late shifts')).toMatch(/healthcare assistant/i);
    expect(speakerOfQuote(a, 'We funded this work')).toBe('Bellweather Foundation for Nursing Research');
  });

  it('names initials by the last words of a longer name they spell, and keeps one speaker for a body quoted by both', () => {
    const a = parseArticle(
      [
        'Phones recalled',
        'The recall, posted by the US Consumer Product Safety Commission, covers two models.',
        '“Consumers should immediately stop using the recalled phones,” the CPSC said in its recall notice.',
        'Millbrook Medical Centre will close, NHS Ashcombe and Wrexley Integrated Care Board (ICB) confirmed. NHS Ashcombe and Wrexley Integrated Care Board said it would fund extra staff.',
        'The ICB said the ‘safe transfer of every patient’ was its priority.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Consumers should')).toBe('US Consumer Product Safety Commission');
    expect(speakerOfQuote(a, 'safe transfer')).toBe('NHS Ashcombe and Wrexley Integrated Care Board');
    expect(a.speakers.filter((s) => s.name === 'NHS Ashcombe and Wrexley Integrated Care Board')).toHaveLength(1);
    expect(findSpeakers(a.speakers, 'the ICB').map((m) => a.speakers[m.speaker]!.name)).toEqual(['NHS Ashcombe and Wrexley Integrated Care Board']);
  });

  it('counts the letters of a word in capitals among the initials: "the YMCA" of "Harlan Community YMCA"', () => {
    const a = parseArticle(
      [
        'Schools move to four days',
        'On Fridays, children can spend the day at Harlan Community YMCA, which will run a day camp for $15.',
        '“We know this is a big change for families, and we want to be part of the answer,” the YMCA said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'big change for families')).toBe('Harlan Community YMCA');
  });

  it('takes two words of a reported judgement for a quote, and finds "the company" in "X, the tour’s official ticketing company"', () => {
    const a = parseArticle(
      [
        'Tour cancelled',
        'Defending, Andrew Pyke said his client was ‘genuinely broken’ by what had happened.',
        'Dana Whitlock, her manager, called suggestions of weak sales “flat-out false” and said 31 of the 34 shows had sold out.',
        'SeatStream, the tour’s official ticketing company, said about 1.4 million tickets had been sold.',
        '“Fans will be refunded the full price they paid,” the company said.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => [q.text, a.speakers[q.speaker!]?.name])).toEqual([
      ['genuinely broken', 'Andrew Pyke'],
      ['flat-out false', 'Dana Whitlock'],
      ['Fans will be refunded the full price they paid', 'SeatStream'],
    ]);
  });

  it('does not take a title with "by" in it for a quote, even opening a paragraph', () => {
    const a = parseArticle('T\n\nThe missing picture was an 1891 oil by Theodore Ashby Crane.\n\n“Lilacs by the Mill Pond” went back on the wall on Sept. 20, protected now by a $62,000 alarm system.');
    expect(a.quotes).toEqual([]);
  });

  it('reads "General" opening a union\'s name as part of it, not a general\'s title', () => {
    const a = parseArticle("T\n\n‘This judgment should be pinned to the wall,’ said Gary Mottram, regional organiser for the General Logistics Workers’ Union (GLWU), which backed her claim.");
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Gary Mottram', 'regional organiser for the General Logistics Workers’ Union']]);
  });

  it('takes "Brisklane Deliveries" for a company, so "what the company described as ‘…’" is its words', () => {
    const a = parseArticle('T\n\nLeonie Batchelor had worked for Brisklane Deliveries for almost eight years when she was dismissed for what the company described as ‘persistent failure to meet productivity targets’.');
    expect(speakersOfQuotes(a)).toEqual(['Brisklane Deliveries']);
  });

  it('does not take "her" in what a judge says of others for the judge\'s own gender', () => {
    const a = parseArticle(
      "T\n\nEmployment Judge Alun Prothero said the company had treated her requests for help as 'an inconvenience to be managed out of the building'.\n\nThe judge rejected that account. ‘The respondent had in its possession two separate medical reports,’ he wrote.",
    );
    expect(speakersOfQuotes(a)).toEqual(['Alun Prothero', 'Alun Prothero']);
  });
});

describe('round 25 shapes', () => {
  it('does not give someone named as an object the gender of the subject\'s next clause', () => {
    const a = parseArticle(
      'T\n\nThe Harcastle Vale Supporters’ Trust, which has around 4,800 members, gave the takeover a cautious welcome. Its chair, Ruth Ellingham, said the trust had met Pellew and Halloran Capital’s managing partner, Scott Devereaux, twice in October, and she came away from both meetings ‘reassured, but not starry-eyed, and certainly not finished asking questions’.\n\nDevereaux, who will join the board as vice-chairman, sat alongside Pellew at a press conference in the Ridgeway Lane banqueting suite on Thursday afternoon. He said Halloran, which also holds stakes in a basketball franchise in Ohio and a rugby club in the south of France, was \'in this for the long haul, ten years at the very least\', and dismissed suggestions that the firm planned to sell the club on within five years.',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Ruth Ellingham', 'Scott Devereaux']);
  });

  it('never takes a place\'s name ("Harcastle Vale") for who "he" is', () => {
    const a = parseArticle(
      "T\n\nHarcastle Vale’s new owners have promised to ‘build the club this town deserves’ after a consortium completed its £62m takeover on Thursday, ending Derek Mowbray’s 14-year reign at Ridgeway Lane.\n\nMowbray, a haulage businessman who bought the club out of administration in 2010, had been looking for a buyer since 2022. Under his ownership Vale won promotion in 2015, and he became the target of protests last season.\n\nIn a statement released through the club, he said: ‘When I came in, this club was weeks from going out of existence.’",
    );
    expect(a.quotes.map((q) => (q.speaker === undefined ? undefined : a.speakers[q.speaker]!.name))).toEqual([undefined, 'Derek Mowbray']);
  });

  it('takes "one season-ticket holder of 30 years" for an unnamed speaker', () => {
    const a = parseArticle("T\n\n'I'll believe it when I see the cranes going up,' said one season-ticket holder of 30 years, who asked not to be named. 'But at least it's over.'");
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['One season-ticket holder']);
  });

  it('lists the words of an entry title that quotes the entry once, as the entry\'s speaker\'s', () => {
    const a = parseArticle(
      "Hospital live\n\n14:48 Police: ‘We are treating this as a serious criminal matter’\n\n‘We are treating this as a serious criminal matter and are working closely with the trust,’ said Detective Chief Inspector Rachel Ferrow, who is leading the inquiry.",
    );
    expect(speakersOfQuotes(a)).toEqual(['Rachel Ferrow']);
    expect(a.quotes[0]!.text).toMatch(/working closely with the trust/);
  });

  it('does not list a subheading that repeats words quoted in full below as a quote of its own', () => {
    const a = parseArticle(
      [
        'Builder guilty of manslaughter',
        '‘He was our whole world’',
        'Outside court, Tracey Carver, the young man’s mother, spoke briefly.',
        '‘Liam went to work that morning and never came home,’ she said. ‘He was our whole world. No verdict will bring him back.’',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => q.text.slice(0, 20))).toEqual(['Liam went to work th']);
    expect(speakersOfQuotes(a)).toEqual(['Tracey Carver']);
  });

  it('reads "testified" as a speech verb', () => {
    const a = parseArticle(
      'T\n\nThe most damaging testimony came from Priya Raghunathan, a conservation scientist at the Hollister Institute for Art Conservation, who analyzed paint samples from nine of the works.\n\n“The chemistry doesn’t lie, and it doesn’t negotiate,” Raghunathan testified last week. “You cannot paint a picture in 1926 with a pigment that nobody could buy.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Priya Raghunathan']);
  });

  it('gives "the employee said" to the unnamed sales manager just described, past a name in what they said', () => {
    const a = parseArticle(
      'T\n\nMarcus Hallett, the chief executive, resigned on Monday.\n\nOne Corvane sales manager, who asked not to be named because employees were told not to speak to the press, said many staff had expected Hallett to leave.\n\n“People have been waiting for the other shoe to drop for weeks,” the employee said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['One Corvane sales manager']);
  });
  it('gives "Les Arcelles mayor Bernard Vuillermoz said" to the mayor, not to the place his title names', () => {
    const a = parseArticle('T\n\nLes Arcelles mayor Bernard Vuillermoz said the village of 1,100 residents was “in shock, and thinking of the families who have lost someone today.”');
    expect(speakersOfQuotes(a)).toEqual(['Bernard Vuillermoz']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Bernard Vuillermoz']);
  });

  it('gives "the source, who asked not to be named because …, told AFP" to the source named before', () => {
    const a = parseArticle(
      'T\n\nThe group had taken a chairlift to the top of the resort, according to a police source.\n\n“They were not accompanied by a guide,” the source, who asked not to be named because the investigation was ongoing, told AFP.',
    );
    expect(speakersOfQuotes(a)).toEqual(['A police source']);
  });
  it('gives "the leader of the Liberal Democrat opposition group, Cllr Tom Brierley, called …" to Brierley, with that role', () => {
    const a = parseArticle('T\n\nBut the leader of the Liberal Democrat opposition group, Cllr Tom Brierley, called the plan ‘a false economy dressed up as tough choices’.');
    expect(speakersOfQuotes(a)).toEqual(['Tom Brierley']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Tom Brierley', 'leader of the Liberal Democrat opposition group']]);
    expect(findSpeakers(a.speakers, 'the Lib Dem leader').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Tom Brierley']);
  });
  it('takes "its developer, Cambridge, Massachusetts-based Halvern Biotherapeutics" for a company that "the company" then names', () => {
    const a = parseArticle(
      'T\n\nThe vaccine was 81% effective, according to its developer, Cambridge, Massachusetts-based Halvern Biotherapeutics.\n\nIn a statement, the company said the trial had been “the largest and most diverse study of an RSV vaccine to date.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Halvern Biotherapeutics']);
  });

  it('takes the name before "CEO Martin Sorensen" for his company, which "the company" then names', () => {
    const a = parseArticle(
      'T\n\n“We think it works,” said Halvern Biotherapeutics CEO Martin Sorensen.\n\nIn a statement, the company said the trial had been “the largest and most diverse study of an RSV vaccine to date.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Martin Sorensen', 'Halvern Biotherapeutics']);
  });

  it('gives "she said" to the unnamed speaker a turned-round sentence introduces: "Among the volunteers was a retired teacher …"', () => {
    const a = parseArticle(
      'T\n\nAn FDA spokeswoman said in an email that “the agency does not comment on pending applications.”\n\nAmong the trial’s volunteers was a 74-year-old retired teacher from Aurora, Colorado, who asked that her name not be used.\n\n“My sister was in the hospital for nine days with RSV two winters ago,” she said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['An FDA spokeswoman', 'A 74-year-old retired teacher from Aurora']);
  });
  it('reads the quoted words of what someone estimated: "He estimated that the defeat had saved the firm ‘…’"', () => {
    const a = parseArticle(
      'T\n\nSimon Clegg, a spokesman for the bookmaker Hartley Bet, spoke after the race.\n\nClegg said the firm had laid Copper Lantern at 100-1. He estimated that the favourite’s defeat had saved the firm ‘a comfortable seven-figure sum, and probably a good deal more’.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Simon Clegg']);
  });

  it('gives a quote after "X’s trainer, Alan Metcalfe, said he had … and was ‘…’" to the name set off by commas', () => {
    const a = parseArticle('T\n\nMister Brannigan’s trainer, Alan Metcalfe, said he had spoken to the vets twice since the fall and was ‘just relieved to know he’s in one piece’.');
    expect(speakersOfQuotes(a)).toEqual(['Alan Metcalfe']);
  });

  it('gives "the patrol said in a statement" to the State Highway Patrol named before', () => {
    const a = parseArticle(
      'T\n\nMarcus Bell, 27, is back in custody. Missouri State Highway Patrol troopers found him hiding in a hay barn, the patrol said.\n\n“The subject was taken into custody without incident,” the patrol said in a statement.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Missouri State Highway Patrol']);
  });

  it('gives "Colter, he said, “…”" to the man speaking, not to Colter', () => {
    const a = parseArticle(
      'T\n\nSheriff Dwayne Hollister said the search had widened.\n\nHe said both men should be considered dangerous and urged residents not to approach Dustin Colter or Marcus Bell. Colter, he said, “has nothing to lose, and that worries me more than anything.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Dwayne Hollister']);
  });
  it('gives "‘…’, as he once described it" and "where, he said, he learned ‘…’" to the man the story is about', () => {
    const a = parseArticle(
      'T\n\nAlasdair Brodie, who has died aged 73, was a chef.\n\nHe was happiest in a kitchen with ‘the back door open to the weather and the vans in the yard’, as he once described it.\n\nFrom 1972 he worked at a restaurant in Fleurie, where, he said, he learned ‘that a sauce is a sentence, and most cooks talk too much’.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Alasdair Brodie', 'Alasdair Brodie']);
  });

  it('gives the quote after "Asked in a 2009 interview what the stars had meant to him, he said:" to him', () => {
    const a = parseArticle(
      'T\n\nAlasdair Brodie, who has died aged 73, was a chef.\n\nHe was famously indifferent to fine dining. Asked in a 2009 interview with this newspaper what the stars had meant to him, he said:\n\n‘I never cooked for the inspectors. I didn’t know who they were.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Alasdair Brodie']);
  });

  it('gives "In a written statement, his family said: ‘…’" to his family, and names a festival and a pollster as bodies', () => {
    const a = parseArticle(
      'T\n\nAlasdair Brodie co-founded the Marches Food Festival in Ludlow.\n\nThe Marches Food Festival said in a statement that it would rename its main stage. ‘Alasdair gave this town a reason to be proud,’ the festival said.\n\nIn a written statement, his family said: ‘Alasdair died peacefully at home on Friday.’\n\nA Redmore Polling snap poll found 36% thought Ashworth performed best. In a statement, the company said: ‘This is essentially a score draw between the two main party leaders.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Marches Food Festival', 'His family', 'Redmore Polling']);
  });

  it('takes no name after "The" inside a sentence for a person: "When The Long Table … was awarded"', () => {
    const a = parseArticle('T\n\nWhen The Long Table, the former coaching inn he ran, was awarded a third star, he said it was ‘the back door open to the weather and the vans in the yard’.');
    expect(a.speakers.map((s) => s.name)).not.toContain('Long Table');
  });
  it('gives "Outside the Royal Courts of Justice, Severn Skies chair Ruth Pendleton, …, said:" to her, not the courts', () => {
    const a = parseArticle('T\n\nOutside the Royal Courts of Justice, Severn Skies chair Ruth Pendleton, a retired GP from the village of Olveston, said: ‘This is a victory for every family living under the flight path.’');
    expect(speakersOfQuotes(a)).toEqual(['Ruth Pendleton']);
  });

  it('gives "the judge said" to Mrs Justice Harcourt, shown with her titles', () => {
    const a = parseArticle('T\n\nMrs Justice Harcourt quashed the order on Tuesday.\n\n‘He was not entitled to treat the carbon consequences as somebody else’s problem,’ the judge said.');
    expect(speakersOfQuotes(a)).toEqual(['Mrs Justice Harcourt']);
    expect(findSpeakers(a.speakers, 'Harcourt').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Mrs Justice Harcourt']);
  });

  it('reads an unnamed speaker after a live entry’s time stamp: "14:05 A woman who lives above a shop … told us"', () => {
    const a = parseArticle(
      'Live\n\n14:20\nJoanna Pryce, who runs the bakery, said the street was empty.\n\n14:05\nA woman who lives in a flat above a shop on High Street, and asked not to be named, told us she could smell gas ‘for a good half an hour’ before crews arrived.\n\n‘It was like rotten eggs, really strong,’ she said.',
    );
    expect(speakersOfQuotes(a).slice(-2)).toEqual(['A woman', 'A woman']);
  });
  it('reads the name after a title with its district or "in Charge": "U.S. Attorney for the Southern District of Ohio Kenneth L. Parker", "Special Agent in Charge Elena Vasquez"', () => {
    const a = parseArticle(
      'T\n\nU.S. Attorney for the Southern District of Ohio Kenneth L. Parker said in a news release that the case should serve as a warning.\n\n“Elder fraud is not a victimless paperwork crime,” Parker said.\n\nFBI Special Agent in Charge Elena Vasquez of the Cincinnati field office urged families to check accounts.\n\n“The single best defense against this kind of fraud is a second set of eyes,” Vasquez said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Kenneth L. Parker', 'Elena Vasquez']);
    expect(a.speakers.find((s) => s.name === 'Kenneth L. Parker')!.aliases).not.toContain('l');
  });
});

describe('a name that only says whose an unnamed speaker is', () => {
  it('gives "One Rovers official, who asked not to be named," as the speaker, not the club its nickname names', () => {
    const a = parseArticle(
      'Town win the cup\n\nCastlebridge Town beat ten-man Ashworth Rovers 4-3 on penalties.\n\nOne Rovers official, who asked not to be named, described the mood in the away dressing room as ‘like a funeral’.\n\n‘He’s devastated. He thinks he’s let everyone down,’ the official said of Frew.',
    );
    const speakers = a.quotes.map((q) => a.speakers[q.speaker!]?.name);
    expect(speakers).toEqual(['One Rovers official', 'One Rovers official']);
  });
});

describe('a role owned by a body, after the quote', () => {
  it('gives "the agency’s duty manager added" to the duty manager the agency named before', () => {
    const a = parseArticle(
      'Floods\n\nDavid Okafor, flood duty manager for the Environment Agency in Yorkshire, said the warning would stay in place overnight.\n\nThe barriers at Low Wharf were overtopped.\n\n‘We are not going to pretend the barriers did their job on that stretch,’ the agency’s duty manager added.',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['David Okafor']);
  });
});

describe('a one-word body known from the tag after its quote', () => {
  it('gives "‘…,’ Northern said." to Northern, the name written mid-sentence only there', () => {
    const a = parseArticle(
      'Floods\n\nNorthern said trains between Thornsby and Harrowgill would not run until at least Tuesday.\n\n‘We are sorry for the disruption and will reopen the line as soon as it is safe to do so,’ Northern said.',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['Northern']);
  });
});

describe('a pronoun that a gendered noun between takes', () => {
  it('does not count "their father painted himself" as Helen’s "he", so her "she said" stays hers', () => {
    const a = parseArticle(
      [
        'Diner closes',
        'The diner opened in June 1973, when Costas and Dimitra Marinos bought a shuttered lunch counter.',
        'Their children, George Marinos, 61, and Helen Marinos-Pratt, 58, have run the place since 1998. They announced the closing on Feb. 14 — a date, Helen notes, that was not chosen for sentiment.',
        '“That was the day the lease offer came in,” she said.',
        'The siblings have not decided what to do with the equipment, though Helen said a collector has asked about the stools. The family plans to keep the original sign, which their father painted himself in 1973.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Helen Marinos-Pratt']);
  });
});

describe('a sentence that opens on "she" doing something to someone named after', () => {
  it('gives “gracious and genuinely kind” to her, not to Brandt whom she thanked', () => {
    const a = parseArticle(
      'Race called\n\nDemocrat Dana Whitfield will be Kentucky’s next governor after defeating Carl Brandt.\n\nShe also thanked Brandt by name, calling his phone call “gracious and genuinely kind” after a hard-fought race.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Dana Whitfield']);
  });
});

describe('a place named after a compass point and "of"', () => {
  it('never takes "Bowling Green" in "a district south of Bowling Green" for a person, so "He urged …" stays Brandt’s', () => {
    const a = parseArticle(
      'Concession\n\nCarl Brandt conceded in front of supporters at a convention center.\n\nThe 58-year-old state senator, who has represented a district south of Bowling Green since 2014, said he would finish his term. He urged supporters to “give the new governor a fair shot” and to stay involved.',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('Bowling Green');
    expect(speakersOfQuotes(a)).toEqual(['Carl Brandt']);
  });
});

describe('a gesture before the speech verb', () => {
  it('gives “Home, I guess.” to Dubose in "Asked where he would go, he shrugged and said: “…”"', () => {
    const a = parseArticle(
      'Diner closes\n\nWalter Dubose, a retired bus driver, has come in every morning for 30 years.\n\nDubose, for his part, said he has not looked for a new breakfast spot. Asked where he would go on March 31, he shrugged and said: “Home, I guess. My coffee’s terrible.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Walter Dubose']);
  });
});

describe('another word for the role of the person just quoted', () => {
  it('gives “…,” the specialist said to Margaret Tolliver, head of postwar American art, and not “…,” the family said to her', () => {
    const a = parseArticle(
      [
        'Record sale',
        '“I have never seen a room turn like that,” said Margaret Tolliver, head of postwar American art at Halvorsen & Pike.',
        'Tolliver said three telephone bidders had pushed the price past $2 million.',
        '“It’s the kind of picture that makes you rethink a whole decade,” the specialist said.',
        '“She would have laughed at all of this,” the family said.',
      ].join('\n\n'),
    );
    const byText = Object.fromEntries(a.quotes.map((q) => [q.text.slice(0, 12), a.speakers[q.speaker!]?.name]));
    expect(byText['It’s the kin']).toBe('Margaret Tolliver');
    expect(byText['She would ha']).not.toBe('Margaret Tolliver');
  });
});

describe('a wire story’s place line and a national body’s name', () => {
  it('gives “while I still love it” to the swimmer, not to the dateline’s British Columbia, and keeps "Canadian" in the federation’s name', () => {
    const a = parseArticle(
      [
        'Ashdown retires',
        'VICTORIA, British Columbia — Claire Ashdown, the Canadian swimmer who won two Olympic titles, announced her retirement on Tuesday, saying she wanted to leave the sport “while I still love it.”',
        'The Canadian Aquatics Federation said in a post on social media that she was one of its finest athletes.',
        '“Thank you for everything, Claire,” the federation wrote.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Claire Ashdown', 'Canadian Aquatics Federation']);
  });
});

describe('a role with what it is of, owned by a word for the body', () => {
  it('gives “…,” the regulator’s director of retail markets said to Tim Aldous, Ofgem’s director of retail markets', () => {
    const a = parseArticle(
      'Bills\n\nTim Aldous, Ofgem’s director of retail markets, said the increase was driven mainly by gas prices.\n\nThe cap will change again in July.\n\n‘We will keep the cap under close review,’ the regulator’s director of retail markets said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Tim Aldous']);
  });
});

describe('a department’s work before the role in it', () => {
  it('makes Helen Marwood "planning inspector", so “…,” the inspector said is hers', () => {
    const a = parseArticle(
      [
        'Wind farm inquiry',
        'Brackenfell Renewables wants to put up 14 turbines on Harrow Moor.',
        'Opening the hearing, the planning inspector, Helen Marwood, said she would hear evidence on landscape and noise.',
        '‘I am conscious that feelings run high in this valley,’ the inspector said.',
        'Nadia Coombes, Brackenfell’s project director, said the company had made changes.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Helen Marwood')?.role).toBe('planning inspector');
    expect(speakersOfQuotes(a)).toEqual(['Helen Marwood']);
  });
});

describe('a body described with a plural owner', () => {
  it('makes "Keep Kelderdale Wild, a residents’ group formed in 2022," the group that “…,” the group said', () => {
    const a = parseArticle(
      [
        'Wind farm inquiry',
        'The Northern Clean Power Alliance, a business group, backs the scheme.',
        'The opposition is led by Keep Kelderdale Wild, a residents’ group formed in 2022, which says it has 640 members.',
        'Last night, Keep Kelderdale Wild told its supporters that it planned to attend every session.',
        '‘We will be here every single day,’ the group said in a post on its website.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Keep Kelderdale Wild']);
  });
});

describe('a participle opening the sentence', () => {
  it('gives “…” to Whitfield in "Speaking to teachers at a rally outside Roosevelt High School, Whitfield said: “…”"', () => {
    const a = parseArticle(
      'Strike\n\nUnion president Dana Whitfield led the march.\n\nSpeaking to several hundred teachers at a rally outside Roosevelt High School, Whitfield said: “Nobody in this crowd wanted to be out here on the first day.”',
    );
    expect(speakersOfQuotes(a)).toEqual(['Dana Whitfield']);
  });
});

describe('a feature’s present tense', () => {
  it('gives “…” to Ambrose in "Celeste Ambrose, a curator who was not involved, calls the data “the most convincing evidence yet” that …"', () => {
    const a = parseArticle(
      'Birds\n\nCeleste Ambrose, curator of birds at the Harlow Museum in Boston, who was not involved in the research, calls the data set “the most convincing evidence yet” that a warming climate is reshaping migration.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['the most convincing evidence yet']);
    expect(speakersOfQuotes(a)).toEqual(['Celeste Ambrose']);
  });
});

describe('a leader named by what they lead', () => {
  it('gives "“…,” the canal chief said" to the chairman of the canal authority, not a chief analyst', () => {
    const a = parseArticle(
      [
        'Canal',
        '"We are working around the clock," Samir Haddani, chairman of the canal authority, told reporters.',
        '"The longer this drags on, the worse it gets," said Marcus Ellery, chief analyst at Tidewater in London.',
        'Asked about compensation, Haddani said it was too early to discuss. "We will find out exactly what happened," the canal chief said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Samir Haddani', 'Marcus Ellery', 'Samir Haddani']);
  });

  it('does not give "the trust’s chief" to the union’s co-chair', () => {
    const a = parseArticle(
      [
        'Strike',
        '‘We have no choice,’ said Priya Raman, co-chair of the union’s junior doctors committee.',
        'The trust’s chief executive, Alison Threlfall, said staff would protect urgent care.',
        '‘We are already running at 97 per cent bed occupancy,’ she said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Priya Raman', 'Alison Threlfall']);
  });
});

describe('a British quotation closed after an s', () => {
  it('ends ‘a quantity of hydrogen chloride gas’ before "had", and "In a short statement it said" is the company’s', () => {
    const a = parseArticle(
      'Leak\n\nHalvern Chemicals, which employs about 220 people in Norbeck, has confirmed the leak. In a short statement it said ‘a quantity of hydrogen chloride gas’ had been released during a routine transfer.',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['a quantity of hydrogen chloride gas']);
    expect(speakersOfQuotes(a)).toEqual(['Halvern Chemicals']);
  });
});

describe('places and people after a preposition', () => {
  it('does not make "the Lakeshore Stage" the "she" who speaks next', () => {
    const a = parseArticle(
      [
        'Musical',
        'Ruth Adeyemi-Kaplan wrote the music and the lyrics. She is 41.',
        'A tryout at the Lakeshore Stage in Chicago followed in the fall of 2023.',
        '“People think a musical is written and then rehearsed,” she says.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Ruth Adeyemi-Kaplan']);
  });

  it('makes "two goals from Niamh Doherty" a person once "Doherty, whose …, said"', () => {
    const a = parseArticle(
      [
        'Record crowd',
        'Two goals from Niamh Doherty and a late strike from the substitute Grace Okafor secured the win.',
        '‘I just wanted to hit the target,’ Okafor said.',
        'Doherty, whose two goals took her to 14 for the season, said she had lost her voice by half-time. ‘I’ll remember this for the rest of my life,’ she said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Grace Okafor', 'Niamh Doherty']);
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toContain('Niamh Doherty');
  });

  it('takes "the “Salt Year” star" for the lead actress named before it: her role in other words', () => {
    const a = parseArticle(
      [
        'Film prize',
        'The drama won the Golden Heron. Its lead actress, Noor Callaway, was named best performer.',
        'Callaway, 34, spent two months working as a deckhand to prepare for the part.',
        '“I smelled like bait for the entire spring,” the “Salt Year” star said after the ceremony.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Noor Callaway']);
  });

  it('gives "the Lord Mayor of Leeds, Cllr Anne Whitlock, who described … as ‘…’" to her, and "Velvet Harbor frontman Caleb Strand" is a frontman', () => {
    const a = parseArticle(
      [
        'Marathon',
        'The runners are away, sent off by the Lord Mayor of Leeds, Cllr Anne Whitlock, who described this year’s field as ‘the biggest and the best we have ever had’.',
        'Velvet Harbor frontman Caleb Strand wrote on social media that the band learned of the cancellation “at the same time as everyone else.”',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Anne Whitlock', 'Caleb Strand']);
  });

  it('takes "the festival’s parent company, Highmark Sound Collective," for a company: "the company said" is it', () => {
    const a = parseArticle(
      [
        'Festival cancelled',
        'In a statement, the festival’s parent company, Highmark Sound Collective, called the permit problems “one piece of a larger picture”.',
        '“Our production partner informed us on Monday that it would not load in its equipment,” the company said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Highmark Sound Collective', 'Highmark Sound Collective']);
  });

  it('ends what someone owns before "with her husband": the owner is no husband, and "she said" is hers', () => {
    const a = parseArticle(
      [
        'Cattle sales',
        'Marcy Lindgren, who has owned Plum Creek with her husband, Tom, since 2009, said the barn began fielding calls.',
        'Bred cows averaged $1,940 per head Tuesday, Lindgren said, down from about $2,610 at the barn’s March sale.',
        '“The buyers were here, and that’s the good news,” she said.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Marcy Lindgren')!.role).toBe('Plum Creek owner');
    expect(speakersOfQuotes(a)).toEqual(['Marcy Lindgren']);
  });

  it('reads "Dale Kettering, 61, who ranches 6,400 acres" as a rancher: an age may stand before "who", and a number is no part of the role', () => {
    const a = parseArticle(
      [
        'Drought',
        '“I’ve never sold a bred cow in July in my life,” said Dale Kettering, 61, who ranches 6,400 acres north of Johnstown with his son, Wade.',
        'Council member Marcus Tillery, who represents the 7th Ward, said the city had more pressing needs.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Dale Kettering')!.role).toBe('rancher');
    expect(a.speakers.find((s) => s.name === 'Marcus Tillery')!.aliases).toContain('7th ward representative');
  });

  it('reads "who has held a season ticket" as a season ticket holder and "67, who has lived across Aldine Avenue" as a resident, but not "who has held the tenancy"', () => {
    const a = parseArticle(
      [
        'Strike',
        'Margaret Ellison, 74, who has held a season ticket for 31 years, had bought seats for the Mahler concert.',
        '‘I’m disappointed, of course,’ Mrs Ellison said.',
        'Ruth Delacroix, 67, who has lived across Aldine Avenue from the museum for 31 years, said she was woken by a bang.',
        '‘I found out in an email,’ said Sandra Pryce, 56, who has held the tenancy since 2011.',
      ].join('\n\n'),
    );
    const role = (name: string) => a.speakers.find((s) => s.name === name)!.role;
    expect(role('Margaret Ellison')).toBe('season ticket holder');
    expect(role('Ruth Delacroix')).toBe('resident');
    expect(role('Sandra Pryce')).toBeUndefined();
    // By how much someone led is no role ("who had led by three" made him a "by leader").
    const golf = parseArticle('Open\n\nSolberg finished second.\n\nHenrik Solberg, who had led by three after each round, said: ‘I gave it away.’');
    expect(golf.speakers.find((s) => s.name === 'Henrik Solberg')!.role).toBeUndefined();
    expect(findSpeakers(a.speakers, 'the ticket holder').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Margaret Ellison');
    expect(findSpeakers(a.speakers, 'the neighbor').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Ruth Delacroix');
  });

  it('takes "the cooperative said" for the electric cooperative named before', () => {
    const a = parseArticle(
      [
        'Tornado',
        'Prairieland Electric Cooperative said about 8,200 customers lost power at the height of the storm.',
        '"Do not approach downed lines, even if you believe they are dead," the cooperative said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Prairieland Electric Cooperative']);
  });

  it('names the unnamed relative "who asked that only her first name, Kendra, be used", so "Kendra said" is her', () => {
    const a = parseArticle(
      [
        'Police chase crash',
        'A relative of the injured family, who asked that only her first name, Kendra, be used, said the family had been driving home. "They were five minutes from home," she said.',
        'Kendra said the boy had surgery overnight. "They didn\'t do anything wrong," Kendra said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Kendra', 'Kendra']);
    expect(a.speakers[0]!.aliases).toContain('relative of the injured family');
  });

  it('gives "in what its director called ‘…’" to the director the next paragraphs name', () => {
    const a = parseArticle(
      [
        'Bronzes returned',
        'A Leicester museum has returned 23 bronze artefacts looted from Benin City more than 125 years ago, in what its director called ‘a debt that was long overdue’.',
        'The items were among thousands seized in 1897.',
        'Dr Helen Marchbank, the museum’s director, said: ‘These objects were taken by force.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Helen Marchbank', 'Helen Marchbank']);
    // A British quotation after a name is no apposition: "Benin City, in what its director called ‘…’" gives the city no role.
    const b = parseArticle('T\n\nThe museum returned bronzes looted from Benin City, in what its director called ‘a debt that was long overdue’.\n\nDr Helen Marchbank, the museum’s director, said: ‘These objects were taken by force.’');
    expect(speakersOfQuotes(b)).toEqual(['Helen Marchbank', 'Helen Marchbank']);
  });

  it('makes "a notice to Kerry Ansell" a person once "Ms Ansell" is written with a courtesy title', () => {
    const a = parseArticle(
      [
        'Eviction ruling',
        'The landlord sent a section 21 notice as a PDF attachment to Kerry Ansell late at night in November 2022.',
        'Ms Ansell told the court she had not opened the attachment for four days.',
        '‘I just wanted the mould sorted so my boys could breathe properly,’ she said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Kerry Ansell']);
  });
});

describe('a label in quotation marks', () => {
  it('is no one’s words in "a free 30-minute ‘stop and shop’ period", but “welcome but insufficient,” after "called the aid" is', () => {
    const a = parseArticle(
      [
        'Parking',
        'Councillor Janet Pryor said the council was looking at a free 30-minute ‘stop and shop’ period for the on-street bays.',
        'Farmers’ leader Lucía Herrero called the aid ‘welcome but insufficient,’ saying losses would exceed 2.8 billion euros.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['welcome but insufficient']);
  });
});

describe('a description of the person just named', () => {
  it('gives "“…,” the former champion said" to Tabakov, though he spoke "through an interpreter", and readers may ask for "the former champion"', () => {
    const a = parseArticle(
      [
        'Title fight',
        'Terrence Okafor beat Ruslan Tabakov by split decision.',
        'Tabakov, speaking through an interpreter, said he believed he had done enough to keep the title.',
        '"I thought I won the fight, clearly," the former champion said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Ruslan Tabakov']);
    const tabakov = a.speakers.find((s) => s.name === 'Ruslan Tabakov')!;
    expect(tabakov.role).toBeUndefined();
    expect(tabakov.aliases).toContain('former champion');
  });

  it('gives "the club owner says" to the sentence’s subject, not to the pianist named later in it', () => {
    const a = parseArticle(
      [
        'Comeback',
        'Nell Carrow, the jazz pianist, returns to the stage next month.',
        'Maureen Quigley, who has run the Blue Lantern since 1996, says she did not hesitate. ‘I told her not to be so daft,’ Quigley says.',
        'Even so, Quigley admits she kept the date quiet for weeks in case Carrow pulled out. ‘I’ve seen musicians come back too soon,’ the club owner says.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Maureen Quigley', 'Maureen Quigley']);
  });
});

describe('a role over another person', () => {
  it('makes "Walt Henley, who has trained Okafor since he was 14" a trainer, without Okafor’s name in his role', () => {
    const a = parseArticle('Fight\n\n"He listened," said Walt Henley, who has trained Okafor since he was 14.');
    expect(a.speakers.find((s) => s.name === 'Walt Henley')?.role).toBe('trainer');
  });
});

describe('round 37’s attributions', () => {
  it('gives “…” to the NTSB’s specialist in "“…,” the investigator said" though the NTSB was named after him', () => {
    const a = parseArticle(
      [
        'Pipeline',
        'The National Transportation Safety Board sent a team led by pipeline specialist Marcus Odell.',
        'In a brief phone interview, Odell said the team would ship the pipe to the NTSB’s laboratory in Washington for testing.',
        '“The pipe will tell us a lot,” the investigator said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Marcus Odell']);
  });

  it('reads "in the capital, Port Edmund, Mr Fennimore said:" as his words, not a place’s', () => {
    const a = parseArticle(
      'Reef\n\nEnvironment minister Andrew Fennimore announced a fund.\n\nSpeaking at a press conference in the capital, Port Edmund, Mr Fennimore said: ‘We will do everything within our power to protect this reef.’',
    );
    expect(speakersOfQuotes(a)).toEqual(['Andrew Fennimore']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Port Edmund');
  });

  it('gives "Liberal Democrat group leader Cllr Graham Tully said the council was ‘…’" to Tully, not to his party', () => {
    const a = parseArticle('Fines\n\nBut Liberal Democrat group leader Cllr Graham Tully said the council was ‘giving away money it hasn’t got’ at a difficult time.');
    expect(speakersOfQuotes(a)).toEqual(['Graham Tully']);
  });

  it('gives "The economist called the longer timeline “…”" to the economist named paragraphs before', () => {
    const a = parseArticle(
      [
        'Loans',
        'Harold Jensen, an economist at the Brennan Policy Institute, estimated that payments would rise.',
        'What about forgiveness?',
        'EBR would forgive remaining balances after 30 years.',
        'The economist called the longer timeline "a quiet tax on people who were promised a shorter road."',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Harold Jensen']);
  });

  it('gives "It reads: ‘…’" to whoever issued the statement, and "the label said" to a record label', () => {
    const a = parseArticle(
      [
        'Trains',
        'Southern Vale Trains has issued its first statement of the day. It reads: ‘We are aware of significant disruption this morning.’',
        'Her albums came out on Ferrous Records, the small Glasgow label that signed her in 2009.',
        '‘We never doubted that Nell would play again,’ the label said in a statement.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Southern Vale Trains', 'Ferrous Records']);
  });

  it('gives "Her physiotherapist, who asked not to be named, describes her progress as ‘…’" to the physiotherapist', () => {
    const a = parseArticle('Comeback\n\nHer physiotherapist, who asked not to be named, describes Carrow’s progress as ‘genuinely unusual for an injury of that kind’.');
    expect(speakersOfQuotes(a)).toEqual(['Her physiotherapist']);
  });

  it('takes no code name for a quote: "referring to pending deals as “fishing trips.”"', () => {
    const a = parseArticle('Trial\n\nHe told jurors that the two men spoke in a crude code, referring to pending deals as “fishing trips.”');
    expect(a.quotes).toEqual([]);
  });
});

describe('round 38’s attributions', () => {
  it('does not make Wierzbicki a "she" for "her seven features" in a sentence already about her', () => {
    const a = parseArticle(
      [
        'Obituary',
        'It also began her partnership with the Polish-born cinematographer Tomasz Wierzbicki, who went on to shoot six of her seven features.',
        'Wierzbicki said the pair had argued over almost every shot. ‘She knew exactly what she wanted,’ he said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Tomasz Wierzbicki']);
  });

  it('gives "the actor said" to the actress just named: "actor" is no man’s word', () => {
    const a = parseArticle(
      [
        'Obituary',
        'A Coat for Winter made a star of its lead, Rosalind Keverne, then 26.',
        'Keverne, who made three more films with Marchbank, said she owed her whole career to the director. ‘She never raised her voice,’ the actor said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rosalind Keverne']);
  });

  it('gives a statement to "the Film Directors’ Circle, of which she was a founding member,"', () => {
    const a = parseArticle('Obituary\n\nIn a statement, the Film Directors’ Circle, of which she was a founding member, said: ‘Hilary showed a generation of film-makers that you could make films about ordinary lives.’');
    expect(speakersOfQuotes(a)).toEqual(['Film Directors’ Circle']);
  });

  it('gives "the spokeswoman said" to the head of communications just named', () => {
    const a = parseArticle(
      [
        'Lawsuit',
        'Nadia Ferrant, Quillon’s head of communications, said the company had blocked Quill from answering questions about Whitlock in December.',
        '"We fixed it as soon as we could verify it," the spokeswoman said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Nadia Ferrant']);
  });

  it('does not take a document in the next sentence for the speaker: "…called the lawsuit “….” The motion also argues …"', () => {
    const a = parseArticle(
      'Lawsuit\n\nIn a motion to dismiss, Quillon’s lead attorney, Miriam Castell, argued that a chatbot’s output is not a statement at all, and called the lawsuit "a fundamental misunderstanding of what a language model does." The motion also argues that Whitlock must prove malice.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Miriam Castell']);
  });
});

describe('round 38’s attributions, continued', () => {
  it('gives a quotation paragraph to whoever the paragraph before reports, not to a name in what they said', () => {
    const a = parseArticle(
      [
        'Lawsuit',
        'Gerald Whitlock, a retired superintendent, sued in March.',
        'Adaeze Whitcombe, a law professor at Lakeshore University, said the case was novel.',
        'Still, the professor cautioned that Whitlock faces real hurdles, beginning with his former job.',
        '"As a former superintendent, he\'s likely to be treated as a public official. Proving it is going to be very hard."',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Adaeze Whitcombe']);
  });

  it('gives "In its report, the firm called the grant “…”" to the body "one of the two biggest firms"', () => {
    const a = parseArticle(
      'Pay vote\n\nMeridian Proxy Advisors, one of the two biggest firms that advise investors on how to vote, had urged shareholders to oppose the plan. In its report, the firm called the retention grant “outsized and poorly justified” and noted that it carried no conditions.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Meridian Proxy Advisors']);
  });
});

describe('a surname shared with someone the text says died', () => {
  it('gives "“…,” Reyes said" to the widow, not to the man the explosion killed', () => {
    const a = parseArticle(
      [
        'Explosion probe',
        'The explosion killed Tomas Reyes, 41, Lyle Pendergast, 58, and Jordan Makepeace, 23.',
        'Carla Reyes, whose husband had worked at the elevator for 11 years, said she read the findings.',
        '"I kept waiting to find the part where somebody tried to fix it," Reyes said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Carla Reyes']);
  });
});

describe('a profile that names its subject first as a possessive', () => {
  it('makes "in Hester Quayle’s studio" a person once "Quayle has worked here", and gives her the "she says" quotes', () => {
    const a = parseArticle(
      [
        'The weight of a life',
        'The first thing you notice in Hester Quayle’s studio is the dust.',
        '‘People think it’s romantic,’ she says.',
        'Quayle has worked here since 1979.',
        '‘My father could make steel do anything,’ she says.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Hester Quayle', 'Hester Quayle']);
  });
});

describe('someone described by their age', () => {
  it('gives "the 34-year-old said" to the person the text gave that age, paragraphs before', () => {
    const a = parseArticle(
      [
        'Outbreak',
        'Nadia Brook, 34, drove in from Dayton for the wedding.',
        'She spent six hours in an emergency room on Sunday night.',
        '“It was supposed to be the happiest day of her life,” the 34-year-old said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Nadia Brook']);
  });

  it('gives "The 44-year-old electrician said:" to the person just named, whose age and job are news', () => {
    const a = parseArticle(
      [
        'Quarry verdict',
        'Another plaintiff, Owen Hart, said he spent about $38,000 replacing a cracked wall.',
        'The 44-year-old electrician said: “We had a buyer. The inspection came back, and they walked away.”',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Owen Hart']);
  });

  it('gives "the 25-year-old Norwegian told reporters" to the rider, not to the team named after him', () => {
    const a = parseArticle(
      [
        'Stage 14',
        'Jonas Lind of Brakstad Cycling won the stage.',
        'Lind denied his team had pushed the pace. He said Brakstad had already planned to accelerate.',
        '‘We didn’t know he was down,’ the 25-year-old Norwegian told reporters.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Jonas Lind']);
  });
});

describe('a role a body owns, in an apposition', () => {
  it('keeps "Kerry Ashworth, the Royal College of Midwives’ workplace representative" a person, whom "Ms Ashworth" then names', () => {
    const a = parseArticle(
      [
        'Maternity unit rated inadequate',
        'But Kerry Ashworth, the Royal College of Midwives’ workplace representative at the hospital, said staff had raised concerns for two years.',
        '‘Nobody who works on that unit will be surprised by this report,’ said Ms Ashworth, who has been a midwife there for 17 years.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Kerry Ashworth']);
    expect(findSpeakers(a.speakers, 'the midwives representative').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Kerry Ashworth');
  });
});

describe('a full name with a middle name given later', () => {
  it('reads "Ruth Miriam Adler was born" in the obituary of Ruth Adler Kessler as her, and gives her quotes to one person', () => {
    const a = parseArticle(
      [
        'Ruth Adler Kessler, Architect, Dies at 91',
        'Ruth Adler Kessler, an architect whose public buildings remade several Midwestern downtowns, died on Monday at her home in Evanston. She was 91.',
        'Ruth Miriam Adler was born on Nov. 12, 1933, in Cleveland.',
        '“I wasn’t interested in being the first woman to do anything,” she told an interviewer in 1993.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Ruth Adler Kessler']);
    expect(speakersOfQuotes(a)).toEqual(['Ruth Adler Kessler']);
  });
});

describe('a given name says a gender', () => {
  const a = parseArticle(
    [
      'Lost dog home',
      'On Saturday Bramble was back on her own sofa with Karen and Steve Lowther and their two teenage children.',
      'Karen Lowther, 52, a teaching assistant, said: ‘I just slid down the kitchen wall.’',
      'Mr Lowther, 55, drove the 420-mile round trip to Wiltshire to collect Bramble.',
      '‘She went straight to her old bed,’ Mrs Lowther said.',
      'Mr Lowther had a simple message for other dog owners: ‘Check your chip details tonight.’',
    ].join('\n\n'),
  );

  it('so "Mrs Lowther" is Karen and "Mr Lowther" is Steve, before any pronoun says so', () => {
    expect(speakersOfQuotes(a)).toEqual(['Karen Lowther', 'Karen Lowther', 'Steve Lowther']);
    expect(findSpeakers(a.speakers, 'Mrs Lowther').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Karen Lowther');
    expect(findSpeakers(a.speakers, 'Mr Lowther').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Steve Lowther');
  });
});

describe('a given name that is also a word says a gender too', () => {
  it('keeps "she says" from going to Frank or Derek, whose names are also words or are followed by someone else\'s "her"', () => {
    const a = parseArticle(
      [
        'A degree at 91',
        'Margaret Ellery, 91, has graduated with a history degree. She married Frank Ellery, a bus driver, in 1955.',
        'Club president Derek Sowerby said members had voted unanimously to make her an honorary member.',
        'Back on Albion Street, the scroll is framed next to a photograph of Frank Ellery in his bus company uniform.',
        '‘Frank would have laughed himself silly,’ she says.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Margaret Ellery']);
  });
});

describe('a given name given to boys and girls alike says no gender', () => {
  it('lets "he said" after "Professor Ashcombe said …" go to Professor Rowan Ashcombe', () => {
    const a = parseArticle(
      [
        'Reef survey',
        '‘I have been flying these surveys for 22 years,’ said Distinguished Professor Rowan Ashcombe, director of the Centre for Coral Reef Resilience.',
        'Professor Ashcombe said sea surface temperatures had sat above the February average for six weeks.',
        '‘From 300 metres up, reef after reef was glowing white,’ he said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rowan Ashcombe', 'Rowan Ashcombe']);
  });
});

describe('clergy styles before a name', () => {
  const a = parseArticle(
    [
      'Churches to close',
      'The Rt Rev Dr Helen Ashworth-Pryce, the Bishop of Lindcaster, said the diocese could not go on.',
      'The plan was drawn up by a review group led by the Ven Simon Tallentire, the Archdeacon of Wrexley.',
      '‘We are not closing thriving congregations,’ said the Ven Simon Tallentire.',
      'The archdeacon said one benefice already had a single vicar. He added: ‘She spends more time in her car than with her people.’',
    ].join('\n\n'),
  );

  it('are titles, not names: "the Rt Rev Dr", "the Ven"', () => {
    expect(a.speakers.map((s) => s.name)).toEqual(['Simon Tallentire', 'Helen Ashworth-Pryce']);
  });

  it('so "the archdeacon" is the Archdeacon of Wrexley, not the bishop', () => {
    expect(speakersOfQuotes(a)).toEqual(['Simon Tallentire', 'Simon Tallentire']);
    expect(firstSpeakerAskedFor(a, 'the archdeacon')).toBe('Simon Tallentire');
    expect(firstSpeakerAskedFor(a, 'the bishop')).toBe('Helen Ashworth-Pryce');
  });
});

describe('a place and a body\'s initials', () => {
  const a = parseArticle(
    [
      'Semi-final',
      'Galway manager Pádraig Mulcahy was pleased. Fahy finished a long delivery from captain and centre-back Evan Kilkelly.',
      'Clare GAA said late on Sunday the county ‘will be raising the matter through the proper channels’.',
      'Galway GAA said in a statement on Sunday evening that Ó Catháin had been cleared of any head injury.',
      '‘Liam sustained a knee injury and will undergo further assessment on Monday.’',
      'The Galway captain was honest about the final quarter: ‘We stopped hurling for ten minutes and Clare punished us.’',
    ].join('\n\n'),
  );

  it('name a body that speaks: "Clare GAA said", "Galway GAA said in a statement"', () => {
    expect(speakersOfQuotes(a).slice(0, 2)).toEqual(['Clare GAA', 'Galway GAA']);
    expect(firstSpeakerAskedFor(a, 'Clare GAA')).toBe('Clare GAA');
  });

  it('but only say whose a person is in "The Galway captain was honest:"', () => {
    expect(speakersOfQuotes(a)[2]).toBe('Evan Kilkelly');
  });
});

describe('a quote in a relative clause before "said he …"', () => {
  it('is the subject\'s, not the name in what he said: "Keating, who called the decision ‘…’, said he had not spoken to Hennessy"', () => {
    const a = parseArticle(
      [
        'Semi-final',
        'Clare manager Donal Keating was angry. Referee Cathal Hennessy ruled the goal out.',
        'Keating, who called the decision ‘a kick in the teeth for a young lad’, said he had not spoken to Hennessy after the final whistle.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Donal Keating']);
  });
});

describe('a state after a town, before "who … said"', () => {
  it('is where someone works, never a body that speaks: "the union’s message" is not Ohio’s', () => {
    const a = parseArticle(
      [
        'Union ratifies deal',
        'Striking workers at Brandvold Motor Co. voted Saturday to ratify a new contract, ending a walkout that idled plants in Michigan, Ohio and Indiana.',
        'A skilled-trades electrician at Brandvold’s stamping plant in Carvel, Ohio, who asked not to be named, said the deal did too little.',
        'The union’s message to members, posted on its website minutes after the count, ran just four sentences: “We stood together. We held the line.”',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('Ohio');
    expect(speakerOfQuote(a, 'We stood together')).not.toBe('Ohio');
  });
});

describe('"the bureau" after "the FBI"', () => {
  it('is the FBI: initials that hold the noun\'s first letter, named just before', () => {
    const a = parseArticle(
      [
        'Hospital hack',
        'The FBI\'s Cleveland field office confirmed it is investigating the attack.',
        '"The FBI is aware of the incident," the bureau said in a statement.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['FBI']);
    expect(firstSpeakerAskedFor(a, 'the bureau')).toBe('FBI');
  });
});

describe('"the city of Marlow Springs" acted on, then "the city said"', () => {
  const a = parseArticle(
    [
      'Water ruling',
      'The ruling upholds an order that directed the city of Marlow Springs, population about 48,000, to reduce pumping.',
      'The city said in a statement that residents should not expect their taps to run dry.',
      '“Our residents will have safe, reliable water.”',
      '“No one in this building thinks the answer is to keep fighting,” the city said.',
      'Farmers in the city of Boise were not affected.',
    ].join('\n\n'),
  );

  it('is the city\'s government speaking, in a statement paragraph and after the quote', () => {
    expect(speakersOfQuotes(a)).toEqual(['City of Marlow Springs', 'City of Marlow Springs']);
    expect(firstSpeakerAskedFor(a, 'the city')).toBe('City of Marlow Springs');
  });

  it('while "in the city of Boise" stays a place', () => {
    expect(a.speakers.map((s) => s.name)).toEqual(['City of Marlow Springs']);
  });
});

describe('a verb or two in quotation marks after a modal, in what someone is said to have said', () => {
  it('is a quote: "said the diocese could not ‘keep pretending’", but not "would “probably” have backed it"', () => {
    const a = parseArticle(
      [
        'Churches',
        'The Rt Rev Dr Helen Ashworth-Pryce, the Bishop of Lindcaster, said the diocese could not ‘keep pretending’ that the current pattern was sustainable.',
        'Cllr Ruth Gale said she would “probably” have backed the bill.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['keep pretending']);
    expect(speakersOfQuotes(a)).toEqual(['Helen Ashworth-Pryce']);
  });
});

describe('an office in capitals after "the"', () => {
  it('is whoever holds it: "the Chief Minister said" after "Chief Minister Harshvardhan Deshmane"', () => {
    const a = parseArticle(
      [
        'Metro opens',
        'Chief Minister Harshvardhan Deshmane flagged off the inaugural train.',
        'The Chief Minister announced that the State government would set aside funds.',
        '“This is only the first line,” the Chief Minister said.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Harshvardhan Deshmane']);
    expect(speakersOfQuotes(a)).toEqual(['Harshvardhan Deshmane']);
  });
});

describe('a court report\'s sentencing', () => {
  const a = parseArticle(
    [
      'Driver jailed',
      'Darren Fletcher, 41, was sentenced at Marsham Crown Court on Friday.',
      'Mitigating, Nathan Okoro said his client had no previous convictions.',
      'In a letter to the judge, which Mr Okoro handed up to the court, Fletcher wrote: ‘I think about Mr Ashworth and his family every single day.’',
      'Passing sentence, the Recorder of Marsham, His Honour Judge Richard Pemberton KC, said: ‘You made a deliberate decision to read messages on your phone.’',
      'Kestrel Parcels said it had ‘co-operated fully’ with the police investigation.',
    ].join('\n\n'),
  );

  it('gives the letter to its writer, not to the name in the relative clause before him', () => {
    expect(speakersOfQuotes(a)[0]).toBe('Darren Fletcher');
  });

  it('reads "His Honour Judge" as titles, and the judge past the letters after his name, not the court of the place before', () => {
    expect(speakersOfQuotes(a)[1]).toBe('Richard Pemberton');
    expect(firstSpeakerAskedFor(a, 'the judge')).toBe('Richard Pemberton');
  });

  it('takes two quoted words after "had" for the body\'s own: "it had ‘co-operated fully’"', () => {
    expect(speakersOfQuotes(a)[2]).toBe('Kestrel Parcels');
  });
});

describe('a role given by a "whose" clause', () => {
  it('reads "the United Security Officers union, whose president, Dwayne Petrakis," as the union president, not "whose president"', () => {
    const a = parseArticle(
      'Museum theft\n\nThe guards are represented by Local 418 of the United Security Officers union, whose president, Dwayne Petrakis, said the museum had cut its overnight shift.\n\n“Nobody listened,” Petrakis said.',
    );
    expect(a.speakers.find((s) => s.name === 'Dwayne Petrakis')!.role).toBe('union president');
    expect(findSpeakers(a.speakers, 'the union president').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Dwayne Petrakis');
  });
});

describe('a body named with where it works', () => {
  it('reads "Clean Sport UK said in a statement" as the body speaking, not the rider named before', () => {
    const a = parseArticle(
      [
        'Ban upheld',
        'Callum Reddish lost his appeal on Thursday.',
        'Clean Sport UK, the national anti-doping organisation, charged Reddish in August 2024.',
        '‘We welcome the tribunal’s decision, which upholds the original sanction in full,’ Clean Sport UK said in a statement.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Clean Sport UK']);
  });
});

describe('a role given beside a title', () => {
  it('reads "the cabinet member said" as Councillor Margaret Ashdown, cabinet member for adult social care, and "the union leader" as no "district leader"', () => {
    const a = parseArticle(
      [
        'Care homes to close',
        'Councillor Margaret Ashdown, cabinet member for adult social care, said it was the hardest decision she had made.',
        'Mark Ostrander, the 1,850-student district leader, said the vote was close.',
        'Cllr Ashdown rejected the claim. ‘We listened to every one of those responses,’ the cabinet member said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Margaret Ashdown']);
    expect(a.speakers.some((s) => s.name.toLowerCase() === 'the cabinet member')).toBe(false);
  });
});

describe('a government department is an agency', () => {
  it('reads "the agency said" as the Department of Environmental Quality named before', () => {
    const a = parseArticle(
      [
        'Boil notice',
        'The Department of Environmental Quality said Wednesday that it would examine why the alert went out late.',
        '“We will be reviewing the full timeline of the public alert with the city,” the agency said in an emailed statement.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Department of Environmental Quality']);
  });
});

describe('a role set off by a comma after "said", then the name', () => {
  it('gives "said the union’s Prairie Crest chapter chairman, Captain Luis Ambrose" to Ambrose, not to the name inside the role', () => {
    const a = parseArticle(['Jets grounded', 'Prairie Crest Airlines grounded its jets on Monday.', '“I would rather have our people at home for a week,” said the union’s Prairie Crest chapter chairman, Captain Luis Ambrose.'].join('\n\n'));
    expect(speakersOfQuotes(a)).toEqual(['Luis Ambrose']);
  });
});

describe('a body named after its noun and a comma', () => {
  it('reads "the lottery operator, Meridian Lotteries," as a body "the operator" finds, not "a spokesperson for the company, Priya Halloran,"', () => {
    const a = parseArticle(
      [
        'Cleaners win jackpot',
        'The syndicate won £6.8m, which the lottery operator, Meridian Lotteries, said was a record for a workplace syndicate.',
        'The cheque was presented at the Lanthorn Hotel.',
        'The operator said in a statement.',
        '‘Workplace syndicates account for around one in five of our jackpot wins.’',
        'A spokesperson for the company, Priya Halloran, said the money had been paid.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Meridian Lotteries']);
    expect(a.speakers.find((s) => s.name === 'Priya Halloran')).toBeDefined();
  });

  it('reads a noun opening the sentence, and whose body it is: "The museum’s insurer, Granite Mutual Fine Art," then "the company said"', () => {
    const a = parseArticle(
      [
        'Paintings stolen',
        'Thieves took three paintings from the Ridgeport Museum on Sunday.',
        'The museum’s insurer, Granite Mutual Fine Art, is offering a reward. “We want them back intact,” the company said in a statement.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Granite Mutual Fine Art']);
    // (Readers call it "the insurer", not "the museum".)
    expect(engineFor(a).findSpeakers('the insurer').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Granite Mutual Fine Art']);
  });

  it('reads "X, which campaigns …" as a group and "X, which sells …" as a company, so "the group said" is theirs', () => {
    const pubs = parseArticle(['Duty rises', 'Beer duty rose on Monday.', 'Save Our Pubs, which campaigns for landlords, said the rise was unfair. “It will close pubs,” the group said.'].join('\n\n'));
    expect(speakersOfQuotes(pubs)).toEqual(['Save Our Pubs']);
    const tickets = parseArticle(['Fees rise', 'Ticket prices rose on Monday.', 'Gatewave Ticketing, which sells seats for the arena, said demand was high. “Prices follow demand,” the company said.'].join('\n\n'));
    expect(speakersOfQuotes(tickets)).toEqual(['Gatewave Ticketing']);
  });

  it('reads "the hospital said" as the "… Medical Center" named before, by its last two words', () => {
    const a = parseArticle(['Inmate escapes', 'An inmate escaped on Sunday.', 'He was taken to St. Brendan Regional Medical Center in Carver, where he slipped away. “Our staff followed every procedure,” the hospital said.'].join('\n\n'));
    expect(speakersOfQuotes(a)).toEqual(['St. Brendan Regional Medical Center']);
  });

  it('reads a title’s word after "of" as what a body is of: "the Association of General Dental Practitioners" is one body', () => {
    const a = parseArticle(['Dentists', 'The plan was published on Monday.', 'The Association of General Dental Practitioners gave the plan a cautious welcome.', '“This is the last chance,” the association said.'].join('\n\n'));
    expect(speakersOfQuotes(a)).toEqual(['Association of General Dental Practitioners']);
    // (A title before a name after "of" and a place still ends the body: the attorney speaks.)
    const b = parseArticle(['Charges', 'A man was charged on Monday.', 'U.S. Attorney for the Southern District of Ohio Kenneth L. Parker said the case was strong. “We will prosecute,” Parker said.'].join('\n\n'));
    expect(speakersOfQuotes(b)).toEqual(['Kenneth L. Parker']);
  });

  it('keeps a given name and a surname set off after a noun a person’s: "The developer, Dale Whitacre,"', () => {
    const a = parseArticle(['Homes planned', 'Forty homes are planned on the old mill site.', 'The developer, Dale Whitacre, said the homes would sell. “They will go fast,” Whitacre said.'].join('\n\n'));
    expect(speakersOfQuotes(a)).toEqual(['Dale Whitacre']);
  });
});

describe('a tribunal and its panel', () => {
  it('reads "The panel wrote:" as the Sports Disputes Appeal Tribunal named before', () => {
    const a = parseArticle(
      [
        'Ban upheld',
        'The Sports Disputes Appeal Tribunal published its decision on Thursday.',
        'The panel wrote: ‘The athlete has offered a possible explanation. He has not offered a probable one.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Sports Disputes Appeal Tribunal']);
  });

  it('gives "the decision said" to the tribunal that issued it, never to a speaker called "The decision"', () => {
    const a = parseArticle(
      [
        'Ban upheld',
        'The Sports Disputes Appeal Tribunal published its decision on Thursday, upholding the ban.',
        '‘We accept that Mr Reddish was a credible witness,’ the decision said. ‘Sympathy, however, is not a standard of proof.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Sports Disputes Appeal Tribunal']);
  });
});

describe('a partnership is a body', () => {
  it('reads "The Rail Operators Partnership said" and "The partnership said in a statement." as the body', () => {
    const a = parseArticle(
      [
        'Rail talks',
        'Declan Farrow, the union’s general secretary, said talks would resume.',
        '14:05 – The Rail Operators Partnership has issued a fuller response. The partnership said in a statement.',
        '‘Our offer is worth more than £1,900 a year to the average employee.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rail Operators Partnership']);
  });
});

describe('an official of a body named in someone’s role', () => {
  it('reads "the union official said" as the union’s regional organiser named before', () => {
    const a = parseArticle(
      [
        'Care homes to close',
        'Janet Mwangi, regional organiser for the Public Services Alliance union, said members had been given no guarantees.',
        'The union official said PSA would be balloting members on industrial action.',
        '‘We will fight this,’ the union official said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Janet Mwangi']);
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Janet Mwangi', 'Janet Mwangi']);
  });
});

describe('one of a group a feature names', () => {
  it('reads a person named right after "commuters were weighing up their options" as a commuter, and "For patients, …" as a patient', () => {
    const a = parseArticle(
      [
        'Rail strike talks',
        '10:32 – On the platforms at Reading, commuters were already weighing up their options. Gareth Ellison, 41, said the last strikes had cost him £400.',
        'For patients, the disruption has meant uncertainty. Dennis Okafor, 62, had been scheduled for a knee replacement. ‘I just want a date,’ he said.',
        'Officials said talks would resume. Declan Farrow said: ‘We are ready.’',
      ].join('\n\n'),
    );
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the commuter')).toBe('Gareth Ellison');
    expect(who('the patient')).toBe('Dennis Okafor');
    expect(a.speakers.find((s) => s.name === 'Declan Farrow')!.aliases).not.toContain('official');
  });

  it('reads a person named under the subheading "Fans worry" as a fan', () => {
    const a = parseArticle(
      [
        'Ballpark vote delayed',
        'The council put off its vote on the stadium deal until June.',
        'Fans worry',
        'Gloria Petrakis, 67, has held the same two season tickets behind the dugout since 1996.',
        '“I watched my son learn to keep score in Section 104,” Petrakis said.',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the fan').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Gloria Petrakis');
  });
});

describe('an office that speaks as a body, and a relative', () => {
  const a = parseArticle(
    [
      'Family failed, ombudsman finds',
      'A housing association left a mother living with mould for three years, the Housing Ombudsman has found. Kayleigh Morris, 34, was told to open a window.',
      'Her youngest son, Reece, now four, was taken to hospital twice. The ombudsman said the landlord ‘should have recognised the potential impact on a young child’ once it had been told.',
      '‘He’d be coughing all night, every night, for weeks,’ his mother said.',
    ].join('\n\n'),
  );

  it('reads "the Housing Ombudsman" as the body that "the ombudsman said" speaks for, never the person named last', () => {
    expect(speakersOfQuotes(a)).toEqual(['Housing Ombudsman', 'Kayleigh Morris']);
    expect(a.speakers.find((s) => s.name === 'Kayleigh Morris')!.aliases).not.toContain('ombudsman');
  });

  it('gives "his mother said" to the woman named before, so "the mother" finds her', () => {
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the mother')).toBe('Kayleigh Morris');
    expect(who('the mum')).toBe('Kayleigh Morris');
  });
});

describe('a company the sentence is about, its chief executive and its regulator', () => {
  const a = parseArticle(
    [
      'Payments app fined $3.1 million',
      'New York’s financial regulator on Tuesday fined Ledgerly Inc., a Brooklyn-based payments app, $3.1 million over a data breach.',
      'The New York State Department of Financial Services said in a consent order that hackers used a stolen password to log into Ledgerly’s systems.',
      'Ledgerly, which was founded in 2019 and has raised about $140 million from investors including Northvale Partners, neither admitted nor denied the findings.',
      'In a statement, the company said it had "cooperated fully with the department from the first day" and had since spent more than $8 million.',
      '"We let our customers down," Marisa Thorne, Ledgerly’s co-founder and chief executive, said in a telephone interview.',
    ].join('\n\n'),
  );
  const who = (q: string) => findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name)[0];

  it('gives "the company said" to the body the sentence before opens on, not one named in its relative clause', () => {
    expect(speakersOfQuotes(a)).toEqual(['Ledgerly', 'Marisa Thorne']);
  });

  it('reads "co-founder and chief executive" as two roles of one owner, so "the CEO" finds her', () => {
    expect(who('the chief executive')).toBe('Marisa Thorne');
    expect(who('the CEO')).toBe('Marisa Thorne');
  });

  it('knows a state body by its own initials without the state ("DFS"), as "NHS Marches Integrated Care Board" is "the ICB"', () => {
    expect(a.speakers.find((s) => s.name === 'New York State Department of Financial Services')!.aliases).toContain('dfs');
    const nhs = parseArticle(['Pharmacies close', 'A spokesperson for NHS Marches Integrated Care Board said it would assess demand. ‘We were told on Monday,’ the spokesperson said.'].join('\n\n'));
    expect(findSpeakers(nhs.speakers, 'the ICB').length).toBe(1);
  });
});

describe('a working life as a role', () => {
  it('reads "Allard, 71, spent 36 years as a mechanical engineer at …" as his role, so "the engineer" finds him', () => {
    const a = parseArticle(
      [
        'The fixer of Carsford',
        'Inside, Geoffrey Allard is peering at the innards of a hairdryer. ‘People think things are broken when really they’re just tired,’ he says.',
        'Allard, 71, spent 36 years as a mechanical engineer at a turbine manufacturer in Swindon before retiring in 2016.',
        '‘I honestly thought it would be me and a soldering iron,’ he said.',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the engineer').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Geoffrey Allard');
  });
});

describe('a pronoun in a clause of a sentence that opens on its speaker', () => {
  it('gives "…, a proposal he described as “…”" to the man the sentence opens on, not the man quoted before', () => {
    const a = parseArticle(
      [
        'Runway closes',
        'Marcus Bell, a medical equipment salesman, said he was annoyed. "I\'ll be spending more time on a bus," he said.',
        'The airport board approved the closure in a 6-1 vote last month. Board Chairman Ray Okafor said the lone dissenting member had wanted the work delayed until the fall, a proposal he described as "a gamble with the only runway that pays our bills" and one the board was not willing to take.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Marcus Bell', 'Ray Okafor']);
  });
});

describe('a role the result gives', () => {
  it('reads "X was declared the winner" as her role, so "the winner" finds her', () => {
    const a = parseArticle(
      [
        'By-election decided by drawing lots',
        'Liberal Democrat Sarah Pennington was declared the winner in the Marshgate ward at 2.40am, after the returning officer drew one of two slips from a ballot box.',
        '‘I honestly don’t know whether to laugh or cry,’ Ms Pennington said.',
        'Her Labour rival, Tom Ashworth, said: ‘It was a fair contest.’',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the winner').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Sarah Pennington');
  });
});

describe('a role a "who has been" clause gives', () => {
  it('reads ", 71, who has been the paper’s publisher and editor since 1994" as her roles, so "the editor" and "the publisher" find her', () => {
    const a = parseArticle(
      [
        'Last edition after 140 years',
        '"I kept thinking somebody would walk through that door with a plan to save it," said Margaret Hollis, 71, who has been the paper\'s publisher and editor since 1994. "Nobody did."',
        'Tom Berkeley has sold its advertising for 31 years. "It was a good run," he said.',
      ].join('\n\n'),
    );
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the editor')).toBe('Margaret Hollis');
    expect(who('the publisher')).toBe('Margaret Hollis');
  });
});

describe('a title by its initials, and a participle that opens a sentence', () => {
  const a = parseArticle(
    [
      'Constable sacked',
      'PC Daniel Hartley, 34, was found to have committed gross misconduct by a panel on Thursday.',
      'Hartley was dismissed without notice and will be added to the barred list.',
      'Representing Hartley, Simon Oduya told the hearing that his client had an ‘unblemished record’ of eight years’ service.',
      '‘He accepts that what he did was wrong,’ Mr Oduya said.',
      'North Marches Police and Crime Commissioner Gareth Pryce said the case was disappointing. ‘Most officers would be as appalled as I am,’ Mr Pryce said.',
    ].join('\n\n'),
  );
  const who = (q: string) => findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name)[0];

  it('finds the Police and Crime Commissioner as "the PCC"', () => {
    expect(who('the PCC')).toBe('Gareth Pryce');
  });

  it('never makes "Representing Hartley" a speaker', () => {
    expect(a.speakers.map((s) => s.name)).not.toContain('Representing Hartley');
  });
});

describe('a union branch by its number', () => {
  it('reads "Teamsters Local 417" as one body, the union that then speaks', () => {
    const a = parseArticle(
      [
        'Bus routes cut',
        'The district will cut 14 bus routes next week because it has too few drivers.',
        'The union representing district drivers, Teamsters Local 417, said in a statement that the pay increase had come too late. “Competitive wages in July don’t undo years of being underpaid,” the union said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Teamsters Local 417']);
    expect(findSpeakers(a.speakers, 'Local 417').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Teamsters Local 417');
  });
});

describe('a unit’s name in a role', () => {
  it('reads "commander of Coast Guard Sector New Calloway" as her role, never "Sector New Calloway" as a person, and joins her next quote', () => {
    const a = parseArticle(
      [
        'Ship fire',
        'All crew members were off the ship by 4:25 a.m., the Coast Guard said.',
        '"Our first priority was getting every person off that vessel safely," said Capt. Linda Marchetti, commander of Coast Guard Sector New Calloway. "The crew did exactly what they were trained to do."',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Linda Marchetti']);
    expect(a.quotes[0]!.text).toContain('trained to do');
    expect(findSpeakers(a.speakers, 'the Coast Guard commander').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Linda Marchetti');
  });
});

describe('British ranks and a body named before its spokesperson', () => {
  const a = parseArticle(
    [
      'Drones close airport',
      'Ch Supt Rachel Dunmore said officers were searching the area. ‘We believe the drone was flown deliberately,’ she said.',
      'A Department for Transport spokesperson said ministers were being kept updated. ‘Flying a drone near an airport is a serious offence,’ the spokesperson added.',
    ].join('\n\n'),
  );
  const who = (q: string) => findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name)[0];

  it('reads "Ch Supt" as a chief superintendent’s title, not part of her name', () => {
    expect(who('the chief superintendent')).toBe('Rachel Dunmore');
  });

  it('knows "A Department for Transport spokesperson" by the body’s initials, "the DfT"', () => {
    expect(who('the DfT')).toBe('A Department for Transport spokesperson');
  });
});

describe('an entry title on a live page that runs newest first', () => {
  it('gives the title’s words to whoever says them in full below, once, not to the entry above it', () => {
    const a = parseArticle(
      [
        'Drones close airport – live',
        '11:50 Flights resume',
        'The runway has reopened. The airport warned that passengers should still expect ‘significant delays and cancellations’.',
        '10:30 Chief executive: ‘This is not a decision we take lightly’',
        'Tom Whitcombe, the airport’s chief executive, has spoken to the BBC. ‘This is not a decision we take lightly,’ he said, ‘because we know thousands of people’s plans have been wrecked.’',
      ].join('\n\n'),
    );
    expect(a.quotes.filter((q) => q.text.startsWith('This is not a decision')).map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Tom Whitcombe']);
  });
});

describe('a birth name in an obituary', () => {
  it('reads "Judith Anne Kowalczyk was born …" as Judith Ormsby, so the quotes after it stay hers', () => {
    const a = parseArticle(
      [
        'Judith Ormsby, Chronicler of Mill Towns, Dies at 88',
        'Judith Ormsby, whose novels won her a Pulitzer Prize, died on Tuesday. She was 88.',
        'Judith Anne Kowalczyk was born on July 14, 1936, in Kessler Falls, the eldest of four children of a steelworker.',
        '“People think I write about steel,” she said in 1988.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Judith Ormsby']);
  });
});

describe('someone asked for by their age', () => {
  it('finds "Margaret Ellery, 78," as "the 78-year-old", and "the 34-year-old Jenna Okafor" as "the 34-year-old"', () => {
    const a = parseArticle(
      [
        'Village pharmacies to close',
        'Margaret Ellery, 78, who has collected her heart medication from the branch for almost 30 years, said the news had left her frightened. ‘I don’t drive,’ she said.',
        'The 34-year-old Jenna Okafor, who works at the surgery, said: ‘Patients will have nowhere to go.’',
      ].join('\n\n'),
    );
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the 78-year-old')).toBe('Margaret Ellery');
    expect(who('the 34-year-old')).toBe('Jenna Okafor');
  });
});

describe('someone who runs a small business', () => {
  it('reads "who runs the village shop opposite the pharmacy" as the village shopkeeper, and "who runs a café" as its owner', () => {
    const a = parseArticle(
      [
        'Village pharmacy to close',
        '‘It isn’t just where you pick up your tablets,’ said Tom Fairbairn, who runs the village shop opposite the pharmacy and started a petition.',
        '‘We will all miss it,’ said Ann Lowe, who runs a café on the green.',
      ].join('\n\n'),
    );
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the shopkeeper')).toBe('Tom Fairbairn');
    expect(who('the café owner')).toBe('Ann Lowe');
  });
});

describe('a body with a clause of its own', () => {
  it('gives "The Northmoor branch of the union, which is supporting Professor Pelham-Voss, said" to the union, not the professor', () => {
    const a = parseArticle(
      [
        'University releases misconduct report',
        'The Northmoor branch of the Higher Education Staff Union, which is supporting Professor Pelham-Voss in the disciplinary process, said it had ‘serious concerns’ about the decision.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'serious concerns')).toBe('Higher Education Staff Union');
    expect(firstSpeakerAskedFor(a, 'the union')).toBe('Higher Education Staff Union');
  });
});

describe('someone known by their work', () => {
  it('finds the one who "pleaded guilty" or "was convicted" as the defendant', () => {
    const a = parseArticle(
      [
        'Adviser jailed for draining clients’ savings',
        'Gregory Alan Whitcomb, 58, of Enon, pleaded guilty in March to one count of wire fraud.',
        '‘I am deeply sorry for what I did,’ Whitcomb told the court.',
        'His attorney, Lisa Marchetti, said he had struggled with gambling.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the defendant')).toBe('Gregory Alan Whitcomb');
  });

  it('finds the prize winner "for her third novel" as the author', () => {
    const a = parseArticle(
      [
        'Former porter wins fiction prize',
        'Rhiannon Maddox, 46, a former hospital porter from Aberaeron, won the £50,000 Caldwell Prize for Fiction on Thursday for her third novel, The Salt Ledger.',
        'The chair of judges, the historian Helena Ostrowska, called it ‘a book of enormous tenderness’.',
        '‘I wrote most of it on night shifts,’ Maddox said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the author')).toBe('Rhiannon Maddox');
  });
});

describe('titles, plural titles and offices that look like names', () => {
  it('gives "JB Priestley’s When We Are Married" no speaker: "he says" after it is the director', () => {
    const a = parseArticle(
      [
        'Theatre reopens',
        '‘Theatres like this one,’ says Danny Okonkwo, who was artistic director under the old trust, ‘are where a town tells stories about itself.’',
        'The doors reopen on 12 September with JB Priestley’s When We Are Married, directed by Okonkwo himself.',
        '‘Priestley felt right,’ he says. ‘That’s us, really.’',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('Are Married');
    expect(speakerOfQuote(a, 'Priestley felt right')).toBe('Danny Okonkwo');
  });

  it('finds "a retired headteacher who chairs the society" as the society’s chair', () => {
    const a = parseArticle(['Theatre saved', '‘We hit the target,’ says Ruth Ansell, a retired headteacher who chairs the society. ‘People kept coming.’'].join('\n\n'));
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the chair of the society')).toBe('Ruth Ansell');
  });

  it('reads "Trustees Janet Kowalczyk and Reggie Albers" as a title for both, not a name', () => {
    const a = parseArticle(['Library cuts hours', 'Trustees Janet Kowalczyk and Reggie Albers voted no. “It is unfair,” Kowalczyk said.'].join('\n\n'));
    expect(speakerOfQuote(a, 'It is unfair')).toBe('Janet Kowalczyk');
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the trustee')).toBe('Janet Kowalczyk');
  });

  it('keeps "a library spokesperson" apart from "a spokesperson for the elections board"', () => {
    const a = parseArticle(
      ['Levy fails', 'A spokesperson for the elections board said the results are expected to be certified Feb. 25.', '“Nothing is off the table,” a library spokesperson said.'].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Nothing is off the table')).toMatch(/library spokesperson/i);
  });

  it('gives a statement by "The Ohio Attorney General’s Office, whose Elder Justice Unit helped" to the office', () => {
    const a = parseArticle(
      [
        'Roofer sentenced',
        'The Ohio Attorney General’s Office, whose Elder Justice Unit helped investigate the case, said in a statement Tuesday that home-repair fraud is common.',
        '“Call a family member before you sign anything.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Call a family member before you sign anything.')).toBe('Ohio Attorney General’s Office');
  });
});

describe('bodies referred to by what they do, or by their documents', () => {
  it('reads "…, but the operator warned that journeys would take ‘…’" as the train company’s words', () => {
    const a = parseArticle(['Flood', 'Vale Line Trains says no services will run until Monday. Replacement buses are running, but the operator warned that journeys would take ‘considerably longer than normal’.'].join('\n\n'));
    expect(speakerOfQuote(a, 'considerably longer')).toBe('Vale Line Trains');
  });

  it('gives "A notice on Kestrel’s website described the outage as ‘…’" to the airline, Kestrel Air (a company by its name)', () => {
    const a = parseArticle(
      [
        'Outage',
        'A fault in Kestrel Air’s check-in system forced the carrier to halt all departures.',
        'Kestrel’s chief executive, Fiona Halloran, apologised in a statement. ‘We are sorry,’ she said.',
        'Probably not. A notice on Kestrel’s website on Sunday described the outage as ‘an unforeseen technical event’, wording that passengers feared.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'unforeseen technical event')).toBe('Kestrel Air');
  });

  it('takes "the university said" for the university the story is about, not one named as a scientist’s workplace', () => {
    const a = parseArticle(
      [
        'Comet found',
        'A team at Sierra Blanca State University has discovered a comet, the university announced Tuesday.',
        'Dr. Lena Marsh, a planetary scientist at the University of Colorado who was not involved, said the colour was striking.',
        'The university said in a statement that it would cover the costs.',
        '“Capitan Peak is an asset we are committed to protecting,” the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Capitan Peak')).toBe('Sierra Blanca State University');
  });

  it('does not make "…, and the agent asked for a recount" a report', () => {
    const a = parseArticle(['Recount', 'The first count put Mr Ashworth three votes ahead, by 849 to 846, and the Liberal Democrat agent asked for a recount just before midnight.'].join('\n\n'));
    expect(a.reported).toHaveLength(0);
  });
});

describe('what the text says of someone, as a way to ask for them', () => {
  const who = (a: ReturnType<typeof parseArticle>, q: string) => findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name);

  it('finds "Pybus, who is 91," as "the 91-year-old"', () => {
    const a = parseArticle(['Theatre saved', '‘That’s where I bought my first ticket,’ says Margaret Pybus.', 'Pybus, who is 91, is one of 3,118 people who now own a piece of the building.'].join('\n\n'));
    expect(who(a, 'the 91-year-old')[0]).toBe('Margaret Pybus');
  });

  it('finds "Tomás Reyes said his daughter …" as the dad, the parent', () => {
    const a = parseArticle(['Library cuts', 'Tomás Reyes said his daughter, a sixth-grader, goes to homework help four days a week.', '“Two days isn’t going to cut it,” Reyes said.'].join('\n\n'));
    expect(who(a, 'the dad')[0]).toBe('Tomás Reyes');
    expect(who(a, 'the parent')[0]).toBe('Tomás Reyes');
  });

  it('finds "Karen Voss … got a call from her father" as his daughter, and not someone in another clause', () => {
    const a = parseArticle(
      [
        'Jackpot',
        'Karen Voss, 46, a respiratory therapist in Cedar Rapids, got a call from her father the next morning.',
        '“He had the ticket in a Ziploc bag in the freezer,” she says.',
        'Ann Cole runs the café, and her father owns the bakery next door.',
        '“He still tips like a bus driver,” Cole said.',
      ].join('\n\n'),
    );
    expect(who(a, 'his daughter')[0]).toBe('Karen Voss');
    expect(who(a, 'the daughter')).toEqual(['Karen Voss']);
  });

  it('reads a role whole past the "and" in a body’s name, and not from "the garden of" before a name', () => {
    const a = parseArticle(
      [
        'Hedge dispute',
        'The hedge runs for 24 metres beside the garden of retired teacher Helen Marchbank, 68.',
        '‘It is a relief,’ said Mrs Marchbank.',
        '‘Leylandii can put on 90 centimetres in a good year,’ said Sue Pennock, chair of the Keddington and District Gardening Society.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Helen Marchbank')?.role).toBe('retired teacher');
    expect(who(a, 'the gardening society chair')[0]).toBe('Sue Pennock');
  });

  it('reads "Simon Pargeter, its policy director," as the body’s officer, so the body’s name finds his words', () => {
    const a = parseArticle(
      [
        'Speed cameras',
        'The Drivers’ Alliance, a motoring group, says the A61 is the wrong target. Simon Pargeter, its policy director, said the group would ask for collision figures.',
        '‘Nobody is against safer roads,’ Mr Pargeter said.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Simon Pargeter')?.role).toBe('policy director of Drivers’ Alliance');
    expect(firstSpeakerAskedFor(a, 'the motoring group policy director')).toBe('Simon Pargeter');
  });

  it('finds a match report’s goalkeeper by "made 38 saves" and its scorer by "scored"', () => {
    const a = parseArticle(
      [
        'Wildcats edge Ironmen in overtime',
        'Marcus Okafor scored 4:17 into overtime, Jonas Lindqvist made 38 saves and the Houston Wildcats beat the Milwaukee Ironmen 3-2.',
        '“I just tried to get it on net,” Okafor said.',
        'Lindqvist was blunt about the third period: “We can’t give them that many looks.”',
      ].join('\n\n'),
    );
    expect(who(a, 'the goalie')[0]).toBe('Jonas Lindqvist');
    expect(who(a, 'the goaltender')[0]).toBe('Jonas Lindqvist');
    expect(who(a, 'the overtime scorer')[0]).toBe('Marcus Okafor');
  });

  it('finds "Miguel Santangelo, a 29-year-old lift operator" as the lift operator', () => {
    const a = parseArticle(
      [
        'Ski resort closes early',
        'Miguel Santangelo, a 29-year-old lift operator from Tucson, Arizona, was in his third season at the resort. He said he had saved about $1,200.',
        '“I thought I’d have another month,” Santangelo said.',
      ].join('\n\n'),
    );
    expect(who(a, 'the lift operator')[0]).toBe('Miguel Santangelo');
  });

  it('finds "Priya Raman, the company’s chief operating officer, will serve as interim chief executive" as the interim CEO', () => {
    const a = parseArticle(
      [
        'Corvane chief quits',
        'Priya Raman, the company’s chief operating officer since 2021, will serve as interim chief executive while the board looks for a permanent replacement, Corvane said.',
        '“We have a strong team,” Raman said.',
      ].join('\n\n'),
    );
    expect(who(a, 'the interim ceo')[0]).toBe('Priya Raman');
  });

  it('finds "One of the patients, Denise Hargrove, 58," as the patient', () => {
    const a = parseArticle(
      [
        'Eye drops recalled',
        'One of the patients, Denise Hargrove, 58, a school bus driver from Tacoma, began using the drops in late December.',
        '“It felt like sand,” Hargrove said.',
      ].join('\n\n'),
    );
    expect(who(a, 'the patient')[0]).toBe('Denise Hargrove');
  });

  it('finds "Tom Haugland, who raises about 65,000 turkeys" as the turkey farmer, and no one who raises money as a farmer', () => {
    const a = parseArticle(
      [
        'Bird flu',
        'Tom Haugland, who raises about 65,000 turkeys roughly 5 miles from the farm, said his flock would be tested.',
        'Ann Cole, who raises money for the hospice, said she was worried.',
      ].join('\n\n'),
    );
    expect(who(a, 'the turkey farmer')).toEqual(['Tom Haugland']);
  });

  it('finds a body "which represents producers" as the industry group', () => {
    const a = parseArticle(
      [
        'Bird flu',
        'Samples from the farm, run by Cedar Ridge Egg Co, tested positive. Cedar Ridge said it had stopped all shipments.',
        'The Heartland Egg Council, which represents producers in Iowa, called the outbreak “a gut punch for an industry”.',
      ].join('\n\n'),
    );
    expect(who(a, 'the industry group')[0]).toBe('Heartland Egg Council');
  });

  it('finds Priya Chaudhary by "Chaudry", two letters short', () => {
    const a = parseArticle(['Outage', '‘Claim now,’ said Priya Chaudhary, director of the Air Passenger Network.'].join('\n\n'));
    expect(who(a, 'Chaudry')[0]).toBe('Priya Chaudhary');
  });
});

describe('officers of a named body', () => {
  it('gives "The headteacher of Ashcombe Community College said" to the headteacher, not the college, unless someone named holds the post', () => {
    const a = parseArticle(['Floods', 'The headteacher of Ashcombe Community College said in a message to parents that ‘our families come first’.'].join('\n\n'));
    expect(speakerOfQuote(a, 'our families come first')).toBe('The headteacher of Ashcombe Community College');
    const b = parseArticle(['Floods', 'Jane Cole, the head of Ashcombe Community College, said it was dry. The head of Ashcombe Community College said ‘we will reopen’.'].join('\n\n'));
    expect(speakerOfQuote(b, 'we will reopen')).toBe('Jane Cole');
  });

  it('finds "Station manager Dean Carraway of Tarnside Fire and Rescue Service" as the fire service', () => {
    const a = parseArticle(['Floods', 'Station manager Dean Carraway of Tarnside Fire and Rescue Service said four boat teams were going door to door. “We will reach everyone,” he said.'].join('\n\n'));
    expect(findSpeakers(a.speakers, 'the fire service').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Dean Carraway');
  });
});

describe('whose pronoun it is', () => {
  it('hears neither an object "her" in the name’s own clause nor a "She" inside a quote as the speaker’s own gender', () => {
    const a = parseArticle(
      [
        'Profile',
        'For 22 years she also taught at the Kernow College of Art. Femi Adeyemo, 45, studied under her from 1998 to 2001.',
        '‘She never told you what to make,’ says Adeyemo. ‘She told you what you were avoiding. Which was worse, frankly.’',
        'He recalls that she once made an entire class spend a week carving a single house brick.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Femi Adeyemo']);
  });
});

describe('a British councillor’s party and ward in brackets', () => {
  it('finds "Cllr Richard Amis (Lib Dem, Brampton and Oakley)" as the Lib Dem councillor, and keeps "The committee’s chairman, Cllr Peter Goodwin (Con, Harwood West)," the chairman', () => {
    const a = parseArticle(
      [
        'Homes refused',
        'Cllr Richard Amis (Lib Dem, Brampton and Oakley), who represents the village, said the committee had a duty to use its own judgement.',
        'The committee’s chairman, Cllr Peter Goodwin (Con, Harwood West), who voted against refusal, warned colleagues that the decision could prove costly. ‘We will lose at appeal,’ he said.',
      ].join('\n\n'),
    );
    const who = (q: string) => firstSpeakerAskedFor(a, q);
    expect(who('the Lib Dem councillor')).toBe('Richard Amis');
    expect(who('the committee chairman')).toBe('Peter Goodwin');
    expect(who('the Conservative councillor')).toBe('Peter Goodwin');
  });
});

describe('feature writing: how words are said, and who a paragraph is about', () => {
  const article = parseArticle(
    [
      'Beavers return',
      'It was a little after seven when Ruth Pellow knelt on the bank and unfastened the crate.',
      '‘That’s her,’ Pellow whispered. ‘That’s the matriarch. Give it a minute and the rest will follow.’',
      'Pellow, 58, a retired geography teacher, is the coordinator of the Haddow Valley Beaver Group.',
      'Walking back along the brook as the light fades, she is already thinking about the years ahead.',
      '‘There will be setbacks. There will be a dam somewhere we don’t want one, and we’ll deal with it.’',
    ].join('\n\n'),
  );

  it('reads "‘…,’ Pellow whispered." as hers, and a quotation after a paragraph about "she" as hers too', () => {
    expect(speakerOfQuote(article, 'the matriarch')).toBe('Ruth Pellow');
    expect(speakerOfQuote(article, 'There will be setbacks')).toBe('Ruth Pellow');
  });

  it('finds "Pellow, 58, a retired geography teacher, is the coordinator of …" as the coordinator', () => {
    expect(findSpeakers(article.speakers, 'the coordinator').map((m) => article.speakers[m.speaker]!.name)[0]).toBe('Ruth Pellow');
  });

  it('never takes "Austin" in "PaceLine, which is based in Austin, Texas, says it …" for who speaks', () => {
    const a = parseArticle(['Data leak', 'PaceLine, which is based in Austin, Texas, says it has about 9 million registered users. It said the server had been “secured within hours”.'].join('\n\n'));
    expect(a.speakers.map((s) => s.name)).not.toContain('Austin');
  });

  it('finds "Illinois Attorney General Rosa Kincaid" as the AG', () => {
    const a = parseArticle(['Data leak', 'Illinois Attorney General Rosa Kincaid said her office had opened an investigation. “We will get answers,” Kincaid said.'].join('\n\n'));
    expect(findSpeakers(a.speakers, 'the AG').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Rosa Kincaid');
  });
});

describe('lead-ins that name the speaker in passing', () => {
  it('reads "In her written dissent, she was blunt: “…”" as hers', () => {
    const a = parseArticle(['Rates', 'Commissioner Anita Osei-Brandt, one of the two dissenting votes, said the company had asked for too much. In her written dissent, she was blunt: "Customers have now absorbed three increases in five years."'].join('\n\n'));
    expect(speakerOfQuote(a, 'absorbed three increases')).toBe('Anita Osei-Brandt');
  });

  it('gives a statement after "Mr Pettifer, who … still controls Mill Lane Holdings, defended the sale in a statement." to him, not the company', () => {
    const a = parseArticle(
      ['Ground sold', 'Graham Pettifer, the former chairman, sold the ground.', 'Mr Pettifer, who stepped down as chairman in 2022 but still controls Mill Lane Holdings, defended the sale in a statement.', '‘I have put more than £2 million of my own money into the club over 18 years.’'].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'my own money')).toBe('Graham Pettifer');
  });

  it('names "Another victim, a father of two from Blyton who asked not to be named," by what he is', () => {
    const a = parseArticle(['Burglar jailed', 'Another victim, a father of two from Blyton who asked not to be named, said his children had been ‘too frightened to sleep in their own rooms’.'].join('\n\n'));
    expect(speakerOfQuote(a, 'too frightened')).toBe('A father of two from Blyton');
  });

  it('keeps the whole of "A spokesperson for the ambulance service urged people to ‘…’"', () => {
    const a = parseArticle(['Hospital', 'A spokesperson for the ambulance service urged people to ‘think carefully before calling 999’ and to use NHS 111.'].join('\n\n'));
    expect(speakerOfQuote(a, 'think carefully')).toBe('A spokesperson for the ambulance service');
  });
});

describe('a live entry’s headline quote', () => {
  it('drops a headline that condenses what the entry quotes (‘Never seen it like this’), and keeps one that repeats it word for word', () => {
    const a = parseArticle(
      [
        'Flood live',
        '16:40 Council leader: ‘Never seen it like this’',
        'Imran Saddiq, leader of Tarnside District Council, visited the rest centre. ‘I have lived in this town for 40 years,’ he said, ‘and I have never seen the Tarne like this.’',
        '14:48 Police: ‘We are treating this as serious’',
        'A police spokesperson said: ‘We are treating this as serious.’',
      ].join('\n\n'),
    );
    const texts = a.quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes('Never seen it like this'))).toBe(false);
    expect(texts.some((t) => t.includes('never seen the Tarne like this'))).toBe(true);
    expect(texts.filter((t) => t.includes('We are treating this as serious')).length).toBeGreaterThan(0);
  });
});

describe('what a body’s name says it is', () => {
  it('finds "Fairway Foods" as the supermarket, and "Allegheny Valley Gas Co" as a utility', async () => {
    const { namedAs } = await import('../../src/engine/organisations.js');
    expect(namedAs('Fairway Foods', 'supermarket')).toBe(true);
    expect(namedAs('Allegheny Valley Gas Co', 'utility')).toBe(true);
    expect(namedAs('Allegheny Valley Gas Co', 'supermarket')).toBe(false);
  });
});

describe('a bill’s sponsor', () => {
  it('finds "a Findlay Republican who sponsored the bill" and ", who sponsored the bill," as the sponsor', () => {
    const a = parseArticle(['Free college', '“This is not a loan,” said state Sen. Dana Whitfield, a Findlay Republican who sponsored the bill.', '“It is a start,” said Rep. Marcus Bell, a Cleveland Democrat who voted for the budget.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the bill sponsor')).toBe('Dana Whitfield');
    const b = parseArticle(['Insulin', '“It caps the cost,” said Rep. Ana Ruiz, who sponsored the bill.'].join('\n\n'));
    expect(firstSpeakerAskedFor(b, 'the sponsor')).toBe('Ana Ruiz');
  });
});

describe('readers’ ways of asking for the unnamed and for the government', () => {
  it('finds "the nurse who didn’t want to be named" as the unnamed nurse', () => {
    const a = parseArticle(['Hospital inspection', 'A senior nurse in the emergency department, who asked not to be named, said: ‘We are exhausted.’', '‘It is a good hospital,’ said Dr Ruth Cole, the medical director.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the nurse who didn’t want to be named')).toBe('A senior nurse in the emergency department');
    expect(firstSpeakerAskedFor(a, 'the nurse who asked not to be named')).toBe('A senior nurse in the emergency department');
  });

  it('finds a secretary of state or a ministry as "the government", never a union’s general secretary or a police department', () => {
    const a = parseArticle(
      [
        'Rail strike',
        '‘The offer is fair,’ said Helen Marchbank, the Transport Secretary.',
        '‘We will strike,’ said Declan Farrow, the union’s general secretary.',
        'The Carver City Police Department said roads would be closed.',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the government').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Helen Marchbank']);
  });
});

describe('whoever has run a shop or a venue', () => {
  it('finds "who has run Sandhu’s Hardware for 22 years" as the hardware shop owner, and "who has run the Blue Lantern since 1996" as the club owner', () => {
    const a = parseArticle(['Flood', 'Dev Sandhu, who has run Sandhu’s Hardware on Market Place for 22 years, said: ‘The water came in fast.’'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the hardware shop owner')).toBe('Dev Sandhu');
    const b = parseArticle(
      [
        'The comeback',
        'Nell Carrow, the jazz pianist, is preparing to return to the stage.',
        'Maureen Quigley, who has run the Blue Lantern since 1996, says she did not hesitate when Carrow rang her.',
        'Even so, Quigley admits she kept the date quiet for weeks. ‘I’ve seen musicians come back too soon,’ the club owner says.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(b, 'come back too soon')).toBe('Maureen Quigley');
  });
});

describe('a player named after his position', () => {
  it('finds "tipped away by Wexford State center Marcus Lindqvist" as a person, who speaks later by surname', () => {
    const a = parseArticle(
      [
        'Game',
        'Corliss’ last chance was tipped away by Wexford State center Marcus Lindqvist as the horn sounded.',
        'Lindqvist, who is 7-foot-1, said the coaches told him only to get a hand on the inbounds pass.',
        '“I barely touched it,” he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I barely touched it')).toBe('Marcus Lindqvist');
    expect(speakersAskedFor(a, 'Lindqvist')).toEqual(['Marcus Lindqvist']);
  });
});

describe('a pronoun for what someone runs', () => {
  it('gives "Brenda Coyle, 71, who ran it with her late husband," no role "it head"', () => {
    const a = parseArticle(['Pub saved', 'Few people know the pub better than Brenda Coyle, 71, who ran it with her late husband, Ron, for 27 years.', '‘I cried when I saw the sign go up,’ she says.'].join('\n\n'));
    const coyle = a.speakers.find((s) => s.name === 'Brenda Coyle')!;
    expect(coyle.role ?? '').not.toMatch(/\bit\b/);
    expect(coyle.aliases.join(' | ')).not.toMatch(/\bit head\b/);
  });
});

describe('where someone is from, after their name', () => {
  it('finds "Harold Greer, 78, of Cave Junction," as the Cave Junction resident and the man from Cave Junction', () => {
    const a = parseArticle(['Power cut', 'Harold Greer, 78, of Cave Junction, said the call came “about an hour before the lights went out.”', '“We were ready,” said Dana Whitcomb, a spokesperson for Cascade Western Power.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the Cave Junction resident')).toBe('Harold Greer');
    expect(firstSpeakerAskedFor(a, 'the man from Cave Junction')).toBe('Harold Greer');
  });
});

describe('winner and runner-up of a final', () => {
  it('finds "Voss … beat Kenji Albright on the second hole of a playoff to capture the Cedar Hollow Classic": Voss the winner, Albright the runner-up', () => {
    const a = parseArticle(
      [
        'Voss wins in playoff',
        'Darren Voss, a 44-year-old from Lubbock, Texas, beat Kenji Albright on the second hole of a sudden-death playoff to capture the Cedar Hollow Classic.',
        '“I never stopped believing,” Voss said.',
        '“It hurts,” Albright said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the winner')).toBe('Darren Voss');
    expect(firstSpeakerAskedFor(a, 'the runner-up')).toBe('Kenji Albright');
  });

  it('finds "won the Aldermere Championships, beating top seed Anneke Vos in a final" for both', () => {
    const a = parseArticle(['Cuesta wins', 'Mariela Cuesta won the Aldermere Championships on Sunday, beating top seed Anneke Vos in a final that ended in a row.', '“I am proud,” Cuesta said. “She was better,” Vos said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the runner-up')).toBe('Anneke Vos');
    expect(firstSpeakerAskedFor(a, 'the winner')).toBe('Mariela Cuesta');
  });
});

describe('a role for a body the text names by a common noun', () => {
  it('finds "Renee Castellanos, a spokeswoman for the utility" as the Sierra Crest Power spokeswoman', () => {
    const a = parseArticle(
      [
        'Fire',
        'Sierra Crest Power said it had shut off electricity to about 11,300 customers as a precaution.',
        'Renee Castellanos, a spokeswoman for the utility, said: “We will not energize lines into that kind of wind.”',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the Sierra Crest Power spokeswoman')).toBe('Renee Castellanos');
  });
});

describe('things named with "the" are not speakers', () => {
  it('gives "he said" to the man named before, not to "the Star Ball" named since', () => {
    const a = parseArticle(
      [
        'Jackpot',
        'Ray Dettmer bought the ticket at the Kwik Stop.',
        'The ticket matched all five numbers and the Star Ball in a drawing worth $6.8 million.',
        '“I figured if I said it out loud, it would turn out I’d read it wrong,” he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I figured')).toBe('Ray Dettmer');
    expect(a.speakers.map((s) => s.name)).not.toContain('Star Ball');
  });

  it('reads past a body’s apposition to its verb: “…,” the Heritage Policy Forum, a think tank …, said', () => {
    const a = parseArticle(
      [
        'Bronzes',
        'Dr Malcolm Pryor, the museum’s director, said the return was overdue.',
        '‘This goes much too far,’ the Heritage Policy Forum, a think tank that has campaigned against restitution, said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'This goes much too far')).toBe('Heritage Policy Forum');
  });
});

describe('time stamps of live updates', () => {
  it('gives “the airport said:” to the airport named, not to a body called "GMT Airport" from an entry’s time stamp', () => {
    const a = parseArticle(
      [
        'Baggage chaos at Westmoor Airport – live',
        'Passengers at Westmoor Airport are reporting long queues at check-in.',
        '10.15 GMT\nAirport confirms ‘technical fault’',
        'In a post on social media shortly after 10.00 GMT, the airport said:',
        '‘We are experiencing a technical fault with our baggage system this morning.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We are experiencing')).toBe('Westmoor Airport');
    expect(a.speakers.map((s) => s.name).join(' ')).not.toMatch(/GMT/);
  });
});

describe('a body introduced by where it is based', () => {
  it('names “New Jersey-based Halvorsen Therapeutics” without its base, so “Halvorsen said in a statement” is the company', () => {
    const a = parseArticle(
      [
        'Weight-loss drug approved',
        'The drug is made by New Jersey-based Halvorsen Therapeutics, which will sell it for $499 a month.',
        '“We priced Verenza so that people have a real way in,” Halvorsen said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We priced Verenza')).toBe('Halvorsen Therapeutics');
  });
});

describe('a body known by what kind it is one of', () => {
  it('reads “Corvane Cloud, one of the largest providers of cloud computing” as a company, so “Corvane said” is its words', () => {
    const a = parseArticle(
      [
        'Cloud outage – live',
        'A widespread outage at Corvane Cloud, one of the largest providers of cloud computing services in the United States, disrupted banking apps.',
        'Corvane said on its status page at 11:22 a.m.: “We have identified the cause of the issue and are deploying a fix.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We have identified')).toBe('Corvane Cloud');
    expect(firstSpeakerAskedFor(a, 'the provider')).toBe('Corvane Cloud');
  });
});

describe('"what it called ‘…’"', () => {
  it('gives the words to the sentence’s subject: “The company blamed what it called ‘a funding model …’”', () => {
    const a = parseArticle(
      [
        'Pharmacy chain to shut five branches',
        'Hallam & Clarke, which runs 64 pharmacies, confirmed on Thursday that five branches will close.',
        'The company blamed what it called ‘a funding model that no longer covers the cost of dispensing’ and rising bills.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'a funding model')).toBe('Hallam & Clarke');
  });
});

describe('a body named with a lower-case head', () => {
  it('reads “the Haiphong customs department” and “Kent county council” as bodies that speak', () => {
    const a = parseArticle(
      [
        'Pangolin scales seized',
        'In a post on its official Facebook page, the Haiphong customs department thanked its scanning team and wrote: “Wildlife is not merchandise.”',
        'Kent county council said it would review the case.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Wildlife is not')).toBe('Haiphong customs department');
    expect(firstSpeakerAskedFor(a, 'Kent council')).toBe('Kent county council');
  });
});

describe('bodies whose names hold a list', () => {
  it('reads “the Ministry of Housing, Communities and Local Government” whole, so MHCLG and the ministry find it', () => {
    const a = parseArticle(
      [
        'Four-day week',
        'Asked about the trial, the Ministry of Housing, Communities and Local Government said in a statement:',
        '‘Councils should be delivering value for money for taxpayers.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Councils should be')).toBe('Ministry of Housing, Communities and Local Government');
    expect(firstSpeakerAskedFor(a, 'MHCLG')).toBe('Ministry of Housing, Communities and Local Government');
    expect(firstSpeakerAskedFor(a, 'the ministry')).toBe('Ministry of Housing, Communities and Local Government');
  });
});

describe('a possessive leading in with a colon', () => {
  it('gives “Her message to drivers who complain is blunt:” and the quote under it to the woman named before', () => {
    const a = parseArticle(
      [
        'Speed cameras',
        'Rachel Okafor, head of campaigns at the road safety charity Kerbside, said the cameras were overdue.',
        'Her message to drivers who complain is blunt:',
        '‘If you do not speed, it costs you nothing.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'If you do not speed')).toBe('Rachel Okafor');
  });

  it('reads “His advice was simple: …” in one paragraph as his', () => {
    const a = parseArticle(['Marathon', 'Coach Dan Reyes watched the finish. His advice was simple: “Drink before you are thirsty.”'].join('\n\n'));
    expect(speakerOfQuote(a, 'Drink before')).toBe('Dan Reyes');
  });
});

describe('"the" and a year name an event', () => {
  it('so "the 1926 General Strike" is no general, and "she says" after it is the woman named before', () => {
    expect(findNames('Her dissertation was on the 1926 General Strike in the mill towns.').map((m) => m.text)).toEqual([]);
    const a = parseArticle(
      [
        'A degree at 91',
        'Margaret Ellery, 91, wrote 12,000 words on the 1926 General Strike in the Calder mill towns.',
        '‘I suppose in the end I did write it down,’ she says.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Margaret Ellery']);
  });
});

describe('a chamber of commerce or trade', () => {
  const a = parseArticle(
    [
      'Lights axed',
      'Haverleigh Chamber of Trade chairman Graham Hollis, 63, described the decision as ‘a kick in the teeth for every business on the high street’.',
      '‘People come for the lights,’ he said.',
      'The Greater Bellhaven Chamber of Commerce said it “reluctantly” supported the tax increase.',
    ].join('\n\n'),
  );

  it('is a body whose chairman is the person named after it, and which speaks as "the chamber"', () => {
    // (Its "reluctantly", an adverb of its own after its "it", is its quote.)
    expect(speakersOfQuotes(a)).toEqual(['Graham Hollis', 'Graham Hollis', 'Greater Bellhaven Chamber of Commerce']);
    expect(a.speakers.find((s) => s.name === 'Graham Hollis')!.role).toBe('Haverleigh Chamber of Trade chairman');
    expect(findSpeakers(a.speakers, 'the chamber').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Greater Bellhaven Chamber of Commerce');
    expect(findSpeakers(a.speakers, 'the chamber of trade chairman').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Graham Hollis');
  });
});

describe('a council named by its tier', () => {
  const a = parseArticle(
    [
      'Lights axed',
      'West Ardenshire Council, which owns the lamp-posts, now requires each column to pass a load test.',
      'The town council said in a statement on Wednesday that it understood the strength of feeling.',
      '‘The council recognises how much the lights mean to residents.’',
      '‘Public safety has to come first,’ a spokesman for West Ardenshire Council said.',
      '‘The testing regime applies to every town and parish council in the district,’ the authority added.',
    ].join('\n\n'),
  );

  it('keeps "the town council" apart from the district council named before, and "the authority" is a council', () => {
    expect(speakersOfQuotes(a)).toEqual(['The town council', 'A spokesman for West Ardenshire Council', 'West Ardenshire Council']);
  });
});

describe('a body called by its noun as it speaks', () => {
  it('is the body the next such noun means: "the transit authority said …" then "the agency posted"', () => {
    const a = parseArticle(
      [
        'Train stuck',
        'A Red Line train has been stopped in the tunnel, the Eastport Metropolitan Transit Authority said.',
        'All passengers are now out of the tunnel, the Eastport Fire Department said.',
        'Trains are suspended in both directions, the transit authority said on social media.',
        '“Crews are working to restore power,” the agency posted.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Eastport Metropolitan Transit Authority']);
  });

  it('but "the supplier" may be someone described before, not a company', () => {
    const a = parseArticle(
      [
        'Price war',
        'Harwell’s said it would cut prices.',
        'One supplier of fresh produce to the chain, who asked not to be named, was sceptical. ‘We have heard that before,’ the supplier said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['One supplier']);
  });
});

describe('words "he" reports of others', () => {
  it('are his: "He said its two founders, Daniel Kemp and Farid Malik, had ‘grown the business …’"', () => {
    const a = parseArticle(
      [
        'Fine',
        'Nicholas Haverford, for SeatHub, told the court that the company had overhauled its listings. He said its two founders, Daniel Kemp and Farid Malik, had ‘grown the business faster than its systems could cope with’.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Nicholas Haverford']);
  });
});

describe('"his mother said" in a family the text names', () => {
  it('is the mother even when the text gives her a job', () => {
    const a = parseArticle(
      [
        'Meteorite',
        'Kathleen Brennan, 44, a dental hygienist, said she was woken at about 2:40 a.m. Her husband, Luis Brennan, 46, ran upstairs and found their son, Owen, sitting up in bed.',
        'The family’s insurer said the claim was being reviewed.',
        '“He keeps telling everyone it’s his meteorite because it landed in his room,” his mother said.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Kathleen Brennan']);
  });
});

describe('a quote after a gesture', () => {
  it('is whoever the sentence before shows laughing or shrugging', () => {
    const a = parseArticle(
      [
        'No-hitter',
        'Catcher Javier Ocampo called most of the pitches.',
        'Asked whether he had thought about calling a fastball for the last pitch, Ocampo laughed. “Not once. Not with that slider.”',
        'Karen Whitfield shrugged. ‘No idea.’',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => [q.text, a.speakers[q.speaker!]?.name])).toEqual([
      ['Not once. Not with that slider.', 'Javier Ocampo'],
      ['No idea.', 'Karen Whitfield'],
    ]);
  });
});

describe('someone named right after a sentence about people of a kind', () => {
  it('is one of them: "Food vendors were also counting their costs. Priya Hollis, who runs …, said"', () => {
    const a = parseArticle(
      [
        'Festival cancelled',
        'Food vendors were also counting their costs. Priya Hollis, who runs a taco truck, said she had paid a $2,400 vendor fee.',
        'But nurses at the hospital say the rise could not have come at a worse time. Jo Pennington, a ward sister, said the extra cost would fall hardest on the lowest paid.',
        'Crowds were thin. Mark Ellis, 40, said he would not come back.',
      ].join('\n\n'),
    );
    const who = (asked: string) => firstSpeakerAskedFor(a, asked);
    expect(who('the food vendor')).toBe('Priya Hollis');
    expect(who('the nurse')).toBe('Jo Pennington');
    expect(a.speakers.find((s) => s.name === 'Mark Ellis')!.aliases).not.toContain('crowd');
  });
});

describe('a paragraph that opens on "the" and a word for a person', () => {
  it('goes on about whoever the paragraph before opened on, and gives readers that word for them', () => {
    const a = parseArticle(
      [
        'No-hitter',
        'Caleb Strand had never thrown more than 104 pitches in a college game. On Saturday, with pinch hitter Danny Ruiz at the plate, he needed his 108th.',
        'The Lakemont State junior right-hander got Ruiz to chase a slider for the final out.',
        '“I knew. Everybody knew,” Strand said.',
        'Harold Jensen, an economist at the Brennan Policy Institute, studied the plan. Public Service Loan Forgiveness is not changing.',
        'The economist called the longer timeline “a quiet tax on people who were promised a shorter road.”',
      ].join('\n\n'),
    );
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the right-hander')).toEqual(['Caleb Strand']);
    expect(speakersOfQuotes(a)).toEqual(['Caleb Strand', 'Harold Jensen']);
  });
});

describe('titles and surnames as news writes them', () => {
  it('reads "Deputy Commissioner Kostakis" and "Inspector Rourke" as the people named in full before, not as new speakers', () => {
    const a = parseArticle(
      [
        'Fire',
        'RFA Deputy Commissioner Andrea Kostakis said the fire had run beyond the modelling.',
        'Deputy Commissioner Kostakis said 340 firefighters were working on the fire.',
        'Inspector Damien Rourke, the Tarrawong Police District commander, said officers had knocked on about 640 doors.',
        '‘There are still a handful of people who’ve told us they’re staying,’ Inspector Rourke said.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name).sort()).toEqual(['Andrea Kostakis', 'Damien Rourke']);
    expect(speakersOfQuotes(a)).toEqual(['Damien Rourke']);
  });

  it('keeps a surname’s particles ("van der Berg-Okonkwo") and finds her by either half of it', () => {
    const a = parseArticle(
      [
        'Breach',
        'Dr. Anneliese van der Berg-Okonkwo, principal threat researcher at the security firm Halyard Labs, said she found the listing.',
        '“What we saw in the sample files was not test data,” van der Berg-Okonkwo said in an interview.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Anneliese van der Berg-Okonkwo']);
    const who = (asked: string) => firstSpeakerAskedFor(a, asked);
    expect(who('Okonkwo')).toBe('Anneliese van der Berg-Okonkwo');
    // A principal researcher heads nothing: the firm's name is no way to ask for her.
    expect(a.speakers[0]!.aliases).not.toContain('halyard labs');
  });
});

describe('a British court report', () => {
  it('gives the statement read after "Mrs Whitlow’s daughter, Jean Ashby, read a statement, pausing …" to the daughter, and the defence to the barrister "mitigating"', () => {
    const a = parseArticle(
      [
        'Court',
        'Among them was Edna Whitlow, an 89-year-old former teacher, who missed 23 doses.',
        'Philippa Grange, mitigating, said her client had been overwhelmed.',
        'Mrs Whitlow’s daughter, Jean Ashby, 61, read a victim personal statement to the court, pausing several times to compose herself.',
        '‘My mother taught half the children in Wexcombe to read. She was as sharp as a tack.',
        '‘I don’t want revenge.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Jean Ashby']);
    const who = (asked: string) => firstSpeakerAskedFor(a, asked);
    expect(who('the defence barrister')).toBe('Philippa Grange');
  });

  it('gives "Beaconfield Care said in a statement: ‘…’" to the company first named as "Beaconfield Care Ltd"', () => {
    const a = parseArticle(
      [
        'Court',
        'The court heard that Larkfield House, a 38-bed home run by Beaconfield Care Ltd, had been short of staff.',
        'Beaconfield Care, which runs 11 homes across the South West, said in a statement: ‘We are deeply sorry for the distress caused to residents and their families.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Beaconfield Care']);
  });
});

describe('what someone led', () => {
  it('makes "Ruth Anne Kowalczyk, who milks 90 cows …, led the opposition" the opposition leader', () => {
    const a = parseArticle(
      [
        'Co-op vote',
        'Gerald Vanderhoof, president of the cooperative’s board, said the vote was the hardest of his life.',
        'Ruth Anne Kowalczyk, who milks 90 cows with her husband, Pete, on a farm near Pell Lake, led the opposition.',
        '“We sold our say for a check,” Kowalczyk said.',
      ].join('\n\n'),
    );
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the opposition leader')[0]).toBe('Ruth Anne Kowalczyk');
  });
});

describe('a spouse of many years', () => {
  it('is "the wife" and "the widow": "His wife of 59 years, Loretta Brannigan, said …"', () => {
    const a = parseArticle(
      [
        'Coach dies at 84',
        'Walter J. Brannigan, who coached Harlow County High School football for 38 seasons, died Sunday. He was 84.',
        'His wife of 59 years, Loretta Brannigan, said he died shortly after 6 a.m.',
        '“He knew,” she said. “He wanted to be where he could hear the drums.”',
      ].join('\n\n'),
    );
    const who = (asked: string) => firstSpeakerAskedFor(a, asked);
    expect(who('his wife')).toBe('Loretta Brannigan');
    expect(who('the widow')).toBe('Loretta Brannigan');
  });
});

describe('a spokesperson for someone', () => {
  it('does not come before that someone: "the governor" finds Gov. Okafor-Hale, not "A spokeswoman for the governor" (blind round e55)', () => {
    const a = parseArticle(readFileSync('tests/eval/fresh/e55-overnight-budget-vote.txt', 'utf8'));
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the governor')[0]).toBe('Maureen Okafor-Hale');
  });

  it('still answers for a body: "the forest service" finds its spokesperson', () => {
    const a = parseArticle('Fire\n\nA spokesperson for the forest service said crews were on the fire line.');
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the forest service')[0]).toBe('A spokesperson for the forest service');
  });
});

describe('an unnamed speaker by any word "who" makes a person', () => {
  it('gives "One regular, who did not want to be named, was more blunt: ‘…’" to the regular, and "A delivery driver was more blunt: ‘…’" to the driver', () => {
    const a = parseArticle(
      [
        'Bakery to close',
        'Daniel Okafor, 36, said the closure would leave a hole in the high street. ‘It’s where you go,’ he said.',
        'One regular, who did not want to be named, was more blunt: ‘It’s a disgrace that a place like this can go under.’',
        'A delivery driver was more blunt still: ‘It’s a scandal.’',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Daniel Okafor', 'One regular', 'A delivery driver']);
  });
});

describe('what a body did to what the story is about', () => {
  it('makes "a system supplied by Nashville-based Palisade Systems" the supplier, which readers call the vendor', () => {
    const a = parseArticle(
      [
        'Airline cancels flights',
        'A routine update to CrewLink, a scheduling system supplied by Nashville-based Palisade Systems, corrupted the records.',
        'Meridian Air Lines said in a statement that it had restored most assignments.',
        'Palisade Systems said in a statement that it was “working around the clock” with Meridian.',
      ].join('\n\n'),
    );
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the vendor')[0]).toBe('Palisade Systems');
    expect(who('the supplier')[0]).toBe('Palisade Systems');
  });
});

describe('a single word set apart in British quotation marks', () => {
  it('closes on itself: "the ‘repairs’ consisted of …" is no quotation running on into the narrative', () => {
    const a = parseArticle(
      [
        'Roofer jailed',
        'In many cases the ‘repairs’ consisted of little more than a handful of replacement tiles, the court was told.',
        '‘You took their savings,’ the judge said.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['You took their savings']);
  });
});

describe('a quotation right after a reported statement', () => {
  it('is the reporter’s: "One long-time volunteer … said the news had divided the town. ‘We all sold raffle tickets with her.’"', () => {
    const a = parseArticle(
      [
        'Treasurer jailed',
        'Kerryn Albright, 56, was sentenced on Thursday.',
        'One long-time volunteer, who asked not to be named, said the news had divided the town. ‘We all sold raffle tickets with her. She’d count the money at the end of the night.’',
        'Council member Raj Patel said the hall would cost far more than planned. “We cannot afford it, and the voters know that very well.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We all sold raffle tickets')).toBe('One long-time volunteer');
    expect(speakerOfQuote(a, 'We cannot afford it')).toBe('Raj Patel');
  });
});

describe('an office named after someone who holds another', () => {
  it('does not make Council member Raj Patel "the mayor" because the next paragraph opens "The mayor disagreed"', () => {
    const a = parseArticle(['Bridge', 'Council member Raj Patel said the bridge would cost far more than planned.', 'The mayor disagreed with him.'].join('\n\n'));
    expect(speakersAskedFor(a, 'the mayor')).toEqual([]);
    expect(firstSpeakerAskedFor(a, 'the council member')).toBe('Raj Patel');
  });
});

describe('a name inside the relative clause of an unnamed speaker', () => {
  it('leaves "One woman, who asked not to be named because her husband works at the Corliss plant, said …" hers, not the plant’s', () => {
    const a = parseArticle(
      [
        'Water meeting',
        'Corliss Textile Finishing said in a statement that it had cooperated fully with regulators.',
        'One woman, who asked not to be named because her husband works at the Corliss plant, said people in town were afraid to say too much.',
        '“Half this room has somebody at that mill,” she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Half this room')).toBe('One woman');
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Corliss Textile Finishing', 'One woman']);
  });
});

describe('a role given by what someone did to the sentence’s subject', () => {
  it('makes "Tollgate Lad is trained by Bryony Askew, 41," the trainer, and "ridden by Tom Pettifer" a jockey', () => {
    const a = parseArticle(
      [
        'Outsider wins',
        'Tollgate Lad is trained by Bryony Askew, 41, who has 22 horses at her yard near Middleham.',
        '‘We talked about Kelso for a fortnight,’ said Askew.',
        'The winner carried Harbour Lights, ridden by Tom Pettifer, towards the far rail. ‘You have to ask the question,’ said Pettifer.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the trainer')).toBe('Bryony Askew');
    expect(firstSpeakerAskedFor(a, 'the jockey')).toBe('Tom Pettifer');
  });
});

describe('a statement named before its issuer', () => {
  it('gives the paragraphs after "In a statement issued on behalf of the governing body, Peter Ashdown-Fairweather, chair of governors, thanked Mrs Tranter …" to him', () => {
    const a = parseArticle(
      [
        'Head resigns',
        'The headteacher, Alison Tranter, resigned on Friday.',
        'In a statement issued on behalf of the governing body, Peter Ashdown-Fairweather, chair of governors, thanked Mrs Tranter for her service.',
        '‘The governing body accepts the findings of the report in full. We are deeply sorry.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The governing body accepts')).toBe('Peter Ashdown-Fairweather');
  });
});

describe('a title in lower case with what the office deals in', () => {
  it('keeps "chief restructuring officer Martin Ebbesen" whole, so "the chief restructuring officer" is him and not the chief executive', () => {
    const a = parseArticle(
      [
        'Retailer files for bankruptcy',
        'Chief Executive Officer Lauren Vasquez-Hale, 52, told employees the talks had failed.',
        'In a sworn declaration filed with the petition, chief restructuring officer Martin Ebbesen said sales fell 11% to $2.3 billion.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the chief restructuring officer')).toBe('Martin Ebbesen');
  });
});

describe('a subject the headline names in full and the body only by surname', () => {
  const a = parseArticle(
    [
      'Live updates: Former Bramford treasurer Raymond Kessling sentenced to 9 years',
      'Kessling stood at the lectern and read from two handwritten pages.',
      '“I stole from my hometown,” Kessling said. “There’s no softer way to say it.”',
      'He said he had attended Gamblers Anonymous meetings twice a week since his arrest.',
      'Turning toward the mayor, he said: “Linda, I’m sorry. I know that doesn’t fix anything.”',
    ].join('\n\n'),
  );

  it('gives "Kessling said" to Raymond Kessling, found by his surname', () => {
    expect(speakerOfQuote(a, 'I stole from my hometown')).toBe('Raymond Kessling');
    expect(firstSpeakerAskedFor(a, 'Kessling')).toBe('Raymond Kessling');
  });

  it('does not take "Gamblers Anonymous" for a man who says "he said"', () => {
    expect(speakerOfQuote(a, 'Linda, I’m sorry')).toBe('Raymond Kessling');
  });

  it('takes the full name and role from a photo caption when the body gives only the surname', () => {
    const b = parseArticle(
      [
        'Senate passes repair bill',
        'Photo: Pell County farmer Dale Vossberg looks over the engine of his combine on March 28. (Mara Lindqvist/The Capital Ledger)',
        'Vossberg, 58, grows wheat on about 3,200 acres near Alcott. He said the dealer could not send a technician for nine days.',
        '“I had the part in my hand on day two,” Vossberg said.',
        'Her spokesman, Caleb Oduya, said the governor would review the bill.',
        'Hail flattened the wheat he had not cut. “People think this is about farmers wanting to tinker,” he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(b, 'I had the part in my hand')).toBe('Dale Vossberg');
    expect(firstSpeakerAskedFor(b, 'the farmer')).toBe('Dale Vossberg');
    expect(b.images[0]).toMatchObject({ caption: expect.stringMatching(/^Pell County farmer Dale Vossberg looks over/), credit: 'Mara Lindqvist/The Capital Ledger' });
  });

  it('gives the role a sentence-case headline puts before a short form of the name', () => {
    const a = parseArticle(
      [
        'Tributes as former postmistress Win Catterall dies aged 89',
        'Winifred Catterall ran the village post office for 41 years. Her son, Philip Catterall, said she knew everyone.',
        '‘She never gossiped,’ said Mrs Catterall’s neighbour, Doreen Pask.',
        'Mrs Catterall once said: ‘A village without a post office is just a collection of houses.’',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the postmistress')).toBe('Winifred Catterall');
  });

  it('takes no one from a title-case headline’s capitalised words', () => {
    const b = parseArticle(['Wolves Are Back in the Valley', 'Back then, nobody expected it.', '“Ask me again in 10 years,” said Walt Brannock.'].join('\n\n'));
    expect(b.speakers.map((s) => s.name)).toEqual(['Walt Brannock']);
  });
});

describe('a spokesperson for a body the text calls by its noun', () => {
  it('names the body: "A spokeswoman for the company" after "owned by Castleway Rail Estates"', () => {
    const a = parseArticle(
      [
        'Signal box café thrives',
        'Rosalind Kerrigan opened the café in 2019. The building is owned by Castleway Rail Estates, and her lease runs until 2029.',
        'A spokeswoman for the company said it was ‘delighted’ to see the signal box in use.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'delighted')).toBe('A spokeswoman for Castleway Rail Estates');
    expect(firstSpeakerAskedFor(a, 'Castleway Rail Estates')).toBe('A spokeswoman for Castleway Rail Estates');
  });

  it('keeps the description when a word of it is not the body’s: "the police department" after the Department of Transportation', () => {
    const a = parseArticle(
      [
        'Traffic cameras stay',
        'The Department of Transportation installed 40 cameras last spring.',
        'A spokesperson for the police department said officers had asked for footage 312 times. “Every request is logged,” the spokesperson said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Every request is logged')).toBe('A spokesperson for the police department');
  });
});

describe('a local government by its place, and its statement', () => {
  it('gives the paragraph after "The city of Bramford said in a statement …" to the city', () => {
    const a = parseArticle(
      [
        'City vows to go after the money',
        'The city of Bramford said in a statement after the hearing that it would go after Kessling’s state pension.',
        '“The criminal case is over, but the books are not closed.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The criminal case is over')).toBe('City of Bramford');
    expect(firstSpeakerAskedFor(a, 'the city')).toBe('City of Bramford');
  });

  it('gives "the statement said" to the company that said so in a statement, past a long relative clause', () => {
    const a = parseArticle(
      [
        'Care worker wins tribunal',
        'Donna Whitlock worked for Larchfield Home Care Ltd for 14 years.',
        'Larchfield Home Care, which employs about 420 carers and supports around 1,100 people across Northshire, said in a statement that it accepted the findings.',
        '‘We accept the tribunal’s judgment and we apologise to Ms Whitlock,’ the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We accept the tribunal')).toBe('Larchfield Home Care');
  });
});

describe('a judge’s findings in her words', () => {
  const a = parseArticle(
    [
      'Care worker unfairly dismissed',
      'Employment Judge Rosalind Akers found that the investigation had been ‘one-sided and cursory’ and that the manager had ‘made up his mind before the hearing began’.',
      'Ms Whitlock also claimed she had been dismissed for whistleblowing. The judge rejected that part of her claim.',
      'But she declined to reduce the award, saying there had been ‘no blameworthy conduct’ on Ms Whitlock’s part.',
    ].join('\n\n'),
  );

  it('reads the words quoted after "found that" as the judge’s', () => {
    expect(speakerOfQuote(a, 'one-sided and cursory')).toBe('Rosalind Akers');
    expect(speakerOfQuote(a, 'made up his mind')).toBe('Rosalind Akers');
  });

  it('reads "But she declined …, saying ‘…’" as a sentence about "she"', () => {
    expect(speakerOfQuote(a, 'no blameworthy conduct')).toBe('Rosalind Akers');
  });
});

describe('more shapes from a sacked manager, a festival and an interview', () => {
  it('does not take a sentence-opening "Afterwards" into the name that follows', () => {
    const a = parseArticle(['Manager sacked', 'Kingsmere Town sacked Alan Brereton on Sunday.', 'Afterwards Brereton insisted he still had the ‘full backing of the dressing room’.'].join('\n\n'));
    expect(speakerOfQuote(a, 'full backing of the dressing room')).toBe('Alan Brereton');
  });

  it('gives "said the Supporters’ Trust chair, Helen Pryce" to her, not to the trust', () => {
    const a = parseArticle(
      ['Manager sacked', '‘Nobody enjoys seeing a man lose his job,’ said the Kingsmere Town Supporters’ Trust chair, Helen Pryce. ‘But the real questions are for the people upstairs.’'].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Nobody enjoys seeing')).toBe('Helen Pryce');
    expect(speakerOfQuote(a, 'But the real questions')).toBe('Helen Pryce');
  });

  it('gives “…,” he said to the unnamed crew member the sentence before is about', () => {
    const a = parseArticle(
      [
        'Festival cancelled',
        'Promoter Brent Calloway said the stage was safe.',
        'One member of the stage rigging crew backed the county’s call. “Nobody on the crew wanted to go back up on that roof last night,” he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Nobody on the crew')).toBe('One member of the stage rigging crew');
    expect(firstSpeakerAskedFor(a, 'the rigging crew member')).toBe('One member of the stage rigging crew');
  });

  it('reads "Asked what readers could do, she didn’t hesitate: “…”" as hers', () => {
    const a = parseArticle(['Reef survey', 'Ilse Marchetti led the survey. Tom Reyes ran the boats.', 'Asked what readers could do, she didn’t hesitate: “Vote like the reef depends on it. Because it does.”'].join('\n\n'));
    expect(speakerOfQuote(a, 'Vote like the reef')).toBe('Ilse Marchetti');
  });
});

describe('bodies and people from a wire story, a drug study, an obituary and a parish council (blind round e59)', () => {
  it('keeps "The Medicines Safety and Licensing Agency, the UK’s medicines regulator," one body', () => {
    const a = parseArticle(
      [
        'Heartburn pills linked to kidney disease',
        'The Medicines Safety and Licensing Agency, the UK’s medicines regulator, said in a statement that it was aware of the study.',
        '‘Patient safety is our highest priority.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Patient safety is our highest priority')).toBe('Medicines Safety and Licensing Agency');
  });

  it('does not take the judge who "fined her" for the "she" who recalls it later', () => {
    const a = parseArticle(
      [
        'Judge Holloway dies',
        'Vernice Holloway, a civil rights lawyer, died on Sunday.',
        'In 1965, a county circuit judge fined her $100 for contempt after she refused to move. She paid the fine.',
        'In a 1989 interview, she recalled the episode this way:',
        '“The judge thought he was punishing me. He was giving me a record.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The judge thought he was punishing me')).toBe('Vernice Holloway');
  });

  it('gives "said one parish councillor, who asked not to be named" to someone new, not to the council’s chair', () => {
    const a = parseArticle(
      [
        'Pub conversion opposed',
        'Parish council chair Cllr Margaret Ashdown said the vote sent a clear message.',
        '‘It got very ugly for a few minutes,’ said one parish councillor, who asked not to be named.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'It got very ugly')).toBe('One parish councillor');
  });

  it('reads "the chair said" after "The parish council chair said …" in its paragraph as that chair', () => {
    const a = parseArticle(
      [
        'Pub conversion opposed',
        'Parish council chair Cllr Margaret Ashdown said the vote sent a clear message.',
        'Helen Crabtree, the campaign group’s chair, said it would keep fighting.',
        'The parish council chair said after the meeting that she regretted the disorder. ‘People are frightened of losing something,’ the chair said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'People are frightened')).toBe('Margaret Ashdown');
  });

  it('reads "Tavrenia’s coast guard" and "Belmora’s foreign ministry" as bodies that speak', () => {
    const a = parseArticle(
      [
        'Ship seized in strait',
        'Tavrenia’s coast guard said the ship had ignored “repeated radio instructions to stop and submit to inspection”. In a second statement, it said the “inspection of the vessel will continue for as long as the law requires.”',
        'Belmora’s foreign ministry summoned Tavrenia’s ambassador, Aurel Demko, and demanded the release of the crew, calling the seizure “a flagrant violation of the right of transit passage.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'repeated radio instructions')).toBe('Tavrenia’s coast guard');
    expect(speakerOfQuote(a, 'inspection of the vessel')).toBe('Tavrenia’s coast guard');
    expect(speakerOfQuote(a, 'a flagrant violation')).toBe('Belmora’s foreign ministry');
    expect(firstSpeakerAskedFor(a, 'the coast guard')).toBe('Tavrenia’s coast guard');
  });

  it('gives "…, a move the vessel’s owner called “…”" to the owner, not to the sentence’s subject', () => {
    const a = parseArticle(['Ship seized', 'Tavrenia’s coast guard seized a cargo ship on Tuesday, a move the vessel’s owner called “piracy in uniform” and one that pushed up insurance costs.'].join('\n\n'));
    expect(speakerOfQuote(a, 'piracy in uniform')).toBe('The vessel’s owner');
  });
});

describe('offices, groups and universities (blind round e60)', () => {
  it('takes "Secretary of State Curtis Bramwell" as Curtis Bramwell, Secretary of State', () => {
    const a = parseArticle(['Voter ID law struck down', 'Secretary of State Curtis Bramwell said late Tuesday that officers must “stop requesting photo identification from any voter, effective immediately.”'].join('\n\n'));
    expect(speakerOfQuote(a, 'stop requesting photo identification')).toBe('Curtis Bramwell');
    expect(firstSpeakerAskedFor(a, 'the secretary of state')).toBe('Curtis Bramwell');
  });

  it('does not take "western Kansas" for the court named Kansas: "said one county clerk in western Kansas, who …"', () => {
    const a = parseArticle(
      [
        'Voter ID law struck down',
        'The Kansas Supreme Court struck down the law on Tuesday.',
        '“We printed 12,000 posters that say ‘Bring your photo ID,’” said one county clerk in western Kansas, who spoke on condition of anonymity.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We printed 12,000 posters')).toBe('One county clerk in western Kansas');
  });

  it('reads "the operator said" after "One Kestrel operator, who spoke on condition of anonymity, said" as that operator, not the company', () => {
    const a = parseArticle(
      [
        'Chlorine leak forces shelter order',
        'Kestrel Chemical said the leak came from a hose.',
        'One Kestrel operator, who spoke on condition of anonymity, said hoses had been flagged for replacement.',
        '“Everybody out there knew those hoses were living on borrowed time,” the operator said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Everybody out there knew')).toBe('One Kestrel operator');
  });

  it('finds "the agency" in "the Texas Commission on Environmental Quality"', () => {
    const a = parseArticle(
      [
        'Chlorine leak forces shelter order',
        'The Texas Commission on Environmental Quality has cited the plant 11 times since 2019.',
        'The agency said that its investigators would “review maintenance records, operator logs and the plant’s emergency plan” before acting.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'review maintenance records')).toBe('Texas Commission on Environmental Quality');
  });

  it('reads "thanked Cllr Pettifer for ‘…’" as the thanker’s words', () => {
    const a = parseArticle(['Council leader quits', 'Reacting on Thursday, the MP for Harrowden, Nadia Forsyth-Clarke, thanked Cllr Pettifer for ‘nearly four years of steady leadership in the hardest financial climate’.'].join('\n\n'));
    expect(speakerOfQuote(a, 'nearly four years of steady leadership')).toBe('Nadia Forsyth-Clarke');
  });

  it('gives the statement of "The Conservative group, led by Cllr Jeremy Stott," to the group, not to him', () => {
    const a = parseArticle(['Council leader quits', 'The Conservative group, led by Cllr Jeremy Stott, said in a statement.', '‘We did not take this decision lightly.’'].join('\n\n'));
    expect(speakerOfQuote(a, 'We did not take this decision lightly')).toBe('The Conservative group');
  });

  it('gives "Marlowe State said in a statement" and its quotation to the university', () => {
    const a = parseArticle(
      ['Upset win', 'Coach Gina Ferraro said the team was ready.', 'Marlowe State said in a statement Saturday night that it would charter four buses.', '“Our students have been with this team all season.”'].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Our students have been with this team')).toBe('Marlowe State');
  });

  it('does not give "the ministry said" to a company that spoke before', () => {
    const a = parseArticle(
      [
        'Central bank raises rates',
        'Goldman Sachs said in a note that the move was a “necessary, if belated, course correction”.',
        'The finance ministry welcomed the decision. “The government fully respects the independence of the National Bank,” the ministry said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The government fully respects')).not.toBe('Goldman Sachs');
  });
});

describe('an anonymous employee and the company', () => {
  it('does not make "One Kestrel operator, who spoke on condition of anonymity" a voice of the company', () => {
    const a = parseArticle(
      [
        'Chlorine leak forces shelter order',
        '“We deeply regret the impact on our neighbors,” Kestrel Chemical Co. said in a statement.',
        'One Kestrel operator, who spoke on condition of anonymity, said hoses had been flagged for replacement.',
        '“Everybody out there knew those hoses were living on borrowed time,” the operator said.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'One Kestrel operator')!.aliases).not.toContain('kestrel chemical');
  });
});

describe('a feature’s subject and a family (blind round e61)', () => {
  it('lets readers ask for "the baker" a headline calls her, when the story names her most', () => {
    const a = parseArticle(
      [
        'Small-town Iowa baker’s rye apple kuchen wins national championship',
        'At 4:15 a.m. on most days, Annette Kowalczyk is already elbow-deep in dough.',
        'Kowalczyk, 52, won the championship on Oct. 18. Her partner, Luis Ferreira, runs the counter.',
        '“I kept thinking they’d read out the wrong name,” Kowalczyk said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the baker')).toBe('Annette Kowalczyk');
  });

  it('finds the subject a headline introduces further on with an owner: "Seaholme’s lifeboat fundraiser"', () => {
    const a = parseArticle(
      [
        'After 31 years and £740,000, Seaholme’s lifeboat fundraiser hangs up her collecting tin',
        'On a grey Saturday morning in Seaholme, Jean Amory is doing what she has done on most Saturdays since 1994.',
        'Amory, 70, stepped down this month. Amory has raised more than £740,000.',
        '‘I never thought of it as work,’ Amory said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the fundraiser')).toBe('Jean Amory');
  });

  it('does not give a headline’s object to the story’s subject: "… to track ex-partner"', () => {
    const a = parseArticle(
      [
        'Chapelford PC sacked after using police computers to track ex-partner',
        'PC Daniel Hartley was dismissed on Friday. Hartley had searched the records 41 times.',
        '“I accept I made mistakes,” Hartley told the panel. Hartley left without comment.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the ex-partner')).toEqual([]);
  });

  it('gives "Mr Ellery’s family said in a statement" to the family, not to the man who died', () => {
    const a = parseArticle(
      [
        'Driver jailed',
        'David Ellery, 47, died at the scene. Sgt Tom Hale of Cranmoor Police said the driver fled.',
        'Mr Ellery’s family said in a statement:',
        '‘Dave was the best husband, dad, son and friend anyone could have wished for.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Dave was the best husband')).toBe('Mr Ellery’s family');
  });
});

describe('a named speaker with where they work before the verb (blind round e62)', () => {
  it('gives "“…,” Detective Sgt. Angela Moretti of the New Calder Police Department’s major crimes unit said" to her', () => {
    const a = parseArticle(
      [
        'Stolen paintings found',
        'The works include a 1927 oil by the painter Edith Varnum.',
        '“It wasn’t one big break. It was about 40 small ones,” Detective Sgt. Angela Moretti of the New Calder Police Department’s major crimes unit said at a news conference Thursday.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'It wasn’t one big break')).toBe('Angela Moretti');
  });
});

describe('a role opening the sentence, a company after the verb', () => {
  it('gives "The analyst … said Pelham & Finch risked being ‘squeezed from both ends’" to the analyst', () => {
    const a = parseArticle(
      [
        'Grocer boss quits',
        'Pelham & Finch said its chief executive would step down. Sophie Ketteridge, an analyst at Halden Securities, said investors had lost patience.',
        'The analyst cut her target price for the shares to 150p from 210p and said Pelham & Finch risked being ‘squeezed from both ends’ by discount chains.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'squeezed from both ends')).toBe('Sophie Ketteridge');
  });
});

describe('bodies named by their possessive, by a club’s initials, or as a unit', () => {
  it('reads "Halcyon Space Systems’ Kestrel lander" as the company, and gives "the agency … and said:" to the agency', () => {
    const a = parseArticle(
      [
        'Lander tilted, company says',
        '- Halcyon Space Systems’ Kestrel lander touched down at 9:24 p.m.',
        'The Federal Space Administration paid Halcyon $118 million to carry four of its instruments.',
        'In a written statement, the agency congratulated Halcyon and said: “Every attempt teaches us something we need.”',
        '9:47 p.m. — Halcyon on social media: “Kestrel is talking to us. Faint, but steady.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Every attempt')).toBe('Federal Space Administration');
    expect(speakerOfQuote(a, 'Kestrel is talking')).toBe('Halcyon Space Systems');
    expect(firstSpeakerAskedFor(a, 'Halcyon')).toBe('Halcyon Space Systems');
  });

  it('reads "Aalvik BK" as a club that "the Danish club" is, and "Marine Incident Investigation Unit" as "the unit"', () => {
    const a = parseArticle(
      [
        'Record signing',
        'Castlebridge United signed the striker from Aalvik BK on Friday.',
        '‘Joel leaves as one of the finest forwards this club has produced,’ the Danish club said.',
        'The Marine Incident Investigation Unit has sent a team of inspectors to Cragmouth.',
        'In a statement, the unit said: ‘Our purpose is to establish the causes of the accident.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'finest forwards')).toBe('Aalvik BK');
    expect(speakerOfQuote(a, 'Our purpose')).toBe('Marine Incident Investigation Unit');
  });
});

describe('a one-word judgement in what someone said', () => {
  it('is their quote after "said … were"; a verb in quotation marks, or a word the club "called" something, is not', () => {
    const a = parseArticle(
      [
        'Prices',
        'Lorraine Abernathy, the group’s chief economist, said the declines so far were "orderly" and nothing like the 2007 bust.',
        'A spokesman for Mayor Shannon Glover said the city was "reviewing" the request.',
        'The club called the fee ‘fair’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'orderly')).toBe('Lorraine Abernathy');
    expect(a.quotes.map((q) => q.text)).not.toContain('reviewing');
    expect(a.quotes.map((q) => q.text)).not.toContain('fair');
  });
});

describe('inspectors, a manager after "But", and fragments of a report', () => {
  const a = parseArticle(
    [
      'Special measures',
      'The school was rated inadequate by the Schools Inspectorate for England (SIE) after a two-day visit.',
      'Inspectors said behaviour in corridors was ‘chaotic’, that pupils heard abuse ‘on a daily basis’, and that records were ‘incomplete and, in some cases, not acted upon for several weeks’.',
      'The Northmoor NHS Foundation Trust cancelled 300 operations.',
      'But a senior manager at another trust in the region, who asked not to be named, said the cancellations reflected ‘how thin the consultant workforce has become’.',
    ].join('\n\n'),
  );

  it('gives what "Inspectors said" to the inspectorate, each fragment a quote of its own', () => {
    expect(speakerOfQuote(a, 'chaotic')).toBe('Schools Inspectorate for England');
    expect(speakerOfQuote(a, 'incomplete and')).toBe('Schools Inspectorate for England');
    expect(a.quotes.map((q) => q.text)).toContain('chaotic');
  });

  it('gives "But a senior manager at another trust …, said" to that manager, not to the trust named before', () => {
    expect(speakerOfQuote(a, 'how thin')).toBe('A senior manager at another trust in the region');
  });
});

describe('a transit operator called "the agency", a role written "investigator-in-charge", a rock that is a place', () => {
  it('gives "the agency said" to the transit operator just named, not to the safety board named before', () => {
    const a = parseArticle(
      [
        'Train derails',
        'Lorraine Vasquez-Whitfield, the National Transport Safety Commission’s investigator-in-charge, said her team had recovered the recorder.',
        'In a post on social media, North Valley Regional Transit said Train 614 had derailed. “Our first priority is the safety of our passengers and crews,” the agency said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Our first priority')).toBe('North Valley Regional Transit');
    expect(firstSpeakerAskedFor(a, 'the investigator-in-charge')).toBe('Lorraine Vasquez-Whitfield');
  });

  it('never gives "he" to "Trevennor Rock"', () => {
    const a = parseArticle(
      [
        'Obituary',
        'Hector Trevail, who kept the light on Trevennor Rock for 23 years, has died aged 85.',
        'Automation hit him hard. He later said he had wept when he handed over the keys of Trevennor to the engineers.',
        '‘The light didn’t need us any more,’ he told this newspaper in 1998.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The light')).toBe('Hector Trevail');
  });
});

describe('an unnamed speaker after a phrase of where', () => {
  it('"Outside Westbrook on Tuesday, a mother waiting …, said" is who "she said" is next', () => {
    const a = parseArticle(
      [
        'Measles',
        'District spokeswoman Carla Demming said 27 students had been told to stay home.',
        'Outside Westbrook on Tuesday afternoon, a mother waiting to pick up her second-grader, who declined to give her name, said she had learned of the exposure from a neighbor.',
        '“I found out from Facebook before I heard from the school,” she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I found out')).toBe('A mother');
  });
});

describe('a few words set apart in single quotation marks, ending on an s', () => {
  it('close there when nothing later could ("‘dental deserts’ where …"), and stay a possessive when something does', () => {
    const a = parseArticle(
      [
        'Dentistry',
        'Ministers promised an end to the ‘dental deserts’ where patients have been unable to find a practice for years.',
        'Kestrel Home Technologies is recalling doorbells. Callum Brierley, the PSA’s director of enforcement, said: ‘Check the serial number.’',
        'Mr Brierley said the authority was aware of ‘at least two further incidents’ reported directly to it by members of the public that did not appear in Kestrel’s figures.',
        '‘The workers’ union backs this,’ Ms Hale said.',
      ].join('\n\n'),
    );
    const texts = a.quotes.map((q) => q.text);
    expect(texts).toContain('at least two further incidents');
    // (What follows, "reported directly to it by …", names no one who said them.)
    expect(speakerOfQuote(a, 'at least two')).toBe('Callum Brierley');
    expect(texts.some((t) => t.startsWith('dental deserts') && t.length > 'dental deserts'.length)).toBe(false);
    expect(texts).toContain('The workers’ union backs this');
  });
});

describe('people inside an interviewee’s answer', () => {
  const a = parseArticle(
    [
      'Winter with the snow leopards',
      'Maren Ashby-Kearns spent 117 days in a Ladakhi valley. Anjali Mehrotra, a field biologist, said she was worried about tourism.',
      'Q: Who did you work with?',
      'A: Everything depended on Stanzin Norbu, a tracker from the village. On my first morning he looked at my giant lens and said: ‘The leopard will see that before you see the leopard.’ He was right.',
      'Q: What next?',
      'A: I’m going back next winter to teach. Stanzin’s niece, Padma, is 16 and wants to be a photographer. She told me she would photograph the leopards ‘better than the foreigners’. I believe her.',
    ].join('\n\n'),
  );

  it('gives "On my first morning he looked at my lens and said: ‘…’" to the man named just before', () => {
    expect(speakerOfQuote(a, 'The leopard will see that')).toBe('Stanzin Norbu');
  });

  it('makes a person of a name given alone with whose relative she is, for the "she" after it', () => {
    expect(speakerOfQuote(a, 'better than the foreigners')).toBe('Padma');
    expect(firstSpeakerAskedFor(a, 'Padma')).toBe('Padma');
  });
});

describe('a sentencing remark after "X told the defendant"', () => {
  it('gives "the magistrate added" to the chair of the bench, not to the defendant she spoke to', () => {
    const a = parseArticle(
      [
        'Puppy farmer spared jail',
        'Lorraine Pickard, 52, of Moorside Farm, made an estimated £247,000 from the business, Hexley Magistrates’ Court heard.',
        'Sentencing, the chair of the bench, Helen Ashworth, told Pickard the offences were so serious that only a custodial sentence could be justified.',
        '‘You put profit before the welfare of animals,’ she said.',
        '‘We have stepped back from sending you to prison today only because of your guilty pleas,’ the magistrate added.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We have stepped back')).toBe('Helen Ashworth');
    expect(a.speakers.map((s) => s.name)).not.toContain('Sentencing');
  });
});

describe('a property company by the last word of its name', () => {
  it('gives "the company said" after "Harbourgate … said" to Harbourgate Estates, not the administrators', () => {
    const a = parseArticle(
      [
        'Cinema chain closes a third of its screens',
        'Electra appointed administrators from the advisory firm Carrick Lowe on Tuesday.',
        'Carrick Lowe said 26 cinemas would shut by 30 November.',
        'A group of landlords led by the property investor Harbourgate Estates said they would challenge the plan.',
        'Harbourgate, which owns the buildings at nine Electra sites, said it had offered a six-month rent-free period.',
        '‘What we could not accept was a plan that asked landlords to shoulder the losses,’ the company said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'What we could not accept')).toBe('Harbourgate Estates');
  });
});

describe('"the statement said" after a body said in a statement where someone was taken', () => {
  it('gives it to the body that issued the statement, not the hospital its report names', () => {
    const a = parseArticle(
      [
        'Record field goal wins it',
        'Sweetwater Tech linebacker Cole Mancuso was taken off the field on a cart.',
        'Sweetwater Tech said in a statement that Mancuso was taken to Harlan Springs Memorial Hospital as a precaution. “Cole is alert and in good spirits, and his family is with him,” the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Cole is alert')).toBe('Sweetwater Tech');
  });
});

describe('a quotation cut by one attribution that names a place', () => {
  it('gives both halves of "‘…,’ the Halsworth manager said, ‘but …’" to the manager', () => {
    const a = parseArticle(
      [
        'Part-timers knock out league side',
        'Halsworth Town beat Grimsford United 2-1.',
        'Millers manager Gary Pennock said: ‘They have run through brick walls today.’',
        '‘People will say Grimsford had an off day,’ the Halsworth manager said, ‘but we earned that.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'but we earned that')).toBe('Gary Pennock');
    expect(a.speakers.map((s) => s.name)).toEqual(['Gary Pennock']);
  });
});

describe('a British court report: counsel with their letters, a former employee unnamed', () => {
  const a = parseArticle(
    [
      'Water company fined £7.4m for sewage spills',
      'Judge Philippa Carrow-Dunstan said the failures were serious.',
      'Nicholas Haldane KC, prosecuting, told the court that staff had logged the pump failure within hours.',
      'A former Northmoor operator, who asked not to be named, told The Ledger that staff had raised concerns as early as 2020. ‘We were told there wasn’t budget for it until the next spending round,’ he said.',
    ].join('\n\n'),
  );

  it('makes "Nicholas Haldane KC, prosecuting," the prosecutor', () => {
    expect(firstSpeakerAskedFor(a, 'the prosecutor')).toBe('Nicholas Haldane');
  });

  it('gives "he said" to "A former Northmoor operator, who asked not to be named", not the judge', () => {
    expect(speakerOfQuote(a, 'We were told there wasn’t budget')).toBe('A former Northmoor operator');
  });
});

describe('a saying introduced by how someone liked to put it', () => {
  it('gives "…, as he liked to tell it, “…”" to the man the story is about', () => {
    const a = parseArticle(
      [
        'Band director dies at 81',
        'Dale Lindqvist, who spent 38 years directing bands, died Sunday.',
        'Carver Falls hired him in 1969. At the time, the band had 22 members and, as he liked to tell it, “two working tubas and one that was mostly a flower planter.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'two working tubas')).toBe('Dale Lindqvist');
  });
});

describe('a Q&A put to someone the story named before, with "to" before her name', () => {
  it('gives the answers to her, not to the person the story named most', () => {
    const a = parseArticle(
      [
        'Elephant calf born at zoo',
        'Gemma Raithby, the elephant team leader, watched the birth on a camera.',
        'Raithby said the herd had formed a ring around the calf.',
        'Alasdair Penhaligon, the zoo’s curator, said it was a good day. ‘Zoos are not the answer on their own,’ Penhaligon said. Penhaligon said the herd would grow.',
        'Ask the keeper',
        'We put readers’ questions to Gemma Raithby.',
        'Q: How much milk does she drink?',
        'A: We think around ten litres a day.',
        'Q: Does she have a favourite toy?',
        'A: A blue rubber feeding ball. I think she loves it.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'ten litres a day')).toBe('Gemma Raithby');
    expect(speakerOfQuote(a, 'feeding ball')).toBe('Gemma Raithby');
  });
});

describe('a Q&A whose questions are marked "Q:" and whose answers are not', () => {
  const a = parseArticle(
    [
      'Hospital boss answers your questions',
      'Karen Whitlow, 58, said her mother waited 31 hours. ‘Nobody could tell us when she would get a bed,’ Mrs Whitlow said.',
      'We asked Siobhan McTernan, the trust’s chief executive, the questions readers sent us.',
      'Q: Why is it happening?',
      'The honest answer is that we can’t get people out of the hospital. If those beds were free, the corridors would be empty.',
      'Q: When will it stop?',
      'I’m not going to give a date I can’t keep.',
      'After the interview, Ms McTernan said the trust would publish its figures monthly.',
    ].join('\n\n'),
  );

  it('gives each answer to the interviewee the introduction names, and not the story after the last one', () => {
    expect(speakerOfQuote(a, 'The honest answer is')).toBe('Siobhan McTernan');
    expect(speakerOfQuote(a, 'a date I can’t keep')).toBe('Siobhan McTernan');
    expect(a.quotes.map((q) => q.text).join(' ')).not.toContain('After the interview');
  });

  it('does not take an explainer’s unmarked answers, written for the reader, for anyone’s quotes', () => {
    const explainer = parseArticle(
      [
        'Hosepipe ban: your questions answered',
        'Northvale Water announced the ban on Monday. Its chief executive, Dana Pike, said it was a last resort.',
        'Q: When does it start?',
        'The ban starts on 1 July and covers gardens and cars.',
        'Q: Can I still fill a paddling pool?',
        'Yes, with a watering can or a bucket, but not a hose.',
      ].join('\n\n'),
    );
    expect(explainer.quotes.map((q) => q.text).join(' ')).not.toContain('The ban starts');
  });
});

describe('unnamed speakers described at length', () => {
  it('reads "A spokesperson for NHS England in the North East and Yorkshire said:" whole, not as the council quoted before', () => {
    const a = parseArticle(
      [
        'Corridor care figures',
        'Calder Valley Council said in a statement that it had put £2.1 million into home care. ‘We are working with the trust every day,’ the statement said.',
        'A spokesperson for NHS England in the North East and Yorkshire said: ‘Corridor care is unacceptable and should never be considered normal.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Corridor care is unacceptable')).toBe('A spokesperson for NHS England in the North East and Yorkshire');
  });

  it('makes "One A&E nurse, who asked not to be named," a speaker, for the "she said" after', () => {
    const a = parseArticle(
      [
        'Corridor care figures',
        'Siobhan McTernan, the trust’s chief executive, said every patient was checked hourly.',
        'One A&E nurse, who asked not to be named, said the hourly checks were ‘a target, not a reality’ on the busiest nights.',
        '‘When you’ve got 50 people in the corridor and two of us, hourly becomes every two or three hours,’ she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'When you’ve got 50 people')).toBe('One A&E nurse');
    expect(firstSpeakerAskedFor(a, 'the nurse')).toBe('One A&E nurse');
  });
});

describe('who "He added:" is after a quotation of two sentences in straight marks', () => {
  it('is the speaker named after the quotation, not the man the quotation talks about', () => {
    const a = parseArticle(
      [
        'Prosecutor clears deputy',
        'The report found Deputy Tyler Brandt "reasonably believed that deadly force was immediately necessary" when he fired.',
        'Sheriff Dale Kettering said Brandt, 29, has been with the department for five years. Brandt was placed on paid administrative leave after the shooting.',
        '"Deputy Brandt followed his training. He had seconds, not minutes," Kettering said at a Tuesday afternoon briefing.',
        'He added: "A man lost his life, and I don\'t take that lightly."',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'A man lost his life')).toBe('Dale Kettering');
  });
});

describe('a product named after a measured modifier', () => {
  it('is no one "he" could be: "flies nine-seat Cessna Caravans, …, he said" is the chief executive’s', () => {
    const a = parseArticle(
      [
        'Airline ends rural flights',
        '“Every month we fly them, we lose money,” Prairie Wind CEO Marcus Thibodeaux said in an interview Tuesday.',
        'Prairie Wind, which flies nine-seat Cessna Caravans, has raised first officer pay three times and still loses pilots to larger carriers, he said.',
        '“We train them, and 18 months later they’re flying for a major,” he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We train them')).toBe('Marcus Thibodeaux');
    expect(a.speakers.map((s) => s.name)).not.toContain('Cessna Caravans');
  });

  it('keeps a team sized by its players a body that speaks ("ten-man Ashworth Rovers")', () => {
    expect(findNames('Castlebridge beat ten-man Ashworth Rovers 4-3 at Kingsmead Stadium.').find((n) => n.text === 'Ashworth Rovers')?.personLike).toBe(true);
    expect(findNames('Prairie Wind, which flies nine-seat Cessna Caravans, has raised pay.').find((n) => n.text === 'Cessna Caravans')?.personLike).toBe(false);
  });
});

describe('roles that a title’s participle, a saint’s abbreviation or a past deed give', () => {
  it('keeps "Prosecuting" in "Prosecuting Attorney Dana Whitcomb-Ellery", so "the prosecutor" finds her', () => {
    expect(findNames('Prosecuting Attorney Dana Whitcomb-Ellery announced the decision.')[0]?.role).toBe('Prosecuting Attorney');
    const a = parseArticle(
      [
        'Prosecutor clears deputy',
        'Prosecuting Attorney Dana Whitcomb-Ellery announced the decision in a written report.',
        '“The question before this office is whether a crime was committed,” Whitcomb-Ellery wrote.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the prosecutor')).toBe('Dana Whitcomb-Ellery');
  });

  it('reads "a St. Louis attorney who represents …" whole as her role', () => {
    expect(findNames('“We reject that,” said Renata Okonkwo-Haynes, a St. Louis attorney who represents the family.')[0]?.role).toBe('St. Louis attorney');
  });

  it('makes "who has fished the Tessel since he was a boy" a fisherman', () => {
    expect(findNames('Wendell Pruitt, 67, who has fished the Tessel since he was a boy, said he stopped eating what he caught.')[0]?.role).toMatch(/fisherman$/);
  });
});

describe('a person named after an opening phrase of place that goes on with its verb', () => {
  it('"At the other end of the row stands Callum Bevan, 19," is a person, the "Bevan" who speaks next', () => {
    const a = parseArticle(
      [
        'Miners’ choir turns 100',
        'At the other end of the row stands Callum Bevan, 19, a plumbing apprentice whose grandfather, the late Ron Bevan, sang bass with the choir for 37 years.',
        'Bevan said he came to a rehearsal two years ago and never left.',
        '‘My mates thought I’d lost the plot,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'My mates thought')).toBe('Callum Bevan');
  });
});

describe('"the company said" after a company the text calls by another word', () => {
  it('is "Great Lakes Air Freight, a Toledo, Ohio-based carrier", not an airline named before it', () => {
    const a = parseArticle(
      [
        'Cargo jet slides off runway',
        'The Boeing 757 freighter, operated by Great Lakes Air Freight, came to rest in a field.',
        'Lakeway Airlines canceled its flights to Chicago.',
        'Great Lakes Air Freight, a Toledo, Ohio-based carrier that flies packages, said in a statement that it was cooperating fully with the NTSB.',
        '"The safety of our crew members is our highest priority," the company said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The safety of our crew')).toBe('Great Lakes Air Freight');
  });
});

describe('roles a sentence gives after the name', () => {
  it('makes the one "who led the research" the lead researcher', () => {
    const a = parseArticle(
      [
        'Microplastics found in placentas',
        '“We did not expect to find it almost everywhere we looked,” said Dr. Anjali Ferreira-Whitcomb, an obstetrician at Lakeshore University School of Medicine who led the research.',
        '“The findings are worth taking seriously,” said Dr. Kwame Ellsworth, an epidemiologist at Cascadia State University who was not involved in the study.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the lead researcher')).toBe('Anjali Ferreira-Whitcomb');
  });

  it('reads "Emrys Pritchard, 93, is the choir’s longest-serving member" as his role', () => {
    expect(findNames('Emrys Pritchard, 93, is the choir’s longest-serving member. He started at 15.')[0]?.role).toBe('choir’s longest-serving member');
  });
});

describe('a second role in a clause inside the apposition', () => {
  it('reads "a psychiatrist who is the center’s medical director" and "a school nurse who chairs the steering committee of …"', () => {
    expect(findNames('Dr. Anand Velasquez-Roy, a child and adolescent psychiatrist who is the center’s medical director, said children will be seen.')[0]?.alsoRole).toBe('center’s medical director');
    expect(findNames('“Nobody was coming to save us,” said Teresa Villanueva, a school nurse who chairs the steering committee of what is now the Marlow Creek Community Market Cooperative.').find((n) => n.text === 'Teresa Villanueva')?.alsoRole).toMatch(/^chair of steering committee/);
  });

  it('lets "the AD" find the athletic director', () => {
    const a = parseArticle(
      [
        'Ridgeland State fires coach',
        '“I believe a change in leadership is necessary at this time,” athletic director Dana Whitcombe-Arroyo said in a statement.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the AD')).toBe('Dana Whitcombe-Arroyo');
  });
});

describe('a statement whose issuer is the sentence’s "he", or a body named only by its noun', () => {
  it('gives "the statement said" after "In a statement released through his agent, Rob Kessling, he thanked …" to the "he", not the agent', () => {
    const a = parseArticle(
      [
        'Ridgeland State fires coach',
        'Brent Hollister was fired on Sunday after a 2-7 start.',
        'Hollister did not respond to a text message seeking comment Sunday. In a statement released through his agent, Rob Kessling, he thanked the players and the university.',
        '"I am proud of the young men in that locker room," the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I am proud of the young men')).toBe('Brent Hollister');
  });

  it('gives "“…,” it said in a statement" to "The finance ministry" that welcomed the decision just before', () => {
    const a = parseArticle(
      [
        'Central bank cuts rates',
        'Governor Arunee Pradittham said the bank did not target the exchange rate.',
        'The finance ministry welcomed the decision.',
        '"The ministry respects the independence of the Bank of Mekara," it said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The ministry respects')).toBe('The finance ministry');
  });
});

describe('a business named with its "’s"', () => {
  const a = parseArticle(
    [
      'Hartwell’s profits jump 14%',
      'LEEDS: Supermarket chain Hartwell’s has posted a 14.2 per cent rise in annual profits, according to research firm Shopwise Analytics. It was the ninth period in a row in which Hartwell’s had gained share.',
      'Hartwell’s plans to open 24 convenience stores but will close seven larger supermarkets.',
      '‘The decisions on these stores have not been taken lightly,’ the company said in a statement.',
    ].join('\n\n'),
  );

  it('is the company "the company said" means, by its name as written', () => {
    expect(speakerOfQuote(a, 'The decisions on these stores')).toBe('Hartwell’s');
  });
});

describe('a live blog, newest first, that names someone in full only at the bottom', () => {
  it('gives "she told MPs" after "Marchbank has finished speaking" to Helen Marchbank, not the last person named above', () => {
    const a = parseArticle(
      [
        'Budget 2026 live: Marchbank freezes fuel duty',
        '14:30',
        'At the OBR’s press conference, its chair, Professor Anand Sehgal, said the downgrade was mainly down to weaker productivity.',
        '14:09',
        'Marchbank has finished speaking after 68 minutes.',
        '‘We have made the hard choices, not the easy ones,’ she told MPs.',
        '12:31',
        'Helen Marchbank, 51, the MP for Wrexley and Dunmore, has begun delivering her second Budget.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We have made the hard choices')).toBe('Helen Marchbank');
  });
});

describe('an unnamed speaker whose quotations run on over several paragraphs', () => {
  const a = parseArticle(
    [
      'Deaths at the county jail',
      'Commission Chairwoman Beverly Ashcombe-Tate said the county had funded new jail positions.',
      'A former detention officer who worked at the jail until last year, and who spoke on condition of anonymity, said officers routinely filled in check logs at the end of a shift.',
      '“You’d have one officer for two pods, sometimes three,” she said. “Nobody was walking the pods.”',
      'She said she saw Pruitt the day before he died.',
      '“He couldn’t stand up,” she said. “I called medical.”',
    ].join('\n\n'),
  );

  it('keeps "She said" and the "she said" after it with the officer, not the chairwoman named before', () => {
    expect(speakerOfQuote(a, 'He couldn’t stand up')).toBe('A former detention officer');
    expect(a.reported.filter((r) => r.text.startsWith('She said she saw')).map((r) => a.speakers[r.speaker]!.name)).toEqual(['A former detention officer']);
  });
});

describe('roles from where someone lives and what they own', () => {
  it('makes "who lives two blocks from the river in Ashby Ford" a resident of Ashby Ford', () => {
    expect(findNames('Ken Hostetler, who lives two blocks from the river in Ashby Ford, said he moved his furniture.')[0]).toMatchObject({ role: 'resident', livesOn: 'Ashby Ford' });
  });

  it('makes "who owns Second Pour, a coffee shop in Harlow Point" the coffee shop owner', () => {
    const a = parseArticle(
      [
        'Cloud outage',
        'Tamsin Okafor, who owns Second Pour, a coffee shop in Harlow Point, said her card terminals stopped working.',
        '“It was chaos,” Okafor said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the coffee shop owner')).toBe('Tamsin Okafor');
    expect(firstSpeakerAskedFor(a, 'the Second Pour owner')).toBe('Tamsin Okafor');
  });
});

describe('an anonymous speaker described by an apposition', () => {
  it('keeps "One tenant, a care worker who asked not to be named," apart from "Another former tenant, Tomasz Zielinski"', () => {
    const a = parseArticle(
      [
        'Landlord fined',
        'One tenant, a 27-year-old care worker who asked not to be named, told the Echo she had moved into the house in spring 2023.',
        '‘You’d be lying in bed and think, how do I get out?’ she said.',
        'Another former tenant, Tomasz Zielinski, 34, said the alarms had been beeping for weeks.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'You’d be lying in bed')).toBe('One tenant');
  });
});

describe('two words of someone’s own inside what they are said to have said', () => {
  const a = parseArticle(
    [
      'Derby defeat',
      'Gareth Ellwood said he would take ‘full responsibility’ after ten-man Stanmoor City were beaten 2-1.',
      'Wynand Botha said the union would seek “urgent clarification” from the league.',
      'The utility said it had hired 12 temporary “water patrol” officers to enforce the rules.',
      'In the email, Professor Dame Helen Ashworth-Lyle said she ‘deeply regretted’ the prospect of strike action.',
    ].join('\n\n'),
  );

  it('are their partial quotes', () => {
    expect(speakerOfQuote(a, 'full responsibility')).toBe('Gareth Ellwood');
    expect(speakerOfQuote(a, 'urgent clarification')).toBe('Wynand Botha');
  });

  it('also before a determiner, which no label runs into: she ‘deeply regretted’ the prospect', () => {
    expect(speakerOfQuote(a, 'deeply regretted')).toBe('Helen Ashworth-Lyle');
  });

  it('but a label on the noun after it is no one’s words', () => {
    expect(a.quotes.some((q) => q.text.includes('water patrol'))).toBe(false);
  });
});

describe('a report in a later clause joined by "and"', () => {
  it('is the report of the clause’s own subject', () => {
    // "Pryce, 34, was substituted …, and Lindqvist said the captain would be assessed on Monday …"
    const a = parseArticle(readFileSync('tests/eval/fresh/e36-womens-football-record.txt', 'utf8'));
    const reported = a.reported.find((r) => r.text.includes('the captain would be assessed'));
    expect(reported && a.speakers[reported.speaker]!.name).toBe('Sofia Lindqvist');
  });
});

describe('a body named in a phrase fronted before the subject', () => {
  it('does not speak: "In a memo …, obtained by the Ledger, Whitacre wrote that …" is Whitacre’s', () => {
    const a = parseArticle(
      [
        'Sheriff cuts patrols',
        'Sheriff Dale R. Whitacre speaks to reporters outside the Public Safety Building. (Marcus Oyelowo / Tamarack Ledger)',
        'Sheriff Dale R. Whitacre said the cuts would start next month.',
        'In a memo to staff Tuesday night, obtained by the Ledger, Whitacre wrote that the schedule change was “temporary in my mind, if not yet on paper.”',
        '“I want every one of you to hear this from me and not from the newspaper,” the memo read.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'temporary in my mind')).toBe('Dale R. Whitacre');
    expect(speakerOfQuote(a, 'hear this from me')).toBe('Dale R. Whitacre');
  });
});

describe('"Asked by the family’s barrister, Jonathan Ellery-Pryce, whether …, Mr Finnegan said:"', () => {
  it('is the words of the one who answers, not of the one who asked', () => {
    const a = parseArticle(
      [
        'Cyclist killed at junction, inquest hears',
        'Gary Finnegan, 56, was driving the lorry that struck Mr Aspinall.',
        'Asked by the family’s barrister, Jonathan Ellery-Pryce, whether he had looked in the mirror, Mr Finnegan said: ‘Yes. Honestly, yes. I always do.’',
        'Questioned by Mr Ellery-Pryce, PC Imran Siddiqui said: ‘The lorry was roadworthy.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I always do')).toBe('Gary Finnegan');
    expect(speakerOfQuote(a, 'The lorry was roadworthy')).toBe('Imran Siddiqui');
  });
});

describe('a newspaper named between a speaker and her pronoun', () => {
  it('is a body, so "she wrote" after "That letter, which the Chronicle printed," is still hers', () => {
    const a = parseArticle(
      [
        'The headteacher who saved a village library',
        'Elspeth Marlow, 75, still keeps the council’s letter in her handbag. The Harrowshire Chronicle reported the closure plan in 2016.',
        'That letter, which the Chronicle printed in February 2016, was not subtle. ‘You will save £14,000 a year in Kettlebury,’ she wrote. ‘You will lose a generation of readers.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'You will save £14,000')).toBe('Elspeth Marlow');
    expect(speakerOfQuote(a, 'a generation of readers')).toBe('Elspeth Marlow');
  });
});

describe('one word in -ing after "had been", in what someone is said to have said', () => {
  it('is their word ("said he had been “pressing” all series"), as one after "was" is not ("the city was “reviewing” it")', () => {
    const a = parseArticle(
      [
        'Ortega’s walk-off sends Anchors to the final',
        'Luis Ortega hit the winning run in the ninth.',
        'Ortega, who finished 1-for-5 with two RBIs, said he had been “pressing” all series and had gone 2-for-17 over the first four games.',
        'Mayor Ann Lee said the city was “reviewing” the stadium lease.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'pressing')).toBe('Luis Ortega');
    expect(a.quotes.some((q) => q.text.includes('reviewing'))).toBe(false);
  });
});

describe('a short quotation that is a phrase of its own, not a label on the next noun', () => {
  it('is the speaker’s when a preposition follows it or opens it', () => {
    const a = parseArticle(
      [
        'Island ferry withdrawn for the winter',
        'Catriona Reid, the head teacher at Corrasay Primary School, said the school would stay open ‘as normal’ throughout the winter.',
        'Callum Bevan, 19, said he came to a rehearsal ‘for a laugh’ two years ago and never left.',
        'The council hired 12 ‘water patrol’ officers.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'as normal')).toBe('Catriona Reid');
    expect(speakerOfQuote(a, 'for a laugh')).toBe('Callum Bevan');
    expect(a.quotes.some((q) => q.text.includes('water patrol'))).toBe(false);
  });
});

describe('a body whose name ends in "Utility"', () => {
  it('is a company, so "the utility said" later is its words', () => {
    const a = parseArticle(
      [
        'Drought rules tighten',
        '“Every gallon counts,” said Marlow Springs Water Utility Director Dolores Achterberg-Quintana.',
        'Marlow Springs Water Utility said in a statement: “We will enforce the rules.”',
        'The utility said Wednesday the cut was “proportionate to what the lake can safely supply.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'proportionate to what the lake')).toBe('Marlow Springs Water Utility');
  });
});

describe('"The Treasury said …": a body by one capitalised word after "the"', () => {
  it('speaks for itself, not the person quoted before it', () => {
    const a = parseArticle(
      [
        'Bank holds rates',
        '‘Sit tight,’ said Gareth Pryce, a mortgage broker.',
        'The Treasury said in a statement that the government ‘welcomes the Bank’s continued focus on bringing inflation back to target’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'welcomes the Bank')).toBe('The Treasury');
  });
});

describe('"The council accused ministers of putting ‘…’"', () => {
  it('is the council’s, the body named before; "accused" after a noun is its verb, not "the accused"', () => {
    const a = parseArticle(
      [
        'Rail row',
        'Harlow Borough Council met on Monday.',
        'The council accused ministers of putting ‘ideology over improvement’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'ideology over improvement')).toBe('Harlow Borough Council');
    expect(a.speakers.some((s) => /accused/i.test(s.name))).toBe(false);
  });
});

describe('a headland or a lighthouse by its name ("Skerrand Point")', () => {
  it('is a place, so "he says" goes to the keeper, not to the point', () => {
    const a = parseArticle(
      [
        '‘The light never cared who was watching’: a lifetime on Skerrand Point',
        'Walter Penhallow still wakes at ten to four most mornings. For three decades that was when he climbed the 112 steps of Skerrand Point lighthouse to check the lamp before dawn, and his body, at 84, has not yet been told that he retired.',
        '‘I lie there and listen for the wind,’ he says, in the kitchen of the terraced cottage he shares with his wife.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'listen for the wind')).toBe('Walter Penhallow');
  });
});

describe('"the statement said" after "In a statement, X said"', () => {
  it('is the statement’s issuer, not the body named last in what it said', () => {
    const a = parseArticle(
      [
        'Runway closure',
        'In a statement, Northstar Airways said it was "disappointed by the limited notice" and would move its flights to Lakemont-Pierce International Airport.',
        '"We have been serving Brantley for 22 years," the statement said. "That is not how a partnership is supposed to work."',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'serving Brantley')).toBe('Northstar Airways');
    expect(speakerOfQuote(a, 'partnership')).toBe('Northstar Airways');
  });
});

describe('"the organization said"', () => {
  it('is the body named just before, whatever kind of body its name says it is', () => {
    const a = parseArticle(
      [
        'Wildfire',
        'Hope Valley Relief Services, which is running the shelter with the county, asked people not to drop off used clothing. "Cash donations and gift cards allow us to meet needs quickly," the organization said in a statement.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Cash donations')).toBe('Hope Valley Relief Services');
  });

  it('is not a body named many paragraphs before', () => {
    const a = parseArticle(
      [
        'Ice storm',
        'Heartland Power & Light, the state’s largest utility, accounted for 312,000 of the outages.',
        'Schools were closed on Tuesday.',
        'Roads stayed icy overnight.',
        'The American Red Cross said it had opened 14 warming centers. "Bring blankets and chargers," the organization said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Bring blankets')).not.toBe('Heartland Power & Light');
  });
});

describe('someone the next sentence keeps anonymous', () => {
  it('is the "she" of the quotation after, and "She asked not to be named" is nothing she said', () => {
    const a = parseArticle(
      [
        'Data breach',
        'Priya Anand, a data protection solicitor, said a reprimand was the most likely outcome.',
        'Among those who received a letter this week was a Marlbridge woman who attended the maternity unit last summer. She asked not to be named.',
        '‘Nobody outside my family knew,’ she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Nobody outside')).toBe('A Marlbridge woman');
    expect(a.reported.map((r) => r.text)).not.toContain('She asked not to be named.');
  });
});

describe('a transcript line that answers a labelled question', () => {
  it('is its speaker’s quote, though it is the only line the speaker has', () => {
    const a = parseArticle(
      [
        'Fire update',
        'Incident commander Marcus Bellweather took questions from residents at the briefing.',
        'Resident: Do you know yet how this thing started?',
        "Bellweather: It's under investigation. I'm not going to guess at it.",
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'under investigation')).toBe('Marcus Bellweather');
  });

  it('is not a fact box’s line beside another label', () => {
    const a = parseArticle(['Obituary', 'Walt Brannigan died on Sunday. He was 78.', 'Services: 10 a.m. Saturday, March 15, at St. Brendan’s Cathedral.', 'Burial: Oak Hill Cemetery, in the family plot.'].join('\n\n'));
    expect(a.quotes).toEqual([]);
  });
});

describe('a word or two of someone’s own that can only be theirs', () => {
  it('finds a phrase opening on a preposition, a verb after its pronoun and an adverb of the saying', () => {
    const a = parseArticle(
      [
        'Rates held',
        'Governor Marta Kellander said the committee had discussed a cut “at length” but concluded that inflation was too high.',
        'Loopline Media, which runs the app, said in a statement that it “strongly disagrees” with the commission’s findings.',
        'Trust chief executive Dr Fiona Carrick apologised ‘unreservedly’ at a meeting of the trust board yesterday.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'at length')).toBe('Marta Kellander');
    expect(speakerOfQuote(a, 'strongly disagrees')).toBe('Loopline Media');
    expect(speakerOfQuote(a, 'unreservedly')).toBe('Fiona Carrick');
  });

  it('leaves a label on a noun alone', () => {
    const a = parseArticle(['Beach', 'The council hired 12 “water patrol” officers for the summer, a spokesman said.'].join('\n\n'));
    expect(a.quotes).toEqual([]);
  });
});

describe('a body’s role holder named in apposition', () => {
  it('"Halden’s director of research, Dr Priya Raman-Whitlock, said …" is hers, not the foundation’s', () => {
    const a = parseArticle(['Misconduct', 'The Halden Foundation funded the work.', 'Halden’s director of research, Dr Priya Raman-Whitlock, said the foundation was reviewing whether to seek repayment.'].join('\n\n'));
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Priya Raman-Whitlock']);
  });

  it('"the university said" is not the university someone who comments "studies … at"', () => {
    const a = parseArticle(
      [
        'Misconduct',
        'A University of Northmoor investigation has found that a professor committed research misconduct.',
        'Professor Siân Gethin, who studies research integrity at the University of Penrhyn, said the case showed how slow such inquiries were.',
        'The appeal will be heard by a separate panel, which the university said it expected to convene within three months.',
      ].join('\n\n'),
    );
    expect(a.reported.filter((r) => /separate panel/.test(r.text)).map((r) => a.speakers[r.speaker]!.name)).toEqual(['University of Northmoor']);
  });
});

describe('"An official with X, who spoke on condition of anonymity"', () => {
  it('is an unnamed official, not the company named in the description', () => {
    const a = parseArticle(
      [
        'Runway closure',
        'An official with SkyBridge Express, who spoke on condition of anonymity because the carrier had not authorized comment, said the airline had asked for a later date.',
        '"We flagged it early and nobody picked up the phone," the official said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We flagged it early')).toBe('An official with SkyBridge Express');
    expect(findSpeakers(a.speakers, 'the anonymous airline official').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('An official with SkyBridge Express');
  });
});

describe('"His daughter, Catriona," with her given name alone', () => {
  it('is the daughter of the man named before, by his family name, and "his daughter says" is hers', () => {
    const a = parseArticle(
      [
        'Last keeper',
        'Angus MacRitchie has kept the light for 30 years.',
        'His daughter, Catriona, 34, grew up in the cottage.',
        '‘He’s never not had a reason to get up at four,’ his daughter says.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'reason to get up')).toBe('Catriona MacRitchie');
  });

  it('leaves a relative the sentence says died as she was', () => {
    const a = parseArticle(['Last keeper', 'Angus MacRitchie has kept the light for 30 years.', 'His wife, Mairi, died in 2019.'].join('\n\n'));
    expect(a.speakers.map((s) => s.name)).not.toContain('Mairi MacRitchie');
  });
});

describe('"he says" after a full name no list of given names knows', () => {
  it('is that person’s when no one else can be meant', () => {
    const a = parseArticle(['Elephant calf', 'Kofi Mensah-Hart, who joined the elephant team three years ago, had never seen a birth before.', '‘I didn’t understand what she meant until I saw Duli’s face,’ he says.'].join('\n\n'));
    expect(speakerOfQuote(a, 'understand what she meant')).toBe('Kofi Mensah-Hart');
  });

  it('is still no one’s when the only name is a place’s', () => {
    const a = parseArticle(['Lighthouse', 'Skerrand Point was automated in 1998.', '‘I lie there and listen for the wind,’ he says.'].join('\n\n'));
    expect(speakerOfQuote(a, 'listen for the wind')).toBeUndefined();
  });
});

describe('what someone declined to say', () => {
  it('is reported as theirs: "The spokesperson declined to comment on …", "She declined to say whether …"', () => {
    const a = parseArticle(
      [
        'Layoffs',
        'Corvanta said in a filing that it expected restructuring charges of $62 million.',
        'A Corvanta spokesperson said the company was grateful to every colleague. The spokesperson declined to comment on how many roles would be cut in individual countries.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => r.text)).toContain('The spokesperson declined to comment on how many roles would be cut in individual countries.');
  });

  it('is not a fall in sales', () => {
    const a = parseArticle(['Results', 'Sales declined 3% in the quarter, the company said.', 'Profits declined to their lowest level since 2019.'].join('\n\n'));
    expect(a.reported.map((r) => r.text)).not.toContain('Profits declined to their lowest level since 2019.');
  });
});

describe('an obituary opening on "Born"', () => {
  it('reads the name after the participle, not "Born" as its first word', () => {
    expect(findNames('Born Margery Anne Dunne in Saltinghaugh, Lancashire, on 4 May 1932, she was the elder of two daughters.').map((m) => m.text)).toEqual(['Margery Anne Dunne', 'Saltinghaugh', 'Lancashire']);
  });
});

describe('a profile’s "he" against the names in what he talks of', () => {
  const article = parseArticle(
    [
      'Actor dies',
      'Hugh Penhallow, the actor who played a magistrate on television for seven years, has died aged 81.',
      'In 1979 Penhallow was cast as Walter Keast in the drama Castlereagh.',
      'He never warmed to the celebrity. In a 2011 interview, he reflected on the years when strangers called him Walter in the street: ‘People would shout across the road at me to sort out their parking fines.’',
      'He won a second award in 2008 for his King Lear at the Kestrel Theatre.',
      'It was the theatre, however, that he regarded as home. ‘I never stopped being frightened of it,’ he said.',
    ].join('\n\n'),
  );

  it('gives a quote that "he reflected on … called him Walter:" leads into to the man "he" is, not to Walter', () => {
    expect(speakerOfQuote(article, 'People would shout')).toBe('Hugh Penhallow');
  });

  it('reads "his King Lear" as a part played, not a person who might speak', () => {
    expect(article.speakers.map((s) => s.name)).not.toContain('King Lear');
  });

  it('walks back past a sentence that names no one and goes on about "he"', () => {
    expect(speakerOfQuote(article, 'I never stopped being frightened')).toBe('Hugh Penhallow');
  });
});

describe('a role that only a photo caption gives', () => {
  it('finds "the kicker" when the caption says "Condors kicker Eli Vandermeer" and the story only his name', () => {
    const a = parseArticle(
      [
        'Condors edged 20-19',
        'PHOTO: Sacramento Condors kicker Eli Vandermeer reacts after missing a field goal as time expired on Sunday. (Tom Ruiz/The Ledger)',
        'Eli Vandermeer had made 17 straight field goals before Sunday.',
        '“I hit it well, it just didn’t turn,” Vandermeer said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the kicker')).toBe('Eli Vandermeer');
    expect(firstSpeakerAskedFor(a, 'the Condors kicker')).toBe('Eli Vandermeer');
  });
});

describe('kin the text gives right after a name', () => {
  const a = parseArticle(
    [
      'Fair ride fails',
      'Jenna Hartsell, 34, of Millbrook, was watching from the fence as her 9-year-old son, Tyler, rode in the car that dropped.',
      '“I heard the bang before I saw anything,” Hartsell said.',
      'Marcus Villanueva, 41, said his daughters, ages 7 and 10, were in the car behind.',
      '“They were screaming,” Villanueva said.',
      'Loretta Sizemore said her husband, Wayne, had worked the ride for years.',
      '“He checks it every morning,” Sizemore said.',
    ].join('\n\n'),
  );

  it('makes a woman with "her son" the mother, a man with "his daughters" the father', () => {
    expect(firstSpeakerAskedFor(a, 'the mother')).toBe('Jenna Hartsell');
    expect(firstSpeakerAskedFor(a, 'the mum')).toBe('Jenna Hartsell');
    expect(firstSpeakerAskedFor(a, 'the father')).toBe('Marcus Villanueva');
  });

  it('makes a woman with "her husband" the wife, and no one a husband', () => {
    expect(firstSpeakerAskedFor(a, 'the wife')).toBe('Loretta Sizemore');
    expect(firstSpeakerAskedFor(a, 'the husband')).toBeUndefined();
  });
});

describe('what a relative clause after a name says someone is', () => {
  const a = parseArticle(
    [
      'Converter thefts',
      'Keith Marsden, who has run Marsden Motors in Station Road for 22 years, said he had dealt with 19 of the thefts.',
      '‘I’ve never seen anything like it,’ said Mr Marsden.',
      '“We sat on the tarmac for four hours,” said Tanya Brooks, 41, who was flying home to Columbus, Ohio.',
    ].join('\n\n'),
  );

  it('makes "who has run Marsden Motors" the owner, and "who was flying home" the passenger', () => {
    expect(firstSpeakerAskedFor(a, 'the owner')).toBe('Keith Marsden');
    expect(firstSpeakerAskedFor(a, 'the passenger')).toBe('Tanya Brooks');
  });
});

describe('an age after a surname alone', () => {
  it('is the age of the person the surname names: "Vestergaard, 24, said" makes her "the 24-year-old"', () => {
    const a = parseArticle(
      [
        'Danish crew sets world record',
        'Karoline Vestergaard and Tessa Whitcombe led their crews home within a second of each other.',
        'Vestergaard, 24, said she had not looked at the clock until the line. “We just rowed,” she said.',
        '“It hurts,” Whitcombe said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the 24-year-old')).toEqual(['Karoline Vestergaard']);
  });
});

describe('roles the story gives by what someone did or was among', () => {
  const a = parseArticle(
    [
      'Thefts hit town',
      'Among the victims is Denise Okafor, a school bus driver whose car was hit twice.',
      '“I just want it to stop,” Okafor said.',
      'Carl Jennings, 61, who was sitting in his pickup outside the bank when the alarm went off, said the man ran north.',
      '“He had a bag,” Jennings said.',
      '“We are investigating,” said Sgt. Maria Lopez.',
    ].join('\n\n'),
  );

  it('makes "Among the victims is X" a victim', () => {
    expect(speakersAskedFor(a, 'the victim')).toEqual(['Denise Okafor']);
  });

  it('makes someone "who was sitting … when" it happened a witness', () => {
    expect(speakersAskedFor(a, 'the witness')).toEqual(['Carl Jennings']);
  });
});

describe('a role given by what someone did to the thing before "by"', () => {
  it('makes "the lawsuit brought by X" the plaintiff, "driven by X" the driver, "commanded by X" the commander', () => {
    const a = parseArticle(
      [
        'City settles',
        'The council voted 7-2 to settle the federal lawsuit brought by Darnell Whitacre, a forklift operator.',
        '“I just wanted an apology,” Whitacre said.',
        'The robot is driven by Elijah Burrows, a junior. “I practised every night,” Burrows said.',
        'The flight was commanded by Tomasz Reile. “It was smooth,” Reile said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the plaintiff')).toEqual(['Darnell Whitacre']);
    expect(speakersAskedFor(a, 'the driver')).toEqual(['Elijah Burrows']);
    expect(speakersAskedFor(a, 'the commander')).toEqual(['Tomasz Reile']);
  });
});

describe('someone being treated', () => {
  it('is "the patient": "…, 67, a retired school cook, has been waiting 70 weeks for a knee replacement"', () => {
    const a = parseArticle(
      [
        'Waiting lists grow',
        'Brenda Hollis, 67, a retired school cook from Harrowby, has been waiting 70 weeks for a knee replacement.',
        '“Some days I can’t get up the stairs,” Mrs Hollis said.',
        '“We are working through the backlog,” said Dr Alan Reid, the trust’s medical director.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the patient')).toEqual(['Brenda Hollis']);
  });
});

describe('someone following a team', () => {
  it('is "the fan": "…, who has held a season ticket for 52 years, said"', () => {
    const a = parseArticle(
      [
        'Harrowfield go up',
        'Maureen Pickles, 71, who has held a season ticket for 52 years, said she had never seen the ground so full.',
        '“I cried all the way home,” she said.',
        '“The lads earned it,” said manager Ray Hollis.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the fan')).toEqual(['Maureen Pickles']);
  });
});

describe('a regular at a shop', () => {
  it('is "the customer": "…, 78, said she had bought a tin loaf there every Saturday"', () => {
    const a = parseArticle(
      [
        'Bakery to close',
        'At the Market Street shop, Margaret Oyelaran, 78, said she had bought a tin loaf there every Saturday for almost 50 years.',
        '“It won’t be the same,” she said.',
        '“The bills have tripled,” said owner Tom Pargeter.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the customer')).toEqual(['Margaret Oyelaran']);
  });
});

describe('a win with no "the"', () => {
  it('makes "Helen Pryce-Atherton wins with 11,482 votes" the winner', () => {
    const a = parseArticle(
      [
        'Labour holds Castermere',
        'Labour’s Helen Pryce-Atherton wins with 11,482 votes, ahead of Darren Coyle on 10,268.',
        '“This is a result for every street in Castermere,” Pryce-Atherton said.',
        '“We will be back,” said Coyle.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the winner')).toEqual(['Helen Pryce-Atherton']);
  });
});

describe('"mother-of-two" before a name', () => {
  it('is her role, so "the mum" finds her', () => {
    const a = parseArticle('Fines scrapped\n\nAt Coldharbour Library on Wednesday, mother-of-two Jodie Marchetti, 34, said the trial had brought her family back. “We come every week now,” she said.\n\n“It works,” said librarian Tom Reed.');
    expect(speakersAskedFor(a, 'the mum')).toEqual(['Jodie Marchetti']);
  });
});

describe('"the 71-year-old" as a subject', () => {
  it('is a way to ask for the person it goes back to, in a report and in a quote', () => {
    const a = parseArticle(
      [
        'Bells complaint',
        'Keith Dunning has lived opposite the church for forty years.',
        'The 71-year-old said the letter had upset some neighbours.',
        '“We love the bells,” said Joan Pike, the vicar.',
        'Tessa Whitcombe rowed for the club for a decade.',
        '“It hurts,” the 30-year-old said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the 71-year-old')).toEqual(['Keith Dunning']);
    expect(speakersAskedFor(a, 'the 30-year-old')).toEqual(['Tessa Whitcombe']);
  });
});

describe('an office in capitals that the lead gives before the name', () => {
  it('is the person the next paragraph opens on: "…, the Transport Secretary announced." ¶ "Helen Marchbank told MPs …"', () => {
    const a = parseArticle(
      [
        'Trains taken over',
        'Wealdway Trains is to be stripped of its contract, the Transport Secretary announced on Wednesday.',
        'Helen Marchbank told MPs that the operator of last resort would take over.',
        '‘It is about bringing track and train under one roof,’ the Transport Secretary said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'track and train')).toBe('Helen Marchbank');
    expect(speakersAskedFor(a, 'the transport secretary')).toEqual(['Helen Marchbank']);
  });
});

describe('a body named by the noun that ends its name', () => {
  it('gives "…,” the consortium said." to the Exoplanet Atmospheres Consortium named before', () => {
    const a = parseArticle(
      [
        'Telescope finds hint of life',
        'The Exoplanet Atmospheres Consortium, a group of 14 universities, said in a statement that the raw data would be made public on May 1.',
        '"Open data is the fastest way to find out whether this holds up," the consortium said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Open data is the fastest')).toBe('Exoplanet Atmospheres Consortium');
  });
});

describe('a compound role: a keeper or a master, a school year', () => {
  it('takes "sub-postmaster" before a name as his role, so "the former sub-postmaster" finds him', () => {
    const a = parseArticle(
      [
        'Village gets its post office back',
        'The village lost its post office last year when sub-postmaster Alan Gedge retired after 29 years.',
        '‘I’m chuffed to bits,’ said Mr Gedge.',
        '‘It is good news,’ said Edna Marchbanks, who chairs the parish council.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the former sub-postmaster')).toEqual(['Alan Gedge']);
  });

  it('takes "Eighth-grader" before a name as a pupil by school year, so "the student" finds him', () => {
    const a = parseArticle(
      [
        'Science teacher wins national award',
        'Eighth-grader Jalen Whitacre, 14, said Creek Lab was the reason he wants to be an engineer.',
        '“She doesn’t just give you the answer,” Jalen said.',
        '“It is a great honour,” said Principal Dana Morrow.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the eighth-grader')).toEqual(['Jalen Whitacre']);
    expect(speakersAskedFor(a, 'the student')).toEqual(['Jalen Whitacre']);
  });
});

describe('a second role after the first', () => {
  const a = parseArticle(
    [
      'Robotics team wins world title',
      '“I actually don’t remember the last 20 seconds of the final,” said Priya Nandakumar, 17, a senior and the team’s captain.',
      'Angela Ruiz-Whitcomb, a mechanical engineer at Dunmore Tool & Die who has volunteered as a mentor for five years, said the students built the robot in six weeks.',
      '“They rebuilt the launcher three times,” Ruiz-Whitcomb said.',
      '“We had a plan,” said Karen Lindqvist, who was traveling with her husband to the final.',
    ].join('\n\n'),
  );

  it('takes "the team’s captain" when "a senior" before it names no one', () => {
    expect(firstSpeakerAskedFor(a, 'the team captain')).toBe('Priya Nandakumar');
  });

  it('takes what a clause past the employer says she serves as: "who has volunteered as a mentor"', () => {
    expect(firstSpeakerAskedFor(a, 'the mentor')).toBe('Angela Ruiz-Whitcomb');
  });

  it('finds a passenger as "the commuter"', () => {
    expect(firstSpeakerAskedFor(a, 'the commuter')).toBe('Karen Lindqvist');
  });
});

describe('a quote a relative clause after a name leads into', () => {
  it('gives "…, Cllr Anne Whitlock, who described the field as ‘…’" to her, not to a body the story is about', () => {
    const a = parseArticle(
      [
        'Leeds Marathon 2025 live: Negash wins',
        'Follow all the latest from the 12th Leeds Marathon.',
        '9.00am: And they’re off',
        'The elite men and women are away, sent off by the Lord Mayor of Leeds, Cllr Anne Whitlock, who described this year’s field as ‘the biggest and the best we have ever had’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'the biggest and the best')).toBe('Anne Whitlock');
  });
});

describe('"his father" in a family story', () => {
  it('is the father named long before, not the son the paragraph is about', () => {
    const a = parseArticle(
      [
        'Ranchers sell herds',
        '“I’ve never sold a bred cow in July in my life,” said Dale Kettering, 61, who ranches north of Johnstown with his son, Wade.',
        ...Array.from({ length: 8 }, (_, i) => `The barn sold ${100 + i} head in the ${i + 1}th hour of the sale.`),
        'Back at the sale barn, Wade Kettering, 34, watched the last of the cows leave the ring.',
        'His father said the family would hold on to the remaining 170 cows as long as the water lasts.',
      ].join('\n\n'),
    );
    const said = a.reported.find((r) => r.text.startsWith('His father said'));
    expect(said && a.speakers[said.speaker]!.name).toBe('Dale Kettering');
  });
});

describe('a quote that goes on after "said of" someone', () => {
  it('stays the coach’s when he spoke of the goalie between his two quotes', () => {
    const a = parseArticle(
      [
        'Sentinels edged',
        'Sauk Falls coach Pete Hornung watched Millbrook goalie Jan Vantongeren stop 41 shots.',
        '“We threw everything at him,” the Sauk Falls coach said of Vantongeren. “You outshoot a team by 15 and you lose, you’ve got to tip your cap.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'You outshoot a team')).toBe('Pete Hornung');
  });
});

describe('"he said" after "His son, Name, said …"', () => {
  it('gives the quote to the son named after "his son", not to the man "his" points to', () => {
    const a = parseArticle(
      [
        'Postmaster dies',
        'Tributes have poured in for Dennis Pennycook, who ran the village post office for 51 years.',
        'Mr Pennycook died on Tuesday, aged 88.',
        "His son, Martin Pennycook, 58, said his parents had been 'terrified' when they signed the mortgage on the shop.",
        "'Mum did the sweets and Dad did the post office side,' he said.",
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Mum did the sweets')).toBe('Martin Pennycook');
  });

  it('does so with no comma: "His neighbour Ewan McKinnell, who milks 140 cows, said …"', () => {
    const a = parseArticle(
      [
        'Milk price cut',
        'Tom Allardyce, who milks 220 cows at Lowfell Farm, said the cut would take £44,000 out of his business.',
        '‘It costs us about 38p a litre,’ Mr Allardyce said.',
        'His neighbour Ewan McKinnell, who milks 140 cows on the next farm, said he had already sold 30 heifers. ‘He’s right that it can’t go on,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'He’s right that')).toBe('Ewan McKinnell');
  });
});

describe('a relative named without a comma: "and his wife Maureen"', () => {
  const a = parseArticle(
    [
      'Bus cuts',
      'Doris Whitlock, 81, gave up her car six years ago.',
      'Geoff Harker, 76, and his wife Maureen, 74, of Kilnsey Magna, stopped driving last year after Mr Harker had surgery on both eyes.',
      "'Four buses a day and the last one back at ten past three,' Mr Harker said.",
      "His wife said she had already missed one appointment in January. 'It's the not knowing,' she said.",
    ].join('\n\n'),
  );

  it('is Maureen Harker, whose words "his wife said" and "she said" report', () => {
    expect(speakerOfQuote(a, 'the not knowing')).toBe('Maureen Harker');
    const said = a.reported.find((r) => r.text.startsWith('His wife said'));
    expect(said && a.speakers[said.speaker]!.name).toBe('Maureen Harker');
  });

  it('is no role of the man named before her', () => {
    expect(a.speakers.find((s) => s.name === 'Geoff Harker')?.role).toBeUndefined();
  });
});

describe('a relative named in the speaker’s own sentence', () => {
  it('does not cut the speaker’s quotation that goes on after it', () => {
    const a = parseArticle(
      [
        'Keeper',
        'Walter Penhallow still wakes at ten to four most mornings.',
        '‘I lie there and listen for the wind,’ he says, in the cottage he shares with his wife, Margaret. ‘Then I remember there’s nothing I’m meant to do about it.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Then I remember')).toBe('Walter Penhallow');
  });
});

describe('a relative the text says died', () => {
  it('is not "Mr Marchbank" who speaks, however long the apposition before "died"', () => {
    const a = parseArticle(
      [
        'Sea swimmer turns 100',
        'Edith Marchbank has swum off the beach almost every day for 71 years.',
        'She was widowed in 1991, when her husband Frank, a trawlerman turned harbour master, died aged 68.',
        'Her grandson, Callum Marchbank, 34, said the family had given up trying to talk her out of it.',
        '‘Honestly, I think the swimming is what keeps her going,’ Mr Marchbank added.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Honestly, I think')).toBe('Callum Marchbank');
  });
});

describe('"she said" after a sentence opening on a participle, then a role', () => {
  it('gives the quote to the judge "Passing sentence, the judge said" means', () => {
    const a = parseArticle(
      [
        'Water firm fined',
        'District Judge Helen Carraway said the company had been ‘reckless’.',
        'Prosecutor Rebecca Thorne told the court the alarm had been ignored.',
        'Passing sentence, the judge said the offences fell into the category of high culpability.',
        '‘A company of this size had no business leaving a site without a response to an alarm,’ she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'A company of this size')).toBe('Helen Carraway');
  });

  it('gives it to the one named after the role, "the chair of judges, the historian Helena Ostrowska"', () => {
    const a = parseArticle(
      [
        'Porter wins fiction prize',
        'Rhiannon Maddox, 46, a former hospital porter, won the Caldwell Prize for Fiction on Thursday.',
        "Announcing the award in London, the chair of judges, the historian and broadcaster Helena Ostrowska, called the novel 'a book of enormous tenderness'. 'We argued about a great many things,' she said.",
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We argued')).toBe('Helena Ostrowska');
  });

  it('gives it to the name a role runs into, not to someone the sentence names later', () => {
    const a = parseArticle(
      [
        'Film opens',
        'The Long Field opened in London on Friday.',
        'The critic Gerald Pym said the film was better than anything the director Tom Hale had made.',
        '‘It is a masterpiece,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'It is a masterpiece')).toBe('Gerald Pym');
  });
});

describe('"he replied" after a profile that goes on about "he" for paragraphs', () => {
  it('walks back past straight-quoted quotations and the sentences about him to the striker', () => {
    const a = parseArticle(
      [
        'Striker signs',
        'City have signed striker Luka Brankovic from Drechtstad for a club-record fee.',
        'Brankovic has scored 27 goals in 34 games for Drechtstad this season.',
        "He was named the league's Player of the Month in November and December.",
        'The 6ft 3in frontman, who grew up in Novi Sad, will wear the No 9 shirt.',
        "He said: 'This is a dream for me and for my family. When I was a boy I watched every game with my father. Now I will play in it. I still can't believe it.'",
        "He told City TV he had already spoken to Serbia team-mate Stefan Jovic, City's centre-back, who had urged him to make the move.",
        "Asked if the price tag would weigh on his shoulders, he grinned: 'A price is a number on paper. They remember the goals.'",
        "And asked if he had a message for the fans, he replied: 'Be patient with my English - not with my goals!'",
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'A price is a number')).toBe('Luka Brankovic');
    expect(speakerOfQuote(a, 'Be patient')).toBe('Luka Brankovic');
  });
});

describe('"She said …" after a straight-quoted quotation and its attribution', () => {
  it('reports the prosecutor named after the closing mark', () => {
    const a = parseArticle(
      [
        'Star banned from driving',
        'Prosecutor Rebecca Ashdown-Pryce told the court the star had spent the evening at a party.',
        'Ten minutes later the car clipped a Corsa owned by Janet Moss, who was asleep at home.',
        "'The defendant's vehicle was travelling at a speed that caused significant damage,' Ms Ashdown-Pryce said. 'It is fortunate, frankly, that the street was empty.'",
        'She said Brennan-Oakes had co-operated with officers.',
      ].join('\n\n'),
    );
    const said = a.reported.find((r) => r.text.startsWith('She said Brennan-Oakes'));
    expect(said && a.speakers[said.speaker]!.name).toBe('Rebecca Ashdown-Pryce');
  });
});

describe('"The minister said … Ostrowski …, and that … had shown “…”"', () => {
  it('gives the quoted phrase to the minister the role means, not to the man her words are about', () => {
    const a = parseArticle(
      [
        'Shark attack',
        'Liam Ostrowski, 34, was bitten on the leg while surfing on Saturday.',
        'Primary Industries Minister Catherine Oyelaran-Fitzgerald said two extra drones would be sent to the northern beaches.',
        'The minister said her thoughts were with Ostrowski and his family, and that the people on the beach had shown “what this city does best, which is run towards trouble”.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'what this city does best')).toBe('Catherine Oyelaran-Fitzgerald');
  });
});

describe('"she said" after "Asked whether she …, Halvorsen shook her head."', () => {
  it('gives the quote to the subject after the opening clause, not to the player the question named', () => {
    const a = parseArticle(
      [
        'Walk-off wins the title',
        'Maddie Villanueva-Kerr, a junior, pitched all nine innings for coach Denise Halvorsen.',
        'Asked whether she considered pulling Villanueva-Kerr after the top of the ninth, Halvorsen shook her head.',
        '“Not for one second. She’s our kid,” she said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Not for one second')).toBe('Denise Halvorsen');
  });
});

describe('a quoted phrase in a sentence whose subject is a pronoun after an opening phrase', () => {
  it('gives "In a pretrial ruling in August, she rejected …, writing that … “…”" to the judge', () => {
    const a = parseArticle(
      [
        'Jury finds for plaintiff',
        'Judge Rosalind Abernathy-Kwan allowed both experts to testify.',
        'In a pretrial ruling in August, she rejected Velaria’s request to exclude the testimony, writing that questions about its strength were “for the jury to weigh, not for the court to screen out.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'for the jury to weigh')).toBe('Rosalind Abernathy-Kwan');
  });
});

describe('a quoted phrase in a sentence a name reports at its end', () => {
  it('gives "The judges concluded that the crust’s “…” pointed to …, Oberholtzer told the board." to Oberholtzer', () => {
    const a = parseArticle(
      [
        'Pie row',
        'Head judge Marlys Oberholtzer re-examined the pie with the two other judges that afternoon.',
        'The judges concluded that the crust’s “uniform crimp and machine-rolled thickness” pointed to a commercial product, Oberholtzer told the board.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'uniform crimp')).toBe('Marlys Oberholtzer');
  });
});

describe('a quoted phrase that ends its own sentence, before another person’s report', () => {
  it('stays with the sentence’s speaker: "…would “turn neighbors into informants.” Pietrowski said …"', () => {
    const a = parseArticle(
      [
        'Leaf blowers phased out',
        'Council members Terrence Bell and Frank Pietrowski voted against the ordinance.',
        'Bell, who voted against the ordinance, said he worried complaint-based enforcement would “turn neighbors into informants.” Pietrowski said he supported cutting noise but believed the city should have waited.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'turn neighbors into informants')).toBe('Terrence Bell');
  });
});

describe('a phrase in the first person, with no speech verb before it', () => {
  it('is someone’s words: "the release was ‘the best night of my life, and I’ve been to Glastonbury’"', () => {
    const a = parseArticle(
      [
        'Beavers released',
        'Beavers were released into the valley on Saturday night.',
        'For Tom Alder, 24, a master’s student who has volunteered with the group since 2021, the release was ‘the best night of my life, and I’ve been to Glastonbury’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'the best night of my life')).toBe('Tom Alder');
  });
});

describe('a body called by its noun with a word of its name before it', () => {
  it('"the transit service said" after "Kestrel Bay Transit" is the transit operator, not an agency named before', () => {
    const a = parseArticle(
      [
        'Ice storm',
        'The Tamarack Regional Emergency Management Agency is urging residents not to run generators indoors.',
        '“Every ice storm, we see the same thing,” said Yusuf Haddad, the agency’s director.',
        'Kestrel Bay Transit has pulled all buses off the road. “Our drivers cannot stop safely on these roads,” the transit service said in a post on social media.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Our drivers cannot stop safely')).toBe('Kestrel Bay Transit');
  });
});

describe('an unnamed speaker before a verb that names what was said', () => {
  it('names "A spokesman for Mayor Gloria Whitfield’s office", not "… office called"', () => {
    const a = parseArticle(
      ['Theater closes', 'The playhouse said it hoped to reopen on Dec. 13. A spokesman for Mayor Gloria Whitfield’s office called that date “optimistic at best” and said the city would not lift the order.'].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'optimistic at best')).toBe('A spokesman for Mayor Gloria Whitfield’s office');
  });
});

describe('titles of Australian, Irish and Canadian public life', () => {
  it('gives "the statement said" to the minister whose statement it is, past the title in capitals before her name', () => {
    const a = parseArticle(
      [
        'Town on water restrictions',
        'In a statement, NSW Water Minister Claire Hennessy said the government was "monitoring the situation in Kurrawang very closely" and had been in daily contact with the council.',
        '"The NSW Government will work hand in hand with council to make sure this community does not run out of water," the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'hand in hand')).toBe('Claire Hennessy');
    expect(a.speakers.map((s) => s.name)).toEqual(['Claire Hennessy']);
  });

  it('reads an Australian councillor\'s "Cr" as a title, not a name', () => {
    const a = parseArticle('Dam at 23 per cent\n\n"We are running out of water," said Cr Ross Albury, the mayor.\n\nCr Albury said the rules would stay until the dam reached 40 per cent.');
    expect(speakerOfQuote(a, 'running out of water')).toBe('Ross Albury');
    expect(speakersAskedFor(a, 'what did the councillor say')).toEqual(['Ross Albury']);
  });

  it('reads "the energy regulator Ofgem" as a body, which "the regulator" goes on to mean', () => {
    const a = parseArticle(
      [
        'Price cap to rise',
        'The energy regulator Ofgem has confirmed that its price cap will rise by 4.1% from 1 October.',
        'In a statement, the regulator said: "We know any increase is unwelcome, particularly for households who are already struggling."',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'any increase is unwelcome')).toBe('Ofgem');
    expect(speakersAskedFor(a, 'what did the regulator say')).toEqual(['Ofgem']);
  });

  it('reads TD as a title, so "the Cork South-West TD said" is the local TD named before', () => {
    const a = parseArticle(
      [
        'Cargo ship aground',
        'Local TD Mairéad Ní Bhriain said questions had to be answered about why a ship in difficulty had been so close to the coast.',
        '“This is a working harbour and the heart of a tourism economy,” the Cork South-West TD said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'working harbour')).toBe('Mairéad Ní Bhriain');
    expect(speakersAskedFor(a, 'what did the TD say')).toEqual(['Mairéad Ní Bhriain']);
  });

  it('reads the Irish "Ó" as part of a surname', () => {
    expect(findNames('Labour TD Seán Ó Riordáin said it.').map((m) => m.text)).toContain('Seán Ó Riordáin');
  });

  it('gives "she asked" to the TD set off after a seat whose name holds a dash', () => {
    const a = parseArticle(
      [
        'Trolley record',
        'Emer Coakley, a consultant in emergency medicine, said it was the worst week she had seen.',
        'In the Dáil this afternoon, the Independent TD for Lisdrum–Kilcarran, Marguerite Tobin-Shanahan, called the figures "a national disgrace" and asked the Minister for Health whether he would visit.',
        '"Ninety-four people on trolleys in one hospital. Minister, when are you going to come and see it?" she asked.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Ninety-four people')).toBe('Marguerite Tobin-Shanahan');
  });
});

describe('words someone is reported to have said inside what another said', () => {
  it('gives "Whitlock had replied that he would ‘…’" to Whitlock, past the perfect\'s "had"', () => {
    const a = parseArticle(
      [
        'Builder guilty',
        'Darren Whitlock, 52, of Redbrook Lane, had denied the charge.',
        'Carpenter Kevin Shah said the scaffold was ‘moving when you walked on it’.',
        'Mr Shah told the court that Whitlock had replied that he would ‘sort it on Monday’. The scaffold came down on the Tuesday morning.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'sort it on Monday')).toBe('Darren Whitlock');
  });
});

describe('"he said" after a paragraph that ends on someone else', () => {
  it('passes over someone the text has just said has not commented', () => {
    const a = parseArticle(
      [
        'Bakery chain collapses',
        'Gary Flint, regional organiser for the union, said workers had been told by text message not to come in. The chain’s chief executive, Mark Brannigan, who joined in 2022, has not commented publicly.',
        '‘People found out they’d lost their jobs from a text,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'lost their jobs')).toBe('Gary Flint');
  });

  it('keeps someone who did not speak at a meeting but wrote later in the paragraph', () => {
    const a = parseArticle(
      [
        'Pay vote',
        'Board chairman Howard Lindqvist defended the award.',
        'Gregory Aldane did not speak at the meeting. In a letter to employees in March, he wrote: “I am not going anywhere.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'not going anywhere')).toBe('Gregory Aldane');
  });

  it('passes over a closing sentence of background that names no one', () => {
    const a = parseArticle(
      [
        'Bakery chain collapses',
        'David Lennox said the administrators had written to the landlord’s chief executive, Nigel Stroud, demanding that the shops be reopened. Under the moratorium, landlords need permission from the court before taking action.',
        '‘We can’t sell a bakery chain to anyone if the bakery itself is at risk,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'bakery itself')).toBe('David Lennox');
  });
});

describe('an epithet for the person a sentence opens on', () => {
  it('gives "said the Italian" to the name set off after the phrase the sentence before opens on', () => {
    const a = parseArticle(
      [
        'Grand prix',
        'Niklas Brandt led every lap until the 54th.',
        'Her counterpart at Orsini, Paolo Renzi, defended the decision to leave Brandt out. ‘If we pit, we come out behind both Haldens,’ said the Italian.',
        'Renzi conceded that the team had underestimated the tyres. ‘He was a sitting duck for four laps,’ he added.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'If we pit')).toBe('Paolo Renzi');
  });

  it('reads "The German had …" after a sentence naming one person as that person', () => {
    const a = parseArticle(
      [
        'Grand prix',
        'It was a brutal reversal for Niklas Brandt, who had started from pole. The German had eased out a lead of 8.6sec when the safety car came out.',
        '‘It was a team decision,’ Brandt said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the German')).toEqual(['Niklas Brandt']);
  });
});

describe('a quotation that talks of someone by name', () => {
  it('is not theirs: "he said" after "Mateo drove a better race than I did" is the one before', () => {
    const a = parseArticle(
      [
        'Grand prix',
        'Callum Reddish won the race from his team-mate, Mateo Iriarte.',
        'Reddish was quick to credit his team-mate. Iriarte had run second before the first round of stops. ‘Honestly, Mateo drove a better race than I did for 50 laps,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Mateo drove')).toBe('Callum Reddish');
  });

  it('stays theirs when the name is only said to them, or names a thing', () => {
    const a = parseArticle(
      [
        'Storm',
        'Retired fisherman Derek Penhale, 71, said he had lived on the street for 46 years.',
        '‘My wife said, “Derek, the sea’s in the road,” and I thought she was having me on,’ he said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'having me on')).toBe('Derek Penhale');
  });
});

describe('"they" for a group the text names by its noun', () => {
  const a = () =>
    parseArticle(
      [
        'Grand prix',
        'Mateo Iriarte passed Niklas Brandt around the outside of Turn 4 on lap 56.',
        'The stewards were unmoved. In their written decision they said Iriarte had ‘left the track with all four wheels at the exit of Turn 4’. They noted that Halden had not been told to give the place back.',
      ].join('\n\n'),
    );

  it('gives words quoted in their decision to the stewards, not to the driver they name', () => {
    expect(speakerOfQuote(a(), 'left the track')).toBe('The stewards');
  });

  it('gives "‘…,’ they said" to the group the sentence before opens on', () => {
    const b = parseArticle(['Baking final', 'Helen Marsh won the final with a lemon tart.', 'The judges were split for an hour. ‘It was the closest final we have seen,’ they said.'].join('\n\n'));
    expect(speakerOfQuote(b, 'closest final')).toBe('The judges');
  });

  it('finds what "they noted" as the stewards’ reported statement', () => {
    const article = a();
    const stewards = article.speakers.findIndex((s) => s.name === 'The stewards');
    expect(article.reported.filter((r) => r.speaker === stewards).map((r) => r.text)).toEqual([expect.stringContaining('had not been told to give the place back')]);
  });
});

describe('words in the first person reported of someone else', () => {
  it('are the words of "he" who reports them: "he complained that Brandt had ‘pushed me off’"', () => {
    const a = parseArticle(
      [
        'Grand prix',
        'Mateo Iriarte finished third after a penalty, behind Niklas Brandt.',
        'Iriarte did not see it that way. On the radio during his slowing-down lap he complained that Brandt had ‘pushed me off, what was I supposed to do, stop?’, and he left the paddock without speaking.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'pushed me off')).toBe('Mateo Iriarte');
  });
});

describe('a club known by the first word of its name', () => {
  it('makes "Northgate confirmed in a short statement" Northgate City, whose "the club said" words are', () => {
    const a = parseArticle(
      [
        'Record bid accepted',
        'Harbridge Athletic have accepted a club-record bid from Northgate City for striker Callum Ridley.',
        '‘Callum is a product of this club and we wanted him to lead our forward line,’ the statement read.',
        'Northgate confirmed in a short statement on Wednesday afternoon that a fee had been agreed.',
        '‘Northgate City can confirm that we have reached an agreement in principle,’ the club said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'can confirm that we have reached')).toBe('Northgate City');
    expect(a.speakers.map((s) => s.name)).not.toContain('A product of this club');
  });
});

describe('a body called by its noun', () => {
  const a = parseArticle(
    [
      'Ports locked out',
      'Cargo has stopped moving after the employers’ association locked out 7,400 dockworkers, a move the union called “an act of economic sabotage.”',
      'The Pacific Terminal Employers Association (PTEA) said in a statement that it had been left with “no responsible alternative”.',
      'Harjit Dhaliwal, president of the Coastal Longshore Workers Union (CLWU), said the association had been planning the lockout for weeks.',
      'The Prairie Grain Growers Association said about 1.3 million tonnes of grain was now backed up in rail cars.',
      'The employers’ association said in its statement that it was “ready to meet at any time, anywhere.”',
    ].join('\n\n'),
  );
  it('gives "the union" of the lead to the one union the story names later', () => {
    expect(speakerOfQuote(a, 'economic sabotage')).toBe('Coastal Longshore Workers Union');
  });
  it('finds "the employers’ association" by the word of its name, not the association named last', () => {
    expect(speakerOfQuote(a, 'ready to meet')).toBe('Pacific Terminal Employers Association');
  });
});

describe('a statement introduced after a quote', () => {
  it('gives the statement paragraph to the company the closing sentence names, not the chief executive quoted before', () => {
    const a = parseArticle(
      [
        'Couriers win',
        'Delivery riders for the food and grocery app Parcelly are workers, a tribunal ruled on Tuesday.',
        'Its chief executive, Joanna Mertle, has said in the past that flexibility is ‘the whole point’ of the model. The company said in a statement.',
        '‘We are disappointed by the decision and will study the judgment carefully before deciding our next steps.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We are disappointed')).toBe('Parcelly');
    expect(speakerOfQuote(a, 'the whole point')).toBe('Joanna Mertle');
  });
});

describe('a body whose name holds what it is for', () => {
  it('keeps "the Office for Academic Standards, the regulator" one body, not an office and a person called Academic Standards', () => {
    const a = parseArticle(
      [
        'Cheating rises',
        'The Office for Teaching Quality, the higher-education regulator for England, said in March that universities should “not rely on detection tools alone”.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'not rely on detection')).toBe('Office for Teaching Quality');
  });
});

describe('someone described, then named with a role', () => {
  it('gives "One customer, retired bus driver Brian Tolley, 71, said" to Tolley, whom readers ask for as the customer', () => {
    const a = parseArticle(
      [
        'Jackpot waits',
        'The ticket was bought at a corner shop on Albert Road.',
        'One customer, retired bus driver Brian Tolley, 71, said he had gone through his old tickets ‘three times, just in case’ after reading about the prize.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'three times')).toBe('Brian Tolley');
    expect(speakersAskedFor(a, 'the customer')).toEqual(['Brian Tolley']);
  });
});

describe('a live page whose stamps carry a time zone', () => {
  it('reads "1:47 p.m. ET — A NASA official" as an official of NASA, and NASA as NASA', () => {
    const a = parseArticle(
      [
        'Live: spacewalk ends early',
        '2:20 p.m. ET',
        'NASA said both astronauts were in good health. “Both crew members are resting aboard the station,” NASA said in a statement.',
        '1:47 p.m. ET — A NASA official who was not authorized to speak publicly said the suit had shown a glitch on Monday. “It passed every test we gave it,” the official said.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('A NASA');
    expect(speakerOfQuote(a, 'resting aboard')).toBe('NASA');
    expect(speakersAskedFor(a, 'the anonymous source')).toEqual(['A NASA official']);
  });
});

describe('an office kept unnamed, then named', () => {
  it('gives "The lead flight director for today’s spacewalk spoke with reporters. Dana Whitcomb said" the office, not "reporter"', () => {
    const a = parseArticle(
      [
        'Spacewalk cut short',
        'The lead flight director for today’s spacewalk spoke briefly with reporters on a teleconference. Dana Whitcomb said the readings had jumped several times in under a minute.',
        '“We were never in a situation where the crew was in danger,” Whitcomb said.',
      ].join('\n\n'),
    );
    const whitcomb = a.speakers.find((s) => s.name === 'Dana Whitcomb')!;
    expect(whitcomb.aliases).toContain('lead flight director');
    expect(whitcomb.aliases).not.toContain('reporter');
    expect(speakersAskedFor(a, 'the flight director')).toEqual(['Dana Whitcomb']);
  });

  it('gives a role said late in the story to the one the next paragraph names first', () => {
    const a = parseArticle(
      [
        'Museum director quits',
        'The museum bought the painting in 2014.',
        'It appeared on posters across the county.',
        'The gardaí confirmed a complaint had been received.',
        'Staff were told on Monday.',
        'The chair of the museum’s board, a retired solicitor, said the museum would seek to recover the purchase price.',
        '‘We are not going to pretend this is anything other than a serious blow,’ Mr Brendan Foley said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the board chair')).toEqual(['Brendan Foley']);
    expect(a.speakers.map((s) => s.name)).not.toContain('The chair of the museum’s board');
  });

  it('gives the lead’s "The director of … has resigned" to the name opening the next paragraph', () => {
    const a = parseArticle(
      [
        'Director resigns over fake',
        'The director of one of the west of Ireland’s best-known regional museums has resigned after its most celebrated painting was found to be a forgery.',
        'Dr Fiona Kavanagh, who had led the museum since 2012, handed her resignation to the board on Friday.',
        '‘I championed this painting, and I am sorry,’ she wrote.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the director')).toEqual(['Fiona Kavanagh']);
  });
});

describe('a company named in French', () => {
  it('reads "The resort’s operator, Société des Remontées de l’Orsière," as one company, which "the company said" means', () => {
    const a = parseArticle(
      [
        'Avalanche kills three',
        'The resort’s operator, Société des Remontées de l’Orsière, said the run had been opened at 9:15 a.m. The company said it had stopped all lifts and was “cooperating fully” with investigators.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'cooperating fully')).toBe('Société des Remontées de l’Orsière');
  });
});

describe('an office of two words for a person', () => {
  it('keeps "The general secretary of the … Union" whole, not a speaker called "The general"', () => {
    const a = parseArticle(
      [
        'Couriers win',
        'The general secretary of the Independent Couriers and Riders Union, which funded the claim, called the ruling ‘a day of reckoning for an industry’.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'day of reckoning')).toBe('The general secretary');
    expect(speakersAskedFor(a, 'the general secretary')).toEqual(['The general secretary']);
  });
});
