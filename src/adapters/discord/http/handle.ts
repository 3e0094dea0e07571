/**
 * Discord interactions that arrived over HTTP, answered with the gateway's logic (src/adapters/discord/
 * answers.ts: the dispatcher's operator check, kept answers, own-message checks on every button)
 * and renderers: only reading the raw payload and sending the response differ.
 */
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessageComponentInteraction,
  type APIUser,
} from 'discord.js';
import { SHARE_BUTTON, type Answered } from '../../../runtime/observe.js';
import { answerCommand, answerPostButton, CANNOT_SHARE, choicesFor, sharedMessage, type ButtonClick, type CommandAsk } from '../answers.js';
import { describeError } from '../errors.js';
import { FAILED, type InteractionDeps } from '../interactions.js';
import type { Asking } from '../operators.js';
import { clickedApiMessage } from '../own-message.js';
import { SHARE_BUTTON_ID } from '../render-embed.js';
import { DEFER_AFTER_MS } from '../respond.js';
import { apiMessage, respondHttp, sayPrivatelyHttp, updateHttp, type HttpTurn } from './respond.js';

type Option = APIApplicationCommandInteractionDataOption;

/** The subcommand and its options: `/aleppo ask question:…` arrives as one SUB_COMMAND option. */
function subcommandOf(options: readonly Option[] | undefined): { name?: string; options: readonly Option[] } {
  const sub = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  return sub && 'options' in sub ? { name: sub.name, options: sub.options ?? [] } : { ...(sub ? { name: sub.name } : {}), options: [] };
}

function askerOf(payload: APIInteraction): APIUser {
  const user = payload.member?.user ?? payload.user;
  if (!user) throw new Error('the interaction names no user');
  return user;
}

/** Who asked and where: the member's permissions count only in a server. */
function askingOf(payload: APIInteraction): Asking {
  return { user: askerOf(payload), guildId: payload.guild_id, permissions: payload.guild_id ? payload.member?.permissions : undefined };
}

function commandAsk(payload: APIInteraction, options: readonly Option[] | undefined): CommandAsk {
  const sub = subcommandOf(options);
  return {
    ...askingOf(payload),
    subcommand: sub.name,
    option: (name) => {
      const option = sub.options.find((o) => o.name === name);
      return option && 'value' in option ? option.value : undefined;
    },
  };
}

/** A button click, with the message it is on checked against the bot's own user `botId`. */
function buttonClick(payload: APIMessageComponentInteraction, botId: string): ButtonClick {
  return { ...askingOf(payload), customId: payload.data.custom_id, message: clickedApiMessage(payload.message, botId) };
}

/** The handler's dependencies in HTTP mode: the gateway's, and the bot's own user id (for the own-message checks). */
export type HttpInteractionDeps = InteractionDeps & { botId: string };

/** Answers one verified interaction (not PING) through `turn`; never throws. */
export async function handleHttpInteraction(payload: APIInteraction, turn: HttpTurn, deps: HttpInteractionDeps): Promise<void> {
  const started = performance.now();
  const observe = (answered: Answered) => deps.observer?.reply({ id: payload.id, platform: 'discord', ...answered, ms: performance.now() - started });
  let what = 'none';
  try {
    if (payload.type === InteractionType.ApplicationCommandAutocomplete) {
      const ask = subcommandOf(payload.data.options);
      const focused = ask.options.find((o) => 'focused' in o && o.focused);
      const choices = focused && 'value' in focused ? choicesFor(ask.name, focused, deps.ctx) : [];
      return turn.answer({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    }
    if (payload.type === InteractionType.ApplicationCommand && 'options' in payload.data) {
      what = subcommandOf(payload.data.options).name ?? 'help';
      const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
      return observe(
        await answerCommand(commandAsk(payload, payload.data.options), deps, {
          privately: (text) => sayPrivatelyHttp(turn, text, deps.log),
          respond: (work, ephemeral) => respondHttp(turn, work, ephemeral, deferAfterMs),
        }),
      );
    }
    if (payload.type === InteractionType.MessageComponent) {
      what = payload.data.custom_id === SHARE_BUTTON_ID ? SHARE_BUTTON : 'post';
      if (payload.data.custom_id === SHARE_BUTTON_ID) return observe(await share(payload, turn, deps));
      if (payload.data.custom_id.startsWith('post:')) return observe(await postButton(payload, turn, deps));
    }
    await sayPrivatelyHttp(turn, FAILED, deps.log);
  } catch (error) {
    deps.log(`discord: answering interaction type ${payload.type} (${what}) over HTTP failed: ${describeError(error)}`, 'error');
    await sayPrivatelyHttp(turn, FAILED, deps.log);
    observe({ command: what, kind: 'error' });
  }
}

async function share(payload: APIMessageComponentInteraction, turn: HttpTurn, deps: HttpInteractionDeps): Promise<Answered> {
  const shared = sharedMessage(clickedApiMessage(payload.message, deps.botId), askerOf(payload).id);
  if (!shared) {
    await sayPrivatelyHttp(turn, CANNOT_SHARE, deps.log);
    return { command: SHARE_BUTTON, kind: 'error' };
  }
  turn.answer({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(shared) });
  return { command: SHARE_BUTTON, kind: 'shared' };
}

/** Confirm or Cancel under a post preview, with the checks the gateway runs (answers.ts). */
function postButton(payload: APIMessageComponentInteraction, turn: HttpTurn, deps: HttpInteractionDeps): Promise<Answered> {
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  return answerPostButton(buttonClick(payload, deps.botId), deps, {
    privately: (text) => sayPrivatelyHttp(turn, text, deps.log),
    update: (work) => updateHttp(turn, work, deferAfterMs),
  });
}
