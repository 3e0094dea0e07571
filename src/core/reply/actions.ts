/** What a reply offers under it: buttons, with what each carries back. Renderers only draw them. */
import type { PostTarget } from '../posting-port.js';

export type Action =
  /** Opens an address in the browser. */
  | { type: 'link'; label: string; url: string }
  /**
   * Repeats the answer in the channel. `command` is what followed `/<command>` ("quote Egeland"):
   * Slack runs it again from the button's value; Discord copies its own message (see
   * src/adapters/discord/answers.ts for why).
   */
  | { type: 'share'; label: string; command: string }
  /** Publishes the article card to `target` (resolved again on click: the payload comes back from the client). */
  | { type: 'confirm'; label: string; target: PostTarget; force: boolean }
  | { type: 'cancel'; label: string };
