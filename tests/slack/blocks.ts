/** Reading what a Slack payload shows: its blocks, its buttons and its text. */

interface Element {
  action_id?: string;
  value?: string;
}

interface Block {
  type: string;
  text?: { text: string };
  elements?: (Element & { text?: string | { text: string } })[];
}

type Payload = Record<string, unknown> | undefined;

export const blocksOf = (payload: Payload) => (payload?.blocks ?? []) as Block[];

/** Every button in the payload's actions blocks. */
export const buttons = (payload: Payload) => blocksOf(payload).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));

/** The value a button carries, by its action id. */
export const valueOf = (payload: Payload, actionId: string) => buttons(payload).find((e) => e.action_id === actionId)!.value!;

/** The text of every block, one line each. */
export const textOf = (payload: Payload) =>
  blocksOf(payload)
    .map((b) => b.text?.text ?? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')).join(' '))
    .join('\n');
