/**
 * `npm run post -- --to discord:ID --to slack:ID [--force | --update]`: posts the article card to
 * channels once, from the terminal, through the same ledger as the bot (DATA_DIR), then exits:
 * 0 when nothing failed, 1 otherwise. It logs in only to the platforms the channels need
 * (Discord: a discord.js client; Slack: the Web API, no Socket Mode) and never answers commands.
 * With DATABASE_URL it uses that PostgreSQL; its posts are claimed like the bot's, so it runs
 * beside any number of instances without doubling a post.
 */
import { bootWith, EXIT, readEnvironment, runProgram } from './bootstrap.js';
import { adapterNamed } from './adapter-registry.js';
import { loadConfig, platformNamed, type Config, type PlatformName, type Settings } from './config.js';
import { UsageError } from './core/errors.js';
import { HELP, parsePostArgs, USAGE, type PostArgs } from './post-cli/args.js';
import { postTo, updateIn } from './post-cli/run.js';
import { openStore } from './store/open.js';
import { createPosting } from './posting/posting.js';
import { shortVersion } from './core/card.js';
import type { Platform, PostChannelRef, Publisher } from './posting/publisher.js';

const out = (line: string) => void process.stdout.write(`${line}\n`);


/** The channels to work on; undefined means "every earlier post" (update without --to). */
function targetsOf(args: PostArgs, config: Config): PostChannelRef[] | undefined {
  for (const ref of args.to) {
    if (!config[ref.platform as PlatformName]) throw new UsageError(`--to ${ref.platform}:${ref.channel}: ${ref.platform} is not configured; set ${platformNamed(ref.platform)?.tokenVariable}.`);
  }
  if (args.to.length) return args.to;
  if (args.update) return undefined;
  if (config.postChannels?.length) return [...config.postChannels];
  throw new UsageError('Nothing to post to: name channels with --to, or set POST_CHANNELS.');
}

interface Connected {
  publishers: Publisher[];
  unavailable: Map<Platform, string>;
  stop(): Promise<void>;
}

/** Logs in to each platform needed, in parallel; one that fails is reported per channel, not fatal. */
async function connect(platforms: ReadonlySet<Platform>, settings: Settings): Promise<Connected> {
  const publishers: Publisher[] = [];
  const unavailable = new Map<Platform, string>();
  const stops: (() => Promise<void>)[] = [];
  await Promise.all(
    [...platforms].map(async (platform) => {
      try {
        const adapter = adapterNamed(platform);
        if (adapter?.configured(settings)) {
          const connection = await adapter.connectForPosting(settings);
          publishers.push(connection.publisher);
          stops.push(() => connection.stop());
        } else unavailable.set(platform, `${platformNamed(platform)?.label ?? platform} is not configured; set ${platformNamed(platform)?.tokenVariable}.`);
      } catch (error) {
        unavailable.set(platform, (error as Error).message);
      }
    }),
  );
  return { publishers, unavailable, stop: async () => void (await Promise.allSettled(stops.map((s) => s()))) };
}

async function main(): Promise<number> {
  const env = readEnvironment();
  const args = parsePostArgs(process.argv.slice(2));
  if (args.help) {
    out(HELP);
    return EXIT.ok;
  }
  const config = loadConfig(env, args.article ? ['--article', args.article] : []);
  const targets = targetsOf(args, config);
  const { settings, engine } = await bootWith(config);
  const { shareUrl } = settings;
  const store = await openStore(settings);
  const { ledger } = store;
  let connected: Connected | undefined;
  try {
    const hash = engine.article.contentHash;
    const platforms = new Set<Platform>((targets ?? (await ledger.sentForOtherHashes(hash))).map((t) => t.platform));
    connected = await connect(platforms, settings);
    const posting = createPosting({ ledger, publishers: connected.publishers, engine, ...(shareUrl ? { shareUrl } : {}) });
    const run = { posting, out, requestedBy: 'npm run post', unavailable: connected.unavailable };
    out(`${args.update ? 'Updating to' : 'Posting'} “${engine.article.meta.title}” (version ${shortVersion(hash)})`);
    return args.update ? await updateIn(targets, run) : await postTo(targets!, { force: args.force }, run);
  } finally {
    await connected?.stop();
    await store.close();
  }
}

runProgram(main, { name: 'npm run post', usage: USAGE });
