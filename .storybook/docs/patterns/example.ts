// Shared by the pattern examples: forms that show what they would send instead of leaving the page.
import { html } from 'lit';

/** Where an example writes what its form would have sent (English: it is this site's, not the service's). */
export const sentOutput = () => html`<p class="docs-sent" role="status" lang="en"></p>`;

/**
 * A `submit` listener: stops the browser from leaving the page and writes the form data, as a
 * server would receive it, into the example's `.docs-sent` paragraph. Only text is written.
 */
export function showWhatIsSent(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const output = form.closest('.docs-page')?.querySelector<HTMLElement>('.docs-sent');
  if (!output) return;
  const entries = [...new FormData(form)].map(([name, value]) => `${name} = ${String(value)}`);
  output.textContent = entries.length
    ? `The form would send: ${entries.join('; ')}.`
    : 'The form would send nothing.';
}

/** The inner native control of a Polis form control, for play functions. */
export const inner = <T extends Element = HTMLInputElement>(host: Element, selector = 'input'): T =>
  host.shadowRoot!.querySelector<T>(selector)!;

/** Presses a Polis button the way a person would: its inner native button. */
export const buttonOf = (root: ParentNode, text?: string): HTMLButtonElement => {
  const buttons = [...root.querySelectorAll('polis-button')];
  const host = text ? buttons.find((b) => b.textContent?.trim() === text) : buttons[0];
  return host!.shadowRoot!.querySelector('button')!;
};
