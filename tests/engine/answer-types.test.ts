/** What kind of answer a question asks for, read from its words. */
import { describe, expect, it } from 'vitest';
import { expectedTypes, STATES_CAUSE, typeLocator, typeWords, type AnswerType } from '../../src/engine/answer-types.js';

/** How many things of `type` the locator finds in a text, for `question`. */
const spansOf = (type: AnswerType, question: string) => (text: string) => typeLocator()([type], text, question)!.length;
const answersMoney = (text: string) => spansOf('money', 'how much does it cost')(text) > 0;

describe('what "how much" asks for', () => {
  it('asks for a quantity of a thing before money when a thing follows: "how much water was lost"', () => {
    expect(expectedTypes('how much water was lost')[0]).toBe('measure');
    expect(expectedTypes('how much oil leaked into the river')).toContain('measure');
  });

  it('asks for money for "what will it cost" and "what do similar drugs cost"', () => {
    for (const q of ['what will it cost to get the hedge cut', 'what do similar drugs cost', 'what would it cost the NHS']) expect(expectedTypes(q), q).toEqual(['money']);
  });

  it('still asks for money when money is named or implied', () => {
    for (const q of ['how much prize money does the winner get', 'how much restitution does he owe', 'how much did it cost', 'how much will hill farmers lose', 'how much property damage was there']) {
      expect(expectedTypes(q), q).toContain('money');
    }
  });

  it('asks for money, or a change in it, when money is named, never any number: "how much cash did she hand over"', () => {
    expect(expectedTypes('how much cash did she hand over')).toEqual(['money', 'percent']);
    expect(expectedTypes('how much is a monthly ticket')).toEqual(['money', 'percent']);
    expect(expectedTypes('how much did halloran win')).toEqual(['money']);
    expect(expectedTypes('how much did halloran win by')).not.toEqual(['money']);
  });

  it('asks for money first for "how big is the shortfall", a measure for "how big is the fire"', () => {
    expect(expectedTypes('how big is the shortfall')[0]).toBe('money');
    expect(expectedTypes('how big is the hardship fund')[0]).toBe('money');
    expect(expectedTypes('how big is the fire')[0]).toBe('measure');
  });

  it('reads "what went wrong" as asking for a cause', () => {
    expect(expectedTypes('what went wrong')).toEqual(['cause']);
  });

  it('asks for a duration for "how much time" or "how much sleep"', () => {
    expect(expectedTypes('how much prison time is he looking at')[0]).toBe('duration');
    expect(expectedTypes('how much extra sleep did the kids get')[0]).toBe('duration');
    // Only a duration: "adds about 38 miles" is no answer to "how much time does the detour add".
    expect(expectedTypes('how much time does the detour add for trucks')).toEqual(['duration']);
  });

  it('asks for a frequency for "how often", found in "once a day", "212 times", "every hour", "twice a week"', () => {
    expect(expectedTypes('how often do you take it')[0]).toBe('frequency');
    const often = (text: string) => spansOf('frequency', 'how often do you take it')(text) > 0;
    for (const text of ['Verenza is a pill taken once a day.', 'The overflow spilled 212 times last year.', 'Checks were supposed to take place every hour.', 'She calls in at least twice a week.', 'Levels were above the limit on 38 occasions.', 'The service will run daily from June.']) expect(often(text), text).toBe(true);
    for (const text of ['The drug costs $499 a month.', 'The plant employs 480 people.']) expect(often(text), text).toBe(false);
  });
});

describe('"what time" and "what %"', () => {
  it('wants a clock time first for "what time", and reads "%" as "percent"', () => {
    expect(expectedTypes('what time did the robbery happen')[0]).toBe('clock');
    expect(expectedTypes('what % of entries got an A')).toContain('percent');
  });

  it('wants a share and nothing else for "what percent": "several causes" is no answer', () => {
    expect(expectedTypes('what percent of the budget is the shortfall')).toEqual(['percent']);
    expect(expectedTypes('what percentage of staff is being cut')).toEqual(['percent']);
    expect(expectedTypes('what share of the vote did she get')).toContain('number');
  });
});

describe('a question asking for a name', () => {
  it('asks for a proper name for "what is X’s name" and "what was X called"', () => {
    for (const q of ['what is the spokeswoman’s name', 'whats the name of the woman who called 999', 'what was the boat called', 'what are the pilots names']) {
      expect(expectedTypes(q), q).toEqual(['name']);
    }
  });
});

describe('money and clock times', () => {
  it('reads "50p" as money and "9 p.m." as a time, not as pence', () => {
    expect(answersMoney('Tickets cost 50p each.')).toBe(true);
    expect(answersMoney('The service runs from 6 a.m. to 9 p.m. on weekdays.')).toBe(false);
  });
});

describe('what "how many" counts', () => {
  it('counts no one’s age: "Helm, now 29, an electrician" and "a 63-year-old man" are not how many', () => {
    const counts = spansOf('count', 'how many volunteers are on the crew');
    expect(counts('Helm, now 29, an electrician who has volunteered on the crew for 11 years, said it changed his life.')).toBe(0);
    expect(counts('The driver, a 63-year-old man from Stanthorpe, told police he had seen the car.')).toBe(0);
    expect(counts('The crew has 24 volunteers, aged 19 to 71.')).toBeGreaterThan(0);
  });

  it('counts neither the years of "Twenty-six years I’ve been riding" nor "One rider, an older man …"', () => {
    const counts = spansOf('count', 'how many riders lose their bus');
    expect(counts('“Twenty-six years I’ve been riding that bus,” he said.')).toBe(0);
    expect(counts('One rider, an older man who declined to give his name, told the board he had no car.')).toBe(0);
    expect(counts('The four routes carried about 2,130 riders on an average weekday.')).toBeGreaterThan(0);
  });

  it('counts every number written in words ("Fourteen people", "sixty jobs"), and staff kept "year-round"', () => {
    const counts = spansOf('count', 'how many people got sick');
    expect(counts('Fourteen people who stayed at the lodge have been diagnosed with the disease.')).toBeGreaterThan(0);
    expect(counts('The plant will cut sixty jobs.')).toBeGreaterThan(0);
    expect(counts('She said about 60 year-round staff would keep their jobs.')).toBeGreaterThan(0);
    expect(counts('The lodge stays open year-round for 60 days of skiing.')).toBe(0);
  });
});

