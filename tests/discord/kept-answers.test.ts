/** Repeated questions answered from memory: the same message, without running the command again. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../commands/types.js';
import { reply } from '../../src/reply.js';
import { chatInput } from '../fakes/discord/interactions.js';
import { PERMISSIONS } from '../fakes/discord/objects.js';
import { articleContext, startHarness, type Harness } from './harness.js';

/** A command that counts its runs and says which run answered. */
function counting(name: string, operator = false) {
  const command = {
    name,
    description: 'test',
    examples: [],
    options: [{ name: 'public', description: 'public', type: 'boolean' as const }],
    ...(operator ? { operator } : {}),
    runs: 0,
    run() {
      command.runs += 1;
      return reply({ kind: operator ? 'status' : 'summary', title: name, text: `run ${command.runs}` });
    },
  };
  return command;
}

const manager = { permissions: PERMISSIONS.manager };

describe('discord: kept answers', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('answers a repeated member command from memory, keeps public and private answers apart, and runs operator commands every time', async () => {
    const member = counting('summary');
    const operator = counting('status', true);
    h = await startHarness({ ctx: { ...(await articleContext()), commands: [member, operator] as Command[] } });
    const ask = async (subcommand: string, options: Record<string, boolean> = {}, asker = {}) =>
      (await h!.fake.callbackOf(h!.fake.interact(chatInput({ command: 'aleppo', subcommand, options }, asker)))).body.data;
    const first = await ask('summary');
    expect(await ask('summary')).toEqual(first);
    expect(member.runs).toBe(1);
    expect(first.flags).toBe(64); // private, with a Share button
    const shown = await ask('summary', { public: true });
    expect(shown.flags ?? 0).toBe(0);
    expect(member.runs).toBe(2);
    for (let i = 0; i < 3; i++) await ask('status', {}, manager);
    expect(operator.runs).toBe(3);
  });
});
