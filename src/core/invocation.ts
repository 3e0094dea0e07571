/**
 * One path from "what the user sent" to a `Reply`, shared by every platform:
 * slash-form text and free text are both turned into an `Invocation`, validated against the
 * command's declared options, then run. Input problems get a short reply, never an exception.
 */
import { commands as defaultCommands, findCommand } from '../../commands/index.js';
import type { Command, CommandContext, OptionValues } from '../../commands/types.js';
import { usageOf } from '../../commands/usage.js';
import { interpret } from './intents.js';
import type { ArticleEngine } from '../engine/engine.js';
import { readerContext } from './context.js';
import { isShareable, reply, type Reply, type Visibility } from './reply.js';
import { code, text as words, type Span } from './reply/blocks.js';
import { addressed, splitPublic, wantedVisibility } from './reply/visibility.js';
import { MAX_INPUT } from './limits.js';
import { allowedEdits, editDistance } from '../engine/fuzzy.js';
import { isRoleNoun } from '../engine/names.js';

export interface Invocation {
  command: string;
  options: OptionValues;
}

export { MAX_INPUT } from './limits.js';

/** A short error for the person who asked: one sentence, in plain words or spans (a usage as code). */
export function errorReply(text: string | Span[]): Reply {
  return reply({ kind: 'error', title: 'Sorry', text });
}

/**
 * An invocation as command text that `parseCommandText` reads back to the same invocation
 * ("quote speaker:Egeland", "summary length:long"): what a Share action repeats.
 */
export function invocationText({ command, options }: Invocation): string {
  const named = Object.entries(options).flatMap(([name, value]) => (value === true ? [name] : typeof value === 'string' && value ? [`${name}:${value}`] : []));
  return [command, ...named].join(' ');
}

/**
 * Parses the words after the top command: "summary long", "quote Egeland", "ask how many…",
 * and Discord-style "quote speaker:Egeland". Returns undefined for an unknown subcommand.
 */
export function parseCommandText(text: string, registry: readonly Command[] = defaultCommands): Invocation | undefined {
  const trimmed = text.trim();
  const [head = '', ...restWords] = trimmed.split(/\s+/);
  const command = findCommand(head, registry);
  if (!command) return undefined;
  const options: OptionValues = {};
  let rest = restWords.join(' ');
  // Named form first: key:value (value runs to the next key or the end).
  const named = new RegExp(`\\b(${command.options.map((o) => o.name).join('|') || '\\0'}):`, 'gi');
  const parts = rest.split(named);
  if (parts.length > 1) {
    rest = parts[0] ?? '';
    for (let i = 1; i + 1 < parts.length; i += 2) options[parts[i]!.toLowerCase()] = parts[i + 1]!.trim();
  }
  const words = rest.trim() ? rest.trim().split(/\s+/) : [];
  // Flags any command may take: "public" / "force" are booleans when the command declares them.
  for (const option of command.options.filter((o) => o.type === 'boolean')) {
    const at = words.findIndex((w) => w.toLowerCase() === option.name);
    if (at >= 0) {
      options[option.name] = true;
      words.splice(at, 1);
    }
  }
  for (const option of command.options.filter((o) => o.choices && options[o.name] === undefined)) {
    const at = words.findIndex((w) => option.choices!.some((c) => c.value === w.toLowerCase()));
    if (at >= 0) {
      options[option.name] = words[at]!.toLowerCase();
      words.splice(at, 1);
    }
  }
  // Whatever is left is the free-text option (speaker, question, channel).
  const freeText = command.options.find((o) => o.type !== 'boolean' && !o.choices && options[o.name] === undefined);
  if (freeText && words.length) options[freeText.name] = words.join(' ');
  return { command: command.name, options };
}

// "What does the council THINK about the plan", "what did X say ABOUT the budget": a question
// about a topic, which the article may answer even when X is quoted and reported nowhere.
const TOPIC_QUESTION = /\b(?:think|thinks|feel|feels|believe|believes|make of)\b|\b(?:about|on|regarding)\s+\S/i;

/** Does the article use any of the phrase's own words ("insurance" of "the insurance company")? */
function mentions(article: ArticleEngine['article'], phrase: string): boolean {
  const words = articleWords(article);
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length >= 3 && w !== 'the' && words.some((v) => v.startsWith(w)));
}

/** The article's words in lower case, worked out once per article (articles never change). */
const wordsOfArticle = new WeakMap<ArticleEngine['article'], readonly string[]>();
function articleWords(article: ArticleEngine['article']): readonly string[] {
  let words = wordsOfArticle.get(article);
  if (!words) wordsOfArticle.set(article, (words = [...new Set(article.sentences.flatMap((s) => s.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)))]));
  return words;
}

/** Opens a question or a request, so the words are not a bare name ("who…", "is…", "tell me…"). */
// ("and what about stroke risk": a follow-up may open on a conjunction.)
const ASKING = /^(?:(?:and|but|so|ok|okay|also|then)[,\s]+)?(?:who|whom|whose|what|when|where|why|how|which|whats|whos|wheres|whens|whys|hows|wat|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|tell|give|show|explain|list|any|say)\b/i;

