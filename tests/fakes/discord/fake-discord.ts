/**
 * A fake Discord on 127.0.0.1 (random port) speaking the real protocol to the real discord.js:
 * REST under /api/v10 (node:http) and the gateway WebSocket (ws). It records every request so
 * tests can assert what reached Discord, and can answer chosen routes with a 429 or a 500.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewayPayload } from './gateway.js';
import type { InteractionPayload } from './interactions.js';
import { BOT_USER, FAKE, channelObject, guildObject, messageObject, snowflake, user, type FakeChannel, type MessageObject } from './objects.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /interactions/123/fake-interaction-token-1/callback. */
  path: string;
  query: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** The Authorization header was the fake's bot token. */
  authorized: boolean;
  /** Status the fake answered with. */
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** Makes the next `times` requests matching `method` and `path` fail. */
export interface Failure {
  method?: string;
  path: RegExp;
  status: 429 | 500 | 502 | 503 | 403 | 404;
  times?: number;
  /** Seconds, sent as Retry-After (429). */
  retryAfter?: number;
  body?: unknown;
}

export interface FakeDiscordOptions {
  token?: string;
  heartbeatIntervalMs?: number;
  /** Shards recommended by GET /gateway/bot. */
  shards?: number;
  channels?: FakeChannel[];
  /** Channels of a second server the bot is in, FAKE.otherGuildId (the first server keeps `channels`). */
  otherGuild?: FakeChannel[];
}

interface InteractionRecord {
  payload: InteractionPayload;
  acknowledged: boolean;
  original?: MessageObject;
  followups: MessageObject[];
}

const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

/** Applies a message edit (content, embeds, components) as Discord does: only the fields sent. */
function applyEdit(target: MessageObject, body: Record<string, unknown>): void {
  if ('content' in body) target.content = String(body.content ?? '');
  if ('embeds' in body) target.embeds = body.embeds as unknown[];
  if ('components' in body) target.components = body.components as unknown[];
  (target as { edited_timestamp: string | null }).edited_timestamp = new Date().toISOString();
}

const error = (status: number, code: number, message: string) => ({ status, body: { message, code } });

