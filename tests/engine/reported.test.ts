import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/engine/parse.js';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { createContext } from '../../src/core/context.js';
import { answerText as answer } from '../../src/core/invocation.js';
import { asPlain } from '../helpers/shown.js';
import { firstSpeakerAskedFor } from '../helpers/articles.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { renderReply } from '../../src/adapters/discord/render-embed.js';
import { renderBlocks } from '../../src/adapters/slack/render-blocks.js';

const answerText = async (text: string, context: Parameters<typeof answer>[1]) => asPlain(await answer(text, context));

const TEXT = `Bridge costs rise again

Council member Raj Patel said the bridge would cost far more than the city had budgeted.

According to Patel, the tolls will not cover the debt for at least a decade.

The new span will open in 2029, the transport department said.

“We will keep the old bridge open until then,” Mayor Linda Okafor said.`;

const reported = (a: ReturnType<typeof parseArticle>) => a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text]);
const quotes = (a: ReturnType<typeof parseArticle>) => a.quotes.map((q) => [q.speaker === undefined ? undefined : a.speakers[q.speaker]!.name, q.text]);

describe('reported speech', () => {
  const a = parseArticle(TEXT);

  it('finds "X said …", "According to X, …" and "…, the department said." as reported, not quoted', () => {
    expect(reported(a)).toEqual([
      ['Raj Patel', 'Council member Raj Patel said the bridge would cost far more than the city had budgeted.'],
      ['Raj Patel', 'According to Patel, the tolls will not cover the debt for at least a decade.'],
      ['The transport department', 'The new span will open in 2029, the transport department said.'],
    ]);
    expect(a.quotes.map((q) => q.text)).toEqual(['We will keep the old bridge open until then']);
  });

  it('finds a report that leads into a quotation: "…said it would consider any complaint but added: “…”"', () => {
    const b = parseArticle(
      'Okafor edges Tabakov\n\nIn a statement released shortly after midnight, the International Boxing Council said it would consider any formal complaint from Tabakov’s team but added: “The council has full confidence in all three officials assigned to this bout.”',
    );
    expect(reported(b)).toEqual([['International Boxing Council', expect.stringMatching(/^In a statement released shortly after midnight/)]]);
    expect(quotes(b)).toEqual([['International Boxing Council', 'The council has full confidence in all three officials assigned to this bout.']]);
  });

  it('gives "He called it ‘…’ and insisted Frew had …" to the "he", not to the name in what he insisted', () => {
    const b = parseArticle(
      'Cup final\n\nRovers manager Neil Tranter watched from the touchline.\n\nTranter was in no mood to be generous. He called the red card ‘a shocking decision’ and insisted Callum Frew had got a touch on the ball.',
    );
    expect(reported(b)).toEqual([['Neil Tranter', expect.stringMatching(/^He called the red card/)]]);
  });

  it('gives a news outlet the text names only as reporting its report: "Reuters reports that …", "According to Sky News, …"', () => {
    const b = parseArticle(
      'Truce falters\n\nThe truce faltered on Monday.\n\nReuters reports that government forces have not withdrawn from the road.\n\nAccording to al-Jazeera, the ceasefire applies to all of Syria.\n\nAccording to police, two people were hurt.',
    );
    expect(reported(b)).toEqual([
      ['Reuters', 'Reuters reports that government forces have not withdrawn from the road.'],
      ['al-Jazeera', 'According to al-Jazeera, the ceasefire applies to all of Syria.'],
    ]);
    expect(firstSpeakerAskedFor(b, 'al jazeera')).toBe('al-Jazeera');
  });

  it('does not take a sentence about something else for a report', () => {
    const b = parseArticle('T\n\nThe shares fell after the company lowered its forecast said nothing.\n\nAnalysts said the plant would be big.');
    expect(b.reported).toEqual([]);
  });

  it('answers "what did X say" with the reported statements, marked as reported, when X is never quoted', async () => {
    const ctx = createContext(buildEngine(a), { commandName: 'bridge' });
    const reply = await answerText('what did patel say', ctx);
    expect(reply.kind).toBe('quotes');
    expect(reply.quotes.map((q) => q.reported)).toEqual([true, true]);
    expect(reply.text).toMatch(/reported, not a direct quote/);
    expect(reply.text).not.toMatch(/“Council member/);
    for (const shown of [renderText(reply), JSON.stringify(renderReply(reply).embeds), JSON.stringify(renderBlocks(reply).blocks)]) {
      expect(shown).toMatch(/reported, not a direct quote/);
    }
  });

  it('lists direct quotes before reported statements', async () => {
    const b = parseArticle('T\n\nMayor Linda Okafor said the vote would come in May.\n\n“We are ready for this,” Okafor said.');
    const reply = await answerText('what did the mayor say', createContext(buildEngine(b), { commandName: 't' }));
    expect(reply.quotes.map((q) => [q.text, q.reported ?? false])).toEqual([
      ['We are ready for this', false],
      ['Mayor Linda Okafor said the vote would come in May.', true],
    ]);
  });
});

describe('routing "what does X think about Y"', () => {
  const ctx = createContext(buildEngine(parseArticle(TEXT)), { commandName: 'bridge' });

  it('asks the search when X is no one the article quotes or reports', async () => {
    const reply = await answerText('what does the school board think about the bridge', ctx);
    expect(reply.kind).not.toBe('quotes');
    expect(reply.title).not.toBe('No such speaker');
  });

  it('shows what the article says of someone it names but never quotes: "did the insurer say anything"', async () => {
    const museum = createContext(
      buildEngine(parseArticle('Museum theft\n\n“We are devastated,” said museum director Margaret Ellison-Vance.\n\nMeridian Fine Art Insurance, which insures the museum’s collection, declined to comment.\n\nThe museum will stay closed until Wednesday.')),
      { commandName: 'museum' },
    );
    const reply = await answerText('did the insurance company say anything', museum);
    expect(reply.title).not.toBe('No such speaker');
    expect(reply.citations.map((c) => c.text)).toContain('Meridian Fine Art Insurance, which insures the museum’s collection, declined to comment.');
    // Someone the article never mentions is still told who it does quote.
    expect((await answerText('what did the archbishop say', museum)).title).toBe('No such speaker');
  });

  it('lists what X said when X is a speaker', async () => {
    const reply = await answerText('what does Patel think about the tolls', ctx);
    expect(reply.kind).toBe('quotes');
  });
});

describe('who a reported statement is from', () => {
  it('takes a body or a document for a speaker, but not any noun phrase before a speech verb', () => {
    const a = parseArticle(
      'T\n\nKeltura will build a $14 billion factory, the company said on Monday, the largest private investment ever announced in Arizona.\n\nThe audit found the department overspent by $2 million.\n\nThe first results announced at 9 p.m. showed a close race.',
    );
    const names = a.speakers.map((s) => s.name);
    expect(names).not.toContain('The largest private investment ever');
    expect(names).not.toContain('The first results');
  });
});

describe('reported speech after an opening clause, and by someone introduced with a role', () => {
  it('reads "Asked whether …, the minister said …" as the minister\'s statement', () => {
    const a = parseArticle(
      'Rail strike\n\nRail minister Oliver Strand called the walkouts unnecessary.\n\n‘These strikes will hurt the very passengers that rail workers are there to serve,’ Mr Strand said.\n\nAsked whether the government would step in to fund a bigger pay rise, the minister said the industry was still recovering from the pandemic and could not rely on taxpayers to cover its costs.',
    );
    expect(reported(a)).toContainEqual(['Oliver Strand', 'Asked whether the government would step in to fund a bigger pay rise, the minister said the industry was still recovering from the pandemic and could not rely on taxpayers to cover its costs.']);
  });

  it('gives "He told supporters …" to the man just named, even when his role came between a preposition and his name', () => {
    const a = parseArticle(
      'Election\n\n12:47 a.m. — Democrat Elaine Whitford has 61,208 votes to Republican Marcus Hale’s 55,590 votes.\n\n12:20 a.m. — Former county executive Paul Draper said the race was the closest he had seen.\n\n12:05 a.m. — Hale conceded the race in a brief speech. He told supporters he would not seek a recount.',
    );
    expect(reported(a)).toContainEqual(['Marcus Hale', 'He told supporters he would not seek a recount.']);
  });
});

