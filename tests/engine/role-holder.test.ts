/** "Who is the <role>?": the person the article gives that role, with the sentence that says so. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/parse.js';
import { buildEngine } from '../../src/runtime/build-engine.js';
import { engineFor, seed } from '../helpers/articles.js';
import { roleHolder } from '../../src/engine/role-holder.js';

const TEXT = `Court blocks the governor's plan

A state judge on Friday blocked the governor's plan to close three prisons.

“The plan skipped the hearings the law requires,” State District Judge Martin A. Quiroga wrote in his ruling.

Assistant Attorney General Karen Lind said the state would appeal. “We disagree with the court,” Lind said.

Gov. Ellen Marchetti called the ruling a delay. “We will close them, one way or another,” Marchetti said.

Halvorsen chief executive Dana Reyes, whose company runs one of the prisons, said it would wait. “We are ready either way,” Reyes said.`;

const engine = buildEngine(parseArticle(TEXT));
const answer = (question: string) => engine.answer(question);

describe('who holds a role', () => {
  it('names the person with the sentence giving the role, titles and initials read as words', () => {
    for (const [question, paragraph, name] of [
      ['who is the judge?', 2, 'Quiroga'],
      ['who is the governor', 4, 'Marchetti'],
      ["who's the ceo of halvorsen?", 5, 'Dana Reyes'],
    ] as const) {
      const r = answer(question);
      expect(r.confidence, question).toBe('high');
      expect(r.sentences.map((s) => s.paragraph), question).toEqual([paragraph]);
      expect(r.sentences[0]!.text, question).toContain(name);
    }
  });

  it('does not take a qualified role for the role itself: the assistant attorney general is not the attorney general', () => {
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is the attorney general?')).toBeUndefined();
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is the assistant attorney general?')?.[0]!.text).toContain('Karen Lind');
  });

  it('does not take one minister for another: the labor minister is not the prime minister', () => {
    const labor = buildEngine(parseArticle('Minimum wage to rise\n\nLabor Minister Teresa Okonjo announced the figures at a press conference on Tuesday.\n\n“This is a fair rise,” Okonjo said.'));
    expect(roleHolder(labor.article, labor.findSpeakers, 'who is the prime minister')).toBeUndefined();
    expect(labor.answer('who is the prime minister').confidence).not.toBe('high');
    expect(roleHolder(labor.article, labor.findSpeakers, 'who is the labor minister')?.[0]!.text).toContain('Teresa Okonjo');
  });

  it('reads the role in other words, and a person as whose it is: "who is Kessling’s lawyer" of a defense attorney', () => {
    const court = buildEngine(
      parseArticle(
        [
          'Former treasurer jailed',
          'Judge Eleanor Whitcombe sentenced Raymond Kessling to nine years in prison. Kessling told the court that he had been ashamed of what he did for years.',
          'Defense attorney Celeste Varga asked for a four-year sentence, arguing that her client had a gambling disorder.',
          '“He is a sick man,” Varga said.',
          'Union boss Tom Reyes said members were relieved. “We lost a lot,” Reyes said.',
        ].join('\n\n'),
      ),
    );
    for (const question of ["who is kessling's lawyer", 'who is the lawyer']) {
      expect(roleHolder(court.article, court.findSpeakers, question)?.[0]!.text, question).toContain('Celeste Varga');
    }
    // (Nor is any head of anything "the judge's boss".)
    expect(roleHolder(court.article, court.findSpeakers, 'who is the boss of the court')).toBeUndefined();
  });

  it('does not take a pro-vice-chancellor for the vice-chancellor, nor another body’s chief executive for the one asked of', () => {
    const fees = buildEngine(
      parseArticle(
        [
          'Aerolynx to charge for cabin bags',
          'Aerolynx will charge passengers £12 for a wheeled cabin bag from May.',
          '‘Lockers fill up on almost every flight,’ Aerolynx said. ‘Fares will stay low,’ the airline said.',
          'The Association of Independent Travel Agents called the fee unfair. ‘Passengers want the lowest possible fare,’ said Graham Pellew, the association’s chief executive.',
          '‘We are not going to pretend this is a small problem,’ said Professor Helena Marchbanks-Oduya, pro-vice-chancellor for education.',
        ].join('\n\n'),
      ),
    );
    expect(roleHolder(fees.article, fees.findSpeakers, 'who is the ceo of aerolynx')).toBeUndefined();
    expect(roleHolder(fees.article, fees.findSpeakers, 'who is the vice-chancellor')).toBeUndefined();
    expect(roleHolder(fees.article, fees.findSpeakers, 'who is the pro-vice-chancellor')?.[0]!.text).toContain('Marchbanks-Oduya');
    // (An owner the article calls nothing may own "the club’s" role: Wealdshire's director of cricket.)
    const club = buildEngine(parseArticle('Wealdshire all-rounder banned\n\nWealdshire confirmed it had ended his contract.\n\n“This is a sad day,” said Neil Thackeray, the club’s director of cricket.'));
    expect(roleHolder(club.article, club.findSpeakers, "who is wealdshire's director of cricket")?.[0]!.text).toContain('Neil Thackeray');
  });

  it('answers the seed article’s roles: the UN adviser, the Russian military spokesman', () => {
    const aleppo = engineFor(seed());
    expect(aleppo.answer('who is the UN adviser?').sentences.map((s) => s.paragraph)).toEqual([9]);
    expect(aleppo.answer('who is the russian military spokesman').sentences[0]!.text).toContain('Igor Konashenkov');
  });
});

/** The first sentence of a confident answer to `question` about `text`. */
function sureFirstSentence(text: string, question: string): string {
  const r = buildEngine(parseArticle(text)).answer(question);
  expect(r.confidence, question).toBe('high');
  return r.sentences[0]!.text;
}

