/**
 * Who sees an answer is decided once, in core: the `public` request reads the same from Discord's
 * option and from the word at either end of a command written out, and only a member command's
 * non-error answer goes to the channel. A private answer worth it offers Share, repeating what
 * was asked.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { createContext } from '../../src/core/context.js';
import { answerTextWithCommand, invocationText, parseCommandText } from '../../src/core/invocation.js';
import { addressed, PUBLIC, wantedVisibility } from '../../src/core/reply/visibility.js';
import { terminalContext } from '../../src/adapters/terminal/terminal.js';
import { engineFor, seed } from '../helpers/articles.js';

const ctx = terminalContext(createContext(engineFor(seed()), {}));
const answer = async (text: string, share = true) => (await answerTextWithCommand(text, ctx, { share })).reply;
const shareOf = (r: { actions: { type: string }[] }) => r.actions.find((a) => a.type === 'share');

describe('the public request', () => {
  it('puts a member command’s answer in the channel, written at either end, with or without the slash', async () => {
    for (const text of ['/aleppo summary public', '/aleppo public quote Egeland', 'summary long public', 'public quote Egeland']) {
      const r = await answer(text);
      expect(r.visibility, text).toBe('channel');
      expect(shareOf(r), text).toBeUndefined();
    }
  });

  it('reads Discord’s option the same way', () => {
    expect(PUBLIC).toMatchObject({ name: 'public', type: 'boolean' });
    expect(wantedVisibility(findCommand('summary'), true)).toBe('channel');
    expect(wantedVisibility(findCommand('summary'), false)).toBe('private');
    expect(wantedVisibility(findCommand('status'), true)).toBe('private');
  });

  it('keeps operator answers and errors private', async () => {
    expect((await answer('/aleppo status public')).visibility).toBe('private');
    const refused = await answer('/aleppo ask public');
    expect(refused.kind).toBe('error');
    expect(refused.visibility).toBe('private');
  });

  it('is a word of the question in the middle of it, and of free text anywhere', async () => {
    expect((await answer('/aleppo ask is the public at risk')).visibility).toBe('private');
    expect((await answer('what did the public say about the ceasefire public')).visibility).toBe('private');
  });
});

describe('Share', () => {
  it('is offered on a private answer worth sharing, repeating what followed the command', async () => {
    expect(shareOf(await answer('/aleppo quote Egeland'))).toMatchObject({ command: 'quote Egeland', label: 'Share to channel' });
    expect(shareOf(await answer('/aleppo summary long public', true))).toBeUndefined();
    for (const text of ['/aleppo help', '/aleppo ask', '/aleppo status']) expect(shareOf(await answer(text)), text).toBeUndefined();
  });

  it('is offered only where the route can share', async () => {
    expect(shareOf(await answer('/aleppo quote Egeland', false))).toBeUndefined();
  });

  it('repeats an invocation from options as command text the parser reads back', () => {
    for (const invocation of [
      { command: 'quote', options: { speaker: 'the UN adviser' } },
      { command: 'summary', options: { length: 'long' } },
      { command: 'ask', options: { question: 'who brokered the ceasefire?' } },
      { command: 'help', options: {} },
    ]) {
      expect(parseCommandText(invocationText(invocation))).toEqual(invocation);
    }
  });

  it('is taken off an answer that goes to the channel', async () => {
    const r = await answer('/aleppo summary');
    expect(shareOf(r)).toBeDefined();
    expect(shareOf(addressed(r, 'channel'))).toBeUndefined();
  });
});
