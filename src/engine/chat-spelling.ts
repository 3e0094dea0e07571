/**
 * How readers type in chat, read as what they mean: "whats", "wat", "ppl", "the govt". Applied to
 * a question before it is routed (src/core/intents.ts: only the question word) and before it is
 * searched (all of it).
 */

/** "whats the death toll", "whens the next game": a question word with its apostrophe dropped, as chat writes it. */
const CHAT_CONTRACTION = /\b(what|when|where|who|how|why)s\b/gi;

/**
 * "why didnt the sirens work", "why isnt anyone taking over": a negation with its apostrophe
 * dropped. Read as typed, "didnt" is a word the article never has, and a question about all its
 * words then holds one no passage can cover. ("cant", "wont": can't, won't.)
 */
const CHAT_NEGATION = /\b(did|does|do|is|was|are|were|has|have|had|could|would|should|ca|wo)nt\b/gi;
/** "thats", "theyre", "theres": the same for a pronoun's contraction. */
const CHAT_PRONOUN = /\b(that|there|they|you|we)(s|re|ve)\b/gi;
/** Those of CHAT_PRONOUN's that are no other word ("were" stays "were"). */
const CONTRACTED = new Set(['thats', 'theres', 'theyre', 'theyve', 'youre', 'youve', 'weve']);

/** Chat shorthand readers type for words the article spells out: "how many ppl got hurt", "on the market rn". */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  ppl: 'people', govt: 'government', "gov't": 'government', rn: 'right now', u: 'you', ur: 'your',
  bc: 'because', cuz: 'because', tmrw: 'tomorrow', tmr: 'tomorrow', yr: 'year', yrs: 'years', hr: 'hour', hrs: 'hours',
  min: 'minutes', mins: 'minutes', approx: 'approximately', abt: 'about', w: 'with', thru: 'through', nite: 'night',
  uni: 'university', info: 'information', convo: 'conversation', pics: 'pictures', pic: 'picture', vid: 'video', dept: 'department',
  meds: 'medication', stats: 'statistics', pct: 'percent', avg: 'average',
  coz: 'because', tho: 'though', mgmt: 'management', bday: 'birthday',
  gonna: 'going to', wanna: 'want to', gotta: 'have to',
  // British and US slang for the words news uses.
  cop: 'police officer', cops: 'police', mum: 'mother', insta: 'Instagram', compo: 'compensation', telly: 'television',
};
const CHAT_WORD = new RegExp(`(?<![\\p{L}\\d'’])(?:${Object.keys(CHAT_WORDS).join('|')})(?![\\p{L}\\d'’])`, 'giu');

/** "When does the cap kick in": an idiom for starting, which no article writes for a rule or a price. */
const KICK_IN = /\bkick(?:s|ed|ing)?\s+in\b/gi;

/**
 * Question words as chat misspells them, opening a question: "wat did egland say", "wen does it
 * open", "hw many were hurt". Read as typed, they are words the article never has, so the question
 * asked for no kind of thing, and "wat did X say" was searched for instead of listing X's quotes.
 * Only the first word, and only spellings that are no English word ("were", "hoe" are; "hwo" may
 * be "how" or "who").
 */
const QUESTION_WORD_TYPOS: Readonly<Record<string, string>> = {
  wat: 'what', wut: 'what', wht: 'what', waht: 'what', whta: 'what', wot: 'what', hwat: 'what',
  wats: "what's", wuts: "what's", whts: "what's",
  wehn: 'when', whn: 'when',
  wher: 'where', whre: 'where', wehre: 'where', whr: 'where',
  wich: 'which', whcih: 'which', wihch: 'which', whihc: 'which',
  hw: 'how',
  wy: 'why', whi: 'why', wyh: 'why',
};
/** …and two that are also a name or a letter, read so only before a verb that asks: "wen does it open", "y did they quit" (not "Wen Jiabao said"). */
const BEFORE_AUXILIARY: Readonly<Record<string, string>> = { wen: 'when', y: 'why' };
const AUXILIARY = "(?:did|do|does|is|are|was|were|would|will|has|have|had|can|could|should|cant|can't|didnt|didn't|isnt|isn't|arent|aren't|wont|won't|dont|don't|doesnt|doesn't|wasnt|wasn't)";
const QUESTION_WORD_TYPO = new RegExp(`^(?:${Object.keys(QUESTION_WORD_TYPOS).join('|')})(?=\\s)|^(?:${Object.keys(BEFORE_AUXILIARY).join('|')})(?=\\s+${AUXILIARY}\\b)`, 'i');
/** The opening question word as it is spelled ("wat did" → "what did"); the rest as typed. */
export const questionWordSpelled = (question: string) =>
  question.replace(QUESTION_WORD_TYPO, (w) => QUESTION_WORD_TYPOS[w.toLowerCase()] ?? BEFORE_AUXILIARY[w.toLowerCase()] ?? w);

/** A question as the engine reads it: spaces collapsed, chat spellings written out. */
export const readQuestion = (question: string) =>
  writtenOut(
    questionWordSpelled(question.trim().replace(/\s+/g, ' '))
      .replace(CHAT_CONTRACTION, "$1's")
      .replace(CHAT_NEGATION, "$1n't")
      .replace(CHAT_PRONOUN, (word, pronoun: string, ending: string) => (CONTRACTED.has(`${pronoun}${ending}`.toLowerCase()) ? `${pronoun}'${ending}` : word)),
  ).replace(KICK_IN, 'start');
/** Chat shorthand written out: "the govt" → "the government". */
export const writtenOut = (text: string) => text.replace(CHAT_WORD, (w) => CHAT_WORDS[w.toLowerCase()] ?? w);
