/**
 * The one start-up every entry point calls (the bot, `npm run register`, `npm run post`,
 * `npm run slack:manifest`, a shard's child process): `.env` → settings, with every derived value
 * computed here once → the article → the engine → the context commands run in. It also owns how a
 * program ends: the exit codes, one line for an operator's error, and the signals that stop it.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import type { CommandContext } from '../commands/types.js';
import { buildEngine } from './runtime/build-engine.js';
import { loadConfig, type Config, type Settings } from './config.js';
import { createContext, deriveSettings } from './core/context.js';
import type { ArticleEngine } from './engine/engine.js';
import { loadArticle } from './runtime/load-article.js';
import { OperatorError, UsageError } from './core/errors.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The process environment with `.env` read into it (variables already set win).
 * DOTENV_CONFIG_PATH, dotenv's own convention, points at another file (tests, operators).
 */
export function readEnvironment(): Env {
  loadDotenv({ quiet: true, ...(process.env.DOTENV_CONFIG_PATH ? { path: process.env.DOTENV_CONFIG_PATH } : {}) });
  return process.env;
}

export interface Booted {
  settings: Settings;
  engine: ArticleEngine;
  /** What every command handler receives; adapters add the request's own fields. */
  ctx: CommandContext;
}

/** Settings from the environment and the command line, then the article, the engine and the context. */
export async function boot(argv: readonly string[] = process.argv.slice(2), env: Env = readEnvironment()): Promise<Booted> {
  return bootWith(loadConfig(env, argv));
}

/** `boot` from a configuration already read (e.g. `npm run post`, whose own flags come first). */
export async function bootWith(config: Config): Promise<Booted> {
  const article = await loadArticle(config.articlePath, { dir: join(config.dataDir, 'analysis') });
  const settings: Settings = { ...config, ...deriveSettings(config, article) };
  const engine = buildEngine(article);
  return { settings, engine, ctx: createContext(engine, settings) };
}

/** How a program ends: 0 when it did what it was asked, 1 when anything failed. */
export const EXIT = { ok: 0, failed: 1 } as const;

export interface ProgramOptions {
  /** Starts every line the program writes on stderr, e.g. "npm run post". */
  name: string;
  /** Printed after a `UsageError`'s line. */
  usage?: string;
  /** Blanks secrets in the last line (set once the configuration is known). */
  scrub?: () => (line: string) => string;
  /** Runs before the process exits, whatever the outcome (e.g. writing buffered logs). */
  beforeExit?: () => Promise<void>;
  /** What an unexpected error's line says before its message. Default "failed". */
  failure?: string;
}

/**
 * Runs an entry point's `main` and exits: with the code it returns (a string is printed on stdout
 * and counts as success), or with 1 and one line on stderr when it throws. An `OperatorError`'s
 * message is printed as it is; anything else is "<failure>: <message>".
 */
export function runProgram(main: () => Promise<number | string | void>, options: ProgramOptions): void {
  const write = (stream: NodeJS.WriteStream, line: string) => stream.write(`${line}\n`);
  const end = async (code: number, lines: readonly string[]) => {
    await options.beforeExit?.();
    const scrub = options.scrub?.() ?? ((line: string) => line);
    for (const line of lines) write(process.stderr, scrub(line));
    process.exit(code);
  };
  main().then(
    (result) => {
      if (typeof result === 'string') write(process.stdout, result);
      return end(typeof result === 'number' ? result : EXIT.ok, []);
    },
    (error: unknown) => {
      const message = (error as Error)?.message ?? String(error);
      const line = `${options.name}: ${error instanceof OperatorError ? message : `${options.failure ?? 'failed'}: ${message}`}`;
      return end(EXIT.failed, error instanceof UsageError && options.usage ? [line, options.usage] : [line]);
    },
  );
}

/** Resolves on the first SIGINT or SIGTERM: how an operator (or a supervisor) stops the bot. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
