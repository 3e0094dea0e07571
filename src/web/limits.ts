/** MAX_BODY_BYTES by default: 1 MB, ample for anything Slack sends (a command is a few KB). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
