/**
 * What the benches ask, in turn, on both platforms: the usual mix of a busy channel (the summary,
 * a speaker's quotes, a question, the long summary, the link), or a different question every
 * time, so no answer can be remembered from an earlier one.
 */

export type Questions = 'mix' | 'distinct';

interface Call {
  subcommand: string;
  options: Record<string, string>;
}

const MIX: { call: Call; text: string }[] = [
  { call: { subcommand: 'summary', options: {} }, text: 'summary' },
  { call: { subcommand: 'quote', options: { speaker: 'Egeland' } }, text: 'quote Egeland' },
  { call: { subcommand: 'ask', options: { question: 'how many people are trapped in Aleppo?' } }, text: 'ask how many people are trapped in Aleppo?' },
  { call: { subcommand: 'summary', options: { length: 'long' } }, text: 'summary long' },
  { call: { subcommand: 'share', options: {} }, text: 'share' },
];

const distinct = (i: number) => `how many people are trapped in Aleppo, asked for the ${i}th time?`;

/** Discord's subcommand and options for request `i`. */
export function discordCall(i: number, questions: Questions): Call {
  if (questions === 'distinct') return { subcommand: 'ask', options: { question: distinct(i) } };
  return MIX[i % MIX.length]!.call;
}

/** The text after `/aleppo` in Slack for request `i`. */
export function slackText(i: number, questions: Questions): string {
  return questions === 'distinct' ? `ask ${distinct(i)}` : MIX[i % MIX.length]!.text;
}

/** Each call of the usual mix once (for measuring the size of our replies). */
export const MIX_SIZE = MIX.length;