describe('"which port", "what hospital": a place by its name', () => {
  it('asks for a place for the places readers name', () => {
    for (const q of ['which port did the ship miss', 'what airport did they fly from', 'what seat is he mp for', 'what hospital are they in']) expect(expectedTypes(q), q).toEqual(['place']);
  });

  it('does not take the question’s own noun for the answer: "the hospital" does not say which hospital', () => {
    const locate = typeLocator();
    expect(locate(['place'], 'Both are in fair condition, a spokeswoman for the hospital said.', 'what hospital are they in')).toEqual([]);
    expect(locate(['place'], 'Both are in fair condition, a spokeswoman for the hospital said.', 'where are they')!.length).toBeGreaterThan(0);
    expect(locate(['place'], 'They were taken to St. Brigid Medical Center in Glenrock.', 'what hospital are they in')!.length).toBeGreaterThan(0);
  });
});

describe('"what was the vote" and "how big is the town"', () => {
  it('asks for the figures of a vote, or a score first for a score', () => {
    for (const q of ['what was the vote', 'what was the margin']) expect(expectedTypes(q), q).toEqual(['number']);
    for (const q of ['what’s the final score', 'whats the score']) expect(expectedTypes(q), q).toEqual(['score', 'number']);
  });

  it('takes a count for the size of a place, after any measure', () => {
    expect(expectedTypes('how big is castleford')).toEqual(['measure', 'percent', 'count']);
    expect(expectedTypes('how far is the bridge from town')).toEqual(['length']);
  });
});

describe("what's the price", () => {
  it('asks for money however it is written', () => {
    for (const q of ["what's the price tag", 'what is the price tag', "what's the total cost"]) expect(expectedTypes(q), q).toEqual(['money']);
  });
});

describe('"which horse", "which libraries": a name of that kind', () => {
  it('asks for a name, and the kind is what the name stands for, not a word the passage must hold', () => {
    for (const q of ['which horse fell', 'which libraries could shut']) expect(expectedTypes(q), q).toEqual(['name']);
    expect(typeWords(expectedTypes('which horse fell'), 'which horse fell')).toContain('hors');
  });
});

describe('an age in weeks or months', () => {
  it('reads "about three weeks old" and "an 18-month-old" as ages for "how old is the pup"', () => {
    const age = spansOf('age', 'how old is the pup');
    expect(age('The vet said the pup was probably about three weeks old.')).toBeGreaterThan(0);
    expect(age('Her 18-month-old son was unhurt.')).toBeGreaterThan(0);
    expect(age('The pup weighed 9.4kg on admission.')).toBe(0);
  });

  it('is not a share: "15 of 29 from the field" says how many shots went in, not how old anyone is', () => {
    const age = spansOf('age', 'how old is delane');
    expect(age('Delane finished 15 of 29 from the field with 12 rebounds.')).toBe(0);
    expect(age('Police arrested a man of 38 from Leeds.')).toBeGreaterThan(0);
  });

  it('reads an age written in words after "turned" or "aged": "who turned six while she was missing", "a boy aged nine"', () => {
    const age = spansOf('age', 'how old is the dog');
    expect(age('Bramble, a springer spaniel who turned six while she was missing, was found.')).toBeGreaterThan(0);
    expect(age('A boy aged nine was among the injured.')).toBeGreaterThan(0);
    expect(age('He turned two floors into flats.')).toBe(0);
  });
});

describe('a dimension asks for its own units', () => {
  it('asks for a weight, a length, a speed or a temperature, not any measure', () => {
    expect(expectedTypes('how heavy are the tags')).toEqual(['weight']);
    expect(expectedTypes('how deep is the canal')).toEqual(['length']);
    expect(expectedTypes('how far did the diverted runners end up running')).toEqual(['length']);
    expect(expectedTypes('how far did shares fall')[0]).toBe('percent');
    expect(expectedTypes('how far in advance can i book a new deal')[0]).toBe('duration');
    expect(expectedTypes('how fast is it')).toContain('speed');
    expect(expectedTypes('how hot did it get')).toEqual(['temperature']);
  });

  it('asks for a margin in any units for "how far behind" and "how far did he win by"', () => {
    const behind = (text: string) => typeLocator()(expectedTypes('how far behind was reese'), text, 'how far behind was reese')!.length > 0;
    expect(behind('Reese began the day seven shots behind Solberg.')).toBe(true);
    expect(expectedTypes('how far did he win by')[0]).toBe('number');
    expect(expectedTypes('how far down is the wreck')).toEqual(['length']);
  });

  it('finds each in its units, and not a latitude for a temperature', () => {
    const at = (type: 'weight' | 'length' | 'speed' | 'temperature', text: string) => typeLocator()([type], text, 'x')!.length > 0;
    expect(at('weight', 'radio tags that weigh 0.29 grams')).toBe(true);
    expect(at('weight', '412 tagged birds travel as far as 5,000 miles each way')).toBe(false);
    expect(at('length', 'rattled windows more than a mile away')).toBe(true);
    expect(at('speed', 'download speeds of up to 150 megabits per second')).toBe(true);
    expect(at('temperature', 'Temperatures passed 44 degrees Celsius')).toBe(true);
    expect(at('temperature', 'The crater sits at 81 degrees north latitude')).toBe(false);
  });
});

describe('"how much" of a thing, a price, a lead time', () => {
  it('asks for a lead time for "how much warning", and a stretch of time for "how much earlier"', () => {
    expect(expectedTypes('how much warning did people get')).toEqual(['duration']);
    expect(expectedTypes('how much notice do workers get')).toEqual(['duration']);
    expect(expectedTypes('how much earlier do the trees flower now')[0]).toBe('duration');
  });

  it('asks for a price for "how much for a spare battery" and "how much to sponsor a shelf"', () => {
    expect(expectedTypes('how much for a spare battery')).toEqual(['money']);
    expect(expectedTypes('how much to sponsor a shelf')).toEqual(['money']);
    expect(expectedTypes('how much extra per month will i pay')).toEqual(['money']);
  });

  it('takes a thing’s worth for "how much food did they toss", and a weight for "how much weight did he lose"', () => {
    expect(expectedTypes('how much food did they toss')).toContain('money');
    expect(expectedTypes('how much weight did he lose')[0]).toBe('weight');
    expect(expectedTypes('how high is the river')).toContain('length');
  });

  it('finds a measure in millions of units, in bytes, decibels and a quake’s magnitude', () => {
    const measure = (text: string) => typeLocator()(['measure'], text, 'x')!.length > 0;
    expect(measure('an estimated 2.3 million gallons of water had poured into the streets')).toBe(true);
    expect(measure('claiming to have stolen 280 gigabytes of data')).toBe(true);
    expect(measure('a level of 47 decibels inside the bedroom')).toBe(true);
    expect(measure('A magnitude 6.4 earthquake struck before dawn')).toBe(true);
    expect(measure('The council has 2.3 million residents')).toBe(false);
  });
});

