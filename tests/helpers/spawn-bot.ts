/** Runs the built bot (`node dist/src/main.js`) as a user would, with piped input and a bounded wait. */
import { spawn } from 'node:child_process';

export interface BotRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBot(args: string[], input: string, env: Record<string, string> = {}, timeoutMs = 15_000): Promise<BotRun> {
  return new Promise((resolve, reject) => {
    // A clean environment: no tokens from the developer's shell or .env reach the test.
    const child = spawn(process.execPath, ['dist/src/main.js', ...args], {
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bot did not exit within ${timeoutMs} ms; stdout so far: ${stdout.slice(0, 500)}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
