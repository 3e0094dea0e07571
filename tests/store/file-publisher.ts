/**
 * A recording publisher several processes share: every send is one JSON line appended to a file
 * (appends of one small line are atomic), and `findRecent` reads that file, as a platform's
 * channel history would show a message whoever sent it. Each send takes `sendMs`, so a second
 * process racing the first is still deciding while the first is sending.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { ArticleCard } from '../../src/core/card.js';
import type { Checked, PostTarget, Publisher, SentMessage } from '../../src/posting/publisher.js';

export interface FileSend {
  channel: string;
  marker: string;
  messageId: string;
  pid: number;
}

export function readSends(file: string): FileSend[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as FileSend);
}

export class FilePublisher implements Publisher {
  readonly platform = 'discord' as const;
  private sent = 0;

  constructor(
    private readonly file: string,
    private readonly sendMs = 300,
  ) {}

  target(channel: string): PostTarget {
    return { platform: 'discord', workspace: 'guild-1', channel, label: `#${channel}` };
  }

  async resolve(channel: string): Promise<Checked<{ target: PostTarget }>> {
    return { ok: true, target: this.target(channel) };
  }

  async check(): Promise<Checked> {
    return { ok: true };
  }

  async send(target: PostTarget, card: ArticleCard): Promise<SentMessage> {
    await new Promise((resolve) => setTimeout(resolve, this.sendMs));
    const messageId = `${process.pid}-${++this.sent}`;
    const line: FileSend = { channel: target.channel, marker: card.marker, messageId, pid: process.pid };
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
    return { messageId };
  }

  async edit(): Promise<void> {
    throw new Error('not used by the cross-process tests');
  }

  async findRecent(target: PostTarget, marker: string): Promise<SentMessage | undefined> {
    const found = readSends(this.file).reverse().find((s) => s.channel === target.channel && s.marker === marker);
    return found && { messageId: found.messageId };
  }
}
