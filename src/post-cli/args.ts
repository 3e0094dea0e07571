/** The command line of `npm run post`, parsed without side effects; a problem is one `UsageError` line. */
import { ConfigError, parsePostChannels } from '../config.js';
import type { PostChannelRef } from '../posting/publisher.js';
import { UsageError } from '../core/errors.js';

export const USAGE = 'usage: npm run post -- [--to discord:CHANNEL_ID] [--to slack:CHANNEL_ID]… [--force | --update] [--article PATH]';

export const HELP = `${USAGE}

Posts the article card to each channel once (without --to: the channels in POST_CHANNELS), one
line per channel, then a summary. Exits 0 when nothing failed, 1 otherwise.
  --to PLATFORM:ID   a channel, e.g. --to discord:123456789012345678 --to slack:C0123ABCD (repeat, or comma-separate)
  --force            post again where this article version is already posted
  --update           after a correction: edit the earlier posts in place instead of posting
                     (without --to: every channel it was posted to)
  --article PATH     the article file (default: ARTICLE_PATH, else content/aleppo.md)`;


export interface PostArgs {
  /** Channels named with --to, in order, without duplicates. Empty: POST_CHANNELS (or, with update, every channel). */
  to: PostChannelRef[];
  force: boolean;
  update: boolean;
  article?: string;
  help: boolean;
}

/** Reads `--to X` / `--to=X` (repeatable; X as in POST_CHANNELS), `--force`, `--update`, `--article PATH`, `--help`. */
export function parsePostArgs(argv: readonly string[]): PostArgs {
  const args: PostArgs = { to: [], force: false, update: false, help: false };
  const valueOf = (flag: string, i: number): [string, number] => {
    const arg = argv[i]!;
    if (arg.startsWith(`${flag}=`)) return [arg.slice(flag.length + 1), i];
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value, for example ${flag === '--to' ? '--to discord:123456789012345678' : '--article content/aleppo.md'}.`);
    return [next, i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') args.force = true;
    else if (arg === '--update') args.update = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--to' || arg.startsWith('--to=')) {
      const [value, at] = valueOf('--to', i);
      i = at;
      for (const ref of channels(value)) {
        if (!args.to.some((r) => r.platform === ref.platform && r.channel === ref.channel)) args.to.push(ref);
      }
    } else if (arg === '--article' || arg.startsWith('--article=')) {
      const [value, at] = valueOf('--article', i);
      i = at;
      args.article = value;
    } else throw new UsageError(`${arg} is not an option.`);
  }
  if (args.force && args.update) throw new UsageError('--force and --update do not go together: --update edits earlier posts, --force posts again.');
  return args;
}

function channels(value: string): PostChannelRef[] {
  try {
    const refs = parsePostChannels(value);
    if (!refs.length) throw new UsageError('--to needs a channel, for example --to discord:123456789012345678.');
    return refs;
  } catch (error) {
    // The same rules as POST_CHANNELS, but name the flag the person typed.
    if (error instanceof ConfigError) throw new UsageError(`--to ${error.message.slice(error.variable.length + 2)}`);
    throw error;
  }
}