describe('how something came about', () => {
  it('asks for a cause for "how did the leak happen" and "how did customs catch it"', () => {
    for (const q of ['how did the leak happen', 'how did customs catch it', 'how did the museum end up with them']) expect(expectedTypes(q), q).toEqual(['cause']);
  });

  it('finds a death’s cause in "died … from complications of pneumonia"', () => {
    const causes = (text: string) => spansOf('cause', 'what did she die of')(text) > 0;
    expect(causes('She died on Tuesday at her home in Truro from complications of pneumonia, her family said.')).toBe(true);
    expect(causes('She was 87.')).toBe(false);
  });
});

describe('causes news gives in set phrases', () => {
  it('finds a cause in "on health grounds", "in protest" and "to cut costs"', () => {
    const causes = (text: string) => spansOf('cause', 'why did he quit')(text) > 0;
    expect(causes('Derek Haworth stood down on health grounds.')).toBe(true);
    expect(causes('Two board members walked out in protest.')).toBe(true);
    expect(causes('The district will drop Fridays to cut costs.')).toBe(true);
    expect(causes('The district will drop Fridays next year.')).toBe(false);
    expect(causes('Rail workers will strike on three days in a dispute over pay.')).toBe(true);
  });

  it('finds a cause in "concerned by a rise in rents" and "made continued operation unsustainable"', () => {
    const causes = (text: string) => spansOf('cause', 'why is it closing')(text) > 0;
    const states = (text: string) => STATES_CAUSE.test(text);
    for (const text of ['The committee had been particularly concerned by a 9% rise in rents.', 'The cost of modernizing it made continued operation unsustainable.']) {
      expect(causes(text), text).toBe(true);
      expect(states(text), text).toBe(true);
    }
    expect(causes('The committee met for two days.')).toBe(false);
  });

  it('finds a cause in "driven largely by", "pointing to", "reduced to reflect" and "when a valve failed"', () => {
    const causes = (q: string, text: string) => spansOf('cause', q)(text) > 0;
    expect(causes('why did prices jump', 'Inflation rose to 3.6% in June, driven largely by food and airfares.')).toBe(true);
    expect(causes('why such a big increase', 'The commission recommended a rise, pointing to inflation of 4.1%.')).toBe(true);
    expect(causes('why was the fine cut', 'The judge reduced the fine by a third to reflect the company’s guilty plea.')).toBe(true);
    expect(causes('what caused the spill', 'The worst release came on Aug. 14, 2023, when a storage tank valve failed and water flowed into the river.')).toBe(true);
    expect(causes('what caused the spill', 'The worst release came on Aug. 14, 2023, when water flowed into the river.')).toBe(false);
  });

  it('finds a cause in "citing", "that is why", "making it harder", "put down to", "could not afford" and a ruling\'s "finding that"', () => {
    const causes = (q: string, text: string) => spansOf('cause', q)(text) > 0;
    expect(causes('why was bail so high', 'The judge set bail at $90,000, citing his record.')).toBe(true);
    expect(causes('why do people leave', 'The pay is poor, and that is why staff leave.')).toBe(true);
    expect(causes('why is it hard to sleep', 'Screens delay melatonin, making it harder to fall asleep.')).toBe(true);
    expect(causes('why are sales up', 'The owner puts that down partly to the new café.')).toBe(true);
    expect(causes('why no lights', '“We couldn’t afford lights,” she said.')).toBe(true);
    expect(causes('why was the award cut', 'The court cut the award, finding that the jury had been misdirected.')).toBe(true);
    expect(causes('why can MPs not rent from family', 'Parliament’s rules bar MPs from renting homes from relatives.')).toBe(true);
    expect(causes('why is there a ban', 'Gardeners will be banned from using hosepipes from Friday.')).toBe(false);
    expect(causes('why was the award cut', 'The court cut the award to $1 million on Tuesday.')).toBe(false);
  });
});

describe('a cause stated outright', () => {
  it('reads "the most likely cause was" as stating it, as "the likely cause was" is', () => {
    expect(STATES_CAUSE.test('Engineers said the most likely cause was overtopping.')).toBe(true);
    expect(STATES_CAUSE.test('Engineers said the likely cause was overtopping.')).toBe(true);
    expect(STATES_CAUSE.test('Engineers inspected the crest.')).toBe(false);
  });

  it('reads "blaming soaring pilot pay" and "citing weak demand" as stating it, as "blamed" is', () => {
    expect(STATES_CAUSE.test('The airline filed for bankruptcy, blaming soaring pilot pay.')).toBe(true);
    expect(STATES_CAUSE.test('The airline cut routes, citing weak demand.')).toBe(true);
  });

  it('reads "driven by a fall in applications" and "fuelled by" as stating it', () => {
    expect(STATES_CAUSE.test('The university faced a deficit of £11.4m, driven by a 22 per cent fall in international applications.')).toBe(true);
    expect(STATES_CAUSE.test('Prices rose 4 per cent, fuelled by energy costs.')).toBe(true);
    const causes = (text: string) => spansOf('cause', 'why are they doing this')(text) > 0;
    expect(causes('The deficit was driven by rising pension costs.')).toBe(true);
    expect(STATES_CAUSE.test('She was driven to the station by her son.')).toBe(false);
  });
});

describe('a surname is not an organisation', () => {
  it('takes "Quillon" for a body, but not "Aldane" once the article calls a person Gregory Aldane', () => {
    const org = (article: string[], text: string) => typeLocator(article)(['organisation'], text, 'which company hired him')!.length > 0;
    const article = ['The board chairman said the grant kept Chief Executive Gregory Aldane from leaving.'];
    expect(org(article, 'Two rival retailers tried to recruit Aldane last summer.')).toBe(false);
    expect(org([], 'Two rival retailers tried to recruit Aldane last summer.')).toBe(true);
    expect(org(article, 'Two rival retailers tried to recruit Quillon staff last summer.')).toBe(true);
  });
});

describe('the role a "who" question’s own verb names', () => {
  it('is no answer to it: "who founded the airline" is not answered by "its founder"', () => {
    const person = (text: string, q: string) => typeLocator()(['person'], text, q)!.length > 0;
    expect(person('She took over from the airline’s founder last March.', 'who founded the airline')).toBe(false);
    expect(person('She took over from the airline’s founder last March.', 'who runs the airline')).toBe(true);
  });
});