export class FakeDiscord extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  readonly channels: FakeChannel[];
  /** Channels of FAKE.otherGuildId, when the bot is in a second server. */
  readonly otherGuild: FakeChannel[];
  /** Messages per channel id, oldest first. */
  readonly messages = new Map<string, MessageObject[]>();
  /** Registered commands per scope: "global" or a guild id. */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly failures: Failure[] = [];
  private readonly holds: { method: string; path: RegExp; arrived: (r: RecordedRequest) => void }[] = [];
  private readonly token: string;
  private readonly shards: number;
  gateway!: FakeGateway;
  private server!: Server;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? FAKE.token;
    this.shards = options.shards ?? 1;
    this.channels = options.channels ?? [
      { id: FAKE.channelId, name: 'general' },
      { id: '333333333333333334', name: 'news' },
    ];
    this.otherGuild = options.otherGuild ?? [];
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.server = createServer((req, res) => void fake.handle(req, res));
    fake.gateway = new FakeGateway(fake.server, {
      token: fake.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      guilds: [{ id: FAKE.guildId, channels: fake.channels }, ...(fake.otherGuild.length ? [{ id: FAKE.otherGuildId, channels: fake.otherGuild }] : [])],
      resumeUrl: () => fake.gatewayUrl,
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** REST base without the version, as DISCORD_API_URL takes it. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Payloads the clients sent over the gateway. */
  get received(): GatewayPayload[] {
    return this.gateway.received;
  }

  fail(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /**
   * The next request matching `method` and `path` is carried out (a message is stored, say) but
   * never answered, as if the bot died after Discord accepted it. Resolves when it has arrived.
   */
  holdResponse(method: string, path: RegExp): Promise<RecordedRequest> {
    return new Promise((arrived) => this.holds.push({ method, path, arrived }));
  }

  /**
   * Delivers an interaction over the gateway, as Discord does when someone uses the command: to the
   * session serving its server, or to each of `sessions` (gateway session ids) when given, as when
   * several instances of the bot are connected on the same shard. Only the first callback counts.
   */
  interact(payload: InteractionPayload, sessions?: readonly string[]): InteractionPayload {
    this.interactions.set(payload.token, { payload, acknowledged: false, followups: [] });
    if (sessions) this.gateway.dispatchToSessions(sessions, 'INTERACTION_CREATE', payload);
    else this.gateway.dispatch('INTERACTION_CREATE', payload, 'guild_id' in payload ? (payload.guild_id as string) : undefined);
    return payload;
  }

  /**
   * Makes `payload` known to the callback and webhook routes without delivering it over the
   * gateway: Discord HTTP interactions mode receives it from the test instead.
   */
  expect(payload: InteractionPayload): InteractionPayload {
    const asker = payload as { member?: { user: ReturnType<typeof user> }; user?: ReturnType<typeof user> };
    const interaction = { id: payload.id, type: payload.type, user: asker.member?.user ?? asker.user! };
    // The HTTP response is the first answer: a deferred reply's webhook edits this placeholder
    // (or, for a button, the message it is on).
    const original = payload.message
      ? { ...(payload.message as MessageObject) }
      : messageObject({ channelId: payload.channel_id, body: { content: '' }, interaction, webhookId: FAKE.appId });
    this.interactions.set(payload.token, { payload, acknowledged: true, followups: [], original });
    return payload;
  }

  /** The reply message of an interaction (after its callback), with edits applied. */
  original(payload: InteractionPayload): MessageObject | undefined {
    return this.interactions.get(payload.token)?.original;
  }

  followups(payload: InteractionPayload): MessageObject[] {
    return this.interactions.get(payload.token)?.followups ?? [];
  }

  /** Resolves with the first recorded request (past or future) that satisfies `test`. */
  waitForRequest(test: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', listener);
        reject(new Error(`fake discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!test(r)) return;
        clearTimeout(timer);
        this.off('request', listener);
        resolve(r);
      };
      this.on('request', listener);
    });
  }

  /** The callback request answering `payload` (the interaction's first response). */
  callbackOf(payload: InteractionPayload, timeoutMs = 5000): Promise<RecordedRequest> {
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    return this.waitForRequest((r) => r.path === path && r.status < 300, timeoutMs);
  }

  /** Resolves with the first gateway payload from a client (past or future) that satisfies `test`. */
  waitForGateway(test: (p: GatewayPayload) => boolean, timeoutMs = 5000): Promise<GatewayPayload> {
    const found = this.gateway.received.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.gateway.off('payload', listener);
        reject(new Error(`fake discord: no matching gateway payload within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (p: GatewayPayload) => {
        if (!test(p)) return;
        clearTimeout(timer);
        this.gateway.off('payload', listener);
        resolve(p);
      };
      this.gateway.on('payload', listener);
    });
  }

  /** Every request the bot made that creates or edits a message, for mention checks. */
  get sends(): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        (r.method === 'POST' && /^\/(channels\/\d+\/messages|webhooks\/\d+\/[^/]+)$/.test(r.path)) ||
        (r.method === 'PATCH' && /\/messages\//.test(r.path)) ||
        (r.method === 'POST' && /\/callback$/.test(r.path) && [4, 7].includes(r.body?.type)),
    );
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized: req.headers.authorization === `Bot ${this.token}`,
      status: 0,
      at: Date.now(),
    };
    const failure = this.failures.find((f) => (!f.method || f.method === method) && f.path.test(path) && (f.times ?? 1) > 0);
    let answer: { status: number; body?: unknown; headers?: Record<string, string> };
    if (!url.pathname.startsWith('/api/v10/')) answer = error(404, 0, '404: Not Found');
    else if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      answer =
        failure.status === 429
          ? {
              status: 429,
              body: failure.body ?? { message: 'You are being rate limited.', retry_after: failure.retryAfter ?? 0.1, global: false },
              headers: { 'retry-after': String(failure.retryAfter ?? 0.1), 'x-ratelimit-scope': 'user' },
            }
          : { status: failure.status, body: failure.body ?? { message: 'Internal Server Error', code: 0 } };
    } else answer = this.route(method, path, record);
    record.status = answer.status;
    this.requests.push(record);
    this.emit('request', record);
    const hold = this.holds.findIndex((h) => h.method === method && h.path.test(path));
    if (hold >= 0) {
      // Left open: the client's socket closes it (or close() does).
      this.holds.splice(hold, 1)[0]!.arrived(record);
      return;
    }
    json(res, answer.status, answer.body, answer.headers);
  }

  private route(method: string, path: string, r: RecordedRequest): { status: number; body?: unknown } {
    const parts = path.split('/').filter(Boolean);
    const [head, a, b, c, d, e] = parts;
    // Interaction callbacks and webhooks authenticate with the interaction token, not the bot token.
    if (head === 'interactions' && c === 'callback' && method === 'POST') return this.callback(a!, b!, r);
    if (head === 'webhooks') return this.webhook(method, a!, b!, c, d, e, r);
    if (!r.authorized) return error(401, 0, '401: Unauthorized');
    if (path === '/gateway/bot' && method === 'GET') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.shards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (path === '/users/@me' && method === 'GET') return { status: 200, body: BOT_USER };
    if (head === 'applications') return this.applicationCommands(method, parts, r);
    if (head === 'channels') return this.channel(method, a!, b, c, r);
    // REST-only clients (Discord HTTP interactions mode) fetch the server and their member.
    const known = a === FAKE.guildId || (a === FAKE.otherGuildId && this.otherGuild.length > 0);
    if (head === 'guilds' && known && method === 'GET' && !b) return { status: 200, body: guildObject(a!, a === FAKE.guildId ? this.channels : this.otherGuild) };
    if (head === 'guilds' && known && method === 'GET' && b === 'members' && c === FAKE.botId) {
      return { status: 200, body: { user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } };
    }
    return error(404, 0, '404: Not Found');
  }

  private callback(id: string, token: string, r: RecordedRequest): { status: number; body?: unknown } {
    const record = this.interactions.get(token);
    if (!record || record.payload.id !== id) return error(404, 10062, 'Unknown interaction');
    if (record.acknowledged) return error(400, 40060, 'Interaction has already been acknowledged.');
    record.acknowledged = true;
    const { type, data = {} } = r.body as { type: number; data?: Record<string, unknown> };
    const asker = (record.payload as { member?: { user: ReturnType<typeof user> }; user?: ReturnType<typeof user> });
    const interaction = { id, type: record.payload.type, user: asker.member?.user ?? asker.user! };
    const channelId = record.payload.channel_id;
    if (type === 4 || type === 5) {
      record.original = messageObject({ channelId, body: type === 5 ? { flags: data.flags, content: '' } : data, interaction, webhookId: FAKE.appId });
      if ((Number(data.flags ?? 0) & 64) === 0) this.store(channelId, record.original);
    }
    if ((type === 6 || type === 7) && record.payload.message) {
      // A component's message: the interaction's "original" is now that message, updated in place.
      record.original = { ...(record.payload.message as MessageObject) };
      if (type === 7) applyEdit(record.original, data);
    }
    if (r.query.with_response === 'true') {
      return {
        status: 200,
        body: {
          interaction: { id, type: record.payload.type, response_message_id: record.original?.id, response_message_loading: type === 5, response_message_ephemeral: Boolean(Number(data.flags ?? 0) & 64) },
          resource: { type, ...(record.original ? { message: record.original } : {}) },
        },
      };
    }
    return { status: 204 };
  }

  private webhook(
    method: string,
    app: string,
    token: string,
    messages: string | undefined,
    messageId: string | undefined,
    extra: string | undefined,
    r: RecordedRequest,
  ): { status: number; body?: unknown } {
    const record = this.interactions.get(token);
    if (app !== FAKE.appId || !record || extra) return error(404, 10015, 'Unknown Webhook');
    const asker = record.payload as { member?: { user: ReturnType<typeof user> }; user?: ReturnType<typeof user> };
    const interaction = { id: record.payload.id, type: record.payload.type, user: asker.member?.user ?? asker.user! };
    if (!messages && method === 'POST') {
      const message = messageObject({ channelId: record.payload.channel_id, body: r.body, interaction, webhookId: FAKE.appId });
      record.followups.push(message);
      if (!((Number(r.body?.flags ?? 0) & 64) !== 0)) this.store(record.payload.channel_id, message);
      return { status: 200, body: message };
    }
    if (messages !== 'messages' || !messageId) return error(404, 0, '404: Not Found');
    const target = messageId === '@original' ? record.original : record.followups.find((m) => m.id === messageId);
    if (!target) return error(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: target };
    if (method === 'DELETE') return { status: 204 };
    if (method === 'PATCH') {
      applyEdit(target, r.body as Record<string, unknown>);
      return { status: 200, body: target };
    }
    return error(405, 0, '405: Method Not Allowed');
  }

  private store(channelId: string, message: MessageObject): void {
    const list = this.messages.get(channelId) ?? [];
    list.push(message);
    this.messages.set(channelId, list);
  }

  private channel(method: string, id: string, sub: string | undefined, messageId: string | undefined, r: RecordedRequest) {
    const other = this.otherGuild.find((c) => c.id === id);
    const channel = this.channels.find((c) => c.id === id) ?? other;
    if (!channel) return error(404, 10003, 'Unknown Channel');
    if (!sub && method === 'GET') return { status: 200, body: channelObject(channel, other ? FAKE.otherGuildId : FAKE.guildId) };
    if (sub !== 'messages') return error(404, 0, '404: Not Found');
    const list = this.messages.get(id) ?? [];
    if (method === 'GET' && !messageId) {
      const limit = Math.min(Number(r.query.limit ?? 50), 100);
      return { status: 200, body: [...list].reverse().slice(0, limit) };
    }
    if (method === 'POST' && !messageId) {
      const denied = channel.botDenied ?? 0n;
      if (denied & (0x400n | 0x800n)) return error(403, 50013, 'Missing Permissions');
      const message = messageObject({ channelId: id, body: r.body });
      this.store(id, message);
      return { status: 200, body: message };
    }
    const target = list.find((m) => m.id === messageId);
    if (!target) return error(404, 10008, 'Unknown Message');
    if (method === 'GET') return { status: 200, body: target };
    if (method === 'PATCH') {
      Object.assign(target, { ...(r.body as object), edited_timestamp: new Date().toISOString() });
      return { status: 200, body: target };
    }
    return error(405, 0, '405: Method Not Allowed');
  }

  private applicationCommands(method: string, parts: string[], r: RecordedRequest) {
    // /applications/{app}/commands or /applications/{app}/guilds/{guild}/commands
    const [, app, second, guild, fourth] = parts;
    const scope = second === 'guilds' ? guild! : 'global';
    const isCommands = second === 'commands' || (second === 'guilds' && fourth === 'commands');
    if (!isCommands) return error(404, 0, '404: Not Found');
    if (app !== FAKE.appId) return error(404, 10002, 'Unknown Application');
    if (scope !== 'global' && scope !== FAKE.guildId) return error(403, 50001, 'Missing Access');
    if (method === 'GET') return { status: 200, body: this.commands.get(scope) ?? [] };
    if (method === 'PUT') {
      const list = (r.body as Record<string, unknown>[]).map((command) => this.stored(command, scope));
      this.commands.set(scope, list);
      return { status: 200, body: list };
    }
    return error(405, 0, '405: Method Not Allowed');
  }

  /** A command as Discord stores and returns it: ids added, defaults filled, `false` flags dropped. */
  private stored(command: Record<string, unknown>, scope: string): Record<string, unknown> {
    const strip = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strip);
      if (!node || typeof node !== 'object') return node;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'required' || key === 'autocomplete') && value === false) continue;
        out[key] = strip(value);
      }
      return out;
    };
    const previous = this.commands.get(scope)?.find((c) => c.name === command.name);
    return {
      id: (previous?.id as string | undefined) ?? snowflake(),
      application_id: FAKE.appId,
      version: snowflake(),
      type: 1,
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...(scope === 'global' ? {} : { guild_id: scope }),
      ...(strip(command) as Record<string, unknown>),
    };
  }
}