describe('someone who speaks for another, and a scare quote inside a report', () => {
  const a = parseArticle(
    'Fares\n\nThe transit board voted to raise fares on Thursday.\n\nA spokesman for Mayor Shannon Glover said the city was "reviewing" the agency\'s request for an additional $1.5 million.\n\n“We will decide by spring,” a lawyer for Councilwoman Ada Reyes said.',
  );

  it('reads a sentence with a scare quote in it as a reported statement', () => {
    expect(reported(a).map(([, text]) => text)).toContain('A spokesman for Mayor Shannon Glover said the city was "reviewing" the agency\'s request for an additional $1.5 million.');
  });

  it('gives the words to the spokesman or the lawyer, not to the person they speak for', () => {
    expect(reported(a).map(([name]) => name)).toContain('A spokesman for Mayor Shannon Glover');
    expect(a.speakers[a.quotes[0]!.speaker!]!.name).toBe('A lawyer for Councilwoman Ada Reyes');
  });
});

describe('a utility named like a place', () => {
  it('reads "Southmoor Water said …" as the company speaking', () => {
    const a = parseArticle('Fine\n\nA water company was fined £3.2 million on Friday.\n\nSouthmoor Water said it was “deeply sorry” and had spent £40 million upgrading pumps.');
    expect(reported(a)).toContainEqual(['Southmoor Water', 'Southmoor Water said it was “deeply sorry” and had spent £40 million upgrading pumps.']);
  });
});

describe('a role set off before the name it belongs to', () => {
  it('"The Farming Minister, Daniel Hargreaves, told MPs …" is Hargreaves, the minister', () => {
    const a = parseArticle(
      'Subsidy cut\n\nThe Farming Minister, Daniel Hargreaves, told MPs that the budget would fall from £180 million to £112 million.\n\n‘We have to spend public money on public goods,’ Mr Hargreaves said.',
    );
    expect(reported(a)).toContainEqual(['Daniel Hargreaves', 'The Farming Minister, Daniel Hargreaves, told MPs that the budget would fall from £180 million to £112 million.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Daniel Hargreaves']);
    expect(findSpeakers(a.speakers, 'the minister').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Daniel Hargreaves']);
  });

  it('"St. Clement\'s president, Dr. Robert Haines, said …" is Haines, the president', () => {
    const a = parseArticle('Strike\n\nIn a statement, St. Clement\'s president, Dr. Robert Haines, said staffing levels met state rules.\n\n“We remain at the table,” Haines said.');
    expect(reported(a).map(([name]) => name)).toEqual(['Robert Haines']);
    expect(a.speakers[0]!.role).toMatch(/president$/);
  });
});

describe('a body whose name ends in a lower-case body word', () => {
  it('reads "The United Food and Commercial Workers union, which …, said" as the union', () => {
    const a = parseArticle('Closures\n\nThe chain will close 12 stores.\n\nThe United Food and Commercial Workers union, which represents about 6,000 employees, said it was "blindsided" by the announcement.');
    expect(reported(a).map(([name]) => name)).toEqual(['United Food and Commercial Workers union']);
    expect(findSpeakers(a.speakers, 'the union').map((m) => a.speakers[m.speaker]!.name)).toEqual(['United Food and Commercial Workers union']);
  });
});

describe('a person named at the end of a reported sentence', () => {
  it('speaks for the whole sentence, and "Health Director Dr." before the name is a role, not a person', () => {
    const a = parseArticle(
      'T\n\nThe health department has confirmed two more measles cases, bringing the total to 19, Health Director Dr. Teresa Vang said at an afternoon briefing.\n\n“We expected more cases,” Vang said.',
    );
    expect(reported(a).map(([name]) => name)).toEqual(['Teresa Vang']);
    expect(a.speakers.map((s) => s.name)).toEqual(['Teresa Vang']);
    expect(a.speakers[0]!.role).toBe('Health Director');
  });
});

describe('roles in British court and council reports', () => {
  const a = parseArticle(
    [
      'T',
      'Senior coroner Dr Alison Featherstone recorded a narrative conclusion on Thursday.',
      'Mrs Thornbury’s son, Mr Graham Thornbury, 61, told the hearing that the family had raised concerns about her bed.',
      'The home’s visiting GP, Dr Fiona Lister, said in a written statement that she had not been told about the fall.',
      '‘Families put their trust in care homes,’ said Ashcombe and Vale MP Dame Deborah Whitlock-Hayes.',
      'The Liberal Democrat MP said she had written to the care minister.',
    ].join('\n\n'),
  );

  it('credits the person the role describes, not a name inside the role', () => {
    expect(reported(a).map(([name]) => name)).toEqual(['Graham Thornbury', 'Fiona Lister', 'Deborah Whitlock-Hayes']);
  });

  it('finds them by the role: the son, the GP, the MP, the coroner', () => {
    const who = (query: string) => findSpeakers(a.speakers, query).map((m) => a.speakers[m.speaker]!.name);
    expect(who('her son')).toEqual(['Graham Thornbury']);
    expect(who('the GP')).toEqual(['Fiona Lister']);
    expect(who('the MP')).toEqual(['Deborah Whitlock-Hayes']);
  });
});

describe('a few quoted words inside a report', () => {
  const a = parseArticle(
    'T\n\nHarlan County Prosecutor Gregory Tillman told reporters outside the courthouse that the verdict showed the community would not accept “shoot first, ask later” as a defense.',
  );

  it('are the speaker’s quote, and the sentence stays a report that says what they mean', () => {
    expect(a.quotes.map((q) => [a.speakers[q.speaker!]!.name, q.text])).toEqual([['Gregory Tillman', 'shoot first, ask later']]);
    expect(reported(a).map(([name]) => name)).toEqual(['Gregory Tillman']);
  });
});

describe('"She said …" after a paragraph quoting someone by role', () => {
  it('is the quoted coroner, not the woman the quotation talks about', () => {
    const a = parseArticle(
      [
        'T',
        'Mrs Margaret Thornbury, 87, died in hospital in November. Senior coroner Dr Alison Featherstone recorded a narrative conclusion on Thursday.',
        '‘Mrs Thornbury’s falls risk assessment was reviewed after each fall,’ the coroner said. ‘That equipment was ordered once and never chased. Nobody took ownership of it.’',
        'She said she would send a prevention of future deaths report to the company.',
      ].join('\n\n'),
    );
    expect(reported(a).map(([name]) => name)).toEqual(['Alison Featherstone']);
  });
});

describe('a speaker who declined to say', () => {
  it('is the spokesperson quoted before, not a speaker called "The spokesperson declined to"', () => {
    const a = parseArticle(
      'T\n\n“We are reallocating resources,” a company spokesperson said in an emailed statement. The spokesperson declined to say how many of the affected positions were outside the United States.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['A company spokesperson']);
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['A company spokesperson']);
  });
});

describe('a surname that ends like a profession', () => {
  it('reads "Lindqvist" as a name, not as a role like "geologist"', () => {
    const a = parseArticle(
      'T\n\nGary Lindqvist, who has run a fishing guide boat out of Bridgeport Falls for 22 years, said he had already canceled 11 trips.\n\n“You could smell it before you could see it,” Lindqvist said.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Gary Lindqvist']);
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Gary Lindqvist']);
  });
});

describe('"he said" at the end of a sentence whose subject is no one named', () => {
  it('goes back to the speaker before, not to a place named inside the sentence', () => {
    // The whole article: the place is named often enough elsewhere to look like someone.
    const a = parseArticle(readFileSync('tests/eval/fresh/e8-oil-spill.txt', 'utf8'));
    const town = a.reported.find((r) => r.text.startsWith('The town has switched'))!;
    expect(a.speakers[town.speaker]!.name).toBe('Raymond Osei');
    expect(a.speakers.map((s) => s.name)).not.toContain('Bridgeport Falls');
  });
});

