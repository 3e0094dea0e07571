/**
 * Registers the slash command through Discord's REST API: guild-scoped when a server id is
 * configured (appears at once; for development), global otherwise. Reads the registered commands
 * first and writes only when they differ, so running it twice says "unchanged".
 */
import { DiscordAPIError, REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandContext } from '../../../commands/types.js';
import type { DiscordConfig } from './settings.js';
import { commandJson } from './command-json.js';
import { describeError } from './errors.js';
import { OperatorError } from '../../core/errors.js';

export interface RegisterResult {
  scope: 'guild' | 'global';
  status: 'created' | 'updated' | 'unchanged';
  /** One line for the operator, e.g. "/aleppo registered in server 123 (updated)." */
  message: string;
}

/** A registration failure the operator can fix; the message names the variable. */
export class RegisterError extends OperatorError {}

/**
 * True when every field we send has the same value in what Discord returned. Discord adds ids,
 * versions and defaults, and leaves out `false` flags, so absent and false/empty count as equal.
 */
export function sameCommand(local: unknown, remote: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0);
  if (empty(local) || empty(remote)) return empty(local) && empty(remote);
  if (Array.isArray(local)) {
    return Array.isArray(remote) && local.length === remote.length && local.every((item, i) => sameCommand(item, remote[i]));
  }
  if (typeof local === 'object') {
    if (typeof remote !== 'object' || Array.isArray(remote)) return false;
    const r = remote as Record<string, unknown>;
    return Object.entries(local as Record<string, unknown>).every(([key, value]) => sameCommand(value, r[key]));
  }
  return local === remote;
}

function explain(error: unknown, config: DiscordConfig): RegisterError {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return new RegisterError('DISCORD_TOKEN was rejected by Discord (401 Unauthorized): copy the bot token again from the Developer Portal (Bot → Reset Token).');
    }
    if (error.status === 404 && error.code === 10002) {
      return new RegisterError('DISCORD_APP_ID is not a known application: use the Application ID from the Developer Portal (General Information).');
    }
    if (error.status === 403 || error.status === 404) {
      return new RegisterError(
        config.guildId
          ? `Discord refused access (${error.status} ${error.message}): check that DISCORD_APP_ID belongs to the token's application and that the bot was invited to server DISCORD_GUILD_ID with the applications.commands scope.`
          : `Discord refused access (${error.status} ${error.message}): check that DISCORD_APP_ID belongs to the token's application.`,
      );
    }
  }
  return new RegisterError(`Registering with Discord failed: ${describeError(error)}`);
}

export async function registerCommands(config: DiscordConfig, ctx: CommandContext, rest?: REST): Promise<RegisterResult> {
  const client = rest ?? new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const scope = config.guildId ? 'guild' : 'global';
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  const wanted: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [commandJson(ctx, scope)];
  const where = config.guildId ? `in server ${config.guildId}` : 'globally (may take up to an hour to appear everywhere)';
  try {
    const current = (await client.get(route)) as unknown[];
    if (sameCommand(wanted, current)) {
      return { scope, status: 'unchanged', message: `/${ctx.commandName} is already registered ${where}: unchanged.` };
    }
    // A bulk overwrite: our one command replaces whatever this application had in this scope.
    await client.put(route, { body: wanted });
    const status = current.length ? 'updated' : 'created';
    return { scope, status, message: `/${ctx.commandName} registered ${where} (${status}).` };
  } catch (error) {
    throw explain(error, config);
  }
}
