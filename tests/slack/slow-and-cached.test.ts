import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../commands/types.js';
import { reply } from '../../src/core/reply.js';
import { ResponseCache } from '../../src/adapters/slack/commands.js';
import { countingCommand } from '../helpers/counting-command.js';
import { articleContext, startBot, type Bot } from './harness.js';

describe('kept responses', () => {
  it('answers the same member command from memory, but runs operator commands every time', async () => {
    const member = countingCommand('summary');
    const operator = countingCommand('status', true);
    // An operator asking, so the dispatcher runs the operator command (each time, never kept).
    const cache = new ResponseCache({ ...articleContext(), commands: [member, operator], checkOperator: async () => undefined });
    const first = await cache.get('summary');
    expect(await cache.get('summary')).toBe(first);
    expect(member.runs).toBe(1);
    await cache.get('status');
    await cache.get('status public');
    await cache.get('status');
    expect(operator.runs).toBe(3);
  });

  it('does not keep a failure: the next ask runs the command again', async () => {
    const flaky = countingCommand('summary', false, true);
    const cache = new ResponseCache({ ...articleContext(), commands: [flaky] });
    expect((await cache.get('summary')).kind).toBe('error');
    await cache.get('summary');
    expect(flaky.runs).toBe(2);
  });

  it('forgets the least recently used response beyond its capacity', async () => {
    const member = countingCommand('summary');
    const cache = new ResponseCache({ ...articleContext(), commands: [member] }, 2);
    await cache.get('summary a');
    await cache.get('summary b');
    await cache.get('summary a'); // a is now the most recent
    await cache.get('summary c'); // drops b
    expect(cache.peek('summary a')).toBeDefined();
    expect(cache.peek('summary b')).toBeUndefined();
    expect(cache.peek('summary c')).toBeDefined();
  });
});

describe('a slow answer', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('is acknowledged empty in time, then sent to the response URL', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: Command = {
      name: 'slow',
      description: 'waits',
      examples: [],
      options: [],
      async run() {
        await released;
        return reply({ kind: 'answer', title: 'Late', text: 'here at last' });
      },
    };
    bot = await startBot('socket', { ackWithinMs: 50 }, {}, { ...articleContext(), commands: [slow] });
    const ack = await bot.fake.slashCommand('slow');
    expect(ack.payload ?? {}).toEqual({});
    release();
    const late = await bot.fake.waitForResponse((r) => r.url === ack.responseUrl);
    expect(late.body.response_type).toBe('ephemeral');
    expect(late.body.text).toContain('here at last');
  });
});
