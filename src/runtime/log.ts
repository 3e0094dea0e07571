/**
 * Structured logs with pino, on stderr (stdout belongs to the terminal's answers). JSON lines by
 * default; a short human-readable line when the destination is a TTY. The pretty form is our own
 * ~30-line formatter rather than pino-pretty: one dependency fewer for a few fields we choose.
 *
 * Secrets never reach the output: pino's `redact` blanks the fields that hold them, and every
 * line is scrubbed of each configured secret value, wherever it hides (an error message, a URL).
 */
import { REDACTED, scrubber } from './secrets.js';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './log-levels.js';

export type { Logger } from 'pino';

export interface LoggerSetup {
  /** Default info; `silent` writes nothing. */
  level?: LogLevel;
  /** Values that must never appear in a log line (tokens, signing secrets); empty ones are ignored. */
  secrets?: readonly (string | undefined)[];
  /** Where lines go. Default process.stderr. */
  destination?: { write(line: string): unknown };
  /** Human-readable lines instead of JSON. Default false; start-up sets it when stderr is a TTY. */
  pretty?: boolean;
}

/** Field names that hold credentials, wherever they sit in a logged object. */
const REDACT_PATHS = ['token', 'botToken', 'appToken', 'signingSecret', 'secret', 'password', 'authorization', 'cookie'].flatMap(
  (key) => [key, `*.${key}`],
).concat(['headers.authorization', '*.headers.authorization', 'headers["x-slack-signature"]', '*.headers["x-slack-signature"]']);

export function createLogger({ level = 'info', secrets = [], destination = process.stderr, pretty = false }: LoggerSetup = {}): Logger {
  const scrub = scrubber(secrets);
  const stream: DestinationStream = pretty ? { write: (line) => void destination.write(prettyLine(line)) } : destination;
  return pino(
    {
      level,
      base: undefined,
      timestamp: isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrub },
    },
    stream,
  );
}

/**
 * pino's `stdTimeFunctions.isoTime`, the same text (`,"time":"2026-01-02T03:04:05.678Z"`) for a
 * fraction of the cost: it formats a Date per line (`toISOString`), which the profile of a busy
 * bot showed as the largest single part of the reply line. Here the date and time are formatted
 * once per second and each line only appends its milliseconds.
 */
let stampSecond = NaN;
let stampPrefix = '';
export function isoTime(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== stampSecond) {
    stampSecond = second;
    stampPrefix = `,"time":"${new Date(second * 1000).toISOString().slice(0, 20)}`; // up to "…:05."
  }
  const ms = now - second * 1000;
  return `${stampPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z"`;
}

const LEVEL_COLOR: Record<string, string> = { trace: '90', debug: '36', info: '32', warn: '33', error: '31', fatal: '35' };

/** One JSON log line as "12:03:04 INFO reply platform=terminal command=summary kind=summary ms=1.2". */
export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { time, level, msg, err, ...rest } = record;
  const clock = typeof time === 'string' ? time.slice(11, 19) : '';
  const label = String(level ?? '').toUpperCase().padEnd(5);
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  let out = `${clock} \x1b[${LEVEL_COLOR[String(level)] ?? '0'}m${label}\x1b[0m ${[msg ?? '', ...fields].join(' ').trim()}\n`;
  if (err && typeof err === 'object') {
    const { stack, message } = err as { stack?: string; message?: string };
    out += `    ${(stack ?? message ?? JSON.stringify(err)).replace(/\n/g, '\n    ')}\n`;
  }
  return out;
}
