/**
 * Marks an element as a submit button for implicit submission. A Polis button sets it, so
 * Enter in a Polis text field can find the form's default button without knowing tag names.
 */
export const isSubmitButton = Symbol.for('polis.isSubmitButton');

type MaybeSubmitter = HTMLElement & {
  [isSubmitButton]?: boolean;
  disabled?: boolean;
};

function isDefaultButtonCandidate(element: MaybeSubmitter): boolean {
  if (element[isSubmitButton] === true) return true;
  return element.matches(
    'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]',
  );
}

/**
 * What the browser does when Enter is pressed in a text field: click the form's default
 * button (its first submit button), do nothing if that button is disabled, and submit the
 * form directly when it has no submit button. Form-associated custom elements do not get
 * this from the browser.
 */
export function submitImplicitly(form: HTMLFormElement | null): void {
  if (!form) return;
  const button = [...form.elements].find((el) => isDefaultButtonCandidate(el as MaybeSubmitter)) as
    MaybeSubmitter | undefined;
  if (button) {
    if (!button.disabled && !button.matches(':disabled')) button.click();
    return;
  }
  form.requestSubmit();
}
