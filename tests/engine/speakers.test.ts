import { describe, expect, it } from 'vitest';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { parseArticle } from '../../src/engine/parse.js';
import { findNames } from '../../src/engine/names.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { engineFor, firstSpeakerAskedFor, harbor, seed, speakerOfQuote, speakersAskedFor, speakersFoundBy, speakersOfQuotes, storm } from '../helpers/articles.js';

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

  it('through a misspelling that sounds the same, two letters off', () => {
    const a = parseArticle('T\n\n“Still getting the children back into school,” said Samir Khaleel.\n\n“It was rotten,” said Dana Halvorsen.');
    expect(names('Khalil', a)).toEqual(['Samir Khaleel']);
    expect(names('Halverson', a)).toEqual(['Dana Halvorsen']);
    expect(names('Khan', a)).toEqual([]);
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

  it('finds a managing director by "the MD", as British readers call one', () => {
    const a = parseArticle(
      [
        'Bakery chain collapses',
        'Richard Pargeter, 61, the grandson of the founder and the company’s managing director since 2004, said the family had fought for more than a year to save the business.',
        '‘This is the worst day of my working life,’ Mr Pargeter said.',
      ].join('\n\n'),
    );
    expect(engineFor(a).findSpeakers('the MD').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Richard Pargeter']);
  });

  it('finds a sheriff’s office by "police" and a university by "the uni"', () => {
    const a = parseArticle(
      [
        'Meteorite',
        'A spokesperson for the sheriff’s office said the deputy “found no sign of foul play and no aircraft in distress” and advised the family to call the museum.',
        'Calderbrook University said in a statement: ‘Learning has no age limit, and we hope her story encourages others.’',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'police').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('A spokesperson for the sheriff’s office');
    expect(findSpeakers(a.speakers, 'the uni').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Calderbrook University');
  });
});

describe('roles and unnamed speakers found the way readers ask', () => {
  it('takes the role before a courtesy title, and "the councillor said:" after a clause', async () => {
    const { parseArticle } = await import('../../src/engine/parse.js');
    const a = parseArticle(
      'T\n\nFlight director Dr. Ana Solis said the crew was safe. Deputy director Raj Bhatt agreed.\n\n“Scrubbing is the system working,” the flight director said.\n\nCouncillor Tim Rowe spoke next. Asked about volunteers, the councillor said: “We are open to any serious plan.”\n\nOne nurse who kept her job said the ward was quiet. “Half my team is gone,” the nurse said.',
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Ana Solis', 'Tim Rowe', 'One nurse']);
    expect(findSpeakers(a.speakers, 'the flight director').map((m) => a.speakers[m.speaker]!.name)[0]).toBe('Ana Solis');
  });
});

describe('misspelt short surnames and roles after an age', () => {
  it('finds "dun", "vos", "choo" and a swapped pair of letters', async () => {
    const { parseArticle } = await import('../../src/engine/parse.js');
    const a = parseArticle(
      'T\n\n“The roof went,” said Marcy Dunn.\n\n“We waited,” said Elena Voss.\n\n“We hired on Friday,” said Mei Cho.\n\n“Investors knew,” said Rachel Stein.',
    );
    const first = (q: string) => a.speakers[findSpeakers(a.speakers, q)[0]!.speaker]!.name;
    expect(['dun', 'vos', 'choo', 'stien'].map(first)).toEqual(['Marcy Dunn', 'Elena Voss', 'Mei Cho', 'Rachel Stein']);
  });

  it('finds a name whose ending is spelt the other way: "renny", "bassey", "reddy"', () => {
    const a = parseArticle('T\n\n“The hill was brutal,” said Inspector Gordon Rennie.\n\n“We cannot absorb it,” said Rajinder Bassi.\n\n“Nobody came,” said Joan Reddie.');
    const first = (q: string) => a.speakers[findSpeakers(a.speakers, q)[0]!.speaker]!.name;
    expect(['renny', 'bassey', 'reddy'].map(first)).toEqual(['Gordon Rennie', 'Rajinder Bassi', 'Joan Reddie']);
  });

  it('finds a name spelt with a letter doubled or not before its ending: "bailey" for Baillie', () => {
    const a = parseArticle('T\n\n‘It cannot go on,’ said Rhona Baillie, who farms near Lockerbie.\n\n‘Prices are falling,’ said Tom Allardyce.');
    expect(names('bailey', a)).toEqual(['Rhona Baillie']);
  });

  it('takes the role after an age: "Gemma Lowe, 29, a nurse who …"', async () => {
    const { parseArticle } = await import('../../src/engine/parse.js');
    const a = parseArticle('T\n\nGemma Lowe, 29, a nurse who commutes by train, was angry. “I cannot keep paying,” she said.');
    expect(names('the nurse', a)).toEqual(['Gemma Lowe']);
  });
});

describe('the word that names who is asked for', () => {
  it('takes "the museum director" for the director, not for the museum', () => {
    const speakers = [
      { name: 'Belmont Museum of Fine Arts', aliases: ['belmont museum of fine arts', 'belmont', 'museum', 'fine', 'arts'] },
      { name: 'Ana Ruiz', role: 'Fine Arts Director', aliases: ['ana ruiz', 'ana', 'ruiz', 'fine arts director'] },
    ];
    const found = (query: string) => findSpeakers(speakers, query).map((m) => speakers[m.speaker]!.name);
    expect(found('the museum director')[0]).toBe('Ana Ruiz');
    expect(found('the museum')[0]).toBe('Belmont Museum of Fine Arts');
  });
});

describe('the role the article gives a speaker', () => {
  const roleOf = (text: string, name: string) => parseArticle(`T\n\n${text}`).speakers.find((s) => s.name === name)?.role;

  it('reads a role set off by commas before the name, with whose role it is', () => {
    expect(roleOf('Brazil’s trade minister, Helena Vasconcelos, said the offer stood. “We put a number on the table,” Vasconcelos said.', 'Helena Vasconcelos')).toBe('Brazil’s trade minister');
    expect(roleOf('Lumora’s chief executive Dana Reyes said the cuts were final. “It was not easy,” Reyes said.', 'Dana Reyes')).toBe('Lumora’s chief executive');
  });

  it('does not take the next person in a list for a role: "Farrow, Council President Gregory Tan-Whitaker and four others"', () => {
    const text = '“Not on this street,” said Denise Farrow, who represents the corridor. Farrow, Council President Gregory Tan-Whitaker and four other members voted no. “It is a bad deal,” Tan-Whitaker said.';
    expect(roleOf(text, 'Denise Farrow') ?? '').not.toMatch(/Tan-Whitaker/);
    expect(roleOf(text, 'Gregory Tan-Whitaker')).toBe('Council President');
  });

  it('does not give a person the role in "she and her manager, Gregory Pratt,"', () => {
    const text = 'Mei-Lin Cho said she and her manager, Gregory Pratt, had spent the week hiring. “We were hiring people on Friday,” she said.';
    expect(roleOf(text, 'Gregory Pratt')).toBeUndefined();
    expect(parseArticle(`T\n\n${text}`).quotes.map((q) => parseArticle(`T\n\n${text}`).speakers[q.speaker!]!.name)).toEqual(['Mei-Lin Cho']);
  });
});

describe('a speaker’s name without the title written before it', () => {
  it('keeps "Bassist", "Councilwoman", "Democrat" and "Visitor" out of the name, as the role', () => {
    const a = parseArticle(
      'T\n\n“We are back,” said Bassist Rhys Adeyemi. “Not on my street,” said Councilwoman Denise Farrow. “We won,” said Democrat Elaine Whitford. “It is lovely,” said Visitor Victor Alonzo.',
    );
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Rhys Adeyemi', 'Bassist'],
      ['Denise Farrow', 'Councilwoman'],
      ['Elaine Whitford', 'Democrat'],
      ['Victor Alonzo', 'Visitor'],
    ]);
  });

  it('does not take the word that opens a clause for part of a role: "when guitarist Owen Pike"', () => {
    const a = parseArticle('T\n\nThe band split in 2009, when guitarist Owen Pike left. “I needed quiet,” Pike said.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Owen Pike', 'guitarist']]);
  });
});

describe('a role said as a verb', () => {
  const a = parseArticle(
    'Sewer work\n\nAli Rahimi, who owns a hardware store two blocks from the bakery, said his sales had fallen 25 percent.\n\n“We cannot survive another year of this,” Rahimi said.\n\nRuth Achterberg, who now directs the Front Range Institute, said the work was overdue.\n\n“It had to be done,” Achterberg said.',
  );

  it('"who owns a hardware store" makes the hardware store owner', () => {
    expect(names('the hardware store owner', a)).toEqual(['Ali Rahimi']);
    expect(names('the institute director', a)).toEqual(['Ruth Achterberg']);
  });
});

describe('a name given whole is enough', () => {
  it('"council member Raman" finds Raman, though the article never calls her a council member', () => {
    const a = parseArticle('Budget\n\nPriya Raman voted against the plan.\n\n“This budget asks too much of renters,” Raman said.');
    expect(names('council member Raman', a)).toEqual(['Priya Raman']);
    // Words of a description are not a name: "police" does not make anyone "East Harmon police".
    const b = parseArticle('Shooting\n\n“The officer fired twice,” a police spokesperson said.');
    expect(names('the East Harmon police', b)).toEqual([]);
  });
});

describe('long roles before a name', () => {
  const a = parseArticle(
    [
      'T',
      'Founder and chief executive Nadia Okonjo-Pratt, 34, started the company in 2021.',
      '“Everybody knows food waste is a problem,” Okonjo-Pratt said.',
      '“Forecasting software is only as good as the data it is fed,” said Lakeshore State University associate professor of hospitality management Harriet Okwuosa-Lindgren.',
    ].join('\n\n'),
  );

  it('gives the quote to the person after "said <body> <role> of <field>", not to the university', () => {
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Nadia Okonjo-Pratt', 'Harriet Okwuosa-Lindgren']);
  });

  it('finds them by any role joined with "and" or "of"', () => {
    expect(names('the founder', a)).toEqual(['Nadia Okonjo-Pratt']);
    expect(names('the chief executive', a)).toEqual(['Nadia Okonjo-Pratt']);
    expect(names('the professor', a)).toEqual(['Harriet Okwuosa-Lindgren']);
  });
});

describe('speakers the article does not name', () => {
  const a = parseArticle(
    [
      'T',
      'A person familiar with the talks, who spoke on condition of anonymity because the negotiations are private, said the two sides were nine points apart.',
      '“They are closer than the rhetoric suggests,” the person said.',
      '“We made good progress today,” a spokeswoman for the forest service said at an evening briefing.',
      '“The wind is still the boss out here,” the forest service spokeswoman said.',
      '“Two crews are on the way,” a hospital spokesman said. “Nobody was hurt,” the police spokesman said.',
    ].join('\n\n'),
  );
  const speakerOf = (start: string) => a.speakers[a.quotes.find((q) => q.text.startsWith(start))!.speaker!]!.name;

  it('are one speaker under a fuller and a shorter description', () => {
    expect(speakerOf('They are closer')).toBe('A person familiar with the talks');
    expect(speakerOf('The wind is still')).toBe('A spokeswoman for the forest service');
    expect(speakerOf('Nobody was hurt')).not.toBe('A hospital spokesman');
  });

  it('are found as "the source" when the article keeps them anonymous', () => {
    expect(names('the source', a)).toEqual(['A person familiar with the talks']);
    expect(names('the insider', a)).toEqual(['A person familiar with the talks']);
  });
});

describe('a role asked head-on', () => {
  it('finds the airline, not the airline analyst', () => {
    const a = parseArticle(
      [
        'T',
        '“We remain committed to an agreement,” Coastline Airways said in a statement.',
        '“Travelers read these headlines and they hedge,” said Priya Raman, an airline analyst at Hollister & Crane.',
        '“Our offer stands,” the airline said.',
      ].join('\n\n'),
    );
    const [best, next] = findSpeakers(a.speakers, 'the airline');
    expect(a.speakers[best!.speaker]!.name).toBe('Coastline Airways');
    expect(next === undefined || next.score < best!.score).toBe(true);
    expect(names('the analyst', a)).toEqual(['Priya Raman']);
  });
});

describe('words around a name that are not the name or its role', () => {
  const a = parseArticle(
    [
      'T',
      'Rosalind Pettifer won by 317 votes over Conservative candidate Graham Ockenden.',
      '‘People told me they wanted change,’ Mr Ockenden said.',
      '‘This is the third by-election we have won,’ said Cllr Jennifer Albright-Cole.',
      'Without Abby Nwosu, the Falcons struggled in the second half. ‘We all had to grab one more board for her,’ said forward Maddie Ostrowski.',
    ].join('\n\n'),
  );

  it('keeps "over" out of a role, "Without" out of a name, and reads "Cllr" as a councillor', () => {
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Graham Ockenden', 'Conservative candidate'],
      ['Jennifer Albright-Cole', 'councillor'],
      ['Maddie Ostrowski', 'forward'],
    ]);
  });
});

describe('roles in other words, and roles given by "my", "his", "her"', () => {
  const a = parseArticle(
    [
      'T',
      '“The flying public deserves stability,” said U.S. Rep. Angela Martinez-Whitfield of Texas.',
      'An attorney for the family, Gordon Feeney, said the city had ignored a warning. “This was a paperwork failure,” Feeney said.',
      'When I sent the second draft to my editor, Ruth Abernathy, she wrote back one line: “This is the book.”',
      'Speaking outside court, his sister, Mrs Susan Kettering, read a statement. ‘Mum was a kind, funny woman,’ she said.',
    ].join('\n\n'),
  );

  it('finds a representative as "the congresswoman" and an attorney as "the lawyer"', () => {
    expect(names('the congresswoman', a)).toEqual(['Angela Martinez-Whitfield']);
    expect(names('the lawyer', a)).toEqual(['Gordon Feeney']);
  });

  it('takes "my editor, Ruth Abernathy," and "his sister, Mrs Susan Kettering," as their roles', () => {
    expect(names('the editor', a)).toEqual(['Ruth Abernathy']);
    expect(names('her sister', a)).toEqual(['Susan Kettering']);
  });
});

describe('roles a sentence gives in other shapes', () => {
  it('finds the MP for a constituency, the buyer a sentence names, the collector he is, and a grandniece', () => {
    const a = parseArticle(
      [
        'T',
        'The MP for Hollingbridge and the Wendle Valley, Owen Tregarthen, visited the rest centre on Thursday afternoon.',
        'Mr Tregarthen said: ‘These families were promised proper defences four years ago.’',
        'The buyer was identified as Rafael Ostrander, a Chicago collector who founded the logistics company Ostrander Freight and bid from a seat in the third row of the salesroom.',
        '“I first saw this painting in a museum catalog as a graduate student,” Ostrander said.',
        'Marchand’s grandniece, Claire Marchand-Doyle, watched the sale from the back of the room.',
        '“She would have laughed at the number,” Marchand-Doyle said.',
      ].join('\n\n'),
    );
    expect(names('the MP', a)).toEqual(['Owen Tregarthen']);
    expect(names('the buyer', a)).toEqual(['Rafael Ostrander']);
    expect(names('the collector', a)).toEqual(['Rafael Ostrander']);
    expect(names('the grandniece', a)).toEqual(['Claire Marchand-Doyle']);
  });
});

describe('a company asked for by another word for a company', () => {
  it('finds "the developer" in a housebuilder, but a person who is a developer first', () => {
    const a = parseArticle(
      'T\n\nHarrowgate Homes, which is building the estate, said in a statement that it was proud of the find.\n\n“We have redesigned part of the estate,” the company said.',
    );
    expect(names('the developer', a)).toEqual(['Harrowgate Homes']);
    const withPerson = parseArticle(
      'T\n\n“We have redesigned part of the estate,” Harrowgate Homes said.\n\n“It was a hard year,” said Ana Ruiz, a software developer in Leeds.',
    );
    expect(names('the developer', withPerson)[0]).toBe('Ana Ruiz');
  });
});

describe('roles in British court reports, compounds and appositions', () => {
  it('finds the prosecutor, the defence barrister, a writer-director, the finance chief and a club', () => {
    const a = parseArticle(
      [
        'T',
        'Rachel Odukoya, prosecuting, said the driver had pulled out to overtake three cars.',
        'Ms Odukoya told the court: ‘Mrs Whitby had nowhere to go.’',
        'Simon Harker, defending, said his client had shown genuine remorse.',
        '‘He will carry this for the rest of his life,’ Mr Harker said.',
        'The film is the first feature from writer-director Elise Marchetti-Dunn, 34.',
        '“I keep waiting for somebody to tap me on the shoulder,” Marchetti-Dunn said.',
        '“These are not easy decisions,” Chief Financial Officer Darnell Whitaker said.',
        '“We grew too fast,” Chief Executive Gloria Manzanares said.',
        'Lowerdale Wheelers, the cycling club Mrs Whitby had belonged to for 12 years, said in a post: ‘Helen was the kindest rider in our club.’',
      ].join('\n\n'),
    );
    expect(names('the prosecutor', a)).toEqual(['Rachel Odukoya']);
    expect(names('the defence barrister', a)[0]).toBe('Simon Harker');
    expect(names('the defense lawyer', a)[0]).toBe('Simon Harker');
    expect(names('the writer-director', a)[0]).toBe('Elise Marchetti-Dunn');
    expect(names('the finance chief', a)[0]).toBe('Darnell Whitaker');
    expect(names('the club', a)).toEqual(['Lowerdale Wheelers']);
  });
});

describe('silks, and people known by a closed compound role', () => {
  it('reads a KC as a barrister, for whichever side the text says, but not a judge who is one', () => {
    const a = parseArticle(
      [
        'T',
        'Opening the case, Gideon Falk KC, for the prosecution, told the court the sensor had failed.',
        '‘The crew were sailing blind,’ Mr Falk said.',
        'For the company, Priya Ramasubramanian KC said the firm accepted the failings.',
        '‘This is a company that is ashamed,’ she said.',
        'Sentencing, Judge Helen Marchbank KC said the firm had ‘put profit first’.',
      ].join('\n\n'),
    );
    expect(names('the prosecutor', a)).toEqual(['Gideon Falk']);
    expect(names('the barrister', a)).toContain('Priya Ramasubramanian');
    expect(names('the lawyer', a)).not.toContain('Helen Marchbank');
    expect(names('the judge', a)).toEqual(['Helen Marchbank']);
  });

  it('gives "the CFO said" to the chief financial officer named before', () => {
    const a = parseArticle(
      [
        'T',
        'Martin Oyelaran-Fitch, the chief financial officer, said the layoffs would cut costs by $19 million.',
        '"Our existing investors have been very supportive," the CFO said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Our existing investors')).toBe('Martin Oyelaran-Fitch');
    expect(a.speakers).toHaveLength(1);
  });

  it('leaves the "and" that joins two people out of the second one’s role', () => {
    const a = parseArticle(
      [
        'T',
        "Henrike Vos-Aaltonen, director of the museum, and Osuwa's culture minister, Folasade Ebiere-Makinwa, signed the transfer.",
        'Ebiere-Makinwa said: "Our grandparents spoke of these objects as if they were relatives."',
      ].join('\n\n'),
    );
    const speaker = a.speakers.find((s) => s.name === 'Folasade Ebiere-Makinwa')!;
    expect(speaker.aliases).toContain("osuwa's culture minister");
    expect(speaker.aliases.some((x) => x.startsWith('and '))).toBe(false);
  });

  it('reads "Its chief executive, X," as the chief executive of the body just named, found by its name', () => {
    const a = parseArticle(
      [
        'T',
        'Aldermoor Chamber of Commerce has responded. Its chief executive, Priyanka Venkataraghavan-Hollis, said in a statement:',
        '‘We are deeply disappointed. We fear for the high street.’',
        'Dental Access Watch, a patients’ group, estimates that 6.2 million adults have failed to get an NHS appointment.',
        'Its chief executive, Bernadette Quayle, said: ‘People are pulling out their own teeth.’',
      ].join('\n\n'),
    );
    expect(names('the Chamber of Commerce', a)).toEqual(['Priyanka Venkataraghavan-Hollis']);
    expect(a.speakers.find((x) => x.name === 'Bernadette Quayle')!.role).toBe('chief executive of Dental Access Watch');
  });

  it('finds the harbourmaster and the shopkeeper, in British spelling, by their roles', () => {
    const a = parseArticle(
      [
        'T',
        'The harbourmaster at Port Ellery, who gave evidence, said: “I watched her come back in with the bow door hanging.”',
        'The shopkeeper, who asked not to be named, said: “Nobody told us anything.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I watched her come back')).toMatch(/harbourmaster/i);
    expect(names('the harbourmaster', a)[0]).toMatch(/harbourmaster/i);
    expect(speakerOfQuote(a, 'Nobody told us anything')).toMatch(/shopkeeper/i);
  });
});

describe('a courtesy title as a way to ask', () => {
  it('finds "the doctor" in Dr Farah Qureshi, whose role the text gives as medical director', () => {
    const a = parseArticle(
      'T\n\nDr Farah Qureshi, medical director of Fenmoor Hospitals NHS Foundation Trust, said its emergency departments had treated 63 people.\n\n‘We are seeing older people who have simply not been drinking enough,’ she said.\n\nTom Aldous said he expected to lose a fifth of his barley.',
    );
    expect(names('the hospital doctor', a)[0]).toBe('Farah Qureshi');
    expect(names('the doctor', a)[0]).toBe('Farah Qureshi');
  });
});

