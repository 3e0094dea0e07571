/**
 * Free text → what the reader wants: the chat words (summary, quotes, share, help) that every surface understands, kept out of the article engine. Deliberately small and ordered: the first rule that fits
 * wins, and anything unrecognised is a question for the search index.
 */
import type { SummaryLength } from '../engine/summary.js';
import { WHAT_DID } from '../engine/speaker-match.js';
import { questionWordSpelled } from '../engine/chat-spelling.js';

export type Intent =
  | { type: 'summary'; length: SummaryLength }
  | { type: 'quote'; speaker?: string }
  | { type: 'share' }
  | { type: 'help' }
  | { type: 'ask'; question: string };

const SUMMARY = /^(?:(?:give me |show me |can you |please |just )*(?:an? |the )?)?(?:(short|brief|quick|long|longer|full|detailed|extended)\s+)?(summary|summari[sz]e(?: it| this| the article)?|sum(?:marize)? it up|sum up|tl;?\s?dr|gist|overview|recap)(?:\s+(?:of|for)\s+(?:the |this )?(?:article|story|piece|news))?(?:,?\s+(?:please|pls))?(?:\s+(short|brief|long|longer|full|detailed))?$/i;
const SHARE = /^(?:(?:give me |send me |what(?:'s| is) |get )?(?:the |a )?)?(?:share(?: link)?|link|url|permalink|source link|share this(?: article)?|where can i read (?:it|this|the (?:full )?article))$/i;
const HELP = /^(?:help|commands|\?|what can you do|how do i use (?:this|you)|usage)$/i;
const ALL_QUOTES = /^(?:(?:show me |give me |list |get )?(?:all |the )?(?:quotes?|quotations?)(?: (?:in|from) (?:the |this )?(?:article|story))?|who (?:is|was|gets?) quoted|who (?:is|was) speaking|who said what)$/i;

const WHAT_SAID = /^what\s+(?:was\s+)?(?:said|stated|claimed)\s+by\s+(.+)$/i;
const QUOTES_FROM = /^(?:show me |give me |get )?(?:the |any |all )?(?:quotes?|quotations?|statements?|words)\s+(?:from|by|of)\s+(.+)$/i;
const X_QUOTE = /^(.+?)(?:'s|’s)?\s+(?:quotes?|quotations?|statements?)$/i;
// ("does the study say anything about melatonin" asks about a topic, which the search finds in
// anyone's words; the speaker's other statements do not answer it. "Did the council say yes to
// the battery farm" asks what it decided.)
const DID_SAY = /^(?:did|does)\s+(.+?)\s+(?:say|comment|speak)\b(?!\s+(?:anything|something)\s+(?:about|on)\s)(?!\s+(?:yes|no)\b).*$/i;

function cleanSpeaker(raw: string): string {
  return raw.replace(/[?!.,;:]+$/g, '').trim();
}

/** Classifies one line of free text. `text` is already trimmed and bounded by the caller. */
export function interpret(text: string): Intent {
  // ("wat did egland say": the question word as chat misspells it still asks for quotes.)
  const t = questionWordSpelled(text.trim().replace(/[?!.]+$/, '').replace(/\s+/g, ' '));
  const summary = SUMMARY.exec(t);
  if (summary) {
    const word = (summary[1] ?? summary[3] ?? '').toLowerCase();
    const long = ['long', 'longer', 'full', 'detailed', 'extended'].includes(word);
    return { type: 'summary', length: long ? 'long' : 'short' };
  }
  if (SHARE.test(t)) return { type: 'share' };
  if (HELP.test(text.trim())) return { type: 'help' };
  if (ALL_QUOTES.test(t)) return { type: 'quote' };
  for (const pattern of [WHAT_DID, WHAT_SAID, QUOTES_FROM, DID_SAY, X_QUOTE]) {
    const m = pattern.exec(t);
    if (m?.[1]) {
      const speaker = cleanSpeaker(m[1]);
      // "how do I claim", "what do you think": the reader, or the bot, is no one the article quotes.
      if (speaker && !/^(?:the article|it|this|they|the story|all|any|i|we|you|u|me|one|people)$/i.test(speaker)) {
        return { type: 'quote', speaker };
      }
    }
  }
  return { type: 'ask', question: text.trim() };
}
