/**
 * Programs from outside npm that some tests drive (Chromium today; a database server, say,
 * tomorrow). A test file calls `canRun(program)` before its tests and skips them when it answers
 * false (`describe.skipIf`), so `npm test` passes on a machine with Node.js alone, yet never
 * passes silently: the tests are reported as skipped and one line says what to install and how.
 * With CI=true a missing program throws instead, failing the run: CI must run every test, and
 * `.ci/run` installs what they need.
 */
import { accessSync, constants } from 'node:fs';

export interface Program {
  /** What people call it: "Chromium". */
  name: string;
  /** Where the tests look for it. */
  path: string;
  /** The command that installs it (as root; Debian's packages). */
  install: string;
}

/** Debian's Chromium, driven by playwright-core (which downloads no browser of its own). */
export const CHROMIUM: Program = {
  name: 'Chromium',
  path: '/usr/bin/chromium',
  install: 'apt-get update && apt-get install -y --no-install-recommends chromium',
};

/** CI runs with CI=true (`.ci/run` sets it); `1` counts too. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}

function installed(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `program` is installed. Missing: false, after one line on stderr naming the tests
 * skipped and the command that installs it; under CI, throws with the same words.
 */
export function canRun(program: Program, tests: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (installed(program.path)) return true;
  const missing = `${program.name} is not installed at ${program.path}; install it as root with: ${program.install}`;
  if (isCI(env)) throw new Error(`${tests} must run when CI=true, but ${missing} (.ci/run does)`);
  process.stderr.write(`SKIPPED ${tests}: ${missing}\n`);
  return false;
}