describe('"who founded X" and other verbs of holding a role', () => {
  it('answers with the sentence naming the founder, a hyphenated surname and all', () => {
    expect(sureFirstSentence('T\n\nBack in Austin, Luis Ferreira said he planned to use Brightpantry at a fourth restaurant.\n\nFounder and chief executive Nadia Okonjo-Pratt, 34, started the company in 2021.\n\n“Everybody knows food waste is a problem,” Okonjo-Pratt said. “We wanted to fix it,” Ferreira said.', 'who founded brightpantry')).toContain('Founder and chief executive Nadia Okonjo-Pratt');
  });
});

describe('"who owns X" of an owner of something else', () => {
  it('does not answer with the owner of another business: the search finds who owns it', () => {
    expect(sureFirstSentence('Airport loses route\n\nThe airport is owned by Tarnshire County Council, which lent it £3.1m in 2022.\n\nSunita Bhatt, owner of Wayfarer Travel, said a quarter of her bookings used the flight.\n\n“It is a blow,” Bhatt said.', 'who owns the airport')).toContain('Tarnshire County Council');
  });
});

describe('an age', () => {
  it('is not a vote count: "a majority of 317" does not say how old anyone is', () => {
    const engine = buildEngine(parseArticle('T\n\nRosalind Pettifer was elected with a majority of 317 over Conservative candidate Graham Ockenden.\n\nTurnout was 31 per cent.'));
    expect(engine.answer('how old is graham ockenden').confidence).not.toBe('high');
  });
});

describe('a co-founder beside the founder', () => {
  it('answers "who founded X" with the founder, not a tie with the co-founder', () => {
    expect(sureFirstSentence('Startup raises money\n\nFounder and chief executive Nadia Okonjo-Pratt, 34, started Brightpantry in 2021.\n\n“We grew because kitchens waste less,” Okonjo-Pratt said.\n\nCo-founder and chief technology officer Eli Marchetti said the forecasts were accurate.\n\n“The models learn every week,” Marchetti said.', 'who founded brightpantry')).toContain('Nadia Okonjo-Pratt');
  });
});