describe('when something was said is not when it happens', () => {
  it('leaves out "the company said on Tuesday" for "when will …", not for "when did they announce it"', () => {
    const text = 'Veridian will push back the opening of its chip factory by two years, the company said on Tuesday, blaming weak demand.';
    const dates = (q: string) => typeLocator()(expectedTypes(q), text, q)!;
    expect(dates('when will the factory start making chips')).toEqual([]);
    expect(dates('when did they announce the delay').length).toBeGreaterThan(0);
    expect(typeLocator()(['date'], 'Production would now begin in the second half of 2029.', 'when will it start')!.length).toBeGreaterThan(0);
    // "said this year’s edition sold …": the date opens what was said.
    expect(typeLocator()(['date'], 'Ashcroft said this year’s edition sold a record 64,000 tickets.', 'when did it run')!.length).toBeGreaterThan(0);
  });
});

describe('when something will happen, from now', () => {
  it('takes "within 10 days" for "when will …", not for "when did …"', () => {
    const text = 'She expected core systems to be restored within 10 days.';
    const dates = (q: string) => typeLocator()(expectedTypes(q), text, q)!.length;
    expect(dates('when will the computer systems be back up')).toBeGreaterThan(0);
    expect(dates('how soon will the systems be back')).toBeGreaterThan(0);
    expect(dates('when did the systems go down')).toBe(0);
  });
  it('takes the end of a season as a date: "before the end of the summer"', () => {
    expect(spansOf('date', 'when will the inspectors be back')('The regulator would return to the hospital before the end of the summer.')).toBeGreaterThan(0);
  });
});

describe('dates and clocks as wires and British papers write them', () => {
  it('reads "Nov 27", "27 Nov", a year before 1900 after "opened in", and "at 07.52" or "1530 GMT"', () => {
    const dates = (text: string) => spansOf('date', 'when is the meeting')(text);
    expect(dates('Officials will meet in Sallow Bay on Nov 27.')).toBeGreaterThan(0);
    expect(dates('Officials will meet in Sallow Bay on 27 Nov.')).toBeGreaterThan(0);
    expect(dates('It opened in 1894.')).toBeGreaterThan(0);
    expect(dates('A crowd of 1500 gathered outside.')).toBe(0);
    const clock = (text: string) => spansOf('clock', 'what time did the power go off')(text);
    expect(clock('The site lost its mains power supply at 06.52.')).toBeGreaterThan(0);
    expect(clock('The crown traded at 42.05 by 1530 GMT.')).toBeGreaterThan(0);
    expect(clock('Shares closed at 12.50 per share.')).toBe(0);
  });

  it('takes "within days" and "in 12 to 18 months" for what is yet to come', () => {
    const dates = (q: string, text: string) => typeLocator()(expectedTypes(q), text, q)!.length;
    expect(dates('when will we see the pictures', 'The first images would be posted online within days.')).toBeGreaterThan(0);
    expect(dates('when is the final report due', 'The agency expects to issue a final report in 12 to 18 months.')).toBeGreaterThan(0);
    expect(dates('when did the report come out', 'The agency expects to issue a final report in 12 to 18 months.')).toBe(0);
  });

  it('asks when only when "when" asks: not "what does she wear when she swims"', () => {
    expect(expectedTypes('what does she wear when she swims')).not.toContain('date');
    expect(expectedTypes('was anyone hurt when the lift broke')).not.toContain('date');
    expect(expectedTypes('do we know when the bridge will reopen')).toContain('date');
    expect(expectedTypes('so when does it open')).toContain('date');
    expect(expectedTypes('whens the next game')).toContain('date');
  });
});

describe('ages, lengths and times as stories give them', () => {
  it('reads "our sons are 12 and nine", "who turned 22 last week", and a thing’s age by when it began', () => {
    const age = (q: string, text: string) => typeLocator()(expectedTypes(q), text, q)!.length;
    expect(age('how old are the kids', '‘Our sons are 12 and nine.’')).toBeGreaterThan(0);
    expect(age('how old is the player who was sent off', 'He thinks he’s let everyone down, the official said of Frew, who turned 22 last week.')).toBeGreaterThan(0);
    expect(age('how old is the ferry', 'The Loch Carran entered service in 1994.')).toBeGreaterThan(0);
    expect(age('how old is the building', 'The Wheatsheaf, a coaching inn dating from the 1640s, was put up for sale.')).toBeGreaterThan(0);
    expect(age('how old is it', 'The stone is a fragment of an asteroid that formed roughly 4.56 billion years ago.')).toBeGreaterThan(0);
    expect(age('how old is annette', 'Annette is already elbow-deep in dough at the shop she opened 18 years ago.')).toBe(0);
  });

  it('reads "420 million miles", "for one full minute", "3min 0.84sec", and a time for "how fast did it sell out"', () => {
    expect(typeLocator()(['length'], 'Jupiter was about 420 million miles from Earth.', 'x')!.length).toBeGreaterThan(0);
    expect(spansOf('duration', 'how long do i boil it')('Bring the water to a rolling boil for one full minute.')).toBeGreaterThan(0);
    expect(spansOf('duration', 'how long did it take')('Quiet Harbour clocked 3min 0.84sec.')).toBeGreaterThan(0);
    expect(expectedTypes('how fast did it sell out')).toContain('duration');
    expect(expectedTypes('how fast was the car going')).toEqual(['speed', 'measure']);
  });

  it('answers "when will" with no date the text marks as past: not "in February last year", "three weeks ago"', () => {
    const when = spansOf('date', 'when will maureen get her operation');
    expect(when('She was referred in February last year and has had her operation cancelled twice.')).toBe(0);
    expect(when('She first saw a surgeon three weeks ago.')).toBe(0);
    expect(when('Her operation is now booked for 14 March.')).toBeGreaterThan(0);
    expect(spansOf('date', 'when was she referred')('She was referred in February last year.')).toBeGreaterThan(0);
  });

  it('answers "when will it reopen" with no date the asked verb puts in the past: not "which reopened in March"', () => {
    const when = spansOf('date', 'when will the quay reopen');
    expect(when('The quay, which reopened in March after an upgrade, is closed.')).toBe(0);
    expect(when('The quay is expected to reopen in March.')).toBeGreaterThan(0);
    expect(spansOf('date', 'when did the quay reopen')('The quay, which reopened in March after an upgrade, is closed.')).toBeGreaterThan(0);
  });

  it('reads "a second bid" as an ordinal, "for a second" and "a second later" as a length of time', () => {
    const duration = spansOf('duration', 'how long is he under contract');
    expect(duration('Hollins Park have had a second bid rejected.')).toBe(0);
    expect(duration('She won a second term in 2019.')).toBe(0);
    expect(duration('The lights went out for a second.')).toBeGreaterThan(0);
    expect(duration('A second later, the roof gave way.')).toBeGreaterThan(0);
  });
});

