import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, answerTextWithCommand } from '../../src/core/invocation.js';
import { ACTIONS, renderBlocks } from '../../src/adapters/slack/render-blocks.js';
import { articleContext, startBot, type Bot } from './harness.js';

interface Block {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; url?: string; text: string | { text: string } }[];
}

let bot: Bot;
beforeAll(async () => {
  bot = await startBot('socket');
});
afterAll(async () => {
  await bot?.close();
});

function blocksOf(payload: Record<string, unknown> | undefined): Block[] {
  return (payload?.blocks ?? []) as Block[];
}

function sectionText(payload: Record<string, unknown> | undefined): string {
  return blocksOf(payload)
    .filter((b) => b.type === 'section')
    .map((b) => b.text!.text)
    .join('\n');
}

describe('/aleppo through Socket Mode', () => {
  it('answers the summary privately in the acknowledgement, with a Share button and a text fallback', async () => {
    const ack = await bot.fake.slashCommand('summary');
    const payload = ack.payload!;
    expect(payload.response_type).toBe('ephemeral');
    expect(typeof payload.text).toBe('string');
    expect((payload.text as string).length).toBeGreaterThan(0);
    const blocks = blocksOf(payload);
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[0]!.text!.text).toContain('Aleppo');
    const share = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTIONS.share);
    expect(share?.value).toBe('summary');
    // Nothing went to the channel.
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers summary long', async () => {
    const short = sectionText((await bot.fake.slashCommand('summary')).payload);
    const long = sectionText((await bot.fake.slashCommand('summary long')).payload);
    expect(long.length).toBeGreaterThanOrEqual(short.length);
  });

  it('quotes a speaker by surname: the rendered answer of the shared command path', async () => {
    const { payload } = await bot.fake.slashCommand('quote Egeland');
    expect(payload!.response_type).toBe('ephemeral');
    // As the slash command asks: a private answer that may be shared.
    const { reply: expected } = await answerTextWithCommand('/aleppo quote Egeland', articleContext(), { share: true });
    expect(payload!.blocks).toEqual(renderBlocks(expected).blocks);
    if (expected.kind === 'quotes') expect(sectionText(payload)).toMatch(/^> .*\n— \*.*Egeland/m);
  });

  it('lists all quotes for quote alone', async () => {
    const { payload } = await bot.fake.slashCommand('quote');
    const expected = await answerText('/aleppo quote', articleContext());
    expect(blocksOf(payload)[0]!.type).toBe('header');
    expect(payload!.text).toBe(renderBlocks(expected).text);
  });

  it('answers a question with the paragraph it comes from in a context block', async () => {
    const { payload } = await bot.fake.slashCommand('ask how many people are trapped');
    expect(payload!.response_type).toBe('ephemeral');
    const context = blocksOf(payload).find((b) => b.type === 'context');
    expect(context).toBeDefined();
  });

  it('gives the share link as a link button', async () => {
    const { payload } = await bot.fake.slashCommand('share');
    const link = blocksOf(payload).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTIONS.openLink);
    expect(link?.url).toBe('https://example.org/aleppo');
  });

  it('shows help for /aleppo alone, for help, and for an unknown subcommand', async () => {
    for (const text of ['', 'help', 'frobnicate the widgets']) {
      const { payload } = await bot.fake.slashCommand(text);
      expect(payload!.response_type).toBe('ephemeral');
      expect(sectionText(payload)).toContain('/aleppo summary');
    }
  });

  it('posts in the channel at once with the word public, without a Share button', async () => {
    const { payload } = await bot.fake.slashCommand('quote Egeland public');
    expect(payload!.response_type).toBe('in_channel');
    expect(blocksOf(payload).flatMap((b) => b.elements ?? []).some((e) => e.action_id === ACTIONS.share)).toBe(false);
    const leading = await bot.fake.slashCommand('public summary');
    expect(leading.payload!.response_type).toBe('in_channel');
  });

  it('refuses an over-long option with a short private error', async () => {
    const { payload } = await bot.fake.slashCommand(`quote ${'x'.repeat(150)}`);
    expect(payload!.response_type).toBe('ephemeral');
    expect(sectionText(payload)).toMatch(/too long/);
  });

  it('acknowledges every command exactly once', async () => {
    const before = bot.fake.acks.length;
    await Promise.all(['summary', 'quote', 'share'].map((t) => bot.fake.slashCommand(t)));
    expect(bot.fake.acks.length - before).toBe(3);
  });
});
