/**
 * What a command is. Each module in this folder exports one `Command`; every platform derives
 * its own surface from these definitions (Discord's command JSON, Slack's usage text and manifest,
 * the terminal's parser, the help text), so a command is written once.
 */
import type { ArticleEngine } from '../src/engine/engine.js';
import type { Reply } from '../src/core/reply.js';
import type { PostingPort } from '../src/core/posting-port.js';

export type OptionType = 'string' | 'boolean' | 'channel';

/** Which list an option's autocomplete draws from. */
export type AutocompleteSource = 'speakers' | 'questions';

export interface CommandOption {
  /** 1–32 characters, lowercase, `-` or `_` (Discord's rule, the strictest platform). */
  name: string;
  /** 1–100 characters. */
  description: string;
  type: OptionType;
  required?: boolean;
  /** Fixed values; text forms accept these words positionally. */
  choices?: readonly { name: string; value: string }[];
  autocomplete?: AutocompleteSource;
  /** Upper bound on the value's length, enforced before the handler runs. */
  maxLength?: number;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** What a handler may use. Adapters build it; the handlers never see a platform object. */
export interface CommandContext {
  engine: ArticleEngine;
  /** The top-level command, e.g. "aleppo" (from configuration, defaulting from the article). */
  commandName: string;
  /** Share link (ARTICLE_URL, else the article's url, else PUBLIC_URL/<command>), when one is known. */
  shareUrl?: string;
  /**
   * Link to paragraph `n` (1-based) on the bot's own article page, e.g. https://bot.example.org/aleppo#p10.
   * Present only when PUBLIC_URL is configured.
   */
  paragraphUrl?: (paragraph: number) => string;
  /** The whole registry, for help. */
  commands: readonly Command[];
  /**
   * Posting, bound to the platform the command came from (`Posting.forPlatform`). Absent in the
   * terminal and wherever posting is not set up: `post` and `status` say so.
   */
  posting?: PostingPort;
  /** The running process, for `status`. */
  runtime?: Runtime;
  /**
   * Who is asking, as the post ledger records it: "discord:<user id> (<name>)", "slack:<user id>".
   * Set by the adapters for operator commands (`post update` acts at once, without a Confirm button).
   */
  requestedBy?: string;
  /**
   * The server or workspace the request came from (Discord guild id, Slack team id). `post` acts
   * only on channels there, and `status` and `post update` only on posts there: one Discord bot
   * serves many servers, and an operator of one is nobody in another.
   */
  workspace?: string;
  /**
   * The operator precondition for the person asking, set by the adapter for each request: resolves
   * undefined when they may run operator commands here (Discord: Manage Server, in a server; Slack:
   * SLACK_POST_ALLOWED_USERS, else admins and owners), or the one sentence refusing them. The
   * dispatcher runs it before every `operator: true` command and its buttons (src/core/invocation.ts);
   * a request without it is refused, so a route that forgets to say who is asking fails closed.
   */
  checkOperator?: () => Promise<string | undefined>;
}

export interface Runtime {
  startedAt: Date;
  /** Platforms connected right now, e.g. ["discord", "slack"]. */
  platforms(): string[];
}

export interface Command {
  name: string;
  /** One line, 1–100 characters. */
  description: string;
  /** Example arguments after the subcommand, shown in help (e.g. "Egeland"). */
  examples: readonly string[];
  options: readonly CommandOption[];
  /**
   * Operator commands are hidden from members (Discord: Manage Server; Slack: allowed users), and
   * the dispatcher runs them, and their buttons, only when `ctx.checkOperator` lets the person through.
   */
  operator?: boolean;
  run(options: OptionValues, ctx: CommandContext): Reply | Promise<Reply>;
}
