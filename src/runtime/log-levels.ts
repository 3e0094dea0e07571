/** pino's levels, as LOG_LEVEL takes them. Apart from log.ts so reading settings never loads pino. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
