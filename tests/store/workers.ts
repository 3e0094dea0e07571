/** Starts race-worker processes from the built dist, bounded in time, and collects what each printed. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Worker {
  child: ChildProcessWithoutNullStreams;
  /** Resolves when it printed "ready". */
  ready: Promise<void>;
  /** Resolves with its last stdout line parsed as JSON, once it exits 0. */
  done: Promise<unknown>;
}

export function startWorker(mode: 'post' | 'migrate', env: Record<string, string>, timeoutMs = 30_000): Worker {
  const child = spawn(process.execPath, ['dist/tests/store/race-worker.js', mode], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let readied!: () => void;
  const ready = new Promise<void>((resolve) => (readied = resolve));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.startsWith('ready\n')) readied();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker did not finish within ${timeoutMs} ms; stdout: ${stdout} stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(last));
      else reject(new Error(`worker exited ${code}; stderr: ${stderr}`));
    });
  });
  // A worker that fails before "ready" must not leave the test waiting for it.
  return { child, ready: Promise.race([ready, done.then(() => {})]), done };
}
