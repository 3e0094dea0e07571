/** `npm run register` against the fake Discord: guild and global, idempotent, clear errors. */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/types.js';
import type { DiscordConfig } from '../../src/adapters/discord/settings.js';
import { commandJson } from '../../src/adapters/discord/command-json.js';
import { registerCommands, RegisterError, sameCommand } from '../../src/adapters/discord/register.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FAKE } from '../fakes/discord/objects.js';
import { articleContext } from './article.js';

let fake: FakeDiscord;
let ctx: CommandContext;
let config: DiscordConfig;

beforeAll(async () => {
  [fake, ctx] = await Promise.all([FakeDiscord.start(), articleContext()]);
  config = { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl };
});
afterAll(async () => fake?.close());

const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('discord: registering the command', () => {
  it('registers in one server when DISCORD_GUILD_ID is set, then says unchanged', async () => {
    const guild = { ...config, guildId: FAKE.guildId };
    const first = await registerCommands(guild, ctx);
    expect(first).toMatchObject({ scope: 'guild', status: 'created' });
    const put = puts().at(-1)!;
    expect(put.path).toBe(`/applications/${FAKE.appId}/guilds/${FAKE.guildId}/commands`);
    expect(put.authorized).toBe(true);
    expect(put.body).toEqual([commandJson(ctx, 'guild')]);

    const again = await registerCommands(guild, ctx);
    expect(again.status).toBe('unchanged');
    expect(again.message).toMatch(/unchanged/);
    expect(puts()).toHaveLength(1);
  });

  it('registers globally without DISCORD_GUILD_ID, then says unchanged, and updates when a command changes', async () => {
    const first = await registerCommands(config, ctx);
    expect(first).toMatchObject({ scope: 'global', status: 'created' });
    expect(puts().at(-1)!.path).toBe(`/applications/${FAKE.appId}/commands`);
    expect((await registerCommands(config, ctx)).status).toBe('unchanged');

    const renamed = { ...ctx, commands: ctx.commands.map((c) => (c.name === 'help' ? { ...c, description: 'Show help.' } : c)) };
    expect((await registerCommands(config, renamed)).status).toBe('updated');
  });

  it('names DISCORD_TOKEN when Discord rejects the token (401)', async () => {
    await expect(registerCommands({ ...config, token: 'wrong-fake-token' }, ctx)).rejects.toThrow(/^DISCORD_TOKEN was rejected/);
  });

  it('names DISCORD_APP_ID when the application is unknown', async () => {
    const error = await registerCommands({ ...config, appId: '999999999999999999' }, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterError);
    expect((error as Error).message).toMatch(/DISCORD_APP_ID/);
  });

  it('says to invite the bot when it is not in the configured server', async () => {
    await expect(registerCommands({ ...config, guildId: '123456789012345678' }, ctx)).rejects.toThrow(/DISCORD_GUILD_ID.*applications\.commands/);
  });

  it('never repeats the token in an error', async () => {
    const error = (await registerCommands({ ...config, token: 'wrong-fake-token' }, ctx).catch((e: unknown) => e)) as Error;
    expect(error.message).not.toContain('wrong-fake-token');
  });

  it('treats Discord’s added ids and omitted false flags as the same command', () => {
    expect(sameCommand({ a: 1, required: false, options: [] }, { a: 1, id: '9', version: '3' })).toBe(true);
    expect(sameCommand({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameCommand([{ a: 1 }], [{ a: 1 }, { a: 2 }])).toBe(false);
  });
});

describe('discord: the npm run register script', () => {
  // Asynchronous on purpose: the fake Discord answers from this same process.
  const run = (env: Record<string, string>) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['dist/src/register.js'],
        { env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent', ...env }, encoding: 'utf8', timeout: 15_000 },
        (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
      );
    });

  it('prints what it did and exits 0', async () => {
    const result = await run({ DISCORD_TOKEN: FAKE.token, DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: FAKE.guildId });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\/aleppo .*in server 222222222222222222/);
  });

  it('exits non-zero with one line naming the variable when the token is bad', async () => {
    const result = await run({ DISCORD_TOKEN: 'wrong-fake-token', DISCORD_APP_ID: FAKE.appId, DISCORD_API_URL: fake.apiUrl });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^register: DISCORD_TOKEN was rejected/);
    expect(result.stderr).not.toContain('wrong-fake-token');
  });

  it('exits non-zero when Discord is not configured', async () => {
    const result = await run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_TOKEN/);
  });
});
