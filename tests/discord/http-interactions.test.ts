/**
 * Discord over HTTP: the real web server and endpoint on 127.0.0.1, signed with a test Ed25519 key
 * pair, answering with the gateway's logic and renderers; posting and webhooks against the fake
 * Discord's REST; two instances behind a round-robin forwarder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmId, POST_CANCEL } from '../../src/adapters/discord/render-post.js';
import { CANNOT_SHARE } from '../../src/core/reply.js';
import { countingCommand } from '../helpers/counting-command.js';
import { NOT_OPERATOR } from '../../src/adapters/discord/operators.js';
import { NOT_THIS_SERVER } from '../../commands/post.js';
import { IN_MEMORY, openSqliteStore } from '../../src/store/sqlite.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { autocomplete, button, chatInput, type Asker, type InteractionPayload } from '../fakes/discord/interactions.js';
import { FAKE, PERMISSIONS, user } from '../fakes/discord/objects.js';
import { articleContext, slowCommand } from './article.js';
import { postInteraction, signed, startForwarder, startHttpInstance, testKeys, type HttpInstance } from './http-harness.js';

const NEWS = '333333333333333334';
/** A channel of the other server the bot is in. */
const ELSEWHERE = '333333333333333999';
const operator: Asker = { permissions: PERMISSIONS.manager, userId: '999999999999999999', username: 'editor' };
const keys = testKeys();

let fake: FakeDiscord;
let store: ReturnType<typeof openSqliteStore>;
let one: HttpInstance;
let two: HttpInstance;

beforeAll(async () => {
  fake = await FakeDiscord.start({ channels: [{ id: FAKE.channelId, name: 'general' }, { id: NEWS, name: 'news' }], otherGuild: [{ id: ELSEWHERE, name: 'elsewhere' }] });
  store = openSqliteStore(IN_MEMORY);
  const ctx = await articleContext();
  one = await startHttpInstance(fake, keys, ctx, store.ledger);
  two = await startHttpInstance(fake, keys, ctx, store.ledger);
});
afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await store?.close();
  await fake?.close();
});

/** Sends a signed interaction to `port` (instance one by default); the fake knows its token. */
async function send(payload: InteractionPayload | { type: 1 }, port = one.port) {
  if ('token' in payload) fake.expect(payload);
  const body = JSON.stringify(payload);
  return postInteraction(port, body, signed(keys, body));
}

const command = (subcommand: string, options: Record<string, string | boolean> = {}, asker: Asker = {}, channels?: Record<string, { name: string }>) =>
  chatInput({ command: 'aleppo', subcommand, options, ...(channels ? { channels } : {}) }, asker);

/** The message a command finally shows: the response's data, or the webhook edit after a deferral. */
async function shown(payload: InteractionPayload, answer: { json: any }) {
  if (answer.json.type !== 5 && answer.json.type !== 6) return answer.json.data;
  const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`/webhooks/${FAKE.appId}/${payload.token}/messages/@original`));
  return edit.body;
}

describe('discord over HTTP: signatures', () => {
  it('answers PING with PONG when signed', async () => {
    const answer = await send({ type: 1 });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ type: 1 });
  });

  it('refuses a bad signature with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const headers = signed(keys, body);
    const flipped = (headers['X-Signature-Ed25519']!.startsWith('0') ? '1' : '0') + headers['X-Signature-Ed25519']!.slice(1);
    expect((await postInteraction(one.port, body, { ...headers, 'X-Signature-Ed25519': flipped })).status).toBe(401);
    // Signed by another key, or over another body.
    expect((await postInteraction(one.port, body, signed(testKeys(), body))).status).toBe(401);
    expect((await postInteraction(one.port, JSON.stringify({ type: 2 }), headers)).status).toBe(401);
  });

  it('refuses a missing signature or timestamp with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const { 'X-Signature-Timestamp': timestamp, 'X-Signature-Ed25519': signature } = signed(keys, body);
    expect((await postInteraction(one.port, body, {})).status).toBe(401);
    expect((await postInteraction(one.port, body, { 'X-Signature-Timestamp': timestamp! })).status).toBe(401);
    expect((await postInteraction(one.port, body, { 'X-Signature-Ed25519': signature! })).status).toBe(401);
  });

  it('refuses a signature older than 5 minutes with 401, and takes one just inside', async () => {
    const body = JSON.stringify({ type: 1 });
    const now = Math.floor(Date.now() / 1000);
    expect((await postInteraction(one.port, body, signed(keys, body, now - 301))).status).toBe(401);
    expect((await postInteraction(one.port, body, signed(keys, body, now - 290))).status).toBe(200);
  });
});

