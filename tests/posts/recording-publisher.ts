/**
 * A platform double for the posting core: a `Publisher` over in-memory channels. It records every
 * call, keeps what was "sent" so `findRecent` really searches, and can be told to refuse, throw or
 * hang, the way a real platform does.
 */
import type { ArticleCard } from '../../src/core/card.js';
import type { Checked, Platform, PostTarget, Publisher, SentMessage } from '../../src/posting/publisher.js';

export interface Call {
  method: 'resolve' | 'check' | 'send' | 'edit' | 'findRecent';
  channel: string;
}

interface Stored extends SentMessage {
  marker: string;
  card: ArticleCard;
}

type Method = Call['method'];

export class RecordingPublisher implements Publisher {
  readonly calls: Call[] = [];
  /** Messages per channel id, oldest first. */
  readonly channels = new Map<string, Stored[]>();
  private failures = new Map<Method, Error>();
  private gates = new Map<Method, Promise<void>>();
  private arrivals = new Map<Method, () => void>();
  private denied = new Map<string, string>();
  private foreign = new Map<string, string>();
  private nextId = 1;

  constructor(
    readonly platform: Platform = 'discord',
    readonly workspace = 'guild-1',
  ) {}

  target(channel: string, label = `#${channel}`): PostTarget {
    return { platform: this.platform, workspace: this.workspace, channel, label };
  }

  /** The next call of `method` rejects with `message` (once). */
  failNext(method: Method, message: string): void {
    this.failures.set(method, new Error(message));
  }

  /** Calls of `method` wait until `release()`; `reached` settles when the first such call arrives. */
  hold(method: Method): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrive!: () => void;
    const reached = new Promise<void>((resolve) => (arrive = resolve));
    this.gates.set(method, new Promise<void>((resolve) => (release = resolve)));
    this.arrivals.set(method, arrive);
    return {
      reached,
      release: () => {
        this.gates.delete(method);
        release();
      },
    };
  }

  /** Runs right after a message is stored, before `send` returns: e.g. to "crash" the bot there. */
  afterSend?: () => void;

  /** `check` refuses this channel with `reason`. */
  deny(channel: string, reason: string): void {
    this.denied.set(channel, reason);
  }

  /** `resolve` finds this channel in another server or workspace (the bot is in several). */
  elsewhere(channel: string, workspace: string): void {
    this.foreign.set(channel, workspace);
  }

  /** Puts a message in a channel as if an earlier run had sent it. */
  plant(channel: string, card: ArticleCard): SentMessage {
    return this.store(channel, card);
  }

  sent(channel?: string): Call[] {
    return this.calls.filter((c) => c.method === 'send' && (channel === undefined || c.channel === channel));
  }

  private async enter(method: Method, channel: string): Promise<void> {
    this.calls.push({ method, channel });
    this.arrivals.get(method)?.();
    await this.gates.get(method);
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private store(channel: string, card: ArticleCard): SentMessage {
    const messageId = String(this.nextId++);
    const message = { messageId, permalink: `https://chat.example/${channel}/${messageId}`, marker: card.marker, card };
    this.channels.set(channel, [...(this.channels.get(channel) ?? []), message]);
    return { messageId: message.messageId, permalink: message.permalink };
  }

  async resolve(channel: string): Promise<Checked<{ target: PostTarget }>> {
    await this.enter('resolve', channel);
    const id = channel.replace(/^<#|>$/g, '').replace(/^#/, '');
    if (id === 'missing') return { ok: false, reason: 'I cannot see that channel; invite me first.' };
    const workspace = this.foreign.get(id);
    return { ok: true, target: workspace ? { ...this.target(id), workspace } : this.target(id) };
  }

  async check(target: PostTarget): Promise<Checked> {
    await this.enter('check', target.channel);
    const reason = this.denied.get(target.channel);
    return reason ? { ok: false, reason } : { ok: true };
  }

  async send(target: PostTarget, card: ArticleCard): Promise<SentMessage> {
    await this.enter('send', target.channel);
    const sent = this.store(target.channel, card);
    this.afterSend?.();
    return sent;
  }

  async edit(target: PostTarget, messageId: string, card: ArticleCard): Promise<void> {
    await this.enter('edit', target.channel);
    const message = this.channels.get(target.channel)?.find((m) => m.messageId === messageId);
    if (!message) throw new Error(`Unknown message ${messageId}`);
    Object.assign(message, { card, marker: card.marker });
  }

  async findRecent(target: PostTarget, marker: string): Promise<SentMessage | undefined> {
    await this.enter('findRecent', target.channel);
    const found = [...(this.channels.get(target.channel) ?? [])].reverse().find((m) => m.marker === marker);
    return found && { messageId: found.messageId, permalink: found.permalink! };
  }
}
