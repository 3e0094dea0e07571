/**
 * A fake Slack on 127.0.0.1 speaking the wire protocols the real Bolt app uses: the Web API
 * (form-encoded or JSON bodies, HTTP 200 with `{ok}`, or 429 with Retry-After when told to),
 * `response_url` endpoints, and Socket Mode (hello, envelopes, acks, disconnect). It records
 * everything that reached it, so tests assert what Slack would have shown, and it refuses what
 * Slack refuses (a bad token, more than 50 blocks, a section over 3,000 characters).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { blockActions, commandPayload, eventCallback, TEAM, type ActionFields } from './payloads.js';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** Which kind of token authorised it. */
  auth: 'bot' | 'app' | 'none';
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface ResponseCall {
  url: string;
  body: Record<string, unknown>;
}

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
}

export interface FakeChannel {
  is_private?: boolean;
  is_member?: boolean;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  botUserId?: string;
  botId?: string;
  users?: Record<string, FakeUser>;
  channels?: Record<string, FakeChannel>;
}

interface StoredMessage {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  bot_id?: string;
  user?: string;
  thread_ts?: unknown;
}

const JSON_ARGS = new Set(['blocks', 'attachments', 'metadata']);

/** Waits, without sleeping, until `check` returns a value; re-checked whenever the fake records something. */
function waitUntil<T>(emitter: EventEmitter, check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const onChange = () => {
      const value = check();
      if (value === undefined) return;
      cleanup();
      resolve(value);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      emitter.off('change', onChange);
    };
    emitter.on('change', onChange);
  });
}

export class FakeSlack {
  readonly botToken: string;
  readonly appToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly users: Record<string, FakeUser>;
  readonly channels: Record<string, FakeChannel>;
  /** Every Web API call, in order (rate-limited attempts included, marked by `limited`). */
  readonly calls: (ApiCall & { limited?: boolean })[] = [];
  readonly responses: ResponseCall[] = [];
  readonly acks: Ack[] = [];
  /** Socket Mode connections opened so far. */
  connections = 0;

  private readonly events = new EventEmitter();
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  /** Every open Socket Mode connection, oldest first (several instances may each hold one). */
  private readonly sockets: WebSocket[] = [];
  private port = 0;
  private envelope = 0;
  private responseUrlCount = 0;
  private eventCount = 0;
  private messageClock = 1_800_000_000;
  private readonly limits = new Map<string, number[]>();
  private readonly failures = new Map<string, string[]>();
  private readonly holds = new Map<string, (call: ApiCall) => void>();
  private readonly history = new Map<string, StoredMessage[]>();
  private readonly pendingAcks = new Map<string, { resolve: (ack: Ack) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  private constructor(options: FakeSlackOptions) {
    this.botToken = options.botToken ?? 'xoxb-test-bot-token';
    this.appToken = options.appToken ?? 'xapp-test-app-token';
    this.botUserId = options.botUserId ?? 'U0BOT';
    this.botId = options.botId ?? 'B0BOT';
    this.users = options.users ?? {};
    this.channels = options.channels ?? {};
    this.events.setMaxListeners(0);
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url, as Slack gives with each command and action. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/response/${++this.responseUrlCount}`;
  }

  async close(): Promise<void> {
    for (const [id, pending] of this.pendingAcks) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`fake Slack: closed before the ack of ${id}`));
    }
    this.pendingAcks.clear();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- test controls -------------------------------------------------------------------------

  /** The next `times` calls to `method` answer 429 `ratelimited` with this Retry-After (seconds). */
  rateLimitNext(method: string, retryAfterSeconds: number, times = 1): void {
    this.limits.set(method, [...(this.limits.get(method) ?? []), ...Array<number>(times).fill(retryAfterSeconds)]);
  }

  /**
   * The next call to `method` is carried out (a message is stored, say) but never answered, as if
   * the bot died after Slack accepted it. Resolves when it has arrived.
   */
  holdResponse(method: string): Promise<ApiCall> {
    return new Promise((arrived) => this.holds.set(method, arrived));
  }

  /** The next call to `method` answers `{ok: false, error}`. */
  failNext(method: string, error: string): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** Calls to one method that reached the handler (not rate-limited attempts). */
  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && !c.limited);
  }

  /** Waits until `check` returns a value, re-checking whenever anything reaches the fake. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return waitUntil(this.events, check, timeoutMs, what);
  }

  waitForCall(method: string, match: (call: ApiCall) => boolean = () => true, timeoutMs = 5000): Promise<ApiCall> {
    return waitUntil(this.events, () => this.callsTo(method).find(match), timeoutMs, `a ${method} call`);
  }

  /** Waits until `count` calls to `method` have been answered. */
  waitForCalls(method: string, count: number, timeoutMs = 5000): Promise<ApiCall[]> {
    return waitUntil(this.events, () => (this.callsTo(method).length >= count ? this.callsTo(method) : undefined), timeoutMs, `${count} ${method} calls`);
  }

  waitForResponse(match: (r: ResponseCall) => boolean = () => true, timeoutMs = 5000): Promise<ResponseCall> {
    return waitUntil(this.events, () => this.responses.find(match), timeoutMs, 'a response_url post');
  }

  waitForResponses(count: number, timeoutMs = 5000): Promise<ResponseCall[]> {
    return waitUntil(this.events, () => (this.responses.length >= count ? this.responses : undefined), timeoutMs, `${count} response_url posts`);
  }

  /** Puts a message in a channel's history as if someone else had written it. */
  addMessage(channel: string, message: { user: string; text: string; blocks?: unknown; bot_id?: string }): void {
    const list = this.history.get(channel) ?? [];
    list.push({ ts: this.nextTs(), ...message });
    this.history.set(channel, list);
  }

  /** Messages in a channel (the bot's and added ones), oldest first. */
  messagesIn(channel: string): StoredMessage[] {
    return [...(this.history.get(channel) ?? [])];
  }

  // ---- Socket Mode -----------------------------------------------------------------------------

  /** Resolves once `count` connections have been opened and greeted with hello. */
  waitForConnections(count: number, timeoutMs = 5000): Promise<number> {
    return waitUntil(this.events, () => (this.connections >= count && this.socket ? this.connections : undefined), timeoutMs, `${count} Socket Mode connections`);
  }

  /** How many Socket Mode connections are open now (one per connected instance). */
  get openConnections(): number {
    return this.sockets.length;
  }

  /** Resolves once `count` Socket Mode connections are open at the same time. */
  waitForOpenConnections(count: number, timeoutMs = 5000): Promise<number> {
    return waitUntil(this.events, () => (this.sockets.length >= count ? this.sockets.length : undefined), timeoutMs, `${count} open Socket Mode connections`);
  }

  /**
   * Sends an envelope over the current connection (the newest), or over open connection number
   * `via` (0 = the oldest still open), and resolves with the client's ack.
   */
  async send(type: 'slash_commands' | 'events_api' | 'interactive', payload: unknown, extra: Record<string, unknown> = {}, timeoutMs = 5000, via?: number): Promise<Ack> {
    const socket = via === undefined ? this.socket : this.sockets[via];
    if (!socket) throw new Error(via === undefined ? 'fake Slack: no Socket Mode connection' : `fake Slack: no open Socket Mode connection number ${via}`);
    const envelope_id = `env-${++this.envelope}`;
    const acked = new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelope_id);
        reject(new Error(`fake Slack: no ack for ${envelope_id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pendingAcks.set(envelope_id, { resolve, reject, timer });
    });
    socket.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return acked;
  }

