/**
 * Answering an interaction inside Discord's 3 seconds: directly when the work is quick, else
 * deferred first ("thinking…", which keeps the token for 15 minutes) and edited in afterwards.
 */
import { MessageFlags, type ButtonInteraction, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';
import { describeError } from './errors.js';
import { renderNotice, withoutFlags, type DiscordMessage } from './render-embed.js';

/**
 * Where the adapter writes operational lines (never a token): one sentence, at `level` (default
 * info). Start-up passes the logger's; tests collect the lines.
 */
export type Log = (line: string, level?: 'info' | 'warn' | 'error') => void;

/** Default wait before deferring, well inside the 3 s Discord allows for the first response. */
export const DEFER_AFTER_MS = 1500;

/** Resolves with the work's result, or 'slow' when it takes longer than `ms` (shared by the HTTP transport). */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | 'slow'> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(resolve, ms, 'slow');
  });
  try {
    return await Promise.race([work, slow]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The message as discord.js should send it. Given plain embeds and components, discord.js runs
 * them through its camelCase-to-snake_case transformer (lodash's snakeCase on every key, deep) on
 * every send: about 10 µs a reply, the largest part of our own per-reply work in the Discord
 * bench's profile. Ours are already in the API's shape (APIEmbed, API components, keys in
 * snake_case and no emoji strings), so they go as JSON-encodable values, which discord.js sends as
 * they are: the same JSON. A kept answer is the same object every time, so it is wrapped once.
 */
const sendable = new WeakMap<DiscordMessage, InteractionReplyOptions>();
export function asSent(message: DiscordMessage): InteractionReplyOptions {
  let sent = sendable.get(message);
  if (!sent) {
    const { embeds, components, ...rest } = message;
    sent = { ...rest, embeds: embeds.map((embed) => ({ toJSON: () => embed })), components: components.map((row) => ({ toJSON: () => row })) };
    sendable.set(message, sent);
  }
  return sent;
}

/**
 * Sends what `work` produces as the interaction's reply, private as the message says (its
 * `flags`); when it is slow, the deferral is private unless `ephemeral` is false, and the message
 * is edited in as that.
 */
export async function respond(interaction: RepliableInteraction, work: Promise<DiscordMessage>, ephemeral: boolean, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first !== 'slow') {
    await interaction.reply(asSent(first));
    return;
  }
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(withoutFlags(await work));
}

/** Replaces the message a button is on with what `work` produces (deferring the update when slow). */
export async function respondUpdate(interaction: ButtonInteraction, work: Promise<DiscordMessage>, deferAfterMs: number): Promise<void> {
  const first = await within(work, deferAfterMs);
  if (first !== 'slow') {
    await interaction.update({ content: '', ...withoutFlags(first) });
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply({ content: '', ...withoutFlags(await work) });
}

/** Last resort: a private sentence, as a reply or a follow-up depending on what was sent already. */
export async function sayPrivately(interaction: RepliableInteraction, text: string, log: Log): Promise<void> {
  const message = renderNotice(text);
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    log(`discord: could not send the error notice either: ${describeError(error)}`, 'error');
  }
}