describe('"which days", "what years": several dates asked by their noun', () => {
  it('asks for dates, not for a name', () => {
    for (const q of ['which days is rourke suspended', 'what years did they look at', 'which months are the busiest', 'which centuries were people living there', 'which nights did he break the notice']) {
      expect(expectedTypes(q)[0], q).toBe('date');
    }
    expect(expectedTypes('which routes are being cut')[0]).not.toBe('date');
  });
});

describe('"which routes": a thing that goes by its number', () => {
  it('reads "Routes 14, 22 and 47" and "the 41, 41A, 63 and 118" as the names asked', () => {
    const named = (q: string, text: string) => typeLocator()(expectedTypes(q), text, q)!.length > 0;
    expect(named('which routes are being cut', 'The plan ends Routes 14, 22, 31 and 47.')).toBe(true);
    expect(named('which bus routes are being axed', 'The operator confirmed that the 41, 41A, 63 and 118 will run for the last time.')).toBe(true);
    expect(named('which bus routes are being axed', 'The operator will cut 14 services next year.')).toBe(false);
  });
});

describe('money, dates, ages and firms as the world writes them', () => {
  const holds = (q: string, text: string) => typeLocator()(expectedTypes(q), text, q)!.length > 0;

  it('reads rupees, crore and other currencies as money', () => {
    expect(holds('how much did the line cost to build', 'The corridor has been built at a cost of ₹7,842 crore.')).toBe(true);
    expect(holds('how much was the family paid back', 'The family got compensation of about 40,000 rupees.')).toBe(true);
    expect(holds('how much did the owner pay for him', 'He bought Quiet Harbour for 9,000 guineas in 2022.')).toBe(true);
  });

  it('reads a holiday, "the new year" and the end or start of a named term as when', () => {
    expect(holds('when can people shop there again', 'The co-op hopes to reopen the store by Thanksgiving.')).toBe(true);
    expect(holds('when will it be published', 'The department will publish a consultation in the new year.')).toBe(true);
    expect(holds('when will supply be caught up', '“We expect supply to be fully caught up by the end of the first quarter.')).toBe(true);
    expect(holds('when will full service be back', 'Our goal is to restore full service by the start of the second semester.')).toBe(true);
    // ("the start of the year" is no founding date: "when was Corvane started".)
    expect(holds('when was corvane started', 'The stock had closed at $27.65, down from $41.20 at the start of the year.')).toBe(false);
  });

  it('reads a party, or a member of one, for "which party"', () => {
    expect(holds('which party is the mp', 'The local MP, Anna Hale, a Liberal Democrat, has objected.')).toBe(true);
    expect(holds('which party runs the council', 'The Conservatives hold 22 of the council’s 43 seats.')).toBe(true);
    expect(holds('which party is the mp', 'The local MP, Anna Hale, has objected.')).toBe(false);
  });

  it('reads a trip told by its time ("a 40-minute bus ride", "a six-hour drive") as how far', () => {
    expect(holds('how far is the nearest pool', 'The nearest pool is now a 40-minute bus ride away.')).toBe(true);
    expect(holds('how far away is the hospital', 'Families face a three-and-a-half-hour drive to the hospital.')).toBe(true);
    expect(holds('how far did they have to drive', 'Patients were driven 40 minutes past their nearest hospital.')).toBe(true);
    expect(holds('how far away is the hospital', 'Families waited 40 minutes at the hospital.')).toBe(false);
  });

  it('reads a time told from another ("11 days later", "the following year", "the next morning") as when, and "within 40 minutes" as how soon', () => {
    expect(holds('when was he sent home', 'He was admitted to a ward and was discharged 11 days later.')).toBe(true);
    expect(holds('when did her husband die', 'She was widowed the following year, when Ron died.')).toBe(true);
    expect(holds('when did they find him', 'Searchers found him the next morning near the creek.')).toBe(true);
    expect(holds('how soon could the foal stand', 'The foal was on her feet within 40 minutes.')).toBe(true);
    expect(holds('when did they find him', 'Searchers found him near the creek, cold but alive.')).toBe(false);
  });

  it('reads a deadline asked for as a date ("whats the deadline to submit a claim"), not what happens after it', () => {
    for (const q of ['whats the deadline to submit a claim', 'is there a deadline to appeal', 'deadline to certify the recount?']) expect(expectedTypes(q), q).toEqual(['date', 'time']);
    expect(holds('whats the deadline to submit a claim', 'Former customers must submit a claim by Nov. 30, 2025.')).toBe(true);
    expect(expectedTypes('what happens if the landlord misses the deadline')).toEqual([]);
  });

  it('reads "a man in his 60s", "ages 68, 74 and 81" and "her daughter, then 10," as ages', () => {
    expect(holds('how old is the injured man', 'A man in his 60s was taken to hospital.')).toBe(true);
    expect(holds('how old were the victims', 'The three people who died were ages 68, 74 and 81, officials said.')).toBe(true);
    expect(holds('how old was her daughter', 'She found that her daughter, then 10, had been posting videos.')).toBe(true);
    expect(holds('how old is he', '“Most of our ringers are in their sixties,” said Mr Dunning.')).toBe(false);
  });

  it('reads a firm named for its trade as a body: "an analyst at Hartwell Brandt Securities"', () => {
    expect(holds('what bank does reyes work for', '“No surprise,” said Tomás Reyes, an analyst at Hartwell Brandt Securities.')).toBe(true);
    expect(holds('which company owned the lorry', 'The lorry’s operator, Denholm Aggregates, said it had fitted cameras.')).toBe(true);
  });
});

describe('counts by ordinal, temperatures as written, rewards in money', () => {
  it('counts "the rocket’s ninth launch" for "how many times", but not "the second round"', () => {
    const counts = spansOf('count', 'how many times has it flown');
    expect(counts('Thursday’s flight was the rocket’s ninth launch.')).toBeGreaterThan(0);
    expect(counts('The rocket launched in the second round of tests.')).toBe(0);
  });

  it('reads "17.2C", "a high near 30 C" and "lows near 8 below zero" as temperatures', () => {
    const temperature = (text: string) => spansOf('temperature', 'how cold was it')(text);
    expect(temperature('The water was 17.2C.')).toBeGreaterThan(0);
    expect(temperature('The area can expect a high near 30 C on Saturday.')).toBeGreaterThan(0);
    expect(temperature('Lows near 8 below zero are expected Thursday night.')).toBeGreaterThan(0);
    expect(temperature('Route 9C will run every 30 minutes.')).toBe(0);
  });

  it('asks for money for "how big is the reward" and "how big was the overdraft"', () => {
    expect(expectedTypes('how big is the reward')[0]).toBe('money');
    expect(expectedTypes('how big was the overdraft')[0]).toBe('money');
  });
});

