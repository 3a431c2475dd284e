/**
 * Polis events: each one an `Event` subclass with a typed payload, named `polis-` plus a
 * kebab-case fact. Form controls fire the native `input` and `change` instead of twins.
 * Events that announce an intent are cancelable: call `preventDefault()` to stop it.
 */

/**
 * Fired by `polis-error-summary` on the field a person is about to be taken to, before
 * focus moves. Cancel it to move focus yourself, for example after opening the section or
 * tab that contains the field.
 */
export class PolisFocusFieldEvent extends Event {
  static readonly type = 'polis-focus-field';

  constructor(
    /** The field that will receive focus. */
    readonly field: HTMLElement,
  ) {
    super(PolisFocusFieldEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired by a dismissible notification when the person asks to dismiss it, before it goes.
 * Cancel it to keep the notification (for example to confirm first).
 */
export class PolisDismissEvent extends Event {
  static readonly type = 'polis-dismiss';

  constructor() {
    super(PolisDismissEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polis-focus-field': PolisFocusFieldEvent;
    'polis-dismiss': PolisDismissEvent;
  }
}