describe('a winner by what they won', () => {
  it('finds "the winner" and "the women\'s winner", but not a point won in a match', () => {
    const a = parseArticle(
      [
        'T',
        'Ethiopia’s Abel Tessema pulled away over the final 5 kilometers to win the Port Calder Marathon on Sunday.',
        '“I knew the hill was where I had to go,” Tessema said.',
        'Kenya’s Mercy Chebet won the women’s race in 2:24:58.',
        '“The last 10 kilometers were like running in an oven,” Chebet said.',
        'Daniel Kiprono then won the next point, but not the race.',
        '“He was simply better today,” Kiprono said.',
      ].join('\n\n'),
    );
    expect(names('the marathon winner', a)[0]).toBe('Abel Tessema');
    expect(names("the women's winner", a)[0]).toBe('Mercy Chebet');
    expect(names('the winner', a)).not.toContain('Daniel Kiprono');
  });
});

describe('roles the apposition gives past an abbreviation, a title or an "and"', () => {
  const a = parseArticle(
    [
      'T',
      '“We expected to see losses,” said Miriam Halvorsen, an associate professor of glaciology at the University of Eastbrook and the study’s lead author.',
      'Ingrid Solvang-Achebe, the U.N. humanitarian coordinator for Ostrevia, said: “We have enough flour on those trucks to feed 60,000 people.”',
      'Speaking to reporters in the capital, army spokesman Col. Viktor Anzel said: “Our units are under orders to answer every violation.”',
    ].join('\n\n'),
  );
  it('finds "the lead author" from a second role after "and"', () => {
    expect(names('the lead author', a)[0]).toBe('Miriam Halvorsen');
  });
  it('finds "the lead author" after a first role of more than 110 characters', () => {
    const long = parseArticle(
      [
        'T',
        '“What we’re seeing is a dose-response relationship,” said Dr. Elena Marquez-Whitfield, an associate professor of epidemiology at the Marlow State University College of Public Health and the study’s lead author.',
        'Co-author Dr. Kwame Osei-Bonsu, an endocrinologist, said the finding pointed to the switching itself.',
      ].join('\n\n'),
    );
    expect(names('the lead author', long)[0]).toBe('Elena Marquez-Whitfield');
  });
  it('reads "the U.N. humanitarian coordinator" whole, and "the UN" finds it', () => {
    expect(names('the U.N. humanitarian coordinator', a)[0]).toBe('Ingrid Solvang-Achebe');
    expect(names('the UN', a)[0]).toBe('Ingrid Solvang-Achebe');
  });
  it('keeps "army spokesman" before "Col." as the role', () => {
    expect(names('the army spokesman', a)[0]).toBe('Viktor Anzel');
  });
});

describe('the outside expert', () => {
  it('finds someone "who was not involved in the study" as the independent or outside expert', () => {
    const a = parseArticle(
      [
        'T',
        '“We expected to see losses,” said Miriam Halvorsen, the study’s lead author.',
        'Rachel Onyango, a glaciologist at the Alpine Climate Centre in Innsbruck, Austria, who was not involved in the study, said: “This is the most complete picture we have ever had of these glaciers.”',
      ].join('\n\n'),
    );
    expect(names('the independent expert', a)[0]).toBe('Rachel Onyango');
    expect(names('the outside expert', a)[0]).toBe('Rachel Onyango');
    expect(names('the scientist not involved in the study', a)[0]).toBe('Rachel Onyango');
    expect(names('the lead author', a)[0]).toBe('Miriam Halvorsen');
  });
});

describe('the winner of an election', () => {
  it('finds "the winner" in "Rosalind Pettifer was elected with 1,284 votes"', () => {
    const a = parseArticle(
      'T\n\nRosalind Pettifer was elected with 1,284 votes, a majority of 317 over Conservative candidate Graham Ockenden.\n\nMs Pettifer said the campaign had been fought ‘on potholes, bus services and the future of the library’.\n\n‘People on the doorstep liked our local record,’ Mr Ockenden said.',
    );
    expect(names('the winner', a)[0]).toBe('Rosalind Pettifer');
  });
});

describe('the leader, head or boss of a body', () => {
  it('finds "the union leader" in the union’s chair, over the union itself, and "the chief" still prefers a chief', () => {
    const a = parseArticle(
      [
        'T',
        '“Our pilots have spoken with one voice,” said Capt. Renee Halvorsen, the union’s master executive council chair.',
        '“We remain committed to reaching an agreement,” the Coastline Pilots Association, the union, said in a statement.',
        '“We are not going to sign a deal we cannot afford,” said Coastline Chief Executive Mark Tillerman.',
      ].join('\n\n'),
    );
    expect(names('the union leader', a)[0]).toBe('Renee Halvorsen');
    expect(names('the chief', a)[0]).toBe('Mark Tillerman');
  });

  it('does not take "the head coach" for a body’s chair: "head" qualifies the coach', () => {
    const a = parseArticle(
      [
        'T',
        '‘We have been asking for sight of the finances for three years,’ said Helen Carver, chair of the Kestrels Supporters’ Trust.',
        '‘We will pay February’s wages,’ said the club’s chief executive, Tom Aldous.',
      ].join('\n\n'),
    );
    expect(names('the head coach', a)).toEqual([]);
    expect(names('the head of the trust', a)[0]).toBe('Helen Carver');
    expect(names('the chief executive', a)[0]).toBe('Tom Aldous');
  });
});

describe('a match report’s roles', () => {
  it('reads "with the captain, Ollie Brayshaw," and "the 21-year-old leg-spinner", and "the skipper" is the captain', () => {
    const a = parseArticle(
      [
        'T',
        'England reached 158 for three shortly after 6pm, with the captain, Ollie Brayshaw, unbeaten on 71.',
        '‘That’s as complete a Test as we’ve played in my time as captain,’ Brayshaw said.',
        'He praised Harry Lowther, the 21-year-old leg-spinner from Northmoor, who took four for 77 on his Test debut.',
        'Lowther said: ‘I rang my dad last night and he was still crying.’',
      ].join('\n\n'),
    );
    expect(names('the skipper', a)[0]).toBe('Ollie Brayshaw');
    expect(names('the England captain', a)[0]).toBe('Ollie Brayshaw');
    expect(names('the leg-spinner', a)[0]).toBe('Harry Lowther');
  });
});

describe('the owner of a role', () => {
  it('does not take "the study" for the study’s lead author', () => {
    const a = parseArticle('T\n\n“Bedtimes moved a little,” said Miriam Salcedo, an associate professor of pediatrics at Western Plains University and the study’s lead author.');
    expect(names('the study', a)).toEqual([]);
    expect(names('the lead author', a)).toEqual(['Miriam Salcedo']);
  });

  it('takes a named body for its officer when the article never quotes the body itself', () => {
    const a = parseArticle(
      'T\n\nThe museum registered the painting with ArtTrace, a registry of stolen art.\n\n“This is exactly how the system is supposed to work,” said Hannah Liebowitz, ArtTrace’s director of recoveries.\n\n“We are delighted,” Hartwell Mutual said in a statement. “It was a long wait,” said Ruth Bale, Hartwell Mutual’s claims director.',
    );
    expect(names('ArtTrace', a)).toEqual(['Hannah Liebowitz']);
    // The body quoted in its own name comes first.
    expect(names('Hartwell Mutual', a)[0]).toBe('Hartwell Mutual');
  });
});

describe('what readers call a prosecutor and a body with a long name', () => {
  it('finds "the prosecutor" in an Assistant U.S. Attorney, and "the NWS" in the National Weather Service', () => {
    const a = parseArticle(
      [
        'T',
        '“This case is about a man who put City Hall up for sale,” Assistant U.S. Attorney Rachel Ostrander told jurors.',
        '“The storm surge is the greatest threat,” the National Weather Service said in its 5 a.m. advisory.',
      ].join('\n\n'),
    );
    expect(names('the prosecutor', a)[0]).toBe('Rachel Ostrander');
    expect(names('the NWS', a)[0]).toBe('National Weather Service');
  });
});

describe('a generation after a name, and a role held in the past', () => {
  it('reads "Nana Osei Darko III, the current paramount chief," and "Sir Geoffrey Allard, who chaired the board"', () => {
    const a = parseArticle(
      [
        'T',
        'Nana Osei Darko III, the current paramount chief, had a simple message: ‘Thank you for keeping them safe.’',
        '‘A museum that gives away its collection is no longer a museum,’ wrote Sir Geoffrey Allard, who chaired the Pellham’s board from 2004 to 2015, in an open letter.',
      ].join('\n\n'),
    );
    expect(names('the paramount chief', a)[0]).toBe('Nana Osei Darko III');
    expect(names('Osei Darko', a)[0]).toBe('Nana Osei Darko III');
    expect(names('the board chair', a)[0]).toBe('Geoffrey Allard');
  });
});

describe('a role the sentence before gives', () => {
  it('finds "the culture minister" in "Ghana’s minister for tourism, arts and culture welcomed the decision. ‘…,’ said Afua Mensah-Boateng"', () => {
    const a = parseArticle(
      'T\n\nIn Accra, Ghana’s minister for tourism, arts and culture welcomed the decision. ‘These objects were not lost,’ said Afua Mensah-Boateng, ‘they were carried away.’',
    );
    expect(names('the culture minister', a)[0]).toBe('Afua Mensah-Boateng');
  });
});

describe('roles on both sides of a name, and roles no longer held', () => {
  const a = parseArticle(
    [
      'T',
      '“We are still searching,” coast guard spokesman Commander Luis Ferrer told reporters.',
      'The crossbench peer Harriet Colville, a disability rights campaigner, wrote: ‘The Lords will not wave this through.’',
      '‘Our job is to make it work,’ said Daniel Osei, the health minister.',
      '‘The safeguards have never been tested,’ said the former health minister Sir Giles Penrose.',
      'The campaign group Living Better Alliance called it ‘a dark day’.',
      '‘There are colleagues who will vote no,’ said one senior Labour backbencher, who asked not to be named.',
      '‘We have never seen this many cases,’ said Dr Aisha Bell, a consultant at the UKHSA’s regional team. The UK Health Security Agency said ‘the source is likely the parfait’.',
    ].join('\n\n'),
  );
  it('finds a role before a title and a role after the name', () => {
    expect(names('the coast guard spokesman', a)[0]).toBe('Luis Ferrer');
    expect(names('the crossbench peer', a)[0]).toBe('Harriet Colville');
    expect(names('the disability campaigner', a)[0]).toBe('Harriet Colville');
  });
  it('prefers the minister in office unless a former one is asked for', () => {
    expect(names('the health minister', a)[0]).toBe('Daniel Osei');
    expect(names('the former health minister', a)[0]).toBe('Giles Penrose');
  });
  it('finds a body by the description before its name, an unnamed speaker by "anonymous", and a body by its initials', () => {
    expect(names('the campaign group', a)[0]).toBe('Living Better Alliance');
    expect(names('the anonymous MP', a)[0]).toBe('One senior Labour backbencher');
    expect(names('UKSHA', a)).toEqual(['UK Health Security Agency']);
  });
});

describe('a wider word for a role, one way', () => {
  const a = parseArticle(
    [
      'T',
      '‘We were never asked,’ said Doug Feeney, a father of three at Mill Street.',
      '‘Most of my friends already work,’ said one high school junior, who did not give her name.',
      '‘The water is borrowed,’ said Bakyt Osmonov, an apricot grower near Dastan.',
    ].join('\n\n'),
  );
  it('finds a father for "the parent", a junior for "the student", a grower for "the farmer"', () => {
    expect(names('the parent', a)).toEqual(['Doug Feeney']);
    expect(names('the student', a)).toEqual(['One high school junior']);
    expect(names('the farmer', a)).toEqual(['Bakyt Osmonov']);
  });
  it('never the other way: "the mother" is no father', () => {
    expect(names('the mother', a)).toEqual([]);
  });
});

describe('a role said as a verb', () => {
  it('reads "who grows apricots" as a grower and "who lives near the plant" as a resident', () => {
    const a = parseArticle(
      [
        'T',
        '‘That is borrowed water,’ said Bakyt Osmonov, who grows apricots near Dastan.',
        '‘The smoke came in through the windows,’ said Rosa Delgado, who lives near the plant, on Tuesday.',
      ].join('\n\n'),
    );
    expect(names('the farmer', a)).toEqual(['Bakyt Osmonov']);
    expect(names('the resident', a)).toEqual(['Rosa Delgado']);
  });

  it('reads "who lives on a farm a mile from where the plane came down" as a resident, however far the place runs on', () => {
    const a = parseArticle(
      [
        'T',
        'Ellen Marsh, who lives on a sheep farm about a mile from where the light aircraft came down, said she heard the engine stop.',
        '“It went very quiet, and then there was a bang,” Marsh said.',
      ].join('\n\n'),
    );
    expect(names('the local resident', a)).toEqual(['Ellen Marsh']);
  });
});

describe('a spokesperson asked for as "the spokeswoman"', () => {
  it('finds the health department’s spokesperson for "the spokeswoman" and "the spokesman"', () => {
    const a = parseArticle('T\n\n“We expect the numbers may still go up,” said Dana Whitfield, a spokesperson for the Marlow County Health Department.\n\n“Stay home if you are sick,” said Rob Kline, who owns the bakery next door.');
    expect(names('the spokeswoman', a)[0]).toBe('Dana Whitfield');
    expect(names('the health department spokesman', a)[0]).toBe('Dana Whitfield');
  });
});

describe('what a text may call a body of its kind', () => {
  it('finds the International Cricket Federation for "the governing body"', () => {
    const a = parseArticle('T\n\nThe International Cricket Federation said in a statement that South Africa had been fined 15 per cent of their match fees. ‘Over rates matter,’ the federation said.');
    expect(names('the governing body', a)).toEqual(['International Cricket Federation']);
  });
  it('finds the Colorado Department of Transportation for "CDOT"', () => {
    const a = parseArticle('T\n\nHighway 9 was closed, and the Colorado Department of Transportation said it would stay closed until at least Tuesday.');
    expect(names('CDOT', a)).toEqual(['Colorado Department of Transportation']);
  });
});

describe('a role before an abbreviation in brackets', () => {
  it('keeps "general secretary of the National Association …" for "…, general secretary of the National Association of Head Teachers (NAHT)."', () => {
    const a = parseArticle('T\n\n‘Warm words do not fill classrooms,’ said Dr Siobhan Ferris, general secretary of the National Association of Head Teachers (NAHT).');
    expect(names('the general secretary', a)).toEqual(['Siobhan Ferris']);
  });
});

describe('a short name misspelt', () => {
  it('finds Nguyen Van Hoa for "Hao" (two letters swapped in a three-letter name)', () => {
    const a = parseArticle('T\n\n“This is not a few traders with suitcases,” said Nguyen Van Hoa, director of the customs department.');
    expect(names('Hao', a)).toEqual(['Nguyen Van Hoa']);
  });
});

describe('a shadow or a deputy of the office asked for', () => {
  it('finds the education secretary before the shadow education secretary, and the shadow when asked', () => {
    const speakers = [
      { name: 'Daniel Osei-Rowe', role: 'shadow education secretary', aliases: ['daniel osei-rowe', 'osei-rowe', 'shadow education secretary'] },
      { name: 'Helen Marchbank', role: 'education secretary', aliases: ['helen marchbank', 'marchbank', 'education secretary'] },
    ];
    const names = (q: string) => findSpeakers(speakers, q).map((m) => speakers[m.speaker]!.name);
    expect(names('the education secretary')[0]).toBe('Helen Marchbank');
    expect(names('the shadow education secretary')[0]).toBe('Daniel Osei-Rowe');
  });
});

