/** What a developer without Chromium (or CI) sees: a skip with the install command, or a failure under CI. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canRun, CHROMIUM, type Program } from './helpers/programs.js';

const absent: Program = { ...CHROMIUM, path: '/nonexistent/chromium' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tests that need a program from outside npm', () => {
  it('are skipped on a developer machine without it, with one line saying what to install and how', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    expect(canRun(absent, 'the browser tests', { CI: '' })).toBe(false);
    expect(written).toEqual([
      'SKIPPED the browser tests: Chromium is not installed at /nonexistent/chromium; install it as root with: apt-get update && apt-get install -y --no-install-recommends chromium\n',
    ]);
  });

  it('fail under CI=true, naming the install command', () => {
    expect(() => canRun(absent, 'the browser tests', { CI: 'true' })).toThrow(
      /^the browser tests must run when CI=true, but Chromium is not installed at \/nonexistent\/chromium; install it as root with: apt-get update && apt-get install -y --no-install-recommends chromium/,
    );
  });

  it('run when it is installed, saying nothing', () => {
    const write = vi.spyOn(process.stderr, 'write');
    expect(canRun({ ...CHROMIUM, path: process.execPath }, 'node itself', { CI: 'true' })).toBe(true);
    expect(write).not.toHaveBeenCalled();
  });
});
