/**
 * Bot instances in Discord HTTP interactions mode (the real web server and endpoint, REST against
 * the fake Discord), a signer for their requests, and a round-robin TCP forwarder in front of them.
 * Shared by tests/discord/http-interactions.test.ts and the HTTP bench.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { request } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { CommandContext } from '../../commands/types.js';
import { INTERACTIONS_PATH } from '../../src/adapters/discord/http/endpoint.js';
import { startDiscordHttp, type RunningDiscordHttp } from '../../src/adapters/discord/http/start.js';
import { createHealth, type Health } from '../../src/runtime/health.js';
import { createMetrics } from '../../src/runtime/metrics.js';
import { createPosting, type Posting } from '../../src/posting/posting.js';
import type { Ledger } from '../../src/posting/ledger.js';
import { createWebServer, type WebServer } from '../../src/web/server.js';
import type { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FAKE } from '../fakes/discord/objects.js';

/** A test key pair; `publicHex` is what DISCORD_PUBLIC_KEY holds (the raw 32 bytes in hex). */
export interface TestKeys {
  privateKey: KeyObject;
  publicHex: string;
}

export function testKeys(): TestKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x!, 'base64url').toString('hex') };
}

/** Discord's signature headers for `body` at `timestamp` (seconds). */
export function signed(keys: TestKeys, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`), keys.privateKey).toString('hex');
  return { 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': String(timestamp) };
}

export interface HttpAnswer {
  status: number;
  body: string;
  /** The body as JSON, or undefined when it is not. */
  json: any;
}

/** POSTs `body` to `port`'s endpoint on a fresh connection (so a forwarder can spread them). */
export function postInteraction(port: number, body: string, headers: Record<string, string>, timeoutMs = 10_000): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: INTERACTIONS_PATH, method: 'POST', agent: false, timeout: timeoutMs, headers: { 'Content-Type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, body: text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

export interface HttpInstance {
  web: WebServer;
  port: number;
  health: Health;
  bot: RunningDiscordHttp;
  posting: Posting;
  logs: string[];
  stop(): Promise<void>;
}

/** One bot instance: web server on 127.0.0.1:0 with the endpoint mounted, posting over `ledger`. */
export async function startHttpInstance(fake: FakeDiscord, keys: TestKeys, ctx: CommandContext, ledger: Ledger, options: { deferAfterMs?: number } = {}): Promise<HttpInstance> {
  const health = createHealth();
  const metrics = createMetrics();
  const web = createWebServer({ engine: ctx.engine, config: { commandName: 'aleppo' }, health, metrics });
  const address = await web.listen(0, '127.0.0.1');
  const logs: string[] = [];
  let postingReady!: (posting: Posting) => void;
  const ready = new Promise<Posting>((resolve) => (postingReady = resolve));
  try {
    const bot = await startDiscordHttp(
      { token: FAKE.token, appId: FAKE.appId, apiUrl: fake.apiUrl, publicKey: keys.publicHex },
      ctx,
      {
        log: (line) => logs.push(line),
        mount: web.mount,
        posting: ready.then((p) => p.forPlatform('discord')),
        reporting: { health, metrics, observer: { reply: () => {}, connection: () => {} } },
        ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
      },
    );
    const posting = createPosting({ ledger, publishers: [bot.publisher], engine: ctx.engine });
    postingReady(posting);
    return {
      web,
      port: address.port,
      health,
      bot,
      posting,
      logs,
      async stop() {
        await bot.stop();
        await web.close();
      },
    };
  } catch (error) {
    await web.close();
    throw error;
  }
}

/** A round-robin TCP forwarder on 127.0.0.1: each new connection goes to the next backend. */
export interface Forwarder {
  port: number;
  /** Connections sent to each backend, in order. */
  counts: number[];
  close(): Promise<void>;
}

export async function startForwarder(backends: readonly number[]): Promise<Forwarder> {
  const counts = backends.map(() => 0);
  const sockets = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((client) => {
    const i = next++ % backends.length;
    counts[i]! += 1;
    const upstream = connect(backends[i]!, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
