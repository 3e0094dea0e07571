/**
 * Answer typing: what kind of thing a question asks for ("when" → a date or a time, "how much
 * did it cost" → an amount of money, "which company" → an organisation, "why" → a cause), and
 * which kinds of thing a sentence holds. A sentence that lacks what is asked cannot answer with
 * confidence, however many of the question's words it shares.
 */
import { findNames, isPersonNoun, isRoleNoun, roleOfVerb, type NameMention } from './names.js';
import { ABBREVIATED_TITLES, NON_PERSON_HEADS, OFFICE_WORD, roleSynonyms } from './lexicon.js';
import { stem } from './terms.js';
import { memo } from './memo.js';

export type AnswerType =
  | 'date' | 'time' | 'clock' | 'duration' | 'money' | 'percent' | 'number' | 'count' | 'age'
  | 'measure' | 'weight' | 'length' | 'speed' | 'temperature' | 'frequency'
  | 'person' | 'organisation' | 'place' | 'cause' | 'name'
  // A contest's result in figures: "3-2", "24–21".
  | 'score'
  // What someone does for a living: "a school bus driver", "a retired teacher".
  | 'role'
  // Whether it happened before: "fined £1.4m in 2022", "the second outage in 18 months".
  | 'precedent';

/** What a question asks for: one or more types any of which answers it; empty when untyped. */
export function expectedTypes(question: string): AnswerType[] {
  // "what % of entries": the sign is the word.
  const q = question.toLowerCase().replace(/[’']/g, "'").replace(/\s*%/g, ' percent');
  // "how much water was lost", "how much rain fell": a quantity of a thing, before any money
  // ("how much food did they toss" is answered by "about $2,300 worth of food"). Measured on the
  // fresh set, money as the last kind: 4 more right passages shown, 7 more confident right, no
  // more confident wrong, one unanswerable question answered.
  const much = /\bhow much (?:more |extra |of the )?([a-z]+)((?: [a-z]+){0,3})/.exec(q);
  if (much && /\b(?:time|sleep)\b/.test(`${much[1]}${much[2]}`)) return ['duration'];
  // "How much warning did they get", "how much notice": lead time ("16 minutes", "30 days'
  // notice"); "how much earlier do the trees flower" is a stretch of time too ("11 days earlier").
  if (much && /^(?:warning|notice|heads-up|lead|experience)$/.test(much[1]!)) return ['duration'];
  if (/\bhow much (?:earlier|sooner|later|longer|slower|faster)\b/.test(q)) return ['duration', 'measure', 'percent'];
  // "How much weight did he lose": pounds or kilos (which the money test would read as money), or a share.
  if (much && much[1] === 'weight') return ['weight', 'measure', 'percent'];
  // "How much for a spare battery", "how much to sponsor a shelf": a price.
  if (/\bhow much (?:for|to)\b/.test(q)) return ['money'];
  if (much && !NOT_A_SUBSTANCE.test(much[1]!) && !MONEY_WORD.test(`${much[1]}${much[2]}`)) return ['measure', 'percent', 'money'];
  // "How much did it cost", "how much did she win" ask for money; "how many jobs will it cost" counts jobs.
  if (/\bhow much\b.*\b(?:cost|costs|costing|pay|paid|spend|spent|charge|charged|raise|raised|owe|owed|earn|earned|invest|invested|lose|lost|win|won|donate|donated|award|awarded|steal|stole|stolen)\b(?! by\b)/.test(q)) return ['money'];
  // "How much cash did she hand over", "how much is the fine": money by name, or a change in it
  // ("how much is the price going up" may be a share); not any number ("a one-time passcode").
  // Measured on the fresh set: 7 fewer confident wrong answers, 3 more confident right.
  if (much && MONEY_WORD.test(`${much[1]}${much[2]}`)) return ['money', 'percent'];
  if (/\bhow much\b.*\b(?:worth|price|fine|fined|budget|money|fund|funding|salary|bill)\b|\bwhat(?:'s| is| was| were| will be) (?:the|its|their) (?:[a-z-]+ ){0,3}(?:cost|price|price tag|budget|fine|bill|profit|revenue|sales|loss|earnings|income|salary|deficit|surplus|debt|valuation|payout|prize|fee|fees|rent|wage|wages)\b|\bhow expensive\b|\bwhat (?:will|would|does|did|do|could|might|is) (?:[a-z'-]+ ){1,4}(?:cost|costs|charge|charges)\b/.test(q)) return ['money'];
  // "How much is a saffron bun", "how much are tickets": the price of one, or of getting in.
  // ("How much will a pint be", "how much would it be": the same, said of the future.)
  if (/\bhow much (?:is|are|was|were|will be|would be) (?:a|an|one|each|tickets?|entry|admission|parking|membership)\b|\bhow much (?:will|would) (?:a|an|one|each|it|tickets?|entry|admission|parking|membership)(?: [a-z-]+)? be\b/.test(q)) return ['money'];
  // "What percent of the budget is the shortfall" wants a share ("about 9%", "half"), not "several causes".
  if (/\bwhat (?:percentage|percent)\b/.test(q)) return ['percent'];
  if (/\bwhat (?:percentage|percent|share|proportion|fraction)\b|\bby how much\b/.test(q)) return ['percent', 'number', 'money'];
  // "How often do you take it" is answered by "once a day", "how often did it spill" by "212 times".
  if (/\bhow (?:often|frequently)\b|\bhow many times (?:a|an|per|each|every)\b/.test(q)) return ['frequency', 'number'];
  if (/\bhow many (?:years|months|weeks|days|hours|minutes|seconds|decades)\b/.test(q)) return ['duration', 'date'];
  // (Asked in a fragment too: "age of the new MP", "what's her age".)
  if (/\bhow old\b|\bwhat age\b|\bat what age\b|^(?:the )?age of\b|\b(?:his|her|their|its) age\b/.test(q)) return ['age'];
  // "Has the plant been fined before", "have they ever gone on strike before": an earlier time.
  if (/^(?:has|have|had|did|was|were|is|are|does|do)\b.*\bbefore\s*\??$|^(?:has|have|had)\b.*\bever\b/.test(q) || /^is (?:this|it|that) the first\b/.test(q)) return ['precedent'];
  // "What's his birthday", "date of birth": the day someone was born.
  if (/\bbirthday\b|\bdate of birth\b/.test(q)) return ['date'];
  // "how big is Castleford" is answered by "a city of about 31,000 people", after any measure.
  // "How big is the shortfall" asks for money.
  if (/\bhow (?:big|large|small)\b/.test(q) && (MONEY_WORD.test(q) || /\b(?:deficit|shortfall|gap|loss|losses|bill|payment|overspend)\b/.test(q))) return ['money', 'measure', 'percent'];
  if (/\bhow (?:big|large|small)\b/.test(q)) return ['measure', 'percent', 'count'];
  // "how heavy are the tags" is answered by a weight ("0.29 grams"), not by "5,000 miles": a
  // dimension asks for its own units.
  if (/\bhow (?:heavy|light)\b|\bhow much (?:does|do|did) (?:[a-z-]+ ){1,4}weigh\b|\bwhat (?:does|do|did) (?:[a-z-]+ ){1,4}weigh\b/.test(q)) return ['weight'];
  // "How far behind was Reese", "how far did he win by": a margin
  // ("seven shots behind", "by three lengths"), in any units.
  if (/\bhow far (?:behind|adrift|clear)\b|\bhow far\b.*\bwin by\b|\bby how far\b/.test(q)) return ['number', 'percent', 'length'];
  if (/\bhow far (?:in advance|ahead|back|off)\b/.test(q)) return ['duration', 'date'];
  if (/\bhow (?:tall|deep|wide|thick)\b/.test(q)) return ['length'];
  // "how far did shares fall": a share of something.
  if (/\bhow far\b.*\b(?:fall|fell|fallen|drop|dropped|rise|rose|risen|slide|slid|sink|sank|sunk|decline|declined|climb|climbed|plunge|plunged|tumble|tumbled|jump|jumped|slump|slumped)\b/.test(q)) return ['percent', 'number', 'length'];
  if (/\bhow far\b/.test(q)) return ['length'];
  if (/\bhow (?:fast|quick(?:ly)?)\b.*\b(?:go|going|went|travel(?:l?ing|l?ed)?|move|moving|moved|blow|blowing|wind|winds|speed|drive|driving|driven|run|running|fly|flying)\b|\bwhat speed\b/.test(q)) return ['speed', 'measure'];
  // "How fast did it sell out", "how fast are wages rising": how long it took, or a rate of growth.
  if (/\bhow (?:fast|quick(?:ly)?)\b/.test(q)) return ['speed', 'measure', 'duration', 'percent'];
  if (/\bhow (?:hot|warm|cold)\b|\bwhat (?:was |is |were )?the temperatures?\b/.test(q)) return ['temperature'];
  // ("How high is the river": "3.9m", a length.)
  if (/\bhow high\b/.test(q)) return ['measure', 'percent', 'length'];
  if (/\bhow (?:strong|powerful|loud|steep)\b/.test(q)) return ['measure', 'percent'];
  // "what was the vote", "what's the score": the figures of a count or a contest.
  // A score is written as one ("beat the Ironmen 3-2"); a vote or a margin in words too ("by 14 votes to nine").
  if (/\b(?:what|how)(?:'s|s| is| was| were| did)? the (?:final |actual |overall |exact |series )?(?:score|scoreline)\b/.test(q)) return ['score', 'number'];
  if (/\b(?:what|how)(?:'s|s| is| was| were| did)? the (?:final |actual |overall |exact )?(?:vote|votes|tally|margin)\b/.test(q)) return ['number'];
  // "How many farms" counts farms: an amount of money is not a count ("how many dollars" is).
  if (/\bhow many (?:dollars|pounds|euros|yen|cents|pence)\b|\bwhat amount\b/.test(q)) return ['number', 'money', 'percent'];
  if (/\bhow many\b|\bwhat number\b/.test(q)) return ['count', 'percent'];
  if (/\bhow much\b/.test(q)) return ['number', 'money', 'percent', 'measure'];
  if (/\bhow long\b|\bfor how long\b/.test(q)) return ['duration', 'date', 'measure'];
  // "What time did it happen?" wants the clock ("9:47 a.m."), before "Wednesday afternoon".
  if (/\bwhat time\b|\bat what time\b/.test(q)) return ['clock', 'time'];
  if (/\bwhat hours?\b/.test(q)) return ['time'];
  // ("Which days is Rourke suspended", "which nights did he break the notice": several dates.)
  // ("What's the deadline to submit a claim", "is there a deadline to appeal": a date, unless
  // what happens after it is asked.)
  const deadline = /\bdeadlines?\b/.test(q) && !/\bwhat happens\b/.test(q);
  if (WHEN_ASKED.test(q) || deadline || /\b(?:what|which) (?:days?|dates?|years?|months?|nights?|weekends?|centur(?:y|ies)|decades?)\b/.test(q) || /\bhow soon\b|\bby when\b/.test(q)) return ['date', 'time'];
  // "whats hargroves job", "what does pettifer do for a living": a role noun ("a school bus driver").
  if (/\bwhat(?:'s|s| is| was| were| are| does| did| do)?\b[^?]*\b(?:job|occupation|profession)\b(?! (?:cuts?|losses)\b)|\bfor a living\b|\bwhat (?:job|work|kind of work) (?:does|did|do)\b/.test(q) && !/^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b/.test(q)) return ['role', 'person'];
  // "what's the spokeswoman's name", "what was the boat called": a proper name, not a role.
  if (ASKS_NAME.test(q)) return ['name'];
  // "how did the leak happen", "how did customs catch it": how something came
  // about is told as its cause ("after an X-ray scan showed …", "from complications of …").
  if (/^how (?:did|does|do|was|were|could|can) (?:[a-z'’-]+ ){1,6}?(?:happen|start|begin|break out|get (?:injured|hurt)|catch fire|collapse|crash|fail|sink|escape|catch|spread|go wrong|end up|die)\b/.test(q)) return ['cause'];
  if (/\bwhy\b|\bwhat went wrong\b|\bdie[sd]? (?:of|from)\b|\bcause of (?:his |her |their )?death\b|\bwhat killed\b|\bwhat (?:caused|causes|led to|triggered|prompted|sparked|is behind|was behind|is the reason|was the reason)\b|\bhow come\b|\bfor what reason\b|\bwhat(?:'s| is| was) the cause\b|\bcause of\b/.test(q)) return ['cause'];
  if (/\b(?:which|what) (?:company|companies|firm|firms|organi[sz]ation|organi[sz]ations|agency|agencies|group|groups|business|businesses|union|party|department|ministry|team|club|brand|charity|university|manufacturer|retailer|bank|airline|outlet|newspaper|paper)\b/.test(q)) return ['organisation'];
  if (/\bwhere\b|\b(?:which|what) (?:city|town|country|state|county|region|place|area|street|neighbou?rhood|village|venue|site|location|hospital|school|court|port|airport|station|stadium|island|constituency|seat|ward|prison|hotel|restaurant)\b/.test(q)) return ['place'];
  if (/^(?:who|whom)\b|\bwho(?:'s| is| was| were| are| will| did| has| had)\b|\bwhose\b|\b(?:which|what) (?:person|people|man|woman|official|officials|player|judge|minister|lawyer|doctor|scientist)\b/.test(q)) return ['person', 'organisation'];
  // "Which horse fell?", "which libraries could shut?": one of a kind, called by its name.
  if (WHICH_KIND.test(q)) return ['name'];
  return [];
}

/**
 * "When" that asks when: opening the question, after "know", "say", "until", or before its verb
 * ("do we know when the bridge will reopen" has both). Not "when" opening a clause that sets the
 * scene: "what does she wear when she swims", "was anyone hurt when the lift broke".
 */
const WHEN_ASKED = /^(?:\W*(?:so|and|but|ok|okay|then|also|just|um)\W+)*when\b|\b(?:know|knows|known|idea|say|said|says|tell|told|sure|clear|decided|confirmed|announced|revealed|out|ask|asked|wonder|wondering|until|till|since|by|from|remember)\s+when\b|\bwhen(?:'s|s)\b|\bwhen\s+(?:will|would|is|are|was|were|did|does|do|can|could|should|shall|might|has|have|had)\b/;

/** "which horse", "which libraries": the kind of thing whose name is asked. */
const WHICH_KIND = /\bwhich\s+([a-z-]{3,})\b/;

/** "what is the forest service spokeswoman's name", "what's the name of the woman who called", "what was the boat called". */
const ASKS_NAME = /\bwhat(?:'s|s| is| was| are| were)? (?:the |his |her |their |its )?(?:[a-z-]+(?:'s|s')? ){0,4}names?\b|\bname of the\b|\bwhat(?:'s|s| is| was| are| were) (?:the |this |that |it |they )?(?:[a-z-]+ ){0,3}called\b/;

/** A place's preposition right before a name: "in Austin", "at Dunmore Field". */
const PLACED_BEFORE = /\b(?:in|at|near|outside|inside|across)\s+(?:the\s+)?$/i;

/** Words for a person that are not roles: "the name of the MAN found in the truck". */
const PERSON_WORD = /^(?:man|men|woman|women|boy|boys|girl|girls|person|people|guy|lady|child|children|kid|kids|baby|teenager|victim|victims)$/;

/** Words that make "how much …" a question about money: "how much prize money", "how much restitution". */
const MONEY_WORD = /\b(?:money|cash|funding|funds?|grants?|prize|restitution|compensation|fees?|fines?|salary|wages?|cost|costs|price|prices|revenue|sales|profits?|income|budget|tax|taxes|rent|debt|dollars|pounds|euros|worth|bonus|damages?|bail|ransom|tickets?|severance|pension|settlement|loans?|deal|aid|investment|subsid(?:y|ies)|benefits?|payout|premiums?|reward|payoff|pay-off|rebate|voucher|overdraft|refund|pay bump|pay rise|pay raise)\b/;

/** After "how much": words that are not a substance measured (verbs, pronouns, comparatives; money words are MONEY_WORD's). */
const NOT_A_SUBSTANCE = /^(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|pay|per|for|to|support|capital|interest|it|they|he|she|we|you|i|that|this|those|these|the|a|an|more|less|longer|further|bigger|higher|worse|better|of)$/;

/**
 * Question words that name the kind of answer rather than its topic (as index terms): "what will
 * the factory COST" is answered by "$14 billion", "what DATES are the trains off" by "10 June".
 */
const TYPE_WORDS: Record<AnswerType, string[]> = {
  money: ['money', 'cost', 'price', 'worth', 'amount', 'sum', 'value'],
  percent: ['percentage', 'percent', 'proportion', 'share', 'rate'],
  number: ['number', 'amount', 'total', 'figure'],
  count: ['number', 'total', 'figure'],
  date: ['date', 'day', 'year', 'month'],
  time: ['time', 'hour'],
  clock: ['time', 'hour'],
  duration: ['time', 'period'],
  age: ['age'],
  measure: ['size', 'distance', 'height', 'weight', 'temperature', 'speed', 'thickness'],
  weight: ['weight'],
  length: ['distance', 'away', 'height', 'length', 'depth', 'width', 'thickness'],
  speed: ['speed'],
  score: ['score', 'scoreline', 'final'],
  role: ['job', 'occupation', 'profession', 'living', 'work', 'career'],
  precedent: ['before', 'ever', 'previously'],
  temperature: ['temperature'],
  frequency: ['frequency'],
  person: ['name'],
  name: ['name', 'called'],
  organisation: ['name', 'organisation', 'organization'],
  place: ['place', 'location'],
  cause: ['reason', 'cause'],
};

/** The same words as index terms, stemmed once. */
const TYPE_TERMS = Object.fromEntries(Object.entries(TYPE_WORDS).map(([type, words]) => [type, words.map((w) => stem(w))])) as Record<AnswerType, string[]>;

/**
 * The index terms that name any of `types` (as `expectedTypes` gave them for `question`), and the
 * noun of "which horse fell": the kind of thing asked, which a passage naming one need not say.
 */
export function typeWords(types: readonly AnswerType[], question = ''): Set<string> {
  const kind = types.includes('name') ? WHICH_KIND.exec(question.toLowerCase())?.[1] : undefined;
  return new Set([...types.flatMap((t) => TYPE_TERMS[t]), ...(kind ? [stem(kind)] : [])]);
}

const WEEKDAY = '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b)';
/**
 * A month's name, whole ("Marchetti", "Mayor", "Augusta" are none); "may" and "march" only where
 * a date stands ("in May", "14 March", "March 4"), since the tests read without case and both are verbs too
 * ("the council may vote", "protesters march").
 */
const MONTH_CONTEXT = '(?:(?<=\\b(?:in|on|of|since|until|till|by|early|late|mid|last|next|this|from|through|to|between|before|after|\\d{1,2}(?:st|nd|rd|th)?)[\\s-])(?:may|march)\\b|(?:may|march)(?=\\s+(?:\\d|of\\b)))';
/** A month cut short without a full stop, as wires write it beside a day ("Nov 27", "27 Nov"). */
const MONTH_SHORT = '(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)';
const MONTH = `(?:(?:january|february|april|june|july|august|september|october|november|december)\\b|${MONTH_CONTEXT}|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.|${MONTH_SHORT}\\b(?=\\s+\\d{1,2}\\b)|(?<=\\b\\d{1,2}\\s)${MONTH_SHORT}\\b)`;
const TENS = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?';
/** The numbers one to ninety as words are built from (with TENS: "forty-five"). */
const NUMBER_NAMES = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COUNT_WORDS = `${NUMBER_NAMES}|hundred|a few|several|a couple of|dozens of|a dozen`;
/** A number in words, "a"/"an" among them ("a year"). */
const NUMBER_WORD = `${TENS}(?:${COUNT_WORDS}|a|an)`;
/** An age in words, as news writes one under ten and some above ("turned six", "aged nineteen"). */
const AGE_IN_WORDS = `${TENS}(?:${NUMBER_NAMES})`;
/** The same without "a"/"an", for where "a" counts only sometimes (see RATE_BEFORE). */
const COUNT_WORD = `${TENS}(?:${COUNT_WORDS})`;
/**
 * A span between two years is a length of time: "coached the Rams from 1976 to 2006", "served
 * between 1990 and 2002", "in office 2010–2018". (How long, read off its ends.)
 */
const YEAR_SPAN = `\\bfrom\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\s+(?:to|until|till|through)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\b|\\bbetween\\s+(?:19|20)\\d\\d\\s+and\\s+(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s?[-–]\\s?(?:19|20)\\d\\d\\b`;
// ("A second bid", "a second term": an ordinal before its noun, not a second of time.)
const UNIT = '(?:seconds|second(?![\\s-]+(?!(?:later|earlier|ago|longer|or|and|before|after|too|of|in|on|at|to|for|when|as|more|than|while|the|a|his|her|their)\\b)[a-z])|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|weekends?|semesters?|terms?|seasons?|summers|winters)';

/**
 * A passage that says the thing asked is not known or not given: "declined to say how many of the
 * 1,800 positions were outside the United States", "the cause was not immediately known". It is
 * the closest the article comes, never its answer.
 */
export const NOT_GIVEN = /\b(?:(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t|could not|couldn['’]t|was unable|were unable)\s+(?:to\s+)?(?:say|disclose|reveal|confirm|specify|give|provide|comment|name|identify|release)|(?:was|were|is|are|remains?|has not been|have not been)\s+(?:not\s+)?(?:yet\s+|immediately\s+|publicly\s+)?(?:unknown|unclear|undisclosed|not known|not clear|not disclosed|not released|not been (?:released|disclosed|made public))|not immediately (?:known|clear|available)|too early to (?:say|tell|know|speculate)|(?:was|were|is|are|remains?)\s+(?:still\s+)?under investigation|(?:has|have|had)\s+(?:not\s+|yet\s+)+(?:yet\s+)?(?:been\s+)?(?:determined|established)|yet to be (?:determined|established|confirmed|announced|decided|disclosed))\b/i;

/**
 * The words of a cause that state it outright ("because", "the likely cause was"), where the
 * others of TESTS.cause ("after", "amid", "rising") only may.
 */
export const STATES_CAUSE = /\b(?:because|due to|owing to|caused by|the (?:(?:most |more )?likely |(?:most )?probable |main |root |immediate |underlying )?cause|reasons? (?:for|why|was|is)|blam(?:e|es|ed|ing)|citing|(?:driven|fu(?:el|ell)ed|spurred|brought on) by|attributed to|stem(?:s|med)? from|traced to|as a result of|result of|led to|so that|in order to|concerned (?:by|about)|(?:made|makes|making) (?:[\w-]+\s+){0,3}?(?:unsustainable|unviable|uneconomic|unaffordable|impossible))\b/i;

/** The signs an amount of money opens with: "$41.2 million", "₹7,842 crore". */
const CURRENCY_SIGN = '[$£€¥₹₩₽₺₦₱₪]';

const WEIGHT_UNIT = 'grams?|g|kilograms?|kg|kilos?|milligrams?|mg|tons?|tonnes?|lbs?|pounds|ounces?|oz|stone';
const LENGTH_UNIT = 'feet|foot|ft|metres?|meters?|m|miles?|km|kilometres?|kilometers?|inches|inch|in\\.|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|yards?|storeys?|stories|floors|fathoms|light(?:\\s|-)years?|nautical miles';

/**
 * "£14million A YEAR", "$500 A WEEK", "twice A DAY", "450 hikers A DAY": after an amount, "a year"
 * is a rate, not how long something lasted. (Put before "a"/"an", which then count a duration only
 * where this holds.)
 */
const RATE_BEFORE = String.raw`(?<!(?:\d[\d,.]*(?:m|bn|k|p)?|\d[\d,.]*\s+[a-z-]+|million|billion|trillion|\b(?:times|once|twice|pence|cents?|dollars|pounds|euros|percent|per cent)|%)\s)`;

/** Ordinals from the second on, as words (a count of times, a standing, a precedent). */
const ORDINALS = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth';
/** A clock as British papers and wires write it: "at 07.52" (not "at 12.50 per share"), "by 1530 GMT". */
const WRITTEN_CLOCK = String.raw`(?<=\b(?:at|from|until|till|by|before|after|around|about|since|shortly after|shortly before)\s)(?:[01]?\d|2[0-3])\.[0-5]\d\b(?!\s*(?:%|per\b|m\b|bn\b|million|billion|p\b|pence|cents?|a\s))|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|BST|UTC|CET|local time|hrs|hours)\b`;

const TESTS: Record<AnswerType, RegExp> = {
  date: new RegExp(`\\b(?:${WEEKDAY}|${MONTH}|(?:19|20)\\d\\d|(?<=\\b(?:in|since|from|by|until|till|around|circa|before|after|year|built|founded|opened|established)\\s)1[5-8]\\d\\d\\b|yesterday|today|tomorrow|tonight|(?:last|next|this|early|late|mid|in the|by the|until the) (?:week|weekend|month|year|quarter|spring|summer|autumn|fall|winter)|last night|earlier this|later this|(?:the )?end of (?:the|this|next) (?:(?:first|second|third|fourth|new|next|academic|school|financial|fiscal|spring|autumn|fall)\\s+)?(?:week|month|year|quarter|semester|term|spring|summer|autumn|fall|winter|season)|(?:the )?(?:start|beginning) of (?:the|this|next) (?:first|second|third|fourth|new|next|academic|school|financial|fiscal|spring|autumn|fall)\\s+(?:year|quarter|semester|term|season)|in the new year|(?:by|at|before|after|until|over|since|for|on|around) (?:Christmas|Easter|Thanksgiving|Halloween|New Year(?:['’]s)?|Hanukkah|Diwali|Ramadan|Eid|Passover|Labor Day|Memorial Day|Boxing Day|Bonfire Night)|(?:in|within|over) the (?:coming|next) (?:days|weeks|months)|\\d{1,2}(?:st|nd|rd|th)\\b|(?:\\d{1,3}|${NUMBER_WORD})\\s+(?:days?|weeks?|months?|years?|decades?)\\s+(?:later|earlier|afterwards?)\\b|the (?:following|next|previous) (?:day|morning|afternoon|evening|night|week|weekend|month|spring|summer|autumn|fall|winter|year|season)\\b)`, 'i'),
  time: new RegExp(String.raw`\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|${WRITTEN_CLOCK}|\b(?:noon|midnight|dawn|dusk|morning|afternoon|evening|overnight)\b|\b(?<!:)\d{1,2}:\d\d\b(?!:\d)`, 'i'),
  clock: new RegExp(String.raw`\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|${WRITTEN_CLOCK}|\b(?:noon|midnight)\b|\b(?<!:)\d{1,2}:\d\d\b(?!:\d)`, 'i'),
  // ("19-year-old" is an age, not how long anything lasted.)
  duration: new RegExp(`\\b(?:\\d[\\d,.]*|${RATE_BEFORE}an?\\b|${COUNT_WORD})(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:(?:more|full|whole|straight|consecutive|extra|working|business|calendar)\\s+)?${UNIT}\\b(?![\\s-]old\\b)(?!-round\\b)|\\b\\d+\\s?(?:mins?|secs?|hrs?)\\b|\\b(?:since|until|for)\\s+(?:(?:last|early|late|mid-?)\\s+)?(?:${WEEKDAY}|${MONTH}|(?:1[5-9]|20)\\d\\d)|\\bsince\\s+last\\s+(?:year|month|week|summer|spring|autumn|fall|winter)\\b|\\bdecades?\\b|\\blife\\b|\\b\\d{1,2}:\\d\\d:\\d\\d\\b|${YEAR_SPAN}`, 'i'),
  // "50p" is money; "9 p.m." is not.
  money: new RegExp(`${CURRENCY_SIGN}\\s?\\d|\\b\\d[\\d,.]*\\s*(?:dollars?|pounds?|euros?|yen|pence|cents?|rupees?|crores?|lakhs?|yuan|renminbi|francs?|kronor|kroner|krona|pesos?|roubles?|rubles?|shekels?|dinars?|dirhams?|riyals?|ringgit|baht|rand|guineas|p\\b(?!\\.?\\s?m\\b))|\\b(?:million|billion|trillion)\\s+(?:dollars|pounds|euros)\\b|\\bUSD|GBP|EUR\\b`, 'i'),
  percent: /\d\s?%|\b(?:per ?cent|percentage points?)\b/i,
  number: new RegExp(`\\d|\\b(?:${NUMBER_NAMES}|hundred|thousand|million|billion|dozens?|half|quarter|a third|several|a few|no one|none|single|double|twice|triple)\\b`, 'i'),
  // (A death's cause: "died … from complications of pneumonia", "after a long illness".)
  cause: /\b(?:complications of|(?:died|dies|death)\s+(?:[\w,'’-]+\s+){0,8}?(?:of|from)|(?:died|dies|(?:was|were) killed)\s+(?:[\w,'’-]+\s+){0,3}?when|cancer|illness|pneumonia|stroke|heart attack|heart failure|dementia|overdose|because|due to|owing to|stem(?:s|med)? from|traced to|(?:is|was) what (?:made|makes|caused|drove)|as a result|result(?:ed)? (?:of|from)|caus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|(?:driven|fu(?:el|ell)ed|spurred|brought on|prompted|triggered|caused)\s+(?:[a-z]+ly\s+)?by|point(?:s|ed|ing) to|reflect(?:s|ed|ing)?|disagreed (?:over|about|on)|when (?:a|an|the|its|his|her|their) (?:[\w-]+\s+){0,3}?(?:failed|broke|burst|collapsed|caught fire|exploded|ruptured|gave way|malfunctioned|crashed|overheated|leaked)|reasons?|after|since|following|amid|over concerns|concerns? (?:about|over|that)|concerned (?:by|about)|(?:made|makes|making) (?:[\w-]+\s+){0,3}?(?:unsustainable|unviable|uneconomic|unaffordable|impossible)|led to|prompt(?:ed|ing)|trigger(?:ed|ing)|spark(?:ed|ing)|so that|in order to|aimed at|meant to|in response to|on (?:[\w-]+\s+){0,2}grounds|in protest|in (?:a|the|an) (?:[\w-]+\s+){0,2}(?:dispute|row|disagreement|standoff|battle) (?:over|about)|out of (?:concern|fear|respect)|in a bid to|so as to|with a view to|to (?:save|cut|reduce|lower) (?:money|costs?|spending)|attribut(?:e|ed) (?:to)|thanks to|citing|(?:that|this|which)(?:['’]s| is| was) why|(?:makes?|made|making) (?:it|them|him|her|us|this|that)\s+(?:[\w-]+\s+)?(?:harder|easier|difficult|impossible|useless|unsafe|dangerous|unable|too)|leading (?:[\w-]+\s+){0,3}?to|put(?:s|ting)? (?:[\w'’-]+\s+){0,3}?down (?:[\w-]+\s+)?to|(?:could not|couldn['’]t|can['’]t|cannot|can not) afford|,\s*(?:finding|concluding|ruling) that|required by|rules? (?:that )?(?:require|bar|ban|prohibit)|fears?|worries|worried|unable|failed to|failure|lack of|shortage|rising|falling|higher|lower)\b/i,
  // An age, or when someone or something began: "born in 1961", "installed in 1987".
  // "of 38" is an age ("a man of 38"), not "an estate of 38 pubs".
  // ("about three weeks old", "18-month-old": a young animal's or a child's age is in weeks or months.)
  age: new RegExp(`\\b(?:\\d{1,3}|${NUMBER_WORD})[- ](?:years?|months?|weeks?|days?)[- ]old\\b|\\baged ${AGE_IN_WORDS}\\b(?!-)|\\b(?:turned|(?:are|were) (?:\\d{1,2}|${AGE_IN_WORDS}) and) ${AGE_IN_WORDS}\\b(?!-)(?!\\s+(?!and\\b|who\\b|when\\b|while\\b|last\\b|this\\b|in\\b|on\\b|at\\b|from\\b|with\\b)[a-z])|` + /\bin (?:his|her) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0s)\b|\bages \d{1,3}(?:, \d{1,3})*,? and \d{1,3}\b|,\s*then (?:1[01]\d|[1-9]\d?),|\baged? \d{1,3}\b|\b(?:ages?|aged|in age)\s+(?:from\s+|between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}\b|,\s*(?:1[01]\d|[1-9]\d?),|\b(?:was|is|are|were|turned|at|(?<!\d\s)of) (?:1[01]\d|[1-9]\d?)\b(?![,.:]?\d)(?!\s+(?!and\b|who\b|when\b|in\b|on\b|at\b|from\b|with\b|last\b|this\b|earlier\b)[a-z])|\bborn\b(?=[^.;]{0,40}?\b(?:1[89]|20)\d\d\b)|\b(?:built|installed|founded|established|opened|made|created|constructed|launched|dating|dates|entered service|began operating|went into service)\b[^.;]{0,24}?\b(?:1[5-9]|20)\d\d(?:s\b|\b)/.source, 'i'),
  // ("2.3 million gallons", "380 gigabytes", "a magnitude 6.4 earthquake", "47 decibels".)
  measure: /\d[\d,.]*(?:\s|-)*(?:(?:thousand|million|billion)(?:\s|-)+)?(?:square(?:\s|-)*(?:feet|foot|metres?|meters?|miles?|kilometres?|kilometers?)|acres?|hectares?|feet|foot|ft\b|metres?|meters?|miles?|km\b|kilometres?|kilometers?|tons?|tonnes?|lbs?\b|kg\b|kilograms?|grams?\b|milligrams?|ounces?|oz\b|knots?\b|km\/h|gallons?|litres?|liters?|storeys?|stories|floors|degrees|°|light(?:\s|-)years?|inches|inch|cm\b|mm\b|mph\b|(?:kilo|mega|giga|tera|peta)?bytes\b|[kmgtp]b\b|bushels?|calories|kcal\b|decibels|(?:micro|nano)grams|(?:kilo|mega|giga)watts?|[mg]w\b|cubic (?:feet|metres|meters|yards)|times (?:the size|larger|bigger|as))|\b(?:twice|three times|half) (?:the size|as (?:big|large|wide|tall))\b|\bmagnitude(?:-|\s+)\d/i,
  weight: new RegExp(`\\d[\\d,.]*(?:\\s|-)*(?:${WEIGHT_UNIT})\\b`, 'i'),
  // (Not "£1.35m": a sum of money, in millions.)
  length: new RegExp(`(?<![$£€¥\\d.,]|[$£€¥]\\s)\\d[\\d,.]*(?:\\s|-)*(?:(?:thousand|million|billion)(?:\\s|-)+)?(?:${LENGTH_UNIT})(?![\\p{L}/])|\\b(?:${NUMBER_WORD})[\\s-]+(?:${LENGTH_UNIT})\\b`, 'iu'),
  speed: /\d[\d,.]*(?:\s|-)*(?:mph\b|km\/h|kph\b|knots?\b|[mgk]bps\b|(?:mega|giga|kilo)bits?\s+(?:per|a)\s+second|(?:miles|kilometres|kilometers|metres|meters)\s+(?:per|an|a)\s+(?:hour|second))/i,
  // Not "81 degrees north latitude".
  // ("17.2C", "a high near 30 C", "lows near 8 below zero", "the overnight low was 84".)
  temperature: /\d[\d,.]*\s*(?:°|degrees?\b)(?!\s+(?:north|south|east|west|latitude|longitude|of (?:latitude|longitude)))|(?<!\b(?:routes?|bus|flight|gate|platform|room|unit|apartment|apt|suite|block|terminal|highway|line|row|seat)\s)\b\d{1,3}(?:\.\d)?\s?[CF]\b(?![\w'’-])|\b(?:minus|below freezing|freezing|sub-zero|below zero)\b|\b(?:highs?|lows?)\s+(?:was\s+|were\s+|of\s+|near\s+|around\s+|in the\s+)+-?\d/i,
  // How often: "once a day", "twice a week", "212 times", "every two hours", "daily", "three nights a week".
  frequency: new RegExp(`\\b(?:once|twice|thrice)\\b|\\b(?:\\d[\\d,]*|${NUMBER_WORD})\\s+(?:times|occasions)\\b|\\b(?:\\d+|${NUMBER_WORD})\\s+(?:days?|nights?|evenings?|mornings?|shifts?|sessions?|visits?|trips?|flights?|services?|departures?)\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|year|fortnight)\\b|\\b(?:every|each)\\s+(?:(?:\\d+|other|few|couple of|${NUMBER_WORD})\\s+)?(?:day|night|week|month|year|hour|minute|morning|evening|weekend|fortnight|season)s?\\b|\\b(?:daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly|regularly|routinely|rarely|seldom|frequently)\\b`, 'i'),
  // "beat the Milwaukee Ironmen 3-2", "a 24–21 win"; not a range of years, ages or units ("10-15 minutes").
  score: /(?<![\d.,:-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,:]*\d)(?![-–]\d)(?!\s*%)(?!\s*(?:per\s?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|kilometres?|kilometers?|feet|foot|ft|metres?|meters?|inches|mph|degrees|a\.m\.|p\.m\.|am\b|pm\b)\b)(?!\s*°)(?!-year)/i,
  // A number that is not an amount of money: what "how many" counts.
  count: /$^/,
  role: /$^/,
  // An earlier time, or a count of times: "in 2019", "twice since 2017", "the third spill",
  // "its first strike since 1997", "had no previous convictions".
  precedent: new RegExp(String.raw`\b(?:(?:19|20)\d\d|(?:${ORDINALS})\b|first\b[^.;]{0,40}\b(?:since|ever|in (?:its|the|their|his|her) (?:\d+-year )?history)|previous(?:ly)?|prior|earlier|twice|once before|(?:three|four|five|\d+) times|last (?:time|year|month|week|summer|winter|spring|autumn)|again|no (?:record|history)|never before)\b`, 'i'),
  person: /$^/,
  name: /$^/,
  organisation: /$^/,
  // ("on October 9", "in March", "by Friday": when, not where.)
  // ("bound for Chicago", "between Grand Avenue and Harbor Street", "14 miles northwest of Fort
  // Calder", "at the corner of Harmon Avenue", "a San Francisco startup".)
  place: /\b(?:in|at|near|from|outside|inside|across|into|to|on|between|bound for|head(?:ed|ing) (?:for|to))\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b)(?:the\s+)?(?:(?:rural|northern|southern|eastern|western|central|downtown|suburban|coastal|remote|upstate|inner|outer|north|south|east|west|nearby|neighbou?ring)\s+)?(?:\p{Lu}[\p{L}’'-]+)|\b(?:shore|shores|coast|edge|outskirts|banks?|heart|centre|center|north|south|east|west|north-?east|north-?west|south-?east|south-?west|corner|intersection|junction|mouth)\s+of\s+(?:the\s+)?(?:\p{Lu}|(?:island|town|city|village|coast|border|capital)\b)|\b(?:an?|the)\s+(?:\p{Lu}[\p{L}’'.-]+,?\s+){1,3}(?:company|firm|start-?up|business|chain|retailer|manufacturer|developer|utility|bank|carrier|airline|insurer)\b|\b\p{Lu}[\p{L}’'-]+-based\b|\b\d{1,5}\s+(?:[NSEW]\.?\s+)?\p{Lu}[\p{L}’'-]+\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Way|Place)\b|\b(?:MP|MSP|MEP|TD|MLA|congressman|congresswoman|councillor|councilor|member)\s+for\s+\p{Lu}|\b\p{Lu}[\p{L}’'.-]+\s+(?:(?:\p{Lu}[\p{L}’'.-]+|of|for|the)\s+){0,4}?(?:Court|Hospital|School|Elementary|Academy|Stadium|Airport|Hotel|College|University|Station|Park|Arena|Centre|Center|Hall|Church|Cathedral|Prison)\b|\b\p{Lu}[\p{L}’'-]+\s+(?:railway|train|bus|tube|police|fire|coach)\s+station\b|\b(?:street|road|avenue|square|city|town|village|county|province|state|country|region|district|neighbou?rhood|river|coast|port|airport|station|building|warehouse|site|hospital|court(?:house)?|school|park|bridge|headquarters|journal)\b/u,
};

/** An amount of money, whole: "£180 million", "$41.2 million", "300 dollars". */
const AMOUNT = new RegExp(`${CURRENCY_SIGN}\\s?\\d[\\d,.]*(?:\\s*(?:million|billion|trillion|bn|m|k|crores?|lakhs?)\\b)?|\\b\\d[\\d,.]*\\s*(?:million|billion|trillion)?\\s*(?:dollars?|pounds?|euros?|yen|pence|cents?|rupees?|crores?|lakhs?|yuan)\\b`, 'gi');

/** Numbers that count time, not things: "two days", "11 weeks", "14 and 15 June", "in 2019", "7 a.m.". */
const NOT_A_COUNT = new RegExp(
  `\\b(?:\\d[\\d,.]*|${NUMBER_WORD})(?:\\s+and\\s+a\\s+half)?[\\s-]+(?:more\\s+)?${UNIT}\\b(?!-round\\b)|\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:and|to|-|–)\\s+\\d{1,2}(?:st|nd|rd|th)?)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}\\b|\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b\\d{1,2}:\\d\\d(?::\\d\\d)?\\b` +
    // "One rider, an older man in a Route 47 cap, …": one person, described, not a count.
    `|\\bone\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+,\\s+(?:a|an|who)\\b` +
    // "Helm, now 29, an electrician", "a 63-year-old man": someone's age, not a count.
    `|,\\s*(?:now\\s+|aged\\s+)?\\d{1,3}(?=,)|\\b\\d{1,3}[- ]years?[- ]old\\b`,
  'gi',
);

/** Organisation words: a capitalised phrase ending in one of these, or an acronym, is an organisation. */
const ORGANISATION_HEAD = /\b(?:[A-Z][\w&’'.-]*\s+){0,4}(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|Group|Bank|Agency|Ministry|Department|Council|Committee|Commission|Party|Union|Association|Authority|Board|Bureau|Service|Services|Trust|Foundation|Institute|University|College|Airlines|Motors|Foods|Energy|Power|Electric|Technologies|Systems|Labs|Partners|Holdings|Industries|Pharmaceuticals|Health|Police|Office|Court|Federation|League|Club|Fund|Network|Press|News|Times|Post)\b|\b[A-Z]{2,6}\b/;

/** What a text's spans are kept under: a kind of answer, or a test some kinds share or add. */
type SpanKind = AnswerType | 'stood' | 'thing' | 'within' | 'standing' | 'numbered' | 'trip' | 'party';

/** What a text holds, worked out once per text: the same sentences are typed for every question. */
interface TextFacts {
  names: ReturnType<typeof findNames>;
  /** Role nouns with their offsets. */
  roles: Array<{ word: string; at: number }>;
  organisation?: { text: string; at: number };
  /** Offsets where each regex-typed thing starts. */
  spans: Map<SpanKind, number[]>;
  /** Where places stand, and the place noun when it is one ("hospital"), not a name. */
  places?: Array<{ at: number; noun: string | undefined }>;
}

/** A speech verb right before a date or time: "the company said on Tuesday", "told reporters late Monday". */
const SAID_WHEN = /\b(?:said|says|announced|announces|confirmed|confirms|added|wrote|stated|disclosed|told\s+(?:reporters|journalists|(?:the\s+)?[\p{L}-]+))\s+(?:on\s+|late\s+|early\s+)?$/iu;
/** The day something was said, ending the attribution: "Tuesday,", "late Monday night.", "yesterday that …". */
const WHEN_SAID = /^[\p{L}.]+(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[,.;]|that\b|$)/u;
/** A place asked in a ranking: "where are they in the table", "where is she ranked", "where's he on GC". */
const STANDING_ASKED = /\b(?:table|league|standings|rankings?|ranked|gc|overall|leaderboard|division|conference|pool)\b/;
/** A standing: "sit 19th", "from ninth to the bottom", "top of the table". */
const STANDING = new RegExp(String.raw`\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:top|bottom|first|${ORDINALS})\b`, 'i');
/** An ordinal that counts a thing's times ("its ninth launch", "the seventh confirmed case"); not "first", which opens too much else. */
const ORDINAL_COUNT = new RegExp(String.raw`\b(?:${ORDINALS})\b(?!\s+(?:half|quarter|floor|round|set|innings|period|leg|stage|day of)\b)`, 'gi');
/** A question about what will happen: "when will it reopen", "how soon", "when is it going to". */
const FUTURE_ASKED = /\bwhen(?:['’]ll| will| shall)\b|\bhow soon\b|\bwhen(?:['’]s| is| are)\b[^?]*\bgoing to\b/;
/** A date the text marks as past where it stands: "February last year", "yesterday", "three weeks ago". */
const MARKED_PAST = /^(?:yesterday|last\b|earlier this\b|the previous\b|(?:[\w,]+\s+){0,3}?(?:last (?:week|weekend|month|year|spring|summer|autumn|fall|winter)|ago)\b)/i;
/**
 * The question's words of four letters or more in a regular past tense, right before a date or
 * its preposition ("reopen" → "… reopened in "), or undefined when it has none. Built once per
 * question, not once per sentence weighed.
 */
const pastOfQuestionVerbs = memo(256, (q: string): RegExp | undefined => {
  const words = [...new Set(q.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])].filter((w) => !/(?:ed|ing|s)$/.test(w));
  if (words.length === 0) return undefined;
  const past = words.map((w) => (w.endsWith('e') ? `${w}d` : `${w}ed`));
  // (Only a preposition between: "a detailed incident review within seven days" is no "detail" done.)
  return new RegExp(`\\b(?:${past.join('|')})\\s+(?:(?:in|on|at|by|from|until|during)\\s+)?$`, 'i');
});
/** A question about what is yet to come: "when will it reopen", "when is the report due", "how soon". */
const AHEAD_ASKED = /\bwhen(?:'s| is| are| will| would| does| do| can| could| should| might| shall)\b|\bhow soon\b|\bby when\b/;
/** A time from now: "within 10 days", "within days", "within ten working days", "in 12 to 18 months", "in about six weeks" (not "its first restrictions in seven years"). */
const WITHIN = new RegExp(`\\bwithin (?:the next )?(?:(?:\\d[\\d,.]*|${COUNT_WORD}|an?) (?:working |business )?)?(?:minutes?|hours?|days?|weeks?|months?|years?)\\b|(?<!\\b(?:first|last|highest|lowest|worst|best|biggest|largest|smallest|most|least|only|fewest|deadliest)\\b[^.;]{0,40})\\bin (?:about |around |roughly |another |just |the next )?(?:\\d[\\d,.]*|${COUNT_WORD}|an?)(?: to (?:\\d[\\d,.]*|${COUNT_WORD}))? (?:more )?(?:hours?|days?|weeks?|months?|years?)\\b`, 'i');
/** A question about the saying itself: "when did they announce it", "when was the statement issued". */
const SAYING_ASKED = /\b(?:say|said|says|announce\w*|confirm\w*|tell|told|report\w*|disclos\w*|reveal\w*|statement|news conference|press conference|briefing)\b/;

/** "how old is the pub", "how old is it": an age asked of a thing, not of someone named. */
const THING_ASKED = /\bhow old (?:is|was|are|were) (?:the|this|that|these|those|it|its|their)\b/;
/** "how old is the club": the noun asked, when it is no word for a person. */
function thingAsked(q: string): boolean {
  const noun = /\bhow old (?:is|was|are|were) (?:the|this|that|these|those|its|their)\s+(?:[a-z'-]+\s+){0,2}?([a-z-]+)\s*\??\s*$/.exec(q)?.[1];
  return noun !== undefined && ![noun, noun.replace(/s$/, ''), noun.replace(/men$/, 'man'), noun.replace(/ren$/, '')].some((n) => isPersonNoun(n) || compoundPerson(n));
}
/** A compound the lexicon lacks whose last part is a person: "paddleboarder" (a boarder), "shipbuilder". */
function compoundPerson(noun: string): boolean {
  for (let at = 4; at <= noun.length - 5; at++) if (isPersonNoun(noun.slice(at))) return true;
  return false;
}
/**
 * A thing's age, besides a person's words for one: "its 126-year history", "has stood at the
 * heart of the village for more than 800 years" (how long it has been; not what someone has done
 * for years: "I have delivered post here for 19 years").
 */
const THING_AGE = /\b\d{1,4}[- ]years?[- ]history\b|\b(?:has|have|had)\s+(?:stood|been(?!\s+\w+ing\b)|served|operated|existed|traded)\b[^.;]{0,60}?\bfor\s+(?:(?:more than|over|almost|nearly|about|around|some|close to|at least)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:years|centuries|decades)\b/i;
/** How long a thing has stood: "has served drinkers since 1724", "open since 1962", "formed roughly 4.56 billion years ago" (of a thing only: "the shop she opened 18 years ago" gives no age of hers). */
const STOOD_SINCE = /\b(?:stood|served|operated|run|open|opened|traded|trading|existed|standing)\b[^.;]{0,30}?\bsince (?:1[5-9]|20)\d\d\b|\b\d[\d,.]*\s*(?:thousand|million|billion)?\s*years ago\b/i;

/** Words of an age question that do not say whose age is asked. */
const NOT_AN_OWNER = new Set('how old is was are were will be the a an his her their its what whats age ages at of now he she they it when did does do this that aged years year s mr mrs ms miss dr'.split(' '));
/** Whose age an age question asks, as stems: "how old is tom ashworth" → tom, ashworth; "how old was the woman who died" → woman; "how old is he" → none. */
function ageOwnerStems(q: string): string[] {
  const asked = /\bhow old (?:is|was|are|were|will)?\s*(.*)$/.exec(q)?.[1] ?? q;
  const words = asked.match(/[a-z]+/g) ?? [];
  const end = words.findIndex((w) => OWNER_ENDS.has(w));
  return (end < 0 ? words : words.slice(0, end)).filter((w) => !NOT_AN_OWNER.has(w)).map((w) => stem(w));
}
/** Where the words naming whose age is asked end: "the woman WHO died", "pellew AND where's he from". */
const OWNER_ENDS = new Set(['who', 'that', 'which', 'when', 'and', 'as', 'now', 'today', 'in', 'at', 'on', 'after', 'before', 'during', 'by']);
/** A person's age as news sets it beside them: "Kerr, 71,", "a 31-year-old teacher", "aged 52", "is 16". */
const PERSON_AGE_AT = /^(?:,\s*\d|\d{1,3}[- ]years?[- ]old|aged?\s|(?:was|is|turned|at|of)\s+\d)/i;
/** Words a person's age is set beside, as far back as they may name them: "The woman who died, Ruth Feld, 71". */
const HOLDER_REACH = 5;
/**
 * Is the age at `at` plainly someone else's than the one asked? "The Green candidate, Tom
 * Everett, a 31-year-old teacher, beat him … to Pryce's 1,288" gives no age of Pryce's;
 * "Stanzin's niece, Padma, is 16" none of Stanzin's. Whose it is: the few words before it in its
 * sentence (not a possessive: "Stanzin's niece" is the niece), and the noun after "31-year-old" or
 * an apposition after "Kerr, 71," ("a software engineer"). Only when the same sentence names the
 * one asked elsewhere: "The 23-year-old fly-half struck the kick" (who the sentence before
 * names), "I'm a 49-year-old man" (the speaker) and an age the text gives in words no one asked
 * keep it.
 */
function someoneElsesAge(text: string, at: number, owner: readonly string[]): boolean {
  if (owner.length === 0) return false;
  const m = PERSON_AGE_AT.exec(text.slice(at, at + 16));
  if (!m) return false;
  const opens = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?][’”"]?\s+/g)].map((x) => x.index! + x[0].length));
  const closes = text.slice(at).search(/[.!?][’”"]?(?:\s|$)/);
  const sentence = text.slice(opens, closes < 0 ? text.length : at + closes + 1);
  const lead = text.slice(opens, at);
  if (/\b(?:i|i[’']m|im|my)\b/i.test(lead)) return false;
  const words = (part: string) => (part.match(/[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase());
  const before = words(lead).filter((w) => !/[’']s$/.test(w)).map((w) => stem(w)).filter((w) => !NOT_AN_OWNER.has(w)).slice(-HOLDER_REACH);
  // (After it, to the clause's end: the noun "31-year-old" qualifies, or the apposition ", a teacher".)
  const rest = text.slice(at + m[0].length).replace(/^[\d\s]*,?\s*/, '');
  const apposition = /year/i.test(m[0]) || /^(?:an?|the)\s/i.test(rest) ? words(rest.split(/[,.;:]/)[0]!).slice(0, 6).map((w) => stem(w)) : [];
  const holder = new Set([...before, ...apposition]);
  if (owner.some((w) => holder.has(w))) return false;
  const named = new Set(words(sentence).map((w) => stem(w.replace(/[’']s$/, ''))));
  return owner.some((w) => named.has(w));
}

/** "since I ", "when she ": the time someone was something then. */
const THEN_SUBJECT = '\\b(?:when|since|as|until|till|before|after)\\s+(?:i|he|she|they|we|you)\\s+';
/** "since I was ", "when she was ": what comes next is an age someone had then. */
const AGE_THEN = new RegExp(`${THEN_SUBJECT}(?:was|were)\\s+(?:only\\s+|just\\s+|about\\s+)?$`, 'i');
/** The same, for an age found from its verb ("since she WAS 15"): what stands before the verb. */
const AGE_THEN_VERB = new RegExp(`${THEN_SUBJECT}$`, 'i');
/** An age someone was then: "since I was six years old", "who has trained her since she was 15". */
const ageThen = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 40), at);
  return AGE_THEN.test(before) || (/^(?:was|were)\s/i.test(text.slice(at, at + 5)) && AGE_THEN_VERB.test(before));
};

/** A trip told by its time: "a 40-minute bus ride", "a three-and-a-half-hour drive", "drive 40 minutes". */
const TRIP_TIME = new RegExp(`\\b(?:\\d{1,3}|${COUNT_WORD})(?:[\\s-]and[\\s-]a[\\s-]half)?[\\s-](?:minutes?|hours?)['’]?\\s+(?:(?:bus|train|car|boat|ferry|taxi)\\s+)?(?:drive|ride|walk|journey|flight|trip|crossing|commute)\\b|\\b(?:drive|driven|ride|walk|travel|fly)\\s+(?:for\\s+)?(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+)?(?:\\d{1,3}|${COUNT_WORD})\\s+(?:minutes|hours)\\b`, 'i');

/** A political party as news names it, or one of its members: "the Liberal Democrats", "a Republican", "Reform UK". */
const PARTY = /\b(?:Liberal Democrats?|Lib Dems?|Democrats?|Republicans?|Labour|Labor Party|Conservatives?|Tory|Tories|Greens|Green Party|Green|Reform UK|SNP|Plaid Cymru|Sinn F[ée]in|Fianna F[áa]il|Fine Gael|Alliance Party|DUP|UKIP|Libertarians?)\b/u;

/** "which routes", "what bus", "which gate": a kind of thing that goes by its number. */
const NUMBERED_ASKED = /\b(?:which|what)\s+(?:[a-z-]+\s+)?(?:routes?|lines?|bus(?:es)?|platforms?|gates?|flights?|terminals?|wards?|districts?|runways?|exits?|highways?|services)\b/;
/** A number as a name: "Routes 14, 22", "Gate B12", "the 41, 41A, 63 and 118". */
const NUMBERED = /\b(?:Routes?|Lines?|Bus(?:es)?|Platforms?|Gates?|Flights?|Terminals?|Wards?|Districts?|Runways?|Exits?|Highways?|Interstates?|No\.)\s+[A-Z]?\d+[A-Z]?\b|\bthe\s+\d+[A-Z]?,\s+\d+[A-Z]?\b/;

/** Where `test` matches in `text` (its starts), worked out once per text and kept under `key`. */
function spansOf(f: TextFacts, text: string, key: SpanKind, test: RegExp): number[] {
  let known = f.spans.get(key);
  if (!known) f.spans.set(key, (known = [...text.matchAll(new RegExp(test.source, test.flags.includes('g') ? test.flags : `${test.flags}g`))].map((m) => m.index!)));
  return known;
}

/** "who is the county sheriff", "who's the lead scientist on it": whose role is asked, by its head noun. */
const ASKS_HOLDER = /^who(?:'s|s| is| was| are| were| will be)\s+(?:the|its|their|his|her)\s+((?:[a-z'-]+\s+){0,3}?([a-z-]+))(?:\s+(?:of|at|for|on|in)\b(.*))?\s*\??$/;
const BOSS = new Set(['boss', 'head', 'chief', 'leader']);

/** Does the text give the name at `start..end` the role asked for? */
type HolderTest = (text: string, start: number, end: number) => boolean;

/**
 * For a "who is the …" question, whether a text gives a name that role (or a synonym): "Sheriff
 * Dale Whitcomb", "Whitcomb, 58, the county sheriff,", "the sheriff, Dale Whitcomb,". Undefined
 * when the question asks no such role. Its expressions are built once, per question.
 */
function holderTest(q: string): HolderTest | undefined {
  const m = ASKS_HOLDER.exec(q.trim().replace(/’/g, "'"));
  if (!m || !isRoleNoun(m[2]!)) return undefined;
  // "who's the boss of Northvale": whoever heads it, whatever the title.
  const roles = BOSS.has(m[2]!) ? [...BOSS, ...HEADS] : roleSynonyms(m[2]!);
  // "Gov. Teresa Valdane", "Capt. Elias Marchbank": the title as news abbreviates it. (Not "Dr":
  // a doctorate, whatever the holder's work.)
  const abbreviated = Object.keys(ABBREVIATED_TITLES).filter((k) => k !== 'dr' && roles.includes(ABBREVIATED_TITLES[k]!)).map((k) => `${k}\\.?`);
  // "the prime minister" is not "Labor Minister Teresa Okonjo": a word that names the office
  // itself must be said with it.
  const office = m[1]!.split(/\s+/).find((w) => OFFICE_WORD.test(w));
  // ("vice chancellor" is written "vice-chancellor" too. "The prosecutor" in a US court is an
  // assistant U.S. or state's attorney.)
  const titles = `(?:${[...roles.map((r) => `${r.replace(/ /g, '[\\s-]')}s?`), ...abbreviated, ...(roles.includes('prosecutor') ? [PROSECUTING_ATTORNEY] : [])].join('|')})`;
  // "Health and Social Care Secretary Tom Ravensworth" is the health secretary; "St Ansel's
  // minister for environment and fisheries", the environment minister; "director of public
  // health", the public health director.
  const role = office ? `(?:${office}(?:\\s+(?:and|&)(?:\\s+[\\p{L}-]+){1,3}?)?\\s+${titles}|${titles}\\s+(?:for|of)\\s+(?:the\\s+)?(?:[\\p{L}-]+,?\\s+(?:and\\s+)?){0,3}?${office}\\b)` : titles;
  // ("The shadow rail minister, Oliver Brannigan" is the one asked for "the shadow rail minister".)
  const otherOffice = `(?:${NOT_THE_HOLDER.filter((w) => !m[1]!.split(/\s+/).includes(w)).join('|')})`;
  // (Not "Assistant Attorney General Karen Lindqvist" for "the attorney general": another office.)
  // ("the senior coroner for Hartbridge and West Marlshire, Alison Penhaligon": the role's own
  // "for …" may stand between; "The council leader, Councillor Joanne Whitlock": so may a title.)
  const before = new RegExp(`(?<!\\b${otherOffice}\\s+(?:[\\p{L}-]+\\s+)?)\\b${role}(?:\\s+(?:of|for|at)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+,|\\s+[\\p{L}-]+)?(?:,)?\\s+(?:${TITLE_BEFORE_NAME}\\s+){0,2}$`, 'iu');
  // (The role heads the apposition: not "a spokeswoman for the sheriff's office". "the museum's
  // executive director and chief curator": a second role may come first.)
  const apposed = new RegExp(`^(?:’s|'s)?,\\s*(?:\\d{1,3},\\s*)?(?:who\\s+(?:is|was)\\s+)?(?:the|a|an|its|their)?\\s*(?:(?!(?:of|for|at|with|to|from|on|in)\\s)[\\p{L}'’-]+\\s+){0,5}?${role}\\b`, 'iu');
  // "Dr Owain Pritchard, a palaeontologist at the University of Mercia and the paper's lead
  // author": the role asked may be the apposition's second.
  const second = new RegExp(`^,\\s*(?:the|a|an)\\s[^;.?!“”"‘]{0,100}?,?\\s+and\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${role}\\b`, 'iu');
  // "Pellew, who has been named chairman": made the holder, as well as being it.
  const copular = new RegExp(`^(?:,\\s*who)?\\s+(?:is|was|has been|became|(?:was|has been|had been) (?:named|appointed|elected|made))\\s+(?:as\\s+)?(?:(?:the|a|an|its|their)\\s+)?(?:(?!${otherOffice}\\s)[\\p{L}'’-]+\\s+){0,3}?${role}\\b`, 'iu');
  // A court report names counsel by the side they speak for: "Priya Castellane, defending,",
  // "Prosecuting, Helen Marchbank said", "Hugo Brackley KC, for Mr Farrow".
  const side = roles.includes('lawyer') ? COUNSEL_SIDE : roles.includes('prosecutor') ? 'prosecuting' : undefined;
  const sideBefore = side && new RegExp(`\\b(?:${side}),\\s+$`, 'i');
  const sideAfter = side && new RegExp(`^(?:\\s+(?:KC|QC))?,\\s+(?:${side})\\b${side === COUNSEL_SIDE ? '|^\\s+(?:KC|QC),\\s+for\\b' : ''}`);
  // "married the actress Margaret Doyle", "the guitarist Alan Pryor, whom she had married": a
  // spouse is told by the wedding.
  const spouse = roles.some((r) => SPOUSES.includes(r));
  // "who is the councillor for ward 2": a number the role is held for names which one ("who
  // represents ward 4" is another), and must stand by the name (not as money: "$2 million").
  const numbers = m[3]?.match(/\d+/g) ?? [];
  const numbered = numbers.map((n) => new RegExp(`(?<![$£€\\d.,])\\b${n}\\b(?![.,]?\\d)`));
  return (text, start, end) => {
    const after = text.slice(end, end + 80);
    if (numbered.some((n) => !n.test(text.slice(Math.max(0, start - 80), end + 80)))) return false;
    const lead = text.slice(Math.max(0, start - 80), start);
    if (sideBefore && (sideBefore.test(lead) || sideAfter!.test(after))) return true;
    if (spouse && (MARRIED_BEFORE.test(lead) || MARRIED_AFTER.test(after))) return true;
    return before.test(lead) || apposed.test(after) || copular.test(after) || second.test(text.slice(end, end + 160));
  };
}

/** A US prosecutor's title: "Assistant U.S. Attorney Daniel Cho", "Senior Assistant State's Attorney". */
const PROSECUTING_ATTORNEY = String.raw`(?:(?:senior\s+)?assistant\s+)?(?:U\.S\.|United\s+States|district|state['’]s|county|commonwealth['’]s|prosecuting)\s+attorney`;
/** The side a barrister speaks for, in a court report: "Priya Castellane, defending,". */
const COUNSEL_SIDE = 'defending|representing|for the defen[cs]e';
/** The roles a wedding names. */
const SPOUSES = ['wife', 'husband', 'spouse', 'widow', 'widower'];
/** "married the actress Margaret Doyle", "his marriage to Bernadine Tolliver": the one named is the spouse. */
const MARRIED_BEFORE = /\b(?:married|marriage\s+to)\s+(?:(?:the|a|an|fellow)\s+)?(?:[\p{Ll}-]+\s+){0,2}?$/u;
/** "Alan Pryor, whom she had married in 1966". */
const MARRIED_AFTER = /^,\s*(?:whom|who)\s+(?:he|she)\s+(?:had\s+)?married\b/;

/** Words that make a role another office: "deputy headteacher", "acting chief executive". */
const NOT_THE_HOLDER = ['assistant', 'deputy', 'vice', 'acting', 'interim', 'shadow', 'associate'];
/** Who heads a body, by title: "the boss" may be any of them. */
const HEADS = ['chief executive', 'ceo', 'managing director', 'manager', 'head coach', 'general manager', 'executive director', 'director', 'president', 'chair', 'chairman', 'chairwoman', 'general secretary', 'secretary general'];
/** A title between a role and the name it gives: "The council leader, Councillor Joanne Whitlock". */
const TITLE_BEFORE_NAME = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Sgt|Lt|Capt|Col|Gen|Rev|Prof|Cllr)\.?|Councillor|Councilor|Professor|Sir|Dame|Lord|Lady|Judge)`;

/** Every place in a text (see TESTS.place). */
const PLACE_ALL = new RegExp(TESTS.place.source, 'gu');

/**
 * Where in `text` things of the asked types stand (character offsets), leaving out what the
 * question already names; empty when the text holds none. `undefined` when nothing in particular
 * is asked.
 */
export type TypeLocator = (types: readonly AnswerType[], text: string, question: string) => readonly number[] | undefined;

/**
 * A locator that remembers what each text holds, so a question costs lookups, not name-finding.
 * One per article: its texts are a bounded set. `articleTexts`: the article's sentences, whose
 * people's full names ("Gregory Aldane") say which one-word names are no organisation ("Aldane").
 * `namesOf`: the name finder, which the caller may share (see buildSearchIndex).
 */
export function typeLocator(articleTexts: readonly string[] = [], namesOf: (text: string) => ReturnType<typeof findNames> = findNames): TypeLocator {
  const facts = new Map<string, TextFacts>();
  const factsOf = (text: string): TextFacts => {
    let f = facts.get(text);
    if (!f) {
      const roles: TextFacts['roles'] = [];
      for (const m of text.toLowerCase().matchAll(/[a-z-]+/g)) if (isRoleNoun(m[0])) roles.push({ word: m[0], at: m.index! });
      f = { names: namesOf(text), roles, spans: new Map() };
      const org = ORGANISATION_HEAD.exec(text);
      if (org) f.organisation = { text: org[0], at: org.index };
      facts.set(text, f);
    }
    return f;
  };
  // The question's words, once per question rather than once per passage.
  let lastQuestion = '';
  let lastWords = new Set<string>();
  // The roles the question's own verbs name ("owns" → owner): no answer to "who owns …".
  let lastOwnRoles = new Set<string>();
  const askedWords = (q: string): Set<string> => {
    if (q !== lastQuestion) {
      lastQuestion = q;
      lastWords = new Set(q.match(/[a-z]+/g) ?? []);
      lastOwnRoles = new Set([...lastWords].map((w) => roleOfVerb(w)).filter((r): r is string => r !== undefined));
    }
    return lastWords;
  };
  const ownRoles = (q: string): Set<string> => {
    askedWords(q);
    return lastOwnRoles;
  };
  // The holder a "who is the …" question asks for, tested with expressions built once per question.
  let holderQuestion: string | undefined;
  let lastHolder: HolderTest | undefined;
  const holderOf = (q: string): HolderTest | undefined => {
    if (q !== holderQuestion) {
      holderQuestion = q;
      lastHolder = holderTest(q);
    }
    return lastHolder;
  };
  // Read from the same facts as every question's, once, on the first question about a body.
  let people: Set<string> | undefined;
  const personWords = (): Set<string> =>
    (people ??= new Set(articleTexts.flatMap((t) => factsOf(t).names.filter((m) => m.personLike && m.tokens.length > 1).flatMap((m) => m.tokens.map((w) => w.toLowerCase())))));
  const where = (type: AnswerType, text: string, question: string): number[] => {
    const f = factsOf(text);
    const q = question.toLowerCase();
    const fresh = () => f.names.filter((m) => !m.tokens.every((t) => q.includes(t.toLowerCase())));
    switch (type) {
      case 'count': {
        // The numbers outside amounts of money ("11,500 farms", not "£180 million"), once per text.
        let known = f.spans.get('count');
        if (!known) {
          // Nor the number of a stretch of time or a date: "how many houses" is not "two days" or "14 June".
          const amounts = [...text.matchAll(AMOUNT), ...text.matchAll(NOT_A_COUNT)].map((m) => [m.index!, m.index! + m[0].length] as const);
          // "How many times has it flown": "the rocket's ninth launch", "the third straight game".
          const ordinals = [...text.matchAll(ORDINAL_COUNT)].map((m) => m.index!);
          f.spans.set('count', (known = [...where('number', text, question).filter((at) => !amounts.some(([from, to]) => at >= from && at < to)), ...ordinals]));
        }
        return known;
      }
      case 'person': {
        // "Who is the county sheriff?": a name the text gives that role ("Sheriff Dale Whitcomb",
        // "Dale Whitcomb, the county sheriff,"); not another role, nor a name with another role
        // ("Sgt. Tamara Hale, a spokeswoman for the sheriff's office").
        const holds = holderOf(q);
        if (holds) return fresh().filter((m) => m.personLike && holds(text, m.start, m.end)).map((m) => m.start);
        // A name the question does not give, or a role: "a fire department spokesperson"; not the
        // role the question's own verb names ("who owns the apartments" is not "the owner").
        const own = ownRoles(q);
        // (Not a place: "filed in federal court in Austin" names no one who filed.)
        const placed = (m: NameMention) => !m.personLike && m.role === undefined && PLACED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
        return [...fresh().filter((m) => !placed(m)).map((m) => m.start), ...f.roles.filter((r) => !q.includes(r.word) && !own.has(r.word)).map((r) => r.at)];
      }
      case 'name': {
        // A name the question does not give; not a capitalised word opening a sentence ("Hackers").
        const named = fresh().filter((m) => m.tokens.length > 1 || !/(?:^|[.!?:;]\s+|[“"‘]\s*)$/.test(text.slice(Math.max(0, m.start - 3), m.start)));
        // "the name of the man found in the truck": a person's name, and not the one the sentence
        // is attributed to ("…, Sheriff Dale Whitcomb said.").
        const personAsked = q.match(/[a-z-]+/g)!.some((w) => PERSON_WORD.test(w) || isRoleNoun(w));
        if (personAsked) return named.filter((m) => m.personLike && !/^\s*(?:said|says|told|added)\b/.test(text.slice(m.end, m.end + 12))).map((m) => m.start);
        const org = f.organisation && !q.includes(f.organisation.text.toLowerCase()) ? [f.organisation.at] : [];
        // "Which routes are being cut": a route goes by its number ("Routes 14, 22 and 47",
        // "the 41, 41A, 63 and 118").
        const numbered = NUMBERED_ASKED.test(q) ? spansOf(f, text, 'numbered', NUMBERED) : [];
        return [...named.map((m) => m.start), ...org, ...numbered];
      }
      case 'organisation': {
        // ("Who is the county sheriff?" asks for a person, not "the sheriff's office".)
        if (holderOf(q)) return [];
        // A one-word name is a body's ("Quillon") unless the article gives it to a person ("Aldane"
        // for Gregory Aldane): "which rival retailers tried to poach him" is not answered by him.
        const names = fresh().filter((m) => NON_PERSON_HEADS.has(m.tokens.at(-1)!.toLowerCase()) || (m.tokens.length === 1 && !personWords().has(m.tokens[0]!.toLowerCase())));
        const org = f.organisation && !q.includes(f.organisation.text.toLowerCase()) ? [f.organisation.at] : [];
        // "Which party is the MP": "a Liberal Democrat", "The Conservatives hold 22 seats".
        const party = /\bpart(?:y|ies)\b/.test(q) ? spansOf(f, text, 'party', PARTY).filter((at) => !q.includes(text.slice(at, at + 6).toLowerCase())) : [];
        return [...names.map((m) => m.start), ...org, ...party];
      }
      case 'place': {
        // "what hospital are they in": "the hospital" is the question's own word, not the answer.
        let known = f.places;
        if (!known) f.places = known = [...text.matchAll(PLACE_ALL)].map((m) => ({ at: m.index!, noun: /^\p{Ll}/u.test(m[0]) ? m[0] : undefined }));
        const asked = askedWords(q);
        const places = known.filter((p) => p.noun === undefined || !asked.has(p.noun)).map((p) => p.at);
        // "Where are they in the table", "where's Voss ranked now": a standing ("19th", "bottom").
        return STANDING_ASKED.test(q) ? [...places, ...spansOf(f, text, 'standing', STANDING)] : places;
      }
      case 'date':
      case 'time': {
        // "…by two years, the company said on Tuesday": when it was said, not when it happens,
        // unless the saying is asked ("when did they announce it").
        let spans = spansOf(f, text, type, TESTS[type]);
        // "When will the systems be back?" is answered by "within 10 days" too; "when did it
        // open" is not.
        if (type === 'date' && AHEAD_ASKED.test(q)) spans = [...spans, ...spansOf(f, text, 'within', WITHIN)];
        // "When will Maureen get her operation?" is not answered by "She was referred in February
        // last year": a date the text marks as past is no answer to what will happen.
        // Nor is "the quay, which reopened in March" an answer to "when will the harbour reopen":
        // the asked verb in the past, right before the date.
        if (type === 'date' && FUTURE_ASKED.test(q)) {
          const pastOfAsked = pastOfQuestionVerbs(q);
          spans = spans.filter((at) => !MARKED_PAST.test(text.slice(at, at + 30)) && !(pastOfAsked && pastOfAsked.test(text.slice(Math.max(0, at - 40), at))));
        }
        // (Not "said this year’s edition sold …": there the date opens what was said.)
        return SAYING_ASKED.test(q) ? spans : spans.filter((at) => !(SAID_WHEN.test(text.slice(Math.max(0, at - 40), at)) && WHEN_SAID.test(text.slice(at, at + 40))));
      }
      case 'role':
        // A role noun the question does not give: "Denise Hargrove, 58, a school bus driver".
        return f.roles.filter((r) => !q.includes(r.word)).map((r) => r.at);
      case 'score':
        // "the Falcons (17-6, 8-3 Lakeshore Conference)": a season's record in brackets, not the game's score.
        return spansOf(f, text, 'score', TESTS.score).filter((at) => text.lastIndexOf('(', at) <= text.lastIndexOf(')', at));
      case 'length': {
        // "How far away is the next library": "a 40-minute bus ride", "a six-hour drive from
        // campus" tell a distance as the trip takes.
        const spans = spansOf(f, text, 'length', TESTS.length);
        return /\bhow far\b/.test(q) ? [...spans, ...spansOf(f, text, 'trip', TRIP_TIME)] : spans;
      }
      case 'age':
        // "How old is the pub": a thing's age is also the year it has stood since ("has served
        // drinkers since 1724"); a person's is not ("the MP for Ashcombe since 2017").
        // "since I was six years old": an age someone was then, not the age asked.
        // "How old is the club": a thing, by its noun, has no age of a person's ("Chairman Keith
        // Ellery, 63,"); its "126-year history" is one.
        // (An animal's age is written as a person's, "about three weeks old", "turned six"; only the
        // age set off after a name is a person's alone.)
        if (thingAsked(q)) return [...spansOf(f, text, 'age', TESTS.age).filter((at) => !/^,\s*\d/.test(text.slice(at, at + 3))), ...spansOf(f, text, 'thing', THING_AGE), ...spansOf(f, text, 'stood', STOOD_SINCE)];
        const owner = ageOwnerStems(q);
        if (THING_ASKED.test(q)) return [...spansOf(f, text, 'age', TESTS.age).filter((at) => !someoneElsesAge(text, at, owner)), ...spansOf(f, text, 'stood', STOOD_SINCE)];
        return spansOf(f, text, 'age', TESTS.age).filter((at) => !ageThen(text, at) && !someoneElsesAge(text, at, owner));
      default:
        return spansOf(f, text, type, TESTS[type]);
    }
  };
  // A question asks about the same text several times over (alone, in a pair, for its kind, for
  // its first kind): each answer is worked out once per question. (Measured on the bench's
  // questions: 117 look-ups a question, 41 of them distinct; fewer short-lived arrays mean fewer
  // young-generation collections landing on a reply.)
  let memoQuestion: string | undefined;
  // (Keyed by kind, then by the text itself: no key string is built per look-up for one kind.)
  const memo = new Map<string, Map<string, readonly number[]>>();
  return (types, text, question) => {
    if (types.length === 0) return undefined;
    if (question !== memoQuestion) {
      memoQuestion = question;
      memo.clear();
    }
    const kind = types.length === 1 ? types[0]! : types.join(',');
    let byText = memo.get(kind);
    if (!byText) memo.set(kind, (byText = new Map()));
    let found = byText.get(text);
    if (!found) byText.set(text, (found = types.length === 1 ? where(types[0]!, text, question) : types.flatMap((t) => where(t, text, question))));
    return found;
  };
}
