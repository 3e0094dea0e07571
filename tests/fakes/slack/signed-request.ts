/**
 * Requests as Slack sends them to an app in HTTP mode: `X-Slack-Signature` is `v0=` and the
 * HMAC-SHA256 of `v0:timestamp:body` with the signing secret; `X-Slack-Request-Timestamp` is in
 * seconds. Commands and actions are `application/x-www-form-urlencoded` (exactly; Bolt answers
 * 400 otherwise), events are JSON.
 */
import { createHmac } from 'node:crypto';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  secret: string;
  /** Seconds; default now. Older than 5 minutes is stale. */
  timestamp?: number;
  /** Replaces the computed signature (a bad one). */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface PostResult {
  status: number;
  body: string;
  json(): Record<string, unknown>;
}

export async function signedPost(url: string, body: string, options: SignedPost): Promise<PostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** A form body from string fields. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** An interactive payload as Slack posts it: form-encoded, one `payload` field holding JSON. */
export function payloadForm(payload: unknown): string {
  return form({ payload: JSON.stringify(payload) });
}
