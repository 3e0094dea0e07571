/** Runs the built `npm run post` entry (`node dist/src/post-cli.js`), or another command-line entry, as an operator would, bounded in time. */
import { spawn } from 'node:child_process';
import type { BotRun } from './spawn-bot.js';

export interface PostProcess {
  /** Settles when the process has exited (killed included). */
  done: Promise<BotRun>;
  /** SIGKILL, as a crash: no cleanup, no last write. */
  kill(): void;
  stdout(): string;
}

export function spawnPost(args: string[], env: Record<string, string>, timeoutMs = 30_000): PostProcess {
  return spawnEntry('dist/src/post-cli.js', args, env, timeoutMs);
}

/** Starts a built entry point (`dist/src/….js`) with `args`. */
export function spawnEntry(script: string, args: string[], env: Record<string, string>, timeoutMs = 30_000): PostProcess {
  // A clean environment: no tokens from the developer's shell or .env reach the test.
  const child = spawn(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<BotRun>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not exit within ${timeoutMs} ms; stdout: ${stdout.slice(0, 2000)} stderr: ${stderr.slice(0, 1000)}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { done, kill: () => void (child.exitCode === null && child.kill('SIGKILL')), stdout: () => stdout };
}

/** Runs it to the end. */
export function runPost(args: string[], env: Record<string, string>, timeoutMs?: number): Promise<BotRun> {
  return spawnPost(args, env, timeoutMs).done;
}