describe('"The statement said …"', () => {
  it('is the words of whoever the statement was quoted from, never a speaker called "The statement"', () => {
    const a = parseArticle(
      'T\n\nA botched change at Nimbus Cloud Services took down payment apps on Tuesday.\n\nIn a statement on its status page, the company said: “A routine configuration change was applied incorrectly.”\n\nThe statement said engineers had identified the root cause and that the company was pausing all changes for two weeks.',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('The statement');
    const statement = a.reported.find((r) => r.text.startsWith('The statement said'))!;
    expect(a.speakers[statement.speaker]!.name).toBe('Nimbus Cloud Services');
  });
});

describe('a body the lead describes before the story names it', () => {
  it('takes "…, a monitoring group said." for the Border Conflict Monitoring Centre, "a Vienna-based group", named after', () => {
    const a = parseArticle(
      'T\n\nA truce around Meren collapsed on Tuesday, killing at least 31 civilians, a monitoring group said.\n\nThe Border Conflict Monitoring Centre, a Vienna-based group that tracks casualties, said nine children were among the dead.\n\n“These are only the deaths we have been able to confirm,” the group said.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['Border Conflict Monitoring Centre']);
    expect(a.reported.every((r) => r.speaker === 0)).toBe(true);
  });
});

describe('a report by age', () => {
  it('gives "The 31-year-old, who missed most of last summer, said he had …" to the person just named', () => {
    const a = parseArticle(
      'T\n\nCallum Rennard took six for 48.\n\nThe 31-year-old, who missed most of last summer with a stress fracture, said he had spent the winter shortening his run-up.',
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Callum Rennard']);
  });
});

describe('a report in a later clause', () => {
  it('finds "…, but Whitcombe said the problems of 2021 had made that less likely"', () => {
    const a = parseArticle(
      'T\n\nDana Whitcombe, the flight director, led the shift.\n\nThe mission could be extended beyond its 20 months if fuel remains, but Whitcombe said the problems of 2021 had made that less likely.',
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Dana Whitcombe']);
  });
});

describe('a report inside a noun’s own clause', () => {
  it('gives "…by coach, a journey the airport says could take two hours" to the airport named before, not to "a journey"', () => {
    const a = parseArticle(
      'T\n\nDrones closed the runway at Eastmoor Airport on Saturday.\n\nPassengers are being brought back to Eastmoor by coach, a journey the airport says could take up to two hours.',
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Eastmoor Airport']);
  });

  it('keeps "an attorney representing the injured man" the speaker', () => {
    const a = parseArticle('T\n\nThe bridge fell on Monday.\n\nAn attorney representing the injured man said the county had ignored warnings for years.');
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual([expect.stringMatching(/^An attorney/)]);
  });
});

describe('an attribution set off inside the sentence', () => {
  it('"Most of it, the prosecutor said, was spent on a hot tub" is the prosecutor\'s', () => {
    const a = parseArticle('T\n\nProsecutor Simon Ashdown opened the case for the Crown.\n\nMost of it, the prosecutor said, was spent within a fortnight on a hot tub and a holiday in Lanzarote.');
    expect(a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text])).toEqual([['Simon Ashdown', 'Most of it, the prosecutor said, was spent within a fortnight on a hot tub and a holiday in Lanzarote.']]);
  });
});

describe('an unnamed spokesperson for a body with a long name', () => {
  it('keeps the whole body in the description: "A spokesperson for the federal Mine Safety and Health Administration"', () => {
    const a = parseArticle('T\n\nA spokesperson for the federal Mine Safety and Health Administration said the agency had sent six inspectors to the site.');
    expect(a.speakers.map((s) => s.name)).toEqual(['A spokesperson for the federal Mine Safety and Health Administration']);
    expect(findSpeakers(a.speakers, 'Mine Safety and Health Administration').map((m) => a.speakers[m.speaker]!.name)).toEqual(['A spokesperson for the federal Mine Safety and Health Administration']);
  });
});

describe('an unnamed speaker placed somewhere named', () => {
  it('is "one longtime poll worker at the Corley Township precinct", not Corley Township', () => {
    const a = parseArticle(
      'T\n\nOne longtime poll worker at the Corley Township precinct, who asked not to be named because she is not authorized to speak for the elections office, said lines had formed before the polls opened.\n\n“We had people out the door at 6:45 in the morning,” she said.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['One longtime poll worker at the Corley Township precinct']);
    expect(findSpeakers(a.speakers, 'the poll worker').map((m) => a.speakers[m.speaker]!.name)).toEqual(['One longtime poll worker at the Corley Township precinct']);
  });
});

describe('a report with a clause of quoted words in it', () => {
  it('is still the report: "…said no fire risk assessment had been carried out, and that the argument had been raised ‘…’"', () => {
    const a = parseArticle(
      'T\n\nEmployment Judge Alun Prothero heard the case.\n\nJudge Prothero said no fire risk assessment had ever been carried out to support that claim, and that the argument had been raised ‘for the first time in cross-examination, some 18 months after the event’.',
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Alun Prothero']);
    expect(a.reported[0]!.text).toMatch(/no fire risk assessment/);
  });
});

describe('a quotation after a bare attribution', () => {
  it('is a quote, not also a report: "According to Patel, “the budget is a fantasy that the next council will have to fix.”"', () => {
    const a = parseArticle('T\n\n“The numbers do not add up,” council member Raj Patel said. According to Patel, “the budget is a fantasy that the next council will have to fix.”');
    expect(a.quotes.map((q) => a.speakers[q.speaker!]!.name)).toEqual(['Raj Patel', 'Raj Patel']);
    expect(a.reported).toEqual([]);
  });
});

describe('an anonymous source, and a body set off by an apposition, at the end of a report', () => {
  it('gives "…, the source said." to the source named before', () => {
    const a = parseArticle('T\n\nThe group had taken a chairlift to the top, according to a police source.\n\nThe prosecutor has opened an investigation into the accident, the source said.');
    expect(reported(a).map(([who]) => who)).toEqual(['A police source', 'A police source']);
  });

  it('gives "…, SRA, the company that operates the lifts, said in a statement, adding that …" to SRA', () => {
    const a = parseArticle(
      'T\n\nSigns at the top of the lifts warned skiers against leaving the marked runs, SRA, the company that operates the lifts, said in a statement, adding that it “shares the grief of the families.”',
    );
    expect(reported(a).map(([who]) => who)).toEqual(['SRA']);
  });

  it('leaves a list that ends in a name before "the agency said" alone', () => {
    const a = parseArticle('T\n\nAbout 7,800 people have been moved out of the villages of El Mirador and Las Palmas, the civil protection agency said.');
    expect(reported(a).map(([who]) => who)).toEqual(['The civil protection agency']);
  });
});

describe('more ways a report is made', () => {
  it('gives "…cast the lone vote against, arguing that …" to the sentence’s subject', () => {
    const a = parseArticle('T\n\nCouncilmember Dana Whitlock cast the lone vote against, arguing that the surcharge would fall hardest on large families in older neighborhoods.');
    expect(reported(a).map(([who]) => who)).toEqual(['Dana Whitlock']);
  });

  it('reads "advised" as a report, and "The Conservatives said" as a party’s', () => {
    const a = parseArticle(
      'T\n\nProf Priya Raman, a cyber security expert, spoke to us. Prof Raman advised people to treat any message mentioning the attack with suspicion.\n\nThe Conservatives said afterwards that Marchbank had been referring to a wider measure.',
    );
    expect(reported(a).map(([who]) => who)).toEqual(['Priya Raman', 'The Conservatives']);
    expect(findSpeakers(a.speakers, 'the Tories').map((m) => a.speakers[m.speaker]!.name)).toEqual(['The Conservatives']);
  });

  it('finds a polling company as "the pollster"', () => {
    const a = parseArticle('T\n\nA Redmore Polling snap poll found 36% thought Ashworth performed best. Redmore Polling said the gap was within the poll’s margin of error.');
    expect(findSpeakers(a.speakers, 'the pollster').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Redmore Polling']);
  });
});

describe('a report as the sentence’s second verb', () => {
  it('gives "Delgado disputed that estimate, calling it “…,” and said several states …" to Delgado', () => {
    const a = parseArticle('T\n\nState Sen. Marcus Delgado sponsored the bill.\n\nDelgado disputed that estimate, calling it “a scare number dreamed up to kill the bill,” and said several states with similar caps had seen no measurable rise in premiums.');
    expect(reported(a).map(([who, text]) => [who, text!.slice(0, 30)])).toContainEqual(['Marcus Delgado', 'Delgado disputed that estimate']);
  });
});

describe('a role asked for by another form of its word', () => {
  it('finds "the organizers" in "president of the Lucerne regatta’s organizing committee"', () => {
    const a = parseArticle('T\n\n“You could hear the noise building,” Marco Baumann, president of the Lucerne regatta’s organizing committee, said.');
    expect(findSpeakers(a.speakers, 'the organizers').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Marco Baumann']);
  });
});

describe('an unnamed source after the verb, and the same source again', () => {
  const a = parseArticle(
    'Striker sold\n\n‘The board held out for as long as they possibly could,’ said a source at the club. ‘In the end it was the player who forced this through.’\n\nThe same source said Eastmoor had also rejected a loan offer from Saudi Arabia.\n\n“It was chaos,” said a spokesman at a news conference.',
  );

  it('keeps where the source is, as readers ask for them, and takes "the same source" for that source', () => {
    expect(a.speakers.map((s) => s.name)).toEqual(['A source at the club', 'A spokesman']);
    expect(reported(a)).toEqual([['A source at the club', 'The same source said Eastmoor had also rejected a loan offer from Saudi Arabia.']]);
    expect(findSpeakers(a.speakers, 'the source at the club').map((m) => a.speakers[m.speaker]!.name)).toEqual(['A source at the club']);
  });
});

describe('"the Italian" for the person just named', () => {
  it('takes "The Italian said" for the Eastmoor manager, and leaves "the Belgian foreign ministry" to the ministry', () => {
    const a = parseArticle(
      [
        'Striker sold',
        'Eastmoor manager Luca Ferrante admitted he was gutted to lose his top scorer.',
        '‘Once a player decides he wants to go, you cannot build a dressing room around him,’ he said.',
        'The Italian said the club would move quickly to sign a replacement.',
        'The Belgian foreign ministry said in a statement that it was “in contact with the French authorities”.',
      ].join('\n\n'),
    );
    expect(reported(a)).toContainEqual(['Luca Ferrante', 'The Italian said the club would move quickly to sign a replacement.']);
    expect(a.speakers[a.quotes[1]!.speaker!]!.name).not.toBe('Luca Ferrante');
  });
});

describe('whose role it is, before a name', () => {
  it('gives "Eastmoor manager Luca Ferrante, who insisted … ‘not for sale at any price’, …" to Ferrante, not to Eastmoor Rovers', () => {
    const a = parseArticle(
      [
        'Striker sold',
        'Hallington City have landed Kieran Mensah, ending a saga that left Eastmoor Rovers supporters fuming.',
        'Eastmoor manager Luca Ferrante, who insisted as recently as last week that Mensah was ‘not for sale at any price’, admitted he was gutted to lose his top scorer.',
        'Prime Minister Helen Marchbank opened the debate on the economy.',
        'Marchbank accused Labour of having ‘no plan, no numbers and no intention of ever bringing the numbers down’.',
      ].join('\n\n'),
    );
    expect(a.speakers[a.quotes[0]!.speaker!]!.name).toBe('Luca Ferrante');
    // "accused" is a role noun too, but no name follows with it as a role.
    expect(a.speakers[a.quotes[1]!.speaker!]!.name).toBe('Helen Marchbank');
  });
});

describe('a body of one word, first seen speaking', () => {
  it('takes "Loopa said it disagreed …" for Loopa, which the text names mid-sentence too, and "Police said" for the police, no body of that name', () => {
    const a = parseArticle(
      [
        'App fined',
        'Loopa said it disagreed with the decision and would appeal to the Irish High Court.',
        'Police said the office was closed on Monday.',
        'The regulator fined Loopa 410 million euros.',
      ].join('\n\n'),
    );
    expect(reported(a)).toEqual([
      ['Loopa', 'Loopa said it disagreed with the decision and would appeal to the Irish High Court.'],
      ['Police', 'Police said the office was closed on Monday.'],
    ]);
    expect(a.speakers.find((s) => s.name === 'Police')?.unnamed).toBe(true);
  });
});

describe('a long first clause before the attribution set off mid-sentence', () => {
  it('finds "…, Mr Ashworth said, with …" after a clause that holds commas of its own', () => {
    const a = parseArticle(
      'Post office\n\n‘We had a choice,’ said Colin Ashworth, chairman of the parish council.\n\nFitting out the room with a counter, a security screen, a safe and a new alarm has cost £11,200, Mr Ashworth said, with the rest of the money set aside to cover running costs.',
    );
    expect(reported(a).map(([who]) => who)).toEqual(['Colin Ashworth']);
  });

  it('finds "…, Castellano said, and …" after a clause of more than a hundred characters', () => {
    const a = parseArticle(
      'Heist\n\n“It was gone,” said Miriam Castellano, the museum’s curator.\n\nThe motion detector in the east gallery had been switched off since early January because cold drafts kept setting off false alarms, Castellano said, and the museum had been quoted $14,000 to replace the system.',
    );
    expect(reported(a).map(([who]) => who)).toEqual(['Miriam Castellano']);
  });
});

describe('a preposition opening a sentence', () => {
  it('is no name: "Between March 2020 and November 2022, prosecutors say, …" has no speaker "Between March"', () => {
    const a = parseArticle('Fraud\n\nBetween March 2020 and November 2022, prosecutors say, his clinic in Waltham reported enrolling 212 patients.');
    expect(a.speakers.map((s) => s.name)).not.toContain('Between March');
  });
});

describe('someone kept anonymous is "the source"', () => {
  it('takes "the source said" for "One senior figure at a smaller operator, who asked not to be named"', () => {
    const a = parseArticle(
      [
        'Bus fares',
        'One senior figure at a smaller operator, who asked not to be named because contracts were still being negotiated, said the figures were ‘built on optimistic assumptions’.',
        '‘If the money runs short in year two, it’s the small firms that will be left holding the bill,’ the source said.',
      ].join('\n\n'),
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['One senior figure at a smaller operator']);
    expect(findSpeakers(a.speakers, 'the anonymous source').map((m) => a.speakers[m.speaker]!.name)).toEqual(['One senior figure at a smaller operator']);
  });
});

describe('what follows a closing "said" is who said it only when short', () => {
  it('gives "A senior Republican strategist …, who asked not to be named …, said Brandt’s path depended …" to the strategist', () => {
    const a = parseArticle(
      'Race\n\nCarl Brandt conceded in front of supporters.\n\nA senior Republican strategist in Frankfort, who asked not to be named because he was not authorized to speak for the party, said Brandt’s path depended on keeping Whitfield below 60% in Jefferson County.',
    );
    const r = a.reported.find((s) => s.text.includes('Brandt’s path'))!;
    expect(a.speakers[r.speaker]!.name).toBe('A senior Republican strategist in Frankfort');
  });
});

describe('a pronoun going on with the speaker just reported', () => {
  it('gives "She said he was expected to be released" to the spokeswoman of the sentence before, not the trainer named earlier', () => {
    const a = parseArticle(
      [
        'Fight',
        'Henley said Okafor had sparred more than 200 rounds during the camp.',
        'Tabakov was taken to a local hospital to have the cut over his eye stitched, a spokeswoman for the promoter said. She said he was expected to be released Sunday morning.',
      ].join('\n\n'),
    );
    const of = (start: string) => a.speakers[a.reported.find((r) => r.text.startsWith(start))!.speaker]!.name;
    expect(of('She said')).toBe('A spokeswoman for the promoter');
  });

  it('reads "Over four days on the stand, he told jurors that …" as his report', () => {
    const a = parseArticle(
      'Trial\n\nCurtis Lamb, his college roommate, was the government’s main witness.\n\nMr. Lamb pleaded guilty in 2022 and testified against his friend as a cooperating witness. Over four days on the stand, he told jurors that the two men used prepaid cellphones and spoke in a crude code, referring to pending deals as “fishing trips.” He said Mr. Halvorsen had paid him about $400,000 in cash.',
    );
    expect(a.reported.filter((r) => r.text.startsWith('Over four days')).map((r) => a.speakers[r.speaker]!.name)).toEqual(['Curtis Lamb']);
  });
});

describe('a report that goes on after a quotation', () => {
  it('reads "described the results as ‘…’, and said nobody should …" as a reported statement too', () => {
    const a = parseArticle(
      'Coffee study\n\nDr Imogen Thackeray led the study.\n\nDr Thackeray described the results as ‘reassuring for people who enjoy their morning coffee, rather than a prescription’, and said nobody should start drinking coffee because of the study.',
    );
    expect(reported(a).map(([name, text]) => [name, text!.slice(-28)])).toContainEqual(['Imogen Thackeray', 'coffee because of the study.']);
    expect(a.quotes.map((q) => q.text)).toEqual(['reassuring for people who enjoy their morning coffee, rather than a prescription']);
  });
});

describe('a subject that names its speaker before a clause naming someone else', () => {
  it('gives "The novelist Ifeoma Adeyemi, who studied with Ms. Ormsby …, said …" to Adeyemi, not to the woman her clause names', () => {
    const a = parseArticle(
      [
        'Judith Ormsby, Chronicler of Mill Towns, Dies at 88',
        'Judith Ormsby, whose novels won her a Pulitzer Prize, died on Tuesday. She was 88.',
        'The novelist Ifeoma Adeyemi, who studied with Ms. Ormsby at Smith in the 1990s, said she had kept her teacher’s handwritten comments for more than 30 years.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Ifeoma Adeyemi']);
  });
});

describe('reports whose speaker stands mid-sentence or is a bare word', () => {
  const reporter = (a: ReturnType<typeof parseArticle>, words: string) => {
    const r = a.reported.find((x) => x.text.includes(words));
    return r === undefined ? undefined : a.speakers[r.speaker]!.name;
  };

  it('gives "…, whose president, Dwayne Petrakis, said the museum had cut …" to Petrakis', () => {
    const a = parseArticle(['Theft', 'The guards are represented by Local 418 of the United Security Officers union, whose president, Dwayne Petrakis, said the museum had cut its overnight shift to one guard.'].join('\n\n'));
    expect(reporter(a, 'overnight shift')).toBe('Dwayne Petrakis');
  });

  it('gives "Police said …" to the force the story names, before or after, as one body with its fuller name', () => {
    const a = parseArticle(
      [
        'Chase',
        'Police said the truck had been reported stolen from a car dealership two days earlier.',
        'Officers followed the truck for 14 minutes, Carver City Police spokeswoman Officer Danielle Pruitt said.',
        'The Carver City Police Department said in a statement that the pursuit would be reviewed.',
      ].join('\n\n'),
    );
    expect(reporter(a, 'reported stolen')).toBe('Carver City Police Department');
    expect(a.speakers.filter((s) => /^Carver City Police/.test(s.name))).toHaveLength(1);
  });

  it('finds "the opposition councillor" as Cllr Tom Rafferty, leader of the opposition group, not another councillor', () => {
    const a = parseArticle(
      [
        'Care homes',
        'Councillor Margaret Ashdown, cabinet member for adult social care, said the homes were too costly to repair.',
        'Cllr Tom Rafferty, leader of the Liberal Democrat opposition group, accused the cabinet of neglect.',
        'The opposition councillor said his group would ask for the decision to be called in for scrutiny.',
      ].join('\n\n'),
    );
    expect(reporter(a, 'called in for scrutiny')).toBe('Tom Rafferty');
  });
});

describe('a name in an opening phrase’s own clause', () => {
  it('does not make “At the Corner Cup café, where Dettmer eats breakfast, the staff say …” his report', () => {
    const a = parseArticle(
      [
        'Lottery winner still waves at the bus',
        '“I drove some of those kids’ parents,” Ray Dettmer says.',
        'At the Corner Cup café, where Dettmer eats breakfast most Thursdays, the staff say not much has changed.',
      ].join('\n\n'),
    );
    const his = a.reported.filter((r) => a.speakers[r.speaker!]!.name === 'Ray Dettmer').map((r) => r.text);
    expect(his.join(' ')).not.toMatch(/the staff say/);
  });
});

describe('a report after a quoted judgement', () => {
  it('is the pronoun’s: "She called the result “…” and said the committee would now push …"', () => {
    const a = parseArticle(
      [
        'Recall',
        'Marisol Fenwick chairs the recall committee.',
        'Fenwick, 66, said the group’s volunteers had knocked on more than 9,000 doors since August. She called the result “a message to every future mayor” and said the committee would now push for a charter amendment.',
      ].join('\n\n'),
    );
    const reported = a.reported.filter((r) => r.speaker !== undefined && a.speakers[r.speaker]!.name === 'Marisol Fenwick').map((r) => r.text);
    expect(reported.some((t) => t.includes('said the committee would now push for a charter amendment'))).toBe(true);
  });
});

describe('a short report holding a quotation', () => {
  it('is a report when a clause of its own leads to the quote: "He said he spent ‘most of March 2020 …’"', () => {
    const a = parseArticle(
      [
        'A degree at 91',
        'Her grandson, Tom Ellery, 33, a software tester, set her up with a second-hand laptop. He said he spent ‘most of March 2020 on the phone saying, “No, Gran, the other button”’.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => [r.text, a.speakers[r.speaker!]?.name])).toContainEqual(['He said he spent ‘most of March 2020 on the phone saying, “No, Gran, the other button”’.', 'Tom Ellery']);
  });
});

describe('"X, who …, said Strand shook him off"', () => {
  it('is X’s report about Strand, not Strand’s, even when Strand is named before', () => {
    const a = parseArticle(
      [
        'No-hitter',
        'Caleb Strand threw a no-hitter on Saturday.',
        'Senior catcher Javier Ocampo, who also drove in the game’s first run with a double in the second inning, said Strand shook him off only twice all day.',
      ].join('\n\n'),
    );
    const report = a.reported.find((r) => r.text.includes('shook him off'));
    expect(report && a.speakers[report.speaker!]!.name).toBe('Javier Ocampo');
  });
});

describe('a report that ends ", said Name, a long apposition."', () => {
  it('is the named person’s, however long the apposition', () => {
    const a = parseArticle(
      [
        'Meteorite',
        'The stone, about the size of a lemon and weighing 312 grams (11 ounces), is a fragment of an asteroid that formed roughly 4.56 billion years ago, said Priya Raman, curator of meteorites at the Lake Champlain Museum of Natural History in Burlington.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker!]?.name)).toEqual(['Priya Raman']);
  });
});

describe('a surname in -ly', () => {
  it('reads "Mr Tully said …" and "…, Damien Tully said." as their reports, not "Tully" as an adverb', () => {
    const a = parseArticle(
      [
        'Fire',
        'Graeme Tully, 72, a retired fisherman, left his Ocean Parade home of 30 years.',
        'Mr Tully said the town was last evacuated in 2006, when a grass fire burnt to within 500 metres of the surf club.',
        'The surf club was saved that time, Graeme Tully said.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => [a.speakers[r.speaker!]!.name, r.text.slice(0, 30)])).toEqual([
      ['Graeme Tully', 'Mr Tully said the town was las'],
      ['Graeme Tully', 'The surf club was saved that t'],
    ]);
  });
});

describe('a report closed by "his mother said"', () => {
  it('is the mother’s, named before as "his mother, Jessica Pruitt"', () => {
    const a = parseArticle(
      [
        'Measles',
        'Among the youngest patients is 11-month-old Eli Pruitt, who was at the airport with his mother.',
        '“He was just sitting in his stroller,” said his mother, Jessica Pruitt, 36, of suburban Oak Hollow.',
        'Eli spent three nights at St. Brendan’s Children’s Hospital and is now recovering at home, his mother said.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => [a.speakers[r.speaker!]!.name, r.text.slice(0, 20)])).toEqual([['Jessica Pruitt', 'Eli spent three nigh']]);
  });
});

describe('a title in capitals before a name set off by commas', () => {
  it('gives "Northway’s Chief Executive, Gareth Pryce-Morgan, told investors …" to him, not to Northway', () => {
    const a = parseArticle(
      [
        'Broadband price rise',
        'Northway Broadband said in a statement that the rise would pay for new fibre.',
        'Northway’s Chief Executive, Gareth Pryce-Morgan, told investors on Tuesday that he expected fewer than 3 per cent of affected customers to leave.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker!]!.name)).toEqual(['Northway Broadband', 'Gareth Pryce-Morgan']);
    const who = (asked: string) => firstSpeakerAskedFor(a, asked);
    expect(who('the chief executive')).toBe('Gareth Pryce-Morgan');
  });
});

describe('", said he …" after a long apposition', () => {
  it('is the report of the name before it, not of a name in what he said', () => {
    const a = parseArticle(
      [
        'Coach dies',
        'Walter J. Brannigan, who coached the Harvesters for 38 seasons, died Sunday.',
        'Harvesters head coach Marcus Bell, who played quarterback on the 1996 championship team, said he last spoke with Brannigan by phone on Wednesday.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker!]!.name)).toEqual(['Marcus Bell']);
  });
});

describe('a reply made by doing something', () => {
  it('is no report: "Achterberg answered with a driving layup"', () => {
    const a = parseArticle(
      [
        'Semifinal',
        'Senior guard Jalen Achterberg led all scorers with 25 points.',
        'Achterberg answered with a driving layup.',
        'Achterberg said he had not watched a replay of the shot.',
      ].join('\n\n'),
    );
    expect(reported(a)).toEqual([['Jalen Achterberg', 'Achterberg said he had not watched a replay of the shot.']]);
  });
});

describe('"she said" after a title or a body', () => {
  it('is the subject of the story, not "Northern Tides" (an album) nor the magazine named in a fronted phrase', () => {
    const a = parseArticle(
      [
        'Isobel Carrick, folk singer, dies at 81',
        'Isobel Carrick, the folk singer and songwriter, has died aged 81.',
        'Her first album, Northern Tides (1966), was recorded in two afternoons in a church hall. That marriage ended in divorce in 1979. She later said the period had been the hardest of her life.',
        'Carrick was wary of nostalgia. In the 1994 interview, for the magazine Roots & Branches, she said the folk revival had sometimes treated working people as curiosities.',
      ].join('\n\n'),
    );
    expect(reported(a)).toEqual([
      ['Isobel Carrick', 'She later said the period had been the hardest of her life.'],
      ['Isobel Carrick', 'In the 1994 interview, for the magazine Roots & Branches, she said the folk revival had sometimes treated working people as curiosities.'],
    ]);
  });

  it('is still the person a fronted clause names: "When I put the union’s complaints to Vandermolen, she said …"', () => {
    const a = parseArticle(
      [
        'Airline talks',
        'Teresa Vandermolen, the airline’s chief executive, met pilots on Monday.',
        'Dolores Finnegan-Reyes, who leads the pilots’ union, said the talks had stalled.',
        'When I put the union’s complaints to Vandermolen, she said talks were going well.',
      ].join('\n\n'),
    );
    expect(reported(a).at(-1)).toEqual(['Teresa Vandermolen', 'When I put the union’s complaints to Vandermolen, she said talks were going well.']);
  });
});

describe('a document that speaks', () => {
  it('speaks for whoever the text said wrote it: "the report from the National Transportation Safety Board" … "the report said"', () => {
    const a = parseArticle(
      [
        'Bridge report',
        'The preliminary report from the National Transportation Safety Board does not determine a cause of the collapse.',
        'Paint over part of the crack suggested it had been there for some time, the report said.',
      ].join('\n\n'),
    );
    expect(reported(a)).toEqual([['National Transportation Safety Board', 'Paint over part of the crack suggested it had been there for some time, the report said.']]);
  });
});

describe('"her" inside a title’s apposition', () => {
  it('is the author’s: after "Winter Tides, a collection of her own songs", "Accepting it, she told …" is still the singer’s', () => {
    const a = parseArticle(
      [
        'Isobel Carrick, folk singer, dies at 81',
        'Isobel Carrick, the folk singer and songwriter, has died aged 81.',
        'She returned in 1984 with Harbour Lights, Winter Tides, a collection of her own songs about the fishing industry. In the 1990s and 2000s she found a new audience among younger musicians.',
        'She was appointed MBE in 2015, and in 2009 received a lifetime achievement award from the Folk Heritage Trust. Accepting it, she told the audience in Leeds that she was ‘very grateful and slightly alarmed, since lifetime awards are usually given to people who are about to stop’.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Isobel Carrick']);
  });
});

describe('a Q&A interview', () => {
  const a = parseArticle(
    [
      'A reef scientist on the summer the reef turned white',
      'For 11 weeks this summer, Ilse Marchetti spent more time underwater than on land. Marchetti, 44, a reef ecologist, led a team of 41 divers. Tom Reyes ran the boats.',
      'Q: What does bleaching actually mean?',
      'A: Corals live with tiny algae inside their tissue. A bleached coral isn’t dead yet. It’s starving.',
      'Q: What surprised you most?',
      'A: The depth. This year we found bleaching at 27 meters.',
    ].join('\n\n'),
  );

  it('gives the answers to the interviewee as her quotes: her own words, printed without marks', () => {
    expect(quotes(a)).toEqual([
      ['Ilse Marchetti', 'Corals live with tiny algae inside their tissue. A bleached coral isn’t dead yet. It’s starving.'],
      ['Ilse Marchetti', 'The depth. This year we found bleaching at 27 meters.'],
    ]);
    expect(reported(a)).toEqual([]);
  });
});

describe('a profile whose headline gives the interviewee a title', () => {
  it('knows her by it: "the chef"', () => {
    const a = parseArticle(['Chef Marisol Quintero on Slow Fires and Stubborn Beans', 'Marisol Quintero has been cooking over mesquite for 30 years.', 'Q: Where did you train?', 'A: I never went to culinary school. I worked under Chef Armando Reyes.'].join('\n\n'));
    expect(a.speakers.find((s) => s.name === 'Marisol Quintero')?.aliases).toContain('chef');
  });
});

describe('a Q&A answer that quotes with marks of its own, or quotes someone else', () => {
  const a = parseArticle(
    [
      'Recall questions',
      'Dr. Raymond Okafor is the state epidemiologist. Jolene Tran’s father is in hospital. Jolene Tran spoke to us. Tran said he was improving.',
      'Q: How do I know if my salad is recalled?',
      'A: “Look for the lot code on the top of the bag,” Okafor said.',
      'Q: What did your editor think?',
      'A: My editor, Ruth Abernathy, said, “This is the book, but you’re hiding.” I cried for a weekend and then I started again.',
    ].join('\n\n'),
  );

  it('leaves an answer in quotation marks to its own attribution, and the words an answer quotes to whoever said them', () => {
    expect(quotes(a)).toContainEqual(['Raymond Okafor', 'Look for the lot code on the top of the bag']);
    expect(quotes(a)).toContainEqual(['Ruth Abernathy', 'This is the book, but you’re hiding.']);
  });
});

describe('an explainer in Q&A form', () => {
  it('reads the writer’s answers as no one’s quotes', () => {
    const a = parseArticle(
      [
        'Water rationing: what you need to know',
        'Marlow Springs starts Stage 3 rationing on Monday, utility director Dolores Quintana said.',
        'Q: What happens if I go over 6,000 gallons?',
        'A: You pay more. Water above the allowance will be billed at a surcharge of $5 per 1,000 gallons.',
        'Q: How long will rationing last?',
        'A: Nobody knows. The council will review the restrictions every 30 days.',
      ].join('\n\n'),
    );
    expect(a.quotes).toEqual([]);
  });
});

describe('a transcript’s lines', () => {
  const a = parseArticle(
    [
      'Drugmaker cuts outlook',
      'Corvane Pharmaceuticals cut its forecast on Thursday. Chief Executive Helen Marchetti-Vance and Chief Financial Officer Oliver Brandt took questions from analysts.',
      'Jonah Feldstein, Barrow Hartley Securities: You took guidance down by about $1.35 billion. How much of that is the plant?',
      'Oliver Brandt: Roughly 80% is the plant. The rest is pricing pressure in Europe.',
      'Helen Marchetti-Vance: We’ve kept the agency informed at every step.',
      'Torres: 9 IP, 0 H, 0 R, 1 BB, 11 SO.',
    ].join('\n\n'),
  );

  it('gives each line to the person it opens with, the affiliation after the name left out', () => {
    expect(quotes(a)).toEqual([
      ['Jonah Feldstein', 'You took guidance down by about $1.35 billion. How much of that is the plant?'],
      ['Oliver Brandt', 'Roughly 80% is the plant. The rest is pricing pressure in Europe.'],
      ['Helen Marchetti-Vance', 'We’ve kept the agency informed at every step.'],
    ]);
  });

  it('reads one "Name: …" paragraph alone as no transcript', () => {
    const one = parseArticle(['Drugmaker cuts outlook', 'Oliver Brandt is the finance chief.', 'Oliver Brandt: the man behind the numbers.'].join('\n\n'));
    expect(one.quotes).toEqual([]);
  });
});

describe('a Q&A the paragraph before introduces', () => {
  it('gives the answers to the one person that paragraph names, not to whoever the story named most', () => {
    const a = parseArticle(
      [
        'Hospital hack',
        'Priya Raman, a security researcher, said the group was known. Raman said it used stolen passwords. Raman said the files were real.',
        'Meridian CEO Thomas Greer spoke to reporters on Tuesday.',
        'Greer then took questions. An excerpt, lightly edited:',
        'Q: Has Meridian paid a ransom?',
        'A: I am not going to discuss any communications with the people who did this.',
      ].join('\n\n'),
    );
    expect(quotes(a).at(-1)).toEqual(['Thomas Greer', 'I am not going to discuss any communications with the people who did this.']);
  });
});

describe('a body’s report past a relative clause with commas in it, and a finding it reports', () => {
  const a = parseArticle(
    [
      'Recall',
      'Kestrel Home Technologies is recalling 120,000 doorbells.',
      'The company, which is headquartered in Austin, Texas, and employs about 140 people in Reading, said the fault had been traced to a batch of cells from a single supplier. An internal investigation found that the cells could swell if charged in sub-zero temperatures, it said.',
    ].join('\n\n'),
  );

  it('gives both to the company, not to the state it is based in nor to the investigation', () => {
    expect(reported(a)).toEqual([
      ['Kestrel Home Technologies', expect.stringMatching(/^The company, which is headquartered/)],
      ['Kestrel Home Technologies', expect.stringMatching(/^An internal investigation found/)],
    ]);
  });
});

describe('an estimate someone puts a figure at, and a report after a quotation’s clause', () => {
  const a = parseArticle(
    [
      'Break-ins',
      'Police Chief Loretta Haskins said a man had been charged. Haskins put the total loss, including stolen property and damage, at about $58,000.',
      'Pruett’s attorney, Marcus Tolliver, spoke on Thursday. He called the bail “wildly out of proportion” for a property case and said he would file a motion this week asking a judge to reduce it.',
    ].join('\n\n'),
  );

  it('reports both, each by its speaker', () => {
    expect(reported(a)).toContainEqual(['Loretta Haskins', 'Haskins put the total loss, including stolen property and damage, at about $58,000.']);
    expect(reported(a)).toContainEqual(['Marcus Tolliver', expect.stringMatching(/^He called the bail/)]);
  });
});

describe('a diocese, and "it" after a sentence about one body that names another', () => {
  const a = parseArticle(
    [
      'Church sale',
      'In a statement, the Diocese of Kellingford said the church had been closed for worship.',
      'The diocese said the proceeds would be shared between the Church Commissioners and its own pastoral fund. It added that the church had received grants totalling £22,000 since 2015.',
      'Meridian Heritage Homes said it would work closely with Wexmoor District Council. It expects to submit a planning application in May.',
    ].join('\n\n'),
  );

  it('gives "It added" to the body the sentence before is about, not to one named in passing', () => {
    expect(reported(a)).toEqual([
      ['Diocese of Kellingford', expect.stringMatching(/^In a statement/)],
      ['Diocese of Kellingford', expect.stringMatching(/^The diocese said/)],
      ['Diocese of Kellingford', expect.stringMatching(/^It added/)],
      ['Meridian Heritage Homes', expect.stringMatching(/^Meridian Heritage Homes said/)],
      ['Meridian Heritage Homes', expect.stringMatching(/^It expects/)],
    ]);
  });
});

describe('a sentence that closes on "according to" a named person', () => {
  it('is that person’s report; a body named there is a figure’s source, not a speaker', () => {
    const a = parseArticle(
      [
        'Satellite lost after launch',
        'Space insurers had about $70 million of exposure on the satellite, according to Miriam Olsen, a space underwriting broker in London.',
        'The area has recorded 3.1 inches of rain since April 1, according to the National Weather Service.',
      ].join('\n\n'),
    );
    const reports = a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text.slice(0, 20)]);
    expect(reports).toEqual([['Miriam Olsen', 'Space insurers had a']]);
  });
});

describe('a report in a relative clause', () => {
  it('gives ", which Vance said would …" to Vance and ", which she said …" to her', () => {
    const a = parseArticle(
      [
        'Comet seen from the desert',
        'Harold Vance runs the observatory. Gillian Ashworth chairs its board.',
        'The foundation has pledged $250,000 to buy a new camera for the telescope, which Vance said would roughly double its sensitivity.',
        'Ashworth has agreed to a review of every image, which she said would take around two weeks.',
      ].join('\n\n'),
    );
    const reports = a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text.slice(0, 20)]);
    expect(reports).toEqual([
      ['Harold Vance', 'The foundation has p'],
      ['Gillian Ashworth', 'Ashworth has agreed '],
    ]);
  });
});

describe('people of a kind, speaking together', () => {
  it('makes "Organizers said …" and "Park officials said …" theirs, and finds them so', () => {
    const a = parseArticle(
      [
        'Trail closed after bear attack',
        'Park officials said the bear was feeding on an elk carcass about 50 yards off the trail.',
        'Organizers said no official results would be published for any distance.',
      ].join('\n\n'),
    );
    const reports = a.reported.map((r) => [a.speakers[r.speaker]!.name, r.text.slice(0, 20)]);
    expect(reports).toEqual([
      ['Park officials', 'Park officials said '],
      ['Organizers', 'Organizers said no o'],
    ]);
    expect(firstSpeakerAskedFor(a, 'what did the organizers say')).toBe('Organizers');
  });
});

describe('a report set off mid-sentence by a relative', () => {
  it('"…when she was 9, her son said, and she never put it back together" is the son’s', () => {
    const a = parseArticle(
      [
        'Ruth Kowalczyk, bridge engineer, dies at 88',
        'The cause was complications of congestive heart failure, said her son, Daniel Kowalczyk.',
        '“She never thought of it as activism,” Mr. Kowalczyk said.',
        'Her father let her take apart the family’s broken washing machine when she was 9, her son said, and she never put it back together.',
      ].join('\n\n'),
    );
    const washing = a.reported.find((r) => r.text.includes('washing machine'));
    expect(washing && a.speakers[washing.speaker]?.name).toBe('Daniel Kowalczyk');
  });
});

describe('a word for a person and for a company', () => {
  it('gives "The producer said …" to the show’s producer, not to his production company', () => {
    const a = parseArticle(
      [
        'Theater closes mid-run',
        'Paul Kessenich, the show’s producer, said the cancellations would cost his company, Lamplight Stage Partners, about $310,000.',
        'The producer said talks were underway to move the production to a college auditorium.',
      ].join('\n\n'),
    );
    expect(reported(a)).toContainEqual(['Paul Kessenich', 'The producer said talks were underway to move the production to a college auditorium.']);
  });
});

describe('a theater by its name', () => {
  it('gives "The playhouse said …" and "the theater said" to the Alder Street Playhouse', () => {
    const a = parseArticle(
      [
        'Storm-damaged roof forces playhouse to close',
        'The Alder Street Playhouse shut its doors this week after an inspector found a cracked truss.',
        'The playhouse said Thursday that it had canceled the remaining 19 performances. About 7,200 tickets had been sold for the canceled dates, the theater said.',
      ].join('\n\n'),
    );
    expect(reported(a).filter(([speaker]) => speaker === 'Alder Street Playhouse')).toHaveLength(2);
  });
});

describe('where a relative clause puts someone', () => {
  it('finds "the Dumfriesshire farmer" of two farmers quoted', async () => {
    const a = parseArticle(
      [
        'Milk price cut',
        'Gavin Lowther, who farms 220 cows near Askerby, said the cut would take £44,000 out of his business.',
        'Rhona Baillie, who farms 310 cows with her husband at Glenarrick in Dumfriesshire, said: ‘The processors pass the bad months straight down to us.’',
        '‘We cannot go on like this,’ Mr Lowther said.',
      ].join('\n\n'),
    );
    const context = createContext(buildEngine(a), { commandName: 'milk' });
    for (const question of ['what did the Dumfriesshire farmer say', 'what did the farmer at Glenarrick say']) {
      const reply = await answer(question, context);
      expect(new Set(reply.quotes.map((q) => q.speaker))).toEqual(new Set(['Rhona Baillie']));
    }
  });
});

describe('a body whose name ends in a nation', () => {
  it('gives "The funding body said …" to Arts Council England', () => {
    const a = parseArticle(
      [
        'Theatre grant cut',
        'Arts Council England informed the theatre last month that its annual grant would fall.',
        'Arts Council England defended its decision on Tuesday. The funding body said it had received 1,730 applications.',
      ].join('\n\n'),
    );
    expect(reported(a)).toContainEqual(['Arts Council England', 'The funding body said it had received 1,730 applications.']);
  });
});

describe('a named owner’s role', () => {
  it('gives "Ostrander’s attorney sought …, arguing that …" to her attorney, not to Ostrander nor to the prosecutor', () => {
    const a = parseArticle(
      [
        'Treasurer jailed',
        'Gail Ostrander, 58, pleaded guilty in August to aggravated theft. Deputy District Attorney Kevin Drummond asked for 70 months.',
        'Ostrander’s attorney sought a sentence of 18 months, arguing that she had a gambling addiction.',
        'Ostrander’s attorney, Lionel Fairweather, said his client had been in treatment since her arrest.',
      ].join('\n\n'),
    );
    expect(reported(a)).toContainEqual(['Lionel Fairweather', 'Ostrander’s attorney sought a sentence of 18 months, arguing that she had a gambling addiction.']);
  });
});

describe('a report in the clause of a quotation', () => {
  it('gives "X, a …, who …, called the results ‘…’ but said …" to the quotation’s speaker, however far the name', () => {
    const a = parseArticle(
      'Drug slows ageing in dogs\n\nA drug slowed markers of ageing in older dogs, researchers reported.\n\nDr. Rachel Whitcombe, a veterinary cardiologist in Sacramento, California, who was not involved in the research, called the results “genuinely encouraging” but said the markers were still only stand-ins for what owners care about.\n\n“We need longer trials,” said Dr. Marisol Quinn, the study’s lead author.',
    );
    expect(reported(a)).toContainEqual(['Rachel Whitcombe', expect.stringContaining('but said the markers were still only stand-ins')]);
  });
});

describe('a group that speaks', () => {
  it('finds "…, fire officials said." and "…, according to Kettle County officials." as the group’s reports', () => {
    const a = parseArticle(
      'Wildfire forces evacuations\n\nA wildfire forced hundreds from their homes on Tuesday.\n\nThe fire has burned about 1,200 acres and is 0% contained, fire officials said.\n\nBy early evening, 260 people had registered at the evacuation center, according to Kettle County officials.\n\n“Leave now,” said Sgt. Tom Brannigan.',
    );
    expect(reported(a)).toEqual(expect.arrayContaining([
      ['Fire officials', expect.stringContaining('0% contained')],
      ['Kettle County officials', expect.stringContaining('260 people')],
    ]));
  });
  it('gives "Prosecutors said …" to the one prosecutor the story names, and "officials said" at the end to no one', () => {
    const a = parseArticle(
      'Roofer jailed for scam\n\nA roofer who cheated homeowners was jailed on Friday.\n\n“He didn’t pick these people at random,” said Nadia Ferreira, the prosecutor.\n\nProsecutors said about $96,000 seized from his accounts would go toward repaying victims.\n\nThe scheme ran for three years, officials said.',
    );
    expect(reported(a)).toContainEqual(['Nadia Ferreira', expect.stringContaining('$96,000')]);
    expect(reported(a).some(([, text]) => text!.includes('three years'))).toBe(false);
  });
});

describe('a team called by the last word of its name', () => {
  it('shows "The Comets said …" as the Columbus Comets, and finds it by either name', async () => {
    const a = parseArticle(
      'Comets take 3-1 lead\n\nOMAHA (AP) — Theo Banks hit a late 3-pointer, and the Columbus Comets beat the Omaha Stags 118-112 on Sunday night.\n\nThe Comets said in a statement that X-rays on the ankle were negative.\n\n“We stayed together,” said Comets coach Renee Calloway.',
    );
    expect(reported(a)).toContainEqual(['Columbus Comets', expect.stringContaining('X-rays')]);
    const context = createContext(buildEngine(a), { commandName: 'news' });
    for (const who of ['the Comets', 'the Columbus Comets']) expect((await answerText(`what did ${who} say`, context)).text).toContain('X-rays on the ankle');
  });
});

describe('a named person at the end of a report, after a long aside', () => {
  it('reads ", said Jolene Staats, a spokesperson for …" after a participle clause, and "according to choir secretary Dai Morgan"', () => {
    const a = parseArticle(
      'Fire grows\n\nA fire grew on Monday.\n\nAbout 640 firefighters are assigned to the fire, backed by four helicopters and two large air tankers, said Jolene Staats, a spokesperson for the Rocky Mountain Incident Management Team.\n\nTwelve members have died in the past five years, according to choir secretary Dai Morgan.',
    );
    expect(reported(a)).toEqual([
      ['Jolene Staats', expect.stringContaining('640 firefighters')],
      ['Dai Morgan', expect.stringContaining('Twelve members')],
    ]);
  });
});

describe('a report closed by whose role it is, then the name', () => {
  it('gives "…, according to the zoo’s head vet, Dr Tom Kellaway." to Kellaway', () => {
    const a = parseArticle(
      [
        'Rhino calf born',
        'The calf was weighed on Tuesday morning at 41kg, slightly above average for a newborn black rhino, according to the zoo’s head vet, Dr Tom Kellaway.',
        '‘Everything we’ve seen so far is textbook,’ Dr Kellaway said.',
      ].join('\n\n'),
    );
    expect(a.reported.map((r) => a.speakers[r.speaker]!.name)).toEqual(['Tom Kellaway']);
  });
});

describe('a body’s document closing a sentence', () => {
  it('gives "…, according to guidance from the state Department of Labor." to the department', () => {
    const a = parseArticle(
      [
        'Minimum wage rises',
        'The Department of Labor estimates that about 412,000 workers will see their pay go up.',
        'Hours worked on or before June 30 can still be paid at the old rate, according to guidance from the state Department of Labor.',
      ].join('\n\n'),
    );
    expect(reported(a)).toContainEqual(['Department of Labor', expect.stringContaining('paid at the old rate')]);
  });
});

describe('a body described, then named in commas', () => {
  const a = parseArticle(
    'Streaming service pulls AI song\n\nThe streaming service Soundwell has removed an AI-generated song that imitated the singer Cassie Rowan.\n\nRowan’s label, Harbourline Records, said it had filed a takedown request on Tuesday. The label said in a statement.\n\n‘Cassie did not write, record or approve this song.’\n\nThe app’s developer, Bristol-based Lumen Audio Labs, said the uploader had broken its terms of service.',
  );
  it('"Rowan’s label, Harbourline Records, said" is the label’s, by its name: one speaker, whom "the label" goes on to be', () => {
    expect(reported(a)[0]).toEqual(['Harbourline Records', 'Rowan’s label, Harbourline Records, said it had filed a takedown request on Tuesday.']);
    expect(quotes(a)).toEqual([['Harbourline Records', 'Cassie did not write, record or approve this song.']]);
    expect(a.speakers.map((s) => s.name)).not.toContain('Rowan’s label');
  });
  it('"The app’s developer, Bristol-based Lumen Audio Labs, said" is the company’s, not an earlier body’s', () => {
    expect(reported(a)).toContainEqual(['Lumen Audio Labs', 'The app’s developer, Bristol-based Lumen Audio Labs, said the uploader had broken its terms of service.']);
  });
});

describe('a live page’s entries', () => {
  const a = parseArticle(
    'Fishing boat sinks off Alaska\n\nAll seven crew members of the Northern Aurelia survived.\n\n2:45 p.m. AKST — Halvorsen Marine, the Seattle-based company that operates the Northern Aurelia, said in a statement.\n\n“Every member of this crew is going home because of the skill of the Coast Guard aircrew.”\n\n11:05 a.m. AKST — At a briefing in Kodiak, Petty Officer 1st Class Travis Mercado, a Coast Guard spokesperson, said the crew had done almost everything right.\n\n“In 37-degree water, that is the difference between a rescue and a recovery,” Mercado said.',
  );
  it('"1:45 p.m. AKST — Company, the … company that operates the boat, said in a statement" is the company’s, not the boat’s', () => {
    expect(quotes(a)[0]![0]).toBe('Halvorsen Marine');
    expect(a.speakers.map((s) => s.name)).not.toContain('Northern Aurelia');
  });
  it('"Petty Officer 1st Class Travis Mercado": the rank’s class is no part of his name', () => {
    expect(reported(a)).toContainEqual(['Travis Mercado', expect.stringContaining('said the crew had done almost everything right')]);
    expect(quotes(a)[1]).toEqual(['Travis Mercado', 'In 37-degree water, that is the difference between a rescue and a recovery']);
  });
});

describe('a body the text names only as a report’s subject', () => {
  it('"The American Red Cross of Northwest Ohio opened a shelter …, the organization said." is the Red Cross’s', () => {
    const a = parseArticle('Apartment fire displaces families\n\nA fire at the Linden Court apartments displaced 40 residents early Sunday.\n\nThe American Red Cross of Northwest Ohio opened a temporary shelter at the Fenwick Community Center by 5 a.m. Sunday and registered 17 households for emergency help, the organization said.');
    expect(reported(a)).toEqual([['American Red Cross of Northwest Ohio', expect.stringContaining('registered 17 households')]]);
  });
});

describe('a surname two people share, after one of them is quoted', () => {
  it('"Tallchief said …" after his sister’s quotes is hers when her brother, named first, is never quoted', () => {
    const a = parseArticle(
      'Crew rescued\n\nThe boat’s engineer, Marcus Tallchief, 34, is in stable condition in Anchorage.\n\nHis sister, Renée Tallchief, said she had spoken to him by phone. “I heard his voice and I just sat down on the kitchen floor,” she said.\n\nTallchief said the family would fly from Bethel to Anchorage on Thursday.',
    );
    expect(reported(a)).toContainEqual(['Renée Tallchief', 'Tallchief said the family would fly from Bethel to Anchorage on Thursday.']);
  });
  it('but the one named first goes on when they are quoted too', () => {
    const a = parseArticle(
      'Teen wins title\n\nOwen Castellanos, 19, won the state title on Saturday. “I can’t believe it,” Castellanos said.\n\nHis mother, Marisol Castellanos, said she had cried. “I was so proud,” she said.\n\nCastellanos said he would defend the title next year.',
    );
    expect(reported(a)).toContainEqual(['Owen Castellanos', 'Castellanos said he would defend the title next year.']);
  });
});