describe('"who runs X", "who\'s in charge of X"', () => {
  it('answers with the head the article names: a bare chief executive of the story’s company, a race director', () => {
    const engine = buildEngine(
      parseArticle(
        'Brightwater Stores sales fall\n\nBrightwater Stores reported a 4.1% drop in revenue on Tuesday.\n\n“The consumer is not broken, but the consumer is choosy,” Chief Executive Gloria Manzanares said on a call with analysts.\n\n“These are not easy decisions,” Chief Financial Officer Darnell Whitaker said.',
      ),
    );
    const race = buildEngine(parseArticle('Marathon record falls\n\nAbel Tessema won in a course record.\n\n“We got lucky with a cool start,” said race director Tom Harlan.'));
    const sure = (e: typeof engine, q: string) => { const r = e.answer(q); return r.confidence === 'high' ? r.sentences.map((s) => s.text).join(' ') : ''; };
    expect(sure(engine, 'who runs brightwater')).toContain('Gloria Manzanares');
    expect(sure(race, "who's in charge of the race")).toContain('Tom Harlan');
  });

  it('does not take the head of another named body, nor a mayor, for the head of the story’s body', () => {
    const seizure = buildEngine(
      parseArticle(
        'Coast guard seizes cargo ship\n\nThe coast guard seized a Belmoran-flagged cargo ship on Tuesday.\n\n“We have had no contact with our crew since 7:15 this morning,” Halden Chief Executive Ingrid Solvang said by telephone.\n\n“The ship is safe,” Rear Admiral Stefan Korvin told reporters.',
      ),
    );
    const paper = buildEngine(parseArticle('Town paper prints its last edition\n\nThe Ledger printed its final edition on Thursday after 112 years.\n\n“We will find out what the council is doing from rumors now,” said Mayor Lorraine Vasquez.'));
    expect(roleHolder(seizure.article, seizure.findSpeakers, 'who is in charge of the coast guard')).toBeUndefined();
    expect(roleHolder(paper.article, paper.findSpeakers, 'who runs the paper')).toBeUndefined();
  });

  it('answers for a body the text names once, then calls by its kind: "the utility’s general manager" runs Canyon Falls Utilities', () => {
    const engine = buildEngine(
      parseArticle(
        'Water limits approved\n\nThe city council on Tuesday approved watering limits proposed by Canyon Falls Utilities, the city-owned water company.\n\nLawns may be watered twice a week.\n\n“We are not in a crisis today, but we are driving toward one,” Rosalind Ortega-Barnes, the utility’s general manager, told the council.',
      ),
    );
    const r = engine.answer("who's in charge of canyon falls utilities");
    expect(r.confidence).toBe('high');
    expect(r.sentences.map((s) => s.text).join(' ')).toContain('Rosalind Ortega-Barnes');
  });

  it('does not name the chair of some other group as the head of a council', () => {
    const engine = buildEngine(
      parseArticle(
        'Eastmoor council closes libraries\n\nEastmoor Council voted to close four libraries.\n\n“The council has consistently underestimated how much the branches were used,” said Ruth Abara, the group’s chair.',
      ),
    );
    expect(engine.answer('who is the leader of eastmoor council').confidence).not.toBe('high');
  });
});

describe('a role the text gives without its noun', () => {
  it('"who was his lawyer" after "Defending, Priya Castellane said": the sentence naming her', () => {
    const e = buildEngine(parseArticle('T\n\nGraham Pellow was found guilty of theft.\n\nDefending, Priya Castellane said her client had been ‘a man who lost his way’ after his business failed.\n\n‘He accepts the verdicts of the jury,’ Ms Castellane said.'));
    const r = e.answer('who was his lawyer');
    expect(r.confidence).toBe('high');
    expect(r.sentences.map((s) => s.text)).toEqual(['Defending, Priya Castellane said her client had been ‘a man who lost his way’ after his business failed.']);
  });
});

describe("someone's occupation", () => {
  it('"what does Oyelaran do for a living": the sentences that give the person named their roles', () => {
    const e = buildEngine(
      parseArticle(
        'Recount ordered\n\nThe board certified results showing Democratic challenger Marcus Oyelaran with 6,204 votes.\n\nOyelaran, a 44-year-old high school chemistry teacher, said he would wait for the recount.\n\n“Everybody lives with the result,” he said.',
      ),
    );
    for (const q of ['what does oyelaran do for a living', "what is oyelaran's job", 'what does Marcus Oyelaran do']) {
      const r = e.answer(q);
      expect(r.confidence, q).toBe('high');
      expect(r.sentences.map((s) => s.text).join(' '), q).toMatch(/chemistry teacher/);
    }
    // A verb ends a role read before a name: not "board certified results showing Democratic challenger".
    expect(e.article.speakers[0]!.role).toBe('Democratic challenger');
  });
});

describe("who runs a campaign group", () => {
  it('is its founder, over a director of something else the group is named with', () => {
    const e = buildEngine(
      parseArticle(
        "River spills\n\nAlison Whitcombe, who founded the Save the Kestle campaign group in 2020, said the figures were ‘shocking but sadly not surprising to anyone who uses this river’.\n\nDavid Ellery, the agency's area director for the Kestle catchment, said: ‘Where we find that a company has spilled, we will act.’",
      ),
    );
    const r = e.answer('who runs save the kestle');
    expect(r.confidence).toBe('high');
    expect(r.sentences.map((s) => s.text).join(' ')).toMatch(/Alison Whitcombe/);
  });
});

