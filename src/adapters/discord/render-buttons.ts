/**
 * A reply's actions as Discord buttons, and the custom ids the bot reads back. Discord caps a
 * custom id at 100 characters, so a button carries an id, never the question it answers.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Action } from '../../core/reply/actions.js';
import { LIMITS } from './limits.js';

/** Custom id of the "Share to channel" button under a private answer. */
export const SHARE_BUTTON_ID = 'share';

/** Custom ids of a post preview's buttons; Confirm carries the channel id and force ("1" or "0"). */
export const POST_CONFIRM = 'post:confirm';
export const POST_CANCEL = 'post:cancel';

export function confirmId(channelId: string, force: boolean): string {
  return `${POST_CONFIRM}:${channelId}:${force ? 1 : 0}`;
}

/** The channel id and force from a Confirm button's custom id; undefined for anything else. */
export function parseConfirmId(customId: string): { channel: string; force: boolean } | undefined {
  const match = /^post:confirm:(\d{15,22}):([01])$/.exec(customId);
  return match ? { channel: match[1]!, force: match[2] === '1' } : undefined;
}

/** A link button; undefined when the address is not a usable button URL. */
export function linkButton(url: string, label: string): APIButtonComponent | undefined {
  if (url.length > LIMITS.url || !/^https?:\/\//.test(url)) return undefined;
  return { type: ComponentType.Button, style: ButtonStyle.Link, label, url };
}

function button(action: Action): APIButtonComponent | undefined {
  switch (action.type) {
    case 'link':
      return linkButton(action.url, action.label);
    case 'share':
      // The question may be far longer than a custom id: Share copies the message instead (answers.ts).
      return { type: ComponentType.Button, style: ButtonStyle.Secondary, label: action.label, custom_id: SHARE_BUTTON_ID };
    case 'confirm':
      return { type: ComponentType.Button, style: ButtonStyle.Success, label: action.label, custom_id: confirmId(action.target.channel, action.force) };
    case 'cancel':
      return { type: ComponentType.Button, style: ButtonStyle.Secondary, label: action.label, custom_id: POST_CANCEL };
  }
}

/** Confirm and Cancel lead a preview's row, as the prompt above them asks; the rest keep their order. */
const FIRST = new Set<Action['type']>(['confirm', 'cancel']);

export function buttonsFor(actions: readonly Action[]): APIButtonComponent[] {
  const ordered = [...actions.filter((a) => FIRST.has(a.type)), ...actions.filter((a) => !FIRST.has(a.type))];
  return ordered.map(button).filter((b): b is APIButtonComponent => b !== undefined);
}

/** One action row of at most 5 buttons (Discord's limit per row), or no row at all. */
export function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }] : [];
}
