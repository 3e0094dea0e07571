/**
 * The fixed replies the bare control bots send: the size and shape of a real answer (a title, a
 * ~450-character cited paragraph, a footer, a link button and a Share button), about 800
 * characters as JSON, written out here rather than made by our renderers, so a bare bot runs
 * none of our code. The bench prints these sizes beside the average of our own replies.
 */

const TITLE = 'Syrian Ceasefire Breaks Down At Aleppo';
const TEXT =
  'The Syrian ceasefire is breaking down in Aleppo, as the deal brokered by Russia and the United States shows signs of strain. ' +
  'The breakdown threatens a planned United Nations effort to provide aid to Syria’s largest city, where upwards of 250,000 ' +
  'people are trapped by the hostilities. Aid convoys are still waiting at the Turkish border for the roads to open.';
const FOOTER = 'Paragraphs 1, 2, 10 · Source: Inquisitr';
const URL = 'https://example.org/aleppo';

/** A Discord interaction reply: one embed and a row with a link button and a Share button, private. */
export const DISCORD_REPLY = {
  embeds: [{ title: TITLE, url: URL, color: 0x2b6cb0, description: TEXT, footer: { text: FOOTER } }],
  components: [
    {
      type: 1,
      components: [
        { type: 2, style: 5, label: 'Read the article', url: URL },
        { type: 2, style: 2, label: 'Share to channel', custom_id: 'share' },
      ],
    },
  ],
  allowedMentions: { parse: [] as [] },
  flags: 64, // ephemeral, as our answers are
};

/** A Slack slash-command response: header, section, context and actions blocks, private. */
export const SLACK_REPLY = {
  response_type: 'ephemeral' as const,
  text: TITLE,
  blocks: [
    { type: 'header', text: { type: 'plain_text', text: TITLE } },
    { type: 'section', text: { type: 'mrkdwn', text: TEXT } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: FOOTER }] },
    {
      type: 'actions',
      elements: [
        { type: 'button', text: { type: 'plain_text', text: 'Read the article' }, action_id: 'open_article', url: URL },
        { type: 'button', text: { type: 'plain_text', text: 'Share to channel' }, action_id: 'share_to_channel', value: 'summary' },
      ],
    },
  ],
};