describe('"has it happened before"', () => {
  it('asks for an earlier time or a count of times, not for the word "before"', () => {
    expect(expectedTypes('has the plant been fined before')).toEqual(['precedent']);
    expect(expectedTypes('have they ever gone on strike before?')).toEqual(['precedent']);
    expect(expectedTypes('is this the first okapi born at the zoo')).toEqual(['precedent']);
    expect(expectedTypes('has the resort ever been fined')).toEqual(['precedent']);
    expect(expectedTypes('what happened before the crash')).not.toContain('precedent');
    const earlier = (text: string) => spansOf('precedent', 'has it been fined before')(text);
    expect(earlier('Kestrel was fined £1.4m in 2022.')).toBeGreaterThan(0);
    expect(earlier('It was the third spill at the plant in four years.')).toBeGreaterThan(0);
    expect(earlier('This was the plant’s first strike since 1997.')).toBeGreaterThan(0);
    expect(earlier('The plant makes brake pads for trucks.')).toBe(0);
  });
});

describe('where', () => {
  const where = (text: string) => (typeLocator([text])(['place'], text, 'where is it') ?? []).map((at) => text.slice(at, at + 20));

  it('finds an address, a seat, a named school or court, "nearby" towns and "the Richmond, California, company"', () => {
    const asked = (q: string, text: string) => (typeLocator([text])(['place'], text, q) ?? []).length > 0;
    expect(asked('where is the new crisis center', 'The crisis center, a 16-bed facility at 410 E. Marlowe St., opened Tuesday.')).toBe(true);
    expect(asked('which seat is marchbank mp for', 'Helen Marchbank, 51, the MP for Wrexley and Dunmore, has begun her Budget.')).toBe(true);
    expect(asked('what school do her kids go to', '“I found out from Facebook,” said Melissa Ortega, whose two children attend Brookside Elementary.')).toBe(true);
    expect(asked('which station does she want open', 'She would push for the reopening of Fenn Cross railway station, which closed in 1968.')).toBe(true);
    expect(asked('which court did they file in', 'In a petition filed with the U.S. Bankruptcy Court for the District of Delaware, Bluestem listed its debts.')).toBe(true);
    expect(asked('where is brandvold headquartered', 'Brandvold, which is based in nearby Farrow Township, said it was pleased.')).toBe(true);
    expect(asked('where is ferrolith headquartered', 'The round values the Richmond, California, company at about $410 million.')).toBe(true);
    // (The question's own noun is no answer: "the school" for "which school".)
    expect(asked('which school is closing', 'It also plans to close the school at the end of this year.')).toBe(false);
  });

  it('reads "on October 9" and "in March" as when, never where', () => {
    expect(where('Engineers who had worked on the mission since its launch on October 9, 2018, embraced.')).toEqual([]);
    expect(where('The paper was published in March.')).toEqual([]);
  });

  it('finds a place behind an adjective, a shore or a "-based"', () => {
    expect(where('A train derailed in rural Cumbria in February.')).toHaveLength(1);
    expect(where('A nuclear plant on the shore of Lake Michigan will restart.')).toHaveLength(1);
    expect(where('Ledgerly Inc., a Brooklyn-based payments app, was fined.')).toHaveLength(1);
  });

  it('finds a place by its bearing, a corner, a route’s end and a company’s home town', () => {
    expect(where('The helicopter went down roughly 14 miles northwest of Fort Calder.').length).toBeGreaterThan(0);
    expect(where('The diner sits at the corner of Harmon Avenue and Ninth Street.').length).toBeGreaterThan(0);
    expect(where('The jet was bound for Chicago when the engine failed.').length).toBeGreaterThan(0);
    expect(where('The defendant is Quillon AI Inc., a San Francisco company founded in 2020.').length).toBeGreaterThan(0);
    expect(where('The defendant is Quillon AI Inc., founded by two engineers.')).toEqual([]);
  });

  it('takes a standing for "where are they in the table", not for "where is the ground"', () => {
    const text = 'The defeat left the club 19th, three points from safety.';
    expect(typeLocator()(['place'], text, 'where are they in the table')!.length).toBeGreaterThan(0);
    expect(typeLocator()(['place'], 'The defeat left the club 19th, three points from safety.', 'where is the ground')).toEqual([]);
  });
});

describe('"what was the score"', () => {
  it('asks for a contest’s result in figures, found in "beat Eastfield 78-71", not in a season’s record, a range or an age band', () => {
    expect(expectedTypes('whats the final score')[0]).toBe('score');
    expect(expectedTypes('what was the vote')[0]).toBe('number');
    const score = (text: string) => spansOf('score', 'what was the score')(text) > 0;
    for (const text of ['Ridgemont State pulled away late to beat Eastfield 78-71 on Saturday night.', 'Vos won 6–4, 7–5 in the final.', 'A 2-1 win at home.']) expect(score(text), text).toBe(true);
    for (const text of ['The Falcons (17-6, 8-3 Lakeshore Conference) won again.', 'The delay lasted 10-15 minutes.', 'Fares rose 3-4% in 2019-2020.', 'The match kicked off at 7.45pm.']) expect(score(text), text).toBe(false);
  });
});

describe('"what is her job"', () => {
  it('asks for a role for a job, an occupation or a living, never for "how many jobs" or "job cuts"', () => {
    for (const q of ['whats hargroves job', 'what does pettifer do for a living', 'what is her occupation', 'what job does the borrower have']) expect(expectedTypes(q)[0], q).toBe('role');
    for (const q of ['how many jobs will go', 'when will the job cuts happen', 'has he got another job lined up']) expect(expectedTypes(q)[0], q).not.toBe('role');
    const role = (text: string) => spansOf('role', 'whats hargroves job')(text) > 0;
    expect(role('One of the patients, Denise Hargrove, 58, a school bus driver from Tacoma, began using the drops.')).toBe(true);
    expect(role('On Monday, Hargrove filed a lawsuit against Clearwell in Newark.')).toBe(false);
  });
});

