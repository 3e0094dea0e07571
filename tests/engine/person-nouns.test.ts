import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findSpeakers } from '../../src/engine/speaker-match.js';
import { parseArticle } from '../../src/engine/parse.js';
import { countsPeople } from '../../src/engine/names.js';
import { deriveDemonyms, derivePersonNouns, PERSON_NOUNS_MODULE, personNounsModule } from '../../src/lexicon/build-person-nouns.js';

const article = (...paragraphs: string[]) => parseArticle(['A headline', ...paragraphs].join('\n\n'));
const who = (a: ReturnType<typeof article>, query: string) => findSpeakers(a.speakers, query).map((m) => a.speakers[m.speaker]!.name);

describe('people by any noun WordNet has for a person', () => {
  it('an apposition headed by one is the role readers ask for', () => {
    const a = article(
      'Earl Haney, 78, a retired mail carrier who has eaten breakfast at the diner since 1986, sat in his pickup.',
      '“I have eaten more of these biscuits than anybody alive,” Haney said.',
    );
    expect(a.speakers[0]!.role).toBe('retired mail carrier');
    expect(who(a, 'the retired mail carrier')).toEqual(['Earl Haney']);
  });

  it('a role set off before a name gives a later "the caddie said" its speaker', () => {
    const a = article(
      'Dalton Reese won by a shot. His caddie, Luis Amaral, said the club choice was the only argument the two had all week.',
      '“I said, hit the iron and go home,” the caddie said. “He looked at me like I had two heads.”',
    );
    const [quote] = a.quotes;
    expect(a.speakers[quote!.speaker!]!.name).toBe('Luis Amaral');
    expect(who(a, 'the caddie')).toEqual(['Luis Amaral']);
  });

  it('a capitalised one is part of a name, and a clause after a name is no role', () => {
    const a = article(
      '“This is a tragedy,” said Mireille Fontaine, a spokeswoman for the Global Refugee Protection Agency.',
      'Its lead actress, Noor Callaway, was named best performer. “It is going on the boat,” Callaway said.',
    );
    expect(a.speakers.find((s) => s.name === 'Mireille Fontaine')!.role).toBe('spokeswoman for the Global Refugee Protection Agency');
    // "performer" is a person noun, but "was named best performer" is a clause about her: her
    // role is what "Its lead actress," says.
    expect(a.speakers.find((s) => s.name === 'Noor Callaway')!.role).toBe('lead actress');
  });

  it('the committed list is what the build script derives from WordNet', () => {
    expect(readFileSync(PERSON_NOUNS_MODULE, 'utf8')).toBe(personNounsModule(derivePersonNouns(), deriveDemonyms()));
  });
});

describe('where someone is from, before the name', () => {
  it('is a role, not part of the name: "Spaniard Tomás Ibarguren"; "the Dane said" is the Dane', () => {
    const a = parseArticle(
      "A headline\n\nSpaniard Tomás Ibarguren won the stage. Dane Rasmus Kjeldgaard moved up to second overall.\n\n'I'll take it, but not like this,' the Dane said. 'Nobody wants to see a rider on the ground.'",
    );
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['Rasmus Kjeldgaard', 'Dane']]);
    expect(findSpeakers(a.speakers, 'the Dane').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Rasmus Kjeldgaard']);
  });

  it('takes the people of a state or a region for a place\'s people ("Texan", "Ohioan"), not its nicknames or "Federal"', () => {
    const demonyms = new Set(deriveDemonyms());
    for (const w of ['Texan', 'Ohioan', 'Californian', 'Vermonter', 'Italian']) expect(demonyms.has(w), w).toBe(true);
    for (const w of ['Federal', 'Badger', 'Volunteer', 'Confederate', 'Chinaman']) expect(demonyms.has(w), w).toBe(false);
  });

  it('reads "The 24-year-old Texan, seeded 12th, beat …" as the player named just before', () => {
    const a = parseArticle(
      [
        'Rourke reaches semifinal',
        'NEW YORK — Caleb Rourke was down 5-3 in a third-set tiebreaker. Four points later, he was pumping both fists.',
        'The 24-year-old Texan, seeded 12th, beat No. 4 Matteo Ferrandi of Italy 6-4, 3-6, 7-6 (5), 6-3.',
        '“I just kept telling myself one more point,” Rourke said.',
      ].join('\n\n'),
    );
    expect(findSpeakers(a.speakers, 'the 24-year-old Texan').map((m) => a.speakers[m.speaker]!.name)).toEqual(['Caleb Rourke']);
  });
});

describe('plurals that count people', () => {
  it('takes a person noun’s plural, regular or not, and nothing else', () => {
    for (const w of ['passengers', 'residents', 'fans', 'children', 'people', 'employees', 'deputies']) expect(countsPeople(w), w).toBe(true);
    for (const w of ['tickets', 'votes', 'miles', 'Passengers', 'passenger']) expect(countsPeople(w), w).toBe(false);
  });
});
