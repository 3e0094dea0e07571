/**
 * The fake gateway: HELLO (op 10), IDENTIFY (op 2) → READY + GUILD_CREATE, heartbeat (op 1) → ACK
 * (op 11), RECONNECT (op 7) and drops, RESUME (op 6) → missed events replayed + RESUMED. Events
 * dispatched while a session has no socket are kept and replayed when it resumes, as Discord does.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOT_USER, FAKE, guildObject, type FakeChannel } from './objects.js';

export interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  events: GatewayPayload[];
  socket?: WebSocket;
}

/** Keep this many dispatched events per session for replay on resume. */
const REPLAY_WINDOW = 5000;

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  guilds: readonly { id: string; channels: readonly FakeChannel[] }[];
  resumeUrl: () => string;
}

export class FakeGateway extends EventEmitter {
  readonly wss: WebSocketServer;
  /** Every payload a client sent, in order. */
  readonly received: GatewayPayload[] = [];
  private readonly sessions = new Map<string, Session>();
  private sessionCount = 0;
  /** While set, RESUMEs wait here unanswered (see holdResumes). */
  private heldResumes: (() => void)[] | undefined;

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    super();
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket: WebSocket, request: IncomingMessage) => this.open(socket, request));
  }

  private send(socket: WebSocket, payload: GatewayPayload): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  private open(socket: WebSocket, request: IncomingMessage): void {
    this.emit('connection', request.url);
    this.send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    let session: Session | undefined;
    socket.on('message', (raw) => {
      let payload: GatewayPayload;
      try {
        payload = JSON.parse(String(raw)) as GatewayPayload;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      this.received.push(payload);
      this.emit('payload', payload);
      switch (payload.op) {
        case 1:
          this.send(socket, { op: 11 });
          break;
        case 2:
          session = this.identify(socket, payload.d as { token: string; shard?: [number, number] });
          break;
        case 6: {
          const resume = () => {
            session = this.resume(socket, payload.d as { token: string; session_id: string; seq: number });
          };
          if (this.heldResumes) this.heldResumes.push(resume);
          else resume();
          break;
        }
        default:
          break; // presence updates, member requests: nothing to do here
      }
    });
    socket.on('close', (code) => {
      if (!session || session.socket !== socket) return;
      delete session.socket;
      // A client that closes with 1000/1001 ends its session (Discord will not let it resume).
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    });
  }

  private guildsOf(shard: [number, number]) {
    return this.options.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0]);
  }

  private identify(socket: WebSocket, d: { token: string; shard?: [number, number] }): Session | undefined {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return undefined;
    }
    const shard = d.shard ?? [0, 1];
    const session: Session = { id: `fake-session-${++this.sessionCount}`, shard, seq: 0, events: [], socket };
    this.sessions.set(session.id, session);
    const guilds = this.guildsOf(shard);
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.resumeUrl(),
      shard,
      application: { id: FAKE.appId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    });
    for (const guild of guilds) this.dispatchTo(session, 'GUILD_CREATE', guildObject(guild.id, guild.channels));
    this.emit('identified', session.id, shard);
    return session;
  }

  private resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): Session | undefined {
    const session = this.sessions.get(d.session_id);
    if (d.token !== this.options.token || !session) {
      this.send(socket, { op: 9, d: false });
      return undefined;
    }
    session.socket = socket;
    for (const event of session.events) if ((event.s ?? 0) > d.seq) this.send(socket, event);
    this.dispatchTo(session, 'RESUMED', {});
    this.emit('resumed', session.id);
    return session;
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const payload: GatewayPayload = { op: 0, t, s: ++session.seq, d };
    session.events.push(payload);
    if (session.events.length > REPLAY_WINDOW) session.events.shift();
    if (session.socket) this.send(session.socket, payload);
  }

  /** Sends a dispatch to the session serving `guildId` (DMs go to shard 0), live or on resume. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const serving = [...this.sessions.values()].filter((s) =>
      guildId === undefined ? s.shard[0] === 0 : Number((BigInt(guildId) >> 22n) % BigInt(s.shard[1])) === s.shard[0],
    );
    // A connected session first; else the newest, which will get the event when it resumes.
    const target = serving.find((s) => s.socket) ?? serving.at(-1);
    if (!target) throw new Error(`fake gateway: no session to deliver ${t} to; is the client logged in?`);
    this.dispatchTo(target, t, d);
  }

  /**
   * Sends a dispatch to the named sessions, each as its own delivery (as Discord does when several
   * clients identify with the same shard: every session gets the event). Throws for an unknown id.
   */
  dispatchToSessions(sessionIds: readonly string[], t: string, d: unknown): void {
    const targets = sessionIds.map((id) => {
      const session = this.sessions.get(id);
      if (!session) throw new Error(`fake gateway: no session ${id}`);
      return session;
    });
    for (const session of targets) this.dispatchTo(session, t, d);
  }

  /** Sessions currently identified, one per shard. */
  get sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  /** Sessions with an open connection now, oldest first (several clients may share a shard). */
  get liveSessionIds(): string[] {
    return [...this.sessions.values()].filter((s) => s.socket && s.socket.readyState === s.socket.OPEN).map((s) => s.id);
  }

  /** Tells every client to reconnect (op 7); they come back with RESUME. */
  requestReconnect(): void {
    for (const socket of this.wss.clients) this.send(socket, { op: 7, d: null });
  }

  /**
   * Leaves RESUMEs unanswered until the returned function is called, which answers them: a client
   * that lost its connection stays without one for as long as a test needs to look at it.
   */
  holdResumes(): () => void {
    const held: (() => void)[] = [];
    this.heldResumes = held;
    return () => {
      if (this.heldResumes === held) this.heldResumes = undefined;
      for (const resume of held.splice(0)) resume();
    };
  }

  /** Closes every connection with a resumable close code, as when Discord's edge goes away. */
  drop(code = 4000): void {
    for (const socket of this.wss.clients) socket.close(code, 'Fake gateway dropped the connection');
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
