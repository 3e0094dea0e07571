/**
 * The side doors of operator actions, with the real Bolt app and the fake Slack: Confirm and
 * Cancel act only for an operator. Beside each refusal, the real operator's path still works.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { POST_ACTIONS } from '../../src/slack/render-post.js';
import type { Ack, FakeSlackOptions, ResponseCall } from '../fakes/slack/fake-slack.js';
import type { ActionFields } from '../fakes/slack/payloads.js';
import { startPostingBot, type PostingBot } from './harness.js';

const ADMIN = 'U0ADMIN';
const MEMBER = 'U0ALICE';
const NEWS = '<#C0NEWS123|news>';

const workspace = (): FakeSlackOptions => ({
  users: { [ADMIN]: { is_admin: true }, [MEMBER]: {} },
  channels: { C0NEWS123: { is_member: true } },
});

let bot: PostingBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

interface Element {
  action_id?: string;
  value?: string;
}
const buttons = (payload: Record<string, unknown> | undefined) =>
  ((payload?.blocks ?? []) as { type: string; elements?: Element[] }[]).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const valueOf = (ack: Ack, actionId: string) => buttons(ack.payload).find((e) => e.action_id === actionId)!.value!;

/** Clicks a button and resolves with the first response to that click. */
async function click(fields: Omit<ActionFields, 'responseUrl'>): Promise<{ url: string; first: ResponseCall }> {
  const { responseUrl } = await bot!.fake.action(fields);
  return { url: responseUrl, first: await bot!.fake.waitForResponse((r) => r.url === responseUrl) };
}

const responsesTo = (url: string) => bot!.fake.responses.filter((r) => r.url === url);

/** A private refusal under the click: the message it was on is left as it was. */
function expectRefused(response: ResponseCall, text: string) {
  expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  expect(JSON.stringify(response.body)).toContain(text);
}

describe('slack: Confirm and Cancel', () => {
  it('refuse Cancel to someone who may not post, leaving the preview', async () => {
    bot = await startPostingBot(undefined, workspace());
    const preview = await bot.fake.slashCommand(`post ${NEWS}`, { user: ADMIN });
    const { url, first } = await click({ actionId: POST_ACTIONS.cancel, value: valueOf(preview, POST_ACTIONS.cancel), user: MEMBER });
    expectRefused(first, 'Only workspace admins and owners');
    expect(responsesTo(url).some((r) => r.body.replace_original === true)).toBe(false);
    const own = await click({ actionId: POST_ACTIONS.cancel, value: 'cancel', user: ADMIN });
    expect(own.first.body).toEqual({ replace_original: true, text: 'Cancelled; nothing was posted.' });
  });
});
