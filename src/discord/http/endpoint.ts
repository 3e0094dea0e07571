/**
 * Discord's Interactions Endpoint as a request listener for the bot's web server: reads the raw
 * body, checks its Ed25519 signature and age (401 otherwise: Discord probes with bad ones), answers
 * PING with PONG, and hands anything else to `handle` with a turn whose first answer is the HTTP
 * response.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import type { Log } from '../respond.js';
import { describeError } from '../errors.js';
import type { ApiMessage, HttpTurn } from './respond.js';
import { isSignedByDiscord } from './verify.js';

/** Where the endpoint is mounted; the Developer Portal's Interactions Endpoint URL ends with it. */
export const INTERACTIONS_PATH = '/discord/interactions';

/** Interaction payloads are small; anything larger than this is refused unread (413). 1 MiB. */
export const MAX_BODY_BYTES = 1 << 20;

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

/** The body as bytes (the signature covers them exactly), or undefined when it exceeds `limit`. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function interactionsEndpoint({ publicKey, webhook, handle, log, now = Date.now }: EndpointOptions): RequestListener {
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed: Discord POSTs interactions here.\n', { Allow: 'POST' });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body) return sendText(res, 413, 'Request body too large.\n', { Connection: 'close' });
    const signed = { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp'), body };
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
