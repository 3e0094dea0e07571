/** `npm start` with Slack configured: the built program, as an operator runs it. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack/fake-slack.js';

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
}

const children: ReturnType<typeof spawn>[] = [];
const fakes: FakeSlack[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const fake of fakes.splice(0)) await fake.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the program; `onStderr` may act on its output (e.g. send a signal once it is up). */
function run(env: Record<string, string>, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void, timeoutMs = 8000): Promise<Run> {
  const began = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'article-bot-slack-'));
  dirs.push(dataDir);
  // DOTENV_CONFIG_PATH points away from any developer .env, so only this env counts.
  const childEnv = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, DOTENV_CONFIG_PATH: join(dataDir, 'none.env'), PORT: '0', ...env };
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, child);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - began });
    });
  });
}

describe('the program with Slack configured', () => {
  it('exits 1 within seconds with one line naming the variable when the bot token is refused', async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    const result = await run({ SLACK_BOT_TOKEN: 'xoxb-test-wrong', SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^article-bot: SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    expect(result.stderr).not.toContain('xoxb-test-wrong');
    expect(result.ms).toBeLessThan(5000);
  });

  it('exits 1 within seconds with one line when the Slack API is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await run({ SLACK_BOT_TOKEN: 'xoxb-test-bot', SLACK_APP_TOKEN: 'xapp-test-app', SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`article-bot: Cannot reach the Slack API at http://127.0.0.1:${port}/api/ (ECONNREFUSED); check the network or SLACK_API_URL.`]);
    expect(result.ms).toBeLessThan(5000);
  });

  it('connects in Socket Mode, answers, and stops cleanly on SIGTERM', async () => {
    const fake = await FakeSlack.start();
    fakes.push(fake);
    let asked = false;
    const result = await run({ SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: fake.appToken, SLACK_API_URL: fake.apiUrl }, (text, child) => {
      if (asked || !text.includes('connected to Slack')) return;
      asked = true;
      fake.slashCommand('summary').then(
        () => child.kill('SIGTERM'),
        () => child.kill('SIGKILL'),
      );
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('SIGTERM, stopping slack');
    expect(fake.acks.length).toBe(1);
  });
});