describe('"who is the county sheriff"', () => {
  it('is answered by a name the text gives that role, not by a name with another role, a role alone or a body', () => {
    const who = (text: string, q = 'who is the county sheriff') => typeLocator()(['person', 'organisation'], text, q)!.length > 0;
    expect(who('“Leave now,” said County Sheriff Dale Whitcomb.')).toBe(true);
    expect(who('Dale Whitcomb, 58, the county sheriff, said the roads were closed.')).toBe(true);
    expect(who('“Leave now,” Sgt. Tamara Hale, a spokeswoman for the sheriff’s office, said.')).toBe(false);
    expect(who('A spokesman for the county sheriff said the roads were closed.')).toBe(false);
    expect(who('The vets could not be happier, a spokesman for the zoo said.', 'who is the zoo’s vet')).toBe(false);
    expect(who('Chief executive Sarah Pell said the company was sorry.', 'who is the boss of downland water')).toBe(true);
    expect(who('Assistant Attorney General Karen Lindqvist defended the state.', 'who is the attorney general')).toBe(false);
    expect(who('Pike rang her after the death of the band’s former manager, Dave Hollis.', 'who was their manager?')).toBe(true);
  });
});

describe('"who is the CEO", "who\'s the governor": a role as news writes it', () => {
  const who = (q: string, text: string) => typeLocator()(['person', 'organisation'], text, q)!.length > 0;

  it('reads a title abbreviated ("Gov.", "Capt.") or spelt out ("Chief Executive" for the CEO)', () => {
    expect(who("who's the governor", 'Speaking in Tallahassee, Gov. Teresa Valdane urged evacuees not to return yet.')).toBe(true);
    expect(who('who was the captain', 'Capt. Elias Marchbank was last seen helping passengers into the lifeboat.')).toBe(true);
    expect(who('who is the ceo', '"This is the hardest decision I\'ve made," Chief Executive Douglas Amberley said.')).toBe(true);
    expect(who('who is the ceo', 'Finance director Douglas Amberley said the cuts were needed.')).toBe(false);
    // ("Dr" is a doctorate, whatever the holder's work.)
    expect(who('who is the doctor', 'Dr Owain Pritchard, a palaeontologist, said the rock was Jurassic.')).toBe(false);
  });

  it('reads the role\'s own "for …" or a title between the role and the name', () => {
    expect(who('who is the coroner', 'The senior coroner for Hartbridge and West Marlshire, Alison Penhaligon, said she would write to the council.')).toBe(true);
    expect(who('who is the council leader', 'The council leader, Councillor Joanne Whitlock, said: ‘Please stay at home.’')).toBe(true);
  });

  it('reads the role second in an apposition, or given by appointment, but not a deputy\'s or an acting one', () => {
    expect(who('who is the lead author', 'Dr Owain Pritchard, a palaeontologist at the University of Mercia and the paper’s lead author, said the rock was Jurassic.')).toBe(true);
    expect(who('who is the curator', '“We were the last stop,” said Janet Okafor-Lind, the museum’s executive director and chief curator.')).toBe(true);
    expect(who('who is the chairman', 'The club said Graham Pellew, who has been named chairman, will sit on a five-person board.')).toBe(true);
    expect(who('who is the headteacher', 'The council said Sarah Whitlock had been appointed acting headteacher with immediate effect.')).toBe(false);
  });

  it('reads "vice-chancellor" for "vice chancellor", two titles, the CFO spelt out, and a shadow minister when asked', () => {
    expect(who('who is the vice chancellor', 'The vice-chancellor, Professor Dame Helen Ashworth-Lyle, wrote to all staff.')).toBe(true);
    expect(who('who is the cfo', '“The reserves are not a piggy bank,” Gareth Oduya, the city’s chief financial officer, told council.')).toBe(true);
    expect(who('who is the shadow rail minister', 'The shadow rail minister, Oliver Brannigan, said the rise broke a promise.')).toBe(true);
    expect(who('who is the rail minister', 'The shadow rail minister, Oliver Brannigan, said the rise broke a promise.')).toBe(false);
    expect(who("who's the boss of the team", 'City’s manager, Sofia Lindqvist, admitted her side had been overawed.')).toBe(true);
  });

  it('reads an office among others ("Health and Social Care Secretary"), or after the title ("minister for the environment", "director of public health")', () => {
    expect(who('who is the health secretary', '‘We will not stop,’ said Health and Social Care Secretary Joan Pettifer.')).toBe(true);
    expect(who('who is the environment minister', 'The plan was backed by Kwame Asante, the island’s minister for fisheries and environment.')).toBe(true);
    expect(who('who is the public health director', 'Dr Lena Moss, director of public health at the county council, urged caution.')).toBe(true);
    expect(who('who is the health secretary', 'Education Secretary Joan Pettifer visited the school.')).toBe(false);
  });

  it('reads counsel by the side they speak for, and a US prosecutor by title', () => {
    expect(who('who was his lawyer', 'Mark Elwood, defending, said his client was sorry.')).toBe(true);
    expect(who('who was his barrister', 'Defending, Sara Quill said the loss had been repaid.')).toBe(true);
    expect(who("who was the tenant's barrister", 'At the hearing, Alan Brook KC, for Ms Dean, argued the clause was void.')).toBe(true);
    expect(who('who was the prosecutor', 'Prosecuting, Ruth Odell said the thefts went on for years.')).toBe(true);
    expect(who('who was the prosecutor', 'Assistant U.S. Attorney Carla Voss told the jury the scheme was deliberate.')).toBe(true);
    expect(who('who was his lawyer', 'Ruth Odell, prosecuting, said the thefts went on for years.')).toBe(false);
  });

  it('reads a spouse from the wedding, and a chief operating officer, a head coach and a headteacher by their other names', () => {
    expect(who('who was his wife', 'In 1971 he married the cellist Anna Brightwell, whom he met at college.')).toBe(true);
    expect(who('who was her husband', 'The singer Colm Fairley, whom she had married in 1980, died in 2004.')).toBe(true);
    expect(who('who was her husband', 'She met the singer Colm Fairley in 1980 at a festival.')).toBe(false);
    expect(who('who is the coo', 'Lara Finch, the firm’s chief operating officer, said orders had doubled.')).toBe(true);
    expect(who("who's the manager", 'The club’s head coach, Tomas Vidal, said the squad was tired.')).toBe(true);
    expect(who("who's the headmistress", 'Headteacher Gwen Lowry wrote to parents on Friday.')).toBe(true);
  });

  it('holds to the number of the seat asked: "the councillor for ward 2" is not the one for ward 4', () => {
    expect(who('who is the councillor for ward 2', 'Coun. Raj Bhattacharya, who represents ward 4, moved to cut $2 million from the police increase.')).toBe(false);
    expect(who('who is the councillor for ward 2', 'Coun. Raj Bhattacharya, who represents Ward 2, moved to cut the police increase.')).toBe(true);
  });
});