/** "name of whitlock's company", "age of the victim": a question written as the noun it asks for. */
const ASKED_NOUN_OF = /^(?:the\s+)?(?:name|names|age|cost|price|date|time|number|size|length|height|weight|location|address|title|score|result|cause|reason|amount|value|total|distance|salary)\s+of\b/i;

/** A short phrase with no question in it: "the UN adviser", "Egeland", "Jan Egeland". */
function namesSomeone(text: string): boolean {
  return !ASKING.test(text) && !ASKED_NOUN_OF.test(text) && !text.includes('?') && text.split(/\s+/).length <= 5;
}

/**
 * Whether `phrase` names a speaker by a role word ("the UN adviser") or by their name, typos
 * allowed ("egland"); a place in someone's role ("aleppo") is a topic, not a person.
 */
function isSpeaker(phrase: string, engine: Pick<ArticleEngine, 'findSpeakers' | 'article'>): boolean {
  const best = engine.findSpeakers(phrase)[0];
  if (!best) return false;
  const asked = lettersOnly(phrase);
  if (asked.some((w) => isRoleNoun(w))) return true;
  const speaker = engine.article.speakers[best.speaker]!;
  const name = lettersOnly(speaker.name);
  const near = (w: string, n: string) => editDistance(w, n, allowedEdits(n.length)) <= allowedEdits(n.length);
  // ("vaccination rate at grace covenant": two words that are none of the speaker's are what is
  // asked about them.)
  const theirs = [...name, ...speaker.aliases.flatMap(lettersOnly)];
  const others = asked.filter((w) => !LINKING_WORD.test(w) && !theirs.some((n) => near(w, n)));
  if (others.length >= 2) return false;
  return asked.some((w) => w.length >= 3 && name.some((n) => near(w, n)));
}

/** The words of a phrase in lower case, letters only ("Mensah-Darby's" → "mensah", "darby", "s"). */
const lettersOnly = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** Words that join a name and a role: "the adviser at the UN", "Mr Egeland". */
const LINKING_WORD = /^(?:the|a|an|of|at|from|for|in|on|and|with|mr|mrs|ms|miss|dr|prof)$/;

/**
 * Free text (a mention, a DM, a terminal line) → invocation, through the engine's intents.
 * With the engine, "what does X think about Y" goes to the quote lister only when X is someone
 * the article quotes or reports; otherwise it is a question for the search.
 */
export function interpretText(text: string, engine?: Pick<ArticleEngine, 'findSpeakers' | 'article'>): Invocation {
  const intent = interpret(text);
  switch (intent.type) {
    case 'summary':
      return { command: 'summary', options: { length: intent.length } };
    case 'quote':
      // "did the insurance company say anything": someone the article names but never quotes or
      // reports ("…, which insures the collection, declined to comment") is a question for the search.
      if (intent.speaker && engine && engine.findSpeakers(intent.speaker).length === 0 && (TOPIC_QUESTION.test(text) || mentions(engine.article, intent.speaker))) {
        return { command: 'ask', options: { question: text.trim() } };
      }
      return { command: 'quote', options: intent.speaker ? { speaker: intent.speaker } : {} };
    case 'ask':
      // "the UN adviser", "egland": a bare name or role of someone the article quotes asks for them.
      if (engine && namesSomeone(intent.question) && isSpeaker(intent.question, engine)) {
        return { command: 'quote', options: { speaker: intent.question } };
      }
      return { command: 'ask', options: { question: intent.question } };
    default:
      return { command: intent.type, options: {} };
  }
}

/** Checks options against the command's declaration; returns the error reply when they do not fit. */
function validate(command: Command, options: OptionValues, commandName: string): Reply | undefined {
  for (const option of command.options) {
    const value = options[option.name];
    const text = typeof value === 'string' ? value.trim() : value;
    if (option.required && (text === undefined || text === '')) {
      return errorReply([words(`That needs a ${option.name}: `), code(usageOf(command, commandName)), words('.')]);
    }
    if (typeof text === 'string' && option.maxLength && text.length > option.maxLength) {
      return errorReply(`That ${option.name} is too long (at most ${option.maxLength} characters). Try something shorter.`);
    }
    if (typeof text === 'string' && text && option.choices && !option.choices.some((c) => c.value === text)) {
      return errorReply(`${option.name} can be ${option.choices.map((c) => c.value).join(' or ')}.`);
    }
  }
  return undefined;
}

/** Said when the route gave no operator check: nobody vouched for the person asking. */
export const OPERATORS_ONLY = 'Only the bot’s operators can use that.';

/**
 * The preconditions `command` declares, for the person `ctx` describes: undefined when it may run,
 * else the sentence refusing it. `operator: true` needs `ctx.checkOperator` to let them through.
 * Every route runs through here (runInvocation, runFollowUp), so no adapter checks by hand.
 */
export async function refusalOf(command: Pick<Command, 'operator'>, ctx: CommandContext): Promise<string | undefined> {
  if (!command.operator) return undefined;
  return ctx.checkOperator ? ctx.checkOperator() : OPERATORS_ONLY;
}