describe('kin and fields readers ask by', () => {
  it('finds "Jenna Hollis, whose 7-year-old daughter is in second grade" as the parent', () => {
    const a = parseArticle('T\n\n“I just want the school to be honest with us,” said Jenna Hollis, whose 7-year-old daughter is in second grade at Pinecrest Elementary.');
    expect(findSpeakers(a.speakers, 'the parent').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Jenna Hollis']);
  });

  it('finds the chief of pediatrics as "the pediatrician", and the statistics lecturer as "the statistician"', () => {
    const speakers = [
      { name: 'Samuel Ortega', role: 'chief of pediatrics', aliases: ['samuel ortega', 'ortega', 'chief of pediatrics'] },
      { name: 'Ana Ruiz', role: 'lecturer in statistics', aliases: ['ana ruiz', 'ruiz', 'lecturer in statistics'] },
    ];
    expect(findSpeakers(speakers, 'the pediatrician').map((m) => speakers[m.speaker]!.name)).toEqual(['Samuel Ortega']);
    expect(findSpeakers(speakers, 'the statistician').map((m) => speakers[m.speaker]!.name)).toEqual(['Ana Ruiz']);
  });
});

describe('a qualifier the reader asks for', () => {
  it('does not give the health secretary for "the shadow health secretary"', () => {
    const speakers = [{ name: 'Tom Ravensworth', role: 'Health and Social Care Secretary', aliases: ['tom ravensworth', 'ravensworth', 'health and social care secretary'] }];
    expect(findSpeakers(speakers, 'the shadow health secretary')).toEqual([]);
    expect(findSpeakers(speakers, 'the health secretary').length).toBe(1);
  });
});

describe('a draw’s roles', () => {
  it('finds "Norwegian qualifier Lukas Brandvold" as "the qualifier"', () => {
    const a = parseArticle('T\n\nNorwegian qualifier Lukas Brandvold knocked out the top seed on Saturday.\n\n‘I still can’t believe it,’ Brandvold said.');
    expect(findSpeakers(a.speakers, 'the qualifier').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Lukas Brandvold']);
  });
});

describe('a body asked for through the people who speak for it', () => {
  it('finds "a senior fellow at the Castlegate Institute" for "Castlegate Institute"', () => {
    const a = parseArticle('T\n\n‘This is real progress, but it is slow progress,’ said Dr Priyanka Soames, a senior fellow at the Castlegate Institute, a health think tank.');
    expect(findSpeakers(a.speakers, 'Castlegate Institute').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Priyanka Soames']);
  });

  it('finds "agency spokesman Alan Ferris" for the commission the sentence names', () => {
    const a = parseArticle(
      'T\n\nThe state Public Utility Oversight Commission sent two inspectors on Tuesday, agency spokesman Alan Ferris said.\n\n“It’s too early to say what happened,” Ferris said.',
    );
    expect(findSpeakers(a.speakers, 'Public Utility Oversight Commission').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Alan Ferris']);
  });
});

describe('an unnamed speaker by what the text says of them', () => {
  it('finds "One woman, who arrived at the shelter with two dogs" as "the woman at the shelter"', () => {
    const a = parseArticle('T\n\nOne woman, who arrived at the shelter shortly before 1 a.m. with two dogs and a cat, said she had never evacuated before.\n\n“I wasn’t going to leave them,” she said.');
    expect(findSpeakers(a.speakers, 'the woman at the shelter').map((m) => a.speakers[m.speaker]!.name)).toEqual(['One woman']);
  });

  it('finds "A woman waiting in line for bottled water said" as "the woman in line"', () => {
    const a = parseArticle('T\n\nThe water authority handed out bottles.\n\nA woman waiting in line for bottled water said: “We just want to know when it will be safe.”');
    expect(findSpeakers(a.speakers, 'the woman in line').map((m) => a.speakers[m.speaker]!.name)).toEqual(['A woman']);
  });
});

describe('an unnamed speaker described after "said"', () => {
  it('finds "…,” said one spectator, a retired schoolteacher who drove four hours" as "the retired schoolteacher"', () => {
    const a = parseArticle('T\n\n“You could feel it in your chest,” said one spectator, a retired schoolteacher who drove four hours with her two grandsons.');
    expect(findSpeakers(a.speakers, 'the retired schoolteacher').map((m) => a.speakers[m.speaker]!.name)).toEqual(['One spectator']);
  });

  it('finds "…,” said a man traveling with two young children" by what he was doing', () => {
    const a = parseArticle('T\n\n“The flight attendants were incredible,” said a man traveling with two young children, who declined to give his name.');
    expect(findSpeakers(a.speakers, 'the man traveling with two young children').map((m) => a.speakers[m.speaker]!.name)).toEqual(['A man']);
  });
});

describe('a role the sentence gives after the name', () => {
  it('finds "Pettibone is the great-great-granddaughter of Capt. Marchbank" as "the captain’s descendant"', () => {
    const a = parseArticle('T\n\nLorraine Pettibone is the great-great-granddaughter of Capt. Marchbank.\n\n“Now I finally know where he is,” she said.');
    expect(findSpeakers(a.speakers, 'the captain’s descendant').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Lorraine Pettibone']);
  });
});

describe('round 23 names and roles', () => {
  it('finds a short name misspelt as it sounds: "Riley" for Reile, "Quail" for Quayle', () => {
    const a = parseArticle("T\n\n'She flew like a dream,' said Tomasz Reile, the pilot.\n\n'I waited six years for four minutes,' said Harriet Quayle, a passenger.");
    expect(names('Riley', a)).toEqual(['Tomasz Reile']);
    expect(names('Quail', a)).toEqual(['Harriet Quayle']);
    expect(names('Rolle', a)).toEqual([]);
  });

  it('reads a role with a long run of words before its noun: "a former air force test pilot"', () => {
    const a = parseArticle("T\n\nThe flight was commanded by Tomasz Reile, a former air force test pilot who joined Skyhaven in 2018.\n\n'She flew like a dream on the way up,' Reile said.");
    expect(a.speakers[0]!.role).toBe('former air force test pilot');
    expect(names('the pilot', a)).toEqual(['Tomasz Reile']);
  });

  it('keeps what a title is of out of the name: "Supervisor of Elections Renata Vukovich"', () => {
    const a = parseArticle('T\n\nThe recount will take three days, according to Harlan County Supervisor of Elections Renata Vukovich.\n\n“Every ballot will be looked at again,” Vukovich said.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Renata Vukovich', 'Harlan County Supervisor of Elections']]);
    expect(names('the elections supervisor', a)).toEqual(['Renata Vukovich']);
  });
});

describe('the winner', () => {
  it('is whoever the sentence has "to win the 84th Continental Open", past an apposition with abbreviations; "the champion" finds them too', () => {
    const a = parseArticle(
      'T\n\nDalton Reese spent Sunday morning on the practice range.\n\nReese, a 29-year-old from Marietta, Ga., who had never finished better than 11th in a major, shot a 64 in the final round to win the 84th Continental Open by one stroke.\n\n“I honestly did not think I had a chance,” Reese said.',
    );
    expect(a.speakers[0]!.role).toBe('winner of 84th Continental Open');
    expect(names('the winner', a)).toEqual(['Dalton Reese']);
    expect(names('the champion', a)).toEqual(['Dalton Reese']);
  });
});

describe('parties as readers say them', () => {
  it('"the Lib Dem MP" is the Liberal Democrat MP, "the Tory leader" the Conservative one', () => {
    const a = parseArticle(
      "T\n\n‘It is a scandal hiding in plain sight,’ said Daniel Okafor-Reid, Liberal Democrat MP for Brambury.\n\n‘This budget is a tax on families,’ said Peter Ashdown, leader of the Conservative group on the council.\n\n‘We had no choice,’ said Helen Marwood, leader of the council.",
    );
    expect(names('the Lib Dem MP', a)[0]).toBe('Daniel Okafor-Reid');
    expect(names('the Tory leader', a)[0]).toBe('Peter Ashdown');
  });
});

describe('the body a head\'s role names', () => {
  it('is the longest body named there: "president of the Allied Cockpit Association’s Pinecrest Airlines chapter" heads the union', () => {
    const a = parseArticle(
      'T\n\nPinecrest Airlines said on Monday it would merge. Its pilots are represented by the Allied Cockpit Association, a union.\n\n“We have heard promises before,” said Captain Renée Osterhaus, president of the Allied Cockpit Association’s Pinecrest Airlines chapter.',
    );
    const osterhaus = a.speakers.find((s) => s.name === 'Renée Osterhaus')!;
    expect(osterhaus.aliases).toContain('union captain');
    expect(osterhaus.aliases).not.toContain('company captain');
  });
});

describe('roles around a name', () => {
  it('takes no verb after "to" into a role: "to give trainer Gareth Pryce-Morgan"', () => {
    const a = parseArticle('T\n\nThe gelding stayed on to give trainer Gareth Pryce-Morgan the biggest success of his career.\n\n‘We’ve got 14 boxes and half of them are empty,’ said Pryce-Morgan.');
    expect(a.speakers.map((s) => s.role)).toEqual(['trainer']);
  });

  it('gives the role "who acts as the syndicate’s spokesman" too', () => {
    const a = parseArticle('T\n\nDerek Shaw, a 68-year-old retired postman who acts as the syndicate’s spokesman, led the horse in.\n\n‘We put in £375 each,’ Shaw said.');
    expect(findSpeakers(a.speakers, 'the syndicate spokesman').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Derek Shaw']);
    expect(a.speakers[0]!.aliases).toContain('syndicate’s spokesman');
  });
});

describe('the office a "who heads …" clause gives', () => {
  it('asks for "Captain Julien Morel, who commands the gendarmerie’s high mountain rescue unit (PGHM)" as the PGHM commander or rescue chief', () => {
    const a = parseArticle('T\n\n“The slide was around 400 meters wide,” said Captain Julien Morel, who commands the gendarmerie’s high mountain rescue unit (PGHM) in nearby Bourg-Saint-Maurice.');
    for (const q of ['the PGHM commander', 'the rescue chief']) expect(findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name), q).toEqual(['Julien Morel']);
  });
});

describe('roles readers name in other words', () => {
  it('finds a veterinary officer as "the vet", a resident as "the neighbour", a jockey as "the rider"', () => {
    const a = parseArticle(
      'T\n\nDr Fiona Lister, Wetherby’s senior veterinary officer, gave an update. ‘He was winded,’ she said.\n\n“It was still pretty dark,” said Gary Whitlock, a resident of County Road 12.\n\n‘I couldn’t believe it,’ said Niamh Kavanagh, the winning jockey.',
    );
    const who = (q: string) => findSpeakers(a.speakers, q).map((m) => a.speakers[m.speaker]!.name);
    expect(who('the vet')).toEqual(['Fiona Lister']);
    expect(who('the neighbour')).toEqual(['Gary Whitlock']);
    expect(who('the winning rider')).toEqual(['Niamh Kavanagh']);
  });
});

describe('a body named with where it is based', () => {
  it('leaves "Massachusetts-based" out of "Massachusetts-based Halvern Biotherapeutics"', () => {
    const a = parseArticle('T\n\nThe shot was 81% effective, according to Cambridge, Massachusetts-based Halvern Biotherapeutics. “It works,” the company said.');
    expect(a.speakers.map((s) => s.name)).toEqual(['Halvern Biotherapeutics']);
  });
});

describe('bodies readers name in short', () => {
  it('asks for the Department for Education as "DfE", and an electric cooperative as "the utility"', () => {
    const a = parseArticle(
      'T\n\nIn a statement, the Department for Education said: ‘We have given schools record funding.’\n\n“Crews will work around the clock,” Southern Plains Electric Cooperative said in a statement.',
    );
    expect(findSpeakers(a.speakers, 'DfE').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Department for Education']);
    expect(findSpeakers(a.speakers, 'the utility').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Southern Plains Electric Cooperative']);
  });

  it('keeps "in the city’s finance department" in an unnamed official’s description', () => {
    const a = parseArticle('T\n\nAn official in the city’s finance department, who was not authorized to speak publicly, said the bond payments would cost $2.1 million a year. “That’s real money,” the official said.');
    expect(a.speakers.map((s) => s.name)).toEqual(['An official in the city’s finance department']);
  });
});

describe('what an apposition calls a body', () => {
  it('"Hartwell Mutual, the museum’s insurer," is "the insurer"; "the Foundrymen" is the team of that nickname', () => {
    const a = parseArticle(
      [
        'T',
        'Hartwell Mutual, the museum’s insurer, paid a claim of $1.1 million in December 2023.',
        '“We are delighted that this painting has been recovered,” Hartwell Mutual said in a statement.',
        'The council voted to commit $148 million toward a new ballpark for the Carver City Foundrymen, the city’s Triple-A baseball team.',
        'The Foundrymen said in a statement:',
        '“We are grateful to the City Council.”',
      ].join('\n\n'),
    );
    expect(names('the insurer', a)).toEqual(['Hartwell Mutual']);
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['Hartwell Mutual', 'Carver City Foundrymen']);
  });
});

describe('one of several that someone leads', () => {
  it('"who led the first of four mine rescue teams to go underground" is a mine rescue team leader', () => {
    const a = parseArticle('T\n\n“We could hear them banging on the roof bolts,” said Mark Sizemore, who led the first of four mine rescue teams to go underground.');
    expect(a.speakers[0]!.role).toBe('mine rescue team leader');
    expect(names('the rescue team leader', a)).toEqual(['Mark Sizemore']);
  });
});

describe('whose parent or spouse someone is', () => {
  it('"Darlene Whitt, whose son Cody Whitt, 27, …" is asked for as the mother; "whose husband, Roy Lambert," as the wife', () => {
    const a = parseArticle(
      [
        'T',
        '“It’s the best phone call I’ve ever gotten,” said Darlene Whitt, whose son Cody Whitt, 27, was among the trapped men.',
        'Tasha Lambert, whose husband, Roy Lambert, 41, is a roof bolter at the mine, said she spoke with him twice.',
        '“He said the worst part was not knowing whether we knew they were alive,” she said.',
      ].join('\n\n'),
    );
    expect(names('the mother', a)).toEqual(['Darlene Whitt']);
    expect(names('the wife', a)).toEqual(['Tasha Lambert']);
    expect(names("Roy Lambert's wife", a)[0]).toBe('Tasha Lambert');
    expect(a.speakers[a.quotes[1]!.speaker!]!.name).toBe('Tasha Lambert');
  });
});

describe('an anonymous source is someone, and not the body they talk about', () => {
  it('gives the partial quote in "One senior NHS source said … ‘not credible …’" to the source', () => {
    const a = parseArticle(
      [
        'T',
        'The shadow health secretary, Martin Hale, said the government had ‘run out of excuses’.',
        'One senior NHS source said the trust had been warned in the spring that its recovery plan was ‘not credible and not deliverable’. ‘Everyone knew this was coming,’ the source said.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Martin Hale', 'One senior NHS source', 'One senior NHS source']);
  });

  it('finds the body first, not "a senior source at Northvale", for "Northvale"; the source for "the source at Northvale"', () => {
    const a = parseArticle(
      [
        'T',
        '‘We are sorry to have to introduce these restrictions,’ Northvale Water said in a statement.',
        'A senior source at Northvale, who asked not to be named, said the next few weeks would be critical. ‘Frankly, if July is as dry as May, we will be applying for drought permits,’ the source said.',
      ].join('\n\n'),
    );
    expect(names('Northvale', a)[0]).toBe('Northvale Water');
    expect(names('the source at Northvale', a)[0]).toBe('A senior source at Northvale');
  });
});

describe('bodies readers name by initials the text never writes, and a union by what it does', () => {
  it('finds "MSHA" in a spokeswoman for the Mine Safety and Health Administration, and "the union" in a body that represents workers', () => {
    const a = parseArticle(
      [
        'T',
        'The United Mine Workers of America, which represents about 240 of the mine’s 310 workers, praised the rescuers.',
        'The union said federal records show the mine was cited 37 times.',
        'A spokeswoman for the federal Mine Safety and Health Administration said investigators were on site.',
      ].join('\n\n'),
    );
    expect(names('MSHA', a)).toEqual(['A spokeswoman for the federal Mine Safety and Health Administration']);
    expect(names('UMWA', a)).toEqual(['United Mine Workers of America']);
    expect(names('the union', a)).toEqual(['United Mine Workers of America']);
  });

  it('reads a number with a comma in what a union represents ("about 2,400 staff")', () => {
    const a = parseArticle(
      'T\n\nThe National Teachers’ Alliance, which represents about 2,400 staff at Meridian schools, said it supported the principle of the ban.\n\nIn a statement, the union said: ‘We back any measure that improves behaviour and lets teachers get on with teaching.’',
    );
    expect(a.speakers[a.quotes[0]!.speaker!]!.name).toBe('National Teachers’ Alliance');
  });

  it('finds "the union" in "a group representing about 2,400 employees", and "the watchdog" in an inspectorate', () => {
    const a = parseArticle(
      [
        'T',
        'Lumenfold Workers United, a group representing about 2,400 employees, said many staff had learned of the layoffs from the news.',
        '“People found out from a push notification,” the group said.',
        'A report by the Care Standards Inspectorate, published today, said waiting lists had risen by 11 per cent.',
        '“Patients are being left in pain,” the inspectorate said.',
      ].join('\n\n'),
    );
    expect(names('the union', a)).toEqual(['Lumenfold Workers United']);
    expect(names('the watchdog', a)).toEqual(['Care Standards Inspectorate']);
  });
});

describe('a council member by the district or ward they sit for', () => {
  it('finds "the District 2 council member" in "Voting no were Luis Carrasco of District 2", never District 1\'s member', () => {
    const a = parseArticle(
      [
        'Council passes budget',
        'Huerta-Vance was joined in voting yes by council members Gerald Pruitt of District 1 and Anjali Raman of District 4. Voting no were Luis Carrasco of District 2 and Renée Whitfield of District 5.',
        '“This budget balances the books on the backs of our kids,” Carrasco said.',
        '“We had no good options,” Pruitt said.',
        'Councilman Victor Ashdown, whose Ward 4 includes the warehouse, voted no.',
        '“Nobody showed us the list,” Ashdown said.',
      ].join('\n\n'),
    );
    expect(names('the District 2 council member', a)).toEqual(['Luis Carrasco']);
    expect(names('the District 1 council member', a)).toEqual(['Gerald Pruitt']);
    expect(names('the Ward 4 councilman', a)).toEqual(['Victor Ashdown']);
  });
});

describe('the opposition', () => {
  it('is who speaks for it: the shadow health secretary', () => {
    const a = parseArticle("T\n\nRachel Okafor, the health secretary, said the figures were 'not good enough'.\n\nThe shadow health secretary, Martin Hale, said the government had ‘run out of excuses’.");
    expect(names('the opposition', a)).toEqual(['Martin Hale']);
  });
});

describe('a body whose kind British style writes in lower case', () => {
  it('finds "the Castlebridge and Wyre Valley NHS foundation trust" and takes "the trust said" for it', () => {
    const a = parseArticle(
      [
        'T',
        'The Castlebridge and Wyre Valley NHS foundation trust’s quarterly performance report, published on Wednesday, shows its waiting list reached 58,412.',
        'In a statement, the trust said:',
        '‘We expect to have no patient waiting more than 78 weeks by the end of December.’',
      ].join('\n\n'),
    );
    expect(a.speakers[a.quotes[0]!.speaker!]!.name).toBe('Castlebridge and Wyre Valley NHS foundation trust');
    expect(names('Castlebridge trust', a)).toEqual(['Castlebridge and Wyre Valley NHS foundation trust']);
  });
});

describe('a manager heads what they manage', () => {
  it('finds the Eastmoor manager as "the Eastmoor boss"', () => {
    const a = parseArticle('T\n\n‘Once a player decides he wants to go, you cannot build a dressing room around him,’ said Eastmoor manager Luca Ferrante.\n\n‘This is a statement of intent,’ said Hallington chairman Graham Boult.');
    expect(names('Eastmoor boss', a)[0]).toBe('Luca Ferrante');
  });
});

describe('a compound and its last part', () => {
  it('finds the keeper as "the zookeeper", and no woman as "the councilwoman"', () => {
    const a = parseArticle('T\n\n‘She is tiny but feisty,’ said keeper Tom Beswick.\n\n‘It was awful,’ said a woman who lives nearby.');
    expect(names('the zookeeper', a)).toEqual(['Tom Beswick']);
    expect(names('the councilwoman', a)).toEqual([]);
  });
});

describe('a surname that is someone else\'s middle name', () => {
  it('takes "Ms. Pell" for Marjorie Pell after "her daughter, Claire Pell Whitford", in attribution and in lookups', () => {
    const a = parseArticle(
      [
        'Marjorie Pell, Restaurant Critic, Dies at 84',
        'Marjorie Pell, whose restaurant reviews in The Boston Sentinel could fill a dining room overnight, died on Sunday. She was 84.',
        'The cause was complications of pancreatic cancer, her daughter, Claire Pell Whitford, said.',
        'From 1979 until her retirement in 2008, Ms. Pell wrote more than 1,500 reviews. Of a steakhouse in 1991, she wrote that the sole meunière “tasted like an apology from someone who was not sorry.”',
        '“People imagine she was terrifying at the dinner table, and she was, a little,” Ms. Whitford said.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Marjorie Pell', 'Claire Pell Whitford']);
    expect(names('Pell', a)).toEqual(['Marjorie Pell', 'Claire Pell Whitford']);
  });
});

describe('a live entry\'s time stamp', () => {
  it('does not keep the role before a name from opening its clause', () => {
    const a = parseArticle('T\n\n09:10 Westway’s chief executive, Mark Ellery, has issued a statement. He said: ‘We are disappointed.’');
    expect(names('the chief executive', a)).toEqual(['Mark Ellery']);
  });

  it('is no part of the role the entry opens on', () => {
    const a = parseArticle('T\n\n11:15 The transport minister, Helen Marsh, has urged both sides to return to talks.');
    expect(a.speakers.map((s) => s.role)).toEqual(['transport minister']);
  });
});

describe('a role someone did something as', () => {
  it('"who edited her column as The Sentinel’s food editor from 1988 to 2002" is the food editor', () => {
    const a = parseArticle('T\n\nDaniel Okafor, who edited her column as The Sentinel’s food editor from 1988 to 2002, said she filed clean copy.\n\n“She was usually right,” Mr. Okafor said.');
    expect(a.speakers[0]!.role).toBe('The Sentinel’s food editor');
    expect(names('the food editor', a)).toEqual(['Daniel Okafor']);
  });
});

describe('a newspaper by its name', () => {
  it('finds "The Sentinel" as "the newspaper" and "the paper"', () => {
    const a = parseArticle('T\n\nIn a statement, The Sentinel said: “Marjorie Pell set the standard for what restaurant criticism could be.”');
    expect(names('the newspaper', a)).toEqual(['The Sentinel']);
    expect(names('the paper', a)).toEqual(['The Sentinel']);
  });
});

describe('the role a headline gives the person it names', () => {
  it('finds "Marjorie Pell, Restaurant Critic Who Could Make or Break a Kitchen, Dies at 84" as "the critic"', () => {
    const a = parseArticle('Marjorie Pell, Restaurant Critic Who Could Make or Break a Kitchen, Dies at 84\n\nMarjorie Pell died on Sunday. She was 84.\n\n“A review is a letter to the reader, not to the chef,” Ms. Pell told The Sentinel in 2008.');
    expect(names('the critic', a)).toEqual(['Marjorie Pell']);
  });
});

describe('race results and whose role it is', () => {
  const a = parseArticle(
    [
      'Marathon',
      '“We did not make this call lightly,” said race director Tom Albrecht.',
      '“It was the right decision,” said Dr. Lena Ruiz, the race’s medical director.',
      'Kenya’s Samuel Kiprop won the men’s race. Erin Whitlow, 31, of Boulder, Colorado, won the women’s race in 2:41:09.',
      '“You could feel it coming off the pavement,” Whitlow said.',
    ].join('\n\n'),
  );

  it('finds the race director before the race’s medical director, not tied with her', () => {
    const [first, second] = findSpeakers(a.speakers, 'the race director');
    expect(a.speakers[first!.speaker]!.name).toBe('Tom Albrecht');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('finds the women’s winner past her age and hometown', () => {
    expect(names("the women's winner", a)[0]).toBe('Erin Whitlow');
  });
});

describe('a star and a name that ends like a place', () => {
  it('"Pop star Maren Vale" is a person (her surname is no valley), quoted as "Vale wrote"', () => {
    const a = parseArticle('Tour cancelled\n\nLOS ANGELES — Pop star Maren Vale has canceled all 34 dates of her stadium tour.\n\n“I have tried everything to make this work, and I mean everything,” Vale wrote.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Maren Vale', 'Pop star']]);
    expect(names('the pop star', a)).toEqual(['Maren Vale']);
  });

  it('a verb before a role is no part of it: "He met singer Maren Smith"', () => {
    expect(findNames('He met singer Maren Smith yesterday.').map((m) => m.role)).toEqual(['singer']);
  });
});

describe('a role owned by one word of a longer name', () => {
  const a = parseArticle(
    'Castlebridge Town win the cup\n\nCastlebridge Town beat ten-man Ashworth Rovers 4-3 on penalties at Kingsmead Stadium.\n\n‘I’m so proud of this group,’ said Town manager Gary Mellor.\n\n‘It was a shocking decision,’ said Rovers manager Neil Tranter.',
  );

  it('finds "the Castlebridge manager" and "the Ashworth manager" for "Town manager" and "Rovers manager"', () => {
    expect(names('the Castlebridge manager', a)[0]).toBe('Gary Mellor');
    expect(names('the Ashworth Rovers manager', a)[0]).toBe('Neil Tranter');
    expect(names('the Ashworth manager', a)[0]).toBe('Neil Tranter');
  });
});

describe('"whose father …": whose child someone is', () => {
  const a = parseArticle(
    'Rail report\n\nSiobhan Rourke, whose father, Dennis Rourke, 74, was travelling to a hospital appointment when he died, said the findings confirmed what they had feared.\n\n‘We were told this was a freak accident, an act of nature,’ she said.',
  );

  it('gives her words to her, and finds her as "Dennis Rourke’s daughter" and "the bereaved daughter"', () => {
    expect(a.quotes.map((q) => a.speakers[q.speaker!]?.name)).toEqual(['Siobhan Rourke']);
    expect(names('Dennis Rourke’s daughter', a)[0]).toBe('Siobhan Rourke');
    expect(names('the bereaved daughter', a)[0]).toBe('Siobhan Rourke');
  });
});

describe('people out and about, by what they were doing', () => {
  it('finds "the dog walker" for "spotted by dog walker Margaret Thorne", and a British "co-ordinator"', () => {
    const a = parseArticle(
      'Seal pup rescued\n\nThe pup was spotted by dog walker Margaret Thorne shortly before 7.40am on Sunday.\n\n‘She wasn’t moving much,’ Mrs Thorne said.\n\n‘She was thin,’ said Rachel Ormsby, the charity’s rescue co-ordinator.',
    );
    expect(names('the dog walker', a)[0]).toBe('Margaret Thorne');
    expect(names('the coordinator', a)[0]).toBe('Rachel Ormsby');
  });
});

describe('"council member" written as two words', () => {
  it('finds "City Council member Joan Albright" as "the councilwoman"', () => {
    const a = parseArticle('Diner closes\n\n“It is a loss for the whole street,” said City Council member Joan Albright.');
    expect(names('the councilwoman', a)).toEqual(['Joan Albright']);
  });
});

describe('a role in the words readers use for it', () => {
  it('finds "Commission Chair Ruth Ellingsen" as "the chairwoman", a band\'s singer as "the frontman", a member of staff as "the anonymous worker", "who lives two doors down" as "the neighbor"', () => {
    const hearing = parseArticle('Wolf plan delayed\n\n“We have heard you,” Commission Chair Ruth Ellingsen said near the end of the hearing.');
    expect(names('the chairwoman', hearing)).toEqual(['Ruth Ellingsen']);
    const band = parseArticle('Band reunites\n\n“It took twenty years,” said singer Danny Roper, 52.');
    expect(names('the frontman', band)).toEqual(['Danny Roper']);
    const kitchen = parseArticle('Wedding guests ill\n\n“The fridges had been failing for weeks,” said a member of the kitchen staff, who asked not to be named.\n\n“We are investigating,” said Dr Amy Hale, the council’s health officer.');
    expect(names('the anonymous worker', kitchen)).toEqual(['A member of the kitchen staff']);
    const street = parseArticle('Arson arrest\n\nTammy Ruiz, who lives two doors down, was blunt: “I’m not surprised, and I hate that I’m not surprised.”\n\n“The investigation continues,” said fire chief Tom Avery.');
    expect(names('the neighbor', street)).toEqual(['Tammy Ruiz']);
  });
});

describe('a role asked with what it is of, in the reader\'s words', () => {
  it('finds "owner Gus Pellegrino" as "the hardware store owner" when he is the one owner quoted, not a Conservative candidate as "the Lib Dem candidate"', () => {
    const store = parseArticle(
      'Snow on the way\n\nAt Pellegrino Hardware on Fourth Avenue, the shelves were thin by mid-afternoon.\n\n“Everybody comes in at once,” owner Gus Pellegrino said.\n\n“We are ready,” said Marisol Keane, a meteorologist.',
    );
    expect(names('the hardware store owner', store)).toEqual(['Gus Pellegrino']);
    const count = parseArticle('By-election count\n\n“It is too close to call,” said Conservative candidate Helen Ashdown.\n\n“We will see,” said Janet Pilling, the returning officer.');
    expect(names('the lib dem candidate', count)).toEqual([]);
  });
});

describe('a role asked "of", "for" or "at" a body', () => {
  it('finds the mayor for "the mayor of Kestrel Bay", not the city that also speaks', () => {
    const a = parseArticle(
      [
        'Ice storm',
        'Mayor Anita Desrosiers has declared a local state of emergency in Kestrel Bay.',
        '“If you have somewhere warm to go, go there,” Desrosiers told reporters at city hall.',
        '“About 140 people spent the night in the centres,” Kestrel Bay said in a statement.',
      ].join('\n\n'),
    );
    expect(names('the mayor of Kestrel Bay', a)).toEqual(['Anita Desrosiers']);
    // (The city still, when asked for by its own name, or when no one holds the role asked.)
    expect(names('Kestrel Bay', a)).toEqual(['Kestrel Bay']);
    expect(names('the treasurer of Kestrel Bay', a)).toEqual(['Kestrel Bay']);
  });
});

describe('"who worked under her"', () => {
  it('makes a colleague, as a reader retells an obituary', () => {
    const a = parseArticle(
      [
        'Ruth Kowalczyk, bridge engineer, dies at 88',
        'Ruth Kowalczyk, a structural engineer who kept the Garnet Street bridge open, died on Tuesday.',
        'Walter Einhorn-Pryce, who worked under her at the highway commission from 1978, remembered her as “the most careful engineer I ever met.”',
        '“She was just right, over and over,” Mr. Einhorn-Pryce said.',
      ].join('\n\n'),
    );
    expect(names('her former colleague', a)).toEqual(['Walter Einhorn-Pryce']);
    expect(names('the colleague', a)).toEqual(['Walter Einhorn-Pryce']);
  });
});

describe('"who has coached her since she was 14"', () => {
  it('makes Rob Dumaresq "coach", not "since she was 14 coach"', () => {
    const a = parseArticle('Ashdown retires\n\nShe sat beside Rob Dumaresq, who has coached her since she was 14.\n\n“She’s the most stubborn athlete I’ve ever coached,” Dumaresq said.');
    expect(a.speakers[0]!.role).toBe('coach');
  });
});

describe('a hospital named "… General", and a number after a name', () => {
  it('never reads "Stanmere General, 2,140 outpatient appointments" as a person with the role "140 outpatient appointments"', () => {
    const [hospital] = findNames('At the trust, which runs three hospitals including Stanmere General, 2,140 outpatient appointments were cancelled.');
    expect(hospital!.text).toBe('Stanmere General');
    expect(hospital!.personLike).toBe(false);
    expect(hospital!.role).toBeUndefined();
  });
});

describe('honours and institutions in a life story', () => {
  it('reads "a Guggenheim Fellowship", "the Iowa Writers’ Workshop" and "the Pulitzer Prize" as no one', () => {
    const names = [
      ...findNames('“Ash Street” (1971) earned her a Guggenheim Fellowship, and in 1974 she joined the department.'),
      ...findNames('She enrolled at the Iowa Writers’ Workshop, where she met Robert Ormsby.'),
      ...findNames('It won the National Book Critics Circle Award and the Pulitzer Prize for fiction.'),
    ];
    expect(names.filter((n) => n.personLike).map((n) => n.text)).toEqual(['Robert Ormsby']);
  });
});

describe('a part of a body opening the sentence', () => {
  it('reads "Shares of Harwell & Finch fell" as Harwell & Finch, never a body called "Shares of Harwell & Finch"', () => {
    const a = parseArticle(
      'Breach\n\nShares of Harwell & Finch fell 8.6% to $21.40 in afternoon trading.\n\nThe retailer said in a statement that it was “working around the clock” with investigators.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Harwell & Finch']);
  });
});

describe('a title given after "has been"', () => {
  it('makes "Teresa Vandermolen has been chief executive of Meridian Coast Airlines for 11 months" the chief executive, whom "the chief executive said" finds', () => {
    const a = parseArticle(
      [
        'Airline boss',
        'Teresa Vandermolen has been chief executive of Meridian Coast Airlines for 11 months.',
        'Fares have climbed faster than the industry’s.',
        '“I understand the frustration, I really do,” the chief executive said.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Teresa Vandermolen')?.role).toBe('chief executive of Meridian Coast Airlines');
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Teresa Vandermolen']);
  });
});

describe('two abbreviated ranks before a name', () => {
  it('reads "said Lt. Cmdr. Brian Tulley of the Coast Guard" as Brian Tulley, not "Lt. Cmdr"', () => {
    const a = parseArticle('Bridge\n\n“The river was running high and fast,” said Lt. Cmdr. Brian Tulley of the Coast Guard’s river sector.');
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Brian Tulley']);
  });
});

describe('a transport company', () => {
  it('makes "Wexford Marine Transport" a company, so "the company said" is its', () => {
    const a = parseArticle(
      [
        'Barge strike',
        'The barge’s owner, Wexford Marine Transport, said it was cooperating fully with the Coast Guard.',
        '“We deeply regret the disruption this has caused,” the company said.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Wexford Marine Transport']);
  });
});

describe('a gender asked for', () => {
  it('finds the mother for "the mum" and the father for "the dad", of two parents', () => {
    const a = parseArticle(
      [
        'School to close for strike',
        'Kerry Walsh, a parent, said she supported the staff but was worried about losing pay. ‘I can’t take three days off,’ she said.',
        'Another parent, Daniel Okoro, said he felt children were being used in a dispute. ‘My son has exams in May,’ he said.',
      ].join('\n\n'),
    );
    expect(names('the mum', a)[0]).toBe('Kerry Walsh');
    expect(names('the dad', a)[0]).toBe('Daniel Okoro');
    expect(a.speakers.find((s) => s.name === 'Kerry Walsh')?.gender).toBe('f');
  });
});

describe('someone described by their age and what they do', () => {
  it('gives "The 34-year-old high school teacher from Columbus, Ohio, said …" to the person just named, who is then "the teacher"', () => {
    const a = parseArticle(
      [
        'Phone recall',
        'For Derek Omondi, the recall comes about two months too late. The 34-year-old high school teacher from Columbus, Ohio, said he woke around 3 a.m. to the smell of burning plastic.',
        '“It was hissing,” Omondi said.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Derek Omondi']);
    expect(names('the teacher', a)[0]).toBe('Derek Omondi');
  });

  it('gives "The 27-year-old singer announced …" to the pop star, not to "her North American tour"', () => {
    const a = parseArticle(
      [
        'Tour cancelled',
        'LOS ANGELES — Pop star Maren Vale has canceled all 34 dates of her North American stadium tour, saying she needs surgery.',
        'The 27-year-old singer announced the decision late Tuesday, writing that doctors had found a polyp on her vocal cord.',
        '“I am heartbroken,” Vale wrote.',
      ].join('\n\n'),
    );
    expect(names('the singer', a)[0]).toBe('Maren Vale');
  });
});

describe('an age asked for', () => {
  it('must be the speaker’s: "the 91-year-old" is not the 21-year-old or the 33-year-old', () => {
    const a = parseArticle(
      [
        'A degree at 91',
        'Her grandson, Tom Ellery, 33, a software tester, set her up with a laptop. “She is stubborn,” he said.',
        '“She’d bring a tin of flapjack,” said Priya Mehta, 21, a fellow student.',
        'Jean Carr, 91, a retired nurse, said: “I loved every minute.”',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the 91-year-old').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Jean Carr']);
    expect(findSpeakers(a.speakers, 'the 45-year-old')).toEqual([]);
  });
});

describe('someone the text says lives on a street', () => {
  it('is "the resident" and "the Marlstone Road resident"; a US hometown (", of Maumee,") is not', () => {
    const a = parseArticle(
      [
        'Protest',
        'Graham Tilley, 67, a retired lorry driver who has lived on Marlstone Road for 31 years, said he had watched the disorder from his front window.',
        '“It was frightening,” Tilley said.',
        'Dana Ruiz, 45, of Maumee, said she stayed away. “I kept the kids in,” Ruiz said.',
      ].join('\n\n'),
    );
    const who = (asked: string) => speakersAskedFor(a, asked);
    expect(who('the resident')).toEqual(['Graham Tilley']);
    expect(who('the Marlstone Road resident')[0]).toBe('Graham Tilley');
  });
});

describe('a role in lower case between a place and a name', () => {
  it('"Cragmouth harbour master Rachel Ogundipe" is the harbour master', () => {
    const a = parseArticle(
      ['Trawler sinks', 'Cragmouth harbour master Rachel Ogundipe said the sinking posed no danger to shipping.', '‘The wreck is well clear of the channel,’ said Ms Ogundipe.'].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the harbour master')).toEqual(['Rachel Ogundipe']);
  });
});

describe('roles the text gives in passing', () => {
  const a = parseArticle(
    [
      'Upset',
      '‘My coach kept saying the same thing,’ Callum Ashdown said.',
      'That coach is Marguerite Okafor, who has worked with Ashdown since he was 12. ‘He listens,’ she said.',
      '“I started here in the stockroom,” said Loretta Pauley, 57, who has worked at the store for 38 years and now manages the cosmetics counter.',
      '“Everybody out here already knew,” said Dale Huffstetler, 58, who runs about 450 cow-calf pairs.',
      'The Nevada Division of Game and Habitat said it had collared two wolves. “This is historic,” the division said.',
    ].join('\n\n'),
  );
  const who = (asked: string) => speakersAskedFor(a, asked);

  it('"That coach is Marguerite Okafor" makes her the coach', () => {
    expect(who('the coach')[0]).toBe('Marguerite Okafor');
  });

  it('"has worked at the store … and now manages the cosmetics counter" makes her its manager; running cattle heads nothing', () => {
    expect(who('the cosmetics counter manager')[0]).toBe('Loretta Pauley');
    expect(a.speakers.find((s) => s.name === 'Dale Huffstetler')?.role).toBeUndefined();
  });

  it('reads "the Nevada Division of Game and Habitat" as a body, "the division"', () => {
    expect(speakerOfQuote(a, 'This is historic')).toBe('Nevada Division of Game and Habitat');
  });
});

describe('unnamed sources described before they ask not to be named', () => {
  const a = parseArticle(
    [
      'Satellite',
      'One person who worked on the programme, who asked not to be named because they were not authorised to speak publicly, said the delay had been bruising.',
      'A person involved in the production’s finances, who spoke on condition of anonymity, said the running costs had climbed.',
      'Harcastle Brewery put the pub up for sale in 2023. In a statement, the brewery said: ‘We are delighted that the pub will stay open.’',
    ].join('\n\n'),
  );
  const who = (asked: string) => speakersAskedFor(a, asked);

  it('are sources, and known by what the text says of them', () => {
    expect(who('the anonymous source')).toEqual(expect.arrayContaining(['One person', 'A person']));
    expect(who('the person who worked on the programme')[0]).toBe('One person');
  });

  it('"Harcastle Brewery" is a company that "the brewery" speaks for', () => {
    expect(speakerOfQuote(a, 'We are delighted')).toBe('Harcastle Brewery');
  });
});

describe('a British police rank by its initials', () => {
  it('"DI Okonjo" is Detective Inspector Rachel Okonjo, not someone new; "di" in a surname is no title', () => {
    const a = parseArticle(
      [
        'Robbery',
        'Detective Inspector Rachel Okonjo, who is leading the investigation, said: ‘This was a terrifying ordeal.’',
        'DI Okonjo said officers were going through footage from more than 30 premises.',
        '‘It was quick,’ said Marco di Salvo, who runs the café opposite.',
      ].join('\n\n'),
    );
    expect(speakersOfQuotes(a)).toEqual(['Rachel Okonjo', 'Marco di Salvo']);
    expect(a.speakers.map((s) => s.name)).not.toContain('DI Okonjo');
    expect(speakersAskedFor(a, 'DI Okonjo')[0]).toBe('Rachel Okonjo');
  });
});

describe('a role with a party the text had not yet given', () => {
  it('"the Liberal Democrat councillor" after "Cllr Tom Pryce-Whitley, who represents …" is him, and readers may ask for him so', () => {
    const a = parseArticle(
      [
        'Homes',
        'Cllr Tom Pryce-Whitley, who represents Thornbury Green ward, said the roads were full.',
        '‘This is the wrong site,’ the Liberal Democrat councillor said.',
        'Sen. Dale Whitcomb, who sponsored the bill, spoke first. Whitcomb countered that many districts already have storage for phones.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'wrong site')).toBe('Tom Pryce-Whitley');
    expect(speakersAskedFor(a, 'the Liberal Democrat councillor')[0]).toBe('Tom Pryce-Whitley');
    expect(a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text])).toContainEqual(['Dale Whitcomb', 'Whitcomb countered that many districts already have storage for phones.']);
  });
});

describe('a federal courtroom: the prosecutors and the defence', () => {
  const a = parseArticle(
    [
      'Sentencing',
      'Five former employees sat in the front row.',
      'Assistant U.S. Attorney Michael Strand told the judge that the money was spent at a casino.',
      '“This was not a moment of weakness,” Strand said.',
      'Kowalczyk’s attorney, Leonard J. Beck, argued for 41 months.',
      '“Nobody in this courtroom is saying Denise is not responsible,” Beck said.',
      'U.S. Attorney Gregory T. Villanueva-Marsh said in a statement: “People who give to a food bank are trusting us.”',
      'U.S. District Judge Patricia Okonkwo-Hale ordered Kowalczyk to serve 78 months.',
      'Asked whether Beck’s client could ever repay the money, the judge was blunt: “Every dollar of it.”',
    ].join('\n\n'),
  );

  it('keeps the country in a title ("Assistant U.S. Attorney"), and a count opening a sentence names no one', () => {
    expect(a.speakers.find((s) => s.name === 'Michael Strand')?.role).toBe('Assistant U.S. Attorney');
    expect(a.speakers.find((s) => s.name === 'Gregory T. Villanueva-Marsh')?.role).toBe('U.S. Attorney');
    expect(a.speakers.map((s) => s.name)).not.toContain('Five former');
    expect(speakersAskedFor(a, 'the assistant U.S. attorney')[0]).toBe('Michael Strand');
  });

  it('"the defense attorney" and "her lawyer" are the defendant’s lawyer, never a prosecutor', () => {
    expect(speakersAskedFor(a, 'the defense attorney')).toEqual(['Leonard J. Beck']);
    expect(speakersAskedFor(a, 'her lawyer')[0]).toBe('Leonard J. Beck');
  });

  it('"Asked whether Beck’s client …, the judge was blunt:" is the judge’s, not Beck’s', () => {
    expect(speakerOfQuote(a, 'Every dollar')).toBe('Patricia Okonkwo-Hale');
  });
});

describe('a long opening phrase naming a body, before the writer', () => {
  it('"In a handwritten note released by the Foreign Ministry on Thursday, Rehn wrote:" is Rehn’s', () => {
    const a = parseArticle(
      [
        'Swap',
        'Among those freed was Tomas Rehn, 34, a logistics coordinator.',
        'In a handwritten note released by the Veltrian Foreign Ministry on Thursday afternoon, Rehn wrote: “Thank you to everyone who did not forget me.”',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Thank you')).toBe('Tomas Rehn');
  });
});

describe('roles the text gives in passing', () => {
  const a = parseArticle(
    [
      'Count and counts',
      'The result was declared at 3.12am by the returning officer, Helen Cartwright-Odell, the chief executive of Marlbury District Council.',
      '‘Every bundle was checked and every figure stood,’ the returning officer said.',
      'Callum Brereton made 52 and the Durham captain, Ross Maitland, was imperious. ‘We let it go,’ said Maitland.',
      'At the Coldbrook Livestock Auction, owner Dale Pruitt said the barn sold 4,860 head last week.',
      'Pacewell, the Portland, Oregon, company behind the fitness app RouteMate, said the breach was contained. Danielle Okafor-Reyes, Pacewell’s chief security officer, said: ‘We own this completely.’',
    ].join('\n\n'),
  );

  it('"the returning officer, Helen Cartwright-Odell, the chief executive of …" is both, and speaks as either', () => {
    expect(speakerOfQuote(a, 'Every bundle')).toBe('Helen Cartwright-Odell');
    expect(speakersAskedFor(a, 'the returning officer')[0]).toBe('Helen Cartwright-Odell');
  });

  it('"… and the Durham captain, Ross Maitland," is the Durham captain', () => {
    expect(speakersAskedFor(a, 'the Durham captain')[0]).toBe('Ross Maitland');
  });

  it('"At the Coldbrook Livestock Auction, owner Dale Pruitt" is the auction’s owner', () => {
    expect(speakersAskedFor(a, 'the auction barn owner')[0]).toBe('Dale Pruitt');
  });

  it('"Pacewell, the Portland, Oregon, company behind …" is a company, not Oregon; "Pacewell’s CSO" is its chief security officer', () => {
    expect(a.speakers.map((s) => s.name)).toContain('Pacewell');
    expect(a.speakers.map((s) => s.name)).not.toContain('Oregon');
    expect(speakersAskedFor(a, 'Pacewell’s CSO')[0]).toBe('Danielle Okafor-Reyes');
  });
});

describe('a scientist’s two roles, a field with "and" in it, and a glacier that says nothing', () => {
  const a = parseArticle(
    [
      'Glacier',
      '“What we found was a glacier that is coming apart,” said Leah Marchbanks, a glaciologist at Westmark University in Bellingham, Wash., and the study’s lead author.',
      'Another co-author, Priya Raghunathan of the Boulder Earth Observation Lab, who led the satellite analysis, put it this way in an email: “The models were wrong about the plumbing.”',
      'Corvin Glacier has retreated 4 kilometers since 2003.',
      'Asked whether the Corvin could stabilize, Marchbanks hedged.',
      '“Possibly, if it retreats onto higher ground,” she said.',
      '“Every glacier has its own personality,” said Dr. Samuel K. Oyelaran-Price, a professor of earth and planetary sciences at Lakehurst University who was not involved in the research.',
    ].join('\n\n'),
  );

  it('"…, Wash., and the study’s lead author" is a second role of hers', () => {
    expect(speakersAskedFor(a, 'the lead author')[0]).toBe('Leah Marchbanks');
  });

  it('"she said" is never a glacier’s', () => {
    expect(speakerOfQuote(a, 'Possibly')).toBe('Leah Marchbanks');
    expect(a.speakers.map((s) => s.name)).not.toContain('Corvin Glacier');
  });

  it('"a professor of earth and planetary sciences at Lakehurst University" keeps the university', () => {
    expect(speakersAskedFor(a, 'the Lakehurst University professor')[0]).toBe('Samuel K. Oyelaran-Price');
  });
});

describe('a transfer story: a club by its initials, a statement that reads, an epithet for the player', () => {
  const a = parseArticle(
    [
      'Record signing',
      'CASTLEBRIDGE CITY have smashed their club record to land Luka Brankovic from Dutch side FC Drechtstad.',
      'And boss Ross Dunleavy was beaming.',
      'Brankovic has scored 27 goals in 34 games for Drechtstad this season.',
      'He was named Player of the Month, and becomes City’s fourth signing after goalkeeper Ivo Marinov and teenage winger Callum Reid.',
      'The 6ft 3in frontman, who grew up in Novi Sad, will wear the No 9 shirt.',
      'He said: ‘This is a dream for me and for my family.’',
      'Drechtstad confirmed the sale in a statement on their website late tonight.',
      '‘FC Drechtstad can confirm that Luka Brankovic has completed a permanent transfer,’ the statement read.',
    ].join('\n\n'),
  );

  it('"FC Drechtstad" is a club, and "the statement read" is its', () => {
    expect(speakerOfQuote(a, 'can confirm')).toBe('FC Drechtstad');
  });

  it('"He said:" after "The 6ft 3in frontman …" goes back to the player the epithet stands for', () => {
    expect(speakerOfQuote(a, 'This is a dream')).toBe('Luka Brankovic');
  });

  it('a football "boss" is the manager', () => {
    const b = parseArticle(['Boss', 'Boss Ross Dunleavy said: ‘Luka is exactly what we have been missing.’'].join('\n\n'));
    expect(speakersAskedFor(b, 'the manager')[0]).toBe('Ross Dunleavy');
  });
});

describe('a co-author named with where she works, who puts it some way', () => {
  const a = parseArticle(
    [
      'Study',
      'Another co-author, Priya Raghunathan of the Boulder Earth Observation Lab, who led the satellite analysis, put it this way in an email: “The models were wrong about the plumbing.”',
      'According to Raghunathan, the satellite record shows the glacier was stable until 2003, when its front began to creep back.',
      'The lead author, Leah Marchbanks, is a glaciologist.',
      'The lead author put it simply: “We’re not trying to be alarmist.”',
    ].join('\n\n'),
  );

  it('"Another co-author, Priya Raghunathan of the Boulder …," is the co-author, and her words are hers', () => {
    expect(speakerOfQuote(a, 'plumbing')).toBe('Priya Raghunathan');
    expect(speakersAskedFor(a, 'the co-author')[0]).toBe('Priya Raghunathan');
  });

  it('"The lead author put it simply:" is the lead author’s', () => {
    expect(speakerOfQuote(a, 'alarmist')).toBe('Leah Marchbanks');
  });
});

describe('a bare executive title in a story about one company', () => {
  it('"Chief Executive Officer Catherine Ellery-Vance" is the Marden & Finch CEO, and the company still speaks for itself', () => {
    const a = parseArticle(
      [
        'Bankruptcy',
        'Marden & Finch filed for bankruptcy on Tuesday. Marden & Finch said it would close 40 stores.',
        '“This is not the outcome any of us wanted,” Chief Executive Officer Catherine Ellery-Vance said in a written statement.',
        'Marden & Finch said the stores would close by March. “We thank our customers,” the company said.',
        '“We’re disappointed,” said Howard Baptiste, Peregrine’s chief executive.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the Marden & Finch CEO')[0]).toBe('Catherine Ellery-Vance');
    expect(speakersAskedFor(a, 'Marden & Finch’s chief executive')[0]).toBe('Catherine Ellery-Vance');
    expect(speakersAskedFor(a, 'Marden & Finch')[0]).toBe('Marden & Finch');
  });
});

describe('a mission story: an engineer kept anonymous, an officer of a directorate, a statement after her name', () => {
  const a = parseArticle(
    [
      'Orbit',
      'Marcus Oyelaran, the mission’s lead navigation engineer, said the burn went well.',
      'The arrival followed what one JPL engineer described as “a nervous couple of weeks” in January.',
      '“Nobody wanted to say it out loud,” said the engineer, who worked on the orbit-insertion sequence and asked not to be named because they were not authorized to speak to reporters.',
      'Dr. Nicole R. Bramwell-Aguirre, associate administrator for NASA’s Science Mission Directorate, praised the team in a statement released shortly after 6 a.m.',
      '“Wayfarer has traveled nearly 3 billion kilometers to reach a world no one has ever seen up close.”',
    ].join('\n\n'),
  );

  it('"what one JPL engineer described as" and "said the engineer, who … asked not to be named" are the unnamed engineer, not the named one', () => {
    expect(speakerOfQuote(a, 'nervous couple')).toBe('One JPL engineer');
    expect(speakerOfQuote(a, 'Nobody wanted')).toBe('One JPL engineer');
  });

  it('the statement paragraph after "Dr. …, associate administrator for NASA’s Science Mission Directorate, praised … in a statement" is hers', () => {
    expect(speakerOfQuote(a, 'Wayfarer has traveled')).toBe('Nicole R. Bramwell-Aguirre');
  });
});

describe('the only company a story names', () => {
  it('is whose a bare "chief executive" is: "the airport boss"', () => {
    const a = parseArticle(
      [
        'Runway',
        'Westmoor Airport Ltd, the company that runs the airport, said it wants a second runway.',
        'The chief executive, Simon Achterberg, told the inquiry that the airport would reach its cap by 2028.',
        '‘We are not asking for a blank cheque,’ Achterberg said.',
        'Darren Kettley, who runs a coach hire firm, said: ‘It is good for business.’',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the airport boss')[0]).toBe('Simon Achterberg');
  });
});

describe('a lead that names its subject by role, then by name in the next paragraph', () => {
  it('"The artistic director of the Maltings Playhouse has resigned …" ¶ "Nadia Ferreira-Holt, who has led …": one person', () => {
    const a = parseArticle(
      [
        'Maltings Playhouse director resigns after grant cut',
        'Nadia Ferreira-Holt quits Kettleby venue as two autumn shows are cancelled',
        'Helen Ashdown, Arts correspondent\nTue 4 Mar 2025 17.42 GMT',
        'The artistic director of the Maltings Playhouse in Kettleby has resigned over a 40% cut to its funding, warning that the decision will leave the venue ‘unable to make the work it exists to make’.',
        'Nadia Ferreira-Holt, who has led the 340-seat theatre since 2017, told staff of her decision on Monday.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'unable to make')).toBe('Nadia Ferreira-Holt');
    expect(speakersAskedFor(a, 'the artistic director')[0]).toBe('Nadia Ferreira-Holt');
    expect(a.speakers.map((s) => s.name)).not.toContain('Helen Ashdown');
  });
});

describe('an epithet with a nationality and an apposition', () => {
  const a = parseArticle(
    [
      'Upset',
      'Three weeks ago, Arvid Kjellberg was sleeping on a friend’s couch in Astoria.',
      'The 22-year-old Swede, a qualifier ranked 176th, upset No. 3 seed Mateo Serrano in five sets.',
      '“I think I closed my eyes on the match point,” Kjellberg said.',
      'PC Lauren Doyle, a forensic collision investigator, told the court the lorry was slow.',
      'The driver, a 51-year-old man from Leicester, was arrested at the scene.',
    ].join('\n\n'),
  );

  it('"The 22-year-old Swede, a qualifier ranked 176th, upset …" describes Kjellberg: "the Swede", "the qualifier"', () => {
    expect(speakersAskedFor(a, 'the qualifier')[0]).toBe('Arvid Kjellberg');
    expect(speakersAskedFor(a, 'the Swede')[0]).toBe('Arvid Kjellberg');
  });

  it('"The driver, a 51-year-old man …, was arrested" is someone new, not the investigator before', () => {
    expect(a.speakers.find((s) => s.name === 'Lauren Doyle')?.aliases).not.toContain('driver');
  });
});

describe('two abbreviated ranks, and a trainer named after where he trains', () => {
  it('"…,” Maj. Gen. Aziz Faramarzi-Nadir, director of …, told reporters" is his', () => {
    const a = parseArticle(['Quake', '“We are still in the first hours of this disaster,” Maj. Gen. Aziz Faramarzi-Nadir, director of the National Disaster Response Agency, told reporters.'].join('\n\n'));
    expect(speakerOfQuote(a, 'first hours')).toBe('Aziz Faramarzi-Nadir');
  });

  it('"trained in Newmarket by Hugo Lestrange" makes him the trainer "the trainer said" means', () => {
    const a = parseArticle(
      [
        'Cup',
        'The winner was trained by Jo Pennock, the Middleham trainer.',
        'Marine Drive, trained in Newmarket by Hugo Lestrange, finished fifth.',
        'Lestrange was philosophical. ‘He was never really travelling,’ the trainer said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'never really travelling')).toBe('Hugo Lestrange');
  });
});

describe('a body named only in describing its spokeswoman', () => {
  it('"A Crown Mail spokeswoman said: …" then "The company said in a statement …": the company is Crown Mail', () => {
    const a = parseArticle(
      [
        'Dog attack',
        'The prosecutor said Crown Mail had twice suspended deliveries to the address.',
        'A Crown Mail spokeswoman said: ‘Karen is a much-loved member of our team.’',
        'The company said in a statement that there had been 1,640 dog attacks on its staff.',
        '‘Any dog can bite,’ the statement said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Any dog can bite')).toBe('Crown Mail');
    expect(a.speakers.map((s) => s.name)).not.toContain('The company');
  });
});

describe("a player's position is a role", () => {
  it('"captain and centre-back Evan Kilkelly", "scrum-half Tom Pryce": the centre-back and the scrum-half', () => {
    const a = parseArticle(
      [
        'Final',
        'Fahy finished a long delivery from captain and centre-back Evan Kilkelly.',
        '‘We got out of jail a bit,’ Kilkelly said.',
        'Scrum-half Tom Pryce was relieved. ‘We were poor for an hour,’ Pryce said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the centre-back')).toBe('Evan Kilkelly');
    expect(firstSpeakerAskedFor(a, 'the scrum-half')).toBe('Tom Pryce');
  });
});

describe('one of a group the sentence before names', () => {
  const a = parseArticle(
    [
      'Council budget',
      'Thirty-seven residents addressed council during the public delegation portion of the meeting. Lorraine Pelletier, 74, a retired nurse from Ward 2, told councillors: “I have lived in my house for 41 years.”',
      'Among crew members, the mood appeared hardened. A deckhand with 20 years’ service, who asked not to be named, said: ‘I’ve never voted for a strike.’',
      '‘It’s a square ball every day,’ said former Clare All-Ireland winner and Sunday Game analyst Declan Whelehan.',
    ].join('\n\n'),
  );

  it('"Thirty-seven residents addressed council. Lorraine Pelletier …": the resident', () => {
    expect(firstSpeakerAskedFor(a, 'the resident')).toBe('Lorraine Pelletier');
  });

  it('"Among crew members, … A deckhand, who asked not to be named, said": the crew member, unnamed as he is', () => {
    expect(firstSpeakerAskedFor(a, 'the crew member')).toBe('A deckhand');
  });

  it('a broadcaster\'s analyst is the pundit', () => {
    expect(firstSpeakerAskedFor(a, 'the pundit')).toBe('Declan Whelehan');
  });
});

describe('round e78: counted speakers, titles and bodies after a titled name', () => {
  it('"one grandmother told the board" is an unnamed speaker, known as "the grandmother"', () => {
    const a = parseArticle(['Books vote', 'The board met on Monday to discuss the books.', '“My grandson is nine. He shouldn’t stumble onto this stuff at recess,” one grandmother told the board.'].join('\n\n'));
    expect(speakerOfQuote(a, 'My grandson is nine')).toBe('One grandmother');
    expect(firstSpeakerAskedFor(a, 'the grandmother')).toBe('One grandmother');
  });

  it('"One councillor who backed the cut, and who asked not to be named," is a source, not the councillor named before', () => {
    const a = parseArticle(['Lights', 'Owen Tasker, an independent councillor, said he would table a motion.', 'One councillor who backed the cut, and who asked not to be named, said: ‘People are furious with us now, but they would be a lot more furious if their council tax went up.’'].join('\n\n'));
    expect(speakerOfQuote(a, 'People are furious')).toBe('One councillor');
  });

  it('"said the leader of Tarnshire County Council, Councillor Dr Priya Ramaswamy-Holt" is her, not the council', () => {
    const a = parseArticle(['Airport', 'The airport is owned by Tarnshire County Council.', '‘We have known for some time that this route was fragile,’ said the leader of Tarnshire County Council, Councillor Dr Priya Ramaswamy-Holt.'].join('\n\n'));
    expect(speakerOfQuote(a, 'We have known')).toBe('Priya Ramaswamy-Holt');
  });

  it('"she said" after "Dr. Helen Marchetti-Vance, Corvane’s chairman" is her: chairman says nothing of gender', () => {
    const a = parseArticle(['Drugmaker', 'Corvane cut its outlook on Wednesday.', '“We did not meet our own standard,” said Dr. Helen Marchetti-Vance, Corvane’s chairman and chief executive, on a call with analysts.', 'Dr. Marchetti-Vance said the line was running again. She said prescriptions had reached 410,000.', '“We are spending $3.1 billion on a new plant,” she said.'].join('\n\n'));
    expect(speakerOfQuote(a, 'We are spending')).toBe('Helen Marchetti-Vance');
  });

  it('"the group wrote" after "Senior Staff Attorney Constance Abernathy-Whitlock of the Great Lakes Civil Liberties Union" is that union', () => {
    const a = parseArticle(['Books vote', 'The Tri-County School Librarians Association said in a statement that the books should stay.', '“The First Amendment doesn’t stop at the schoolhouse door,” said Senior Staff Attorney Constance Abernathy-Whitlock of the Great Lakes Civil Liberties Union.', 'In a letter to board members, the group wrote: “A school board may not remove books from a library simply because it dislikes the ideas they contain.”'].join('\n\n'));
    expect(speakerOfQuote(a, 'A school board may not')).toBe('Great Lakes Civil Liberties Union');
  });

  it('one word of a judgement after "described … as" is a quote; a quoted noun phrase before "without" is no label', () => {
    const a = parseArticle(['Ban', 'Judge Anthony Pemberton-Strachan chaired the panel.', 'He described Brereton’s account of why he had used his brother’s details as “unconvincing”.', 'The panel said the illness was a “significant mitigating factor” without which the ban would have been longer.'].join('\n\n'));
    expect(a.quotes.map((q) => q.text)).toEqual(['unconvincing', 'significant mitigating factor']);
  });
});

describe('round e78: roles before a titled name, a field’s prefix, a lead’s unnamed subject named next', () => {
  it('"The bill’s sponsor, Republican Sen. Rebecca Thornbury of Olathe," is the sponsor', () => {
    const a = parseArticle(['Age checks', 'The bill’s sponsor, Republican Sen. Rebecca Thornbury of Olathe, a former middle school counselor, said she wrote it after hearing from parents.', '“These companies have known for years,” Thornbury said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the bill sponsor')).toBe('Rebecca Thornbury');
  });

  it('"a former pharmaceutical biostatistician" is a role: a field’s prefix before a profession', () => {
    expect(findNames('The problems were spotted by Priya Venkataraman, a former pharmaceutical biostatistician in Raleigh, who writes a blog.')[0]?.role).toBe('former pharmaceutical biostatistician in Raleigh');
  });

  it('"A mother-of-three … has told a court" then "Kerry Ashdown, 38, appeared …": she is the mother', () => {
    const a = parseArticle(['Eviction hearing', 'A mother-of-three facing eviction has told a court her landlord left the family living with black mould.', 'Kerry Ashdown, 38, appeared at Wrexford County Court on Tuesday.', '‘I’m not saying I don’t owe money,’ Mrs Ashdown said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the mother')).toBe('Kerry Ashdown');
  });
});

describe('a body an apposition calls an app', () => {
  it('"Stridelane, the running and cycling app that bills itself …, said" is the company "the company" means later', () => {
    const a = parseArticle(
      [
        'App exposed users’ data',
        'Stridelane, the running and cycling app that bills itself as “the training partner that never sleeps,” said Tuesday that a misconfigured server left the data of 6.1 million users open.',
        'The data sat in an unprotected bucket until Sept. 5, according to a notice posted on Stridelane’s website.',
        'In its notice to users, the company said it had found “no evidence that the exposed information has been misused” so far.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'no evidence that the exposed')).toBe('Stridelane');
  });
});

describe('a one-word body its own sentence calls "its"', () => {
  it('"Acas says … at its offices" is a body, and "the conciliation service" after it is Acas', () => {
    const a = parseArticle(
      [
        'Ferry strike',
        'Ferry workers walked out on Friday.',
        'Acas says both sides have agreed to attend talks at its offices in Cardiff on Monday. The conciliation service described the talks as ‘a positive step’ but would not comment further.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'a positive step')).toBe('Acas');
  });

  it('leaves "Analysts said … its" to the analysts: a noun for people is no name', () => {
    const a = parseArticle(['Rate rise', 'The central bank raised rates on Tuesday.', 'Analysts said the bank had lost its nerve in the spring, calling the rise “a necessary, if belated, course correction”.'].join('\n\n'));
    expect(a.speakers.map((s) => s.name)).not.toContain('Analysts');
  });
});

describe('a body by the first words of its name', () => {
  const breach = () =>
    parseArticle(
      [
        'Credit union breach',
        'Prairie Meridian says loan files sat on an unsecured server for six months',
        'Prairie Meridian Credit Union said Tuesday that personal information belonging to about 212,400 members had been exposed online.',
        'The attorney general’s office said it had opened an inquiry. “We are reviewing whether Prairie Meridian notified affected residents as quickly as the law requires,” the office said in a statement.',
        'He said the server had been set up by Clearpath Lending Systems, an outside vendor.',
        'Prairie Meridian said its records show the first contact came on Aug. 14.',
        'Chief Financial Officer Lena Sorensen said Prairie Meridian expects the breach to cost $4.2 million. Prairie Meridian reported net income of $18.7 million last year.',
        '“It is a meaningful cost for an institution of our size,” Ms. Sorensen said.',
      ].join('\n\n'),
    );

  it('"Prairie Meridian says …" is Prairie Meridian Credit Union, one speaker', () => {
    const a = breach();
    expect(a.speakers.map((s) => s.name)).not.toContain('Prairie Meridian');
    expect(a.reported.filter((r) => a.speakers[r.speaker]!.name === 'Prairie Meridian Credit Union').length).toBeGreaterThanOrEqual(3);
  });

  it('"the office said" after "The attorney general’s office said …" is that office', () => {
    expect(speakerOfQuote(breach(), 'We are reviewing whether')).toBe('The attorney general’s office');
  });

  it('a bare "Chief Financial Officer" is not the vendor’s, the one company a credit union story names', () => {
    const sorensen = breach().speakers.find((s) => s.name === 'Lena Sorensen')!;
    expect(sorensen.aliases.some((x) => x.includes('clearpath'))).toBe(false);
  });

  it('leaves a club apart from its supporters’ trust', () => {
    const a = parseArticle(
      [
        'Transfer collapses',
        'Northcote United said the move was off. “We wish the player well,” Northcote United said.',
        'The Northcote United Supporters’ Trust said it was “deeply concerned” by the club’s handling of the move.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We wish the player')).toBe('Northcote United');
  });
});

describe('titles in a list of names', () => {
  it('"Councilwomen Gloria Santangelo and …" is a councilwoman; "Councilwoman Patrice Delgado, Councilman Howard Lisk and …" are three', () => {
    const found = findNames('Voting yes were Councilwomen Gloria Santangelo and Amy Reuter-Kincaid. Councilwoman Patrice Delgado, Councilman Howard Lisk and Councilwoman Jeanette Moody voted no.');
    const role = (name: string) => found.find((m) => m.text === name);
    expect(role('Gloria Santangelo')?.role).toBe('Councilwoman');
    expect(role('Patrice Delgado')?.role).toBe('Councilwoman');
    expect(role('Patrice Delgado')?.alsoRole).toBeUndefined();
    expect(role('Jeanette Moody')?.role).toBe('Councilwoman');
  });

  it('keeps a body’s name with "and" in a title: "Police and Crime Commissioner Gareth Pryce"', () => {
    expect(findNames('North Marches Police and Crime Commissioner Gareth Pryce said the case was deeply disappointing.').find((m) => m.text === 'Gareth Pryce')?.role).toBe('Police and Crime Commissioner');
  });
});

describe('an elder', () => {
  it('"Augustine Kerepa, 78, the senior clan elder of Kesiwari," is "the elder"; "Elder County" stays a place', () => {
    const a = parseArticle(['Carvings go home', 'Its author was Augustine Mavu Tamoane Kerepa, 78, the senior clan elder of Kesiwari, who traveled to Brennerton.', '“They have been waiting,” Kerepa said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the elder')).toBe('Augustine Mavu Tamoane Kerepa');
    const b = parseArticle(['Wolves', 'One Elder County sheep producer, who asked not to be named, said he had moved his flock. “I’ve got kids in school here,” he said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(b, 'the sheep producer')).toBeDefined();
  });

  it('finds a three-letter surname spelt with a consonant more ("Vick" for Vik), not "four" for "for"', () => {
    const a = parseArticle(['Glacier', 'Anders Vik, a research engineer, said the team lost four stakes. “We used to come up here to measure the glacier,” Vik said.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'Vick')).toBe('Anders Vik');
  });
});

describe('roles a clause after the name gives', () => {
  it('", one of the two board members who voted no," is a board member', () => {
    expect(findNames('Gary Whitlock, one of the two board members who voted no, said he supported it.')[0]?.role).toBe('board member');
  });

  it('"Sandra Pickering, 63, whose mother Edna, 91, …" is a daughter', () => {
    expect(findNames('Sandra Pickering, 63, whose mother Edna, 91, has lived at Thornley Grange for three years, said the findings came as no surprise.')[0]?.role).toBe('daughter');
  });

  it('"who runs about 2,000 sheep" is a sheep farmer, not the head of "about 2"; "whose family has run cattle" a cattle farmer', () => {
    const ybarra = findNames('Tom Ybarra, who runs about 2,000 sheep near Wells, said he had come.')[0]!;
    expect(ybarra.role).toBe('sheep farmer');
    expect(ybarra.alsoRole).toBeUndefined();
    expect(findNames('Lorna Beckstead, whose family has run cattle on 9,000 acres near Lamoille since 1911, told commissioners.')[0]?.role).toBe('cattle farmer');
  });
});

describe('who speaks for a body', () => {
  it('"a spokesperson said" right after "In a statement, Meadowvale Care Group said …" is Meadowvale', () => {
    const a = parseArticle(
      [
        'Care home rated inadequate',
        'Thornley Grange is run by Meadowvale Care Group.',
        'In a statement, Meadowvale Care Group said it accepted the findings in full.',
        '‘We are deeply sorry that the standard of care fell below what residents expect,’ a spokesperson said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We are deeply sorry')).toBe('Meadowvale Care Group');
  });

  it('"the report states" is the body whose report it is ("Its report" after the inspectorate)', () => {
    const a = parseArticle(
      [
        'Care home rated inadequate',
        'The home was visited by the Care Quality Inspectorate (CQI) in July. Its report, published on Thursday, rates the home inadequate.',
        '‘The provider did not have effective systems to assess the quality of the service,’ the report states.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'The provider did not have')).toBe('Care Quality Inspectorate');
    expect(firstSpeakerAskedFor(a, 'the report')).toBe('Care Quality Inspectorate');
  });

  it('"the Department for Transport" is a department, not the company a bare chief executive works for', () => {
    const a = parseArticle(
      [
        'Rail fares to rise',
        'The Rail Operators’ Association said fare income was essential. Its chief executive, Sir Graham Tulloch-Pryce, said passenger numbers had recovered.',
        '‘We need the money,’ Sir Graham said.',
        'Campaigners called on the Department for Transport to publish its figures.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Graham Tulloch-Pryce')?.aliases.some((x) => x.includes('department for transport'))).toBe(false);
  });
});

describe('a box score names no one', () => {
  it('"the Caldermoor captain was diplomatic: ‘…’" is the captain, not "Caldermoor Tries" from the scorers’ line', () => {
    const a = parseArticle(
      [
        'Caldermoor win the cup',
        'Caldermoor captain Tom Ashworth-Keele lifts the cup.',
        '‘This club has had a lot of people writing it off,’ Ashworth-Keele said.',
        'Asked about the disallowed try, the Caldermoor captain was diplomatic: ‘I’ve got sympathy for them. Nobody wants to lose a final like that.’',
        'Caldermoor Tries: Gethin, Brandreth, Oduya. Cons: Nettleford 3.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'I’ve got sympathy')).toBe('Tom Ashworth-Keele');
    expect(a.speakers.map((s) => s.name)).not.toContain('Caldermoor Tries');
  });

  it('finds a union’s regional organiser as "the union official"', () => {
    const a = parseArticle(
      [
        'Ferry strike',
        'Crews from the Seafarers and Ferry Workers’ Union walked out. The union said talks had failed.',
        'Duncan Ferrier, the union’s regional organiser, said the walkout was the last thing anyone wanted. ‘Nobody wants this,’ Mr Ferrier said.',
        'In a statement, the Seafarers and Ferry Workers’ Union said: ‘Our members have been left with no choice.’',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the union official')).toBe('Duncan Ferrier');
  });
});

describe('who a sentence about a workplace reports', () => {
  it('"Vesna Horak, head of retail lending at Marovia’s largest lender, Kraljevska Banka, said …" is Horak', () => {
    const a = parseArticle(['Rates on hold', 'Vesna Horak, head of retail lending at Marovia’s largest lender, Kraljevska Banka, said demand for new mortgages had fallen by roughly a fifth since last year.'].join('\n\n'));
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Vesna Horak']);
    expect(a.speakers.map((s) => s.name)).not.toContain('Kraljevska Banka');
  });

  it('"said Marisol Quintero-Baptiste, 34, who worked as a stower at DLK2" is the stower, a word no list knows', () => {
    expect(findNames('“My shoulder just stopped working,” said Marisol Quintero-Baptiste, 34, who worked as a stower at DLK2 from 2020 until last September.')[0]?.role).toBe('stower');
  });

  it('a bare "Governor" in a story about a bank is the bank’s governor', () => {
    const a = parseArticle(
      [
        'Rates on hold',
        'The Reserve Bank of Velmora left its main rate unchanged on Thursday. The Reserve Bank of Velmora said inflation was falling.',
        '“We are not there yet,” Governor Katarina Velikova told a news conference.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the central bank governor')).toBe('Katarina Velikova');
  });
});

describe('names and roles a sentence gives in passing', () => {
  it('"Iris’s coach for the last five years has been Rustam Ebzeyev, 58, a grandmaster" is her coach too', () => {
    const ebzeyev = findNames('Iris’s coach for the last five years has been Rustam Ebzeyev, 58, a grandmaster who moved to Ohio in 1998.').find((m) => m.text === 'Rustam Ebzeyev')!;
    expect([ebzeyev.role, ebzeyev.alsoRole]).toEqual(['grandmaster', 'coach']);
  });

  it('"Sophie and Liam Catterall": two people, so "said Mrs Catterall" is Sophie', () => {
    const a = parseArticle(
      [
        'Allotment waiting list',
        'Sophie and Liam Catterall put their names down for a plot in spring 2023.',
        '‘We wanted the kids to know where food comes from,’ said Mrs Catterall, 31, a teaching assistant.',
        '‘We’re not moaning about the people who’ve got them,’ Mr Catterall said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'We wanted the kids')).toBe('Sophie Catterall');
    expect(speakerOfQuote(a, 'We’re not moaning')).toBe('Liam Catterall');
  });
});

describe('a role before a full courtesy title', () => {
  it('"The council’s director of public health, Professor Martin Achebe-Lowe," is the director, as with "Dr" or "Prof"', () => {
    const m = findNames('The council’s director of public health, Professor Martin Achebe-Lowe, said uptake had fallen.')[0]!;
    expect(m.role).toBe('The council’s director of public health');
    expect(m.title).toBe('professor');
  });
});

describe('a cabinet is a body', () => {
  it('"…, the cabinet said" after "the state Transportation Cabinet" is the cabinet', () => {
    const a = parseArticle(['Bridge closed', 'The state Transportation Cabinet closed the bridge on Tuesday.', 'Inspectors last examined that section two years ago and found no cracking, the cabinet said.'].join('\n\n'));
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toContain('Transportation Cabinet');
    expect(a.reported.find((r) => r.text.startsWith('Inspectors'))).toBeDefined();
  });
});

describe('an unnamed source’s whole description', () => {
  it('"A veteran tournament director in the Midwest, who asked not to be named," is a tournament director, not "A veteran"', () => {
    const a = parseArticle(['Child grandmasters', 'A veteran tournament director in the Midwest, who asked not to be named because he works closely with the association, said the pressure was enormous.'].join('\n\n'));
    expect(a.speakers.map((s) => s.name)).toEqual(['A veteran tournament director in the Midwest']);
  });

  it('"A former member of staff, who asked not to be named," is a member of staff', () => {
    const a = parseArticle(['Care home', 'A former member of staff, who asked not to be named because she still works locally, described night shifts.'].join('\n\n'));
    expect(a.speakers.map((s) => s.name)).toEqual(['A former member of staff']);
  });
});

describe('a surname two speakers share', () => {
  it('"what did Holloway say" is the swimmer the text calls Holloway, not her mother Linda Holloway', () => {
    const a = parseArticle(
      [
        'Swimmer retires',
        'Maren Holloway had practiced the sentence in the car.',
        '“I’m retiring from competitive swimming,” Holloway, 29, told reporters.',
        'Her mother, Linda Holloway, a retired teacher, sat in the front row. “I’ll miss watching her warm up,” Linda Holloway said.',
        '“I won’t miss the alarm clock,” Holloway said. Holloway said she would finish her degree.',
      ].join('\n\n'),
    );
    const [first, second] = findSpeakers(a.speakers, 'Holloway');
    expect(a.speakers[first!.speaker]!.name).toBe('Maren Holloway');
    expect(first!.score).toBeGreaterThan(second?.score ?? 0);
    expect(firstSpeakerAskedFor(a, 'Linda Holloway')).toBe('Linda Holloway');
    // Misspelt as well: the one the text calls so, above her mother.
    const [misspelt, other] = findSpeakers(a.speakers, 'Holoway');
    expect(a.speakers[misspelt!.speaker]!.name).toBe('Maren Holloway');
    expect(misspelt!.score).toBeGreaterThan(other?.score ?? 0);
  });

  it('"what did Pellow say" is not the daughter whose double-barrelled surname holds it, when the text calls her mother Pellow', () => {
    const a = parseArticle(
      [
        'Channel swim',
        'Jude Pellow waded out of the sea near Wissant after 14 hours.',
        '“I wasn’t going to let cancer have the last word,” Pellow said.',
        'Her daughter, Beth Pellow-Adair, 34, was on the boat. “Mum doesn’t do things by halves,” Pellow-Adair said.',
        '“I’ve got my eye on Windermere,” Pellow said.',
      ].join('\n\n'),
    );
    const [first, second] = findSpeakers(a.speakers, 'Pellow');
    expect(a.speakers[first!.speaker]!.name).toBe('Jude Pellow');
    expect(first!.score).toBeGreaterThan(second?.score ?? 0);
    // ("Pellow" alone is her mother's way of being named, not hers.)
    expect(a.speakers.find((s) => s.name === 'Beth Pellow-Adair')!.aliases).not.toContain('pellow');
    expect(firstSpeakerAskedFor(a, 'Pellow-Adair')).toBe('Beth Pellow-Adair');
    expect(firstSpeakerAskedFor(a, 'Adair')).toBe('Beth Pellow-Adair');
  });

  it('"what did Penhallow say" is the keeper the text calls Mr Penhallow most, though it calls his wife Mrs Penhallow too', () => {
    const a = parseArticle(
      [
        'Keeper’s memoir',
        'Walter Penhallow still wakes at ten to four most mornings.',
        '‘I lie there and listen for the wind,’ Mr Penhallow says. ‘Then I remember there is no lamp to check.’',
        'Margaret Penhallow, 81, remembers it differently. ‘Walter talks about the storms,’ Mrs Penhallow said.',
        '‘I kept that letter for 15 years,’ Mr Penhallow says. Mr Penhallow writes every morning. ‘It keeps me honest,’ Mr Penhallow said.',
        '‘He never stopped,’ Mrs Penhallow said.',
      ].join('\n\n'),
    );
    const [first, second] = findSpeakers(a.speakers, 'Penhallow');
    expect(a.speakers[first!.speaker]!.name).toBe('Walter Penhallow');
    expect(first!.score).toBeGreaterThan(second?.score ?? 0);
    expect(firstSpeakerAskedFor(a, 'Mrs Penhallow')).toBe('Margaret Penhallow');
  });
});

describe('clergy titles', () => {
  it('"Canon Helen Marchbank" is Helen Marchbank, a canon; "The Bishop of Dunmere, the Rt Rev Andrew Kettleborough," is the bishop', () => {
    const canon = findNames('Canon Helen Marchbank will take her last service on Sunday.')[0]!;
    expect([canon.text, canon.title]).toEqual(['Helen Marchbank', 'canon']);
    const bishop = findNames('The Bishop of Dunmere, the Rt Rev Andrew Kettleborough, wrote to the three parishes last month.').find((m) => m.text === 'Andrew Kettleborough')!;
    expect([bishop.role, bishop.title]).toEqual(['Bishop of Dunmere', 'reverend']);
  });

  it('"The vice-chancellor, Prof Dame Helen Ashworth-Pryce," is the vice-chancellor and the professor: titles stack', () => {
    const a = parseArticle(
      ['Languages school to close', 'The vice-chancellor, Prof Dame Helen Ashworth-Pryce, said the decision was ‘the hardest I have had to make’.', 'Sir Geoffrey Lanning, a former minister, said the plan was ‘wrong’.'].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the vice-chancellor')).toBe('Helen Ashworth-Pryce');
    expect(firstSpeakerAskedFor(a, 'the professor')).toBe('Helen Ashworth-Pryce');
    expect(speakersAskedFor(a, 'the dame')).toEqual([]);
  });
});

describe('honours after a name', () => {
  it('"Dame Harriet Okonedo-Blythe DBE, the Labour MP for Kettlewick," is the MP, named without the letters', () => {
    const a = parseArticle(
      ['Bakery chain collapses', 'Dame Harriet Okonedo-Blythe DBE, the Labour MP for Kettlewick and Brandling, said she would raise the collapse in the Commons.', 'Prof Alan Reid OBE, 71, said the bakery was ‘part of the town’.'].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the MP')).toBe('Harriet Okonedo-Blythe');
    expect(speakerOfQuote(a, 'part of the town')).toBe('Alan Reid');
  });
});

describe('a family’s statement read by one of them', () => {
  const a = () =>
    parseArticle(
      [
        'Climber died in fall',
        'Tom Ashworth, 34, slipped while descending with his partner, Hannah Rigby.',
        '‘We turned back too late,’ Ms Rigby told the inquest.',
        'In a statement read outside the court by his sister, Lucy Ashworth, the family said: ‘Tom was happiest in the mountains.’',
        'The coroner offered her condolences to Mr Ashworth’s family.',
      ].join('\n\n'),
    );

  it('is the family’s, named as the text names it ("Mr Ashworth’s family"), not the sister’s who read it', () => {
    expect(speakerOfQuote(a(), 'Tom was happiest')).toBe('The Ashworth family');
  });

  it('finds "his partner" as "the girlfriend"', () => {
    expect(firstSpeakerAskedFor(a(), 'the girlfriend')).toBe('Hannah Rigby');
  });
});

describe('a railroad', () => {
  it('"the railroad said" after "The Allegheny & Great Lakes Railway said in a statement …" is the railway', () => {
    const a = parseArticle(
      [
        'Freight train derails',
        'The Allegheny & Great Lakes Railway said in a statement that 23 of the train’s 118 cars derailed.',
        '“Our first priority is the safety of the Corliss community,” the railroad said.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Our first priority')).toBe('Allegheny & Great Lakes Railway');
  });
});

describe('a Q&A set out without "Q:" and "A:"', () => {
  const article = (answers: readonly string[]) =>
    parseArticle(
      [
        'Beavers released',
        'Seven beavers were released on Tuesday by the Hesbrook Wildlife Trust.',
        'We put some of the questions readers have sent us to Dr Imogen Farrant-Blake, the trust’s ecologist.',
        'Will the beavers eat the fish?',
        answers[0]!,
        'How far will they spread?',
        answers[1]!,
        'The trust said the beavers would be tracked for 12 months.',
      ].join('\n\n'),
    );

  it('gives the interviewee the answers that follow questions standing on their own lines', () => {
    const a = article(['No. Beavers are strictly vegetarian, and the ponds they create tend to be very good for young fish.', 'Young beavers leave home at about two years old. Within a decade I would expect them across most of the valley.']);
    expect(speakerOfQuote(a, 'No. Beavers are strictly vegetarian')).toBe('Imogen Farrant-Blake');
    expect(speakerOfQuote(a, 'Young beavers leave home')).toBe('Imogen Farrant-Blake');
    expect(a.quotes.some((q) => q.text.startsWith('The trust said'))).toBe(false);
  });

  it('leaves an explainer’s answers, in no one’s first person, to the writer', () => {
    const a = article(['No. Beavers are strictly vegetarian.', 'Young beavers leave home at about two years old and can travel ten kilometres.']);
    expect(a.quotes).toEqual([]);
  });

  it('reads questions with apostrophes, answers with words set in marks, and a question that leads into a line of the interviewer’s', () => {
    const a = parseArticle(
      [
        'Phone ban a year on',
        'Deborah Okonkwo-Reid, 52, has been head at Fellgate since 2019. We spoke in her office.',
        'Why did you do it?',
        'Honestly, it was the safeguarding log. We had 87 referrals that started with something on a phone.',
        'Wasn’t there a softer option? Lots of schools go for ‘off and away’.',
        'We had ‘off and away’ for four years. In practice it meant ‘in the blazer pocket’.',
        'What’s changed since?',
        'Lunchtimes. That’s the thing every member of staff says first.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Honestly, it was the safeguarding log')).toBe('Deborah Okonkwo-Reid');
    expect(speakerOfQuote(a, 'We had ‘off and away’ for four years')).toBe('Deborah Okonkwo-Reid');
    expect(speakerOfQuote(a, 'Lunchtimes.')).toBe('Deborah Okonkwo-Reid');
    expect(a.quotes.some((q) => q.text.startsWith('Wasn’t there'))).toBe(false);
  });

  it('gives a readers’ Q&A box’s quoted answers to the person the box puts the questions to', () => {
    const a = parseArticle(
      [
        'Ward closures as norovirus spreads',
        'Seven wards at Dunholme General are closed, the trust said on Tuesday.',
        '“We are not out of the woods,” said Dr Simon Achterberg, the medical director.',
        'Your questions answered',
        'We put readers’ questions to chief nurse Deborah Kettleworth.',
        'How long am I infectious for?',
        '‘At least 48 hours after your symptoms have stopped.’',
        'Should I still go to my outpatient appointment?',
        '‘Yes, unless we have contacted you. Outpatient clinics are running normally.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'At least 48 hours')).toBe('Deborah Kettleworth');
    expect(speakerOfQuote(a, 'Yes, unless we have contacted you')).toBe('Deborah Kettleworth');
    expect(speakerOfQuote(a, 'We are not out of the woods')).toBe('Simon Achterberg');
  });

  it('gives a box’s quoted answers that share their question’s paragraph to the person the story is about', () => {
    const a = parseArticle(
      [
        'The headteacher who saved her village library',
        'Elspeth Marlow still keeps the letter in her handbag. “It would cost more to close it,” she said.',
        'Derek Fanshawe, the former cabinet member, called her formidable.',
        'Elspeth Marlow’s bookshelf',
        'What made you a reader?\n‘Ballet Shoes, aged eight, borrowed from a mobile library.’',
        'What are you reading now? ‘A biography of Octavia Hill. I’m a slow reader these days.’',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'Ballet Shoes')).toBe('Elspeth Marlow');
    expect(speakerOfQuote(a, 'A biography of Octavia Hill')).toBe('Elspeth Marlow');
  });

  it('gives "A: “…”" answers after "Q:" questions to the interviewee the introduction names', () => {
    const a = parseArticle(
      [
        'Trail closed after bear attack',
        'A hiker was injured on Tuesday, park officials said.',
        'KTMW spoke with backcountry ranger Tobias Wendt-Amundsen about what hikers should know.',
        'Q: Why close the whole trail?',
        'A: "A sow with cubs will stay near a carcass for days."',
        'Q: Is fall a riskier time to be out there?',
        'A: "It is. Bears are trying to put on fat before they den."',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, 'A sow with cubs')).toBe('Tobias Wendt-Amundsen');
    expect(speakerOfQuote(a, 'It is. Bears')).toBe('Tobias Wendt-Amundsen');
  });

  it('reads a box whose questions and answers share their paragraphs, one after another, not a rhetorical question alone', () => {
    const a = parseArticle(
      [
        'Bakery wins national award',
        '‘We never expected this,’ said Tom Pennock, 34, who runs the bakery with his mother, Ruth.',
        'Five minutes with Tom Pennock',
        'What time does your alarm go off?\n3.15am, six days a week. Mondays are my lie-in.',
        'What’s your favourite thing to bake?\nSaffron buns. Don’t tell Mum.',
        'The award ceremony was held in London on Thursday.',
        'Why does it matter? Because the village has lost its bank and its pub, and the bakery is what is left.',
      ].join('\n\n'),
    );
    expect(speakerOfQuote(a, '3.15am, six days a week')).toBe('Tom Pennock');
    expect(speakerOfQuote(a, 'Saffron buns')).toBe('Tom Pennock');
    expect(a.quotes.some((q) => q.text.startsWith('Because the village'))).toBe(false);
  });

  it('still leaves to the writer answers that quote someone with a speaking verb', () => {
    const a = article(['No. “Beavers are strictly vegetarian,” said Dr Farrant-Blake. We checked.', 'Young beavers leave home at two, the trust told us: “We expect them across the valley.”']);
    expect(a.quotes.map((q) => q.text).some((t) => t.startsWith('No.'))).toBe(false);
  });
});

describe('an unnamed speaker whose noun may also be a company’s', () => {
  const a = parseArticle(
    [
      'Gondola stops with 112 riders aboard',
      'Granite Peak Resorts, the company that operates the lift, said in a statement that it was sorry.',
      'Pike Ridge general manager Todd Halvorsen said about 60 patrollers took part.',
      'A lift operator who asked not to be named because employees were told not to speak to reporters said some of the crew had never done a real evacuation.',
      '“Everybody held it together, but it was a long, long day,” the operator said.',
    ].join('\n\n'),
  );

  it('gives "the operator said" to "A lift operator who asked not to be named", not to the company', () => {
    expect(speakerOfQuote(a, 'Everybody held it together')).toBe('A lift operator');
    expect(firstSpeakerAskedFor(a, 'the lift operator')).toBe('A lift operator');
  });

  it('finds the general manager as "the GM"', () => {
    expect(names('the GM', a)).toEqual(['Todd Halvorsen']);
    expect(names('the Pike Ridge GM', a)).toEqual(['Todd Halvorsen']);
  });
});

describe('names and bodies written with a space or a stop', () => {
  const a = parseArticle(
    [
      'Commuter train derails in yard',
      'KRT spokeswoman Alana Fitzgerald-Moreno said she could not confirm any earlier reports.',
      'Frank DeLuca, general chairman of the union local, said the union had raised concerns for years.',
      '“Our members have been telling management for two years,” DeLuca said.',
      'A spokeswoman for St. Agnes Regional Medical Center said: "All five patients we received are in good condition."',
    ].join('\n\n'),
  );

  it('finds DeLuca as "De Luca"', () => {
    expect(names('De Luca', a)).toEqual(['Frank DeLuca']);
  });

  it('reads "A spokeswoman for St. Agnes Regional Medical Center" whole, not as the spokeswoman named before', () => {
    expect(speakerOfQuote(a, 'All five patients')).toBe('A spokeswoman for St. Agnes Regional Medical Center');
    expect(firstSpeakerAskedFor(a, 'St. Agnes')).toBe('A spokeswoman for St. Agnes Regional Medical Center');
  });
});

describe('a noun before a surname that opens a clause about the noun', () => {
  it('gives no role in "— a fundraiser Lindqvist started as a nod to his roots", and keeps "a local farmer Bob Jones said"', () => {
    expect(findNames('Parents sold sweet corn — a fundraiser Lindqvist started as a nod to his roots.').find((m) => m.text === 'Lindqvist')?.role).toBeUndefined();
    expect(findNames('A local farmer Bob Jones said the rain came too late.').find((m) => m.text === 'Bob Jones')?.role).toBe('local farmer');
  });
});

describe('a firm named with "Bros." and an employee kept anonymous without a comma', () => {
  const a = parseArticle(
    [
      'Fair ride fails',
      'Lanigan Bros. Amusements, a family-owned company based in Fort Arden, said in a statement that it was “heartbroken.”',
      '“The ride will not operate again until we know exactly what happened,” the statement said.',
      'A Lanigan Bros. employee who asked not to be named because he was not authorized to speak to reporters said the ride had been “making a grinding noise on the turn” since Thursday.',
    ].join('\n\n'),
  );

  it('reads "Lanigan Bros. Amusements" as one company, whose statement is its own', () => {
    expect(speakerOfQuote(a, 'heartbroken')).toBe('Lanigan Bros. Amusements');
    expect(speakerOfQuote(a, 'The ride will not operate again')).toBe('Lanigan Bros. Amusements');
    expect(firstSpeakerAskedFor(a, 'Lanigan Bros.')).toBe('Lanigan Bros. Amusements');
  });

  it('keeps the anonymous employee apart from the company: he does not speak for it', () => {
    expect(speakerOfQuote(a, 'making a grinding noise')).toBe('A Lanigan Bros. employee');
    expect(speakersAskedFor(a, 'the company')).toEqual(['Lanigan Bros. Amusements']);
  });
});

describe('a story that opens on its subject by a role alone', () => {
  it('gives the role to the full name that opens the next paragraph of prose', () => {
    const a = parseArticle(
      [
        'Lollipop lady retires',
        'HOLLINGBROOK’S best-known lollipop lady will put down her stick for the last time on Friday after 40 years.',
        'Maureen Ashdown, 71, started as a school crossing patrol officer in September 1985.',
        '‘I’ve seen the children of children I once crossed,’ she said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the lollipop lady')).toBe('Maureen Ashdown');
  });

  it('reads past a fronted clause, a byline and a fronted time', () => {
    const a = parseArticle(
      [
        'Last keeper leaves',
        'As the light on Càrnach goes automatic, Scotland’s last resident lighthouse keeper climbs the 142 steps one final time',
        'Words by Eleanor Hartnell Saturday 4 October 2025',
        'At 11.42am on Tuesday, Angus MacRitchie made the final entry in a logbook.',
        '‘Mostly I felt my knees,’ MacRitchie says.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the lighthouse keeper')).toBe('Angus MacRitchie');
  });
});

describe('titles, parties and remits before a name', () => {
  const name = (text: string) => findNames(text).filter((n) => n.personLike).map((n) => n.tokens.join(' '));
  it('reads "Minister for Health Niall Brennock" as the minister, named Niall Brennock', () => {
    expect(name('Minister for Health Niall Brennock said the numbers were unacceptable.')).toEqual(['Niall Brennock']);
  });
  it('reads "Secretary of State for Education Bridget Phillipson" as the secretary, named Bridget Phillipson', () => {
    expect(name('Secretary of State for Education Bridget Phillipson said the plan would go ahead.')).toEqual(['Bridget Phillipson']);
  });
  it('starts a three-word name after a two-word remit at its given name', () => {
    expect(name('Minister for Urban Development Suresh Kamath Bhandarkar said the deadline would hold.')).toEqual(['Suresh Kamath Bhandarkar']);
  });
  it('reads an abbreviated street as a place, not a person', () => {
    expect(name('Nguyen Thi Lan, who has run Pho Lan at 312 Third Ave. for 11 years, said she lost $6,000 of food.')).not.toContain('Third Ave');
  });
  it('keeps what an MP is "for" a place, not a name', () => {
    expect(name('Giles Pemberton, the Conservative MP for North Shropshire Hills, said it.')).not.toContain('Shropshire Hills');
  });
  it('leaves a party and an office out of the name', () => {
    expect(name('Lib Dem Tomás Rees said his party had squeezed the Tory vote.')).toEqual(['Tomás Rees']);
    expect(name('NDRA spokesman Undersecretary Jose Miguel Tan Villarosa told reporters.')).toEqual(['Jose Miguel Tan Villarosa']);
  });
});

describe('a name misspelt as it sounds (Double Metaphone)', () => {
  const a = parseArticle(
    'T\n\n“We will not cut a single deputy,” said Sheriff Dale Whitacre.\n\n“Nobody told us a thing,” said Janet Pruett, a farmer.\n\n“Reservoirs are full,” Fenland Water said in a statement.',
  );
  const asked = speakersFoundBy(engineFor(a));

  it('finds "Whitaker" for Whitacre and "Pruitt" for Pruett, letters apart but said alike', () => {
    expect(asked('Whitaker')).toEqual(['Dale Whitacre']);
    expect(asked('Pruitt')).toEqual(['Janet Pruett']);
  });

  it('never reads an English word as a name said alike: "the weather service" is not Fenland Water', () => {
    expect(asked('the weather service')).toEqual([]);
    expect(asked('Whitman')).toEqual([]);
  });
});

describe('a surname misspelt a sound off', () => {
  const a = parseArticle(
    [
      'T',
      '“People think driving is the glamorous job,” said Elijah Burrows, 16.',
      '“Is there risk? Of course there’s risk,” said Gloria Estabrook, the county’s finance director.',
      '“We will appeal,” said Anthony Marsh, a councillor.',
      '“Supplies are safe,” the Department of Water Resources said.',
    ].join('\n\n'),
  );
  const asked = speakersFoundBy(engineFor(a));

  it('finds "Burroughs" for Burrows and "Easterbrook" for Estabrook', () => {
    expect(asked('Burroughs')).toEqual(['Elijah Burrows']);
    expect(asked('what did easterbrook say')).toEqual(['Gloria Estabrook']);
  });

  it('not a given name nor a body a sound off: "Ashdown" is not Anthony, "Whitaker" not Water Resources', () => {
    expect(asked('Ashdown')).toEqual([]);
    expect(asked('Whitaker')).toEqual([]);
  });
});

describe('a surname with its ending misheard', () => {
  const a = parseArticle(
    [
      'T',
      '“The robots don’t get hurt,” said Nadia Furlong, a labor researcher.',
      '“We expect these numbers to rise,” said Rosalía Benavente, the interior minister. She flew in on Monday.',
      '“Nobody told us,” said Christopher Dale, a nurse. He was tired.',
    ].join('\n\n'),
  );
  const asked = speakersFoundBy(engineFor(a));

  it('finds "Furlow" for Furlong and "Benavides" for Benavente: five letters alike from the start', () => {
    expect(asked('Furlow')).toEqual(['Nadia Furlong']);
    expect(asked('what did benavides say')).toEqual(['Rosalía Benavente']);
  });

  it('not by a given name: "Christabel" is not Christopher Dale', () => {
    expect(asked('Christabel')).toEqual([]);
  });
});

describe('a surname asked as a word said the same', () => {
  const a = parseArticle(
    [
      'T',
      '“We were told nothing,” said Joan Akers, a care worker.',
      '“It is a scandal,” said Martin Hale, 58.',
      '“The vote is final,” said Nancy Pelosi, the Speaker.',
      '“Sofia will chair it,” said Ana Mendel.',
      '“She knew everyone,” said Doreen Pask, 78.',
    ].join('\n\n'),
  );
  const asked = speakersFoundBy(engineFor(a));

  it('finds "Acres" for Akers, "Hail" for Hale, "Pasque" for Pask: an English word asked alone is a name, a short surname said the same', () => {
    expect(asked('Acres')).toEqual(['Joan Akers']);
    expect(asked('Hail')).toEqual(['Martin Hale']);
    expect(asked('Pasque')).toEqual(['Doreen Pask']);
  });

  it('not a body or a role asked alone, nor a word asked with others: "police" is not Pelosi, "the minutes" not Mendel', () => {
    expect(asked('police')).toEqual([]);
    expect(asked('the minutes')).toEqual([]);
  });
});

describe('a given name shortened to its first syllable', () => {
  it('finds "Ken" for Kenneth Brannigan, and not for a speaker whose name only starts alike', () => {
    const a = parseArticle('T\n\n“I drove that route for 39 years,” said Kenneth Brannigan, 74.\n\n“He never missed a day,” said Kendra Okafor, a neighbour.');
    expect(speakersAskedFor(a, 'Ken')).toEqual(['Kenneth Brannigan']);
  });
});

describe('a body named for a group, in the possessive', () => {
  it('keeps "Women’s" in "the Women’s Professional Tennis Association (WPTA)", so its initials find it and it is one speaker', () => {
    const a = parseArticle('T\n\nThe Women’s Professional Tennis Association (WPTA) said the ruling was final.\n\n“It was final,” the WPTA said.');
    expect(a.speakers.map((s) => s.name)).toEqual(['Women’s Professional Tennis Association']);
    expect(speakersAskedFor(a, 'WPTA')).toEqual(['Women’s Professional Tennis Association']);
  });
});

describe('a body the text calls a nonprofit', () => {
  it('gives "the nonprofit said" to the body an apposition called one, and finds it by its first word', () => {
    const a = parseArticle(
      'T\n\nThe center is run by Bridgeway Behavioral Health, a Springfield-based nonprofit that operates two similar centers.\n\n"Crisis care works best close to home, at any hour," the nonprofit said.',
    );
    expect(speakersOfQuotes(a)).toEqual(['Bridgeway Behavioral Health']);
    expect(speakersAskedFor(a, 'Bridgeway')).toEqual(['Bridgeway Behavioral Health']);
  });
});

describe('a field’s adjective and its practitioner', () => {
  it('finds "the obstetrician" for a consultant obstetric surgeon', () => {
    const a = parseArticle('T\n\n“Nobody will be turned away,” said Rajiv Bhattacharya-Lowe, a consultant obstetric surgeon at the hospital.');
    expect(speakersAskedFor(a, 'the obstetrician')).toEqual(['Rajiv Bhattacharya-Lowe']);
  });
});

describe('a speaker asked for in chat shorthand', () => {
  it('finds for "the govt" whom "the government" finds, and nobody for a shorthand no one goes by', () => {
    const engine = buildEngine(
      parseArticle(
        [
          'Letting fees capped',
          'The Government has confirmed that a cap on letting fees will come into force on 1 October.',
          '“This is about fairness for renters,” a Government spokesperson said. “Agents have had years to put their house in order.”',
          'Maya Okafor, who rents in Leeds, said the cap was overdue.',
        ].join('\n\n'),
      ),
    );
    const named = speakersFoundBy(engine);
    expect(named('the govt')).toContain('The Government');
    expect(named('the govt')).toEqual(named('the government'));
    expect(engine.findSpeakers('the uni')).toEqual([]);
  });
});

describe('a body someone used to work for', () => {
  const engine = buildEngine(
    parseArticle(
      'Bank holds rates\n\nThe Velsland National Bank held its main rate at 4.25% on Thursday.\n\nGovernor Marta Kellander said the committee had discussed a cut “at length”.\n\n“We are not in a hurry,” Kellander said.\n\nKellander, a former International Monetary Fund economist who took over at the bank in March 2022, steered it through an aggressive tightening cycle.',
    ),
  );
  const asked = speakersFoundBy(engine);

  it('does not answer "what did the IMF say" with its former economist, nor the national bank for "international"', () => {
    expect(asked('the imf')).toEqual([]);
    expect(asked('the international monetary fund')).toEqual([]);
  });

  it('still finds her asked for as the former economist', () => {
    expect(asked('the former imf economist')[0]).toBe('Marta Kellander');
    expect(asked('the governor')[0]).toBe('Marta Kellander');
  });
});

describe('an unnamed speaker asked for as "the woman who asked not to be named"', () => {
  const a = parseArticle(
    'Landlord jailed\n\nA landlord who crammed 19 tenants into a house was jailed on Friday.\n\n“Nobody ever came when we rang about the damp,” said a woman who lived in one of the top-floor bedsits for two years.\n\n“We will keep inspecting,” said council housing manager Peter Oduya.',
  );

  it('finds her, as "the woman" does: "woman" is all that is asked besides her being unnamed', () => {
    for (const q of ['the woman who asked not to be named', 'the unnamed woman']) expect(names(q, a), q).toEqual(['A woman']);
    expect(names('the unnamed man', a)).toEqual([]);
  });
});

describe('the one speaker the article keeps anonymous', () => {
  const a = parseArticle(
    [
      'Bodycams',
      'Police Chief Dana Holloway said every officer would wear a camera by June.',
      'One woman, who asked not to be named because she works for the county, told the council she had been pulled over three times in a year. “Nobody ever told me if I was being recorded,” she said.',
    ].join('\n\n'),
  );

  it('is "the anonymous resident", though the article never calls her a resident', () => {
    expect(speakersAskedFor(a, 'the anonymous resident')).toEqual(['One woman']);
    expect(speakersAskedFor(a, 'the resident who asked not to be named')).toEqual(['One woman']);
  });

  it('is not anyone asked for by a name', () => {
    expect(speakersAskedFor(a, 'Henderson')).toEqual([]);
  });
});

describe('what someone serves as, past an owner’s possessive', () => {
  it('finds "the student representative": "a senior who serves as the board’s nonvoting student representative"', () => {
    const a = parseArticle(
      [
        'Board bans phones',
        'Priya Ramaswamy, 17, a senior who serves as the board’s nonvoting student representative, said most students opposed the pouches.',
        '“We’re against being treated like we can’t be trusted,” she said.',
        '“The vote was close,” said Linda Farraday, the board president.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the student representative')).toBe('Priya Ramaswamy');
  });
});

describe('a role of a body by the word its name ends in', () => {
  it('finds "the pantry’s executive director" by the pantry’s name', () => {
    const a = parseArticle(
      [
        'Treasurer jailed',
        'Gail Ostrander stole from Eastside Harvest Pantry, a nonprofit that distributes groceries to about 2,300 families.',
        'Samuel Oyelaran, the pantry’s executive director, said the losses had forced it to cut a day of distribution.',
        '“We will recover,” Oyelaran said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'Eastside Harvest Pantry')).toBe('Samuel Oyelaran');
  });
});

describe('one of a group a fronted "For …," names', () => {
  it('finds "the ticket holder": "For ticket holders, the news landed hard. Ada Pelletier, …"', () => {
    const a = parseArticle(
      [
        'Theater closes',
        'For ticket holders, the news landed hard. Ada Pelletier, a retired schoolteacher from Millbrook Township, had seats for Saturday’s matinee.',
        '“We bought them in August,” said Pelletier, 71.',
        '“The roof is not safe,” said Renata Halvorsen, the artistic director.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the ticket holder')).toBe('Ada Pelletier');
  });

  it('finds "the farmer" named first in the paragraph after "For farmers on the town\'s fringes, …"', () => {
    const a = parseArticle(
      [
        'Water restrictions',
        'Farmers feeling the pinch',
        "For farmers on the town's fringes, the restrictions add to an already difficult season.",
        'Graham Pattinson, who runs sheep and grows wheat on 1200 hectares at Warrabee, said he had already sold almost half his breeding ewes.',
        '"We\'re hand-feeding every day," Mr Pattinson said.',
        '"Nobody wanted to be here," said Cr Ross Albury, the mayor.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'what did the farmer say')).toEqual(['Graham Pattinson']);
  });
});

describe('a title after what a body is of', () => {
  it('keeps the body: "Board of Education President Karen Whitfield" is the school board president', () => {
    const t = '“This was not a decision any of us took lightly,” said Marlow Creek R-4 Board of Education President Karen Whitfield.';
    expect(findNames(t).find((m) => m.text === 'Karen Whitfield')?.role).toBe('Board of Education President');
    const a = parseArticle(['Superintendent placed on leave', t, '“The audit will be public,” said Superintendent Tom Reyes.'].join('\n\n'));
    expect(firstSpeakerAskedFor(a, 'the board president')).toBe('Karen Whitfield');
  });
});

describe('a role noun after its owner’s name', () => {
  it('finds "the Pelham & Finch chairman", not Pelham & Finch', () => {
    const a = parseArticle(
      [
        'Grocer boss quits',
        'Pelham & Finch said in a statement: “We thank Mark for his service.”',
        'Julian Carstairs, the chairman, said the board had accepted the resignation. “It was the right decision,” Carstairs said.',
      ].join('\n\n'),
    );
    expect(firstSpeakerAskedFor(a, 'the Pelham & Finch chairman')).toBe('Julian Carstairs');
  });
});

describe('the tier of government asked for', () => {
  it('finds the state health department, not the county one, for "the state health department"', () => {
    const a = parseArticle(
      [
        'Measles outbreak grows',
        'The Alder County Health Department said Wednesday that cases have been confirmed at three schools.',
        'The Ohio Department of Health said in a statement that it was “working around the clock” with county officials.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(buildEngine(a))('the state health department')).toEqual(['Ohio Department of Health']);
    expect(speakersFoundBy(buildEngine(a))('the county health department')[0]).toBe('Alder County Health Department');
  });
});

describe('a role before a name in an election report', () => {
  it('reads "leads PC incumbent Heather Strickland" as the incumbent, and no more of the sentence', () => {
    expect(findNames('In Norwood, NDP candidate Paul Dufresne leads PC incumbent Heather Strickland by 38 votes.').map((m) => [m.text, m.role])).toEqual([
      ['Norwood', undefined],
      ['Paul Dufresne', 'NDP candidate'],
      ['Heather Strickland', 'PC incumbent'],
    ]);
  });
});

describe('someone a story opens on unnamed, then names', () => {
  it('finds "the builder" in "Darren Whitlock, 52, …" after "A builder who ignored repeated warnings … has been found guilty"', () => {
    const a = parseArticle(
      [
        'Builder guilty',
        'A builder who ignored repeated warnings that his scaffolding was unsafe has been found guilty of gross negligence manslaughter.',
        'Darren Whitlock, 52, of Hollins Lane, Stanworth, was convicted by a jury at Ashbridge Crown Court on Thursday.',
        '‘I should have listened,’ Whitlock told police in interview.',
        '‘This was avoidable,’ said Judge Andrew Pennington.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'what did the builder say')).toEqual(['Darren Whitlock']);
  });

  it('does not give the noun to a name with a title of its own', () => {
    const a = parseArticle(
      [
        'Builder guilty',
        'A builder who ignored repeated warnings has been found guilty of manslaughter.',
        'Judge Andrew Pennington said a prison sentence was ‘almost inevitable in a case like this’.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'what did the builder say')).toEqual([]);
  });
});

describe('a seed by its rank', () => {
  it('finds "the No. 3 seed" and "the No. 11 seed" as two players, each by their own rank', () => {
    const a = parseArticle(
      [
        'Qualifier stuns Serrano',
        'Arvid Kjellberg upset No. 3 seed Mateo Serrano 6-7 (4), 7-6 (5), 4-6, 6-3, 6-4 on Tuesday.',
        '“I played the big points better,” Serrano said.',
        'Kjellberg will face No. 11 seed Jonah Whitaker of the United States in the semifinals. “He has nothing to lose,” Whitaker said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'what did the No. 3 seed say')).toEqual(['Mateo Serrano']);
    expect(speakersAskedFor(a, 'what did the No. 11 seed say')).toEqual(['Jonah Whitaker']);
  });

  it('reads "top-seeded Mattias Lindqvist" as the top seed', () => {
    expect(findNames('Bence Horvath beat top-seeded Mattias Lindqvist 6-4, 3-6, 7-6 (5).').find((m) => m.text === 'Mattias Lindqvist')?.role).toBe('top seed');
  });
});

describe('a role two people share', () => {
  const administrators = () =>
    parseArticle(
      [
        'Bakery chain collapses',
        'Sarah Okafor and David Lennox, partners at the accountancy firm Brightwell Carr, were appointed joint administrators on Tuesday.',
        '‘This is a sad day,’ said Okafor.',
        '‘We can’t sell a bakery chain if the bakery is at risk,’ Lennox said.',
      ].join('\n\n'),
    );

  it('gives "partners at Brightwell Carr" after two names to each of them, in the singular', () => {
    const a = administrators();
    expect(a.speakers.map((s) => s.role)).toEqual(['partner at the accountancy firm Brightwell Carr', 'partner at the accountancy firm Brightwell Carr']);
    expect(speakersAskedFor(a, 'the Brightwell Carr partner').sort()).toEqual(['David Lennox', 'Sarah Okafor']);
  });

  it('gives the office two people "were appointed" to each of them, in the singular', () => {
    const a = administrators();
    expect(speakersAskedFor(a, 'the joint administrator').sort()).toEqual(['David Lennox', 'Sarah Okafor']);
  });

  it('leaves a single name whose apposition opens on a verb without a role', () => {
    const a = parseArticle(
      [
        'Engine fire',
        'The airline’s chief executive, Denise Varga, apologized to passengers in a statement.',
        '“We are deeply sorry,” Varga said.',
      ].join('\n\n'),
    );
    expect(a.speakers[0]!.aliases.some((x) => x.includes('passenger'))).toBe(false);
  });
});

describe('roles an obituary gives in relative clauses', () => {
  const a = () =>
    parseArticle(
      [
        'Union chief dies at 88',
        'Frank J. Kowalczyk, who climbed down from a crane cab at a Gary, Ind., steel mill to become the blunt, chain-smoking president of the United Metal and Foundry Workers, died on Monday.',
        '“A contract is only a piece of paper until somebody stands in the cold for it,” Mr. Kowalczyk told the Ledger in 1992.',
        'Raymond Ortiz, who served as Mr. Kowalczyk’s chief of staff for nine years and succeeded him as president in 2010, said his predecessor had kept a list of members killed on the job.',
        '“He read it before every negotiation,” Mr. Ortiz said.',
      ].join('\n\n'),
    );

  it('gives the office someone rose "to become", past the words describing them', () => {
    expect(a().speakers.find((s) => s.name === 'Frank J. Kowalczyk')!.role).toBe('president of the United Metal and Foundry Workers');
  });

  it('reads a role "as Mr. Kowalczyk’s chief of staff" past the title’s dot', () => {
    expect(a().speakers.find((s) => s.name === 'Raymond Ortiz')!.role).toBe('Mr. Kowalczyk’s chief of staff');
  });

  it('finds whoever "succeeded him as president" as "his successor", never the one succeeded', () => {
    expect(speakersFoundBy(engineFor(a()))('his successor')).toEqual(['Raymond Ortiz']);
  });
});

describe('a body known by its noun alone', () => {
  it('is never the person the next paragraph opens on: "the office said" is no agency director', () => {
    const a = parseArticle(
      [
        'Quake kills three',
        'A magnitude 6.8 earthquake struck off the coast on Thursday, officials said.',
        'The number of injured rose from 23 in the morning to 58, the office said.',
        'Shinji Ogata, director of the agency’s earthquake observation division, told a news conference that residents should expect aftershocks.',
        '“The ground in this area is still very unstable,” Ogata said.',
      ].join('\n\n'),
    );
    expect(a.speakers.find((s) => s.name === 'Shinji Ogata')!.aliases).not.toContain('office');
  });
});

describe('a spokesperson known by the noun of their body', () => {
  it('finds "Trooper Dale Kimbrough, a patrol spokesman" by the Oklahoma Highway Patrol named before', () => {
    const a = parseArticle(
      [
        'Eclipse traffic',
        'Interstate 35 was at a standstill, and the Oklahoma Highway Patrol is pleading with drivers to stay off the shoulders.',
        '“Honking is not going to help,” said Trooper Dale Kimbrough, a patrol spokesman.',
        'The state health department said 14 people had been treated for eye strain.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(engineFor(a))('Oklahoma Highway Patrol')[0]).toBe('Dale Kimbrough');
  });
});

describe('a couple named together', () => {
  it('share the clause after the second name: both are the parents of "their children"', () => {
    const a = parseArticle(
      [
        'Eclipse crowds',
        'Among the thousands on the lawn were Marisol and Tony Delgado, who left St. Louis at 2 a.m. with their children, Lucía, 6, and Mateo, 9.',
        '“The kids were asleep in the back seat,” Marisol Delgado said.',
        'Tony Delgado said he had cried behind his eclipse glasses.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(engineFor(a))('the mom')).toEqual(['Marisol Delgado']);
  });
});

describe('a second role at a body named by its noun', () => {
  it('finds "a sediment physicist at the institute" by the institute’s name', () => {
    const a = parseArticle(
      [
        'Mining plumes',
        'Researchers at the Solent Institute for Ocean Science analysed six years of measurements.',
        '‘The plume did not behave the way the models said it would,’ said Dr Ingrid Halvorsen, the study’s lead author and a sediment physicist at the institute.',
        'The Deep Ocean Minerals Council said the study rested on ‘a single small-scale test’.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(engineFor(a))('Solent Institute for Ocean Science')[0]).toBe('Ingrid Halvorsen');
  });
});

describe('someone described first by whose role they hold, then named', () => {
  it('gives "the zoo’s curator" who reported the wait to the curator the text names later', () => {
    const a = parseArticle(
      [
        'Rhino calf born',
        'The zoo’s curator, who watched the birth on a monitor, said the team had been on an overnight rota for three weeks.',
        '‘Then, all of a sudden, there she was,’ the curator said.',
        'The calf was weighed at 41kg, according to the zoo’s head vet, Dr Tom Kellaway.',
        'The curator, Rachel Dunmore, said keepers would continue round-the-clock checks.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Rachel Dunmore', 'Tom Kellaway', 'Rachel Dunmore']);
    expect(speakersAskedFor(a, 'the zoo’s curator')).toEqual(['Rachel Dunmore']);
  });
});

describe('a sister and her brother who share a family name', () => {
  const a = parseArticle(
    [
      'Larkspur loses its star',
      '“I read it twice, and then I went back to breaking down a lamb shoulder,” Nadia Castellane, 51, said.',
      'Paul Castellane, 47, has been Larkspur’s general manager since opening night.',
      'The sommelier who took the call, Wendell Achebe, has worked at Larkspur since 2010. Achebe said the staff had met the next morning.',
      '“I’m not going to start cooking for an inspector I’ve never met,” Castellane said.',
      'Her brother was blunter. “We’re still here, and we’re still full on Saturdays,” he said.',
    ].join('\n\n'),
  );
  it('gives "Her brother was blunter. “…,” he said." to the man of her family, not the man named last', () => {
    expect(speakerOfQuote(a, 'still full on Saturdays')).toBe('Paul Castellane');
    expect(speakersAskedFor(a, 'her brother')).toEqual(['Paul Castellane']);
  });
  it('reads "has been Larkspur’s general manager" as his role', () => {
    expect(speakersAskedFor(a, 'the general manager')).toEqual(['Paul Castellane']);
  });
});

describe('an office kept unnamed for one sentence', () => {
  it('is the office of the person the next sentence opens on', () => {
    const a = parseArticle(
      [
        'Strike live',
        'The general secretary of the Confederation of Belmoran Workers (CBW), the country’s largest union federation, has addressed strikers outside the Ministry of Labour. Anika Strand told the crowd the walkout was ‘the biggest since 1995’.',
        '‘This government has had eleven months to listen,’ she said.',
        'The labour minister, Henrik Doral, has responded in a radio interview.',
      ].join('\n\n'),
    );
    const who = speakersFoundBy(engineFor(a));
    expect(who('the CBW general secretary')).toEqual(['Anika Strand']);
    expect(who('Confederation of Belmoran Workers')[0]).toBe('Anika Strand');
  });
});

describe('a company named with its town', () => {
  it('is "Corvessa Therapeutics" of "Corvessa Therapeutics of Halden, Massachusetts", not a company "of Halden"', () => {
    const a = parseArticle(
      [
        'Alzheimer’s drug slows decline',
        'The drug, veltrinemab, is made by Corvessa Therapeutics of Halden, Massachusetts. It is given once a month.',
        'Corvessa said in a statement that it planned to file for approval by the end of September.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Corvessa Therapeutics']);
  });
});

describe('a union’s local', () => {
  it('is "the union" to readers: "Laborers’ Local 319" speaks through its business manager', () => {
    const a = parseArticle(
      [
        'Heat dome',
        'Outdoor crews were sent home at noon, said Terrence Polk, business manager of Laborers’ Local 319.',
        '“Nobody should be pouring concrete in this,” Polk said.',
        'Gateway Plains Energy said demand had set a record.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(engineFor(a))('the union')).toEqual(['Terrence Polk']);
  });
});

describe('a trust asked for as a group', () => {
  it('finds "the supporters’ group" in the Fans’ Trust', () => {
    const a = parseArticle(
      [
        'Record bid accepted',
        'Harbridge Athletic have accepted a club-record bid for striker Callum Ridley.',
        'The Harbridge Athletic Fans’ Trust said it was ‘disappointed but not surprised’ by the sale.',
        '“We want the money spent on the squad,” said manager Gary Holloway.',
      ].join('\n\n'),
    );
    expect(speakersFoundBy(engineFor(a))('the supporters’ group')).toEqual(['Harbridge Athletic Fans’ Trust']);
  });
});

describe('a role asked for with whose it is', () => {
  const a = parseArticle(
    [
      'Eclipse live',
      'Totality lasted 4 minutes and 51 seconds in Cimarron Springs.',
      '“We have been getting ready for this for three years,” said Mayor Luanne Parrish.',
      'A spokeswoman for Cimarron Valley Regional Hospital said it had treated six people for heat exhaustion.',
    ].join('\n\n'),
  );
  it('finds the one who holds it bare, not an unnamed spokeswoman whose description holds the town', () => {
    expect(speakersAskedFor(a, 'mayor of Cimarron Springs')).toEqual(['Luanne Parrish']);
  });
});

describe('a body by its spokesperson', () => {
  it('finds "the syndicate" through the syndicate’s spokesman, when the syndicate says nothing itself', () => {
    const a = parseArticle(
      [
        'Outsider wins',
        'Copper Lantern is owned by a syndicate of 12 friends from Penrith.',
        '‘We’re pub people who happen to own a horse,’ said Gordon Pryce, a retired plumber who acts as the syndicate’s spokesman.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the syndicate')).toEqual(['Gordon Pryce']);
  });
});

describe('a role given with whom it is for', () => {
  it('finds "Bellmount Charlie’s trainer" by "Bellmount Charlie, the second favourite … trained by Declan Rafferty"', () => {
    const a = parseArticle(
      [
        'Outsider wins',
        'Callum Rafferty kept him going as Bellmount Charlie, the 8-1 second favourite ridden by Sean Kilroy and trained by Declan Rafferty, closed with every stride.',
        '‘You couldn’t be anything but proud of him,’ said Declan Rafferty.',
        '‘He’s always been a horse with his own ideas,’ said Helen Ashworth, who trains Copper Lantern.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'Bellmount Charlie’s trainer')).toEqual(['Declan Rafferty']);
  });
});

describe('a relative asked for by whose they are', () => {
  const a = parseArticle(
    [
      'Son beats father',
      'Callum Rafferty, 24, won on Copper Lantern, holding off a horse trained by Declan Rafferty.',
      '‘Dad’s horse was coming at us,’ Callum Rafferty said.',
      'Declan Rafferty was waiting at the gate of the winner’s enclosure. ‘I’d have liked it the other way round, obviously,’ he said.',
    ].join('\n\n'),
  );
  it('finds "Callum’s father" as the other man of the family name, not Callum', () => {
    expect(speakersFoundBy(engineFor(a))('Callum’s father')).toEqual(['Declan Rafferty']);
  });
});

describe('a police force by its own name', () => {
  it('finds the Garda when a reader asks for "the police"', () => {
    const a = parseArticle(
      [
        'Painting was a fake',
        'In a statement, An Garda Síochána said: ‘A complaint has been received in relation to the sale of a painting.’',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the police')).toEqual(['Garda Síochána']);
  });
});

describe('a body named for people of a kind', () => {
  const a = parseArticle(
    [
      'Couriers win',
      '‘This is a day of reckoning for the industry,’ the Independent Couriers and Riders Union said in a statement.',
    ].join('\n\n'),
  );
  it('is not "the rider", one person; it is still "the riders" and "the union"', () => {
    expect(speakersAskedFor(a, 'the rider')).toEqual([]);
    expect(speakersAskedFor(a, 'the riders')).toEqual(['Independent Couriers and Riders Union']);
    expect(speakersAskedFor(a, 'the union')).toEqual(['Independent Couriers and Riders Union']);
  });
});

describe('a title in the plural before two names', () => {
  it('gives "Astronauts Jenna Sorensen and Marcus Oyelaran" each the title, and no one the name "Astronauts Jenna Sorensen"', () => {
    const a = parseArticle(
      [
        'Spacewalk cut short',
        'Astronauts Jenna Sorensen and Marcus Oyelaran returned to the station after less than three hours outside.',
        '“Jenna’s in, I’m right behind her,” Oyelaran said.',
        '“Copy, Houston,” Sorensen said.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Marcus Oyelaran', 'Jenna Sorensen']);
    expect(speakersAskedFor(a, 'the astronaut')).toEqual(['Marcus Oyelaran', 'Jenna Sorensen']);
  });
});

describe('one of a kind, said of the one named before', () => {
  it('finds "the swimmer" by "With that, one of the most decorated American swimmers of her generation closed a career"', () => {
    const a = parseArticle(
      [
        'Champion retires',
        '“I’m retiring from competitive swimming,” Maren Holloway, 29, told a room of reporters on Tuesday.',
        'With that, one of the most decorated American swimmers of her generation closed a career that produced three Olympic gold medals.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the swimmer')).toEqual(['Maren Holloway']);
  });
});

describe('one of a group, by the quotation right after it', () => {
  it('finds "the resident" as the one who says the quotation after "Some residents near the pilot sites say …"', () => {
    const a = parseArticle(
      [
        'Cameras cut red-light running',
        'Some residents near the pilot sites say the difference is plain. “Before the cameras I’d count three or four cars running that light every morning. Now it’s maybe one a week,” said Tamika Bell, 52, who walks her grandson to school.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the resident')).toEqual(['Tamika Bell']);
  });
});

describe('a resident by where the text says they live', () => {
  it('finds "the resident" as "a woman who lives in a flat above a shop on High Street"', () => {
    const a = parseArticle(
      [
        'Gas leak: streets evacuated',
        'A woman who lives in a flat above a shop on High Street, and asked not to be named, told us she could smell gas ‘for a good half an hour’ before fire crews arrived.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the resident')).toEqual(['A woman']);
  });
});

describe('a customer by the word the text uses for one', () => {
  it('finds "the customer" as one "Among the regulars at Inkwell & Oak"', () => {
    const a = parseArticle(
      [
        'Bookshop revival',
        'Among the regulars at Inkwell & Oak is Margaret Doyle, 72, a retired nurse who says she calls in at least twice a week.',
        '‘Now I come in for a birthday present and leave with three books,’ Mrs Doyle said.',
      ].join('\n\n'),
    );
    expect(speakersAskedFor(a, 'the customer')).toEqual(['Margaret Doyle']);
  });
});

describe('a person and the company of their name', () => {
  const boat = buildEngine(
    parseArticle(
      'Fishing boat sinks off Alaska\n\nAll seven crew members survived.\n\nHalvorsen Marine, the Seattle-based company that operates the boat, said in a statement.\n\n“Every member of this crew is going home.”\n\nGunnar Halvorsen, who owns the boat, spoke to reporters by phone from Seattle.\n\n“I have never been so scared waiting for a phone to ring,” Halvorsen said. He said he did not yet know why it had taken on water.',
    ),
  );
  const by = speakersFoundBy(boat);
  it('"Mr. Halvorsen", "Halvorsen" and a misspelt "Halverson" are the owner, not the company', () => {
    expect(by('Mr. Halvorsen')).toEqual(['Gunnar Halvorsen']);
    expect(by('Halvorsen')).toEqual(['Gunnar Halvorsen']);
    expect(by('Halverson')).toEqual(['Gunnar Halvorsen']);
  });
  it('the company by its name or its noun is still the company', () => {
    expect(by('Halvorsen Marine')[0]).toBe('Halvorsen Marine');
    expect(by('the company')).toEqual(['Halvorsen Marine']);
  });
});

describe('a title in the plural before two names', () => {
  it('"Council members Marcus Greer and Janet Okafor-Lyle voted no": each is a council member', () => {
    const vote = buildEngine(
      parseArticle(
        'Council ends fluoridation\n\nThe Calloway City Council voted 5-2 to stop adding fluoride to the water.\n\nCouncil members Marcus Greer and Janet Okafor-Lyle voted no.\n\nGreer called the decision "a step backward for the children of this city."\n\n"We are not scientists up here," Okafor-Lyle said before the vote.',
      ),
    );
    expect(speakersFoundBy(vote)('council member Greer')[0]).toBe('Marcus Greer');
    expect(speakersFoundBy(vote)('the council members').sort()).toEqual(['Janet Okafor-Lyle', 'Marcus Greer']);
  });
});

describe('a plural noun set off before two names sharing a surname', () => {
  const river = buildEngine(
    parseArticle(
      'Boy pulled from river\n\nA 9-year-old boy was pulled from the Harlow River on Sunday.\n\nHis parents, Tom and Linda Harper, said he had slipped while fishing.\n\n“We thought we had lost him,” Linda Harper said.\n\n“I ran down the bank as fast as I could,” Tom Harper said.\n\nJuniper, a Labrador, was found dead, according to her owners, Daniel and Rachel Okimoto of Littleton.\n\n“We did everything they told us to do,” Rachel Okimoto said.\n\n“Nobody could tell us whether she was on the plane,” Daniel Okimoto said.',
    ),
  );
  const by = speakersFoundBy(river);
  it('"His parents, Tom and Linda Harper": the father and the mother, by their given names', () => {
    expect(by('the father')).toEqual(['Tom Harper']);
    expect(by('his mother')).toEqual(['Linda Harper']);
  });
  it('"her owners, Daniel and Rachel Okimoto": each is an owner', () => {
    expect(by('the owner').sort()).toEqual(['Daniel Okimoto', 'Rachel Okimoto']);
  });
});

describe('a relative named by a given name or by a clause', () => {
  it('"Their son, Daniel, a sound recordist, said": "her son" is Daniel', () => {
    const obituary = buildEngine(
      parseArticle(
        'Film director dies\n\nHilary Marchbank, the film director, has died aged 84.\n\nIn 1968 she married the journalist Colin Reaney. Their son, Daniel, a sound recordist who worked on her last two films, said his mother had kept working on scripts until a few weeks before her death.\n\n‘She had three unmade films in a drawer,’ her son said.',
      ),
    );
    expect(speakersFoundBy(obituary)('her son')).toEqual(['Daniel']);
  });
  it('"The cause was pancreatic cancer, her son said." before the son is named is his too', () => {
    const a = parseArticle('Film director dies\n\nHilary Marchbank, the film director, has died aged 84. The cause was pancreatic cancer, her son said.\n\nIn 1968 she married the journalist Colin Reaney. Their son, Daniel, a sound recordist, said his mother had kept working on scripts until a few weeks before her death.');
    expect(a.reported.filter((r) => a.speakers[r.speaker]!.name === 'Daniel').map((r) => r.text)).toContain('The cause was pancreatic cancer, her son said.');
  });
  it('"her grandson, Tom," of a story that names Tom Ellery is Tom Ellery, not a second Tom', () => {
    const a = parseArticle('Graduate at 91\n\nMargaret Ellery, 91, graduated on Friday. Her grandson, Tom, drove her to the ceremony.\n\n“She is just stubborn,” said Tom Ellery, 33.\n\n“I nearly tripped,” Mrs Ellery said.');
    expect(a.speakers.map((s) => s.name).filter((n) => /Tom/.test(n))).toEqual(['Tom Ellery']);
  });
  it('"Lars Ekdahl, a former Davis Cup player who is also his uncle": "his uncle" is Ekdahl', () => {
    const tennis = buildEngine(
      parseArticle(
        'Qualifier stuns top seed\n\nOskar Kjellberg, a 19-year-old qualifier, beat the top seed on Tuesday.\n\nHe is coached by Lars Ekdahl, a former Davis Cup player who is also his uncle and has worked with him since Kjellberg was 9.\n\n“He has never been afraid of a big court,” Ekdahl said.\n\n“I just tried to stay calm,” Kjellberg said.',
      ),
    );
    expect(speakersFoundBy(tennis)('his uncle')).toEqual(['Lars Ekdahl']);
  });
});

describe('a rank before a name', () => {
  it('"knocked out top seed and world number one Andrés Calvero": "the world number one" is Calvero, and no verb’s particle is part of his role', () => {
    const tennis = buildEngine(
      parseArticle(
        'Qualifier stuns world number one\n\nNorwegian qualifier Lukas Brandvold knocked out top seed and world number one Andrés Calvero 6-4 3-6 7-5 on Saturday.\n\n“I had nothing to lose,” Brandvold said.\n\n“He played the big points better,” Calvero said.',
      ),
    );
    expect(speakersFoundBy(tennis)('the world number one')).toEqual(['Andrés Calvero']);
    expect(tennis.article.speakers.find((s) => s.name === 'Andrés Calvero')!.role).toBe('top seed and world number one');
  });
});
