/**
 * `npm run ledger:migrate -- --to postgres://…`: copies the SQLite post ledger (DATA_DIR, or
 * `--from DIR`) into PostgreSQL, so instances pointed at it with DATABASE_URL know every earlier
 * post and never post it again. Rows already there are kept, so running it twice is harmless.
 * Prints one line, and never the password.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvironment, runProgram } from './bootstrap.js';
import { checkDatabaseUrl, ConfigError, loadConfig } from './config.js';
import { UsageError } from './core/errors.js';
import { scrubber, secretsOf } from './runtime/secrets.js';
import { openPostgresStore } from './store/postgres.js';
import { LEDGER_FILE, openSqliteStore } from './store/sqlite.js';

const USAGE = 'usage: npm run ledger:migrate -- --to postgres://user:password@host:5432/db [--from DATA_DIR]';

function parse(argv: readonly string[]): { to: string; from?: string } {
  let to: string | undefined;
  let from: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const next = () => inline ?? argv[++i];
    if (flag === '--to') to = next();
    else if (flag === '--from') from = next();
    else throw new UsageError(`${arg} is not an option.`);
  }
  if (!to) throw new UsageError('--to is required: the PostgreSQL to copy the ledger into.');
  return { to: checkDatabaseUrl(to, '--to'), ...(from ? { from } : {}) };
}

async function main(argv: readonly string[]): Promise<string> {
  const env = readEnvironment();
  const { to, from } = parse(argv);
  const dataDir = from ?? loadConfig(env).dataDir;
  const file = join(dataDir, LEDGER_FILE);
  // Opening would create an empty ledger; copying nothing is a mistake worth saying.
  if (!existsSync(file)) throw new ConfigError(from ? '--from' : 'DATA_DIR', `has no ledger (${file} does not exist); point it at the folder holding ${LEDGER_FILE}.`);
  const source = openSqliteStore(dataDir);
  try {
    const target = await openPostgresStore(to);
    try {
      const rows = await source.ledger.all();
      const added = await target.ledger.importRows(rows);
      return `Copied ${added} of ${rows.length} posts from ${file} to ${target.where}${rows.length > added ? ` (${rows.length - added} were there already)` : ''}.`;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

const argv = process.argv.slice(2);
/** The --to value as typed, before any check: its password is blanked in everything printed. */
const rawTo = argv.find((a) => a.startsWith('--to='))?.slice('--to='.length) ?? argv[argv.indexOf('--to') + 1];
const scrub = scrubber(secretsOf({ databaseUrl: argv.includes('--to') || rawTo ? rawTo : undefined }));
runProgram(() => main(argv), { name: 'npm run ledger:migrate', usage: USAGE, scrub: () => scrub });
