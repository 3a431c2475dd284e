/**
 * Coordinates what happens after a form is validated.
 *
 * When a form is submitted, or `reportValidity()` is called, the browser fires `invalid` on
 * each invalid control, one after another, in the same task. Polis cancels the browser's
 * own bubble (the error is shown in the page instead, as GOV.UK does) and then needs one
 * decision for the whole round: an error summary takes focus if there is one, otherwise
 * the first invalid field does. A round gathers the `invalid` events and settles in a
 * microtask, once all of them have fired.
 */
export interface ValidationRound {
  /** Set by an error summary that will take focus itself. */
  claimed: boolean;
  /** Called with the invalid controls in document order when the round settles. */
  readonly settled: Array<(invalid: HTMLElement[]) => void>;
}

/** Implemented by controls that show their own error after a round. */
export const syncAfterValidation = Symbol('polis.syncAfterValidation');

interface RoundTarget {
  [syncAfterValidation]?: () => void;
}

const rounds = new WeakMap<object, ValidationRound>();

function controlsOf(scope: HTMLFormElement | HTMLElement): HTMLElement[] {
  if (scope instanceof HTMLFormElement) {
    return [...scope.elements].filter((el): el is HTMLElement => el instanceof HTMLElement);
  }
  return [scope];
}

function isInvalid(element: HTMLElement): boolean {
  const candidate = element as HTMLElement & { validity?: ValidityState; willValidate?: boolean };
  return candidate.willValidate === true && candidate.validity?.valid === false;
}

/** The round for `scope` (a form, or a control without a form), opening one if needed. */
export function joinRound(scope: HTMLFormElement | HTMLElement): ValidationRound {
  let round = rounds.get(scope);
  if (round) return round;
  const created: ValidationRound = { claimed: false, settled: [] };
  rounds.set(scope, created);
  round = created;
  queueMicrotask(() => {
    rounds.delete(scope);
    const controls = controlsOf(scope);
    for (const control of controls) (control as RoundTarget)[syncAfterValidation]?.();
    const invalid = controls.filter(isInvalid);
    for (const callback of created.settled) callback(invalid);
    if (!created.claimed) invalid[0]?.focus();
  });
  return round;
}