describe('discord over HTTP: subcommands and buttons', () => {
  it('answers summary privately in the response, with a Share button and no mentions', async () => {
    const payload = command('summary');
    const answer = await send(payload);
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe(4);
    expect(answer.json.data.flags).toBe(64);
    expect(answer.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(answer.json.data.embeds[0].description.length).toBeGreaterThan(50);
    expect(JSON.stringify(answer.json.data.components)).toContain('"custom_id":"share"');
  });

  it('answers quote with the speaker\'s words, and ask with cited sentences', async () => {
    const quote = await send(command('quote', { speaker: 'Egeland' }));
    expect(quote.json.type).toBe(4);
    expect(JSON.stringify(quote.json.data.embeds)).toMatch(/Egeland/);
    const ask = await send(command('ask', { question: 'how many people are trapped in Aleppo?' }));
    expect(ask.json.type).toBe(4);
    expect(ask.json.data.embeds[0].footer.text).toMatch(/Paragraph/);
  });

  it('answers share and help, and public:True without the private flag', async () => {
    const share = await send(command('share'));
    expect(share.json.type).toBe(4);
    const help = await send(command('help'));
    expect(JSON.stringify(help.json.data.embeds)).toMatch(/summary/);
    const open = await send(command('summary', { public: true }));
    expect(open.json.data.flags).toBeUndefined();
    expect(open.json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers autocomplete with at most 25 choices', async () => {
    const answer = await send(autocomplete({ command: 'aleppo', subcommand: 'quote', options: { speaker: 'ege' }, focused: 'speaker' }));
    expect(answer.json).toEqual({ type: 8, data: { choices: [{ name: 'Jan Egeland (UN humanitarian adviser)', value: 'Jan Egeland' }] } });
    const questions = await send(autocomplete({ command: 'aleppo', subcommand: 'ask', options: { question: '' }, focused: 'question' }));
    expect(questions.json.data.choices.length).toBeGreaterThan(0);
    expect(questions.json.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('shares a private answer to the channel with the Share button, naming who shared it', async () => {
    const asked = await send(command('summary'));
    const message = { id: '777777777777777777', channel_id: FAKE.channelId, flags: 64, ...asked.json.data };
    const answer = await send(button('share', message as never, { userId: '888888888888888888' }));
    expect(answer.json.type).toBe(4);
    expect(answer.json.data.flags).toBeUndefined();
    expect(answer.json.data.content).toContain('<@888888888888888888>');
    expect(answer.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(answer.json.data.embeds).toEqual(asked.json.data.embeds);
  });

  it('refuses post to a member without Manage Server', async () => {
    const answer = await send(command('post', { channel: NEWS }, {}, { channel: { name: 'news' } }));
    expect(answer.json.data.flags).toBe(64);
    expect(JSON.stringify(answer.json.data)).toContain(NOT_OPERATOR);
  });

  it('refuses a channel from another server the bot is in', async () => {
    const payload = command('post', { channel: ELSEWHERE }, operator, { channel: { name: 'elsewhere' } });
    const shownMessage = await shown(payload, await send(payload));
    expect(JSON.stringify(shownMessage)).toContain(NOT_THIS_SERVER);
    expect(JSON.stringify(shownMessage)).not.toContain('post:confirm');
  });

  it('previews post for an operator and posts the card once on Confirm, through the fake REST', async () => {
    const payload = command('post', { channel: NEWS }, operator, { channel: { name: 'news' } });
    const preview = await shown(payload, await send(payload));
    const confirm = JSON.stringify(preview.components).match(/"custom_id":"(post:confirm[^"]*)"/)?.[1];
    expect(confirm).toBeDefined();
    const onPreview = { id: '777777777777777778', channel_id: FAKE.channelId, flags: 64, ...preview };
    const pressed = button(confirm!, onPreview as never, operator);
    const result = await shown(pressed, await send(pressed, two.port));
    expect(JSON.stringify(result)).toMatch(/Posted|posted/);
    const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages` && r.status === 200);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.body.allowed_mentions).toEqual({ parse: [] });
    // A second Confirm, on the other instance: already posted, nothing sent.
    const again = button(confirm!, onPreview as never, operator);
    const second = await shown(again, await send(again, one.port));
    expect(JSON.stringify(second)).toMatch(/already/i);
    expect(posts()).toHaveLength(1);
  });

  it('replaces the preview on Cancel', async () => {
    const message = { id: '777777777777777779', channel_id: FAKE.channelId, flags: 64, embeds: [], components: [] };
    const answer = await send(button(POST_CANCEL, message as never, operator));
    expect(answer.json.type).toBe(7);
    expect(JSON.stringify(answer.json.data)).toMatch(/[Nn]othing was posted|[Cc]ancel/);
  });

  it('defers a slow answer and edits it in through the webhook', async () => {
    const store2 = openSqliteStore(IN_MEMORY);
    const ctx = await articleContext();
    
    const slow = await startHttpInstance(fake, keys, { ...ctx, commands: [...ctx.commands, slowCommand()] }, store2.ledger, { deferAfterMs: 50 });
    try {
      const payload = command('slow');
      const answer = await send(payload, slow.port);
      expect(answer.json).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await shown(payload, answer);
      expect(edit.embeds[0].title).toBe('Slow answer');
      expect(edit.allowed_mentions).toEqual({ parse: [] });
    } finally {
      await slow.stop();
      await store2.close();
    }
  });

  it('reports the HTTP adapter as connected once mounted', () => {
    expect(one.health.connected()).toContain('discord');
  });
});

describe('discord over HTTP: the same checks as the gateway', () => {
  const someone = user('555555555555555556', 'someone');

  it('shares only the bot\'s own answer that offers a Share button', async () => {
    const asked = await send(command('summary'));
    const message = { id: '777777777777777780', channel_id: FAKE.channelId, flags: 64, ...asked.json.data };
    const theirs = await send(button('share', message as never, {}, someone as never));
    expect(theirs.json.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    const noShare = await send(button('share', { ...message, components: [] } as never));
    expect(noShare.json.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
  });

  it('acts on Confirm and Cancel only on the bot\'s own private preview, for an operator of this server', async () => {
    const confirm = confirmId(NEWS, false);
    const preview = { id: '777777777777777781', channel_id: FAKE.channelId, flags: 64, embeds: [], components: [] };
    const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`).length;
    const before = posts();
    // Someone else's message, or one the whole channel sees.
    expect((await send(button(confirm, preview as never, operator, someone as never))).json.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    expect((await send(button(POST_CANCEL, { ...preview, flags: 0 } as never, operator))).json.data).toMatchObject({ content: CANNOT_SHARE, flags: 64 });
    // A member without Manage Server, on Confirm and on Cancel alike.
    expect(JSON.stringify((await send(button(confirm, preview as never))).json.data)).toContain(NOT_OPERATOR);
    expect(JSON.stringify((await send(button(POST_CANCEL, preview as never))).json.data)).toContain(NOT_OPERATOR);
    // An operator of another server, on a Confirm naming this server's channel.
    const elsewhere = button(confirm, preview as never, { ...operator, guildId: FAKE.otherGuildId });
    expect(JSON.stringify(await shown(elsewhere, await send(elsewhere)))).toContain(NOT_THIS_SERVER);
    expect(posts()).toBe(before);
  });

  it('answers a repeated member command from memory, and runs operator commands every time', async () => {
    const store2 = openSqliteStore(IN_MEMORY);
    const member = countingCommand('summary');
    const status = countingCommand('status', true);
    const kept = await startHttpInstance(fake, keys, { ...(await articleContext()), commands: [member, status] }, store2.ledger);
    try {
      const first = await send(command('summary'), kept.port);
      expect((await send(command('summary'), kept.port)).json).toEqual(first.json);
      expect(member.runs).toBe(1);
      for (let i = 0; i < 2; i++) await send(command('status', {}, operator), kept.port);
      expect(status.runs).toBe(2);
    } finally {
      await kept.stop();
      await store2.close();
    }
  });

  it('refuses a body over the web server\'s cap with 413, unread', async () => {
    const body = JSON.stringify({ type: 1, pad: 'x'.repeat(1024 * 1024 + 10) });
    const answer = await postInteraction(one.port, body, signed(keys, body)).catch(() => ({ status: 413 }));
    expect(answer.status).toBe(413);
  });
});

describe('discord over HTTP: several instances', () => {
  it('two instances behind a round-robin forwarder both answer', async () => {
    const forwarder = await startForwarder([one.port, two.port]);
    try {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await send(command('summary'), forwarder.port));
      expect(answers.every((a) => a.status === 200 && a.json.type === 4)).toBe(true);
      expect(forwarder.counts).toEqual([3, 3]);
    } finally {
      await forwarder.close();
    }
  });
});