describe('"Its chief executive, X," : a role the text gives through "its"', () => {
  const engine = buildEngine(
    parseArticle(
      [
        'Wind farm inquiry opens',
        'A planning inquiry into a 14-turbine wind farm opened yesterday.',
        'Residents have formed the Harrow Moor Action Group. Its chairman, Dr Alan Firth, a retired GP, said: ‘People come here for the silence.’',
        'The National Teachers’ Federation said 88.4% of members had backed strike action. Its general secretary, Maureen Achebe, said the result sent a message.',
        '‘Nobody goes into teaching to stand on a picket line,’ the general secretary added.',
      ].join('\n\n'),
    ),
  );

  it('is the role of the person named, for quotes and for "who leads" the body named just before', () => {
    const achebe = engine.article.speakers.find((s) => s.name === 'Maureen Achebe')!;
    expect(achebe.role).toBe('general secretary of National Teachers’ Federation');
    expect(engine.article.quotes.map((q) => engine.article.speakers[q.speaker!]!.name)).toEqual(['Alan Firth', 'Maureen Achebe']);
    expect(roleHolder(engine.article, engine.findSpeakers, 'who leads the teachers union')?.[0]!.text).toContain('Maureen Achebe');
  });

  it('heads the body "its" stands for, not whatever a reader asks about', () => {
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is in charge of the inquiry')).toBeUndefined();
  });
});

describe('a role of the body the question names', () => {
  const engine = buildEngine(
    parseArticle(
      [
        'Corvalis to buy AI startup Lumenfold for $2.4 billion',
        'Corvalis said on Monday it would buy Lumenfold, which makes software that reads invoices.',
        '“Every finance team is drowning in paperwork,” Corvalis Chief Executive Officer Gregory Ashworth said on a call with analysts.',
        'Lumenfold’s co-founder, Mara Kessler, will stay on. Its lawyers did not comment.',
      ].join('\n\n'),
    ),
  );

  it('is not another body’s holder: Lumenfold’s CEO is not Corvalis’s', () => {
    expect(roleHolder(engine.article, engine.findSpeakers, "who is lumenfold's ceo")).toBeUndefined();
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is the ceo of lumenfold')).toBeUndefined();
    expect(roleHolder(engine.article, engine.findSpeakers, "who is corvalis's ceo")?.[0]!.text).toContain('Gregory Ashworth');
  });
});

describe('a role the person speaks for', () => {
  it('is not held: “Sgt. Tamara Hale, a spokeswoman for the sheriff’s office,” is not the county sheriff', () => {
    const engine = buildEngine(
      parseArticle(
        [
          'Wildfire forces thousands from homes',
          '“Do not wait until you can see the flames,” Sgt. Tamara Hale, a spokeswoman for the sheriff’s office, said in a video.',
          'About 9,400 residents are now under mandatory orders, the sheriff’s office said.',
        ].join('\n\n'),
      ),
    );
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is the county sheriff')).toBeUndefined();
    expect(roleHolder(engine.article, engine.findSpeakers, 'who is the sheriff’s spokeswoman')?.[0]!.text).toContain('Tamara Hale');
  });
});

describe('the head of a body named by its initials', () => {
  it('reads "EMTA General Manager Denise Albright" as the general manager of the Eastport Metropolitan Transit Authority', () => {
    const e = buildEngine(
      parseArticle(
        [
          'Train stuck in tunnel',
          'The Eastport Metropolitan Transit Authority said trains were running again.',
          '“We have been telling management for two years that this equipment is past its life,” Gary Hesketh, president of Transit Workers Union Local 412, said.',
          'EMTA General Manager Denise Albright said the breaker had last been inspected in March.',
          'Acme General Counsel Lydia Marchetti said the company would appeal.',
        ].join('\n\n'),
      ),
    );
    expect(e.article.speakers.find((s) => s.name === 'Denise Albright')!.role).toBe('EMTA General Manager');
    expect(e.article.speakers.find((s) => s.name === 'Lydia Marchetti')!.role).toBe('Acme General Counsel');
    expect(roleHolder(e.article, e.findSpeakers, "who's the head of the transit agency")?.[0]!.text).toContain('Denise Albright');
  });
});