/**
 * Runs `work` on behalf of command `name` (a button under its reply: post's Confirm and Cancel),
 * only when that command's preconditions hold for `ctx`, exactly as they do for the command itself.
 */
export async function runFollowUp<T>(name: string, ctx: CommandContext, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; refusal: string }> {
  const command = findCommand(name, ctx.commands);
  // An unknown command has no declaration to trust: treat its buttons as an operator's.
  const refusal = await refusalOf(command ?? { operator: true }, ctx);
  return refusal === undefined ? { ok: true, value: await work() } : { ok: false, refusal };
}

/** Runs a parsed invocation. Never throws: a failing handler becomes a short error reply. */
export async function runInvocation(invocation: Invocation, ctx: CommandContext): Promise<Reply> {
  const command = findCommand(invocation.command, ctx.commands);
  if (!command) return findCommand('help', ctx.commands)!.run({}, ctx);
  try {
    // First, so a refused person learns nothing of the command; a failing check refuses too (below).
    const refused = await refusalOf(command, ctx);
    if (refused) return errorReply(refused);
    const invalid = validate(command, invocation.options, ctx.commandName);
    if (invalid) return invalid;
    return await command.run(invocation.options, ctx);
  } catch {
    return errorReply('Something went wrong answering that. Please try again.');
  }
}

/**
 * The answer a Share button repeats, for the channel. Its value comes back from the client, so it
 * is read only as a reader's command (what followed `/<command>`, e.g. "quote Egeland"), run with
 * nothing of the request, and kept only when it is an answer worth sharing. Undefined for anything
 * else: an operator command, unknown words, help, a refusal.
 */
export async function shareableAnswer(text: string, ctx: CommandContext): Promise<Reply | undefined> {
  const invocation = text.length <= MAX_INPUT ? parseCommandText(text, ctx.commands) : undefined;
  const command = invocation && findCommand(invocation.command, ctx.commands);
  if (!invocation || !command || command.operator) return undefined;
  const answer = await runInvocation(invocation, readerContext(ctx));
  return isShareable(answer) ? addressed(answer, 'channel') : undefined;
}

/** A reply and the subcommand that produced it ("none" when the input was refused before any ran), for logs and metrics. */
export interface TextAnswer {
  command: string;
  reply: Reply;
}

/** How the route that brought the text answers. */
export interface TextRoute {
  /** Where its answers go when nobody asks for the channel: `private` (slash commands, DMs; the default) or `channel` (a mention's thread). */
  visibility?: Visibility;
  /** Whether it can repeat a private answer in the channel (Slack's slash command): such answers get a Share action. */
  share?: boolean;
}

/**
 * Answers one line of text as a person typed it: "/aleppo quote Egeland", "quote Egeland",
 * or "what did Egeland say".
 */
export async function answerText(text: string, ctx: CommandContext): Promise<Reply> {
  return (await answerTextWithCommand(text, ctx)).reply;
}

/**
 * `answerText`, also saying which subcommand answered. A command written out (with the slash, or
 * starting with a command's name) may ask for the channel with the word `public` at either end.
 */
export async function answerTextWithCommand(text: string, ctx: CommandContext, route: TextRoute = {}): Promise<TextAnswer> {
  const refused = (reply: Reply): TextAnswer => ({ command: 'none', reply: addressed(reply, 'private') });
  const run = async (invocation: Invocation, asked: { text: string; isPublic: boolean }): Promise<TextAnswer> => {
    const command = findCommand(invocation.command, ctx.commands);
    // For the channel when asked there, or when the route answers there (a mention's thread).
    const wanted = wantedVisibility(command, asked.isPublic || route.visibility === 'channel');
    const share = route.share ? asked.text || invocationText(invocation) : undefined;
    // runInvocation answers an unknown subcommand with help.
    return { command: command?.name ?? 'help', reply: addressed(await runInvocation(invocation, ctx), wanted, share) };
  };
  const trimmed = text.trim();
  if (!trimmed) return refused(errorReply([words('Ask me something about the article, or type '), code('help'), words('.')]));
  if (trimmed.length > MAX_INPUT) {
    return refused(errorReply(`That message is too long (at most ${MAX_INPUT} characters). Ask something shorter.`));
  }
  const slash = new RegExp(`^/${ctx.commandName}(?:\\s+|$)`, 'i');
  if (slash.test(trimmed)) {
    const asked = splitPublic(trimmed.replace(slash, ''));
    const invocation = asked.text ? parseCommandText(asked.text, ctx.commands) : { command: 'help', options: {} };
    return run(invocation ?? { command: 'help', options: {} }, asked);
  }
  if (trimmed.startsWith('/')) {
    return refused(errorReply([words('Commands start with '), code(`/${ctx.commandName}`), words('; type '), code('help'), words(' to see them.')]));
  }
  // "quote Egeland" without the slash works too, when the first word is a command's name.
  const asked = splitPublic(trimmed);
  const named = parseCommandText(asked.text, ctx.commands);
  return named ? run(named, asked) : run(interpretText(trimmed, ctx.engine), { text: trimmed, isPublic: false });
}
