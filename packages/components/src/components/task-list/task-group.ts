import { html, type PropertyDeclarations } from 'lit';
import { PolisElement } from '../../base/polis-element.js';

/**
 * A section of a `polis-task-list`: a heading over a list of its own `polis-task`s. Like the
 * tasks, it holds data that the list draws in its shadow root.
 *
 * @summary A section of a task list, with a heading.
 * @status stable
 * @since 0.2.0
 *
 * @slot - The section's `polis-task` elements.
 */
export class PolisTaskGroup extends PolisElement {
  static override tagName = 'polis-task-group';

  static override properties: PropertyDeclarations = {
    ...PolisElement.properties,
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
  };

  /** The section's heading, such as "Check before you start". */
  declare heading: string | undefined;
  /** The level of the section's heading, 1 to 6 (default 2, under the page's `<h1>`). Other values fall back to 2 with one warning. */
  declare headingLevel: string | undefined;

  protected override render() {
    return html`<slot></slot>`;
  }
}
