/**
 * Discord's Interactions Endpoint as a request listener for the bot's web server: takes the raw
 * body the server read within its cap (`req.rawBody`), checks its Ed25519 signature and age (401
 * otherwise: Discord probes with bad ones), answers PING with PONG, and hands anything else to
 * `handle` with a turn whose first answer is the HTTP response. `screenInteraction` refuses a
 * request without a POST or without the signature headers before any of its body is read.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../../web/limits.js';
import { readBody } from '../../../web/body.js';
import type { ReadRequest, Screen } from '../../../web/server.js';
import type { Log } from '../respond.js';
import { describeError } from '../errors.js';
import type { ApiMessage, HttpTurn } from './respond.js';
import { isSignedByDiscord } from './verify.js';

/** Where the endpoint is mounted; the Developer Portal's Interactions Endpoint URL ends with it. */
export const INTERACTIONS_PATH = '/discord/interactions';

/** The interaction's webhook, for what follows the first response. */
export interface Webhook {
  editOriginal(payload: APIInteraction, body: ApiMessage): Promise<void>;
  followUp(payload: APIInteraction, body: ApiMessage): Promise<void>;
}

export interface EndpointOptions {
  publicKey: KeyObject;
  webhook: Webhook;
  /** Answers one interaction through its turn; should not throw (a throw becomes a 500). */
  handle(payload: APIInteraction, turn: HttpTurn): Promise<void>;
  log: Log;
  /** The clock signatures are dated against, in ms (tests). Default Date.now. */
  now?: () => number;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' }).end(text);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers }).end(text);
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const SIGNATURE = 'x-signature-ed25519';
const TIMESTAMP = 'x-signature-timestamp';

/** Refuses from the headers alone what could never verify: not a POST, or unsigned (the web server's `mount` screen). */
export const screenInteraction: Screen = (req) => {
  if (req.method !== 'POST') return { status: 405, text: 'Method not allowed: Discord POSTs interactions here.\n', headers: { Allow: 'POST' } };
  if (!header(req, SIGNATURE) || !header(req, TIMESTAMP)) return { status: 401, text: 'invalid request signature\n' };
  return undefined;
};

/**
 * The body as bytes (the signature covers them exactly): the web server's capped `req.rawBody`
 * when it read it, else read here within the same default cap; undefined when it exceeds the cap.
 */
async function bodyOf(req: ReadRequest): Promise<Buffer | undefined> {
  if (Buffer.isBuffer(req.rawBody)) return req.rawBody;
  const read = await readBody(req, DEFAULT_MAX_BODY_BYTES);
  return read.ok ? read.body : undefined;
}

export function interactionsEndpoint({ publicKey, webhook, handle, log, now = Date.now }: EndpointOptions): RequestListener {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed: Discord POSTs interactions here.\n', { Allow: 'POST' });
    const body = await bodyOf(req);
    if (!body) return sendText(res, 413, 'Request body too large.\n', { Connection: 'close' });
    const signed = { signature: header(req, SIGNATURE), timestamp: header(req, TIMESTAMP), body };
    if (!isSignedByDiscord(publicKey, signed, now())) return sendText(res, 401, 'invalid request signature\n');
    let payload: APIInteraction | { type: InteractionType.Ping };
    try {
      payload = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return sendText(res, 400, 'The body is not JSON.\n');
    }
    if (payload.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
    const interaction = payload;
    let answered = false;
    const turn: HttpTurn = {
      answer(response: APIInteractionResponse) {
        if (answered) return;
        answered = true;
        sendJson(res, 200, response);
      },
      get answered() {
        return answered;
      },
      editOriginal: (message) => webhook.editOriginal(interaction, message),
      followUp: (message) => webhook.followUp(interaction, message),
    };
    await handle(interaction, turn);
    if (!answered) {
      log(`discord: interaction type ${interaction.type} got no answer over HTTP`, 'error');
      sendText(res, 500, 'No answer.\n');
    }
  }
  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      log(`discord: the interactions endpoint failed: ${describeError(error)}`, 'error');
      if (!res.headersSent) sendText(res, 500, 'Internal error.\n');
      else res.destroy();
    });
  };
}
