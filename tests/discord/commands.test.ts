/** Every subcommand through the real discord.js client and the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButtonStyle } from 'discord.js';
import type { Command, CommandContext, OptionValues } from '../../commands/types.js';
import { NOT_OPERATOR, SERVER_ONLY } from '../../src/adapters/discord/interactions.js';
import { runInvocation } from '../../src/core/invocation.js';
import { reply, type Reply } from '../../src/core/reply.js';
import { asMarkdown } from '../helpers/shown.js';
import { chatInput, type Asker, type OptionValue } from '../fakes/discord/interactions.js';
import { PERMISSIONS } from '../fakes/discord/objects.js';
import { articleContext, startHarness, type Harness } from './harness.js';

const SHARE_URL = 'https://example.org/news/aleppo-ceasefire';

/** A stand-in operator command, so gating is tested whatever the posting commands become. */
const audit: Command = {
  name: 'audit',
  description: 'Operator-only check used by these tests.',
  examples: [],
  operator: true,
  options: [],
  run: () => reply({ kind: 'status', title: 'Audit', text: 'All fine.' }),
};

let h: Harness;
let ctx: CommandContext;

beforeAll(async () => {
  const base = await articleContext();
  ctx = { ...base, shareUrl: SHARE_URL, commands: [...base.commands, audit] };
  h = await startHarness({ ctx });
});
afterAll(async () => h?.stop());

/** Sends `/aleppo <subcommand> …` and returns the callback body that reached Discord. */
async function use(subcommand: string, options: Record<string, OptionValue> = {}, asker: Asker = {}) {
  const payload = h.fake.interact(chatInput({ command: 'aleppo', subcommand, options }, asker));
  const callback = await h.fake.callbackOf(payload);
  return { payload, body: callback.body, data: callback.body.data };
}

async function core(command: string, options: OptionValues = {}): Promise<Reply & { text: string }> {
  return asMarkdown(await runInvocation({ command, options }, ctx));
}

describe('discord: /aleppo subcommands', () => {
  it('answers summary privately with the article title, the core summary, a cited footer and a Share button', async () => {
    const { body, data } = await use('summary');
    const expected = await core('summary', {});
    expect(body.type).toBe(4);
    expect(data.flags).toBe(64);
    expect(data.embeds[0].title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
    expect(data.embeds[0].description).toBe(expected.text);
    expect(data.embeds[0].footer.text).toMatch(/Source: Inquisitr$/);
    const labels = data.components[0].components.map((b: { label: string }) => b.label);
    expect(labels).toEqual(['Share to channel']);
  });

  it('gives the long summary for length:long', async () => {
    const { data } = await use('summary', { length: 'long' });
    expect(data.embeds[0].description).toBe((await core('summary', { length: 'long' })).text);
  });

  it('answers quote speaker:Egeland with what the core says about that speaker', async () => {
    const { data } = await use('quote', { speaker: 'Egeland' });
    const expected = await core('quote', { speaker: 'Egeland' });
    expect(data.embeds[0].title).toBe(expected.title);
    expect(data.embeds[0].description).toBe(expected.text);
    expect(data.embeds[0].title).toBe('What Jan Egeland said');
    expect(data.embeds[0].description).toMatch(/^> “The reason we’re not in eastern Aleppo/);
    expect(data.embeds[0].description).toContain('**Jan Egeland**, UN humanitarian adviser');
    expect(data.embeds[0].footer.text).toBe('Paragraph 10 · Source: Inquisitr');
  });

  it('lists the quotes when no speaker is given', async () => {
    const { data } = await use('quote');
    expect(data.embeds[0].title).toBe((await core('quote')).title);
  });

  it('answers ask with the core answer', async () => {
    const question = 'how many people are trapped in Aleppo?';
    const { data } = await use('ask', { question });
    const expected = await core('ask', { question });
    expect(data.embeds[0].title).toBe(expected.title);
    expect(data.embeds[0].description).toBe(expected.text);
    expect(data.embeds[0].description).toContain('250,000 people are trapped');
    expect(data.embeds[0].footer.text).toBe('Paragraph 1 · Source: Inquisitr');
  });

  it('answers share with the link as the embed URL and a link button', async () => {
    const { data } = await use('share');
    expect(data.embeds[0].url).toBe(SHARE_URL);
    expect(data.components[0].components[0]).toMatchObject({ style: ButtonStyle.Link, url: SHARE_URL });
  });

  it('answers help with every member subcommand and no Share button', async () => {
    const { data } = await use('help');
    for (const name of ['summary', 'quote', 'ask', 'share', 'help']) expect(data.embeds[0].description).toContain(`/aleppo ${name}`);
    expect(data.embeds[0].description).not.toContain('audit');
    expect(data.components).toEqual([]);
  });

  it('answers in the channel at once with public:true, without the ephemeral flag or a Share button', async () => {
    const { data } = await use('summary', { public: true });
    expect(data.flags ?? 0).toBe(0);
    expect(data.components).toEqual([]);
  });

  it('answers in a DM with the bot', async () => {
    const { data } = await use('summary', {}, { where: 'dm', channelId: '777777777777777777' });
    expect(data.embeds[0].title).toBe('Syrian Ceasefire Breaks Down At Aleppo');
  });

  it('refuses an option longer than its declared maximum with the core’s private sentence', async () => {
    const { data } = await use('quote', { speaker: 'x'.repeat(101) });
    expect(data.flags).toBe(64);
    expect(data.embeds[0].description).toMatch(/too long/);
  });

  it('never pings: mention strings in options go out with allowed_mentions parse []', async () => {
    const sent = h.fake.requests.length;
    await use('ask', { question: '@everyone <@123> <@&456> what happened in Aleppo?' });
    await use('quote', { speaker: '@everyone' });
    await use('ask', { question: '@here who brokered the deal?' }, { where: 'dm', channelId: '777777777777777777' });
    const sends = h.fake.sends.filter((r) => h.fake.requests.indexOf(r) >= sent);
    expect(sends.length).toBeGreaterThanOrEqual(3);
    for (const r of sends) expect(r.body.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('discord: operator subcommands', () => {
  it('answer members with Manage Server', async () => {
    const { data } = await use('audit', {}, { permissions: PERMISSIONS.manager });
    expect(data.embeds[0].title).toBe('Audit');
    expect(data.flags).toBe(64);
  });

  it('refuse members without Manage Server, privately', async () => {
    const { data } = await use('audit', {}, { permissions: PERMISSIONS.member });
    expect(data.flags).toBe(64);
    expect(data.content).toBe(NOT_OPERATOR);
  });

  it('refuse in a DM, privately', async () => {
    const { data } = await use('audit', {}, { where: 'dm', channelId: '777777777777777777' });
    expect(data.content).toBe(SERVER_ONLY);
  });
});

afterAll(() => {
  // Whatever happened above, nothing the bot sent may ping anyone.
  for (const r of h.fake.sends) {
    const mentions = r.body?.data?.allowed_mentions ?? r.body?.allowed_mentions;
    expect(mentions).toEqual({ parse: [] });
  }
});
