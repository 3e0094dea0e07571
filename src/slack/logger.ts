/**
 * Bolt's logger, as one line per message on stderr, prefixed "slack". Bolt and the Web API client
 * redact tokens themselves; we never log request bodies (the default level is info).
 */
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createLogger(level: LogLevel = LogLevel.INFO, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  let current = level;
  let name = 'slack';
  const at = (wanted: LogLevel) => (...msg: unknown[]) => {
    if (ORDER[wanted] < ORDER[current]) return;
    const text = msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    write(`${name} ${wanted}: ${text}`);
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
