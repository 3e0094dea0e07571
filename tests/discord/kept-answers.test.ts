/** Repeated questions answered from memory: the same message, without running the command again. */
import { afterEach, describe, expect, it } from 'vitest';
import { chatInput } from '../fakes/discord/interactions.js';
import { PERMISSIONS } from '../fakes/discord/objects.js';
import { countingCommand } from '../helpers/counting-command.js';
import { articleContext, startHarness, type Harness } from './harness.js';

const manager = { permissions: PERMISSIONS.manager };

describe('discord: kept answers', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('answers a repeated member command from memory, keeps public and private answers apart, and runs operator commands every time', async () => {
    const member = countingCommand('summary');
    const operator = countingCommand('status', true);
    h = await startHarness({ ctx: { ...(await articleContext()), commands: [member, operator] } });
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

  it('does not keep a failure: the next ask runs the command again', async () => {
    const flaky = countingCommand('summary', false, true);
    h = await startHarness({ ctx: { ...(await articleContext()), commands: [flaky] } });
    for (let i = 0; i < 2; i++) {
      const answered = await h.fake.callbackOf(h.fake.interact(chatInput({ command: 'aleppo', subcommand: 'summary' })));
      expect(JSON.stringify(answered.body.data)).toContain('Something went wrong');
    }
    expect(flaky.runs).toBe(2);
  });
});