  /** `/aleppo <text>` through Socket Mode; resolves with the ack (which may carry the answer). */
  slashCommand(text: string, fields: { user?: string; channel?: string; command?: string; team?: string } = {}): Promise<Ack & { responseUrl: string }> {
    const responseUrl = this.responseUrl();
    return this.send('slash_commands', commandPayload({ text, responseUrl, ...fields })).then((ack) => ({ ...ack, responseUrl }));
  }

  /**
   * An Events API event through Socket Mode; `eventId` repeats for a re-delivery. `via` picks the
   * open connection (see `send`), as Slack spreads deliveries over an app's connections.
   */
  event(event: Record<string, unknown>, options: { eventId?: string; retryAttempt?: number; via?: number } = {}): Promise<Ack> {
    const eventId = options.eventId ?? `Ev${++this.eventCount}`;
    const retry = options.retryAttempt ? { retry_attempt: options.retryAttempt, retry_reason: 'timeout' } : { retry_attempt: 0, retry_reason: '' };
    return this.send('events_api', eventCallback(event, eventId, this.botUserId), retry, 5000, options.via);
  }

  /** A button click through Socket Mode. */
  action(fields: Omit<ActionFields, 'responseUrl'> & { responseUrl?: string }): Promise<Ack & { responseUrl: string }> {
    const responseUrl = fields.responseUrl ?? this.responseUrl();
    return this.send('interactive', blockActions({ ...fields, responseUrl })).then((ack) => ({ ...ack, responseUrl }));
  }

