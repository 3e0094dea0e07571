/** Runs the built bot as `npm start` does, or another built program, with piped input and bounded waits. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface BotRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bot to the end of `input` and returns what it printed; kills it after `timeoutMs`. */
export async function runBot(args: string[], input: string, env: Record<string, string> = {}, timeoutMs = 15_000): Promise<BotRun> {
  const bot = startBot(args, env);
  try {
    bot.write(input);
    return await bot.finish(timeoutMs);
  } finally {
    bot.kill();
  }
}

export interface RunningBot {
  /** Resolves with the first match of `pattern` in stderr; rejects after `timeoutMs` or if the bot exits first. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Types one line. */
  send(line: string): void;
  /** Writes text as it is (several lines at once, or none). */
  write(text: string): void;
  /** Ends the input and waits (bounded) for the bot to exit. */
  finish(timeoutMs?: number): Promise<BotRun>;
  /** Sends `signal` (as an operator's Ctrl+C or a service manager would) and waits (bounded) for the exit. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<BotRun>;
  /** Kills it if it is still running (for afterEach). */
  kill(): void;
  /** The process id, for reading its memory and CPU time. */
  readonly pid: number;
  /** What it has written on stderr so far. */
  stderr(): string;
  /** Stops reading its stderr, as a stuck log collector would, until the returned function is called. */
  holdStderr(): () => void;
}

/**
 * Node's options in package.json's `start` script (`node --max-semi-space-size=4 dist/src/main.js`):
 * the bot under test, and in the bench, runs with the runtime settings a user's `npm start` gives it.
 */
export function startScriptOptions(packageJson = 'package.json'): string[] {
  const start = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [node, ...words] = start.split(/\s+/);
  if (node !== 'node' || words.at(-1) !== 'dist/src/main.js') throw new Error(`package.json's start script is not "node [options] dist/src/main.js": ${start}`);
  return words.slice(0, -1);
}

/** Starts the bot with its input left open, for tests that talk to it while it runs (its web page). */
export function startBot(args: string[], env: Record<string, string> = {}): RunningBot {
  return startProgram('dist/src/main.js', args, env, startScriptOptions());
}

/** `startBot` for any built script (the bench's bare control bots, with Node's defaults). */
export function startProgram(script: string, args: string[], env: Record<string, string> = {}, nodeOptions: readonly string[] = []): RunningBot {
  const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
    // A clean environment: no tokens from the developer's shell or .env reach the test. WEB=off:
    // most runs test the answers, and parallel runs must not compete for PORT; a test that wants
    // the page passes WEB=on with PORT=0.
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent', WEB: 'off', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const bounded = <T>(promise: Promise<T>, timeoutMs: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms; stderr: ${stderr.slice(0, 500)}`)), timeoutMs);
      promise.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  const done = async (timeoutMs: number) => ({ code: await bounded(exited, timeoutMs, 'bot did not exit'), stdout, stderr });
  return {
    pid: child.pid!,
    stderr: () => stderr,
    holdStderr() {
      child.stderr.pause();
      return () => void child.stderr.resume();
    },
    waitForStderr(pattern, timeoutMs = 10_000) {
      const found = new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const match = stderr.match(pattern);
          if (!match) return false;
          child.stderr.off('data', check);
          resolve(match);
          return true;
        };
        if (check()) return;
        child.stderr.on('data', check);
        void exited.then(() => check() || reject(new Error(`bot exited before printing ${pattern}; stderr: ${stderr}`)));
      });
      return bounded(found, timeoutMs, `no ${pattern} on stderr`);
    },
    send: (line) => void child.stdin.write(`${line}\n`),
    write: (text) => void child.stdin.write(text),
    finish(timeoutMs = 10_000) {
      child.stdin.end();
      return done(timeoutMs);
    },
    stop(signal = 'SIGTERM', timeoutMs = 10_000) {
      if (child.exitCode === null) child.kill(signal);
      return done(timeoutMs);
    },
    kill: () => void (child.exitCode === null && child.kill('SIGKILL')),
  };
}
