/** The posts table's row as both back ends return it, and its mapping to a `PostRecord`. */
import type { PostRecord, PostState } from '../posting/ledger.js';
import type { Platform } from '../posting/publisher.js';

export interface PostRow {
  platform: Platform;
  workspace: string;
  channel: string;
  content_hash: string;
  label: string;
  state: PostState;
  message_id: string | null;
  permalink: string | null;
  requested_by: string;
  created_at: string;
  updated_at: string;
  attempted_at: string | null;
  error: string | null;
  edited_to: string | null;
  claimed_by: string | null;
  claim_expires_at: string | null;
}

/** Columns a copied row carries, in this order (claims are not copied: they belong to a process). */
export const COPIED_COLUMNS = [
  'platform', 'workspace', 'channel', 'content_hash', 'label', 'state', 'message_id', 'permalink',
  'requested_by', 'error', 'attempted_at', 'created_at', 'updated_at', 'edited_to',
] as const;

export function copiedValues(r: PostRecord): (string | null)[] {
  return [
    r.platform, r.workspace, r.channel, r.contentHash, r.label, r.state, r.messageId ?? null, r.permalink ?? null,
    r.requestedBy, r.error ?? null, r.attemptedAt ?? null, r.createdAt, r.updatedAt, r.editedTo ?? null,
  ];
}

const optional = <K extends string>(name: K, value: string | null) => (value !== null ? { [name]: value } : {}) as Partial<Record<K, string>>;

export function toRecord(row: PostRow): PostRecord {
  return {
    platform: row.platform,
    workspace: row.workspace,
    channel: row.channel,
    contentHash: row.content_hash,
    label: row.label,
    state: row.state,
    ...optional('messageId', row.message_id),
    ...optional('permalink', row.permalink),
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...optional('attemptedAt', row.attempted_at),
    ...optional('error', row.error),
    ...optional('editedTo', row.edited_to),
    ...optional('claimedBy', row.claimed_by),
    ...optional('claimExpiresAt', row.claim_expires_at),
  };
}
