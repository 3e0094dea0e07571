import { describe, expect, it } from 'vitest';
import { parsePostArgs } from '../../src/post-cli/args.js';
import { UsageError } from '../../src/core/errors.js';
import { publishLine, summaryLine, updateLine, emptyTally } from '../../src/post-cli/report.js';

describe('npm run post arguments', () => {
  it('reads repeated and comma-separated --to, dropping duplicates, and the flags', () => {
    const args = parsePostArgs(['--to', 'discord:123456789012345678', '--to=slack:C0123ABCD,discord:123456789012345678', '--force']);
    expect(args).toEqual({
      to: [
        { platform: 'discord', channel: '123456789012345678' },
        { platform: 'slack', channel: 'C0123ABCD' },
      ],
      force: true,
      update: false,
      help: false,
    });
    expect(parsePostArgs([]).to).toEqual([]);
    expect(parsePostArgs(['--update', '--article', 'a.md'])).toMatchObject({ update: true, article: 'a.md' });
  });

  it('names the problem in one line', () => {
    const problem = (argv: string[]) => {
      try {
        parsePostArgs(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(problem(['--to'])).toBe('--to needs a value, for example --to discord:123456789012345678.');
    expect(problem(['--to', '--force'])).toMatch(/^--to needs a value/);
    expect(problem(['--to', 'telegram:1'])).toMatch(/^--to "telegram:1" must start with discord: or slack:/);
    expect(problem(['--to', 'slack:news'])).toMatch(/^--to "slack:news" needs a Slack channel id/);
    expect(problem(['--to', ' '])).toMatch(/^--to needs a channel/);
    expect(problem(['--everywhere'])).toBe('--everywhere is not an option.');
    expect(problem(['--to', 'slack:C0123ABCD', '--force', '--update'])).toMatch(/do not go together/);
  });
});

describe('npm run post report', () => {
  const ref = { platform: 'discord' as const, channel: '123456789012345678' };
  it('prints one line per channel with the label and link, or the reason', () => {
    expect(publishLine(ref, { status: 'posted', label: '#news', permalink: 'https://d/1' })).toBe('discord:123456789012345678 #news: posted https://d/1');
    expect(publishLine(ref, { status: 'already', label: '#news', permalink: 'https://d/1' })).toBe('discord:123456789012345678 #news: already there https://d/1');
    expect(publishLine(ref, { status: 'failed', label: 'discord:123456789012345678', reason: 'No such channel.' })).toBe('discord:123456789012345678: failed: No such channel.');
    const target = { platform: 'slack' as const, workspace: 'T1', channel: 'C0123ABCD', label: '#news' };
    expect(updateLine({ status: 'edited', target, label: '#news', messageId: '1.2', fromHash: 'a', permalink: 'https://s/1' })).toBe('slack:C0123ABCD #news: edited in place https://s/1');
  });

  it('sums up', () => {
    expect(summaryLine({ ...emptyTally(), posted: 3, already: 1, failed: 1 }, 'post')).toBe('posted 3, already there 1, failed 1');
    expect(summaryLine({ ...emptyTally(), edited: 2, current: 1 }, 'update')).toBe('edited 2, already up to date 1, failed 0');
  });
});
