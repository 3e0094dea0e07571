/** Request bodies shaped like Slack's own (slash command form, Events API callback, block_actions). */

export const TEAM = 'T0TEST';
export const APP_ID = 'A0TEST';
export const VERIFICATION = 'verification-test';

export interface CommandFields {
  text: string;
  command?: string;
  /** The workspace the command was used in; default TEAM. */
  team?: string;
  user?: string;
  channel?: string;
  responseUrl: string;
}

/** What Slack sends for `/aleppo …`: every value a string, as in the URL-encoded form. */
export function commandPayload({ text, command = '/aleppo', user = 'U0ALICE', channel = 'C0GENERAL', responseUrl, team = TEAM }: CommandFields): Record<string, string> {
  return {
    token: VERIFICATION,
    team_id: team,
    team_domain: 'test',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: 'alice',
    command,
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  };
}

export interface MessageFields {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  edited?: { user: string; ts: string };
}

let clock = 1_700_000_000;
/** A fresh message timestamp, like Slack's "seconds.micros". */
export function nextTs(): string {
  clock += 1;
  return `${clock}.000100`;
}

export function mentionEvent({ text, user = 'U0ALICE', channel = 'C0GENERAL', ts = nextTs(), ...rest }: MessageFields) {
  return { type: 'app_mention', user, text, ts, channel, event_ts: ts, team: TEAM, ...rest };
}

export function dmEvent({ text, user = 'U0ALICE', channel = 'D0ALICE', ts = nextTs(), ...rest }: MessageFields) {
  return { type: 'message', channel_type: 'im', user, text, ts, channel, event_ts: ts, team: TEAM, ...rest };
}

export function eventCallback(event: Record<string, unknown>, eventId: string, botUserId: string) {
  return {
    token: VERIFICATION,
    team_id: TEAM,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: clock,
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export interface ActionFields {
  actionId: string;
  value?: string;
  user?: string;
  channel?: string;
  responseUrl: string;
  /** A click on an ephemeral message (the default), which Slack sends without the message. */
  ephemeral?: boolean;
  /** The message clicked on, as Slack sends it with a click on an ordinary message (ephemeral: false). */
  message?: { user?: string; bot_id?: string; app_id?: string; text?: string; blocks?: unknown[] };
  /** The clicker's workspace; default TEAM. */
  team?: string;
}

export function blockActions({ actionId, value, user = 'U0ALICE', channel = 'C0GENERAL', responseUrl, ephemeral = true, message, team = TEAM }: ActionFields) {
  const ts = nextTs();
  return {
    type: 'block_actions',
    user: { id: user, username: 'alice', name: 'alice', team_id: team },
    api_app_id: APP_ID,
    token: VERIFICATION,
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: ephemeral },
    ...(message ? { message: { type: 'message', ts, ...message } } : {}),
    trigger_id: `trigger-${ts}`,
    team: { id: team, domain: 'test' },
    channel: { id: channel, name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'actions',
        type: 'button',
        text: { type: 'plain_text', text: 'button' },
        ...(value === undefined ? {} : { value }),
        action_ts: ts,
      },
    ],
  };
}
