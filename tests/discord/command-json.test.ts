import { describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType as T, InteractionContextType, type APIApplicationCommandOption } from 'discord.js';
import type { Command } from '../../commands/types.js';
import { commandJson, commandLength, COMMAND_LIMITS, PUBLIC_OPTION } from '../../src/adapters/discord/command-json.js';
import { reply } from '../../src/core/reply.js';
import { articleContext } from './article.js';

type Sub = Extract<APIApplicationCommandOption, { type: T.Subcommand }>;

const ctx = await articleContext();
const json = commandJson(ctx, 'guild');
const subs = json.options as Sub[];
const sub = (name: string) => subs.find((s) => s.name === name)!;

function walk(options: readonly APIApplicationCommandOption[] | undefined, visit: (o: APIApplicationCommandOption) => void): void {
  for (const o of options ?? []) {
    visit(o);
    if ('options' in o) walk(o.options, visit);
  }
}

describe('the registry as Discord command JSON', () => {
  it('is one top-level command named after the configured command, with a subcommand per module', () => {
    expect(json.name).toBe('aleppo');
    expect(subs.map((s) => s.name)).toEqual(ctx.commands.map((c) => c.name));
    expect(subs.every((s) => s.type === T.Subcommand)).toBe(true);
  });

  it('keeps every name and description within Discord limits, and the whole under 8,000', () => {
    const names: string[] = [json.name];
    const descriptions: string[] = [json.description];
    walk(json.options, (o) => {
      names.push(o.name);
      descriptions.push(o.description);
      if ('choices' in o) for (const c of o.choices ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
    });
    for (const name of names) expect(name).toMatch(/^[-_a-z0-9]{1,32}$/);
    for (const d of descriptions) expect(d.length >= 1 && d.length <= 100).toBe(true);
    expect(subs.length).toBeLessThanOrEqual(COMMAND_LIMITS.options);
    expect(commandLength(json)).toBeLessThanOrEqual(COMMAND_LIMITS.total);
  });

  it('types options from the modules: choices for summary length, autocomplete for speaker and question', () => {
    const length = sub('summary').options!.find((o) => o.name === 'length')!;
    expect(length).toMatchObject({ type: T.String, choices: [{ name: 'short', value: 'short' }, { name: 'long', value: 'long' }] });
    expect(sub('quote').options!.find((o) => o.name === 'speaker')).toMatchObject({ type: T.String, autocomplete: true, max_length: 100 });
    expect(sub('ask').options![0]).toMatchObject({ name: 'question', type: T.String, autocomplete: true, required: true, max_length: 500 });
  });

  it('gives every member subcommand a public option, and operator subcommands none', () => {
    for (const command of ctx.commands) {
      const names = sub(command.name).options!.map((o) => o.name);
      if (command.operator) expect(names).not.toContain(PUBLIC_OPTION);
      else expect(sub(command.name).options!.at(-1)).toMatchObject({ name: PUBLIC_OPTION, type: T.Boolean, required: false });
    }
  });

  it('offers the global command in servers and in DMs with the bot; guild commands carry no contexts', () => {
    expect(commandJson(ctx, 'global').contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(json.contexts).toBeUndefined();
    expect(json.default_member_permissions).toBeNull();
  });

  it('marks operator subcommands as needing Manage Server and gives them no public option', () => {
    const post: Command = {
      name: 'post',
      description: 'Post the article card to a channel.',
      examples: [],
      operator: true,
      options: [
        { name: 'force', description: 'Post even if posted before', type: 'boolean' },
        { name: 'channel', description: 'Where to post', type: 'channel', required: true },
      ],
      run: () => reply({ kind: 'post', title: 'p', text: 'p' }),
    };
    const withPost = commandJson({ ...ctx, commands: [...ctx.commands.filter((c) => c.name !== 'post'), post] }, 'guild');
    const json = (withPost.options as Sub[]).find((s) => s.name === 'post')!;
    expect(json.description).toContain('(Manage Server)');
    expect(json.options!.map((o) => o.name)).toEqual(['channel', 'force']); // required first, no public
    expect(json.options![0]).toMatchObject({ type: T.Channel, channel_types: [0, 5] });
  });

  it('offers post update from the registry: channel optional, update a boolean', () => {
    const json = (commandJson(ctx, 'guild').options as Sub[]).find((s) => s.name === 'post')!;
    expect(json.options!.map((o) => [o.name, o.type, o.required])).toEqual([
      ['channel', T.Channel, false],
      ['force', T.Boolean, false],
      ['update', T.Boolean, false],
    ]);
  });

  it('refuses a name Discord would reject', () => {
    expect(() => commandJson({ ...ctx, commandName: 'Aleppo!' }, 'guild')).toThrow(/1–32 lowercase/);
  });
});