  /** Slack's "refresh_requested": the client should close this connection and open a new one. */
  disconnectSocket(): void {
    this.socket?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }));
  }

  private onSocket(ws: WebSocket): void {
    this.connections += 1;
    this.socket = ws;
    this.sockets.push(ws);
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as Ack;
      this.acks.push(ack);
      const pending = this.pendingAcks.get(ack.envelope_id);
      if (pending) {
        this.pendingAcks.delete(ack.envelope_id);
        clearTimeout(pending.timer);
        pending.resolve(ack);
      }
      this.events.emit('change');
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
      const at = this.sockets.indexOf(ws);
      if (at >= 0) this.sockets.splice(at, 1);
      this.events.emit('change');
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' }, debug_info: { host: 'fake', approximate_connection_time: 18060 } }));
    this.events.emit('change');
  }

  // ---- HTTP ------------------------------------------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/response/')) {
      this.responses.push({ url: `http://127.0.0.1:${this.port}${url.pathname}`, body: JSON.parse(raw) as Record<string, unknown> });
      this.events.emit('change');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = this.parseArgs(raw, req.headers['content-type'] ?? '');
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    const auth = bearer === this.botToken ? 'bot' : bearer === this.appToken ? 'app' : 'none';
    const call: ApiCall & { limited?: boolean } = { method, args, auth, at: Date.now() };
    const limit = this.limits.get(method)?.shift();
    if (limit !== undefined) {
      call.limited = true;
      this.calls.push(call);
      this.events.emit('change');
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(limit) }).end('{"ok":false,"error":"ratelimited"}');
      return;
    }
    const answer = this.answer(call);
    this.calls.push(call);
    this.events.emit('change');
    const hold = this.holds.get(method);
    if (hold) {
      // Left open: the client's socket closes it (or close() does).
      this.holds.delete(method);
      hold(call);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  private parseArgs(raw: string, contentType: string): Record<string, unknown> {
    if (contentType.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const args: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value;
    }
    return args;
  }

  private answer(call: ApiCall): Record<string, unknown> {
    const { method, args, auth } = call;
    const failure = this.failures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    if (method === 'apps.connections.open') {
      if (auth !== 'app') return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${this.connections + 1}` };
    }
    if (auth !== 'bot') return { ok: false, error: auth === 'none' ? 'invalid_auth' : 'not_allowed_token_type' };
    const channel = String(args.channel ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'aleppo', team_id: TEAM, user_id: this.botUserId, bot_id: this.botId };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const invalid = this.checkMessage(args);
        if (invalid) return { ok: false, error: 'invalid_blocks', errors: [invalid] };
        if (this.channels[channel]?.is_member === false) return { ok: false, error: 'not_in_channel' };
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: this.nextTs() };
        const ts = method === 'chat.update' ? String(args.ts) : this.nextTs();
        const message: StoredMessage = { ts, text: args.text, blocks: args.blocks, bot_id: this.botId, user: this.botUserId, thread_ts: args.thread_ts };
        const list = this.history.get(channel) ?? [];
        if (method === 'chat.update') {
          const at = list.findIndex((m) => m.ts === ts);
          if (at < 0) return { ok: false, error: 'message_not_found' };
          list[at] = message;
        } else list.push(message);
        this.history.set(channel, list);
        return { ok: true, channel, ts, message };
      }
      case 'conversations.join': {
        const info = this.channels[channel];
        if (!info) return { ok: false, error: 'channel_not_found' };
        if (info.is_private) return { ok: false, error: 'method_not_supported_for_channel_type' };
        info.is_member = true;
        return { ok: true, channel: { id: channel, is_member: true } };
      }
      case 'conversations.info': {
        const info = this.channels[channel];
        if (!info) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id: channel, is_private: Boolean(info.is_private), is_member: info.is_member !== false } };
      }
      case 'conversations.history': {
        const info = this.channels[channel];
        if (info?.is_member === false) return { ok: false, error: info.is_private ? 'channel_not_found' : 'not_in_channel' };
        const limit = Number(args.limit ?? 100);
        return { ok: true, messages: [...(this.history.get(channel) ?? [])].reverse().slice(0, limit), has_more: false };
      }
      case 'chat.getPermalink':
        return { ok: true, channel, permalink: `https://test.slack.com/archives/${channel}/p${String(args.message_ts).replace('.', '')}` };
      case 'users.info': {
        const user = this.users[String(args.user)];
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: args.user, team_id: TEAM, is_admin: Boolean(user.is_admin), is_owner: Boolean(user.is_owner), is_bot: Boolean(user.is_bot) } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** What Slack's own validation would refuse in a message. */
  private checkMessage(args: Record<string, unknown>): string | undefined {
    const blocks = args.blocks as { type: string; text?: { text?: string } }[] | undefined;
    if (!blocks) return args.text ? undefined : 'no_text';
    if (blocks.length > 50) return 'must provide no more than 50 items [json-pointer:/blocks]';
    for (const [i, block] of blocks.entries()) {
      if (block.type === 'section' && (block.text?.text?.length ?? 0) > 3000) return `must be less than 3001 characters [json-pointer:/blocks/${i}/text/text]`;
      if (block.type === 'header' && (block.text?.text?.length ?? 0) > 150) return `must be less than 151 characters [json-pointer:/blocks/${i}/text/text]`;
    }
    return undefined;
  }

  private nextTs(): string {
    this.messageClock += 1;
    return `${this.messageClock}.000200`;
  }
}
