/** Autocomplete for quote speaker and ask question, through the real client and the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/types.js';
import { autocomplete } from '../fakes/discord/interactions.js';
import { articleContext, startHarness, type Harness } from './harness.js';

/** The article's engine, with suggestion lists longer and wordier than Discord allows. */
function crowded(ctx: CommandContext): CommandContext {
  const speakers = Array.from({ length: 40 }, (_, i) => ({
    name: `Speaker ${i} ${'with a very long name '.repeat(6)}`.trim(),
    role: 'spokesman',
    aliases: [],
  }));
  const questions = Array.from({ length: 40 }, (_, i) => `Question ${i}: ${'what happened on the road to the city '.repeat(4)}?`);
  return {
    ...ctx,
    engine: {
      ...ctx.engine,
      suggestSpeakers: (_prefix, limit = 25) => speakers.slice(0, limit),
      suggestQuestions: (_prefix, limit = 25) => questions.slice(0, limit),
    },
  };
}

describe('discord: autocomplete', () => {
  let real: Harness;
  let busy: Harness;
  beforeAll(async () => {
    const ctx = await articleContext();
    [real, busy] = await Promise.all([startHarness({ ctx }), startHarness({ ctx: crowded(ctx) })]);
  });
  afterAll(async () => Promise.all([real?.stop(), busy?.stop()]));

  async function choices(h: Harness, subcommand: string, option: string, typed: string) {
    const started = Date.now();
    const payload = h.fake.interact(autocomplete({ command: 'aleppo', subcommand, options: { [option]: typed }, focused: option }));
    const callback = await h.fake.callbackOf(payload);
    expect(callback.body.type).toBe(8);
    expect(Date.now() - started).toBeLessThan(3000);
    return callback.body.data.choices as { name: string; value: string }[];
  }

  it('suggests speakers for quote speaker from the engine', async () => {
    const got = await choices(real, 'quote', 'speaker', '');
    const expected = real.ctx.engine.suggestSpeakers('', 25).map((s) => s.name);
    expect(got.map((c) => c.value)).toEqual(expected);
  });

  it('finds Jan Egeland, with his role, from a few letters of his surname', async () => {
    expect(await choices(real, 'quote', 'speaker', 'ege')).toEqual([{ name: 'Jan Egeland (UN humanitarian adviser)', value: 'Jan Egeland' }]);
  });

  it('suggests questions for ask question from the engine', async () => {
    const got = await choices(real, 'ask', 'question', '');
    expect(got.map((c) => c.value)).toEqual(real.ctx.engine.suggestQuestions('', 25));
    expect(got.map((c) => c.value)).toContain('How many people are trapped?');
  });

  it('offers at most 25 speaker choices, each name and value within 100 characters', async () => {
    const got = await choices(busy, 'quote', 'speaker', 'spe');
    expect(got).toHaveLength(25);
    for (const c of got) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(got[0]!.name).toMatch(/…$/);
  });

  it('offers at most 25 question choices, each within 100 characters', async () => {
    const got = await choices(busy, 'ask', 'question', 'road');
    expect(got).toHaveLength(25);
    for (const c of got) expect(c.value.length).toBeLessThanOrEqual(100);
  });

  it('answers an option without a suggestion list with no choices rather than silence', async () => {
    expect(await choices(real, 'summary', 'length', 'lo')).toEqual([]);
  });
});
