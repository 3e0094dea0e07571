/**
 * Discord's request signatures: Ed25519 over `timestamp + body`, checked with node:crypto (no
 * dependency). Discord sends bad signatures on purpose to test an endpoint; they must get a 401.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Requests signed longer ago (or further ahead) than this are refused as replays: 5 minutes. */
export const MAX_SKEW_SECONDS = 300;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The public key as node:crypto uses it, from the 64 hex characters the Developer Portal shows. */
export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new Error('Discord public key: expected 32 bytes (64 hex characters).');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** The signature headers of one request, as they arrived (either may be missing). */
export interface Signed {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/**
 * Whether `request` was signed by the key's owner within MAX_SKEW_SECONDS of `nowMs`. Anything
 * malformed (missing header, not hex, wrong length, not a number) is simply not verified.
 */
export function isSignedByDiscord(key: KeyObject, request: Signed, nowMs = Date.now()): boolean {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
}
