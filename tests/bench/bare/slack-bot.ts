/**
 * The bare Slack control bot, run as its own process by the bench: a plain Bolt app with one
 * command listener that answers inside the acknowledgement (as ours does) with the same fixed
 * reply. Socket Mode with SLACK_APP_TOKEN, else HTTP mode on a free port of 127.0.0.1 with
 * SLACK_SIGNING_SECRET. Prints "ready" (and the HTTP address) on stderr; SIGTERM stops it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { SLACK_REPLY } from './replies.js';

const { SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL } = process.env;
const clientOptions = { slackApiUrl: SLACK_API_URL! };
const app = SLACK_APP_TOKEN
  ? new App({ token: SLACK_BOT_TOKEN!, appToken: SLACK_APP_TOKEN, socketMode: true, logLevel: LogLevel.ERROR, clientOptions, installerOptions: { clientOptions } })
  : new App({ token: SLACK_BOT_TOKEN!, signingSecret: SLACK_SIGNING_SECRET!, logLevel: LogLevel.ERROR, clientOptions });
app.command('/aleppo', async ({ ack }) => ack(SLACK_REPLY));
process.once('SIGTERM', () => void app.stop().finally(() => process.exit(0)));
if (SLACK_APP_TOKEN) {
  await app.start();
  process.stderr.write('bare Bolt: ready in Socket Mode\n');
} else {
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  process.stderr.write(`bare Bolt: ready at http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events\n`);
}
