/**
 * Bolt's logger. `createLogger` writes one line per message ("slack info: …"), for tests and
 * tools; `boltLogger` hands each message to the bot's own logger (pino at start-up), which
 * scrubs configured secrets. Bolt and the Web API client redact tokens themselves; we never log
 * request bodies (the default level is info).
 */
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Bolt's logger over `emit`, dropping messages below the level Bolt (or we) set. */
function levelled(level: LogLevel, emit: (level: LogLevel, text: string, name: string) => void): Logger {
  let current = level;
  let name = 'slack';
  const at = (wanted: LogLevel) => (...msg: unknown[]) => {
    if (ORDER[wanted] < ORDER[current]) return;
    const text = msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    emit(wanted, text, name);
  };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      name = n;
    },
  };
}

export function createLogger(level: LogLevel = LogLevel.INFO, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  return levelled(level, (wanted, text, name) => write(`${name} ${wanted}: ${text}`));
}

/** The part of the bot's logger Bolt's messages go to (pino's Logger fits). */
export type LineLogger = Record<'debug' | 'info' | 'warn' | 'error', (message: string) => void>;

/** Bolt's messages as the bot's own log lines, "slack: …", at Bolt's level and at most as verbose as `level`. */
export function boltLogger(target: LineLogger, level: LogLevel = LogLevel.INFO): Logger {
  return levelled(level, (wanted, text) => target[wanted](`slack: ${text}`));
}
