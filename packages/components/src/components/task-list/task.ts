import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';

/**
 * One task of a `polis-task-list`. It holds data that the list reads to draw the row in its
 * own shadow root, so that the link, its hint and its status sit in one tree and the link's
 * description can point at them.
 *
 * The task's name is its text. Write it as a link (`<a href="/company">Company details</a>`)
 * so it works before the element upgrades and if JavaScript fails; the list takes the name
 * and the address from that link. An `href` attribute on the task does the same and wins.
 * The task is a link only while it can be started: with `status="cannot-start"` it is plain
 * text.
 *
 * @summary One task in a task list: its name, where it starts, an optional hint and a status.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The task's name: plain text, or a link to the task (recommended, for progressive enhancement). Shown by the list, not by the task itself.
 */
export class PolisTask extends PolisElement {
  static override tagName = 'polis-task';

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    href: { reflect: true },
    status: { reflect: true },
    hint: { reflect: true },
  };

  /**
   * Where the task starts. Without it, the address of the link inside the task is used.
   * Addresses that would run script (`javascript:`, `data:`, `vbscript:`) are refused.
   */
  declare href: string | undefined;
  /**
   * `completed`, `in-progress`, `not-started` (default), `cannot-start`, `incomplete` or
   * `error`. Shown as translated text: plain for `completed`, a tag for the others. Other
   * values fall back to `not-started` with one warning.
   */
  declare status: string | undefined;
  /** A short hint under the name, read as part of the link's description. */
  declare hint: string | undefined;

  protected override firstUpdated(): void {
    if (!this.closest('polis-task-list')) {
      this.warn('outside-list', 'only shows as a task inside <polis-task-list>.');
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