describe('an age range', () => {
  it('reads "ranged in age from 19 to 84" and "aged between 19 and 84" as ages', () => {
    const age = (text: string) => spansOf('age', 'how old were the patients')(text) > 0;
    for (const text of ['Patients ranged in age from 19 to 84, the CDC said.', 'The men, aged between 24 and 61, were trapped.', 'Riders ages 18 to 30 can apply.']) expect(age(text), text).toBe(true);
    expect(age('The plant ran from 1984 to 2019.')).toBe(false);
  });
});

describe('who did something', () => {
  const holdsPerson = (text: string, q: string) => typeLocator()(['person'], text, q)!.length > 0;

  it('is not answered by a place named after "in" or "at"', () => {
    expect(holdsPerson('At least two shareholder lawsuits have since been filed in federal court in Austin.', 'who filed the shareholder lawsuits')).toBe(false);
    expect(holdsPerson('The lawsuits were filed by Marisa Thorne in federal court in Austin.', 'who filed the shareholder lawsuits')).toBe(true);
    expect(holdsPerson('The suits were filed at the request of Thorne.', 'who filed the shareholder lawsuits')).toBe(true);
  });
});

describe('a month in a date', () => {
  const holdsDate = (text: string) => spansOf('date', 'when is it')(text) > 0;

  it('is a whole month name, and "May" or "March" only where a date stands', () => {
    for (const t of ['It opens in May.', 'It opens May 4.', 'She died on 3 May at her home.', 'since March 2021', 'by mid-March', 'Sentencing was adjourned until 14 March.']) expect(holdsDate(t), t).toBe(true);
    for (const t of ['Ilse Marchetti’s third novel follows a daughter.', 'The council may vote on it.', 'The Mayor spoke.', 'The march was peaceful.', 'Augusta won.']) expect(holdsDate(t), t).toBe(false);
  });
});

describe('"how did X die"', () => {
  it('asks for a cause, which "died when …" and "the cause was complications of …" give', () => {
    expect(expectedTypes('how did judith ormsby die')).toEqual(['cause']);
    const holdsCause = (text: string) => spansOf('cause', 'how did the couple die')(text) > 0;
    expect(holdsCause('The two other victims, a couple in their 70s, died when floodwater swept their car off a low bridge.')).toBe(true);
    expect(holdsCause('The cause was complications of pneumonia, her daughter said.')).toBe(true);
  });
});

describe('the price of one thing', () => {
  it('reads "how much is a saffron bun" and "how much is parking" as money, not any number', () => {
    expect(expectedTypes('how much is a saffron bun')).toEqual(['money']);
    expect(expectedTypes('how much is parking at the stations')).toEqual(['money']);
    expect(expectedTypes('how much is left in the reservoir')).not.toEqual(['money']);
  });

  it('reads "how much will a pint be" as a price too, not any number in the sentence', () => {
    expect(expectedTypes('how much will a pint be')).toEqual(['money']);
    expect(expectedTypes('how much would it be for a family')).toEqual(['money']);
    expect(expectedTypes('how much will the river rise')).not.toEqual(['money']);
  });
});

describe('a rate is not a duration', () => {
  const holdsDuration = (text: string) => spansOf('duration', 'how long has it run the network')(text) > 0;
  it('reads "£14million a year" and "$500 a week" as rates, and "for a year" still as how long', () => {
    expect(holdsDuration('The move would save taxpayers around £14million a year in fees.')).toBe(false);
    expect(holdsDuration('The strike fund paid members $500 a week.')).toBe(false);
    expect(holdsDuration('Trains run three times a day.')).toBe(false);
    expect(holdsDuration('The trail averages about 450 hikers a day in September.')).toBe(false);
    expect(holdsDuration('He was jailed for a year.')).toBe(true);
    expect(holdsDuration('Coralis has run the network since 2016.')).toBe(true);
  });

  it('reads "her 19-year-old son" as an age, and "a 10-year contract" still as how long', () => {
    expect(holdsDuration('Villanueva said her 19-year-old son had stopped sleeping.')).toBe(false);
    expect(holdsDuration('The six-month-old calf was born in the spring.')).toBe(false);
    expect(holdsDuration('Coralis signed a 10-year contract.')).toBe(true);
  });
});

describe('an age or a birthday asked in a fragment', () => {
  it('reads "age of the new MP" as an age and "what\'s his birthday" as a date', () => {
    expect(expectedTypes('age of the new mp')).toEqual(['age']);
    expect(expectedTypes('whats her age')).toEqual(['age']);
    expect(expectedTypes('whats his birthday')).toEqual(['date']);
    expect(expectedTypes('what is his date of birth')).toEqual(['date']);
  });
});

describe('whose age a sentence gives', () => {
  const ages = (text: string, question: string) => typeLocator()(['age'], text, question)!.length;
  it('an age set beside someone else is no age of the one asked, when the sentence names them too', () => {
    expect(ages('The Green candidate, Tom Everett, a 31-year-old primary school teacher, beat him by 63 votes, taking 1,351 to Pryce’s 1,288.', 'how old is martin pryce')).toBe(0);
    expect(ages('Stanzin’s niece, Padma, is 16 and wants to be a photographer.', 'how old is stanzin')).toBe(0);
    expect(ages('Kerr, 71, of Rochester, is the captain’s great-great-granddaughter.', 'how old was the captain')).toBe(0);
    expect(ages('The 52-year-old school business manager added that she had spoken to Mr Ashworth privately.', 'how old is tom ashworth')).toBe(0);
  });
  it('keeps the age of the one asked, and any age when the sentence does not name them', () => {
    expect(ages('The Green candidate, Tom Everett, a 31-year-old primary school teacher, beat him by 63 votes.', 'how old is tom everett')).toBe(1);
    expect(ages('The woman who died, Ruth Feld, 71, a retired school librarian, was crossing the bridge.', 'how old was the woman who was killed')).toBe(1);
    expect(ages('The 23-year-old fly-half struck the kick from 38 metres.', 'how old is adeyemi')).toBe(1);
    expect(ages('“I’m a 49-year-old man with a dodgy knee,” the drummer said.', 'how old is the drummer')).toBe(1);
    expect(ages('He was 84.', 'how old was he when he died')).toBe(1);
  });
  it('"born" gives an age only with a year: "born in Kazakhstan" is a place', () => {
    expect(ages('Tabakov was born in Kazakhstan and trains in Oxnard.', 'how old is tabakov')).toBe(0);
    expect(ages('Tabakov was born in Almaty in 1992.', 'how old is tabakov')).toBe(1);
  });
});
